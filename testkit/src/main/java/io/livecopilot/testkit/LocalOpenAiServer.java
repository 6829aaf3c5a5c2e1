package io.livecopilot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tiny local server that speaks the OpenAI chat-completions protocol ({@code POST /v1/chat/completions}), plain JSON
 * and {@code stream:true} Server-Sent Events, for tests of LLM clients without a network.
 *
 * <p>Its answers come from a scripted function of the request; it can be told to be slow or to fail the first calls
 * with an HTTP status, and it keeps a log of every request it received. It listens on the loopback address only.
 *
 * <pre>{@code
 * try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "到手价99元").build()) {
 *     String baseUrl = s.baseUrl();   // http://127.0.0.1:PORT/v1
 * }
 * }</pre>
 */
public final class LocalOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server received it. */
    public record Request(String model, List<ChatTurn> messages, boolean stream, String authorization, int attempt) {
        /** The content of the last user message, or "" when there is none. */
        public String lastUser() {
            for (int i = messages.size() - 1; i >= 0; i--) if ("user".equals(messages.get(i).role())) return messages.get(i).content();
            return "";
        }

        /** The content of the first system message, or "" when there is none. */
        public String system() {
            for (ChatTurn m : messages) if ("system".equals(m.role())) return m.content();
            return "";
        }
    }

    /** One message of a received conversation. */
    public record ChatTurn(String role, String content) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final Function<Request, String> answer;
    private final long delayMillis;
    private final int failFirst;
    private final int failStatus;
    private final int chunkChars;
    private final List<Request> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private LocalOpenAiServer(Builder b) throws IOException {
        this.answer = b.answer;
        this.delayMillis = b.delayMillis;
        this.failFirst = b.failFirst;
        this.failStatus = b.failStatus;
        this.chunkChars = b.chunkChars;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-openai");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A server that always answers {@code text}. */
    public static LocalOpenAiServer answering(String text) {
        return builder().answer(r -> text).build();
    }

    /** The base URL a client is configured with: {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Every request received so far, in order (failed attempts included). */
    public List<Request> requests() {
        return List.copyOf(log);
    }

    /** How many requests were received. */
    public int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                send(ex, 405, "{\"error\":{\"message\":\"POST only\",\"type\":\"invalid_request_error\"}}");
                return;
            }
            JsonNode body;
            try {
                body = JSON.readTree(ex.getRequestBody());
            } catch (IOException e) {
                send(ex, 400, "{\"error\":{\"message\":\"invalid JSON\",\"type\":\"invalid_request_error\"}}");
                return;
            }
            List<ChatTurn> messages = new ArrayList<>();
            for (JsonNode m : body.path("messages")) {
                JsonNode c = m.path("content");
                String content;
                if (c.isArray()) {
                    StringBuilder sb = new StringBuilder();
                    for (JsonNode part : c) sb.append(part.path("text").asText(""));
                    content = sb.toString();
                } else {
                    content = c.asText("");
                }
                messages.add(new ChatTurn(m.path("role").asText(""), content));
            }
            int n = calls.incrementAndGet();
            boolean stream = body.path("stream").asBoolean(false);
            Request req = new Request(body.path("model").asText(""), List.copyOf(messages), stream,
                    ex.getRequestHeaders().getFirst("Authorization"), n);
            log.add(req);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (n <= failFirst) {
                send(ex, failStatus, "{\"error\":{\"message\":\"scripted failure " + n + "\",\"type\":\"server_error\"}}");
                return;
            }
            String text = answer.apply(req);
            if (stream) stream(ex, req.model(), text);
            else send(ex, 200, completion(req.model(), text).toString());
        } catch (IOException | RuntimeException e) {
            // the client went away (e.g. it timed out): nothing more to do
        }
    }

    private ObjectNode completion(String model, String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-local-" + calls.get());
        root.put("object", "chat.completion");
        root.put("created", 0);
        root.put("model", model);
        ArrayNode choices = root.putArray("choices");
        ObjectNode c = choices.addObject();
        c.put("index", 0);
        c.putObject("message").put("role", "assistant").put("content", text);
        c.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", Math.max(1, text.length())).put("total_tokens", 1 + Math.max(1, text.length()));
        return root;
    }

    private void stream(HttpExchange ex, String model, String text) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            String id = "chatcmpl-local-" + calls.get();
            chunk(out, id, model, JSON.createObjectNode().put("role", "assistant").put("content", ""), null);
            int step = Math.max(1, chunkChars);
            int i = 0;
            while (i < text.length()) {
                int end = i;
                for (int k = 0; k < step && end < text.length(); k++) end += Character.charCount(text.codePointAt(end));
                chunk(out, id, model, JSON.createObjectNode().put("content", text.substring(i, end)), null);
                i = end;
            }
            chunk(out, id, model, JSON.createObjectNode(), "stop");
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static void chunk(OutputStream out, String id, String model, ObjectNode delta, String finish) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("object", "chat.completion.chunk");
        root.put("created", 0);
        root.put("model", model);
        ObjectNode c = root.putArray("choices").addObject();
        c.put("index", 0);
        c.set("delta", delta);
        if (finish == null) c.putNull("finish_reason");
        else c.put("finish_reason", finish);
        out.write(("data: " + root + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Options of a {@link LocalOpenAiServer}; {@link #build()} starts it. */
    public static final class Builder {
        private Function<Request, String> answer = r -> "ok";
        private long delayMillis;
        private int failFirst;
        private int failStatus = 500;
        private int chunkChars = 3;

        /** The scripted answer for each request. */
        public Builder answer(Function<Request, String> answer) {
            this.answer = answer;
            return this;
        }

        /** Waits this long before answering every request (to test deadlines). */
        public Builder delayMillis(long ms) {
            this.delayMillis = ms;
            return this;
        }

        /** Fails the first {@code n} requests with HTTP {@code status} (to test retries). */
        public Builder failFirst(int n, int status) {
            this.failFirst = n;
            this.failStatus = status;
            return this;
        }

        /** How many characters each streamed chunk carries (default 3). */
        public Builder chunkChars(int n) {
            this.chunkChars = n;
            return this;
        }

        public LocalOpenAiServer build() {
            try {
                return new LocalOpenAiServer(this);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the local OpenAI server: " + e.getMessage(), e);
            }
        }
    }
}

package io.livecopilot.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.port.ChatModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A chat model at any OpenAI-compatible endpoint ({@code …/v1}), called through LangChain4j's OpenAI module, with a
 * hard deadline for the whole call and retries with exponential backoff on retriable failures (timeouts, 429, 5xx,
 * broken connections) while the deadline allows.
 *
 * <p>Failures surface as {@link LiveCopilotException} of kind {@code UNAVAILABLE} (retriable) or {@code BAD_INPUT}
 * (authentication, unknown model, rejected request). The API key is never logged, printed or put in a message.
 */
public final class OpenAiCompatibleChatModel implements ChatModel, AutoCloseable {
    /** The words of the failure when no answer came within the deadline. */
    static final String LATE = "no answer within";

    private final String baseUrl;
    private final String modelName;
    private final long timeoutMillis;
    private final int maxRetries;
    private final long backoffMillis;
    private final OpenAiChatModel client;
    private final OpenAiStreamingChatModel streamingClient;
    private final ExecutorService executor;

    private OpenAiCompatibleChatModel(Builder b) {
        this.baseUrl = b.baseUrl;
        this.modelName = b.modelName;
        this.timeoutMillis = b.timeoutMillis;
        this.maxRetries = b.maxRetries;
        this.backoffMillis = b.backoffMillis;
        Duration timeout = Duration.ofMillis(timeoutMillis);
        this.client = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(b.apiKey).modelName(modelName)
                .timeout(timeout).maxRetries(0).logRequests(false).logResponses(false).build();
        this.streamingClient = OpenAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey(b.apiKey).modelName(modelName)
                .timeout(timeout).logRequests(false).logResponses(false).build();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "llm-call");
            t.setDaemon(true);
            return t;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return "openai:" + modelName;
    }

    /** The deadline of one call (all attempts together), in milliseconds. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** The port's request as LangChain4j's: the messages, the temperature and the output limit when one is set. */
    private static dev.langchain4j.model.chat.request.ChatRequest toLangChainRequest(ChatRequest request) {
        return dev.langchain4j.model.chat.request.ChatRequest.builder()
                .messages(toLangChain(request)).temperature(request.temperature())
                .maxOutputTokens(request.maxTokens() > 0 ? request.maxTokens() : null).build();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        dev.langchain4j.model.chat.request.ChatRequest lc = toLangChainRequest(request);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineOf(request));
        for (int attempt = 0; ; attempt++) {
            long remaining = remainingMillis(deadline);
            if (remaining <= 0) throw late(request);
            Future<String> f = executor.submit(() -> {
                AiMessage ai = client.chat(lc).aiMessage();
                return ai == null || ai.text() == null ? "" : ai.text();
            });
            try {
                return new ChatResponse(f.get(remaining, TimeUnit.MILLISECONDS), id());
            } catch (TimeoutException e) {
                f.cancel(true);
                throw late(request);
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                throw LiveCopilotException.unavailable(id() + ": interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (!retriable(cause) || attempt >= maxRetries) throw failure(cause, attempt + 1);
                sleepBackoff(attempt, deadline);
            }
        }
    }

    @Override
    public ChatResponse chatStreaming(ChatRequest request, Consumer<String> onPartial) {
        dev.langchain4j.model.chat.request.ChatRequest lc = toLangChainRequest(request);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineOf(request));
        for (int attempt = 0; ; attempt++) {
            long remaining = remainingMillis(deadline);
            if (remaining <= 0) throw late(request);
            CompletableFuture<String> done = new CompletableFuture<>();
            AtomicBoolean emitted = new AtomicBoolean();
            StringBuilder text = new StringBuilder();
            streamingClient.chat(lc, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    if (done.isDone() || partial == null || partial.isEmpty()) return;
                    synchronized (text) {
                        text.append(partial);
                    }
                    emitted.set(true);
                    onPartial.accept(partial);
                }

                @Override
                public void onCompleteResponse(dev.langchain4j.model.chat.response.ChatResponse response) {
                    String full = response.aiMessage() == null ? null : response.aiMessage().text();
                    synchronized (text) {
                        done.complete(full != null ? full : text.toString());
                    }
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            try {
                return new ChatResponse(done.get(remaining, TimeUnit.MILLISECONDS), id());
            } catch (TimeoutException e) {
                done.cancel(true);
                throw late(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw LiveCopilotException.unavailable(id() + ": interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                // once text has reached the caller, a retry would repeat it: fail instead
                if (emitted.get() || !retriable(cause) || attempt >= maxRetries) throw failure(cause, attempt + 1);
                sleepBackoff(attempt, deadline);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "OpenAiCompatibleChatModel[baseUrl=" + baseUrl + ", model=" + modelName + ", timeoutMs=" + timeoutMillis
                + ", maxRetries=" + maxRetries + ", apiKey=***]";
    }

    private long deadlineOf(ChatRequest request) {
        return request.timeoutMillis() > 0 ? Math.min(request.timeoutMillis(), timeoutMillis) : timeoutMillis;
    }

    private static long remainingMillis(long deadlineNanos) {
        return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    }

    private void sleepBackoff(int attempt, long deadline) {
        long wait = Math.min(backoffMillis << Math.min(attempt, 10), Math.max(0, remainingMillis(deadline) - 1));
        if (wait <= 0) return;
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LiveCopilotException.unavailable(id() + ": interrupted", e);
        }
    }

    private LiveCopilotException late(ChatRequest request) {
        return LiveCopilotException.unavailable(id() + ": " + LATE + " " + deadlineOf(request) + " ms", null);
    }

    private LiveCopilotException failure(Throwable cause, int attempts) {
        String msg = id() + " at " + baseUrl + ": " + cause.getClass().getSimpleName() + ": " + shorten(cause.getMessage())
                + " (after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")";
        if (cause instanceof NonRetriableException) return LiveCopilotException.badInput(msg);
        return LiveCopilotException.unavailable(msg, null);
    }

    private static String shorten(String s) {
        if (s == null) return "";
        String one = s.replace('\n', ' ');
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }

    /** Whether a failure may pass on a new attempt: everything except what LangChain4j marks as non-retriable. */
    static boolean retriable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof NonRetriableException) return false;
            if (c instanceof dev.langchain4j.exception.HttpException h) {
                int s = h.statusCode();
                return s == 408 || s == 429 || s >= 500;
            }
            if (c.getCause() == c) break;
        }
        return true;
    }

    private static List<ChatMessage> toLangChain(ChatRequest request) {
        List<ChatMessage> out = new ArrayList<>(request.messages().size());
        for (Message m : request.messages()) {
            switch (m.role()) {
                case SYSTEM -> out.add(SystemMessage.from(m.content()));
                case USER -> out.add(UserMessage.from(m.content()));
                case ASSISTANT -> out.add(AiMessage.from(m.content()));
            }
        }
        return out;
    }

    /** Options of an {@link OpenAiCompatibleChatModel}; every default is resolved here. */
    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private String modelName = "gpt-4o-mini";
        private long timeoutMillis = 8000;
        private int maxRetries = 2;
        private long backoffMillis = 200;

        /** The endpoint, ending in {@code /v1}. */
        public Builder baseUrl(String v) {
            this.baseUrl = v;
            return this;
        }

        /** The key; an endpoint that needs none gets a placeholder. */
        public Builder apiKey(String v) {
            this.apiKey = v;
            return this;
        }

        public Builder modelName(String v) {
            this.modelName = v;
            return this;
        }

        /** Deadline of one call, all retries included. */
        public Builder timeoutMillis(long v) {
            this.timeoutMillis = v;
            return this;
        }

        /** Extra attempts after a retriable failure (default 2). */
        public Builder maxRetries(int v) {
            this.maxRetries = v;
            return this;
        }

        /** First wait before a retry, doubled each time (default 200 ms). */
        public Builder backoffMillis(long v) {
            this.backoffMillis = v;
            return this;
        }

        public OpenAiCompatibleChatModel build() {
            if (baseUrl == null || baseUrl.isBlank()) throw LiveCopilotException.badInput("LIVECOPILOT_LLM_BASE_URL: must be set, was empty");
            if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://"))
                throw LiveCopilotException.badInput("LIVECOPILOT_LLM_BASE_URL: must start with http:// or https://, was \"" + baseUrl + "\"");
            if (modelName == null || modelName.isBlank()) throw LiveCopilotException.badInput("LIVECOPILOT_LLM_MODEL: must not be empty");
            if (timeoutMillis <= 0) throw LiveCopilotException.badInput("LIVECOPILOT_LLM_TIMEOUT_MS: must be > 0, was " + timeoutMillis);
            if (maxRetries < 0) throw LiveCopilotException.badInput("maxRetries: must be ≥ 0, was " + maxRetries);
            if (apiKey == null || apiKey.isBlank()) apiKey = "none";
            baseUrl = baseUrl.strip();
            Objects.requireNonNull(modelName);
            return new OpenAiCompatibleChatModel(this);
        }
    }
}

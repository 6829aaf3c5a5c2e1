package io.livecopilot.cli;

import io.livecopilot.core.config.Settings;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.core.port.Store;
import io.livecopilot.llm.ChatModels;
import io.livecopilot.llm.WordingStage;
import io.livecopilot.server.LiveCopilotServer;
import io.livecopilot.server.ModuleParts;
import io.livecopilot.server.ModuleServices;
import io.livecopilot.server.auth.Role;
import io.livecopilot.server.auth.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: starts the server (web dashboard, REST/SSE API). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "starts the server (web dashboard, REST/SSE API)")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 7070 or $LIVECOPILOT_PORT).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "1000",
            description = "Requests per second allowed per token, bursts of twice that (default ${DEFAULT-VALUE}); callers without a valid token get at most 20/s.")
    double rate;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = Wiring.settings(common);
        Store store = Wiring.store(settings);
        Running r = start(settings, store, port == null ? settings.port() : port, host, rate, null);
        Output.line("LiveCopilot " + Main.version() + " serving " + r.url() + " (store: " + store.describe() + ")");
        if (r.newToken() != null) Output.line("admin token (shown once, only its hash is kept): " + r.newToken());
        r.awaitShutdown();
        return 0;
    }

    /** A started server and what the user needs to reach it. */
    record Running(LiveCopilotServer server, Store store, String url, String newToken, CountDownLatch stopped) {
        void awaitShutdown() throws InterruptedException {
            stopped.await();
        }
    }

    /**
     * Starts the server over the store; the admin token comes from {@code LIVECOPILOT_TOKEN}, else a new one is made
     * when none exists (returned to be printed once), or {@code forceTokenName} always gets a fresh admin token.
     */
    static Running start(Settings settings, Store store, int port, String host, double rate, String forceTokenName) {
        TokenStore tokens = TokenStore.open(settings.dataDir());
        String shown = null;
        if (settings.token() != null) {
            if (settings.token().length() < TokenStore.WEAK_BELOW) {
                System.err.println("livecopilot: warning: LIVECOPILOT_TOKEN is shorter than " + TokenStore.WEAK_BELOW + " characters; anyone who can reach the port may guess it");
            }
            tokens.put("admin", Role.ADMIN, settings.token());
        } else if (forceTokenName != null) {
            shown = tokens.issue(forceTokenName, Role.ADMIN);
        } else if (!tokens.has("admin")) {
            shown = tokens.issue("admin", Role.ADMIN);
        }
        // the language models load (or train, on first use) in the background: the server listens at once, and the
        // rooms' assistants start working when the models are there
        CompletableFuture<CommentUnderstander> nlu = new CompletableFuture<>();
        nlu.whenComplete((u, e) -> {
            if (e != null) System.err.println("livecopilot: the assistant is off: its language models did not load: " + e.getMessage());
        });
        ModuleParts parts = new ModuleParts(() -> store.catalog().load(), () -> nlu.isDone() && !nlu.isCompletedExceptionally() ? nlu.join() : null).whileLoading();
        // with LIVECOPILOT_LLM_*: the endpoint words ask's answers in line and the rooms' live replies off the ingest path
        // (a room never waits for it: a reply is held until its wording is done or late, and the draft goes out when the
        // endpoint is busy, down, late or its text fails the guards)
        WordingStage stage = ChatModels.wordingStage(settings, WordingStage.Overflow.DRAFT);
        if (stage != null) {
            parts.chatModel(ChatModels.fromSettings(settings)).wording(stage, ModuleParts.Delivery.HOLD);
            System.err.println("livecopilot: replies worded by " + stage.model().id() + " (deadline " + stage.deadlineMillis() + " ms per reply)");
        }
        LiveCopilotServer server = LiveCopilotServer.builder()
                .store(store).tokens(tokens)
                .parts(parts)
                .services(new ModuleServices(store.events(), () -> nlu.isCompletedExceptionally() ? null : nlu.join(), parts))
                .host(host).port(port).version(Main.version())
                .rateLimit(rate, rate * 2)
                .build().start();
        Thread models = new Thread(() -> {
            try {
                nlu.complete(BuiltinUnderstander.load(settings.dataDir().resolve("models")));
            } catch (RuntimeException | Error e) {
                nlu.completeExceptionally(e);
            }
        }, "load-models");
        models.setDaemon(true);
        models.start(); // after the server listens: loading (or first-time training) does not delay the first answer
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } finally {
                if (stage != null) stage.close();
                store.close();
                stopped.countDown();
            }
        }, "shutdown"));
        String shownHost = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        return new Running(server, store, "http://" + shownHost + ":" + server.port() + "/", shown, stopped);
    }
}

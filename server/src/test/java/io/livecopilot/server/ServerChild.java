package io.livecopilot.server;

import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.Store;
import io.livecopilot.server.auth.Role;
import io.livecopilot.server.auth.TokenStore;
import io.livecopilot.store.Stores;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server in a child JVM for the crash test: the real embedded store in {@code args[0]}, the admin token from
 * {@code LIVECOPILOT_TOKEN}; writes its port to {@code args[1]} once listening, then runs until killed.
 */
public final class ServerChild {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Settings settings = Settings.load(dir);
        Store store = Stores.open(settings);
        TokenStore tokens = TokenStore.open(dir);
        tokens.put("admin", Role.ADMIN, settings.token());
        LiveCopilotServer server = LiveCopilotServer.builder().store(store).tokens(tokens)
                .parts(new ModuleParts(() -> store.catalog().load(), () -> null))
                .services(new ModuleServices(store.events(), () -> null, null))
                .port(0).rateLimit(10_000, 10_000).build().start();
        Path tmp = Path.of(args[1] + ".tmp");
        Files.writeString(tmp, Integer.toString(server.port()));
        Files.move(tmp, Path.of(args[1]));
        Thread.sleep(Long.MAX_VALUE);
    }
}

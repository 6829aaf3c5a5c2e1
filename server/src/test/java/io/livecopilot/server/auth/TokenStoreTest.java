package io.livecopilot.server.auth;

import io.livecopilot.core.LiveCopilotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenStoreTest {
    @TempDir
    Path dir;

    @Test
    void should_keep_only_salted_hashes_and_verify_after_reopening() throws Exception {
        TokenStore s = TokenStore.open(dir);
        String admin = s.issue("admin", Role.ADMIN);
        String ops = s.issue("ops", Role.ANALYST);
        String file = Files.readString(dir.resolve(TokenStore.FILE));
        assertThat(file).doesNotContain(admin).doesNotContain(ops).contains("sha256");
        TokenStore again = TokenStore.open(dir);
        assertThat(again.verify(admin)).contains(new Principal("admin", Role.ADMIN));
        assertThat(again.verify(ops)).contains(new Principal("ops", Role.ANALYST));
        assertThat(again.verify(admin + "x")).isEmpty();
        assertThat(again.verify("")).isEmpty();
        assertThat(again.verify(null)).isEmpty();
    }

    @Test
    void should_replace_a_token_of_the_same_name_and_refuse_empty_ones() {
        TokenStore s = TokenStore.inMemory();
        String first = s.issue("admin", Role.ADMIN);
        String second = s.issue("admin", Role.ADMIN);
        assertThat(s.verify(first)).isEmpty();
        assertThat(s.verify(second)).isPresent();
        assertThatThrownBy(() -> s.put("x", Role.MANAGER, " ")).isInstanceOf(LiveCopilotException.class).hasMessageContaining("1–512");
        s.put("y", Role.MANAGER, "secret");
        assertThat(s.verify("secret")).contains(new Principal("y", Role.MANAGER));
    }

    @Test
    void should_limit_a_caller_to_its_burst_then_its_rate() {
        RateLimiter r = new RateLimiter(2, 3);
        long t = 0;
        assertThat(r.tryAcquire("a", t)).isZero();
        assertThat(r.tryAcquire("a", t)).isZero();
        assertThat(r.tryAcquire("a", t)).isZero();
        assertThat(r.tryAcquire("a", t)).isPositive();
        assertThat(r.tryAcquire("b", t)).isZero();
        assertThat(r.tryAcquire("a", t + 500_000_000L)).isZero();
    }
}

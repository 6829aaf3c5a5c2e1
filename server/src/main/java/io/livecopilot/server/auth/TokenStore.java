package io.livecopilot.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The API tokens, kept in {@code tokens.json} in the data directory as salted SHA-256 hashes, never in clear.
 *
 * <p>Tokens are 32 random bytes, so a salted hash is enough (a slow password hash such as PBKDF2 protects guessable
 * secrets and would cost milliseconds on every request). Comparison is constant-time.
 */
public final class TokenStore {
    public static final String FILE = "tokens.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String name, Role role, byte[] salt, byte[] hash) {}

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();

    private TokenStore(Path file) {
        this.file = file;
    }

    /** Opens (or starts) the token file in the data directory. */
    public static TokenStore open(Path dataDir) {
        TokenStore s = new TokenStore(dataDir.resolve(FILE));
        s.load();
        return s;
    }

    /** A store held in memory only (tests, benchmarks). */
    public static TokenStore inMemory() {
        return new TokenStore(null);
    }

    /** Makes a new random token. */
    public static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "lc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Tokens shorter than this are accepted (the user chose them) but worth a warning. */
    public static final int WEAK_BELOW = 16;

    /** Stores the token under that name and role, replacing any token of the same name. */
    public synchronized void put(String name, Role role, String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            throw LiveCopilotException.badInput("token for \"" + name + "\": must be 1–512 characters, was " + (token == null ? "missing" : token.length()));
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        entries.removeIf(e -> e.name().equals(name));
        entries.add(new Entry(name, role, salt, hash(salt, token)));
        save();
    }

    /** Makes, stores and returns a new token for the name and role (shown once: only its hash is kept). */
    public String issue(String name, Role role) {
        String t = newToken();
        put(name, role, t);
        return t;
    }

    public synchronized boolean has(String name) {
        return entries.stream().anyMatch(e -> e.name().equals(name));
    }

    public synchronized boolean hasRole(Role role) {
        return entries.stream().anyMatch(e -> e.role() == role);
    }

    /** Who holds this token, if anyone. */
    public synchronized Optional<Principal> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > 512) return Optional.empty();
        Principal found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.hash(), hash(e.salt(), token)) && found == null) found = new Principal(e.name(), e.role());
        }
        return Optional.ofNullable(found);
    }

    private static byte[] hash(byte[] salt, String token) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            return md.digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void load() {
        if (file == null || !Files.isRegularFile(file)) return;
        try {
            JsonNode root = JSON.readTree(file.toFile());
            for (JsonNode n : root.path("tokens")) {
                entries.add(new Entry(n.path("name").asText(), Role.parse(n.path("role").asText()),
                        Base64.getDecoder().decode(n.path("salt").asText()), Base64.getDecoder().decode(n.path("sha256").asText())));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw LiveCopilotException.badInput(file + ": not a valid token file: " + e.getMessage());
        }
    }

    private void save() {
        if (file == null) return;
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("tokens");
        for (Entry e : entries) {
            arr.addObject().put("name", e.name()).put("role", e.role().wire())
                    .put("salt", Base64.getEncoder().encodeToString(e.salt()))
                    .put("sha256", Base64.getEncoder().encodeToString(e.hash()));
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw LiveCopilotException.internal(file + ": cannot write the token file: " + e.getMessage(), e);
        }
    }
}

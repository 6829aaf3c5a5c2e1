package io.livecopilot.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.livecopilot.core.LiveCopilotException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The program's settings: {@code livecopilot.yml} in the data directory, overridden by environment variables,
 * overridden by flags (spec/cli.md "Configuration"). Secrets come only from the environment.
 *
 * @param dataDir      where the store, models and config live
 * @param llmBaseUrl   an OpenAI-compatible endpoint ({@code …/v1}), or {@code null} for the built-in model
 * @param llmApiKey    the endpoint's key (environment only; never printed)
 * @param llmModel     the model name at that endpoint
 * @param llmTimeoutMs deadline for one LLM call
 * @param token        the admin API token, or {@code null} to generate one
 * @param storeUrl     a JDBC URL of PostgreSQL ({@code jdbc:postgresql://…}), or {@code null} for the embedded store
 * @param port         the server port
 */
public record Settings(Path dataDir, String llmBaseUrl, String llmApiKey, String llmModel, long llmTimeoutMs,
                       String token, String storeUrl, int port) {

    public static final String FILE = "livecopilot.yml";

    /** Loads settings for {@code dataDirFlag} (may be {@code null}) from the file and the given environment. */
    public static Settings load(Path dataDirFlag, Map<String, String> env) {
        Path dir = dataDirFlag != null ? dataDirFlag
                : env.get("LIVECOPILOT_HOME") != null && !env.get("LIVECOPILOT_HOME").isBlank() ? Path.of(env.get("LIVECOPILOT_HOME"))
                : Path.of(System.getProperty("user.home"), ".livecopilot");
        JsonNode yml = readYaml(dir.resolve(FILE));
        String baseUrl = pick(env, "LIVECOPILOT_LLM_BASE_URL", text(yml, "llm", "base_url"));
        String model = pick(env, "LIVECOPILOT_LLM_MODEL", text(yml, "llm", "model"));
        String timeout = pick(env, "LIVECOPILOT_LLM_TIMEOUT_MS", text(yml, "llm", "timeout_ms"));
        String storeUrl = pick(env, "LIVECOPILOT_STORE_URL", text(yml, "store", "url"));
        String port = pick(env, "LIVECOPILOT_PORT", text(yml, "server", "port"));
        return new Settings(dir, blankToNull(baseUrl), blankToNull(env.get("LIVECOPILOT_LLM_API_KEY")),
                model == null || model.isBlank() ? "gpt-4o-mini" : model,
                parseLong("LIVECOPILOT_LLM_TIMEOUT_MS", timeout, 8000),
                blankToNull(env.get("LIVECOPILOT_TOKEN")), blankToNull(storeUrl),
                (int) parseLong("LIVECOPILOT_PORT", port, 7070));
    }

    /** Settings from the process environment. */
    public static Settings load(Path dataDirFlag) {
        return load(dataDirFlag, System.getenv());
    }

    public Settings withPort(int p) {
        return new Settings(dataDir, llmBaseUrl, llmApiKey, llmModel, llmTimeoutMs, token, storeUrl, p);
    }

    /** Whether an external LLM endpoint is configured. */
    public boolean llmConfigured() {
        return llmBaseUrl != null;
    }

    @Override
    public String toString() {
        return "Settings[dataDir=" + dataDir + ", llmBaseUrl=" + llmBaseUrl + ", llmApiKey=" + (llmApiKey == null ? "unset" : "***")
                + ", llmModel=" + llmModel + ", llmTimeoutMs=" + llmTimeoutMs + ", token=" + (token == null ? "unset" : "***")
                + ", storeUrl=" + (storeUrl == null ? "embedded" : storeUrl.replaceAll("password=[^&]*", "password=***")) + ", port=" + port + "]";
    }

    private static JsonNode readYaml(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw LiveCopilotException.badInput(file + ": not valid YAML: " + e.getMessage());
        }
    }

    private static String text(JsonNode root, String section, String key) {
        if (root == null) return null;
        JsonNode v = root.path(section).path(key);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static String pick(Map<String, String> env, String var, String fromFile) {
        String v = env.get(var);
        return v != null && !v.isBlank() ? v : fromFile;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long parseLong(String name, String v, long dflt) {
        if (v == null || v.isBlank()) return dflt;
        try {
            long x = Long.parseLong(v.strip());
            if (x <= 0) throw new NumberFormatException();
            return x;
        } catch (NumberFormatException e) {
            throw LiveCopilotException.badInput(name + ": must be a positive whole number, was \"" + v + "\"");
        }
    }
}

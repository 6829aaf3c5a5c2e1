package io.livecopilot.llm;

import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.ChatModel;

/** Builds the chat model the settings ask for. */
public final class ChatModels {
    private ChatModels() {}

    /**
     * The built-in model when no endpoint is configured; otherwise the OpenAI-compatible endpoint of
     * {@code LIVECOPILOT_LLM_*} with its deadline and retries, falling back to the built-in model when it fails or is late.
     */
    public static ChatModel fromSettings(Settings settings) {
        BuiltinChatModel builtin = new BuiltinChatModel();
        OpenAiCompatibleChatModel remote = remote(settings);
        return remote == null ? builtin : new FallbackChatModel(remote, builtin);
    }

    /** The OpenAI-compatible endpoint of {@code LIVECOPILOT_LLM_*}, or {@code null} when none is configured. */
    public static OpenAiCompatibleChatModel remote(Settings settings) {
        if (settings == null || !settings.llmConfigured()) return null;
        return OpenAiCompatibleChatModel.builder()
                .baseUrl(settings.llmBaseUrl()).apiKey(settings.llmApiKey()).modelName(settings.llmModel())
                .timeoutMillis(settings.llmTimeoutMs()).build();
    }

    /**
     * The asynchronous wording stage of the live path over the configured endpoint, its deadline per reply
     * {@code LIVECOPILOT_LLM_TIMEOUT_MS}; {@code null} when no endpoint is configured (the drafts are sent as they are).
     */
    public static WordingStage wordingStage(Settings settings, WordingStage.Overflow overflow) {
        OpenAiCompatibleChatModel remote = remote(settings);
        if (remote == null) return null;
        return WordingStage.builder().model(remote).deadlineMillis(settings.llmTimeoutMs()).overflow(overflow).build();
    }
}

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
        if (settings == null || !settings.llmConfigured()) return builtin;
        OpenAiCompatibleChatModel remote = OpenAiCompatibleChatModel.builder()
                .baseUrl(settings.llmBaseUrl()).apiKey(settings.llmApiKey()).modelName(settings.llmModel())
                .timeoutMillis(settings.llmTimeoutMs()).build();
        return new FallbackChatModel(remote, builtin);
    }
}

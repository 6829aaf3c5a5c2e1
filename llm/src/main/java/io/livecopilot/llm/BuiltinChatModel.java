package io.livecopilot.llm;

import io.livecopilot.core.port.ChatModel;

/**
 * The built-in offline chat model: a deterministic composer of a {@link GroundedPrompt}. It answers with the draft
 * written from the catalog facts, else with the facts themselves, else with an honest "I'll ask the host"; it never
 * adds a fact of its own. No network, no randomness, microseconds per call.
 */
public final class BuiltinChatModel implements ChatModel {
    /** What the model says when the prompt gives it nothing to stand on. */
    public static final String NO_FACTS = "这个我去问下主播，稍等哦～";

    @Override
    public String id() {
        return "builtin";
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        GroundedPrompt p = GroundedPrompt.of(request);
        String text;
        if (!p.draft().isBlank()) text = p.draft();
        else if (!p.facts().isEmpty()) text = String.join("；", p.facts());
        else text = NO_FACTS;
        return new ChatResponse(text, id());
    }
}

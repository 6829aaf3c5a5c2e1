package io.livecopilot.core.port;

import java.util.List;
import java.util.function.Consumer;

/**
 * A chat-completion model: the built-in offline model or any OpenAI-compatible endpoint.
 *
 * <p>Implementations do one call; deadlines, retries, fallbacks and fact checks are added by the callers' guards.
 */
public interface ChatModel {
    /** A short name for logs and replies' provenance ("builtin", "openai:deepseek-chat"). */
    String id();

    /** Completes the conversation. */
    ChatResponse chat(ChatRequest request);

    /** Completes the conversation, giving each piece of text as it arrives; the default streams the whole answer once. */
    default ChatResponse chatStreaming(ChatRequest request, Consumer<String> onPartial) {
        ChatResponse r = chat(request);
        onPartial.accept(r.text());
        return r;
    }

    /** One message of a conversation. */
    record Message(Role role, String content) {
        public static Message system(String s) { return new Message(Role.SYSTEM, s); }

        public static Message user(String s) { return new Message(Role.USER, s); }

        public static Message assistant(String s) { return new Message(Role.ASSISTANT, s); }
    }

    enum Role { SYSTEM, USER, ASSISTANT }

    /** A request: the messages and sampling settings; {@code timeoutMillis} 0 means the model's default. */
    record ChatRequest(List<Message> messages, double temperature, int maxTokens, long timeoutMillis) {
        public ChatRequest {
            messages = List.copyOf(messages);
        }

        public static ChatRequest of(List<Message> messages) {
            return new ChatRequest(messages, 0.7, 512, 0);
        }
    }

    /** An answer: the text and the model that wrote it. */
    record ChatResponse(String text, String model) {}
}

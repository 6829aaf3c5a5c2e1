package io.livecopilot.llm;

import io.livecopilot.core.port.ChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A chat model that asks a primary model and answers with a fallback model (the built-in one) when the primary fails
 * or misses its deadline, so that a caller always gets an answer. It counts calls and fallbacks for the logs.
 */
public final class FallbackChatModel implements ChatModel, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackChatModel.class);

    private final ChatModel primary;
    private final ChatModel fallback;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();

    public FallbackChatModel(ChatModel primary, ChatModel fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public String id() {
        return primary.id();
    }

    public ChatModel primary() {
        return primary;
    }

    public ChatModel fallback() {
        return fallback;
    }

    /** Calls made to the primary model. */
    public long calls() {
        return calls.get();
    }

    /** Calls answered by the fallback because the primary failed or was late. */
    public long fallbacks() {
        return fallbacks.get();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        calls.incrementAndGet();
        try {
            return primary.chat(request);
        } catch (RuntimeException e) {
            return fallBack(request, e);
        }
    }

    @Override
    public ChatResponse chatStreaming(ChatRequest request, Consumer<String> onPartial) {
        calls.incrementAndGet();
        try {
            return primary.chatStreaming(request, onPartial);
        } catch (RuntimeException e) {
            ChatResponse r = fallBack(request, e);
            onPartial.accept(r.text());
            return r;
        }
    }

    private ChatResponse fallBack(ChatRequest request, RuntimeException e) {
        long n = fallbacks.incrementAndGet();
        if (n <= 3 || Long.bitCount(n) == 1) LOG.warn("{} failed, the built-in model answers ({} so far): {}", primary.id(), n, e.getMessage());
        return fallback.chat(request);
    }

    @Override
    public void close() throws Exception {
        if (primary instanceof AutoCloseable c) c.close();
    }
}

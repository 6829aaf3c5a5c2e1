package io.livecopilot.testkit;

import io.livecopilot.core.port.ChatModel;
import io.livecopilot.core.port.ChatModel.ChatRequest;
import io.livecopilot.core.port.ChatModel.ChatResponse;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A chat model that answers only once {@link #release() released} (or after a wait limit), so that a test decides
 * when calls end; its answer is computed from the request.
 */
public final class GatedChatModel implements ChatModel {
    private final CountDownLatch gate = new CountDownLatch(1);
    private final long waitMillis;
    private final Function<ChatRequest, String> answer;

    /** A model whose calls wait at most {@code waitMillis} for {@link #release()}, then answer {@code answer(request)}. */
    public GatedChatModel(long waitMillis, Function<ChatRequest, String> answer) {
        this.waitMillis = waitMillis;
        this.answer = answer;
    }

    /** Lets every waiting and later call answer. */
    public void release() {
        gate.countDown();
    }

    @Override
    public String id() {
        return "gated";
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        try {
            gate.await(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ChatResponse(answer.apply(request), id());
    }
}

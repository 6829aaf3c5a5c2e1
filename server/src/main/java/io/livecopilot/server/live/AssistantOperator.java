package io.livecopilot.server.live;

import io.livecopilot.core.event.LiveEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A room's live-assistant operator: understands each comment and suggests replies, aggregates the host's questions,
 * and takes the room manager's decisions on suggested replies.
 *
 * <p>The narrow face of the assistant module's {@code LiveAssistant} that a {@link LiveRoom} needs.
 */
public interface AssistantOperator {
    /** What the event produced: the comment seen (with its tags) and a suggested reply, if any. */
    List<Reply> onEvent(LiveEvent event);

    /**
     * Folds a past event into the assistant's state without suggesting anything (the room rebuilt from the store after
     * a restart): product on show, viewers' clicks and orders, released coupons, the comments of the question window.
     * The default keeps nothing.
     */
    default void restore(LiveEvent event) {}

    /**
     * The suggested replies held back since an earlier event and ready now (an LLM wording them has answered or is
     * late), oldest first: what the room publishes on its tick so that a worded reply does not wait for the room's next
     * event. The default holds nothing back.
     */
    default List<Reply> poll() {
        return List.of();
    }

    /** The {@code n} most asked questions of the recent window, as JSON-ready maps ({@code intent, product, count, example}). */
    List<Map<String, Object>> topQuestions(int n);

    /** Applies approve / edit / reject to the suggested reply with that id; empty when no such reply. */
    Optional<Reply> decide(String replyId, ReplyAction action, String text);

    /** What the assistant does with one comment in the room's context, as {@code ask --json} prints it. */
    default Map<String, Object> ask(String text, String user, String productOnShow) {
        throw io.livecopilot.core.LiveCopilotException.notAvailable("this assistant does not answer single questions");
    }
}

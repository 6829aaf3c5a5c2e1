package io.livecopilot.assistant;

import java.util.List;

/**
 * A reply the assistant suggests for one comment or event, with the catalog facts it stands on and its status under
 * the reply policy: {@code auto} (sent automatically), {@code pending} (awaiting review), {@code suppressed} (rate
 * limit or duplicate), {@code escalated} (for the host), and after review {@code approved}, {@code edited} or
 * {@code rejected}.
 *
 * @param comment the comment as understood (normalized, personal data masked), or {@code null} for event replies
 * @param intent  the comment's intent, or the event type for event replies
 * @param reply   the text, marked as written by the AI; {@code null} when nothing is to be said
 * @param sources the catalog facts used ("P03.price", "shop.shipping")
 */
public record SuggestedReply(String id, long ts, String room, String user, String comment, String intent, String reply,
                             List<String> sources, String status) {
    public static final String AUTO = "auto";
    public static final String PENDING = "pending";
    public static final String SUPPRESSED = "suppressed";
    public static final String ESCALATED = "escalated";
    public static final String APPROVED = "approved";
    public static final String EDITED = "edited";
    public static final String REJECTED = "rejected";

    public SuggestedReply {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    SuggestedReply withStatus(String s, String text) {
        return new SuggestedReply(id, ts, room, user, comment, intent, text, sources, s);
    }
}

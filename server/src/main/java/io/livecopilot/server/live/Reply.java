package io.livecopilot.server.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One comment as the live console shows it: the comment, its understanding and the suggested reply with its status.
 *
 * @param id        the suggestion's id, unique in the room (what approve/edit/reject name)
 * @param ts        the comment's event time, epoch milliseconds
 * @param user      the viewer
 * @param comment   the comment as written (shown as text, never as markup)
 * @param intent    the intent's wire name ({@code ask_price}, …) or {@code null}
 * @param sentiment {@code positive}, {@code neutral}, {@code negative} or {@code null}
 * @param reply     the suggested reply text, or {@code null} when none is suggested
 * @param sources   where the reply's facts come from (product ids, FAQ entries)
 * @param status    {@code suggested}, {@code approved}, {@code edited}, {@code rejected}, {@code sent} or {@code none}
 */
public record Reply(String id, long ts, String user, String comment, String intent, String sentiment, String reply,
                    List<String> sources, String status) {
    public Reply {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Reply withStatus(String newStatus, String newText) {
        return new Reply(id, ts, user, comment, intent, sentiment, newText == null ? reply : newText, sources, newStatus);
    }

    /** The JSON form of spec/cli.md's {@code replay --replies} lines plus id and sentiment. */
    public Map<String, Object> toMap(String room) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("ts", io.livecopilot.core.event.Timestamps.iso(ts));
        m.put("room", room);
        m.put("user", user);
        m.put("comment", comment);
        m.put("intent", intent);
        m.put("sentiment", sentiment);
        m.put("reply", reply);
        m.put("sources", sources);
        m.put("status", status);
        return m;
    }
}

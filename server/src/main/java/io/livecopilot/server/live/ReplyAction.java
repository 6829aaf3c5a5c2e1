package io.livecopilot.server.live;

import io.livecopilot.core.LiveCopilotException;

import java.util.Locale;

/** What a room manager does with a suggested reply. */
public enum ReplyAction {
    APPROVE, EDIT, REJECT;

    public static ReplyAction parse(String s) {
        if (s == null) throw LiveCopilotException.badInput("action: is required (approve, edit or reject)");
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "approve" -> APPROVE;
            case "edit" -> EDIT;
            case "reject" -> REJECT;
            default -> throw LiveCopilotException.badInput("action: must be approve, edit or reject, was \"" + s + "\"");
        };
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

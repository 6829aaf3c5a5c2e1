package io.livecopilot.assistant;

/** What the room manager does with a pending reply. */
public enum ReviewAction {
    APPROVE, EDIT, REJECT;

    /** The action of its API name ("approve", "edit", "reject"). */
    public static ReviewAction of(String s) {
        if (s != null) {
            for (ReviewAction a : values()) if (a.name().equalsIgnoreCase(s.strip())) return a;
        }
        throw io.livecopilot.core.LiveCopilotException.badInput("action: must be approve, edit or reject, was \"" + s + "\"");
    }
}

package io.livecopilot.server.auth;

import io.javalin.security.RouteRole;
import io.livecopilot.core.LiveCopilotException;

import java.util.Locale;

/**
 * A token's role (spec/api.md): {@code admin} may do everything, {@code manager} runs the room (events, replies, ask,
 * scripts), {@code analyst} reads metrics, reports and forecasts.
 */
public enum Role implements RouteRole {
    ADMIN, MANAGER, ANALYST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String s) {
        if (s != null) {
            for (Role r : values()) if (r.wire().equalsIgnoreCase(s.strip())) return r;
        }
        throw LiveCopilotException.badInput("role: must be admin, manager or analyst, was \"" + s + "\"");
    }
}

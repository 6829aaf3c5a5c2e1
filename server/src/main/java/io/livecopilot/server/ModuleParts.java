package io.livecopilot.server;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.server.live.AssistantOperator;
import io.livecopilot.server.live.LiveParts;
import io.livecopilot.server.live.MetricsOperator;

import java.util.function.Supplier;

/**
 * The live operators of this build: analytics' {@code RoomMetrics} for metrics and the assistant module's
 * {@code LiveAssistant} for replies and questions, made per room. A module that has not landed yet answers
 * {@code null} and the API says so with 501.
 */
public final class ModuleParts implements LiveParts {
    private final Supplier<Catalog> catalog;

    /** @param catalog the current catalog (read again for each new room, so imports reach new rooms) */
    public ModuleParts(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public MetricsOperator metrics(String room) {
        return null;
    }

    @Override
    public AssistantOperator assistant(String room) {
        return null;
    }

    @Override
    public String missing(String part) {
        return switch (part) {
            case "metrics" -> "live metrics need the analytics module (RoomMetrics), not in this build yet";
            case "assistant" -> "suggested replies and top questions need the assistant module (LiveAssistant), not in this build yet";
            default -> LiveParts.super.missing(part);
        };
    }
}

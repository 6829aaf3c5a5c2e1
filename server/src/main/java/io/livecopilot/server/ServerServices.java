package io.livecopilot.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.server.live.LiveRoom;

import java.util.List;

/**
 * The product's capabilities behind the API routes that are not live-room state: ask, scripts, reports, forecasts.
 * Each answers what the matching CLI verb prints with {@code --json}; a capability not available in this build
 * answers 501 naming the part it needs (the default of every method).
 */
public interface ServerServices {
    /** As {@code ask --json}: what the live assistant does with one comment, in the room's context when given. */
    default Object ask(String text, String user, String product, LiveRoom room, Catalog catalog) {
        throw LiveCopilotException.notAvailable("ask needs the assistant module (LiveAssistant), not in this build yet");
    }

    /** As {@code script generate --json}: the request is {@code {"products":[…],"minutes":M,"style":…,"seed":N}}. */
    default Object generateScript(JsonNode request, Catalog catalog) {
        throw LiveCopilotException.notAvailable("script generation needs the script module, not in this build yet");
    }

    /** As {@code script check --json}, for one text. */
    default Object checkScript(String text, Catalog catalog) {
        throw LiveCopilotException.notAvailable("script checks need the script module, not in this build yet");
    }

    /** As {@code report --json}: the review of the room's recorded events. */
    default Object report(String room, List<LiveEvent> events, Catalog catalog) {
        throw LiveCopilotException.notAvailable("review reports need the analytics module (review report), not in this build yet");
    }

    /** As {@code report --format html}: the review page, self-contained. */
    default String reportHtml(String room, List<LiveEvent> events, Catalog catalog) {
        throw LiveCopilotException.notAvailable("review reports need the analytics module (review report), not in this build yet");
    }

    /**
     * As {@code forecast --json --lead-time L}: {@code csv} is a long CSV {@code series,timestamp,value}; with a lead time
     * each series also gets its stock advice.
     */
    default Object forecast(String csv, int horizon, List<Double> levels, Integer leadTime) {
        throw LiveCopilotException.notAvailable("forecasts need the forecast module, not in this build yet");
    }

    /** Services where nothing beyond the live rooms is available. */
    static ServerServices none() {
        return new ServerServices() {};
    }
}

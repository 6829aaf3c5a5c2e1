package io.livecopilot.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.event.LiveEvent;

import java.util.List;

/**
 * A simulated session: its events in time order and its truth (the parameters and the effects they realized).
 *
 * @param events the events, sorted by timestamp (ties in generation order)
 * @param truth  the truth document written beside the events ({@code <out>.truth.json})
 */
public record Simulation(SimulationConfig config, List<LiveEvent> events, ObjectNode truth) {
    public Simulation {
        events = List.copyOf(events);
    }
}

/**
 * The live assistant of one room: every comment understood, answered from the catalog with its sources or sent to
 * the host, aggregated into the host's top questions, and released under a reply policy.
 *
 * <p>{@link io.livecopilot.assistant.LiveAssistant} is the one entry point used by {@code ask}, {@code replay} and the
 * server. All state is per room, inside the assistant object, and time is taken from the events.
 */
package io.livecopilot.assistant;

/**
 * The live path as a chain of per-room operators: each sees its room's events in time order and may emit outputs
 * (suggested replies, alerts). The same chain runs for replay, the simulator and a live connector, and can run
 * inside a stream processor keyed by room.
 */
package io.livecopilot.core.pipeline;

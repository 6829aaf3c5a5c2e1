/**
 * A live-room simulator with known, configurable effects (viewers, the host's run of show, comments, purchases),
 * and the project's demo catalog.
 */
package io.livecopilot.simulator;

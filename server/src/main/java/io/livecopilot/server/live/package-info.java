/** The per-room live pipeline: {@link io.livecopilot.server.live.LiveRoom} and its registry, operators and feed. */
package io.livecopilot.server.live;

/** Live-room events: the sealed record family, and the one reader and writer of the JSON Lines event format. */
package io.livecopilot.core.event;

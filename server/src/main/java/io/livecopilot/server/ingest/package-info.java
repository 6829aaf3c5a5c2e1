/** Durable ingest of live events: append to the event log first, then fold into the live rooms, with backpressure. */
package io.livecopilot.server.ingest;

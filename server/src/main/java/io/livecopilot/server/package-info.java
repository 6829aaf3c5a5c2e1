/** The LiveCopilot server: REST + SSE API with roles, durable ingest, live rooms and the web app. */
package io.livecopilot.server;

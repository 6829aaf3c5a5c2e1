/** HTTP plumbing of the server: JSON, the error mapping and the SSE connections. */
package io.livecopilot.server.http;

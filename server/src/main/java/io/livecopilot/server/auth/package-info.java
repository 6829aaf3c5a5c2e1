/** Who may call the API: hashed tokens with roles, and per-caller rate limits. */
package io.livecopilot.server.auth;

package io.livecopilot.server.auth;

/** Who made a request: the token's name and role. */
public record Principal(String name, Role role) {}

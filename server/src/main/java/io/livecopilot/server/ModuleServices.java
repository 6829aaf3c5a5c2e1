package io.livecopilot.server;

/**
 * The capabilities of this build behind the API: the assistant's {@code ask}, the script module's generate and check,
 * analytics' review report and forecasts; each one not landed yet answers 501 (the interface's default).
 */
public final class ModuleServices implements ServerServices {
}

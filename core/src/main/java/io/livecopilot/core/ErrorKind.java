package io.livecopilot.core;

/**
 * The kinds of failure the program distinguishes, each with its HTTP status and CLI exit code.
 *
 * <p>This table is the one place where failures are mapped to the outside world: the server maps
 * {@link LiveCopilotException#kind()} to {@link #httpStatus()}, the command line to {@link #exitCode()}.
 */
public enum ErrorKind {
    /** The caller's input is malformed or violates a constraint. */
    BAD_INPUT(400, 2, false),
    /** The caller is not authenticated. */
    UNAUTHORIZED(401, 1, false),
    /** The caller is authenticated but its role may not do this. */
    FORBIDDEN(403, 1, false),
    /** The thing asked for does not exist. */
    NOT_FOUND(404, 2, false),
    /** The request is too large or too frequent. */
    TOO_MANY(429, 1, true),
    /** The feature exists but is not available in this build or configuration. */
    NOT_AVAILABLE(501, 1, false),
    /** A dependency (LLM endpoint, database) failed or was late; trying again may succeed. */
    UNAVAILABLE(503, 1, true),
    /** A bug or an unexpected state. */
    INTERNAL(500, 1, false);

    private final int httpStatus;
    private final int exitCode;
    private final boolean retriable;

    ErrorKind(int httpStatus, int exitCode, boolean retriable) {
        this.httpStatus = httpStatus;
        this.exitCode = exitCode;
        this.retriable = retriable;
    }

    public int httpStatus() { return httpStatus; }

    public int exitCode() { return exitCode; }

    public boolean retriable() { return retriable; }
}

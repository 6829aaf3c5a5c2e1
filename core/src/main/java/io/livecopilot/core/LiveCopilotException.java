package io.livecopilot.core;

/**
 * The one unchecked root exception of LiveCopilot; its {@link ErrorKind} decides the HTTP status and exit code.
 */
public class LiveCopilotException extends RuntimeException {
    private final ErrorKind kind;

    public LiveCopilotException(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public LiveCopilotException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** For exceptions thrown on hot paths in large numbers (bad input lines): no stack trace is captured. */
    protected LiveCopilotException(ErrorKind kind, String message, boolean stackTrace) {
        super(message, null, false, stackTrace);
        this.kind = kind;
    }

    public ErrorKind kind() { return kind; }

    /** Whether trying the same thing again may succeed. */
    public boolean retriable() { return kind.retriable(); }

    public static LiveCopilotException badInput(String message) {
        return new LiveCopilotException(ErrorKind.BAD_INPUT, message);
    }

    public static LiveCopilotException notAvailable(String message) {
        return new LiveCopilotException(ErrorKind.NOT_AVAILABLE, message);
    }

    public static LiveCopilotException unavailable(String message, Throwable cause) {
        return new LiveCopilotException(ErrorKind.UNAVAILABLE, message, cause);
    }

    public static LiveCopilotException internal(String message, Throwable cause) {
        return new LiveCopilotException(ErrorKind.INTERNAL, message, cause);
    }
}

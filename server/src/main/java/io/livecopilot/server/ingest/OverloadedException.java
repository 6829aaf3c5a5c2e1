package io.livecopilot.server.ingest;

import io.livecopilot.core.ErrorKind;
import io.livecopilot.core.LiveCopilotException;

/** The server is busy (its ingest queue is full): nothing was taken, try again after {@link #retryAfterSeconds()}. */
public final class OverloadedException extends LiveCopilotException {
    private final int retryAfterSeconds;

    public OverloadedException(String message, int retryAfterSeconds) {
        super(ErrorKind.UNAVAILABLE, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

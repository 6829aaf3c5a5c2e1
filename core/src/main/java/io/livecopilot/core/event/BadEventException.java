package io.livecopilot.core.event;

import io.livecopilot.core.ErrorKind;
import io.livecopilot.core.LiveCopilotException;

/** An event that breaks spec/events.md; the message names the field and the reason. Thrown without a stack trace. */
public final class BadEventException extends LiveCopilotException {
    public BadEventException(String message) {
        super(ErrorKind.BAD_INPUT, message, false);
    }
}

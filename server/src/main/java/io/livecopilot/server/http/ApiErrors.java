package io.livecopilot.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.livecopilot.core.ErrorKind;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.server.ingest.OverloadedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where failures become HTTP answers: {@code {"error":"…","detail":"…"}} with the status of
 * {@link ErrorKind#httpStatus()}; never a stack trace.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    /** The error body for a status and detail. */
    public static Map<String, Object> body(String error, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", error);
        m.put("detail", detail);
        return m;
    }

    /** The error code of a kind: its name in lower case ({@code bad_input}, {@code unauthorized}, …). */
    public static String code(ErrorKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public static void handle(LiveCopilotException e, Context ctx) {
        ErrorKind kind = e.kind();
        if (kind == ErrorKind.INTERNAL) {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        }
        if (e instanceof OverloadedException o) ctx.header("Retry-After", Integer.toString(o.retryAfterSeconds()));
        else if (kind.retriable()) ctx.header("Retry-After", "1");
        Json.send(ctx, kind.httpStatus(), body(code(kind), e.getMessage()));
    }

    public static void handle(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        Json.send(ctx, status, body(codeOf(status), e.getMessage() == null || e.getMessage().isBlank() ? reason(status) : e.getMessage()));
    }

    public static void handleUnexpected(Exception e, Context ctx) {
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        Json.send(ctx, 500, body(code(ErrorKind.INTERNAL), "unexpected error; the server log has the details"));
    }

    /** The error code for a bare status (routing errors, oversized bodies). */
    public static String codeOf(int status) {
        for (ErrorKind k : ErrorKind.values()) if (k.httpStatus() == status) return code(k);
        return switch (status) {
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }

    private static String reason(int status) {
        return switch (status) {
            case 404 -> "no such route";
            case 405 -> "method not allowed";
            case 413 -> "request body too large";
            default -> "HTTP " + status;
        };
    }
}

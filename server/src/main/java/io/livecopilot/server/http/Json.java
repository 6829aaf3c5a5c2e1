package io.livecopilot.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.livecopilot.core.LiveCopilotException;

import java.io.IOException;

/** The server's JSON: one mapper, UTF-8 responses, request bodies read with errors that name the problem. */
public final class Json {
    /** Records (timeline rows, product rows) come out with snake_case names, as in spec/metrics.md. */
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** Request attribute set once a JSON answer was written (error handlers then leave it alone). */
    public static final String ANSWERED = "lc.answered";

    private Json() {}

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw LiveCopilotException.internal("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Answers with the value as JSON and the status. */
    public static void send(Context ctx, int status, Object value) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType(CONTENT_TYPE).result(write(value));
    }

    /** The request body as a JSON object; 400 naming the problem otherwise. */
    public static JsonNode object(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) throw LiveCopilotException.badInput("body: a JSON object is required, the body was empty");
        JsonNode n;
        try {
            n = MAPPER.readTree(body);
        } catch (IOException e) {
            throw LiveCopilotException.badInput("body: not valid JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (n == null || !n.isObject()) throw LiveCopilotException.badInput("body: must be a JSON object");
        return n;
    }

    /** A required text field of a JSON body. */
    public static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) throw LiveCopilotException.badInput(field + ": is required");
        if (!v.isTextual()) throw LiveCopilotException.badInput(field + ": must be a string, was " + v);
        return v.asText();
    }

    /** An optional text field, {@code null} when absent. */
    public static String optText(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw LiveCopilotException.badInput(field + ": must be a string, was " + v);
        return v.asText();
    }
}

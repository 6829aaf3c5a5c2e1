package io.livecopilot.core.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.livecopilot.core.Money;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one codec of the event format (spec/events.md): one JSON object to one {@link LiveEvent} and back.
 * Reading validates required fields per type; unknown extra fields are skipped.
 */
public final class EventCodec {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).maxNestingDepth(64).build())
            .build();

    private EventCodec() {}

    /**
     * Parses one line of JSON Lines. The common shape — one flat object of plain strings, integers and nulls — is read
     * straight from the bytes by {@link FlatEventParser}; anything else takes Jackson's parser, which defines the result
     * (the two agree on every line, by test).
     */
    public static LiveEvent parseLine(byte[] buf, int off, int len) {
        return parseLine(buf, off, len, FlatEventParser.local());
    }

    /** {@link #parseLine(byte[], int, int)} with a reader's own fast parser (which keeps a small cache of strings). */
    static LiveEvent parseLine(byte[] buf, int off, int len, FlatEventParser fast) {
        LiveEvent e = fast.parse(buf, off, len);
        return e != null ? e : parseLineJackson(buf, off, len);
    }

    /** Parses one line with Jackson's streaming parser: every form of JSON, with its error messages. */
    static LiveEvent parseLineJackson(byte[] buf, int off, int len) {
        try (JsonParser p = FACTORY.createParser(buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new BadEventException("not a JSON object");
            LiveEvent e = parseObject(p);
            if (p.nextToken() != null) throw new BadEventException("extra content after the JSON object");
            return e;
        } catch (JsonProcessingException e) {
            throw new BadEventException("invalid JSON: " + jsonProblem(e));
        } catch (IOException e) {
            throw new BadEventException("unreadable: " + e.getMessage());
        }
    }

    /** Parses one line of JSON Lines. */
    public static LiveEvent parseLine(String line) {
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return parseLine(b, 0, b.length);
    }

    /**
     * Reads the object the parser stands at ({@code START_OBJECT}) up to its {@code END_OBJECT}; the whole object is
     * consumed even when it is refused, so that the caller can go on with the next one.
     */
    public static LiveEvent parseObject(JsonParser p) throws IOException {
        Fields f = new Fields();
        String problem = null;
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
                if (isKnown(field) && problem == null) problem = field + ": must be a scalar, was " + (t == JsonToken.START_OBJECT ? "an object" : "an array");
                continue;
            }
            if (t == JsonToken.VALUE_NULL) continue;
            switch (field) {
                case "ts" -> {
                    if (t == JsonToken.VALUE_NUMBER_INT) f.tsNumber(p.getLongValue());
                    else if (t == JsonToken.VALUE_NUMBER_FLOAT) f.tsNumber(Math.round(p.getDoubleValue()));
                    else if (t == JsonToken.VALUE_STRING) {
                        // the common ISO form is read from the parser's characters, without a String
                        long fast = Timestamps.parseFast(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                        if (fast != Long.MIN_VALUE) f.tsParsed(fast);
                        else f.tsText(p.getText());
                    } else {
                        f.tsText(p.getText());
                    }
                }
                case "count" -> {
                    int v = smallInt(p, t);
                    f.countField(v, v < 0 ? p.getText() : null);
                }
                case "qty" -> {
                    int v = smallInt(p, t);
                    f.qtyField(v, v < 0 ? p.getText() : null);
                }
                case "type" -> f.type(p.getText());
                default -> {
                    int k = Fields.textField(field);
                    if (k >= 0) f.text[k] = p.getText();
                }
            }
        }
        if (problem != null) throw new BadEventException(problem);
        return f.toEvent();
    }

    /**
     * The fields of one event object as read, by either parser; {@link #toEvent} validates them and builds the event.
     * A field given twice keeps its last value, as in Jackson's reading.
     */
    static final class Fields {
        static final int ROOM = 0, USER = 1, SOURCE = 2, TEXT = 3, KIND = 4, PRODUCT = 5, SCRIPT = 6, ORDER_ID = 7,
                COUPON = 8, VALUE = 9, AMOUNT = 10, DISCOUNT = 11;
        final String[] text = new String[12];
        String ts, type, count, qty;
        EventType et;
        long tsNum = Long.MIN_VALUE, tsStr = Long.MIN_VALUE;
        int countInt = -1, qtyInt = -1;

        /** The slot of a field read as text, or -1 for the others ({@code ts}, {@code type}, {@code count}, {@code qty}, unknown). */
        static int textField(String name) {
            return switch (name) {
                case "room" -> ROOM;
                case "user" -> USER;
                case "source" -> SOURCE;
                case "text" -> TEXT;
                case "kind" -> KIND;
                case "product" -> PRODUCT;
                case "script" -> SCRIPT;
                case "order_id" -> ORDER_ID;
                case "coupon" -> COUPON;
                case "value" -> VALUE;
                case "amount" -> AMOUNT;
                case "discount" -> DISCOUNT;
                default -> -1;
            };
        }

        /** Back to a fresh object's state, for the next line of a reader that keeps one (the fast parser). */
        void clear() {
            java.util.Arrays.fill(text, null);
            ts = type = count = qty = null;
            et = null;
            tsNum = tsStr = Long.MIN_VALUE;
            countInt = qtyInt = -1;
        }

        void tsNumber(long v) { tsNum = v; }

        /** A ts string in the common ISO form, already parsed. */
        void tsParsed(long v) {
            tsStr = v;
            ts = null;
        }

        /** A ts string in another form, parsed (or refused) when the event is built. */
        void tsText(String v) {
            tsStr = Long.MIN_VALUE;
            ts = v;
        }

        void type(String v) {
            type = v;
            et = null;
        }

        void type(EventType v) {
            type = v.wire();
            et = v;
        }

        void countField(int v, String literal) {
            countInt = v;
            count = literal;
        }

        void qtyField(int v, String literal) {
            qtyInt = v;
            qty = literal;
        }

        LiveEvent toEvent() {
            if (type == null) throw new BadEventException("type: is required");
            if (et == null) et = EventType.ofWire(type);
            if (et == null) throw new BadEventException("type: unknown type \"" + clip(type) + "\"");
            long when;
            if (tsNum != Long.MIN_VALUE) {
                when = tsNum;
            } else if (tsStr != Long.MIN_VALUE) {
                when = tsStr;
            } else if (ts != null) {
                try {
                    when = Timestamps.parse(ts);
                } catch (IllegalArgumentException e) {
                    throw new BadEventException("ts: " + e.getMessage());
                }
            } else {
                throw new BadEventException("ts: is required");
            }
            String room = text[ROOM], user = text[USER], product = text[PRODUCT], orderId = text[ORDER_ID];
            if (room == null || room.isBlank()) throw new BadEventException("room: is required");
            return switch (et) {
                case ENTER -> new LiveEvent.Enter(when, room, needUser(user, et), text[SOURCE]);
                case LEAVE -> new LiveEvent.Leave(when, room, needUser(user, et));
                case ONLINE -> new LiveEvent.Online(when, room, user, countInt >= 0 ? countInt : count(count, "count", -1));
                case COMMENT -> new LiveEvent.Comment(when, room, needUser(user, et), need(text[TEXT], "text"));
                case LIKE -> new LiveEvent.Like(when, room, needUser(user, et), countInt >= 0 ? countInt : count(count, "count", 1));
                case FOLLOW -> new LiveEvent.Follow(when, room, needUser(user, et));
                case SHARE -> new LiveEvent.Share(when, room, needUser(user, et));
                case GIFT -> new LiveEvent.Gift(when, room, needUser(user, et), money(text[VALUE], "value", true));
                case SEGMENT -> new LiveEvent.Segment(when, room, user, need(text[KIND], "kind"), product, text[SCRIPT]);
                case PRODUCT_SHOW -> new LiveEvent.ProductShow(when, room, user, need(product, "product"));
                case PRODUCT_CLICK -> new LiveEvent.ProductClick(when, room, needUser(user, et), need(product, "product"));
                case ADD_TO_CART -> new LiveEvent.AddToCart(when, room, needUser(user, et), need(product, "product"), qtyInt >= 0 ? qtyInt : count(qty, "qty", 1));
                case ORDER -> new LiveEvent.Order(when, room, needUser(user, et), need(orderId, "order_id"), product,
                        qtyInt >= 0 ? qtyInt : count(qty, "qty", 1), money(text[AMOUNT], "amount", true));
                case PAY -> new LiveEvent.Pay(when, room, user, need(orderId, "order_id"), money(text[AMOUNT], "amount", true));
                case REFUND -> new LiveEvent.Refund(when, room, user, need(orderId, "order_id"), money(text[AMOUNT], "amount", true));
                case COUPON -> new LiveEvent.Coupon(when, room, user, need(text[COUPON], "coupon"), product, money(text[DISCOUNT], "discount", false));
            };
        }
    }

    /** The parser's complaint without the source excerpt and location that Jackson appends. */
    static String jsonProblem(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf(" (start marker at");
        if (cut >= 0) m = m.substring(0, cut);
        cut = m.indexOf('\n');
        if (cut >= 0) m = m.substring(0, cut);
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /**
     * A JSON integer token in [0, 999999999] written plainly (no "-0"), read without a String; -1 for anything else,
     * which then takes the text path and its checks.
     */
    private static int smallInt(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) return -1;
        int v = p.getIntValue();
        if (v < 0 || v > 999_999_999 || (v == 0 && p.getTextLength() != 1)) return -1;
        return v;
    }

    private static boolean isKnown(String f) {
        return switch (f) {
            case "ts", "room", "type", "user", "source", "text", "kind", "product", "script", "order_id", "coupon", "count",
                    "qty", "value", "amount", "discount" -> true;
            default -> false;
        };
    }

    private static String needUser(String user, EventType t) {
        if (user == null || user.isEmpty()) throw new BadEventException("user: is required for " + t.wire());
        return user;
    }

    private static String need(String v, String field) {
        if (v == null) throw new BadEventException(field + ": is required");
        return v;
    }

    /** A non-negative integer; {@code dflt} when absent, or required when {@code dflt} is negative. */
    private static int count(String v, String field, int dflt) {
        if (v == null) {
            if (dflt < 0) throw new BadEventException(field + ": is required");
            return dflt;
        }
        int n = 0;
        int len = v.length();
        if (len == 0 || len > 9) throw new BadEventException(field + ": must be a whole number ≥ 0, was \"" + clip(v) + "\"");
        for (int i = 0; i < len; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                if (c == '.' && v.substring(i + 1).chars().allMatch(ch -> ch == '0') && i > 0) return n;
                throw new BadEventException(field + ": must be a whole number ≥ 0, was \"" + clip(v) + "\"");
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static BigDecimal money(String v, String field, boolean required) {
        if (v == null) {
            if (required) throw new BadEventException(field + ": is required");
            return null;
        }
        BigDecimal d;
        try {
            d = Money.parse(v);
        } catch (NumberFormatException e) {
            throw new BadEventException(field + ": must be a decimal amount of yuan, was \"" + clip(v) + "\"");
        }
        if (d.signum() < 0) throw new BadEventException(field + ": must be ≥ 0, was " + d.toPlainString());
        return d;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /** Appends the event as one JSON object (no newline), timestamps in China Standard Time. */
    public static void write(LiveEvent e, StringBuilder sb) {
        sb.append("{\"ts\":\"");
        Timestamps.appendIso(sb, e.ts());
        sb.append("\",\"room\":");
        str(sb, e.room());
        sb.append(",\"type\":\"").append(e.type().wire()).append('"');
        if (e.user() != null) {
            sb.append(",\"user\":");
            str(sb, e.user());
        }
        switch (e.type()) {
            case ENTER -> opt(sb, "source", ((LiveEvent.Enter) e).source());
            case ONLINE -> sb.append(",\"count\":").append(((LiveEvent.Online) e).count());
            case COMMENT -> opt(sb, "text", ((LiveEvent.Comment) e).text());
            case LIKE -> sb.append(",\"count\":").append(((LiveEvent.Like) e).count());
            case GIFT -> money(sb, "value", ((LiveEvent.Gift) e).value());
            case SEGMENT -> {
                LiveEvent.Segment s = (LiveEvent.Segment) e;
                opt(sb, "kind", s.kind());
                opt(sb, "product", s.product());
                opt(sb, "script", s.script());
            }
            case PRODUCT_SHOW -> opt(sb, "product", ((LiveEvent.ProductShow) e).product());
            case PRODUCT_CLICK -> opt(sb, "product", ((LiveEvent.ProductClick) e).product());
            case ADD_TO_CART -> {
                LiveEvent.AddToCart a = (LiveEvent.AddToCart) e;
                opt(sb, "product", a.product());
                sb.append(",\"qty\":").append(a.qty());
            }
            case ORDER -> {
                LiveEvent.Order o = (LiveEvent.Order) e;
                opt(sb, "order_id", o.orderId());
                opt(sb, "product", o.product());
                sb.append(",\"qty\":").append(o.qty());
                money(sb, "amount", o.amount());
            }
            case PAY -> {
                LiveEvent.Pay o = (LiveEvent.Pay) e;
                opt(sb, "order_id", o.orderId());
                money(sb, "amount", o.amount());
            }
            case REFUND -> {
                LiveEvent.Refund o = (LiveEvent.Refund) e;
                opt(sb, "order_id", o.orderId());
                money(sb, "amount", o.amount());
            }
            case COUPON -> {
                LiveEvent.Coupon c = (LiveEvent.Coupon) e;
                opt(sb, "coupon", c.coupon());
                opt(sb, "product", c.product());
                money(sb, "discount", c.discount());
            }
            default -> { }
        }
        sb.append('}');
    }

    /** The event as one line of JSON (no newline). */
    public static String toJson(LiveEvent e) {
        StringBuilder sb = new StringBuilder(128);
        write(e, sb);
        return sb.toString();
    }

    private static void opt(StringBuilder sb, String k, String v) {
        if (v == null) return;
        sb.append(",\"").append(k).append("\":");
        str(sb, v);
    }

    private static void money(StringBuilder sb, String k, BigDecimal v) {
        if (v == null) return;
        sb.append(",\"").append(k).append("\":\"").append(v.toPlainString()).append('"');
    }

    /** Appends a JSON string literal, escaping quotes, backslashes and control characters. */
    public static void str(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append("\\u");
                        String h = Integer.toHexString(c);
                        for (int k = h.length(); k < 4; k++) sb.append('0');
                        sb.append(h);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}

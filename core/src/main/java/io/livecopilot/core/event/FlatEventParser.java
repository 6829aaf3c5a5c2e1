package io.livecopilot.core.event;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path of {@link EventCodec#parseLine}: reads the shape that event streams nearly always have — one flat JSON
 * object whose values are strings without escapes, integers or {@code null} — straight from the UTF-8 bytes, without
 * a parser object, and builds the event through the same {@link EventCodec.Fields} as the Jackson path.
 *
 * <p>It answers {@code null} for anything outside that shape (escapes, fractions, exponents, {@code true}/{@code false},
 * nested values, malformed UTF-8, syntax errors …), and Jackson's parser then decides, so that results and error
 * messages are Jackson's for every line; a test feeds both paths random and mutated lines and requires the same
 * outcome. One instance per reading thread: it keeps a small cache of the short strings that repeat from line to
 * line (room, type, source, product, kind), which spares most of the allocation.
 */
final class FlatEventParser {
    /** Longer lines take the general path (a long comment is rare, and its understanding costs far more). */
    static final int MAX_FAST_BYTES = 8192;
    private static final int CACHED_MAX = 24;

    /** Room, source, product, kind …: a few distinct values. */
    private final StringCache values = new StringCache(256);
    /**
     * Viewer ids: thousands, each seen many times; the same String instance for the same viewer also spares the
     * per-viewer maps downstream a hash computation and a character comparison per event.
     */
    private final StringCache users = new StringCache(8192);

    private byte[] b;
    private int pos, end;

    /** The event of the line, or {@code null} when the line is not of the common shape (then Jackson decides). */
    LiveEvent parse(byte[] buf, int off, int len) {
        if (len > MAX_FAST_BYTES) return null;
        b = buf;
        pos = off;
        end = off + len;
        EventCodec.Fields f = new EventCodec.Fields();
        skipWs();
        if (pos >= end || b[pos] != '{') return null;
        pos++;
        skipWs();
        if (pos < end && b[pos] == '}') {
            pos++;
        } else {
            while (true) {
                if (!member(f)) return null;
                skipWs();
                if (pos >= end) return null;
                byte c = b[pos++];
                if (c == '}') break;
                if (c != ',') return null;
                skipWs();
            }
        }
        skipWs();
        if (pos != end) return null;
        return f.toEvent();
    }

    /** One {@code "name": value} pair into the fields; false when it is not of the fast shape. */
    private boolean member(EventCodec.Fields f) {
        if (pos >= end || b[pos] != '"') return false;
        int nameFrom = ++pos;
        while (pos < end && b[pos] != '"') {
            if (b[pos] == '\\' || b[pos] < 0x20) return false; // escapes and non-ASCII names: the general path
            pos++;
        }
        if (pos >= end) return false;
        int nameTo = pos++;
        skipWs();
        if (pos >= end || b[pos] != ':') return false;
        pos++;
        skipWs();
        if (pos >= end) return false;
        int field = field(nameFrom, nameTo - nameFrom);
        byte c = b[pos];
        if (c == '"') {
            int from = ++pos;
            boolean ascii = true;
            while (true) {
                if (pos >= end) return false;
                byte x = b[pos];
                if (x == '"') break;
                if (x == '\\' || (x >= 0 && x < 0x20)) return false;
                if (x < 0) ascii = false;
                pos++;
            }
            int to = pos++;
            if (!ascii && !wellFormedUtf8(from, to)) return false;
            return string(f, field, from, to, ascii);
        }
        if (c == '-' || (c >= '0' && c <= '9')) return integer(f, field);
        if (c == 'n') {
            if (end - pos < 4 || b[pos + 1] != 'u' || b[pos + 2] != 'l' || b[pos + 3] != 'l') return false;
            pos += 4;
            return delimited();
        }
        return false; // true, false, objects, arrays, garbage
    }

    // field ids: the text slots of Fields, then these
    private static final int TS = 100, TYPE = 101, COUNT = 102, QTY = 103, UNKNOWN = -1;

    private int field(int from, int len) {
        switch (len) {
            case 2:
                if (is(from, "ts")) return TS;
                break;
            case 3:
                if (is(from, "qty")) return QTY;
                break;
            case 4:
                if (is(from, "room")) return EventCodec.Fields.ROOM;
                if (is(from, "type")) return TYPE;
                if (is(from, "user")) return EventCodec.Fields.USER;
                if (is(from, "text")) return EventCodec.Fields.TEXT;
                if (is(from, "kind")) return EventCodec.Fields.KIND;
                break;
            case 5:
                if (is(from, "count")) return COUNT;
                if (is(from, "value")) return EventCodec.Fields.VALUE;
                break;
            case 6:
                if (is(from, "source")) return EventCodec.Fields.SOURCE;
                if (is(from, "script")) return EventCodec.Fields.SCRIPT;
                if (is(from, "coupon")) return EventCodec.Fields.COUPON;
                if (is(from, "amount")) return EventCodec.Fields.AMOUNT;
                break;
            case 7:
                if (is(from, "product")) return EventCodec.Fields.PRODUCT;
                break;
            case 8:
                if (is(from, "order_id")) return EventCodec.Fields.ORDER_ID;
                if (is(from, "discount")) return EventCodec.Fields.DISCOUNT;
                break;
            default:
                break;
        }
        return UNKNOWN;
    }

    private boolean is(int from, String name) {
        for (int i = 0; i < name.length(); i++) if (b[from + i] != name.charAt(i)) return false;
        return true;
    }

    private boolean string(EventCodec.Fields f, int field, int from, int to, boolean ascii) {
        switch (field) {
            case UNKNOWN -> { }
            case TS -> {
                long v = ascii ? Timestamps.parseFast(b, from, to - from) : Long.MIN_VALUE;
                if (v != Long.MIN_VALUE) f.tsParsed(v);
                else f.tsText(text(from, to, ascii));
            }
            case TYPE -> {
                EventType t = ascii ? type(from, to - from) : null;
                if (t != null) f.type(t);
                else f.type(text(from, to, ascii));
            }
            case COUNT -> f.countField(-1, text(from, to, ascii));
            case QTY -> f.qtyField(-1, text(from, to, ascii));
            case EventCodec.Fields.ROOM, EventCodec.Fields.SOURCE, EventCodec.Fields.KIND, EventCodec.Fields.PRODUCT,
                    EventCodec.Fields.SCRIPT, EventCodec.Fields.COUPON -> f.text[field] = cached(values, from, to, ascii);
            case EventCodec.Fields.USER -> f.text[field] = cached(users, from, to, ascii);
            default -> f.text[field] = text(from, to, ascii);
        }
        return true;
    }

    /** An integer (JSON grammar: no leading zeros, no fraction or exponent: those take the general path). */
    private boolean integer(EventCodec.Fields f, int field) {
        int from = pos;
        boolean negative = b[pos] == '-';
        if (negative) pos++;
        int digitsFrom = pos;
        long v = 0;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            v = v * 10 + (b[pos] - '0');
            pos++;
        }
        int digits = pos - digitsFrom;
        if (digits == 0 || digits > 18 || (digits > 1 && b[digitsFrom] == '0')) return false;
        if (!delimited()) return false;
        if (negative) v = -v;
        switch (field) {
            case UNKNOWN -> { }
            case TS -> f.tsNumber(v);
            case TYPE -> f.type(latin1(from, pos));
            case COUNT -> f.countField(!negative && digits <= 9 ? (int) v : -1, !negative && digits <= 9 ? null : latin1(from, pos));
            case QTY -> f.qtyField(!negative && digits <= 9 ? (int) v : -1, !negative && digits <= 9 ? null : latin1(from, pos));
            default -> f.text[field] = latin1(from, pos);
        }
        return true;
    }

    /** After a number or literal: the next byte must end the value. */
    private boolean delimited() {
        if (pos >= end) return false;
        byte c = b[pos];
        return c == ',' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private EventType type(int from, int len) {
        for (EventType t : EventType.VALUES) {
            String w = t.wire();
            if (w.length() == len && is(from, w)) return t;
        }
        return null;
    }

    private String text(int from, int to, boolean ascii) {
        return new String(b, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private String latin1(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** The string of a short, often repeated value, from the cache when the same bytes were seen before. */
    private String cached(StringCache cache, int from, int to, boolean ascii) {
        int len = to - from;
        if (len > CACHED_MAX) return text(from, to, ascii);
        if (len == 0) return "";
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + b[i];
        h *= 0x9E3779B1;
        int slot = (h ^ (h >>> 15)) & (cache.strings.length - 1);
        byte[] k = cache.bytes[slot];
        if (k != null && Arrays.equals(k, 0, k.length, b, from, to)) return cache.strings[slot];
        String s = text(from, to, ascii);
        cache.bytes[slot] = Arrays.copyOfRange(b, from, to);
        cache.strings[slot] = s;
        return s;
    }

    /** A direct-mapped table of byte strings to their String (size a power of two). */
    private static final class StringCache {
        final byte[][] bytes;
        final String[] strings;

        StringCache(int size) {
            bytes = new byte[size][];
            strings = new String[size];
        }
    }

    private void skipWs() {
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return;
            pos++;
        }
    }

    /** RFC 3629 UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF); other bytes take the general path. */
    private boolean wellFormedUtf8(int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) n = 1;
            else if (c == 0xE0) { n = 2; lo = 0xA0; }
            else if (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) n = 2;
            else if (c == 0xED) { n = 2; hi = 0x9F; }
            else if (c == 0xF0) { n = 3; lo = 0x90; }
            else if (c >= 0xF1 && c <= 0xF3) n = 3;
            else if (c == 0xF4) { n = 3; hi = 0x8F; }
            else return false;
            if (i + n >= to) return false;
            int c1 = b[i + 1] & 0xFF;
            if (c1 < lo || c1 > hi) return false;
            for (int k = 2; k <= n; k++) {
                int ck = b[i + k] & 0xFF;
                if (ck < 0x80 || ck > 0xBF) return false;
            }
            i += n + 1;
        }
        return true;
    }
}

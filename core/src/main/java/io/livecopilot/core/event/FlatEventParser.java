package io.livecopilot.core.event;

import java.nio.charset.StandardCharsets;

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

    private static final ThreadLocal<FlatEventParser> LOCAL = ThreadLocal.withInitial(FlatEventParser::new);

    /**
     * The calling thread's parser: kept from line to line and call to call, so that its caches fill once (a store
     * reading events one by one, the server's request threads, each parsing thread of a reader) and the same viewer
     * stays the same String.
     */
    static FlatEventParser local() {
        return LOCAL.get();
    }

    /** Room, source, product, kind …: a few distinct values. */
    private final StringCache values = new StringCache(256);
    /**
     * Viewer ids: thousands, each seen many times; the same String instance for the same viewer also spares the
     * per-viewer maps downstream a hash computation and a character comparison per event.
     */
    private final StringCache users = new StringCache(4096);

    /** Timestamps of one stream share their date, hour and minute from line to line. */
    private final Timestamps.SameMinute recentTs = new Timestamps.SameMinute();

    /** The fields of the line being read: one object per parser, cleared for each line (no garbage per line). */
    private final EventCodec.Fields f = new EventCodec.Fields();

    private byte[] b;
    private int pos, end;

    /** The event of the line, or {@code null} when the line is not of the common shape (then Jackson decides). */
    LiveEvent parse(byte[] buf, int off, int len) {
        if (len > MAX_FAST_BYTES) return null;
        b = buf;
        pos = off;
        end = off + len;
        EventCodec.Fields f = this.f;
        f.clear();
        if (codecHead()) {
            if (!rest(f)) return null;
        } else {
            f.clear();
            pos = off;
            skipWs();
            if (pos >= end || b[pos] != '{') return null;
            pos++;
            skipWs();
            if (pos < end && b[pos] == '}') {
                pos++;
            } else if (!member(f) || !rest(f)) {
                return null;
            }
        }
        skipWs();
        if (pos != end) return null;
        return f.toEvent();
    }

    /** Whether the line starts with the codec's head, read by {@link #codecHead} (tests: that the shortcut is taken). */
    boolean readsCodecHead(byte[] line) {
        b = line;
        pos = 0;
        end = line.length;
        f.clear();
        return codecHead();
    }

    /** After a member: {@code , member} … up to the closing brace, consumed; false when the line is not of the fast shape. */
    private boolean rest(EventCodec.Fields f) {
        while (true) {
            skipWs();
            if (pos >= end) return false;
            byte c = b[pos++];
            if (c == '}') return true;
            if (c != ',') return false;
            skipWs();
            if (!member(f)) return false;
        }
    }

    /** {@code {"ts":"}, {@code ","room":"}, {@code ","type":"}, {@code ","user":"} as words (the first 8 bytes; then 2 more for the last three). */
    private static final long HEAD_TS = ByteWords.word(ascii("{\"ts\":\""), 0, 7),
            SEP_ROOM = ByteWords.word(ascii("\",\"room\""), 0, 8), SEP_TYPE = ByteWords.word(ascii("\",\"type\""), 0, 8),
            SEP_USER = ByteWords.word(ascii("\",\"user\""), 0, 8), COLON_QUOTE = ByteWords.word(ascii(":\""), 0, 2);

    /**
     * The head that {@link EventCodec#write} gives every event — {@code {"ts":"2026-11-28T20:00:05.662+08:00","room":"…",
     * "type":"…"} and then {@code ,"user":"…"} when there is one — read with its names compared as words, not scanned
     * byte by byte: the same fields as the member loop gives them, in the same order. Stops where the loop goes on
     * (after the last value read); false at the first difference (then the loop reads the line from its start).
     */
    private boolean codecHead() {
        int p = pos;
        if (end - p < 7 + 29 + 1 + 10 + 1 + 10 + 1 || ByteWords.word(b, p, 7) != HEAD_TS) return false;
        p += 7;
        if (b[p + 29] != '"') return false;
        long ts = recentTs.parse(b, p, 29); // checks all 29 bytes (digits and separators)
        if (ts == Long.MIN_VALUE) return false;
        f.tsParsed(ts);
        p += 29; // at the closing quote: the separators below start with it
        if (ByteWords.word(b, p, 8) != SEP_ROOM || ByteWords.word(b, p + 8, 2) != COLON_QUOTE) return false;
        int from = p + 10, to = plainTo(from);
        if (to < 0) return false;
        f.text[EventCodec.Fields.ROOM] = cached(values, from, to, true);
        p = to;
        if (end - p < 10 + 1 || ByteWords.word(b, p, 8) != SEP_TYPE || ByteWords.word(b, p + 8, 2) != COLON_QUOTE) return false;
        from = p + 10;
        to = plainTo(from);
        if (to < 0) return false;
        EventType t = type(from, to - from);
        if (t == null) return false;
        f.type(t);
        p = to;
        if (end - p >= 10 + 1 && ByteWords.word(b, p, 8) == SEP_USER && ByteWords.word(b, p + 8, 2) == COLON_QUOTE) {
            from = p + 10;
            to = plainTo(from);
            if (to < 0) return false;
            f.text[EventCodec.Fields.USER] = cached(users, from, to, true);
            p = to;
        }
        pos = p + 1; // after the last value's closing quote
        return true;
    }

    /**
     * The index of the closing quote of a string of plain ASCII starting at {@code from} (no escape, control or
     * non-ASCII byte before it), or -1.
     */
    private int plainTo(int from) {
        int q = from;
        while (q + 8 <= end) {
            long stops = ByteWords.stringStops(ByteWords.at(b, q));
            if (stops != 0) {
                q += Long.numberOfTrailingZeros(stops) >>> 3;
                return b[q] == '"' ? q : -1;
            }
            q += 8;
        }
        while (q < end && STRING_BYTE[b[q] & 0xFF] == PLAIN) q++;
        return q < end && b[q] == '"' ? q : -1;
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
                // eight bytes at a time up to the first one that is not plain ASCII (usually the closing quote)
                while (pos + 8 <= end) {
                    long stops = ByteWords.stringStops(ByteWords.at(b, pos));
                    if (stops != 0) {
                        pos += Long.numberOfTrailingZeros(stops) >>> 3;
                        break;
                    }
                    pos += 8;
                }
                while (pos < end && STRING_BYTE[b[pos] & 0xFF] == PLAIN) pos++;
                if (pos >= end) return false;
                byte k = STRING_BYTE[b[pos] & 0xFF];
                if (k == QUOTE) break;
                if (k == BAIL) return false;
                ascii = false; // a byte of a multi-byte character
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

    /** What a byte inside a string is: plain ASCII, the closing quote, a reason to leave (escape, control) or non-ASCII. */
    private static final byte PLAIN = 0, QUOTE = 1, BAIL = 2, MULTI = 3;
    private static final byte[] STRING_BYTE = new byte[256];

    static {
        for (int i = 0; i < 0x20; i++) STRING_BYTE[i] = BAIL;
        STRING_BYTE['"'] = QUOTE;
        STRING_BYTE['\\'] = BAIL;
        for (int i = 0x80; i < 0x100; i++) STRING_BYTE[i] = MULTI;
    }

    // field ids: the text slots of Fields (0–11), then these
    private static final int TS = 12, TYPE = 13, COUNT = 14, QTY = 15, UNKNOWN = -1;

    /** The wire name of each field id, as bytes. */
    private static final byte[][] NAMES = new byte[16][];
    /** The wire name of each field id as a word (every name has at most 8 bytes). */
    private static final long[] NAME_WORDS = new long[16];
    /** The wire name of each event type, as bytes, in {@link EventType#VALUES} order. */
    private static final byte[][] TYPES = new byte[EventType.VALUES.length][];
    /** The same names as two words (bytes 0–7, 8–15: every type name has at most 16 bytes). */
    private static final long[] TYPE_W0 = new long[TYPES.length], TYPE_W1 = new long[TYPES.length];

    static {
        String[] text = {"room", "user", "source", "text", "kind", "product", "script", "order_id", "coupon", "value", "amount", "discount"};
        for (int i = 0; i < text.length; i++) NAMES[i] = ascii(text[i]);
        NAMES[TS] = ascii("ts");
        NAMES[TYPE] = ascii("type");
        NAMES[COUNT] = ascii("count");
        NAMES[QTY] = ascii("qty");
        for (EventType t : EventType.VALUES) TYPES[t.ordinal()] = ascii(t.wire());
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i] != null) NAME_WORDS[i] = ByteWords.word(NAMES[i], 0, NAMES[i].length);
        }
        for (int i = 0; i < TYPES.length; i++) {
            byte[] t = TYPES[i];
            if (t.length > 16) throw new IllegalStateException("type name longer than 16 bytes: " + t.length);
            TYPE_W0[i] = ByteWords.word(t, 0, Math.min(t.length, 8));
            TYPE_W1[i] = ByteWords.word(t, 8, t.length - 8);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The field a name is: told apart by its length and a letter or two, then compared whole. */
    private int field(int from, int len) {
        byte c = b[from];
        int id = switch (len) {
            case 2 -> TS;
            case 3 -> QTY;
            case 4 -> switch (c) {
                case 'r' -> EventCodec.Fields.ROOM;
                case 'u' -> EventCodec.Fields.USER;
                case 'k' -> EventCodec.Fields.KIND;
                case 't' -> b[from + 1] == 'y' ? TYPE : EventCodec.Fields.TEXT;
                default -> UNKNOWN;
            };
            case 5 -> c == 'c' ? COUNT : EventCodec.Fields.VALUE;
            case 6 -> switch (c) {
                case 's' -> b[from + 1] == 'o' ? EventCodec.Fields.SOURCE : EventCodec.Fields.SCRIPT;
                case 'c' -> EventCodec.Fields.COUPON;
                default -> EventCodec.Fields.AMOUNT;
            };
            case 7 -> EventCodec.Fields.PRODUCT;
            case 8 -> c == 'o' ? EventCodec.Fields.ORDER_ID : EventCodec.Fields.DISCOUNT;
            default -> UNKNOWN;
        };
        // the switch only gives ids whose name has this length (at most 8 bytes): one word compares it whole
        return id != UNKNOWN && ByteWords.word(b, from, len) == NAME_WORDS[id] ? id : UNKNOWN;
    }

    private boolean string(EventCodec.Fields f, int field, int from, int to, boolean ascii) {
        switch (field) {
            case UNKNOWN -> { }
            case TS -> {
                long v = ascii ? recentTs.parse(b, from, to - from) : Long.MIN_VALUE;
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
        if (len == 0 || len > 16) return null;
        long w0 = ByteWords.word(b, from, Math.min(len, 8)), w1 = ByteWords.word(b, from + 8, len - 8);
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPE_W0[i] == w0 && TYPE_W1[i] == w1 && TYPES[i].length == len) return EventType.VALUES[i];
        }
        return null;
    }

    private String text(int from, int to, boolean ascii) {
        return new String(b, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private String latin1(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * The string of a short, often repeated value, from the cache when the same bytes were seen before: the value's
     * (at most 24) bytes are three words, hashed and compared as such.
     */
    private String cached(StringCache cache, int from, int to, boolean ascii) {
        int len = to - from;
        if (len > CACHED_MAX) return text(from, to, ascii);
        if (len == 0) return "";
        long w0 = ByteWords.word(b, from, Math.min(len, 8)), w1 = ByteWords.word(b, from + 8, Math.min(len - 8, 8)),
                w2 = ByteWords.word(b, from + 16, len - 16);
        long h = (w0 * 0x9E3779B97F4A7C15L) ^ (w1 * 0xC2B2AE3D27D4EB4FL) ^ (w2 * 0x165667B19E3779F9L) ^ len;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
        int slot = (int) (h >>> cache.shift);
        long[] k = cache.keys;
        int at = slot << 2;
        if (k[at] == len && k[at + 1] == w0 && k[at + 2] == w1 && k[at + 3] == w2) return cache.strings[slot];
        String s = text(from, to, ascii);
        k[at] = len;
        k[at + 1] = w0;
        k[at + 2] = w1;
        k[at + 3] = w2;
        cache.strings[slot] = s;
        return s;
    }

    /** A direct-mapped table of short byte strings (as three words and a length) to their String (size a power of two). */
    private static final class StringCache {
        /** Per slot, side by side (one cache line): the length (0: empty — the empty string is never cached), three words. */
        final long[] keys;
        final String[] strings;
        /** The hash's top bits give the slot. */
        final int shift;

        StringCache(int size) {
            if (Integer.bitCount(size) != 1) throw new IllegalArgumentException("size: must be a power of two, was " + size);
            keys = new long[4 * size];
            strings = new String[size];
            shift = 64 - Integer.numberOfTrailingZeros(size);
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

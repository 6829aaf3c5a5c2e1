package io.livecopilot.core.event;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bytes of a line read eight at a time as little-endian {@code long} words: short names, type names and repeated
 * values are compared as one or two words instead of byte by byte, and strings are scanned for their end a word at a
 * time. Package-private helpers of the fast event parser.
 */
final class ByteWords {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L, HIGHS = 0x8080808080808080L;

    private ByteWords() {}

    /** The eight bytes at {@code b[at]} (the caller checks that they are inside the array). */
    static long at(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    /**
     * The {@code n} (0–8) bytes at {@code b[at]} as a little-endian word, the bytes above them zero; bytes after the
     * {@code n} are never part of the result (read only when the array has them, then masked off).
     */
    static long word(byte[] b, int at, int n) {
        if (n <= 0) return 0;
        if (at + 8 <= b.length) {
            long x = (long) LONGS.get(b, at);
            return n >= 8 ? x : x & ((1L << (n << 3)) - 1);
        }
        long x = 0;
        for (int i = Math.min(n, 8) - 1; i >= 0; i--) x = (x << 8) | (b[at + i] & 0xFF);
        return x;
    }

    /**
     * Flags (0x80 in its byte) the bytes of a word that end a plain ASCII run inside a JSON string: a quote, a
     * backslash, a control character (below 0x20) or a byte of a multi-byte character (0x80 and above). Only the lowest
     * flag is exact (a borrow may flag bytes above it), which is the one a scan uses: the first such byte is at
     * {@code Long.numberOfTrailingZeros(flags) >>> 3}.
     */
    static long stringStops(long x) {
        long q = x ^ 0x2222222222222222L; // '"'
        long s = x ^ 0x5C5C5C5C5C5C5C5CL; // '\\'
        return (x & HIGHS)
                | ((x - 0x2020202020202020L) & ~x & HIGHS)
                | ((q - ONES) & ~q & HIGHS)
                | ((s - ONES) & ~s & HIGHS);
    }
}

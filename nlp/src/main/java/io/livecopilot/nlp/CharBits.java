package io.livecopilot.nlp;

/**
 * A set of characters as a bitmap of the whole BMP (8 KB, one bit a character): the membership test of the NLU's hot
 * scans, a load and a mask where a {@code String.indexOf} or a hash lookup would cost a loop or a call under C1.
 */
public final class CharBits {
    private CharBits() {}

    /** The bitmap of {@code chars}. */
    public static long[] of(String chars) {
        long[] b = new long[1024];
        for (char c : chars.toCharArray()) b[c >>> 6] |= 1L << c;
        return b;
    }

    /** Whether {@code c} is in the bitmap. */
    public static boolean has(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}

package io.livecopilot.script.quality;

import java.util.Arrays;

/**
 * A map from {@code long} to {@code int} with open addressing and linear probing, for the n-gram counts of the
 * fluency model (no boxing on the scoring path). Keys must not be {@link Long#MIN_VALUE} (the empty marker).
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
    }

    private static int hash(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return (int) k;
    }

    /** The value of {@code key}, or {@code dflt} when absent. */
    int get(long key, int dflt) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == EMPTY) return dflt;
            i = (i + 1) & mask;
        }
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent). */
    void add(long key, int delta) {
        if (key == EMPTY) throw new IllegalArgumentException("reserved key");
        if ((size + 1) * 2 > keys.length) grow();
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                values[i] += delta;
                return;
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = delta;
                size++;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != EMPTY) add(ok[i], ov[i]);
    }

    int size() {
        return size;
    }

    /** Calls {@code f} for every entry. */
    void forEach(java.util.function.BiConsumer<Long, Integer> f) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) f.accept(keys[i], values[i]);
    }
}

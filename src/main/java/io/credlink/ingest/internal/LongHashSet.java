package io.credlink.ingest.internal;

/** An open-addressing set of longs (no boxing): the keys of relationships seen during a bulk load. */
final class LongHashSet {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots = newTable(1 << 16);
    private int size;

    private static long[] newTable(int capacity) {
        long[] table = new long[capacity];
        java.util.Arrays.fill(table, EMPTY);
        return table;
    }

    /** Adds {@code key} (not {@link Long#MIN_VALUE}); false when it was present. */
    boolean add(long key) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = newTable(old.length * 2);
        size = 0;
        for (long key : old) {
            if (key != EMPTY) {
                add(key);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

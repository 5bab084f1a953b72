package io.credlink.resolution.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Candidate pairs: parties that share a blocking key (docs/resolution.md, "Blocking"). Persons:
 * the id-number stem (first 17 characters after the 15→18 conversion), name key + birth date,
 * pinyin + birth date + region (typos in the id number), pinyin + the id's sequence digits, and
 * phone, e-mail, bank account and licence number. Firms: credit code, its stem, core name,
 * address, and phone, e-mail, bank account, licence. Keys are class-scoped, so persons pair with persons
 * and firms with firms. A block larger than {@code maxBlockSize} (a call centre's phone, a
 * brokerage's shared e-mail) yields no pairs: what it would join other keys find, and the pair
 * count stays near-linear.
 * <p>
 * Keys are hashed to 38 bits and packed with the party index (26 bits) into one long, so
 * blocking is one primitive sort; a rare hash collision only adds a candidate pair.
 */
final class Blocking {

    static final int INDEX_BITS = 26;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Blocking() {
    }

    /** Every blocking key of a party. */
    static List<String> keys(StandardParty p) {
        List<String> keys = new ArrayList<>(10);
        String c = p.firm() ? "F|" : "P|";
        if (p.identity() != null) {
            keys.add(c + "ID|" + p.identity());
            if (p.identity().length() >= 17) {
                keys.add(c + "STEM|" + p.identity().substring(0, 17));
            }
            if (!p.firm() && Comparator.legacyCore(p.identity()) != null) {
                keys.add(c + "L15|" + Comparator.legacyCore(p.identity()));
            }
        }
        if (p.firm()) {
            if (p.nameCore() != null) {
                keys.add(c + "CORE|" + p.nameCore());
            }
            // a branch (its name the head office's plus a district) with a mistyped credit code
            // shares neither core nor code stem with its head office, but often the address;
            // firms share addresses rarely, households do not come into it
            for (String v : p.addresses()) {
                keys.add(c + "AD|" + v);
            }
        } else {
            String birth = p.birthDate() == null ? null : p.birthDate().format(DAY);
            if (p.nameKey() != null && birth != null) {
                keys.add(c + "NB|" + p.nameKey() + "|" + birth);
            }
            if (p.pinyinKey() != null && birth != null) {
                keys.add(c + "PBR|" + p.pinyinKey() + "|" + birth + "|" + p.region());
            }
            if (p.pinyinKey() != null && p.identity() != null && p.identity().length() == 18) {
                keys.add(c + "PSEQ|" + p.pinyinKey() + "|" + p.identity().substring(14, 17));
            }
        }
        for (String v : p.phones()) {
            keys.add(c + "PH|" + v);
        }
        for (String v : p.emails()) {
            keys.add(c + "EM|" + v);
        }
        for (String v : p.banks()) {
            keys.add(c + "BA|" + v);
        }
        if (p.licence() != null) {
            keys.add(c + "LI|" + p.licence());
        }
        return keys;
    }

    /** Sorted, distinct pair keys ({@link Resolver#pairKey}) of the candidate pairs. */
    static long[] candidatePairs(StandardParty[] parties, int maxBlockSize) {
        return candidatePairs(packedKeys(parties), parties.length, maxBlockSize);
    }

    /** Every party's blocking keys as (38-bit hash, party index) in one long each, sorted. */
    static long[] packedKeys(StandardParty[] parties) {
        if (parties.length > INDEX_MASK) {
            throw new IllegalArgumentException("at most " + INDEX_MASK + " parties per run");
        }
        long[] packed = new long[Math.max(16, parties.length * 6)];
        int n = 0;
        for (int i = 0; i < parties.length; i++) {
            n = addKeys(packed = ensure(packed, n + 32), n, parties[i], i);
        }
        packed = Arrays.copyOf(packed, n);
        Arrays.sort(packed);
        return packed;
    }

    private static long[] ensure(long[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    private static int addKeys(long[] packed, int n, StandardParty p, int index) {
        for (String key : keys(p)) {
            packed[n++] = (hash38(key) << INDEX_BITS) | index;
        }
        return n;
    }

    /**
     * The sorted keys with those of the parties at {@code indexes} replaced by the keys of their
     * new versions (an import changed or added them).
     */
    static long[] replaceKeys(long[] packed, int[] indexes, StandardParty[] versions) {
        java.util.BitSet replaced = new java.util.BitSet();
        for (int i : indexes) {
            replaced.set(i);
        }
        long[] out = new long[packed.length + indexes.length * 12 + 16];
        int n = 0;
        for (long k : packed) {
            if (!replaced.get((int) (k & INDEX_MASK))) {
                out[n++] = k;
            }
        }
        for (int j = 0; j < indexes.length; j++) {
            n = addKeys(out = ensure(out, n + 32), n, versions[j], indexes[j]);
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * The candidate pairs of the parties at {@code indexes} with any party (sorted, distinct pair
     * keys): the pairs a full run would form from the blocks these parties are in.
     */
    static long[] pairsOf(int[] indexes, StandardParty[] versions, long[] packed, int maxBlockSize) {
        long[] pairs = new long[16];
        int p = 0;
        for (int j = 0; j < indexes.length; j++) {
            for (String key : keys(versions[j])) {
                long h = hash38(key);
                int from = lowerBound(packed, h << INDEX_BITS);
                int to = lowerBound(packed, (h + 1) << INDEX_BITS);
                if (to - from < 2 || to - from > maxBlockSize) {
                    continue;
                }
                for (int x = from; x < to; x++) {
                    int other = (int) (packed[x] & INDEX_MASK);
                    if (other != indexes[j]) {
                        pairs = ensure(pairs, p + 1);
                        pairs[p++] = Resolver.pairKey(indexes[j], other);
                    }
                }
            }
        }
        pairs = Arrays.copyOf(pairs, p);
        Arrays.sort(pairs);
        return unique(pairs);
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static long[] candidatePairs(long[] packed, int parties, int maxBlockSize) {
        int n = packed.length;
        long[] pairs = new long[Math.max(16, parties * 2)];
        int p = 0;
        int start = 0;
        while (start < n) {
            long block = packed[start] >>> INDEX_BITS;
            int end = start + 1;
            while (end < n && packed[end] >>> INDEX_BITS == block) {
                end++;
            }
            int size = end - start;
            if (size >= 2 && size <= maxBlockSize) {
                for (int x = start; x < end; x++) {
                    for (int y = x + 1; y < end; y++) {
                        int a = (int) (packed[x] & INDEX_MASK);
                        int b = (int) (packed[y] & INDEX_MASK);
                        if (a == b) {
                            continue;
                        }
                        if (p == pairs.length) {
                            pairs = Arrays.copyOf(pairs, pairs.length * 2);
                        }
                        pairs[p++] = Resolver.pairKey(a, b);
                    }
                }
            }
            start = end;
        }
        Arrays.sort(pairs, 0, p);
        return unique(Arrays.copyOf(pairs, p));
    }

    /** The distinct values of a sorted array. */
    static long[] unique(long[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        int k = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }

    /** 64-bit FNV-1a of the key's chars, folded to 38 bits. */
    static long hash38(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ (h >>> 38)) & ((1L << 38) - 1);
    }
}

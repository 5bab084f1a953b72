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
        if (parties.length > INDEX_MASK) {
            throw new IllegalArgumentException("at most " + INDEX_MASK + " parties per run");
        }
        long[] packed = new long[Math.max(16, parties.length * 6)];
        int n = 0;
        for (int i = 0; i < parties.length; i++) {
            for (String key : keys(parties[i])) {
                if (n == packed.length) {
                    packed = Arrays.copyOf(packed, packed.length * 2);
                }
                packed[n++] = (hash38(key) << INDEX_BITS) | i;
            }
        }
        Arrays.sort(packed, 0, n);
        long[] pairs = new long[Math.max(16, parties.length * 2)];
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

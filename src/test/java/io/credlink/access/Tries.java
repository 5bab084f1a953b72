package io.credlink.access;

import java.util.Random;
import java.util.function.BiConsumer;

/**
 * A small property runner: {@code tries} inputs from seeded generators, each try reproducible
 * from its seed (printed on failure; set {@code -Dcredlink.fuzz.seed=N} to change the base seed).
 */
final class Tries {

    private Tries() {
    }

    static void run(String property, int tries, BiConsumer<Random, Integer> check) {
        long base = Long.getLong("credlink.fuzz.seed", 20251201L);
        for (int i = 0; i < tries; i++) {
            long seed = base * 31 + i;
            try {
                check.accept(new Random(seed), i);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(property + " failed on try " + i + " (seed " + seed + "): " + e.getMessage(), e);
            }
        }
    }

    static String text(Random r, int max) {
        String alphabet = "abcXYZ 019,\"'\n\r;:{}[]()$`\\/%_-.@+*?!#~é刘洋\u0000\u202e";
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    static String word(Random r, int min, int max) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}

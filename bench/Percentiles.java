// The benchmarks' one statistics: nearest-rank percentiles of measured latencies. Compiled with the
// other bench/*.java drivers by bench/lib.sh (bench_java), since Java 17's single-file launcher
// cannot import a sibling file.

import java.util.List;

final class Percentiles {

    private Percentiles() {
    }

    /**
     * The {@code percent} (0..100) nearest-rank percentile of latencies in nanoseconds, sorted
     * ascending, in milliseconds: the smallest value at least {@code percent}% of them do not exceed.
     */
    static double ms(long[] sortedNanos, double percent) {
        return sortedNanos[rank(sortedNanos.length, percent)] / 1e6;
    }

    /** The same for values sorted ascending, in their own unit; NaN when there are none. */
    static double of(List<Double> sorted, double percent) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(rank(sorted.size(), percent));
    }

    private static int rank(int n, double percent) {
        int i = (int) Math.ceil(percent / 100 * n) - 1;
        return Math.max(0, Math.min(n - 1, i));
    }
}

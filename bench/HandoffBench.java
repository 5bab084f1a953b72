import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.SynchronousQueue;

/**
 * What one hand-off between two threads costs on this machine: a request that crosses threads
 * (Tomcat's poller and worker, the Neo4j driver's event loop, the DBMS's Bolt I/O and worker
 * threads, the audit writer) pays it at every crossing, twice per round trip, while a thread that
 * waits parks and an idle core must be woken. Prints the round trip of one value passed to
 * another thread and back, p50/p90/p99 in microseconds, with the receiving thread busy-waiting
 * (no wake-up) and parked (the wake-up included), with pauses between round trips (a single
 * client's requests) and without.
 * <p>
 * {@code java bench/HandoffBench.java [ROUND_TRIPS]} (docs/benchmarks.md, issue 17: "Seventh session")
 */
public class HandoffBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        System.out.printf(Locale.ROOT, "%d cores, %d round trips per series%n", Runtime.getRuntime().availableProcessors(), n);
        parked(n, 0);
        parked(n, 2_000_000);
        spinning(n);
    }

    /** The other thread blocks on a SynchronousQueue (parks), as a thread pool's idle worker does. */
    static void parked(int n, long pauseNanos) throws Exception {
        SynchronousQueue<Long> there = new SynchronousQueue<>();
        SynchronousQueue<Long> back = new SynchronousQueue<>();
        Thread echo = new Thread(() -> {
            try {
                while (true) {
                    back.put(there.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        echo.setDaemon(true);
        echo.start();
        long[] micros = new long[n];
        for (int i = 0; i < n; i++) {
            if (pauseNanos > 0) {
                Thread.sleep(pauseNanos / 1_000_000, (int) (pauseNanos % 1_000_000));
            }
            long t0 = System.nanoTime();
            there.put(t0);
            back.take();
            micros[i] = (System.nanoTime() - t0) / 1_000;
        }
        echo.interrupt();
        print(pauseNanos > 0 ? "parked, 2 ms between round trips" : "parked, back to back", micros);
    }

    /** The other thread spins on a volatile field: the cost of passing a value without a wake-up. */
    static void spinning(int n) {
        long[] micros = new long[n];
        class Box {
            volatile long value = -1;
            volatile long answer = -1;
        }
        Box box = new Box();
        Thread echo = new Thread(() -> {
            long seen = -1;
            while (!Thread.currentThread().isInterrupted()) {
                long v = box.value;
                if (v != seen) {
                    seen = v;
                    box.answer = v;
                }
                Thread.onSpinWait();
            }
        });
        echo.setDaemon(true);
        echo.start();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            box.value = i;
            while (box.answer != i) {
                Thread.onSpinWait();
            }
            micros[i] = (System.nanoTime() - t0) / 1_000;
        }
        echo.interrupt();
        print("spinning (no wake-up)", micros);
    }

    static void print(String series, long[] micros) {
        int from = micros.length / 10; // the first tenth is the JIT's
        long[] warm = Arrays.copyOfRange(micros, from, micros.length);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-36s p50 %5d µs  p90 %5d µs  p99 %5d µs%n", series, warm[warm.length / 2],
                warm[(int) (warm.length * 0.9)], warm[(int) (warm.length * 0.99)]);
    }
}

package io.credlink.fraud.internal;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the steps of a scan and logs each at INFO as {@code fraud scan step NAME took N ms}
 * (bench/fraud.sh reads these lines). Steps of one scan may run side by side, so the step times
 * do not add up to the scan's time.
 */
final class ScanSteps {

    private static final Logger log = LoggerFactory.getLogger(ScanSteps.class);

    private ScanSteps() {
    }

    static <T> T timed(String step, Supplier<T> body) {
        long t = System.nanoTime();
        try {
            return body.get();
        } finally {
            log.info("fraud scan step {} took {} ms", step, (System.nanoTime() - t) / 1_000_000);
        }
    }

    static void timed(String step, Runnable body) {
        timed(step, () -> {
            body.run();
            return null;
        });
    }
}

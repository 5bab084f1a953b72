package io.credlink.graph;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar credlink.jar fingerprint [--property=value …]}: opens the configured database
 * as the service would (a restart: work left pending by a crash is resumed and awaited), then
 * prints {@code nodes=<n> relationships=<n> checksum=<hex>} ({@link StoreFingerprint}). Exit 0,
 * or 1 when the database cannot be opened or read. {@code --dump=FILE} also writes the canonical
 * text of every element counted, sorted, so that two stores can be compared with {@code diff}.
 */
public final class FingerprintCommand {

    private FingerprintCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        String dump = Arrays.stream(args).filter(a -> a.startsWith("--dump=")).map(a -> a.substring(7)).findFirst()
                .orElse(null);
        String[] springArgs = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--dump=")).toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("credlink.ingest.load-sample=false", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(springArgs)) {
            if (!ctx.getBean(BackgroundWork.class).awaitIdle(Duration.ofHours(2))) {
                err.println("fingerprint: work resumed after the restart still running after 2 h");
                return 1;
            }
            StoreFingerprint fingerprint = ctx.getBean(StoreFingerprint.class);
            if (dump == null) {
                out.println(fingerprint.take());
                return 0;
            }
            java.util.List<String> lines = new java.util.ArrayList<>();
            StoreFingerprint.Fingerprint taken = fingerprint.take(lines::add);
            lines.sort(null);
            java.nio.file.Files.write(java.nio.file.Path.of(dump), lines);
            out.println(taken);
            return 0;
        } catch (java.io.IOException e) {
            err.println("fingerprint: could not write the dump: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            err.println("fingerprint failed: " + root.getMessage());
            return 1;
        }
    }
}

package io.credlink.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.graph.BackgroundWork;

/**
 * {@code java -jar credlink.jar import DIR [--no-wait] [--property=value …]}: imports a dataset
 * directory into the configured database and prints the report. Exit 0 when the import ran (rows
 * may have been rejected: the report says which), 2 when it could not run. The command waits for
 * the work the import sets off (the credit recomputation) unless {@code --no-wait}: then it exits
 * once that work is queued in the graph, and the service runs it in the background when it starts
 * on the store, so the service answers sooner and its scores follow (docs/import.md).
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    static final String NO_WAIT = "--no-wait";

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        boolean wait = !Arrays.asList(args).contains(NO_WAIT);
        args = Arrays.stream(args).filter(a -> !a.equals(NO_WAIT)).toArray(String[]::new);
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("usage: java -jar credlink.jar import DIR [--no-wait] [--credlink.data-dir=…] [--spring.neo4j.uri=…]");
            return 2;
        }
        Path dir = Path.of(args[1]);
        if (!Files.exists(dir)) {
            err.println("import: no such directory: " + dir);
            return 2;
        }
        if (!Files.isDirectory(dir)) {
            err.println("import: not a directory: " + dir);
            return 2;
        }
        if (!Files.isReadable(dir)) {
            err.println("import: cannot read the directory " + dir);
            return 2;
        }
        String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
        ImportProgress progress = (file, rows, rate) ->
                err.printf(Locale.ROOT, "  %-20s %,12d rows  %,9d rows/s%n", file, rows, rate);
        // An embedded store that holds no database yet is filled offline before the DBMS opens
        // (credlink.ingest.bulk-load); otherwise the request stays unanswered and Cypher imports.
        BulkLoadRequest bulk = new BulkLoadRequest(dir, progress);
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("credlink.ingest.load-sample=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "credlink.background-work=" + wait)
                .initializers(c -> c.getBeanFactory().registerSingleton("bulkLoadRequest", bulk))
                .run(springArgs)) {
            ImportReport report = bulk.report();
            if (report != null) {
                print(report, out);
                long totalMs = (System.nanoTime() - t0) / 1_000_000;
                out.printf(Locale.ROOT, "bulk load into an empty store: files checked in %,d ms, store written in %,d ms, "
                        + "store opened with every index online %,d ms later; %,d ms in all with start-up (%,d rows/s)%n",
                        bulk.validateMs(), bulk.storeWriteMs(), bulk.indexesMs(), totalMs,
                        totalMs == 0 ? report.read() : report.read() * 1000 / totalMs);
                // the same notice the Cypher path gives (the credit module recomputes every score on it)
                DatasetImported imported = new DatasetImported(report.read(), report.imported(), report.rejected());
                ctx.getBean(TransactionTemplate.class).executeWithoutResult(status -> ctx.publishEvent(imported));
                awaitBackgroundWork(ctx, wait, err);
                return 0;
            }
            ImportService imports = ctx.getBean(ImportService.class);
            print(imports.importDirectory(dir, progress), out);
            awaitBackgroundWork(ctx, wait, err);
            return 0;
        } catch (RuntimeException e) {
            ImportFailed failed = importFailed(e);
            if (failed != null) {
                err.println("import: " + failed.getMessage());
                return 2;
            }
            err.println("import failed: " + rootMessage(e));
            return 1;
        }
    }

    /**
     * Listeners of the import's event run after it, in the background (the credit module's full
     * recomputation): the command exits once they are done, so the store it leaves has scores; with
     * {@code --no-wait}, once they have queued their work in the graph, for the service to run.
     */
    private static void awaitBackgroundWork(ConfigurableApplicationContext ctx, boolean wait, PrintStream err) {
        long t0 = System.nanoTime();
        BackgroundWork work = ctx.getBean(BackgroundWork.class);
        if (!wait) {
            if (!work.awaitQueued(Duration.ofHours(1))) {
                err.println("import: work after the import still not queued after 1 h; exiting (the service runs what was stored)");
                return;
            }
            err.printf(Locale.ROOT, "work after the import (score recomputation) queued in %,d ms: the service runs it "
                    + "in the background when it starts on this store%n", (System.nanoTime() - t0) / 1_000_000);
            return;
        }
        if (!work.awaitIdle(Duration.ofHours(12))) {
            err.println("import: work after the import (score recomputation) still running after 12 h; exiting");
            return;
        }
        err.printf(Locale.ROOT, "work after the import (score recomputation) done in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    private static ImportFailed importFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ImportFailed f) {
                return f;
            }
        }
        return null;
    }

    static void print(ImportReport report, PrintStream out) {
        out.printf(Locale.ROOT, "%-20s %12s %12s %12s %10s %12s%n", "file", "read", "imported", "rejected", "ms", "rows/s");
        for (ImportReport.FileReport f : report.files()) {
            out.printf(Locale.ROOT, "%-20s %,12d %,12d %,12d %,10d %,12d%n", f.file(), f.read(), f.imported(),
                    f.rejected(), f.tookMs(), f.tookMs() == 0 ? f.read() * 1000 : f.read() * 1000 / f.tookMs());
        }
        out.printf(Locale.ROOT, "%-20s %,12d %,12d %,12d %,10d %,12d%n", "total", report.read(), report.imported(),
                report.rejected(), report.tookMs(), report.rowsPerSecond());
        if (!report.ignoredFiles().isEmpty()) {
            out.println("ignored (not part of the dataset contract): " + String.join(", ", report.ignoredFiles()));
        }
        for (ImportReport.FileReport f : report.files()) {
            if (f.fileError() != null) {
                out.println(f.file() + ": " + f.fileError());
            }
            for (ImportReport.RowError e : f.errors()) {
                out.println(f.file() + ":" + e.line() + ": " + e.reason());
            }
            if (f.errorsTruncated()) {
                out.println(f.file() + ": " + (f.rejected() - f.errors().size()) + " more rejected rows not listed");
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

package io.credlink.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar credlink.jar import DIR [--property=value …]}: imports a dataset directory
 * into the configured database and prints the report. Exit 0 when the import ran (rows may have
 * been rejected: the report says which), 2 when it could not run.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("usage: java -jar credlink.jar import DIR [--credlink.data-dir=…] [--spring.neo4j.uri=…]");
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
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("credlink.ingest.load-sample=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(springArgs)) {
            ImportService imports = ctx.getBean(ImportService.class);
            ImportReport report = imports.importDirectory(dir, (file, rows, rate) ->
                    err.printf(Locale.ROOT, "  %-20s %,12d rows  %,9d rows/s%n", file, rows, rate));
            print(report, out);
            return 0;
        } catch (ImportFailed e) {
            err.println("import: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("import failed: " + rootMessage(e));
            return 1;
        }
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

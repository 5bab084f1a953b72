package io.credlink.datagen;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code generate --out DIR [--scale N | --parties N] [--seed S] [--force]}: runs without Spring
 * or the database. Exit 0 on success, 2 for bad arguments or a non-empty output directory, 1 if
 * writing failed.
 */
public final class GenerateCommand {

    static final String USAGE = "usage: generate --out DIR [--scale N | --parties N] [--seed S] [--force]\n"
        + "  --out DIR     output directory (created; must be empty unless --force)\n"
        + "  --scale N     positive integer, 1 = about 10,000 parties (default 1)\n"
        + "  --parties N   approximate number of parties instead of --scale (small samples)\n"
        + "  --seed S      long, the same seed gives identical files (default 42)\n"
        + "  --force       write into a non-empty directory";

    private GenerateCommand() {
    }

    /** Runs the command on its own, e.g. from a benchmark script. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        GenerationOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            stderr.println("generate: " + e.getMessage());
            stderr.println(USAGE);
            return 2;
        }
        try {
            GenerationSummary summary = new DatasetGenerator().generate(options);
            stdout.println("Generated " + summary.out() + " (scale " + options.scale() + ", seed " + options.seed() + ")");
            for (Map.Entry<String, Long> e : summary.rowsPerFile().entrySet()) {
                stdout.printf(Locale.ROOT, "  %-22s %,12d rows%n", e.getKey(), e.getValue());
            }
            stdout.printf(Locale.ROOT, "  %-22s %,12d rows in %.1f s (%,.0f rows/s)%n", "total", summary.totalRows(),
                summary.took().toMillis() / 1000.0, summary.rowsPerSecond());
            return 0;
        } catch (OutputNotEmptyException | IllegalArgumentException e) {
            stderr.println("generate: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            stderr.println("generate: cannot write the dataset: " + e.getCause().getMessage());
            return 1;
        }
    }

    static GenerationOptions parse(String[] args) {
        if (args.length == 0 || !"generate".equals(args[0])) {
            throw new IllegalArgumentException("the first argument must be 'generate'");
        }
        Path out = null;
        Double scale = null;
        long seed = GenerationOptions.DEFAULT_SEED;
        boolean force = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--force":
                    force = true;
                    break;
                case "--out":
                    out = Path.of(value(args, ++i, a));
                    break;
                case "--seed":
                    seed = parseLong(value(args, ++i, a), a);
                    break;
                case "--scale": {
                    requireNoScale(scale);
                    long n = parseLong(value(args, ++i, a), a);
                    if (n <= 0) {
                        throw new IllegalArgumentException("--scale must be a positive integer, got " + n);
                    }
                    scale = (double) n;
                    break;
                }
                case "--parties": {
                    requireNoScale(scale);
                    long n = parseLong(value(args, ++i, a), a);
                    if (n < 100) {
                        throw new IllegalArgumentException("--parties must be at least 100, got " + n);
                    }
                    scale = n / (double) GenerationOptions.PARTIES_PER_SCALE;
                    break;
                }
                default:
                    throw new IllegalArgumentException("unknown argument: " + a);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new GenerationOptions(out, scale == null ? GenerationOptions.DEFAULT_SCALE : scale, seed, force);
    }

    private static void requireNoScale(Double scale) {
        if (scale != null) {
            throw new IllegalArgumentException("give --scale or --parties, once");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long parseLong(String v, String option) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be an integer, got '" + v + "'");
        }
    }
}

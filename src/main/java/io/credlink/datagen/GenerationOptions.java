package io.credlink.datagen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param out   output directory (created; must be empty unless {@code force})
 * @param scale size: 1 is about 10,000 parties; fractions make small samples
 * @param seed  the same seed gives byte-identical files
 * @param force allow writing into a non-empty directory (files of the same name are replaced)
 */
public record GenerationOptions(Path out, double scale, long seed, boolean force) {

    public static final double DEFAULT_SCALE = 1;
    public static final long DEFAULT_SEED = 42;
    /** Parties per scale unit, for {@code --parties}. */
    public static final int PARTIES_PER_SCALE = 10_000;

    public GenerationOptions {
        Objects.requireNonNull(out, "out");
        if (!(scale > 0) || scale > 100_000) {
            throw new IllegalArgumentException("scale must be a positive number up to 100000, got " + scale);
        }
    }
}

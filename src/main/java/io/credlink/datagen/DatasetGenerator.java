package io.credlink.datagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import io.credlink.datagen.internal.Engine;

/**
 * Facade of the datagen module: writes a synthetic dataset in the import format
 * (DATA-CONTRACT.md) with injected fraud cases, joint-sanction chains, duplicates of honest
 * parties as other insurers write them and look-alikes, and their ground truth under
 * {@code truth/}. Streams to disk; deterministic for a seed.
 */
public final class DatasetGenerator {

    /** The dataset's "today": statuses, open claims and in-force windows are relative to it. */
    public static final java.time.LocalDate REFERENCE_DATE = java.time.LocalDate.ofEpochDay(Engine.REFERENCE_DATE);

    public GenerationSummary generate(GenerationOptions options) {
        Path out = options.out();
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new IllegalArgumentException("not a directory: " + out);
            }
            if (Files.isDirectory(out) && !options.force()) {
                try (Stream<Path> entries = Files.list(out)) {
                    if (entries.findAny().isPresent()) {
                        throw new OutputNotEmptyException(out);
                    }
                }
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        Map<String, Long> rows = Engine.generate(out, options.scale(), options.seed());
        return new GenerationSummary(out, rows, Duration.ofNanos(System.nanoTime() - t0));
    }
}

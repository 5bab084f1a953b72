package io.credlink.datagen;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param out         the dataset directory
 * @param rowsPerFile data rows per file (header excluded), file names relative to {@code out}
 * @param took        wall-clock time
 */
public record GenerationSummary(Path out, Map<String, Long> rowsPerFile, Duration took) {

    public GenerationSummary {
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
    }

    public long totalRows() {
        return rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    public double rowsPerSecond() {
        return totalRows() * 1000.0 / Math.max(1, took.toMillis());
    }
}

package io.credlink.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesADatasetAndPrintsRowsPerFile() {
        Path dir = tmp.resolve("new/dataset");
        assertThat(run("generate", "--out", dir.toString(), "--parties", "300", "--seed", "3")).isZero();
        assertThat(dir.resolve("claims.csv")).exists();
        assertThat(dir.resolve("truth/labels.csv")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("policies.csv").contains("total").contains("rows/s");
    }

    @Test
    void refusesANonEmptyDirectoryUnlessForced() throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "x");
        assertThat(run("generate", "--out", tmp.toString(), "--parties", "300")).isEqualTo(2);
        assertThat(stderr()).contains("not empty").contains("--force");
        assertThat(tmp.resolve("claims.csv")).doesNotExist();
        assertThat(run("generate", "--out", tmp.toString(), "--parties", "300", "--force")).isZero();
        assertThat(tmp.resolve("claims.csv")).exists();
    }

    @Test
    void missingOutIsAUsageError() {
        assertThat(run("generate", "--scale", "1")).isEqualTo(2);
        assertThat(stderr()).contains("--out DIR is required").contains("usage:");
    }

    @Test
    void badScaleSeedOrUnknownOptionAreUsageErrors() {
        String dir = tmp.resolve("x").toString();
        assertThat(run("generate", "--out", dir, "--scale", "0")).isEqualTo(2);
        assertThat(run("generate", "--out", dir, "--scale", "1.5")).isEqualTo(2);
        assertThat(run("generate", "--out", dir, "--scale")).isEqualTo(2);
        assertThat(run("generate", "--out", dir, "--seed", "abc")).isEqualTo(2);
        assertThat(run("generate", "--out", dir, "--parties", "10")).isEqualTo(2);
        assertThat(run("generate", "--out", dir, "--scale", "1", "--parties", "500")).isEqualTo(2);
        assertThat(run("generate", "--out", dir, "--verbose")).isEqualTo(2);
        assertThat(run("import", dir)).isEqualTo(2);
        assertThat(stderr()).contains("--scale must be a positive integer").contains("unknown argument: --verbose");
        assertThat(Path.of(dir)).doesNotExist();
    }

    @Test
    void defaultsAreScaleOneAndSeed42() {
        GenerationOptions o = GenerateCommand.parse(new String[] {"generate", "--out", "d"});
        assertThat(o.scale()).isEqualTo(1.0);
        assertThat(o.seed()).isEqualTo(42L);
        assertThat(o.force()).isFalse();
    }
}

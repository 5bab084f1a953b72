package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.credlink.CredLinkApplication;
import io.credlink.datagen.GenerateCommand;

/**
 * Kill -9 at two points of an import — while the bulk path writes the store and while the scores
 * are recomputed after it — then the same import again, as a client would re-run it: the store
 * must know exactly what a store that was never killed knows ({@link StoreFingerprint}). Each
 * step is a child JVM of its own (the import and fingerprint commands), so the kill is real:
 * no shutdown hook, no clean close of the store. bench/crash.sh does the same at more points and
 * at any scale.
 */
class CrashRecoveryTest {

    private static final Duration STEP = Duration.ofMinutes(8);

    @TempDir
    static Path dir;

    static Path dataset;
    static String reference;

    final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void referenceStore() throws Exception {
        dataset = dir.resolve("dataset");
        assertThat(GenerateCommand.run(new String[] {"generate", "--out", dataset.toString(), "--parties", "1500",
                "--seed", "7"})).isZero();
        CrashRecoveryTest once = new CrashRecoveryTest();
        try {
            once.runToEnd("reference", "import", dataset.toString(), "--credlink.data-dir=" + dir.resolve("reference"));
            reference = once.fingerprint(dir.resolve("reference"));
        } finally {
            once.stop();
        }
        assertThat(reference).matches("nodes=\\d+ relationships=\\d+ checksum=[0-9a-f]{32}");
    }

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void killedWhileTheBulkPathWritesTheStore() throws Exception {
        // the last file is checked: the offline importer is writing the store files now
        killAndImportAgain("mid-import", "bulk records.csv:");
    }

    @Test
    void killedWhileTheScoresAreRecomputedAfterTheImport() throws Exception {
        // resolution is done and the full recomputation it hands over to has begun
        killAndImportAgain("mid-recompute", "Resolution run");
    }

    private void killAndImportAgain(String name, String marker) throws Exception {
        Path store = dir.resolve(name);
        Process killed = start(name + "-killed", "import", dataset.toString(), "--credlink.data-dir=" + store);
        Path log = dir.resolve(name + "-killed.log");
        long deadline = System.nanoTime() + STEP.toNanos();
        while (killed.isAlive() && !read(log).contains(marker) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        assertThat(killed.isAlive()).as("the import was still running at '" + marker + "': " + tail(log)).isTrue();
        killed.destroyForcibly(); // SIGKILL
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();

        runToEnd(name + "-again", "import", dataset.toString(), "--credlink.data-dir=" + store);
        assertThat(fingerprint(store)).as("the store after a kill at '" + marker + "' and the import again")
                .isEqualTo(reference);
    }

    String fingerprint(Path store) throws Exception {
        String name = "fingerprint-" + store.getFileName();
        runToEnd(name, "fingerprint", "--credlink.data-dir=" + store);
        List<String> lines = read(dir.resolve(name + ".log")).lines().filter(l -> l.startsWith("nodes=")).toList();
        assertThat(lines).as(tail(dir.resolve(name + ".log"))).hasSize(1);
        return lines.get(0);
    }

    void runToEnd(String name, String... args) throws Exception {
        Process p = start(name, args);
        assertThat(p.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).as(name + " finished: " + tail(dir.resolve(name + ".log")))
                .isTrue();
        assertThat(p.exitValue()).as(name + ": " + tail(dir.resolve(name + ".log"))).isZero();
    }

    Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CredLinkApplication.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--credlink.neo4j.page-cache=64m", "--logging.level.io.credlink=INFO"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    static String tail(Path log) throws IOException {
        String text = read(log);
        return text.substring(Math.max(0, text.length() - 3000));
    }
}

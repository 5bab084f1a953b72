package io.credlink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.credlink.CredLinkApplication;

/** The {@code import DIR} command, run in-process on a temporary store. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return ImportCommand.run(CredLinkApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsADirectoryPrintsTheReportAndExitsZeroEvenWithRejectedRows() {
        Path dir = ImportFixtures.write(tmp.resolve("ds"), Map.of(
                "insurers.csv", ImportFixtures.VALID.get("insurers.csv"),
                "providers.csv", "id,name,kind\nPV-1,顺达汽修,GARAGE\nPV-2,Broken,SHOP\n"));
        int code = run("import", dir.toString(), "--credlink.neo4j.temporary=true", "--credlink.neo4j.procedures=false",
                "--credlink.security.bootstrap-admin-password=command-test-password");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("insurers.csv").contains("providers.csv").contains("total")
                .contains("providers.csv:3: unknown kind 'SHOP'");
    }

    @Test
    void aMissingDirectoryExitsTwoWithAMessage() {
        assertThat(run("import", tmp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err()).contains("no such directory");
    }

    @Test
    void aFileInsteadOfADirectoryExitsTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("claims.csv"), "id\n");
        assertThat(run("import", file.toString())).isEqualTo(2);
        assertThat(err()).contains("not a directory");
    }

    @Test
    void noDirectoryArgumentPrintsUsageAndExitsTwo() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err()).contains("usage");
    }

    @Test
    void anUnreadableFileExitsTwo() throws Exception {
        Path dir = ImportFixtures.write(tmp.resolve("bad"), Map.of());
        Files.write(dir.resolve("consumers.csv"), new byte[] {'i', 'd', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        int code = run("import", dir.toString(), "--credlink.neo4j.temporary=true", "--credlink.neo4j.procedures=false",
                "--credlink.security.bootstrap-admin-password=command-test-password");
        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("consumers.csv");
    }
}

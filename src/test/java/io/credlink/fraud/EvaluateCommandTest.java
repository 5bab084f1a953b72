package io.credlink.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.credlink.CredLinkApplication;

/** The {@code evaluate DIR} command on the generated sample, and its answers to bad input. */
class EvaluateCommandTest {

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return EvaluateCommand.run(CredLinkApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theSampleIsEvaluatedWithFullPrecisionAndRecallForEveryKind() {
        int code = run("evaluate", "datasets/sample", "--credlink.security.bootstrap-admin-password=evaluate-test-pw",
                "--credlink.neo4j.page-cache=64m");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        for (AlertKind kind : AlertKind.values()) {
            assertThat(printed).containsPattern(kind.name() + "\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+1\\.000\\s+1\\.000");
        }
        assertThat(printed).contains("claim-score AUC").contains("alerts naming an honest control: 0");
    }

    @Test
    void aGeneratedDatasetWithDuplicatesIsScoredForResolutionToo() {
        Path dataset = tmp.resolve("generated");
        assertThat(io.credlink.datagen.GenerateCommand.run(new String[] {"generate", "--out", dataset.toString(),
                "--scale", "1", "--seed", "2"})).isZero();
        int code = run("evaluate", dataset.toString(), "--credlink.security.bootstrap-admin-password=evaluate-test-pw",
                "--credlink.neo4j.page-cache=64m");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "resolution: precision (\\d\\.\\d+) recall (\\d\\.\\d+) F1 \\d\\.\\d+ \\(([\\d,]+) true pairs.*look-alikes joined (\\d+)")
                .matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(0.99);
        assertThat(Double.parseDouble(m.group(2))).isGreaterThanOrEqualTo(0.95);
        assertThat(Long.parseLong(m.group(3).replace(",", ""))).isPositive();
        assertThat(m.group(4)).isEqualTo("0");

        // every detector with and without resolution; the cases of one claimant under two ids need it
        assertThat(printed).contains("detectors with and without entity resolution:");
        for (AlertKind kind : AlertKind.values()) {
            double[] row = withAndWithout(printed, kind);
            assertThat(row[1]).as(kind + " precision with resolution").isGreaterThanOrEqualTo(0.95);
            assertThat(row[2]).as(kind + " recall with resolution").isGreaterThanOrEqualTo(0.95);
            assertThat(row[3]).as(kind + " F1").isCloseTo(2 * row[1] * row[2] / (row[1] + row[2]), within(0.001));
            if (kind == AlertKind.REPEAT_CLAIM || kind == AlertKind.INSURE_AFTER_LOSS) {
                assertThat(row[6]).as(kind + " recall without resolution").isLessThan(row[2]);
            }
        }
    }

    /** {groups, precision, recall, F1 with; precision, recall, F1 without} of a kind's row. */
    static double[] withAndWithout(String printed, AlertKind kind) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + kind.name()
                + "\\s+(\\d+) \\|\\s+\\d+\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+) \\|\\s+\\d+\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)$")
                .matcher(printed);
        assertThat(m.find()).as(kind + " in\n" + printed).isTrue();
        double[] row = new double[7];
        for (int k = 0; k < 7; k++) {
            row[k] = Double.parseDouble(m.group(k + 1));
        }
        return row;
    }

    @Test
    void theDetectorsAreComparedWithAndWithoutResolution() {
        Map<String, Map<String, Set<String>>> labels = Map.of("REPEAT_CLAIM",
                Map.of("RC-1", Set.of("CL1", "CL2"), "RC-2", Set.of("CL3", "CL4")));
        AlertView both = alert("FA-1", AlertKind.REPEAT_CLAIM, List.of("CL1", "CL2", "C1"));
        AlertView acrossIds = alert("FA-2", AlertKind.REPEAT_CLAIM, List.of("CL3", "CL4", "C2", "C2b"));
        AlertView stray = alert("FA-3", AlertKind.REPEAT_CLAIM, List.of("CL8", "CL9"));

        EvaluateCommand.printWithAndWithoutResolution(new PrintStream(out, true, StandardCharsets.UTF_8), labels,
                List.of(both, acrossIds), List.of(both, stray));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(withAndWithout(printed, AlertKind.REPEAT_CLAIM)).containsExactly(2, 1, 1, 1, 0.5, 0.5, 0.5);
        // kinds without groups or alerts: nothing to miss, nothing wrong
        assertThat(withAndWithout(printed, AlertKind.RING)).containsExactly(0, 1, 1, 1, 1, 1, 1);
    }

    private static AlertView alert(String id, AlertKind kind, List<String> entityIds) {
        return new AlertView(id, kind, 0.8, entityIds, Map.of(), null, null, null, false);
    }

    @Test
    void alertsCoveringNoLabelledGroupAreListedWithTheirFacts() {
        Map<String, Map<String, Set<String>>> labels = Map.of("RING", Map.of("RG-1", Set.of("C1", "C2", "C3")));
        AlertView found = ring("RNG-a", 0.9, List.of("C1", "C2", "C3", "C9"));
        AlertView stray = ring("RNG-b", 0.55, List.of("C7", "C8", "C1"));

        EvaluateCommand.printUnmatched(new PrintStream(out, true, StandardCharsets.UTF_8), List.of(found, stray), labels);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("alerts matching no labelled group:")
                .contains("RING: lowest score of a correct alert 0.9000")
                .contains("RING RNG-b score 0.5500, 3 entities [C7, C8, C1]; members: 3, size=3")
                .doesNotContain("RNG-a");
    }

    @Test
    void noListWhenEveryAlertMatches() {
        Map<String, Map<String, Set<String>>> labels = Map.of("RING", Map.of("RG-1", Set.of("C1", "C2")));
        EvaluateCommand.printUnmatched(new PrintStream(out, true, StandardCharsets.UTF_8),
                List.of(ring("RNG-a", 0.9, List.of("C1", "C2"))), labels);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static AlertView ring(String id, double score, List<String> members) {
        return new AlertView(id, AlertKind.RING, score, members, Map.of("members", members, "size", members.size()),
                null, null, "FS-1", false);
    }

    @Test
    void aDirectoryWithoutTruthExitsTwoWithAMessage() throws Exception {
        Files.createDirectories(tmp.resolve("ds"));
        assertThat(run("evaluate", tmp.resolve("ds").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("truth/labels.csv");
    }

    @Test
    void aMissingDirectoryOrArgumentExitsTwo() {
        assertThat(run("evaluate", tmp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(run("evaluate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such directory").contains("usage");
    }

    @Test
    void labelsWithoutTheContractColumnsExitTwo() throws Exception {
        Path truth = Files.createDirectories(tmp.resolve("ds").resolve("truth"));
        Files.writeString(truth.resolve("labels.csv"), "kind,entity\nRING,x\n");
        assertThat(run("evaluate", tmp.resolve("ds").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("group_id");
    }
}

package io.credlink.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.credlink.datagen.DuplicateTruth.Lookalike;

class DuplicateTruthTest {

    @TempDir
    Path tmp;

    static DuplicateTruth truth(Map<String, String> duplicates, Lookalike... lookalikes) {
        return DuplicateTruth.of(duplicates, List.of(lookalikes));
    }

    static Map<String, String> resolved(String... partyThenResolved) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < partyThenResolved.length; i += 2) {
            m.put(partyThenResolved[i], partyThenResolved[i + 1]);
        }
        return m;
    }

    @Test
    void emptyTruthAndEmptyResolutionArePerfect() {
        PairwiseQuality q = truth(Map.of()).score(Map.of());
        assertThat(q).isEqualTo(new PairwiseQuality(0, 0, 0, 1.0, 1.0, 1.0, 0));
    }

    @Test
    void singletonsPredictNoPairs() {
        PairwiseQuality q = truth(Map.of("B", "A")).score(resolved("A", "R1", "B", "R2", "C", "R3"));
        assertThat(q.truePairs()).isEqualTo(1);
        assertThat(q.predictedPairs()).isZero();
        assertThat(q.correctPairs()).isZero();
        assertThat(q.precision()).isEqualTo(1.0);
        assertThat(q.recall()).isZero();
        assertThat(q.f1()).isZero();
    }

    @Test
    void aPerfectResolutionScoresOne() {
        PairwiseQuality q = truth(Map.of("B", "A", "D", "C")).score(resolved("A", "x", "B", "x", "C", "y", "D", "y",
            "E", "z"));
        assertThat(q).isEqualTo(new PairwiseQuality(2, 2, 2, 1.0, 1.0, 1.0, 0));
    }

    @Test
    void chainsOfDuplicatesFormOneClusterWhateverTheDirection() {
        // B copies A, C copies B, A copies D: one cluster of four, six true pairs
        DuplicateTruth t = truth(Map.of("B", "A", "C", "B", "A", "D"));
        PairwiseQuality all = t.score(resolved("A", "r", "B", "r", "C", "r", "D", "r"));
        assertThat(all).isEqualTo(new PairwiseQuality(6, 6, 6, 1.0, 1.0, 1.0, 0));
        // split 2 + 2: two correct pairs of six
        PairwiseQuality split = t.score(resolved("A", "r", "B", "r", "C", "s", "D", "s"));
        assertThat(split.correctPairs()).isEqualTo(2);
        assertThat(split.predictedPairs()).isEqualTo(2);
        assertThat(split.precision()).isEqualTo(1.0);
        assertThat(split.recall()).isCloseTo(2 / 6.0, within(1e-12));
        assertThat(split.f1()).isCloseTo(2 * (1 / 3.0) / (1 + 1 / 3.0), within(1e-12));
    }

    @Test
    void overMergingLowersPrecision() {
        // true: {A,B}; predicted: {A,B,C,D} gives 6 pairs of which 1 is true
        PairwiseQuality q = truth(Map.of("B", "A")).score(resolved("A", "r", "B", "r", "C", "r", "D", "r"));
        assertThat(q.truePairs()).isEqualTo(1);
        assertThat(q.predictedPairs()).isEqualTo(6);
        assertThat(q.correctPairs()).isEqualTo(1);
        assertThat(q.precision()).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(q.recall()).isEqualTo(1.0);
    }

    @Test
    void partiesAbsentFromTheMapAreTheirOwnEntity() {
        // C is absent: even though A's resolved id is the string "C", C joins nobody
        PairwiseQuality q = truth(Map.of("B", "A", "C", "A")).score(resolved("A", "C", "B", "C"));
        assertThat(q.truePairs()).isEqualTo(3);
        assertThat(q.predictedPairs()).isEqualTo(1);
        assertThat(q.correctPairs()).isEqualTo(1);
        assertThat(q.recall()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void twoTrueClustersResolvedTogetherCountOnlyTheirOwnPairsAsCorrect() {
        PairwiseQuality q = truth(Map.of("B", "A", "D", "C")).score(resolved("A", "r", "B", "r", "C", "r", "D", "r"));
        assertThat(q.truePairs()).isEqualTo(2);
        assertThat(q.predictedPairs()).isEqualTo(6);
        assertThat(q.correctPairs()).isEqualTo(2);
    }

    @Test
    void lookalikesGivenTheSameResolvedIdAreCounted() {
        DuplicateTruth t = truth(Map.of(), new Lookalike("A", "B", "COMMON_NAME"), new Lookalike("C", "D", "HOUSEHOLD"),
            new Lookalike("E", "F", "SISTER_FIRM"));
        PairwiseQuality q = t.score(resolved("A", "r", "B", "r", "C", "s", "D", "t", "E", "u"));
        assertThat(q.lookalikesJoined()).isEqualTo(1);
        assertThat(q.predictedPairs()).isEqualTo(1);
        assertThat(q.precision()).isZero();
        assertThat(q.recall()).isEqualTo(1.0);
    }

    @Test
    void aHugeResolvedEntityIsCountedFromItsSize() {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            map.put("P" + i, "one");
        }
        PairwiseQuality q = truth(Map.of("P1", "P0")).score(map);
        assertThat(q.predictedPairs()).isEqualTo(200_000L * 199_999L / 2);
        assertThat(q.correctPairs()).isEqualTo(1);
    }

    @Test
    void nullResolvedIdsAreRefused() {
        Map<String, String> map = new HashMap<>();
        map.put("A", null);
        assertThatThrownBy(() -> truth(Map.of()).score(map)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("A");
    }

    @Test
    void readingADatasetWithoutTruthFilesGivesAnEmptyTruth() throws IOException {
        DuplicateTruth t = DuplicateTruth.read(tmp);
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.score(resolved("A", "r", "B", "r")).precision()).isZero();
    }

    @Test
    void readsBothFiles() throws IOException {
        write("truth/duplicates.csv", "entity_id,duplicate_of\r\nB,A\r\nC,B\r\n");
        write("truth/lookalikes.csv", "entity_id,other_id,kind\r\nX,Y,SAME_NAME_BIRTHDAY\r\n\"Z,1\",W,HOUSEHOLD\r\n");
        DuplicateTruth t = DuplicateTruth.read(tmp);
        assertThat(t.duplicates()).containsExactly(Map.entry("B", "A"), Map.entry("C", "B"));
        assertThat(t.lookalikes()).containsExactly(new Lookalike("X", "Y", "SAME_NAME_BIRTHDAY"),
            new Lookalike("Z,1", "W", "HOUSEHOLD"));
        assertThat(t.score(resolved("A", "r", "B", "r", "C", "r")).truePairs()).isEqualTo(3);
    }

    @Test
    void onlyTheLookalikeFileIsEnough() throws IOException {
        write("truth/lookalikes.csv", "entity_id,other_id,kind\nX,Y,COMMON_NAME\n");
        DuplicateTruth t = DuplicateTruth.read(tmp);
        assertThat(t.duplicates()).isEmpty();
        assertThat(t.score(resolved("X", "r", "Y", "r")).lookalikesJoined()).isEqualTo(1);
    }

    @Test
    void malformedFilesAreRefusedNamingFileAndLine() throws IOException {
        assertMalformed("truth/duplicates.csv", "entity,duplicate_of\nB,A\n", "truth/duplicates.csv line 1",
            "header must be entity_id,duplicate_of");
        assertMalformed("truth/duplicates.csv", "", "truth/duplicates.csv has no header");
        assertMalformed("truth/duplicates.csv", "entity_id,duplicate_of\nB,A\nC\n", "line 3", "expected 2 values");
        assertMalformed("truth/duplicates.csv", "entity_id,duplicate_of\nB,\n", "line 2", "duplicate_of is empty");
        assertMalformed("truth/duplicates.csv", "entity_id,duplicate_of\nB,B\n", "line 2", "B is paired with itself");
        assertMalformed("truth/duplicates.csv", "entity_id,duplicate_of\nB,A\nB,C\n", "line 3",
            "B is already a duplicate of A");
        assertMalformed("truth/lookalikes.csv", "entity_id,other_id,kind\nX,Y,TWINS\n", "truth/lookalikes.csv line 2",
            "unknown kind 'TWINS'");
        assertMalformed("truth/lookalikes.csv", "entity_id,other_id\nX,Y\n", "header must be entity_id,other_id,kind");
    }

    @Test
    void brokenQuotingIsAnIoError() throws IOException {
        write("truth/duplicates.csv", "entity_id,duplicate_of\n\"B\"x,A\n");
        assertThatThrownBy(() -> DuplicateTruth.read(tmp)).isInstanceOf(IOException.class);
    }

    @Test
    void pairsGivenInCodeAreCheckedLikeTheFiles() {
        assertThatThrownBy(() -> truth(Map.of("A", "A"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> truth(Map.of(), new Lookalike("A", " ", "HOUSEHOLD")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertMalformed(String file, String content, String... messageParts) throws IOException {
        Files.deleteIfExists(tmp.resolve("truth/duplicates.csv"));
        Files.deleteIfExists(tmp.resolve("truth/lookalikes.csv"));
        write(file, content);
        assertThatThrownBy(() -> DuplicateTruth.read(tmp)).isInstanceOf(IllegalArgumentException.class)
            .message().contains(messageParts);
    }

    private void write(String file, String content) throws IOException {
        Files.createDirectories(tmp.resolve(file).getParent());
        Files.writeString(tmp.resolve(file), content, StandardCharsets.UTF_8);
    }
}

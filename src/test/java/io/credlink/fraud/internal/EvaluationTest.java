package io.credlink.fraud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.credlink.fraud.AlertKind;

class EvaluationTest {

    static final Map<String, Map<String, Set<String>>> LABELS = Map.of(
            "RING", Map.of("RING-1", Set.of("a", "b", "c", "d", "e")),
            "FAKE_POLICY", Map.of("FP-1", Set.of("p1"), "FP-2", Set.of("p2")),
            "SANCTION_CHAIN", Map.of("SC-1", Set.of("s")));

    @Test
    void aGroupIsFoundWhenOneAlertOfItsKindCoversEightyPercent() {
        Map<AlertKind, Evaluation.KindResult> r = Evaluation.compare(LABELS, List.of(
                new Evaluation.Named(AlertKind.RING, List.of("a", "b", "c", "d", "x")),
                new Evaluation.Named(AlertKind.FAKE_POLICY, List.of("p1", "INS")),
                new Evaluation.Named(AlertKind.FAKE_POLICY, List.of("p9")),
                new Evaluation.Named(AlertKind.REPEAT_CLAIM, List.of("p2"))), 0.8);

        assertThat(r.get(AlertKind.RING).recall()).isEqualTo(1.0);
        assertThat(r.get(AlertKind.RING).precision()).isEqualTo(1.0);
        assertThat(r.get(AlertKind.FAKE_POLICY).found()).isEqualTo(1);
        assertThat(r.get(AlertKind.FAKE_POLICY).recall()).isEqualTo(0.5);
        assertThat(r.get(AlertKind.FAKE_POLICY).precision()).isEqualTo(0.5);
        // an alert of another kind does not find a group
        assertThat(r.get(AlertKind.REPEAT_CLAIM).precision()).isZero();
        assertThat(r).doesNotContainKey(null);
    }

    @Test
    void aRingAlertCoveringThreeOfFiveIsNotEnough() {
        Map<AlertKind, Evaluation.KindResult> r = Evaluation.compare(LABELS,
                List.of(new Evaluation.Named(AlertKind.RING, List.of("a", "b", "c"))), 0.8);

        assertThat(r.get(AlertKind.RING).found()).isZero();
        assertThat(r.get(AlertKind.RING).correct()).isZero();
    }

    @Test
    void aucCountsTiesAsHalf() {
        assertThat(Evaluation.auc(Map.of("p", 0.9, "n1", 0.1, "n2", 0.2), Set.of("p"))).isEqualTo(1.0);
        assertThat(Evaluation.auc(Map.of("p", 0.1, "n1", 0.9), Set.of("p"))).isZero();
        assertThat(Evaluation.auc(Map.of("p", 0.5, "n1", 0.5), Set.of("p"))).isEqualTo(0.5);
        assertThat(Evaluation.auc(Map.of("n1", 0.5), Set.of())).isNaN();
    }

    @Test
    void alertIdsDeriveFromKindAndSortedKeys() {
        Alert a = Alert.of(AlertKind.REPEAT_CLAIM, 0.8, List.of("C2", "C1"), List.of("C1", "C2"), Map.of());
        Alert b = Alert.of(AlertKind.REPEAT_CLAIM, 0.9, List.of("C1", "C2"), List.of("C2", "C1", "P"), Map.of());
        Alert c = Alert.of(AlertKind.RING, 0.8, List.of("C1", "C2"), List.of("C1", "C2"), Map.of());

        assertThat(a.id()).isEqualTo(b.id()).startsWith("FA-").hasSize(23);
        assertThat(c.id()).isNotEqualTo(a.id());
        assertThat(Alert.of(AlertKind.RING, 1.7, List.of("x"), List.of(), Map.of()).score()).isEqualTo(1.0);
    }
}

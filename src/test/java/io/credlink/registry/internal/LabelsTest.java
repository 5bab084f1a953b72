package io.credlink.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void aPartyIsLabelledByItsName() {
        assertThat(Labels.of("Consumer", "CO1", Map.of("name", "张三", "kind", "PERSON"))).isEqualTo("张三");
    }

    @Test
    void aClaimShowsItsIdIncidentDateAndAmount() {
        assertThat(Labels.of("Claim", "C123", Map.of("incidentDate", "2024-03-01", "amount", 12000.0)))
                .isEqualTo("Claim C123 · 2024-03-01 · 12,000");
        assertThat(Labels.of("Claim", "C124", Map.of("amount", 99.5))).isEqualTo("Claim C124 · 99.5");
    }

    @Test
    void objectsShowTheFactsThatTellThemApart() {
        assertThat(Labels.of("Policy", "P1", Map.of("line", "AUTO", "startDate", "2024-01-01")))
                .isEqualTo("Policy P1 · AUTO · 2024-01-01");
        assertThat(Labels.of("Identifier", "PHONE:13800138000", Map.of("kind", "PHONE", "value", "13800138000")))
                .isEqualTo("PHONE 13800138000");
        assertThat(Labels.of("Sanction", "S1", Map.of("kind", "FINE", "decidedOn", "2024-05-01")))
                .isEqualTo("Sanction S1 · FINE · 2024-05-01");
        assertThat(Labels.of("CreditRecord", "R1", Map.of("kind", "COMPLAINT", "date", "2023-02-01")))
                .isEqualTo("CreditRecord R1 · COMPLAINT · 2023-02-01");
    }

    @Test
    void aPartyWithoutANameFallsBackToTypeAndId() {
        assertThat(Labels.of("Provider", "PV9", Map.of())).isEqualTo("Provider PV9");
    }
}

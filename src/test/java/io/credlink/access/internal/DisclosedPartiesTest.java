package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What of an answer is asked about as a possible party id (the graph then keeps the party ids). */
class DisclosedPartiesTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonStringsKeysAndIdsInsideTextsAreCandidatesDatesAndNumbersAreNot() {
        var candidates = DisclosedParties.candidates(bytes("""
                {"id": "CON1", "asOf": "2025-06-30", "at": "2025-06-30T10:00:00Z", "score": 612,
                 "byParty": {"IMD15": 1}, "path": ["CON1", "PRC7"],
                 "evidence": "shares PHONE:138 with CON9；与CON10共享"}
                """), "application/json");
        assertThat(candidates).contains("CON1", "IMD15", "PRC7", "CON9", "CON10", "byParty")
                .doesNotContain("2025-06-30", "2025-06-30T10:00:00Z", "612", "2025-06-30T10");
    }

    @Test
    void csvCellsAndOtherTextsAreReadToo() {
        assertThat(DisclosedParties.candidates(bytes("id,name,since\nCON1,Li Si,2024-01-01\n"), "text/csv;charset=UTF-8"))
                .contains("id", "CON1", "Li", "Si").doesNotContain("2024-01-01", "Li Si");
        assertThat(DisclosedParties.candidates(bytes("items:\n- id: CON1\n  name: x\n"), "application/yaml"))
                .contains("CON1");
        // a body that is not what its type says is still read as text
        assertThat(DisclosedParties.candidates(bytes("{\"id\": \"CON1\", broken"), "application/json")).contains("CON1");
    }

    @Test
    void idsTheCallNamedAreNotAskedAgain() {
        assertThat(DisclosedParties.candidates(bytes("{\"entityId\": \"CON1\", \"path\": [\"CON1\", \"PRC7\"]}"),
                "application/json", java.util.Set.of("CON1"))).contains("PRC7").doesNotContain("CON1");
        assertThat(DisclosedParties.candidates(new byte[0], "application/json", java.util.Set.of())).isEmpty();
    }
}

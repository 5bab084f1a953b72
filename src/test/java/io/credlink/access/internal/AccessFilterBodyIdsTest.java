package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The ids the audit takes from a JSON body: top-level id fields and id lists, nothing nested. */
class AccessFilterBodyIdsTest {

    final AccessFilter filter = new AccessFilter(null, null, null, null, null, null, null);

    java.util.Set<String> ids(String body) {
        return filter.idsInBody(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void topLevelIdFieldsAndListsInTheirOrder() {
        assertThat(ids("""
                {"asOf": "2026-01-01", "nested": {"entityId": "NOT-ME", "ids": ["NOR-ME"]},
                 "ids": [" A ", {"x": ["NO"]}, "", "B", 7, "A"], "subjectId": "S", "partyId": 12}
                """)).containsExactly("A", "B", "S");
    }

    @Test
    void whatIsNotAJsonObjectNamesNothingAndABrokenBodyKeepsWhatCameBeforeTheError() {
        assertThat(ids("[\"A\"]")).isEmpty();
        assertThat(ids("not json")).isEmpty();
        assertThat(ids("{\"entityId\": \"E\", \"ids\": [\"A\", ")).containsExactly("E", "A");
    }
}

package io.credlink.fraud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;

/**
 * A scan's record and its event commit together; an alert first found by a scan the process died
 * in (never recorded, never announced) counts as found by the next scan, which announces it.
 */
@CredLinkTest
class UnrecordedScanAlertsTest {

    @Autowired
    Driver driver;

    @Autowired
    FraudQueries queries;

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n) WHERE (n:FraudAlert AND n.id STARTS WITH 'URS-') OR (n:FraudScan AND n.id STARTS WITH 'URS-') "
                + "DETACH DELETE n").execute();
    }

    void merge(String scanId, String... alertIds) {
        List<Map<String, Object>> alerts = java.util.Arrays.stream(alertIds).map(id -> Map.<String, Object>of("id", id,
                "kind", "SHARED_IDENTIFIER", "score", 0.9, "entityIds", List.of(), "memberIds", List.of(),
                "claimIds", List.of(), "evidence", "{}")).toList();
        queries.write("mergeAlerts", Map.of("scanId", scanId, "now", OffsetDateTime.now(), "alerts", alerts));
    }

    String firstScan(String alertId) {
        return driver.executableQuery("MATCH (a:FraudAlert {id: $id}) RETURN a.firstScanId AS s")
                .withParameters(Map.of("id", alertId)).execute().records().get(0).get("s").asString();
    }

    @Test
    void anAlertOfAScanThatWasNeverRecordedIsFirstFoundByTheNextScan() {
        merge("URS-1", "URS-A");
        queries.write("createScan", Map.of("scan", Map.of("id", "URS-1", "tookMs", 1L)));
        merge("URS-2", "URS-A", "URS-B"); // the process dies in scan URS-2: it is never recorded
        merge("URS-3", "URS-A", "URS-B");

        assertThat(firstScan("URS-A")).as("found by a recorded scan: announced then").isEqualTo("URS-1");
        assertThat(firstScan("URS-B")).as("its first scan was never recorded").isEqualTo("URS-3");
    }
}

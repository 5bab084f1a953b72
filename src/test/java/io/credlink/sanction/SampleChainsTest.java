package io.credlink.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import io.credlink.sanction.PropagationView.Affected;

/**
 * The shipped sample (datasets/sample) holds a chain for each default rule, the ones the README
 * walk-through shows, and propagation finds exactly the parties its ground truth labels.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleChainsTest {

    static final Path SAMPLE = Path.of("datasets", "sample");
    static final LocalDate REFERENCE = LocalDate.of(2025, 6, 30);

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @Autowired
    SanctionService sanctions;

    @BeforeAll
    void load() {
        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(SAMPLE, ImportProgress.NONE);
    }

    @AfterAll
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    Map<String, Set<String>> reachedByRule(String sanctionId) {
        return sanctions.propagation(sanctionId, REFERENCE).affected().stream().collect(Collectors.groupingBy(
                Affected::rule, TreeMap::new, Collectors.mapping(Affected::entityId, Collectors.toCollection(TreeSet::new))));
    }

    @Test
    void theWalkThroughChainsCoverEveryDefaultRule() {
        assertThat(reachedByRule("SAN00000001")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "R1", Set.of("PRC00000111", "PRC00000112"),
                "R3", Set.of("IMD0000016", "IMD0000017"))));
        assertThat(reachedByRule("SAN00000002")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "R2", Set.of("IMD0000019", "INS0007"))));
        assertThat(reachedByRule("SAN00000003")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "R4", Set.of("CON000000519", "CON000000520"))));
        assertThat(sanctions.restrictions("PRC00000113", REFERENCE).restrictions()).isEmpty();
    }

    /** The SANCTION_CHAIN groups of the ground truth: group id to its entity ids. */
    static Map<String, Set<String>> labelledChains() throws IOException {
        Map<String, Set<String>> groups = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(SAMPLE.resolve("truth/labels.csv"))) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (row.get("kind").equals("SANCTION_CHAIN")) {
                    groups.computeIfAbsent(row.get("group_id"), g -> new TreeSet<>()).add(row.get("entity_id"));
                }
            }
        }
        return groups;
    }

    static String sanctionOf(Set<String> group) {
        return group.stream().filter(id -> id.startsWith("SAN")).findFirst().orElseThrow();
    }

    @Test
    void everyLabelledSanctionChainIsWhatPropagationAndRestrictionsFind() throws IOException {
        Map<String, Set<String>> groups = labelledChains();
        assertThat(groups).isNotEmpty();
        for (Set<String> group : groups.values()) {
            String sanctionId = sanctionOf(group);
            SanctionView sanction = sanctions.find(sanctionId);
            List<Affected> affected = sanctions.propagation(sanctionId, REFERENCE).affected();
            Set<String> expected = new TreeSet<>(group);
            expected.remove(sanctionId);
            expected.remove(sanction.subjectId());
            Set<String> reached = new TreeSet<>(affected.stream().map(Affected::entityId).toList());
            assertThat(reached).as(sanctionId).isEqualTo(expected);
            for (Affected a : affected) {
                assertThat(sanctions.restrictions(a.entityId(), REFERENCE).restrictions())
                        .as(a.entityId())
                        .anySatisfy(r -> {
                            assertThat(r.sanctionId()).isEqualTo(sanctionId);
                            assertThat(r.rule()).isEqualTo(a.rule());
                            assertThat(r.path()).isEqualTo(a.path());
                        });
            }
        }
    }

    @Test
    void everyBlacklistingSanctionInForceOnTheReferenceDateBelongsToALabelledChain() throws IOException {
        Set<String> black = sanctions.blackList(REFERENCE, 0, 0).items().stream().map(BlackListEntry::sanctionId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> labelled = labelledChains().values().stream().map(SampleChainsTest::sanctionOf)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(black).isNotEmpty().isEqualTo(labelled);
    }
}

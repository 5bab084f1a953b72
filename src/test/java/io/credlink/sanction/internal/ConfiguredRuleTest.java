package io.credlink.sanction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.graph.CypherCatalog;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.PropagationView.Affected;
import io.credlink.sanction.SanctionFixtures;

/**
 * A regulator's own rule, added through {@code credlink.sanctions.rules-file}, propagates on the
 * shared graph; a rule's fan-out limit truncates hubs and says so.
 */
@CredLinkTest
class ConfiguredRuleTest {

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalog catalog;

    @Autowired
    Sanctions sanctions;

    @Autowired
    io.credlink.resolution.ResolvedMembers members;

    @TempDir
    Path dir;

    @BeforeEach
    void fixture() {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
        driver.executableQuery("""
                MATCH (ag1:Intermediary {id: 'AG1'}), (ag2:Intermediary {id: 'AG2'}), (ins1:Insurer {id: 'INS1'})
                CREATE (ag1)-[:CONTRACTED_WITH {from: date('2020-01-01')}]->(ins1)
                CREATE (ag2)-[:CONTRACTED_WITH {from: date('2020-01-01'), to: date('2022-12-31')}]->(ins1)
                """).execute();
    }

    @AfterEach
    void clean() {
        SanctionFixtures.clear(driver);
    }

    PropagationEngine engine(String yaml) throws IOException {
        Path file = dir.resolve("rules.yml");
        Files.writeString(file, yaml);
        RuleBook book = new RuleBook(RuleBookTest.properties(Map.of("credlink.sanctions.rules-file", file.toString())),
                catalog);
        return new PropagationEngine(driver, book, new ResolvedEntities(driver, members, catalog), catalog);
    }

    PropagationView propagate(PropagationEngine engine, String sanctionId, String asOf) {
        return engine.propagate(Sanctions.facts(sanctions.find(sanctionId).orElseThrow()), LocalDate.parse(asOf));
    }

    @Test
    void aRuleAddedInTheRulesFileIsApplied() throws IOException {
        PropagationEngine engine = engine("""
                rules:
                  - id: R5
                    description: intermediaries under contract with a blacklisted insurer are reviewed
                    trigger: {subject-types: [Insurer], blacklist: true, min-severity: 4}
                    steps:
                      - {relationships: [CONTRACTED_WITH], direction: INCOMING, in-force-on: QUERY_DATE, to: [Intermediary]}
                    target: [Intermediary]
                    measure: CONTRACT_REVIEW
                    partner-measures:
                      - {department: Insurers, restrictions: [no new agency contracts]}
                """);

        PropagationView view = propagate(engine, "S-INS1", "2023-01-01");

        assertThat(view.affected()).filteredOn(a -> a.rule().equals("R5"))
                .extracting(Affected::entityId, Affected::measure, Affected::path)
                .containsExactly(tuple("AG1", "CONTRACT_REVIEW", List.of("INS1", "AG1")));
        assertThat(view.affected()).filteredOn(a -> a.rule().equals("R5")).first()
                .satisfies(a -> assertThat(a.partnerMeasures()).singleElement()
                        .satisfies(p -> assertThat(p.department()).isEqualTo("Insurers")));
        // AG2's contract ended 2022-12-31
        assertThat(propagate(engine, "S-INS1", "2022-12-31").affected()).filteredOn(a -> a.rule().equals("R5"))
                .extracting(Affected::entityId).containsExactly("AG1", "AG2");
        // the default rules still run beside it
        assertThat(view.affected()).extracting(Affected::rule).contains("R1", "R3");
        // and restrictions see it too
        assertThat(engine.candidates("AG1", "Intermediary", LocalDate.parse("2023-01-01"))).contains("S-INS1");
    }

    @Test
    void aRuleCutsAHubAtItsFanOutLimitAndSaysSo() throws IOException {
        PropagationEngine engine = engine("""
                rules:
                  - id: R1
                    trigger: {subject-types: [Insurer, Intermediary], blacklist: true}
                    steps:
                      - {relationships: [AFFILIATED_WITH], direction: INCOMING, roles: [EXECUTIVE, LEGAL_REPRESENTATIVE], in-force-on: DECISION_DATE, to: [Practitioner]}
                    target: [Practitioner]
                    measure: OFFICE_BAN
                    max-fan-out: 2
                """);

        PropagationView view = propagate(engine, "S-INS1", "2023-01-01");

        assertThat(view.affected()).filteredOn(a -> a.rule().equals("R1")).extracting(Affected::entityId)
                .containsExactly("P1", "P2");
        assertThat(view.truncated()).extracting(PropagationView.Truncation::rule, PropagationView.Truncation::entityId,
                PropagationView.Truncation::limit).containsExactly(tuple("R1", "INS1", 2));
    }
}

package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.credit.CounterpartyCheckRequest;
import io.credlink.credit.CounterpartyCheckView;
import io.credlink.graph.ReadModelRefresher;
import io.credlink.resolution.Decision;
import io.credlink.resolution.DecisionRequest;
import io.credlink.resolution.ResolutionService;

/**
 * The in-memory model of what counterparty checks read: the same rows as the
 * checkCounterparties query on every day a sanction starts or ends; for every kind of change a
 * writer can make, the parties it names answer nothing while it is open and are then patched to
 * what the graph says (rebuilt when they are too many); a check of a resolved entity's members
 * answers alike from the model and from the query. The fixture is written around the
 * application, so each test starts with a full rebuild ({@link CheckReadModelWritePathsTest}
 * drives the application's own writers).
 */
@CredLinkTest
class CheckReadModelTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2024-01-09"), LocalDate.parse("2024-01-10"),
            LocalDate.parse("2024-06-30"), LocalDate.parse("2024-07-01"), LocalDate.parse("2024-12-31"),
            LocalDate.parse("2025-01-01"), LocalDate.now());

    @Autowired
    Driver driver;

    @Autowired
    CheckReadModel model;

    /** The graph path of a check: stored rows plus the sanctions in force from the sanction module. */
    @Autowired
    CounterpartyChecks checks;

    @Autowired
    ResolutionService resolution;

    String prefix;
    List<String> ids;

    @BeforeEach
    void setUp() {
        prefix = "CRM-" + System.nanoTime() + "-";
        ids = List.of(prefix + "C1", prefix + "AG1", prefix + "P1", prefix + "UNKNOWN", prefix + "H1", prefix + "H2");
        write("""
                CREATE (c:Entity:Party:Consumer {id: $p + 'C1', name: 'Consumer'})
                CREATE (a:Entity:Party:Intermediary {id: $p + 'AG1', name: 'Agency'})
                CREATE (:Entity:Party:Practitioner {id: $p + 'P1', name: 'Agent'})
                CREATE (:CreditScore {entityId: $p + 'C1', entityType: 'Consumer', score: 480, grade: 'D',
                        exposures: '[{"entityId":"X","hops":1,"path":["X"]}]', restricted: true})
                CREATE (:CreditScore {entityId: $p + 'AG1', entityType: 'Intermediary', score: 812, grade: 'A'})
                CREATE (s1:Entity:Sanction {id: $p + 'S1', kind: 'FINE', severity: 3, blacklist: false, authority: 'NFRA',
                        effectiveFrom: date('2024-01-10'), effectiveTo: date('2024-06-30'), disputed: false})
                CREATE (s2:Entity:Sanction {id: $p + 'S2', kind: 'BAN_FROM_INDUSTRY', severity: 5, blacklist: true,
                        authority: 'NFRA', effectiveFrom: date('2024-01-10'), withdrawn: true, disputed: false})
                CREATE (s3:Entity:Sanction {id: $p + 'S3', kind: 'OTHER', severity: 4, blacklist: true, authority: 'MOF',
                        effectiveFrom: date('2025-01-01'), disputed: true})
                CREATE (s4:Entity:Sanction {id: $p + 'S0', kind: 'WARNING', severity: 1, blacklist: false, authority: 'NFRA',
                        effectiveFrom: date('2024-01-09'), effectiveTo: date('2024-01-10')})
                CREATE (s1)-[:AGAINST]->(c)
                CREATE (s2)-[:AGAINST]->(c)
                CREATE (s3)-[:AGAINST]->(c)
                CREATE (s4)-[:AGAINST]->(c)
                CREATE (s3)-[:AGAINST]->(a)
                """);
    }

    /** Its scores lack what a recomputation reads: left behind, they would fail the next one. */
    @org.junit.jupiter.api.AfterEach
    void clean() {
        write("MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n");
        write("MATCH (s:CreditScore) WHERE s.entityId STARTS WITH $p DELETE s");
    }

    @Test
    void answersWhatTheCheckQueryAnswersOnEveryBoundaryDay() {
        awaitRebuilt();
        for (LocalDate day : DAYS) {
            Map<String, CreditQueries.CheckRow> fromModel = model.rows(ids, day);
            Map<String, CreditQueries.CheckRow> fromGraph = checks.fromGraph(new java.util.LinkedHashSet<>(ids), day);
            assertThat(fromModel).as("model on %s", day).isNotNull();
            assertThat(fromModel).as("on %s", day).isEqualTo(fromGraph);
        }
        // what the rows hold, so that equal-but-empty answers cannot pass
        CreditQueries.CheckRow c1 = model.rows(ids, LocalDate.parse("2024-01-10")).get(prefix + "C1");
        assertThat(c1.found()).isTrue();
        assertThat(c1.type()).isEqualTo("Consumer");
        assertThat(c1.score()).isEqualTo(480);
        assertThat(c1.restricted()).isTrue();
        assertThat(c1.activeSanctions()).extracting(s -> s.sanctionId()).containsExactly(prefix + "S0", prefix + "S1");
        assertThat(model.rows(ids, LocalDate.parse("2025-01-01")).get(prefix + "C1").activeSanctions())
                .extracting(s -> s.sanctionId()).containsExactly(prefix + "S3");
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "P1").score()).isNull();
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "UNKNOWN").found()).isFalse();
    }

    @Test
    void aCheckOfAResolvedEntitysMembersAnswersAlikeFromTheModelAndTheQuery() {
        write("""
                CREATE (:Entity:Party:Consumer {id: $p + 'C2', name: 'Consumer', kind: 'PERSON'})
                CREATE (:CreditScore {entityId: $p + 'C2', entityType: 'Consumer', score: 905, grade: 'A'})
                """);
        resolution.decide(new DecisionRequest(prefix + "C2", prefix + "C1", Decision.SAME, "the same person"), "test");
        awaitRebuilt();
        List<String> asked = List.of(prefix + "C2", prefix + "C1", prefix + "AG1", prefix + "UNKNOWN");
        for (LocalDate day : DAYS) {
            CounterpartyCheckRequest request = new CounterpartyCheckRequest(asked, day);
            CounterpartyCheckView fromModel = checks.check(request, true);
            assertThat(model.current()).as("answered from the model on %s", day).isTrue();
            assertThat(fromModel).as("on %s", day).isEqualTo(checks.check(request, false));
        }
        // what the answers hold, so that equal-but-empty answers cannot pass
        CounterpartyCheckView.Result c2 = checks.check(new CounterpartyCheckRequest(asked, LocalDate.parse("2024-01-10")), true)
                .results().get(0);
        assertThat(c2.resolvedId()).isEqualTo(prefix + "C1");
        assertThat(c2.activeSanctions()).extracting(s -> s.sanctionId() + "@" + s.subjectId())
                .containsExactly(prefix + "S0@" + prefix + "C1", prefix + "S1@" + prefix + "C1");
        assertThat(c2.blacklisted()).isFalse();
        assertThat(c2.score()).isEqualTo(905);
        assertThat(c2.grade()).isEqualTo("A");
        List<CounterpartyCheckView.Result> later = checks.check(new CounterpartyCheckRequest(asked, LocalDate.parse("2025-01-01")), true)
                .results();
        // the blacklisting of C1 is C2's: grade D and the cap, on C2's own score
        assertThat(later.get(0).blacklisted()).isTrue();
        assertThat(later.get(0).grade()).isEqualTo("D");
        assertThat(later.get(0).score()).isEqualTo(499);
        assertThat(later.get(0).activeSanctions()).extracting(s -> s.subjectId()).containsExactly(prefix + "C1");
        assertThat(later.get(1).resolvedId()).isEqualTo(prefix + "C1");
        assertThat(later.get(1).score()).isEqualTo(480);
        // a party alone: its own id and only its own sanctions
        assertThat(later.get(2).resolvedId()).isEqualTo(prefix + "AG1");
        assertThat(later.get(2).activeSanctions()).extracting(s -> s.sanctionId() + "@" + s.subjectId())
                .containsExactly(prefix + "S3@" + prefix + "AG1");
        assertThat(later.get(3).found()).isFalse();
        assertThat(later.get(3).resolvedId()).isNull();
    }

    @Test
    void everyChangeAWriterNamesIsNotServedUntilPatchedToWhatTheGraphSays() {
        // each write with the parties its writer names
        List<List<String>> writes = List.of(
                List.of("MATCH (p:Party {id: $p + 'P1'}) CREATE (:Entity:Sanction {id: $p + 'S9', kind: 'FINE', severity: 2,"
                        + " blacklist: false, effectiveFrom: date('2024-01-01')})-[:AGAINST]->(p)", "P1"),
                List.of("MATCH (s:Sanction {id: $p + 'S1'}) SET s.withdrawn = true", "C1"),
                List.of("MATCH (s:Sanction {id: $p + 'S3'})-[r:AGAINST]->(:Party {id: $p + 'AG1'}) DELETE r", "AG1"),
                List.of("MATCH (s:CreditScore {entityId: $p + 'AG1'}) SET s.score = 640, s.grade = 'C'", "AG1"),
                List.of("MATCH (p:Party {id: $p + 'P1'}) CREATE (:CreditScore {entityId: p.id, score: 700, grade: 'B'})", "P1"),
                List.of("MATCH (s:Sanction {id: $p + 'S9'}) DETACH DELETE s", "P1"),
                List.of("MATCH (s:Sanction {id: $p + 'S2'}) REMOVE s:Sanction", "C1"),
                List.of("MATCH (s:Entity {id: $p + 'S2'}) SET s:Sanction", "C1"),
                List.of("MATCH (s:CreditScore {entityId: $p + 'C1'}) SET s.exposures = null, s.restricted = false", "C1"),
                List.of("CREATE (:Entity:Party:Provider {id: $p + 'H1', name: 'Garage'})", "H1"),
                List.of("MATCH (p:Party {id: $p + 'H1'}) SET p.id = $p + 'H2'", "H1", "H2"),
                List.of("MATCH (p:Party {id: $p + 'H2'}) REMOVE p:Provider SET p:Intermediary", "H2"),
                List.of("MATCH (p:Party {id: $p + 'H2'}) DETACH DELETE p", "H2"));
        awaitRebuilt();
        CheckReadModel.Status start = model.status();
        for (List<String> w : writes) {
            String write = w.get(0);
            List<String> named = w.subList(1, w.size()).stream().map(k -> prefix + k).toList();
            int patches = model.status().patches();
            try (var change = model.begin(ReadModelRefresher.Touched.keys(named))) {
                assertThat(model.rows(named, LocalDate.now())).as("while %s is open", write).isNull();
                assertThat(model.current()).as(write).isFalse();
                write(write);
                assertThat(model.refresh()).as("no patch while the writer is open").isFalse();
            }
            assertThat(model.rows(ids, LocalDate.now())).as("committed, not patched: %s", write).isNull();
            awaitCurrent();
            assertThat(model.status().patches()).as("patched, not rebuilt, after %s", write).isEqualTo(patches + 1);
            for (LocalDate day : DAYS) {
                assertThat(model.rows(ids, day)).as("after %s on %s", write, day)
                        .isEqualTo(checks.fromGraph(new java.util.LinkedHashSet<>(ids), day));
            }
        }
        assertThat(model.status().builtAt()).isEqualTo(start.builtAt());
        assertThat(model.status().parties()).isEqualTo(start.parties());
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "AG1").grade()).isEqualTo("C");
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "AG1").activeSanctions()).isEmpty();
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "P1").score()).isEqualTo(700);
    }

    @Test
    void partiesNoWriterIsChangingAreServedMeanwhile() {
        awaitRebuilt();
        try (var change = model.begin(ReadModelRefresher.Touched.keys(List.of(prefix + "C1")))) {
            assertThat(model.rows(List.of(prefix + "C1", prefix + "AG1"), LocalDate.now())).isNull();
            Map<String, CreditQueries.CheckRow> others = model.rows(List.of(prefix + "AG1", prefix + "P1"), LocalDate.now());
            assertThat(others).isEqualTo(checks.fromGraph(new java.util.LinkedHashSet<>(List.of(prefix + "AG1", prefix + "P1")),
                    LocalDate.now()));
        }
        awaitCurrent();
    }

    @Test
    void aWriteTouchingMorePartiesThanItPatchesRebuildsIt() {
        awaitRebuilt();
        try (var change = model.begin(ReadModelRefresher.Touched.keys(List.of(prefix + "AG1")))) {
            write("MATCH (s:CreditScore {entityId: $p + 'AG1'}) SET s.score = 811");
        }
        awaitCurrent();
        CheckReadModel.Status before = model.status();
        assertThat(before.patches()).isPositive();
        // one more than credlink.credit.check-read-model.max-patch-parties (10,000)
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 10001).mapToObj(i -> prefix + "MANY-" + i).toList();
        try (var change = model.begin(ReadModelRefresher.Touched.keys(many))) {
            assertThat(model.status().current()).as("nothing served while so many change").isFalse();
            write("UNWIND range(1, 10001) AS i CREATE (:Entity:Party:Consumer {id: $p + 'MANY-' + i, name: 'Consumer ' + i})");
        }
        awaitCurrent();
        CheckReadModel.Status after = model.status();
        assertThat(after.builtAt()).as("rebuilt").isAfter(before.builtAt());
        assertThat(after.parties()).isEqualTo(before.parties() + 10001);
        assertThat(model.rows(List.of(prefix + "MANY-1", prefix + "MANY-10001"), LocalDate.now()).values())
                .allSatisfy(row -> assertThat(row.found()).isTrue());
        try (var change = model.begin(ReadModelRefresher.Touched.EVERYTHING)) {
            write("MATCH (p:Party) WHERE p.id STARTS WITH $p + 'MANY-' DETACH DELETE p");
        }
        awaitCurrent();
        assertThat(model.status().parties()).isEqualTo(before.parties());
    }

    /** The fixture was written around the application: rebuilds from the graph. */
    private void awaitRebuilt() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!model.rebuildNow() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        awaitCurrent();
    }

    /** Patches now; retries while a writer (a background recomputation) is still open. */
    private void awaitCurrent() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!model.refresh() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(model.current()).isTrue();
    }

    private void write(String cypher) {
        driver.executableQuery(cypher).withParameters(Map.of("p", prefix)).execute();
    }
}

package io.credlink.sanction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.CurrentUser;
import io.credlink.access.Role;
import io.credlink.resolution.Decision;
import io.credlink.resolution.DecisionRequest;
import io.credlink.resolution.ResolutionService;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import io.credlink.sanction.CreditRecordRequest;
import io.credlink.sanction.EarlyEndRequest;
import io.credlink.sanction.RecordKind;
import io.credlink.sanction.ObjectionOutcome;
import io.credlink.sanction.ObjectionRequest;
import io.credlink.sanction.ObjectionResolutionRequest;
import io.credlink.sanction.ObjectionService;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.RestrictionsView;
import io.credlink.sanction.RestrictionsView.Restriction;
import io.credlink.sanction.SanctionFixtures;
import io.credlink.sanction.SanctionKind;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionService;
import io.credlink.sanction.WithdrawalRequest;

/**
 * The restrictions projection answers exactly what propagation says: compared, for every party
 * and sanction of the fixture, on every day a relationship window or a sanction starts or ends
 * and the days either side, with the live restrictions and with the propagation of every
 * sanction (one party at a time and all parties in one read, the parties all sanctions reach, and
 * each sanction's whole propagation answer, hub cuts included); after changes it reads live (withdrawal, early end, objections) and after the
 * application's changes that make it stale until a rebuild (imported relationships, new
 * sanctions); and with parties resolved together (one party: restrictions of every member),
 * patched on each resolution decision. Writes around the application (the fixture, a moved
 * window, a changed identifier kind) are seen at the next full rebuild.
 */
@CredLinkTest
class RestrictionsProjectionTest {

    @Autowired
    SanctionService sanctions;

    @Autowired
    ObjectionService objections;

    @Autowired
    RestrictionsProjection projection;

    @Autowired
    PropagationEngine engine;

    @Autowired
    ResolutionService resolution;

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @BeforeEach
    void fixture() {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
    }

    @AfterEach
    void clean() {
        SanctionFixtures.clear(driver);
    }

    /** sanction, rule, path, disputed: what a restriction and a propagation entry have in common. */
    record Measure(String sanctionId, String rule, String measure, List<String> path, boolean disputed) {
    }

    @Test
    void theProjectionOfTheFixtureIsWhatPropagationSaysOnEveryBoundaryDay() {
        rebuild();
        assertSameAsPropagation("fresh fixture");
    }

    @Test
    void withdrawalEarlyEndAndObjectionsAreReadLiveWithoutARebuild() {
        rebuild();
        long changes = projection.changeCount();
        sanctions.withdraw("S-C1", new WithdrawalRequest("annulled"), "reg");
        sanctions.endEarly("S-Q1", new EarlyEndRequest(LocalDate.parse("2024-06-30"), "repaired"), "reg");
        // INS1 objects: its sanction is disputed; AG3's objection is upheld, so S-DISPUTED is withdrawn
        objections.file(new ObjectionRequest("S-INS1", "wrong firm"), subject("INS1"));
        var upheld = objections.file(new ObjectionRequest("S-DISPUTED", "annulled by the court"), subject("AG3"));
        objections.resolve(upheld.id(), new ObjectionResolutionRequest(ObjectionOutcome.UPHELD, "court ruling"), "reg");

        assertThat(projection.changeCount()).as("these changes leave the projection current").isEqualTo(changes);
        assertThat(projection.current()).isTrue();
        assertThat(projection.restrictions("AG1", LocalDate.parse("2023-01-01")).restrictions().orElseThrow())
                .extracting(Restriction::sanctionId, Restriction::disputed).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S-INS1", true));
        assertThat(projection.restrictions("P10", LocalDate.parse("2023-06-01")).restrictions().orElseThrow())
                .as("the upheld objection withdrew S-DISPUTED").isEmpty();
        assertSameAsPropagation("after withdrawal, early end and objections");
    }

    @Test
    void anImportedRelationshipMakesItStaleUntilRebuiltAndTheFacadeStaysRightMeanwhile() throws Exception {
        rebuild();
        long changes = projection.changeCount();
        // P6 (an R1 person of INS1) becomes an executive of AG2: R3 now reaches AG2 from 2023-03-01
        Path dir = Files.createTempDirectory("projection-import");
        Files.writeString(dir.resolve("affiliations.csv"),
                "person_id,org_id,role,from,to\nP6,AG2,EXECUTIVE,2023-03-01,2023-09-30\n");
        assertThat(imports.importDirectory(dir, ImportProgress.NONE).imported()).isEqualTo(1);

        assertThat(projection.changeCount()).as("an import").isGreaterThan(changes);
        if (!projection.current()) { // unless the background rebuild has run already
            assertThat(projection.restrictions("AG2", LocalDate.parse("2023-03-01")).served()).isFalse();
        }
        assertThat(sanctions.restrictions("AG2", LocalDate.parse("2023-03-01")).restrictions())
                .extracting(Restriction::sanctionId, Restriction::rule, Restriction::path)
                .contains(org.assertj.core.groups.Tuple.tuple("S-INS1", "R3", List.of("INS1", "P6", "AG2")));
        refreshed();
        assertThat(projection.restrictions("AG2", LocalDate.parse("2023-03-01")).restrictions().orElseThrow())
                .extracting(Restriction::sanctionId, Restriction::rule).contains(org.assertj.core.groups.Tuple.tuple("S-INS1", "R3"));
        assertSameAsPropagation("after an imported affiliation");
    }

    @Test
    void aNewSanctionIsPatchedInWithoutARebuildAndWritesAroundTheApplicationAtTheNextFullRebuild() {
        rebuild();
        long changes = projection.changeCount();
        driver.executableQuery("MATCH (:Practitioner {id: 'P2'})-[r:AFFILIATED_WITH]->(:Party {id: 'AG2'}) SET r.to = date('2025-03-31')")
                .execute();
        driver.executableQuery("MATCH (i:Identifier {id: 'EMAIL:c1@example.com'}) SET i.kind = 'PHONE'").execute();
        assertThat(projection.changeCount()).as("written around the application: not seen").isEqualTo(changes);
        assertThat(projection.current()).isTrue();
        rebuild();
        assertSameAsPropagation("after a moved window and a changed kind, rebuilt");
        changes = projection.changeCount();
        long builds = projection.builds();
        sanctions.record(new SanctionRequest("S-P2", "P2", "NFRA Shanghai", SanctionKind.BAN_FROM_INDUSTRY, 5, true,
                LocalDate.parse("2023-12-15"), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-10-31"), "fraud"), "reg");
        assertThat(projection.changeCount()).as("a new sanction changes nothing else a propagation reads").isEqualTo(changes);
        if (!projection.current()) { // unless the background patch has run already
            assertThat(projection.restrictions("AG2", LocalDate.parse("2024-06-30")).served())
                    .as("not served between the sanction's commit and its patch").isFalse();
        }
        refreshed();
        assertThat(projection.builds()).as("patched in, not rebuilt").isEqualTo(builds);
        assertThat(projection.restrictions("AG2", LocalDate.parse("2024-06-30")).restrictions().orElseThrow())
                .extracting(Restriction::sanctionId).contains("S-P2");
        assertSameAsPropagation("after changed windows, kinds and a new sanction");
    }

    @Test
    void sanctionsRecordedOneByOneArePatchedInAndAnswerWhatPropagationSays() {
        SanctionFixtures.buildDuplicates(driver);
        resolution.decide(new DecisionRequest("Q1", "Q1B", Decision.SAME, "one person"), "analyst");
        resolution.decide(new DecisionRequest("P1", "P12", Decision.SAME, "one person"), "analyst");
        rebuild();
        long builds = projection.builds();
        long changes = projection.changeCount();
        // an insurer (R1, then R3 from its executives), a practitioner with a second record (R2 from
        // both), a consumer sharing a phone (R4), a firm whose executive has a second record, and a
        // second sanction on a party already sanctioned
        List<SanctionRequest> recorded = List.of(
                new SanctionRequest("S-N1", "INS2", "NFRA Beijing", SanctionKind.LICENSE_REVOKED, 5, true,
                        LocalDate.parse("2023-03-01"), LocalDate.parse("2023-04-01"), null, "insolvent"),
                new SanctionRequest("S-N2", "Q1B", "NFRA Beijing", SanctionKind.BAN_FROM_INDUSTRY, 5, true,
                        LocalDate.parse("2022-05-01"), LocalDate.parse("2022-06-01"), LocalDate.parse("2024-05-31"), "fraud"),
                new SanctionRequest("S-N3", "C2", "NFRA Beijing", SanctionKind.OTHER, 3, true,
                        LocalDate.parse("2023-01-15"), LocalDate.parse("2023-02-01"), null, "fraud"),
                new SanctionRequest("S-N4", "AG1", "NFRA Beijing", SanctionKind.LICENSE_SUSPENDED, 4, true,
                        LocalDate.parse("2022-02-01"), LocalDate.parse("2022-03-01"), LocalDate.parse("2023-12-31"), "misconduct"),
                new SanctionRequest("S-N5", "INS1", "NFRA Beijing", SanctionKind.FINE, 2, false,
                        LocalDate.parse("2023-05-01"), LocalDate.parse("2023-05-01"), null, "late reports"));
        for (SanctionRequest r : recorded) {
            sanctions.record(r, "reg");
            refreshed();
            assertThat(projection.restrictions("INS2", LocalDate.parse("2023-06-01")).served()).isTrue();
        }
        assertThat(projection.builds()).as("each sanction patched in, none rebuilt").isEqualTo(builds);
        assertThat(projection.changeCount()).isEqualTo(changes);
        assertThat(projection.restrictions("P12", LocalDate.parse("2022-03-15")).restrictions().orElseThrow())
                .extracting(Restriction::sanctionId).contains("S-N4");
        assertSameAsPropagation("five sanctions recorded one by one");
    }

    @Test
    void aCreditRecordLeavesItCurrent() {
        rebuild();
        long changes = projection.changeCount();
        sanctions.recordCreditRecord(new CreditRecordRequest("REC-TMP", "INS1", RecordKind.COMPLAINT,
                LocalDate.parse("2023-01-01"), 2, "a complaint"), "reg");
        assertThat(projection.changeCount()).as("a record no rule follows").isEqualTo(changes);
        assertThat(projection.current()).isTrue();
        assertSameAsPropagation("after a credit record");
    }

    @Test
    void resolvedEntitiesArePatchedOnEachDecisionAndAnswerWhatPropagationFromEveryMemberSays() {
        SanctionFixtures.buildDuplicates(driver);
        // P12, P1's other record, is an executive of INS2: once they are one person S-INS1's R3 goes on from P12
        driver.executableQuery("""
                MATCH (p:Practitioner {id: 'P12'}), (o:Insurer {id: 'INS2'})
                CREATE (p)-[:AFFILIATED_WITH {role: 'EXECUTIVE', from: date('2021-06-01'), to: date('2023-04-30')}]->(o)""")
                .execute();
        rebuild();
        assertSameAsPropagation("duplicates not yet resolved");
        long changes = projection.changeCount();
        for (String[] pair : List.of(new String[] {"Q1", "Q1B"}, new String[] {"AG3", "AG4"},
                new String[] {"P1", "P12"}, new String[] {"C1", "C5"})) {
            resolution.decide(new DecisionRequest(pair[0], pair[1], Decision.SAME, "one person"), "analyst");
        }
        assertThat(projection.changeCount()).as("resolution writes no relationship a rule follows").isEqualTo(changes);
        assertThat(projection.current()).as("patched on ResolutionCompleted, not rebuilt").isTrue();
        assertThat(projection.restrictions("INS1", LocalDate.parse("2023-03-01")).restrictions().orElseThrow())
                .extracting(Restriction::sanctionId, Restriction::path, Restriction::viaMember)
                .contains(org.assertj.core.groups.Tuple.tuple("S-Q1", List.of("Q1B", "INS1"), "Q1B"));
        assertThat(projection.restrictions("INS2", LocalDate.parse("2022-07-01")).restrictions().orElseThrow())
                .as("the chain passes through the second member record P12")
                .extracting(Restriction::sanctionId, Restriction::rule, Restriction::hops, Restriction::path)
                .contains(org.assertj.core.groups.Tuple.tuple("S-INS1", "R3", 2, List.of("INS1", "P1", "P12", "INS2")));
        assertSameAsPropagation("four entities resolved");

        resolution.decide(new DecisionRequest("C1", "C5", Decision.DIFFERENT, "twins"), "analyst");
        assertThat(projection.current()).isTrue();
        assertThat(projection.restrictions("C5", LocalDate.parse("2023-06-01")).restrictions().orElseThrow())
                .extracting(Restriction::sanctionId, Restriction::rule, Restriction::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S-C1", "R4", "C5"));
        assertSameAsPropagation("after a DIFFERENT decision split C1 and C5");
    }

    @Test
    void anUnknownPartyIsAnsweredAsUnknown() {
        rebuild();
        assertThat(projection.restrictions("NOBODY", LocalDate.parse("2023-01-01"))).satisfies(a -> {
            assertThat(a.served()).isTrue();
            assertThat(a.restrictions()).isEmpty();
        });
    }

    /** A full rebuild, as the periodic one: sees what was written around the application too. */
    void rebuild() {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!projection.rebuildNow()) {
            assertThat(System.nanoTime()).as("the projection could be rebuilt").isLessThan(until);
            Thread.onSpinWait();
        }
        assertThat(projection.current()).isTrue();
    }

    /** Brings the projection up to date after the application's changes. */
    void refreshed() {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!projection.refresh()) {
            assertThat(System.nanoTime()).as("the projection could be rebuilt").isLessThan(until);
            Thread.onSpinWait();
        }
        assertThat(projection.current()).isTrue();
    }

    /**
     * For every boundary day and every party: the projection's answer equals the live one (same
     * restrictions, same order) and holds exactly the measures propagation of every sanction puts
     * on the party.
     */
    void assertSameAsPropagation(String situation) {
        List<String> sanctionIds = ids("MATCH (s:Sanction) RETURN s.id AS id ORDER BY id");
        List<String> partyIds = ids("MATCH (p:Party) RETURN p.id AS id ORDER BY id");
        // resolution's storage: members other than the smallest carry its id as resolvedId
        Map<String, String> entityOf = new HashMap<>();
        driver.executableQuery("MATCH (p:Party) RETURN p.id AS id, coalesce(p.resolvedId, p.id) AS rid").execute()
                .records().forEach(r -> entityOf.put(r.get("id").asString(), r.get("rid").asString()));
        int compared = 0;
        for (LocalDate day : boundaryDays()) {
            List<Measure> byPropagation = new ArrayList<>();
            for (String s : sanctionIds) {
                // live propagation is the truth; the service answers from the projection while it is current
                PropagationView live = engine.propagate(s, day).orElseThrow();
                assertThat(sanctions.propagation(s, day)).as("%s: propagation of %s on %s, projected and live",
                        situation, s, day).isEqualTo(live);
                live.affected().forEach(a -> byPropagation.add(new Measure(s, a.rule(), a.measure(), a.path(),
                        a.disputed())));
            }
            // the parties every sanction reaches, from the projection and the sanctions' standing
            Set<String> reachedByPropagation = new TreeSet<>();
            byPropagation.forEach(m -> reachedByPropagation.add(m.path().get(m.path().size() - 1)));
            assertThat(new TreeSet<>(sanctions.reachedParties(sanctionIds, day)))
                    .as("%s: the parties the sanctions reach on %s, from the projection", situation, day)
                    .isEqualTo(reachedByPropagation);
            // every party's restrictions asked at once: one read for all of them
            Map<String, RestrictionsView> batch = sanctions.restrictions(partyIds, day);
            assertThat(batch.keySet()).as("%s: every party answered in the batch on %s", situation, day)
                    .containsExactlyInAnyOrderElementsOf(partyIds);
            for (String party : partyIds) {
                RestrictionsProjection.Answer answer = projection.restrictions(party, day);
                assertThat(answer.served()).as("%s: the projection answers for %s on %s", situation, party, day).isTrue();
                List<Restriction> projected = answer.restrictions().orElseThrow();
                Optional<List<Restriction>> live = engine.liveRestrictions(party, day);
                assertThat(projected).as("%s: restrictions of %s on %s, projected and live", situation, party, day)
                        .isEqualTo(live.orElseThrow());
                Set<String> members = Set.copyOf(entityOf.entrySet().stream()
                        .filter(e -> e.getValue().equals(entityOf.get(party))).map(Map.Entry::getKey).toList());
                assertThat(batch.get(party).restrictions()).as("%s: restrictions of %s on %s, asked with every party",
                        situation, party, day).isEqualTo(projected);
                assertThat(batch.get(party).activeSanctions()).as("%s: sanctions in force on %s's entity on %s",
                        situation, party, day).isEqualTo(sanctions.inForce(day, members));
                List<Measure> expected = byPropagation.stream()
                        .filter(m -> members.contains(m.path().get(m.path().size() - 1))).toList();
                assertThat(projected).allSatisfy(r -> assertThat(r.subjectId()).as("the member a measure is on")
                        .isEqualTo(r.path().get(r.path().size() - 1)));
                assertThat(projected.stream().map(r -> new Measure(r.sanctionId(), r.rule(), r.measure(), r.path(),
                        r.disputed())).toList()).as("%s: restrictions of %s on %s, projected and propagated", situation,
                                party, day).containsExactlyInAnyOrderElementsOf(expected);
                compared += expected.size();
            }
        }
        assertThat(compared).as("%s: the fixture yields measures to compare", situation).isGreaterThan(50);
    }

    /** Every day a relationship window or a sanction starts or ends, and the day before and after it. */
    List<LocalDate> boundaryDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Record r : driver.executableQuery("""
                MATCH ()-[r]->() WHERE r.from IS NOT NULL OR r.to IS NOT NULL RETURN r.from AS a, r.to AS b
                UNION ALL
                MATCH (s:Sanction) RETURN s.effectiveFrom AS a, s.effectiveTo AS b
                UNION ALL
                MATCH (s:Sanction) RETURN s.decidedOn AS a, null AS b""").execute().records()) {
            for (String k : List.of("a", "b")) {
                if (!r.get(k).isNull()) {
                    LocalDate d = r.get(k).asLocalDate();
                    days.add(d.minusDays(1));
                    days.add(d);
                    days.add(d.plusDays(1));
                }
            }
        }
        return List.copyOf(days);
    }

    static CurrentUser subject(String entityId) {
        return new CurrentUser("subject-" + entityId, Role.SUBJECT, Optional.empty(), Optional.of(entityId));
    }

    List<String> ids(String query) {
        return driver.executableQuery(query).execute().records().stream().map(r -> r.get("id").asString()).toList();
    }
}

package io.credlink.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.validation.ConstraintViolationException;

import io.credlink.CredLinkTest;
import io.credlink.credit.ScoreView.Factor;
import io.credlink.ingest.ImportService;
import io.credlink.registry.RegistryService;
import io.credlink.sanction.CreditRecordRequest;
import io.credlink.sanction.RecordKind;
import io.credlink.sanction.SanctionKind;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionService;

/** Recomputations, stored scores, history, summary, checks and the registry's credit on the real graph. */
@CredLinkTest
class CreditServiceTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Driver driver;

    @Autowired
    CreditService credit;

    @Autowired
    SanctionService sanctions;

    @Autowired
    RegistryService registry;

    @Autowired
    ImportService imports;

    @Autowired
    io.credlink.graph.BackgroundWork background;

    /** Recomputations follow changes in the background: wait until the scores caught up. */
    void awaitScores() {
        CreditFixtures.awaitScores(background);
    }

    @BeforeEach
    void fixture() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
    }

    @AfterEach
    void clean() {
        CreditFixtures.clear(driver);
    }

    static int sum(ScoreView s) {
        return s.base() + s.factors().stream().mapToInt(Factor::contribution).sum();
    }

    static int contribution(ScoreView s, String name) {
        return s.factors().stream().filter(f -> f.name().equals(name)).mapToInt(Factor::contribution).sum();
    }

    long count(String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }

    @Test
    void aFullRecomputationScoresEveryPartyAndFactorsAddUp() {
        RecomputationView run = credit.recomputeAll(TODAY);

        long parties = count("MATCH (p:Party) RETURN count(p)");
        assertThat(run.mode()).isEqualTo("FULL");
        assertThat(run.scored()).isEqualTo(parties);
        assertThat(run.changed()).isEqualTo(parties);
        assertThat(count("MATCH (s:CreditScore) RETURN count(s)")).isEqualTo(parties);
        for (String id : driver.executableQuery("MATCH (p:Party) RETURN p.id AS id").execute().records().stream()
                .map(r -> r.get("id").asString()).toList()) {
            ScoreView s = credit.score(id, null);
            assertThat(sum(s)).as("factors of %s: %s", id, s.factors()).isEqualTo(s.score());
            assertThat(s.asOf()).isEqualTo(TODAY);
            assertThat(s.computedAt()).isEqualTo(run.computedAt());
        }
        assertThat(run.riskSources()).isEqualTo(4); // P2, C4 blacklisted; AG1 sanctioned; C1 on a FRAUD claim
    }

    @Test
    void aRecomputationThatChangesNothingOnlyMovesTheDayAndTimeOfTheStoredScores() {
        RecomputationView first = credit.recomputeAll(TODAY);
        ScoreView before = credit.score("C7", null);
        long snapshots = count("MATCH (h:CreditScoreSnapshot) RETURN count(h)");
        // a stored score that no longer matches what the model says is rewritten in full
        driver.executableQuery("MATCH (s:CreditScore {entityId: 'C6'}) SET s.factors = $f")
                .withParameters(java.util.Map.of("f", "[{\"name\": \"tampered\", \"contribution\": 0}]")).execute();

        RecomputationView second = credit.recomputeAll(TODAY);
        assertThat(second.scored()).isEqualTo(first.scored());
        assertThat(second.changed()).isZero();
        assertThat(count("MATCH (h:CreditScoreSnapshot) RETURN count(h)")).isEqualTo(snapshots);
        ScoreView after = credit.score("C7", null);
        assertThat(after.computedAt()).isEqualTo(second.computedAt()).isNotEqualTo(before.computedAt());
        assertThat(after.score()).isEqualTo(before.score());
        assertThat(after.factors()).isEqualTo(before.factors());
        ScoreView c6 = credit.score("C6", null);
        assertThat(c6.factors()).extracting(Factor::name).doesNotContain("tampered");
        assertThat(sum(c6)).isEqualTo(c6.score());
    }

    @Test
    void blacklistedPartiesAreGradeDBelow500() {
        credit.recomputeAll(TODAY);

        for (String id : List.of("P2", "C4")) {
            ScoreView s = credit.score(id, null);
            assertThat(s.blacklisted()).isTrue();
            assertThat(s.grade()).isEqualTo("D");
            assertThat(s.score()).isLessThan(500);
        }
        ScoreView clean = credit.score("C8", null);
        assertThat(clean.blacklisted()).isFalse();
        assertThat(clean.grade()).isNotEqualTo("D");
    }

    @Test
    void networkExposureFallsWithHopsAndNamesThePathToTheSource() {
        credit.recomputeAll(TODAY);

        ScoreView ag2 = credit.score("AG2", null);
        ScoreView ins2 = credit.score("INS2", null);
        ScoreView p3 = credit.score("P3", null);
        int oneHop = contribution(ag2, "NETWORK_EXPOSURE");
        int twoHops = contribution(ins2, "NETWORK_EXPOSURE");
        int threeHops = contribution(p3, "NETWORK_EXPOSURE");
        assertThat(oneHop).isLessThan(twoHops);
        assertThat(twoHops).isLessThan(threeHops);
        assertThat(threeHops).isLessThanOrEqualTo(0);
        Factor network = ins2.factors().stream().filter(f -> f.name().equals("NETWORK_EXPOSURE")).findFirst().orElseThrow();
        assertThat(network.detail()).contains("P2 (BLACKLISTED").contains("P2 -> AG2 -> INS2");

        Factor viaPhone = credit.score("C2", null).factors().stream().filter(f -> f.name().equals("NETWORK_EXPOSURE"))
                .findFirst().orElseThrow();
        assertThat(viaPhone.detail()).contains("C1 (FRAUD").contains("C1 -> PHONE:1 -> C2");
        assertThat(contribution(credit.score("C7", null), "NETWORK_EXPOSURE")).isZero();
    }

    @Test
    void firmsAndPractitionersCarryTheirOwnAndLedFirmsRecords() {
        credit.recomputeAll(TODAY);

        assertThat(credit.score("INS1", null).factors()).extracting(Factor::name).contains("AWARD", "LICENCE_STATUS");
        ScoreView ag1 = credit.score("AG1", null);
        assertThat(ag1.factors()).extracting(Factor::name).contains("SANCTION", "COMPLAINT");
        assertThat(ag1.factors()).filteredOn(f -> f.name().equals("COMPLAINT")).singleElement()
                .satisfies(f -> assertThat(f.disputed()).isTrue());
        assertThat(ag1.factors()).filteredOn(f -> f.name().equals("SANCTION")).singleElement()
                .satisfies(f -> assertThat(f.disputed()).isNull());
        assertThat(credit.score("P1", null).factors()).extracting(Factor::name).contains("LED_FIRM_SANCTION");
        assertThat(credit.score("C1", null).factors()).extracting(Factor::name).contains("FRAUD_CLAIMS");
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aConfirmedFraudCaseRescoresItsPartiesAndTheirNeighbours() {
        credit.recomputeAll(TODAY);
        ScoreView before = credit.score("C7", null);
        int neighbourBefore = credit.score("C8", null).score();
        // what closing a case as CONFIRMED_FRAUD leaves in the graph: the claim is now status FRAUD
        driver.executableQuery("""
                MATCH (c7:Consumer {id: 'C7'}), (pol:Policy {id: 'POL1'})
                CREATE (cl:Entity:Claim {id: 'CL7', incidentDate: date('2024-05-01'), amount: 9000.0, status: 'FRAUD'})
                CREATE (cl)-[:ON_POLICY]->(pol)
                CREATE (c7)-[:FILED]->(cl)
                """).execute();

        // as the fraud module does: in a transaction, whose commit lets credit's listener run
        transactions.executeWithoutResult(status -> events.publishEvent(
                new io.credlink.fraud.FraudConfirmed("CASE-1", List.of("CL7"), List.of("C7"))));
        awaitScores();

        ScoreView after = credit.score("C7", null);
        assertThat(after.score()).isLessThan(before.score());
        assertThat(after.factors()).extracting(Factor::name).contains("FRAUD_CLAIMS");
        assertThat(credit.score("C8", null).score()).isLessThan(neighbourBefore);
        assertThat(credit.history("C7").items()).hasSize(2);
    }

    @Test
    void aRecordedSanctionLowersTheScoreOnceTheBackgroundRecomputationRanAndAddsHistory() {
        credit.recomputeAll(TODAY);
        ScoreView before = credit.score("C7", null);
        int neighbourBefore = credit.score("C8", null).score();

        sanctions.record(new SanctionRequest("S-C7", "C7", "NFRA", SanctionKind.FINE, 3, true, TODAY.minusDays(3),
                TODAY.minusDays(1), null, "test"), "tester");
        awaitScores();

        ScoreView after = credit.score("C7", null);
        assertThat(after.score()).isLessThan(before.score());
        assertThat(after.grade()).isEqualTo("D");
        assertThat(credit.score("C8", null).score()).isLessThan(neighbourBefore);
        assertThat(credit.history("C7").items()).hasSize(2)
                .first().satisfies(h -> assertThat(h.score()).isEqualTo(after.score()));
        assertThat(credit.history("C7").items().get(1).score()).isEqualTo(before.score());
        assertThat(credit.history("C6").items()).hasSize(1); // far from C7: not rescored

        sanctions.withdraw("S-C7", new io.credlink.sanction.WithdrawalRequest("issued in error"), "tester");
        awaitScores();
        assertThat(credit.score("C7", null).score()).isEqualTo(before.score());
        assertThat(credit.score("C8", null).score()).isEqualTo(neighbourBefore);
    }

    @Autowired
    io.credlink.sanction.ObjectionService objections;

    @Test
    void aRecordedComplaintLowersTheScoreInTheBackgroundAndAnUpheldObjectionRestoresIt() {
        credit.recomputeAll(TODAY);
        int before = credit.score("C7", null).score();

        sanctions.recordCreditRecord(new CreditRecordRequest("CMP-C7", "C7", RecordKind.COMPLAINT, TODAY, 4, null),
                "tester");
        awaitScores();
        int withComplaint = credit.score("C7", null).score();
        assertThat(withComplaint).isLessThan(before);

        var subject = new io.credlink.access.CurrentUser("c7", io.credlink.access.Role.SUBJECT,
                java.util.Optional.empty(), java.util.Optional.of("C7"));
        var objection = objections.file(new io.credlink.sanction.ObjectionRequest("CMP-C7", "not mine"), subject);
        awaitScores();
        assertThat(credit.score("C7", null).factors()).filteredOn(f -> Boolean.TRUE.equals(f.disputed())).isNotEmpty();

        objections.resolve(objection.id(), new io.credlink.sanction.ObjectionResolutionRequest(
                io.credlink.sanction.ObjectionOutcome.UPHELD, "filed against the wrong person"), "regulator");
        awaitScores();
        assertThat(credit.score("C7", null).score()).isEqualTo(before);
    }

    @Test
    void anAwardNeverLowersAScore() {
        credit.recomputeAll(TODAY);
        for (String id : List.of("C4", "AG1", "P2", "C8")) {
            int before = credit.score(id, null).score();
            sanctions.recordCreditRecord(new CreditRecordRequest("AW-" + id, id, RecordKind.AWARD, TODAY, 3, null), "tester");
            awaitScores();
            assertThat(credit.score(id, null).score()).as(id).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void aScoreOnAnEarlierDayUsesTheRecordsOfThatDay() {
        credit.recomputeAll(TODAY);

        ScoreView earlier = credit.score("C4", LocalDate.of(2023, 6, 1));
        assertThat(earlier.asOf()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(earlier.blacklisted()).isFalse();
        assertThat(earlier.grade()).isNotEqualTo("D");
        assertThat(earlier.factors()).extracting(Factor::name).doesNotContain("SANCTION", "NETWORK_EXPOSURE");
        assertThat(earlier.computedAt()).isNull();

        ScoreView later = credit.score("C5", TODAY.plusDays(30));
        assertThat(later.factors()).extracting(Factor::name).contains("NETWORK_EXPOSURE");
        assertThat(sum(later)).isEqualTo(later.score());
    }

    @Test
    void unknownPartiesHaveNoScore() {
        assertThatThrownBy(() -> credit.score("NOPE", null)).isInstanceOf(ScoredPartyNotFound.class);
        assertThatThrownBy(() -> credit.score("CL1", null)).isInstanceOf(ScoredPartyNotFound.class);
        assertThatThrownBy(() -> credit.history("NOPE")).isInstanceOf(ScoredPartyNotFound.class);
    }

    @Test
    void theSummaryCountsGradesAndCoveragePerType() {
        credit.recomputeAll(TODAY);
        GradeSummaryView summary = credit.summary();

        Map<String, GradeSummaryView.TypeSummary> byType = new java.util.HashMap<>();
        summary.types().forEach(t -> byType.put(t.type(), t));
        assertThat(byType.get("Consumer").parties()).isEqualTo(CreditFixtures.CONSUMERS.size());
        assertThat(byType.get("Consumer").withRecords()).isEqualTo(1); // C4
        assertThat(byType.get("Consumer").coverage()).isEqualTo(1.0 / CreditFixtures.CONSUMERS.size());
        assertThat(byType.get("Intermediary").withRecords()).isEqualTo(1); // AG1: a sanction and a record; AG2 none
        assertThat(byType.get("Practitioner").withRecords()).isEqualTo(1); // P2
        assertThat(byType.get("Insurer").withRecords()).isEqualTo(1);
        assertThat(byType.get("Provider").coverage()).isZero();
        for (GradeSummaryView.TypeSummary t : summary.types()) {
            assertThat(t.grades()).containsOnlyKeys("A", "B", "C", "D");
            assertThat(t.scored()).isEqualTo(t.parties());
        }
        assertThat(byType.get("Consumer").grades().get("D")).isGreaterThanOrEqualTo(1);
        assertThat(summary.coverageTargets()).containsExactly(0.80, 0.95);
        assertThat(summary.computedAt()).isNotNull();
    }

    @Test
    void counterpartyChecksReportUnknownIdsExposuresAndRestrictions() {
        credit.recomputeAll(TODAY);

        CounterpartyCheckView view = credit.check(new CounterpartyCheckRequest(List.of("AG2", "NOPE", "INS2", "P3", "P2", "AG2"), null));

        assertThat(view.results()).extracting(CounterpartyCheckView.Result::entityId)
                .containsExactly("AG2", "NOPE", "INS2", "P3", "P2", "AG2");
        CounterpartyCheckView.Result ag2 = view.results().get(0);
        assertThat(ag2.found()).isTrue();
        assertThat(ag2.blacklisted()).isFalse();
        assertThat(ag2.exposures()).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo("P2");
            assertThat(e.hops()).isEqualTo(1);
            assertThat(e.path()).containsExactly("AG2", "P2");
        });
        assertThat(ag2.restrictions()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.sanctionId()).isEqualTo("S-P2");
            assertThat(r.subjectId()).isEqualTo("AG2");
        });
        assertThat(ag2.resolvedId()).isEqualTo("AG2"); // alone: its own entity
        assertThat(ag2.score()).isEqualTo(credit.score("AG2", null).score());
        assertThat(view.results().get(1).found()).isFalse();
        assertThat(view.results().get(1).score()).isNull();
        assertThat(view.results().get(2).exposures()).singleElement().satisfies(e -> {
            assertThat(e.hops()).isEqualTo(2);
            assertThat(e.path()).containsExactly("INS2", "AG2", "P2");
        });
        assertThat(view.results().get(3).exposures()).isEmpty(); // three hops away
        CounterpartyCheckView.Result p2 = view.results().get(4);
        assertThat(p2.blacklisted()).isTrue();
        assertThat(p2.grade()).isEqualTo("D");
        assertThat(p2.activeSanctions()).extracting(CounterpartyCheckView.ActiveSanction::sanctionId).containsExactly("S-P2");
        assertThat(p2.activeSanctions()).extracting(CounterpartyCheckView.ActiveSanction::subjectId).containsExactly("P2");
    }

    @Test
    void aPartyExposedToMoreBlacklistedPartiesThanItKeepsListsTheNearestOnes() {
        // C8 shares PHONE:7 with C7; 24 blacklisted consumers share PHONE:X with C8 (2 hops, more
        // than twice what a party keeps, so its list is trimmed on the way), and C7 is blacklisted
        // too (2 hops through PHONE:7), sorted with them by id
        driver.executableQuery("""
                MATCH (c8:Consumer {id: 'C8'})
                CREATE (phone:Entity:Identifier {id: 'PHONE:X', kind: 'PHONE', value: 'X'})
                CREATE (c8)-[:HAS_IDENTIFIER]->(phone)
                WITH phone
                UNWIND range(10, 33) AS n
                CREATE (b:Entity:Party:Consumer {id: 'CB' + n, name: 'Blacklisted ' + n, kind: 'PERSON'})
                CREATE (b)-[:HAS_IDENTIFIER]->(phone)
                CREATE (:Entity:Sanction {id: 'S-CB' + n, authority: 'NFRA', kind: 'OTHER', severity: 4, blacklist: true,
                        decidedOn: date('2024-01-01'), effectiveFrom: date('2024-01-10'), withdrawn: false,
                        disputed: false})-[:AGAINST]->(b)
                """).execute();
        driver.executableQuery("""
                MATCH (c7:Consumer {id: 'C7'})
                CREATE (:Entity:Sanction {id: 'S-C7', authority: 'NFRA', kind: 'OTHER', severity: 4, blacklist: true,
                        decidedOn: date('2024-01-01'), effectiveFrom: date('2024-01-10'), withdrawn: false,
                        disputed: false})-[:AGAINST]->(c7)
                """).execute();
        credit.recomputeAll(TODAY);

        List<CounterpartyCheckView.Exposure> exposures = credit.check(new CounterpartyCheckRequest(List.of("C8"), TODAY))
                .results().get(0).exposures();

        // max-exposures is 10: C7 and CB10..CB18 of the 25, nearest first, then by id
        assertThat(exposures).extracting(CounterpartyCheckView.Exposure::entityId)
                .containsExactly("C7", "CB10", "CB11", "CB12", "CB13", "CB14", "CB15", "CB16", "CB17", "CB18");
        assertThat(exposures).allSatisfy(e -> assertThat(e.hops()).isEqualTo(2));
        assertThat(exposures.get(1).path()).containsExactly("C8", "PHONE:X", "CB10");
    }

    @Test
    void aCheckSeesASanctionRecordedAfterTheLastRecomputationEvenWithoutEvents() {
        credit.recomputeAll(TODAY.minusDays(10));
        driver.executableQuery("""
                MATCH (p:Party {id: 'C7'})
                CREATE (:Entity:Sanction {id: 'S-LATE', authority: 'NFRA', kind: 'FINE', severity: 2, blacklist: true,
                        decidedOn: $from, effectiveFrom: $from, withdrawn: false, disputed: false})-[:AGAINST]->(p)
                """).withParameters(Map.of("from", TODAY.minusDays(2))).execute();
        io.credlink.FixtureWrites.announce("a sanction written without the sanction module");

        CounterpartyCheckView view = credit.check(new CounterpartyCheckRequest(List.of("C7", "C8"), TODAY));

        assertThat(view.results().get(0).blacklisted()).isTrue();
        assertThat(view.results().get(0).grade()).isEqualTo("D");
        assertThat(view.results().get(1).restrictions()).extracting(r -> r.rule()).contains("R4");
    }

    @Test
    void aCheckTakesOneToAThousandIds() {
        credit.recomputeAll(TODAY);
        assertThatThrownBy(() -> credit.check(new CounterpartyCheckRequest(List.of(), null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> credit.check(new CounterpartyCheckRequest(null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> credit.check(new CounterpartyCheckRequest(List.of("C1", " "), null)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("ids[1]");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add("X" + i);
        }
        assertThatThrownBy(() -> credit.check(new CounterpartyCheckRequest(tooMany, null)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("at most 1000 ids per check (got 1001)");

        List<String> thousand = new ArrayList<>(tooMany.subList(0, 995));
        thousand.addAll(List.of("C1", "C4", "AG2", "INS1", "H1"));
        CounterpartyCheckView view = credit.check(new CounterpartyCheckRequest(thousand, null));
        assertThat(view.results()).hasSize(1000);
        assertThat(view.results().stream().filter(CounterpartyCheckView.Result::found).count()).isEqualTo(5);
    }

    @Test
    void theRegistryShowsTheStoredScoreAndGrade() {
        credit.recomputeAll(TODAY);
        ScoreView c4 = credit.score("C4", null);

        assertThat(registry.entity("C4").credit()).isNotNull()
                .satisfies(c -> {
                    assertThat(c.score()).isEqualTo(c4.score());
                    assertThat(c.grade()).isEqualTo("D");
                });
        assertThat(registry.entity("CL1").credit()).isNull();
    }

    @Test
    void anImportScoresThePartiesItWritesAndNames(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("consumers.csv"), "id,name,id_number,kind\nIMP-1,Imported One,,PERSON\nIMP-2,Imported Two,,PERSON\n");
        Files.writeString(dir.resolve("sanctions.csv"), """
                id,subject_id,authority,kind,severity,blacklist,decided_on,effective_from,effective_to,reason
                S-IMP,IMP-1,NFRA,FINE,2,true,2024-01-01,2024-01-02,,imported
                """);

        imports.importDirectory(dir, io.credlink.ingest.ImportProgress.NONE);
        awaitScores();

        assertThat(count("MATCH (s:CreditScore) WHERE s.entityId IN ['IMP-1', 'IMP-2'] RETURN count(s)")).isEqualTo(2);
        assertThat(credit.score("IMP-1", null).grade()).as("its imported blacklisting").isEqualTo("D");
        assertThat(credit.score("IMP-2", null).asOf()).isEqualTo(TODAY);
    }
}

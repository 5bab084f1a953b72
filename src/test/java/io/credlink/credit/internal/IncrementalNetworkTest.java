package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.credit.CreditFixtures;
import io.credlink.graph.BackgroundWork;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import io.credlink.sanction.CreditRecordRequest;
import io.credlink.sanction.RecordKind;
import io.credlink.sanction.SanctionKind;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionService;
import io.credlink.sanction.WithdrawalRequest;

/**
 * An incremental recomputation reuses the stored network parts while the links and risk sources
 * they were computed from hold (all of them, or the exposures while the blacklisted parties are
 * the same), and walks the graph again otherwise; in every case it leaves stored what a full
 * recomputation then finds nothing to change in. Links count when the application writes them
 * (imports); one written around it is seen by the next full recomputation.
 */
@CredLinkTest
class IncrementalNetworkTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Driver driver;

    @Autowired
    DefaultCreditService credit;

    @Autowired
    SanctionService sanctions;

    @Autowired
    BackgroundWork background;

    @Autowired
    ImportService imports;

    @BeforeEach
    void fixture() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        credit.recomputeAll(TODAY);
    }

    @AfterEach
    void clean() {
        CreditFixtures.clear(driver);
    }

    @Test
    void eachKindOfChangeGetsTheNetworkPartAFullRecomputationWouldGive() {
        sanctions.recordCreditRecord(new CreditRecordRequest("CMP-C7", "C7", RecordKind.COMPLAINT, TODAY, 4, null), "tester");
        CreditFixtures.awaitScores(background);
        assertThat(credit.lastNetwork()).isEqualTo("as stored");
        assertAsAFullRecomputationLeavesIt();

        sanctions.record(new SanctionRequest("S-FINE-C7", "C7", "NFRA", SanctionKind.FINE, 3, false, TODAY.minusDays(3),
                TODAY.minusDays(1), null, "test"), "tester");

        CreditFixtures.awaitScores(background);
        assertThat(credit.lastNetwork()).isEqualTo("propagated, exposures as stored");
        assertAsAFullRecomputationLeavesIt();

        sanctions.record(new SanctionRequest("S-BAN-C8", "C8", "NFRA", SanctionKind.FINE, 5, true, TODAY.minusDays(3),
                TODAY.minusDays(1), null, "test"), "tester");

        CreditFixtures.awaitScores(background);
        assertThat(credit.lastNetwork()).isEqualTo("propagated, exposures walked");
        assertAsAFullRecomputationLeavesIt();

        sanctions.withdraw("S-BAN-C8", new WithdrawalRequest("issued in error"), "tester");

        CreditFixtures.awaitScores(background);
        assertThat(credit.lastNetwork()).isEqualTo("propagated, exposures walked");
        assertAsAFullRecomputationLeavesIt();

        sanctions.withdraw("S-FINE-C7", new WithdrawalRequest("issued in error"), "tester");

        CreditFixtures.awaitScores(background);
        assertThat(credit.lastNetwork()).isEqualTo("propagated, exposures as stored");
        assertAsAFullRecomputationLeavesIt();
    }

    @Test
    void anImportedLinkIsWalkedAndCountedSoThatLaterChangesReuseWhatIncludesIt() throws Exception {
        // C6 is four hops from the blacklisted C4; a shared phone brings it to two. Two people with
        // different identity numbers, so entity resolution does not take the shared phone (and their
        // alike fixture names) for one person reported twice: the link must stay a link.
        driver.executableQuery("""
                MATCH (c4:Consumer {id: 'C4'}), (c6:Consumer {id: 'C6'})
                SET c4.idNumber = '110101199003071234', c4.name = '张伟', c6.idNumber = '440301198512114567', c6.name = '李娜'
                """).execute();
        io.credlink.FixtureWrites.announce("IncrementalNetworkTest");
        credit.recomputeAll(TODAY);
        Path dir = Files.createTempDirectory("incremental-network");
        Files.writeString(dir.resolve("identifiers.csv"), "entity_id,kind,value\nC4,PHONE,13800138046\nC6,PHONE,13800138046\n");
        assertThat(imports.importDirectory(dir, ImportProgress.NONE).imported()).isEqualTo(2);
        CreditFixtures.awaitScores(background);
        assertThat(stored().get("C6").get("exposures")).asString().contains("C4");
        assertAsAFullRecomputationLeavesIt();

        sanctions.recordCreditRecord(new CreditRecordRequest("CMP-C6", "C6", RecordKind.COMPLAINT, TODAY, 2, null), "tester");
        CreditFixtures.awaitScores(background);
        assertThat(credit.lastNetwork()).as("the import's link is in what is stored").isEqualTo("as stored");
        assertThat(stored().get("C6").get("exposures")).asString().contains("C4");
        assertAsAFullRecomputationLeavesIt();
    }

    /**
     * An upload names the parties it wrote and those its other rows name (here a sanction's
     * subject): they are rescored around, with no recomputation of every party, and end as a full
     * recomputation would leave them.
     */
    @Test
    void anImportRescoresThePartiesItWritesAndNamesWithoutAFullRecomputation() throws Exception {
        Object fullBefore = computedAt("FULL");
        Object incrementalBefore = computedAt("INCREMENTAL");
        Map<String, Map<String, Object>> before = stored();
        Path dir = Files.createTempDirectory("import-rescores");
        Files.writeString(dir.resolve("consumers.csv"), "id,name,id_number,kind\nC-NEW-1,王芳,310101199202023456,PERSON\n");
        Files.writeString(dir.resolve("sanctions.csv"), "id,subject_id,authority,kind,severity,blacklist,decided_on,"
                + "effective_from,effective_to,reason\nS-IMP-C7,C7,NFRA,FINE,3,false," + TODAY.minusDays(3) + ","
                + TODAY.minusDays(3) + ",,imported\n");
        assertThat(imports.importDirectory(dir, ImportProgress.NONE).imported()).isEqualTo(2);
        CreditFixtures.awaitScores(background);
        assertThat(computedAt("FULL")).as("no recomputation of every party").isEqualTo(fullBefore);
        assertThat(computedAt("INCREMENTAL")).isNotNull().isNotEqualTo(incrementalBefore);
        Map<String, Map<String, Object>> after = stored();
        assertThat(after).as("the new consumer is scored").containsKey("C-NEW-1");
        assertThat(after.get("C7").get("score")).as("the imported sanction's subject is rescored")
                .isNotEqualTo(before.get("C7").get("score"));
        assertAsAFullRecomputationLeavesIt();
    }

    private Object computedAt(String mode) {
        List<Record> rows = driver.executableQuery("MATCH (r:CreditRecomputation {mode: $mode}) RETURN r.computedAt AS at")
                .withParameters(Map.of("mode", mode)).execute().records();
        return rows.isEmpty() ? null : rows.get(0).get("at").asObject();
    }

    @Test
    void aLinkWrittenAroundTheApplicationIsNotCountedUntilAFullRecomputation() {
        driver.executableQuery("""
                MATCH (c4:Party {id: 'C4'}), (c6:Party {id: 'C6'})
                CREATE (ph:Entity:Identifier {id: 'PHONE-46', kind: 'PHONE', value: '46'})
                CREATE (c4)-[:HAS_IDENTIFIER]->(ph), (c6)-[:HAS_IDENTIFIER]->(ph)
                """).execute();
        sanctions.recordCreditRecord(new CreditRecordRequest("CMP-C6", "C6", RecordKind.COMPLAINT, TODAY, 2, null), "tester");
        CreditFixtures.awaitScores(background);
        assertThat(credit.lastNetwork()).isEqualTo("as stored");
        assertThat(String.valueOf(stored().get("C6").get("exposures"))).as("not walked").doesNotContain("C4");
        credit.recomputeAll(TODAY);
        assertThat(stored().get("C6").get("exposures")).asString().contains("C4");
    }

    /** A full recomputation now changes no stored score, factor, network part or exposure. */
    private void assertAsAFullRecomputationLeavesIt() {
        Map<String, Map<String, Object>> incremental = stored();
        assertThat(incremental).isNotEmpty();
        credit.recomputeAll(TODAY);
        assertThat(stored()).isEqualTo(incremental);
    }

    private Map<String, Map<String, Object>> stored() {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Record r : driver.executableQuery("""
                MATCH (s:CreditScore)
                RETURN s.entityId AS id, s {.score, .grade, .base, .factors, .networkJson, .exposure, .exposures, .blacklisted} AS row
                """).execute().records()) {
            out.put(r.get("id").asString(), r.get("row").asMap());
        }
        return out;
    }
}

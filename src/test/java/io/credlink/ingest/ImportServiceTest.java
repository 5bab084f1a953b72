package io.credlink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.ingest.ImportReport.FileReport;

@CredLinkTest
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    Driver driver;

    @TempDir
    Path tmp;

    @BeforeEach
    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    ImportReport importFiles(Map<String, String> files) {
        Path dir = ImportFixtures.write(tmp.resolve("ds-" + System.nanoTime()), files);
        return imports.importDirectory(dir, ImportProgress.NONE);
    }

    ImportReport importValidWith(String file, String content) {
        Map<String, String> files = new HashMap<>(ImportFixtures.VALID);
        files.put(file, content);
        return importFiles(files);
    }

    static FileReport file(ImportReport report, String name) {
        return report.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
    }

    Record one(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0);
    }

    String snapshot() {
        return driver.executableQuery("""
                MATCH (n:Entity)
                OPTIONAL MATCH (n)-[r]->(m:Entity)
                WITH n, r, m ORDER BY n.id, type(r), m.id
                RETURN collect([n.id, labels(n), properties(n), type(r), properties(r), m.id]) AS all
                """).execute().records().get(0).get("all").toString();
    }

    @Test
    void aValidDatasetImportsEveryRowIntoTheGraphModel() {
        ImportReport report = importFiles(ImportFixtures.VALID);

        assertThat(report.rejected()).isZero();
        assertThat(report.imported()).isEqualTo(report.read()).isEqualTo(27);
        assertThat(report.files()).extracting(FileReport::file).containsExactly("insurers.csv", "intermediaries.csv",
                "practitioners.csv", "consumers.csv", "providers.csv", "affiliations.csv", "contracts.csv",
                "policies.csv", "claims.csv", "claim_parties.csv", "identifiers.csv", "sanctions.csv", "records.csv");
        Record policy = one("""
                MATCH (p:Entity:Policy {id: 'PO-1'})-[:ISSUED_BY]->(i:Insurer), (h)-[:HOLDS]->(p), (ins)-[:INSURED_BY]->(p),
                      (p)-[:SOLD_BY]->(a:Practitioner), (p)-[:VIA]->(v:Intermediary)
                RETURN i.id AS insurer, h.id AS holder, ins.id AS insured, a.id AS agent, v.id AS via,
                       p.startDate AS start, p.premium AS premium, p.insurerConfirmed AS confirmed, p.subjectRef AS ref
                """);
        assertThat(policy.get("insured").asString()).as("insured defaults to holder").isEqualTo("CO-1");
        assertThat(policy.get("confirmed").asBoolean()).as("insurer_confirmed defaults to true").isTrue();
        assertThat(policy.get("start").asLocalDate()).hasToString("2024-01-01");
        assertThat(policy.get("premium").asDouble()).isEqualTo(3200.50);
        assertThat(one("MATCH (p:Policy {id: 'PO-2'}) RETURN p.insurerConfirmed AS c").get("c").asBoolean()).isFalse();
        assertThat(one("MATCH (c:Consumer {id: 'CO-2'}) RETURN c.idNumber IS NULL AS absent").get("absent").asBoolean())
                .as("an empty cell stores no property").isTrue();
        Record insurer = one("MATCH (i:Entity:Party:Insurer {id: 'INS-2'}) RETURN i.name AS name");
        assertThat(insurer.get("name").asString()).isEqualTo("Harbour Mutual, Ltd.");
        Record claim = one("""
                MATCH (c:Claim {id: 'CL-1'})-[:ON_POLICY]->(:Policy {id: 'PO-1'}), (:Consumer {id: 'CO-1'})-[:FILED]->(c),
                      (c)-[:ADJUSTED_BY]->(:Practitioner {id: 'PR-2'}), (c)-[:SERVICED_BY]->(:Provider {id: 'PV-1'})
                RETURN c.amount AS amount, c.invoiceNo AS invoice, COUNT { ()-[:PARTY_TO]->(c) } AS parties
                """);
        assertThat(claim.get("amount").asDouble()).isEqualTo(12000.0);
        assertThat(claim.get("parties").asLong()).isEqualTo(2);
        assertThat(one("""
                MATCH (:Practitioner {id: 'PR-3'})-[a:AFFILIATED_WITH {role: 'EXECUTIVE'}]->(:Insurer {id: 'INS-1'})
                RETURN a.from AS f, a.to AS t""").get("t").asLocalDate()).hasToString("2023-12-31");
        Record sanction = one("""
                MATCH (s:Sanction {id: 'SA-1'})-[:AGAINST]->(:Insurer {id: 'INS-1'})
                RETURN s.blacklist AS b, s.severity AS sev, s.reason AS reason, s.disputed AS disputed, s.withdrawn AS withdrawn""");
        assertThat(sanction.get("b").asBoolean()).isTrue();
        assertThat(sanction.get("sev").asLong()).isEqualTo(4);
        assertThat(sanction.get("reason").asString()).isEqualTo("fraudulent \"zero-premium\" sales");
        assertThat(sanction.get("disputed").asBoolean()).isFalse();
        assertThat(one("MATCH (:CreditRecord {id: 'RE-2'})-[:ABOUT]->(x) RETURN x.id AS id").get("id").asString())
                .isEqualTo("INT-1");
    }

    @Test
    void identifiersAreNormalisedSoThatTheSameValueLinksParties() {
        importFiles(ImportFixtures.VALID);
        Record shared = one("""
                MATCH (a:Consumer {id: 'CO-1'})-[:HAS_IDENTIFIER]->(i:Identifier)<-[:HAS_IDENTIFIER]-(b:Consumer {id: 'CO-2'})
                RETURN i.id AS id, i.kind AS kind, i.value AS value""");
        assertThat(shared.get("id").asString()).isEqualTo("PHONE:13800138000");
        assertThat(shared.get("value").asString()).isEqualTo("13800138000");
        assertThat(one("MATCH (i:Identifier {kind: 'EMAIL'}) RETURN i.value AS v").get("v").asString())
                .isEqualTo("liu.yang@example.com");
        assertThat(one("MATCH (i:Identifier {kind: 'ADDRESS'}) RETURN i.value AS v").get("v").asString())
                .isEqualTo("1 JIANGUO RD");
    }

    @Test
    void importingTheSameDatasetTwiceLeavesTheGraphUnchanged() {
        importFiles(ImportFixtures.VALID);
        String first = snapshot();
        ImportReport again = importFiles(ImportFixtures.VALID);
        assertThat(again.rejected()).isZero();
        assertThat(snapshot()).isEqualTo(first);
    }

    @Test
    void aRowWithAKnownIdUpdatesItAndReplacesChangedReferences() {
        importFiles(ImportFixtures.VALID);
        ImportReport report = importFiles(Map.of("policies.csv", """
                id,insurer_id,holder_id,insured_id,line,start_date,end_date,premium,agent_id,intermediary_id,insurer_confirmed,status,cancelled_on,subject_ref
                PO-1,INS-2,CO-2,,AUTO,2024-01-01,2024-12-31,3300,,,true,CANCELLED,2024-01-15,VIN-AAA
                """));
        assertThat(report.rejected()).isZero();
        Record p = one("""
                MATCH (p:Policy {id: 'PO-1'})
                RETURN [(p)-[:ISSUED_BY]->(i) | i.id] AS insurers, [(h)-[:HOLDS]->(p) | h.id] AS holders,
                       [(i)-[:INSURED_BY]->(p) | i.id] AS insured, [(p)-[:SOLD_BY]->(a) | a.id] AS agents,
                       [(p)-[:VIA]->(v) | v.id] AS vias, p.status AS status, p.premium AS premium""");
        assertThat(p.get("insurers").asList()).containsExactly("INS-2");
        assertThat(p.get("holders").asList()).containsExactly("CO-2");
        assertThat(p.get("insured").asList()).containsExactly("CO-2");
        assertThat(p.get("agents").asList()).isEmpty();
        assertThat(p.get("vias").asList()).isEmpty();
        assertThat(p.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(p.get("premium").asDouble()).isEqualTo(3300.0);
    }

    @Test
    void aFileWithMissingOrUnknownColumnsIsRejectedWholeNamingTheColumns() {
        ImportReport report = importValidWith("consumers.csv", """
                id,name,kind_of,extra
                CO-1,刘洋,PERSON,x
                """);
        FileReport consumers = file(report, "consumers.csv");
        assertThat(consumers.fileError()).contains("missing columns id_number, kind").contains("unknown columns extra, kind_of");
        assertThat(consumers.imported()).isZero();
        assertThat(consumers.rejected()).isEqualTo(1);
        assertThat(one("MATCH (c:Consumer) RETURN count(c) AS n").get("n").asLong()).isZero();
    }

    @Test
    void columnsMatchByNameInAnyOrder() {
        ImportReport report = importFiles(Map.of("providers.csv", """
                kind,id,name
                HOSPITAL,PV-9,仁济医院
                """));
        assertThat(report.rejected()).isZero();
        assertThat(one("MATCH (p:Provider {id: 'PV-9'}) RETURN p.kind AS k").get("k").asString()).isEqualTo("HOSPITAL");
    }

    @Test
    void brokenRowsAreRejectedWithLineAndReasonAndTheOtherRowsImported() {
        ImportReport report = importValidWith("claims.csv", """
                id,policy_id,claimant_id,incident_date,reported_date,amount,cause,status,adjuster_id,provider_id,subject_ref,invoice_no
                CL-1,PO-1,CO-1,2024-03-01,,100,,PAID,,,,
                CL-2,PO-1,,2024-03-01,,100,,PAID,,,,
                CL-3,PO-1,CO-1,2024-13-01,,100,,PAID,,,,
                CL-4,PO-1,CO-1,01/03/2024,,100,,PAID,,,,
                CL-5,PO-1,CO-1,2024-03-01,,"1,000",,PAID,,,,
                CL-6,PO-1,CO-1,2024-03-01,,100,,SETTLED,,,,
                CL-7,PO-404,CO-1,2024-03-01,,100,,PAID,,,,
                CL-8,PO-1,PR-1,2024-03-01,,100,,PAID,,,,
                CL-9,PO-1,CO-1,2024-03-01,,-5,,PAID,,,,
                CO-3,PO-1,CO-1,2024-03-01,,100,,PAID,,,,
                CL-11,PO-1,CO-1,2024-03-05,2024-03-01,100,,PAID,,,,
                CL-12,PO-1,CO-1,2024-03-01,,100,,PAID,,,
                CL-13,PO-1,CO-1,2024-03-01,,100,,PAID,,PR-2,,
                """);
        FileReport claims = file(report, "claims.csv");
        assertThat(claims.read()).isEqualTo(13);
        assertThat(claims.imported()).isEqualTo(1);
        assertThat(claims.rejected()).isEqualTo(12);
        assertThat(claims.errors()).extracting(ImportReport.RowError::line)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
        List<String> reasons = claims.errors().stream().map(ImportReport.RowError::reason).toList();
        assertThat(reasons.get(0)).contains("missing required value claimant_id");
        assertThat(reasons.get(1)).contains("bad date incident_date '2024-13-01'");
        assertThat(reasons.get(2)).contains("bad date incident_date '01/03/2024'");
        assertThat(reasons.get(3)).contains("bad number amount '1,000'");
        assertThat(reasons.get(4)).contains("unknown status 'SETTLED'");
        assertThat(reasons.get(5)).contains("dangling reference policy_id PO-404");
        assertThat(reasons.get(6)).contains("claimant_id PR-1 is a Practitioner, expected Consumer");
        assertThat(reasons.get(7)).contains("amount may not be negative");
        assertThat(reasons.get(8)).contains("id CO-3 is already used by a Consumer");
        assertThat(reasons.get(9)).contains("reported_date 2024-03-01 is before incident_date 2024-03-05");
        assertThat(reasons.get(10)).contains("expected 12 fields, found 11");
        assertThat(reasons.get(11)).contains("provider_id PR-2 is a Practitioner, expected Provider");
        assertThat(one("MATCH (c:Claim) RETURN collect(c.id) AS ids").get("ids").asList()).containsExactly("CL-1");
    }

    @Test
    void requiredValuesEnumsBooleansAndSeveritiesAreChecked() {
        ImportReport report = importValidWith("sanctions.csv", """
                id,subject_id,authority,kind,severity,blacklist,decided_on,effective_from,effective_to,reason
                SA-1,INS-1,NFRA,FINE,6,true,2023-06-01,2023-06-15,,
                SA-2,INS-1,NFRA,FINE,3,yes,2023-06-01,2023-06-15,,
                SA-3,INS-1,,FINE,3,true,2023-06-01,2023-06-15,,
                SA-4,INS-1,NFRA,PRISON,3,true,2023-06-01,2023-06-15,,
                SA-5,INS-1,NFRA,FINE,3,false,2023-06-01,2023-06-15,2023-06-01,
                SA-6,GHOST,NFRA,FINE,3,false,2023-06-01,2023-06-15,,
                SA-7,PO-1,NFRA,FINE,3,false,2023-06-01,2023-06-15,,
                """);
        List<String> reasons = file(report, "sanctions.csv").errors().stream().map(ImportReport.RowError::reason).toList();
        assertThat(reasons).hasSize(7);
        assertThat(reasons.get(0)).contains("bad severity '6'");
        assertThat(reasons.get(1)).contains("bad boolean blacklist 'yes'");
        assertThat(reasons.get(2)).contains("missing required value authority");
        assertThat(reasons.get(3)).contains("unknown kind 'PRISON'");
        assertThat(reasons.get(4)).contains("effective_to 2023-06-01 is before effective_from 2023-06-15");
        assertThat(reasons.get(5)).contains("dangling reference subject_id GHOST");
        assertThat(reasons.get(6)).contains("subject_id PO-1 is a Policy");
    }

    @Test
    void referencesResolveAgainstTheGraphAlreadyStored() {
        importFiles(ImportFixtures.VALID);
        ImportReport report = importFiles(Map.of("claim_parties.csv", """
                claim_id,party_id,role
                CL-2,PR-1,LAWYER
                CL-2,GHOST,WITNESS
                CL-2,PV-1,WITNESS
                """));
        FileReport parties = file(report, "claim_parties.csv");
        assertThat(parties.imported()).isEqualTo(1);
        assertThat(parties.errors()).extracting(ImportReport.RowError::reason).satisfiesExactly(
                r -> assertThat(r).contains("dangling reference party_id GHOST"),
                r -> assertThat(r).contains("party_id PV-1 is a Provider, expected Consumer or Practitioner"));
    }

    @Test
    void anIdentifierThatNormalisesToNothingIsRejected() {
        ImportReport report = importValidWith("identifiers.csv", """
                entity_id,kind,value
                CO-1,PHONE,n/a
                CO-1,FAX,123
                """);
        assertThat(file(report, "identifiers.csv").errors()).extracting(ImportReport.RowError::reason).satisfiesExactly(
                r -> assertThat(r).contains("empty once normalised"),
                r -> assertThat(r).contains("unknown kind 'FAX'"));
    }

    @Test
    void anIdUsedByAnotherTypeInTheSameImportIsRejected() {
        ImportReport report = importFiles(Map.of(
                "insurers.csv", "id,name,license_no,status\nX-1,Alpha,,ACTIVE\n",
                "providers.csv", "id,name,kind\nX-1,Beta,GARAGE\nX-2,Gamma,GARAGE\n"));
        FileReport providers = file(report, "providers.csv");
        assertThat(providers.imported()).isEqualTo(1);
        assertThat(providers.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).contains("id X-1 is already used by a Insurer");
        });
    }

    @Test
    void aByteOrderMarkAndQuotedMultiLineValuesAreRead() throws Exception {
        Path dir = tmp.resolve("bom");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("consumers.csv"),
                "\uFEFFid,name,id_number,kind\r\nCO-7,\"Line one\nline two\",,PERSON\r\nCO-8,赵敏,,ALIEN\r\n",
                StandardCharsets.UTF_8);
        ImportReport report = imports.importDirectory(dir, ImportProgress.NONE);
        FileReport consumers = file(report, "consumers.csv");
        assertThat(consumers.imported()).isEqualTo(1);
        assertThat(consumers.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(4));
        assertThat(one("MATCH (c:Consumer {id: 'CO-7'}) RETURN c.name AS n").get("n").asString())
                .isEqualTo("Line one\nline two");
    }

    @Test
    void filesOutsideTheContractAreListedAsIgnored() throws Exception {
        Path dir = ImportFixtures.write(tmp.resolve("extra"), Map.of("providers.csv", "id,name,kind\nPV-5,A,GARAGE\n",
                "notes.txt", "hello"));
        Files.createDirectories(dir.resolve("truth"));
        ImportReport report = imports.importDirectory(dir, ImportProgress.NONE);
        assertThat(report.ignoredFiles()).containsExactly("notes.txt", "truth");
    }

    @Test
    void aDirectoryWithoutDatasetFilesIsAnError() {
        Path dir = ImportFixtures.write(tmp.resolve("empty"), Map.of("readme.txt", "x"));
        assertThatThrownBy(() -> imports.importDirectory(dir, ImportProgress.NONE))
                .isInstanceOf(ImportFailed.class).hasMessageContaining("no dataset file");
    }

    @Test
    void batchesLargerThanOneTransactionStillImportEveryRow() {
        StringBuilder csv = new StringBuilder("id,name,id_number,kind\n");
        for (int i = 0; i < 12_345; i++) {
            csv.append("BULK-").append(i).append(",Person ").append(i).append(",,PERSON\n");
        }
        csv.append("BULK-X,,,PERSON\n");
        ImportReport report = importFiles(Map.of("consumers.csv", csv.toString()));
        assertThat(report.imported()).isEqualTo(12_345);
        assertThat(file(report, "consumers.csv").errors()).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(12_347));
        assertThat(one("MATCH (c:Consumer) RETURN count(c) AS n").get("n").asLong()).isEqualTo(12_345);
    }
}

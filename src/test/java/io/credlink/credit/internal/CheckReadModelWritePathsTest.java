package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import io.credlink.credit.CounterpartyCheckRequest;
import io.credlink.credit.CounterpartyCheckView;
import io.credlink.credit.CreditFixtures;
import io.credlink.graph.BackgroundWork;
import io.credlink.graph.ReadModelWaits;
import tools.jackson.databind.JsonNode;

/**
 * The check read model is fed by the application's writes, whatever the DBMS: right after each
 * writer's HTTP answer a check answers what the graph says (the model answers nothing for the
 * parties a write is changing, never the state before it), and soon after the model serves
 * them again, patched (not rebuilt) to what the graph says. Write paths: a sanction recorded,
 * objected to, the objection resolved, ended early, withdrawn; the scores the background
 * recomputation writes after them; an import (which rebuilds). A write the application does not
 * make is seen at the next full rebuild only.
 */
@CredLinkTest
class CheckReadModelWritePathsTest {

    private static final String SUBJECT = AccessFixtures.SUBJECT_ID;

    @Autowired
    Driver driver;

    @Autowired
    CheckReadModel model;

    @Autowired
    CounterpartyChecks checks;

    @Autowired
    BackgroundWork background;

    AccessFixtures http;
    Map<Role, String> users;
    String prefix;
    List<String> ids;

    @BeforeEach
    void fixture() {
        users = http.usersByRole(driver);
        deleteSanctionsAgainstTheSubject();
        prefix = "CRW-" + System.nanoTime() + "-";
        ids = List.of(SUBJECT, prefix + "AG1", prefix + "NEW1");
        driver.executableQuery("CREATE (:Entity:Party:Intermediary {id: $p + 'AG1', name: 'Agency', kind: 'AGENCY', status: 'ACTIVE'})")
                .withParameters(Map.of("p", prefix)).execute();
        // written around the application: seen by a full rebuild
        awaitRebuilt();
    }

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n")
                .withParameters(Map.of("p", prefix)).execute();
        driver.executableQuery("MATCH (s:CreditScore) WHERE s.entityId STARTS WITH $p DELETE s")
                .withParameters(Map.of("p", prefix)).execute();
        deleteSanctionsAgainstTheSubject();
    }

    private void deleteSanctionsAgainstTheSubject() {
        driver.executableQuery("MATCH (s:Sanction)-[:AGAINST]->(:Party {id: $subject}) DETACH DELETE s")
                .withParameters(Map.of("subject", SUBJECT)).execute();
    }

    @Test
    void everySanctionWritePathIsPatchedInAndNeverAnsweredStale() {
        String sanctionId = prefix + "S1";
        CheckReadModel.Status start = model.status();

        Reply recorded = as(Role.REGULATOR, "POST", "/api/v1/sanctions", """
                {"id": "%s", "subjectId": "%s", "authority": "NFRA", "kind": "FINE", "severity": 3,
                 "blacklist": true, "decidedOn": "2024-01-01", "effectiveFrom": "2024-01-02"}
                """.formatted(sanctionId, SUBJECT));
        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
        JsonNode subject = checkOverHttp().get(0);
        assertThat(subject.get("blacklisted").asBoolean()).as("the new blacklisting, right after the answer").isTrue();
        assertThat(sanctionsOf(subject)).containsExactly(sanctionId + ":false");
        assertPatchedLikeTheGraph("sanction recorded");

        Reply filed = as(Role.SUBJECT, "POST", "/api/v1/objections", """
                {"recordId": "%s", "reason": "wrong person"}""".formatted(sanctionId));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        assertThat(sanctionsOf(checkOverHttp().get(0))).as("disputed right after the objection").containsExactly(
                sanctionId + ":true");
        assertPatchedLikeTheGraph("objection filed");

        Reply resolved = as(Role.REGULATOR, "POST", "/api/v1/objections/" + filed.json().get("id").asString()
                + "/resolution", """
                {"outcome": "REJECTED", "note": "the same person"}""");
        assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(200);
        assertThat(sanctionsOf(checkOverHttp().get(0))).as("no longer disputed").containsExactly(sanctionId + ":false");
        assertPatchedLikeTheGraph("objection rejected");

        Reply ended = as(Role.REGULATOR, "POST", "/api/v1/sanctions/" + sanctionId + "/early-end", """
                {"effectiveTo": "2024-03-31", "reason": "repaired"}""");
        assertThat(ended.status()).as(ended.raw().body()).isEqualTo(200);
        assertThat(sanctionsOf(checkOverHttp().get(0))).as("ended before today").isEmpty();
        assertThat(sanctionsOf(checkOn(LocalDate.parse("2024-03-31")).get(0))).containsExactly(sanctionId + ":false");
        assertPatchedLikeTheGraph("early end");

        Reply withdrawn = as(Role.REGULATOR, "POST", "/api/v1/sanctions/" + sanctionId + "/withdrawal", """
                {"reason": "annulled"}""");
        assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
        assertThat(sanctionsOf(checkOn(LocalDate.parse("2024-03-31")).get(0))).as("withdrawn").isEmpty();
        assertPatchedLikeTheGraph("withdrawal");

        assertThat(model.status().builtAt()).as("patched, never rebuilt").isEqualTo(start.builtAt());
        assertThat(model.status().patches()).isGreaterThanOrEqualTo(start.patches() + 5);
    }

    @Test
    void theScoresARecomputationWritesArePatchedIn() {
        String agency = prefix + "AG1";
        CreditQueries.CheckRow before = model.rows(ids, LocalDate.now()).get(agency);
        Reply recorded = as(Role.REGULATOR, "POST", "/api/v1/sanctions", """
                {"id": "%s", "subjectId": "%s", "authority": "NFRA", "kind": "BAN_FROM_INDUSTRY", "severity": 5,
                 "blacklist": true, "decidedOn": "2024-01-01", "effectiveFrom": "2024-01-02"}
                """.formatted(prefix + "S2", agency));
        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
        assertThat(before.found()).isTrue();
        assertThat(before.score()).as("not scored yet").isNull();
        // the background recomputation the sanction queued writes the subject's score (ScoreWriter):
        // from the moment the graph has it, the model answers it or nothing
        long deadline = System.nanoTime() + 120_000_000_000L;
        CreditQueries.CheckRow graph;
        do {
            graph = checks.fromGraph(new LinkedHashSet<>(ids), LocalDate.now()).get(agency);
            Map<String, CreditQueries.CheckRow> fromModel = model.rows(ids, LocalDate.now());
            if ("D".equals(graph.grade()) && fromModel != null) {
                assertThat(fromModel.get(agency).grade()).as("the model right after the score's commit").isEqualTo("D");
            }
            assertThat(System.nanoTime()).as("the subject rescored").isLessThan(deadline);
        } while (!"D".equals(graph.grade()));
        assertPatchedLikeTheGraph("scores written");
        assertThat(model.rows(ids, LocalDate.now()).get(agency).score()).isEqualTo(
                checks.fromGraph(new LinkedHashSet<>(ids), LocalDate.now()).get(agency).score());
    }

    @Test
    void anImportPatchesTheModelWithWhatItWrote() {
        CheckReadModel.Status before = model.status();
        String csv = "id,name,kind,license_no,status\n" + prefix + "NEW1,New agency,AGENCY,L-1,ACTIVE\n";
        Reply imported = upload("intermediaries.csv", csv);
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        JsonNode found = checkOverHttp().get(2);
        assertThat(found.get("found").asBoolean()).as("the imported party, right after the import's answer").isTrue();
        assertSameAsTheGraph("right after the import", false);
        CreditFixtures.awaitScores(background);
        awaitCurrent();
        assertThat(model.status().builtAt()).as("patched with the parties the import named, not rebuilt")
                .isEqualTo(before.builtAt());
        assertThat(model.status().patches()).isGreaterThan(before.patches());
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "NEW1").type()).isEqualTo("Intermediary");
        assertSameAsTheGraph("after the patch", true);
    }

    @Test
    void aWriteAroundTheApplicationIsSeenAtTheNextFullRebuild() {
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "AG1").grade()).isNull();
        driver.executableQuery("CREATE (:CreditScore {entityId: $p + 'AG1', entityType: 'Intermediary', score: 640, grade: 'C'})")
                .withParameters(Map.of("p", prefix)).execute();
        assertThat(model.current()).as("not seen: no application event").isTrue();
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "AG1").grade()).isNull();
        awaitRebuilt();
        assertThat(model.rows(ids, LocalDate.now()).get(prefix + "AG1").grade()).isEqualTo("C");
        assertSameAsTheGraph("after the full rebuild", true);
    }

    /**
     * Right after the writer's answer the model answers nothing or what the graph answers; once
     * the scores the write queued are written and the model patched, it answers as the graph.
     */
    private void assertPatchedLikeTheGraph(String after) {
        assertSameAsTheGraph(after + ", right after the answer", false);
        CreditFixtures.awaitScores(background);
        awaitCurrent();
        assertThat(model.rows(ids, LocalDate.now())).as("%s: served from the model again", after).isNotNull();
        assertSameAsTheGraph(after + ", patched", true);
    }

    /**
     * The model's rows against the graph's. Unless {@code all}, only what the sanction writers
     * change: the background recomputation may write a score between the two reads.
     */
    private void assertSameAsTheGraph(String situation, boolean all) {
        for (LocalDate day : List.of(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-03-31"),
                LocalDate.parse("2024-04-01"), LocalDate.now())) {
            Map<String, CreditQueries.CheckRow> fromModel = model.rows(ids, day);
            if (fromModel == null) {
                continue; // changing: checks ask the graph
            }
            Map<String, CreditQueries.CheckRow> fromGraph = checks.fromGraph(new LinkedHashSet<>(ids), day);
            if (all) {
                assertThat(fromModel).as("%s on %s", situation, day).isEqualTo(fromGraph);
                CounterpartyCheckRequest request = new CounterpartyCheckRequest(ids, day);
                CounterpartyCheckView answered = checks.check(request, true);
                assertThat(answered).as("%s on %s: a check", situation, day).isEqualTo(checks.check(request, false));
            } else {
                for (String id : ids) {
                    assertThat(written(fromModel.get(id))).as("%s on %s: %s", situation, day, id)
                            .isEqualTo(written(fromGraph.get(id)));
                }
            }
        }
    }

    private static List<Object> written(CreditQueries.CheckRow row) {
        return List.of(row.id(), row.found(), String.valueOf(row.type()), row.activeSanctions());
    }

    private JsonNode checkOverHttp() {
        return checkOn(null);
    }

    private JsonNode checkOn(LocalDate asOf) {
        List<String> quoted = new ArrayList<>();
        ids.forEach(id -> quoted.add("\"" + id + "\""));
        String body = "{\"ids\": " + quoted + (asOf == null ? "" : ", \"asOf\": \"" + asOf + "\"") + "}";
        Reply r = as(Role.INSURER, "POST", "/api/v1/counterparty-checks", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json().get("results");
    }

    private static List<String> sanctionsOf(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("activeSanctions").forEach(s -> out.add(s.get("sanctionId").asString() + ":" + s.get("disputed").asBoolean()));
        return out;
    }

    private Reply as(Role role, String method, String path, String body) {
        return http.asUser(users.get(role), method, path, body);
    }

    private Reply upload(String file, String content) {
        return http.importCsvAsAdmin(file, content);
    }

    /** Brings the model up to date now (retried while a write, a background one too, is still open). */
    private void awaitCurrent() {
        ReadModelWaits.awaitCurrent("check read model", model::current, model::refresh);
    }

    private void awaitRebuilt() {
        ReadModelWaits.awaitRebuilt("check read model", model::current, model::refresh, model::rebuildNow);
    }
}

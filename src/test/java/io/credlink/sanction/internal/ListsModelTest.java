package io.credlink.sanction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import io.credlink.credit.CreditFixtures;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.ReadModelWaits;
import io.credlink.graph.GraphSessions;
import io.credlink.sanction.BlackListEntry;
import io.credlink.sanction.PageView;
import io.credlink.sanction.SanctionProperties;
import io.credlink.sanction.SanctionService;

/**
 * The lists model is fed by every write that changes a black or red list, whatever the DBMS:
 * right after each writer's answer both lists are what the graph says (the model, stale from
 * inside the writer's transaction, answers nothing meanwhile), and once rebuilt it answers the
 * same from memory. Write paths: a blacklisting sanction recorded, objected to, the objection
 * resolved, ended early, withdrawn; a red-list record recorded and withdrawn; a resolution
 * decision joining a sanctioned party to another; an import. A sanction that does not blacklist
 * leaves the model current.
 */
@CredLinkTest
class ListsModelTest {

    private static final String SUBJECT = AccessFixtures.SUBJECT_ID;
    private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-02"),
            LocalDate.parse("2024-03-31"), LocalDate.parse("2024-04-01"), LocalDate.now());

    @Autowired
    Driver driver;

    @Autowired
    ListsModel model;

    @Autowired
    SanctionService sanctions;

    @Autowired
    CypherCatalog catalog;

    @Autowired
    SanctionProperties properties;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void fixture() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        users = http.usersByRole(driver);
        awaitRebuilt();
    }

    @AfterEach
    void clean() {
        CreditFixtures.clear(driver);
    }

    @Test
    void everyWriteThatChangesAListIsAnsweredAtOnceAndThenFromMemory() {
        Reply noted = as(Role.REGULATOR, "POST", "/api/v1/records", """
                {"id": "C1-R1", "subjectId": "C1", "kind": "RED_LIST", "date": "2024-01-01", "severity": 1,
                 "detail": "honest dealing"}""");
        assertThat(noted.status()).as(noted.raw().body()).isEqualTo(201);
        assertThat(red(LocalDate.parse("2024-01-02"))).as("on the red list").contains("C1:C1-R1");
        assertLikeTheGraph("a red-list record");

        record(SUBJECT + "-S1", SUBJECT, 3, true);
        assertThat(listed(LocalDate.parse("2024-01-02"))).as("recorded").contains(SUBJECT + ":" + SUBJECT + "-S1:false");
        assertLikeTheGraph("a blacklisting sanction recorded");

        Reply filed = as(Role.SUBJECT, "POST", "/api/v1/objections", """
                {"recordId": "%s", "reason": "wrong person"}""".formatted(SUBJECT + "-S1"));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        assertThat(listed(LocalDate.parse("2024-01-02"))).as("disputed").contains(SUBJECT + ":" + SUBJECT + "-S1:true");
        assertLikeTheGraph("an objection filed");

        Reply resolved = as(Role.REGULATOR, "POST", "/api/v1/objections/" + filed.json().get("id").asString()
                + "/resolution", """
                {"outcome": "REJECTED", "note": "the same person"}""");
        assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(200);
        assertThat(listed(LocalDate.parse("2024-01-02"))).contains(SUBJECT + ":" + SUBJECT + "-S1:false");
        assertLikeTheGraph("an objection rejected");

        record("C2-S2", "C2", 5, true);
        assertLikeTheGraph("a second blacklisting sanction");
        Reply same = as(Role.ANALYST, "POST", "/api/v1/resolution/decisions", """
                {"entityId": "C6", "otherId": "C2", "decision": "SAME", "reason": "checked"}""");
        assertThat(same.status()).as(same.raw().body()).isEqualTo(201);
        assertThat(listed(LocalDate.parse("2024-01-02"))).as("C6 joined C2's entity").contains("C2:C2-S2:false",
                "C6:C2-S2:false");
        assertLikeTheGraph("a resolution decision");

        record("C1-S3", "C1", 1, false);
        assertThat(model.current()).as("a sanction that does not blacklist leaves the model current").isTrue();

        Reply unnoted = as(Role.REGULATOR, "POST", "/api/v1/records/C1-R1/withdrawal", """
                {"reason": "entered twice"}""");
        assertThat(unnoted.status()).as(unnoted.raw().body()).isEqualTo(200);
        assertThat(red(LocalDate.parse("2024-01-02"))).as("withdrawn from the red list").doesNotContain("C1:C1-R1");
        assertLikeTheGraph("a red-list record withdrawn");

        Reply ended = as(Role.REGULATOR, "POST", "/api/v1/sanctions/" + SUBJECT + "-S1/early-end", """
                {"effectiveTo": "2024-03-31", "reason": "repaired"}""");
        assertThat(ended.status()).as(ended.raw().body()).isEqualTo(200);
        assertThat(listed(LocalDate.parse("2024-04-01"))).as("ended early").doesNotContain(SUBJECT + ":" + SUBJECT + "-S1:false");
        assertThat(listed(LocalDate.parse("2024-03-31"))).contains(SUBJECT + ":" + SUBJECT + "-S1:false");
        assertLikeTheGraph("an early end");

        Reply withdrawn = as(Role.REGULATOR, "POST", "/api/v1/sanctions/C2-S2/withdrawal", """
                {"reason": "annulled"}""");
        assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
        assertThat(listed(LocalDate.parse("2024-01-02"))).as("withdrawn").doesNotContain("C2:C2-S2:false",
                "C6:C2-S2:false");
        assertLikeTheGraph("a withdrawal");

        Reply imported = upload("sanctions.csv", """
                id,subject_id,authority,kind,severity,blacklist,decided_on,effective_from,effective_to,reason
                C1-S4,C1,NFRA,BAN_FROM_INDUSTRY,4,true,2024-01-01,2024-01-02,,imported
                """);
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(listed(LocalDate.parse("2024-01-02"))).as("imported").contains("C1:C1-S4:false");
        assertLikeTheGraph("an import");

        Reply again = as(Role.REGULATOR, "POST", "/api/v1/records", """
                {"id": "C1-R2", "subjectId": "C1", "kind": "AWARD", "date": "2024-01-01", "severity": 1}""");
        assertThat(again.status()).as(again.raw().body()).isEqualTo(201);
        assertThat(red(LocalDate.parse("2024-01-02"))).as("blacklisted from that day").doesNotContain("C1:C1-R2");
        assertThat(red(LocalDate.parse("2024-01-01"))).as("the day before").contains("C1:C1-R2");
        assertLikeTheGraph("a record about a blacklisted party");
    }

    @Test
    void aPageIsASliceOfTheWholeListWithItsLength() {
        record("C1-S1", "C1", 2, true);
        record("C2-S2", "C2", 2, true);
        record("C6-S3", "C6", 2, true);
        awaitCurrent();
        LocalDate day = LocalDate.parse("2024-06-30");
        List<BlackListEntry> all = sanctions.blackList(day, 0, 0).items();
        assertThat(all).extracting(BlackListEntry::partyId).containsSubsequence("C1", "C2", "C6");
        PageView<BlackListEntry> second = sanctions.blackList(day, 1, 2);
        assertThat(second.total()).isEqualTo(all.size());
        assertThat(second.items()).isEqualTo(all.subList(2, Math.min(4, all.size())));
        assertThat(sanctions.blackList(day, Integer.MAX_VALUE, 1000).items()).as("far past the end").isEmpty();
        assertThat(sanctions.blackList(day, Integer.MAX_VALUE, 1000).total()).isEqualTo(all.size());
    }

    private void record(String id, String subjectId, int severity, boolean blacklist) {
        Reply r = as(Role.REGULATOR, "POST", "/api/v1/sanctions", """
                {"id": "%s", "subjectId": "%s", "authority": "NFRA", "kind": "BAN_FROM_INDUSTRY", "severity": %d,
                 "blacklist": %s, "decidedOn": "2024-01-01", "effectiveFrom": "2024-01-02"}
                """.formatted(id, subjectId, severity, blacklist));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    /** party:sanction:disputed of each row of the list on {@code day}, as the service answers it. */
    private List<String> listed(LocalDate day) {
        return rows(sanctions.blackList(day, 0, 0).items());
    }

    private static List<String> rows(List<BlackListEntry> items) {
        return items.stream().map(e -> e.partyId() + ":" + e.sanctionId() + ":" + e.disputed()).toList();
    }

    /** party:record of each row of the red list on {@code day}, as the service answers it. */
    private List<String> red(LocalDate day) {
        return sanctions.redList(day, 0, 0).items().stream().map(e -> e.partyId() + ":" + e.recordId()).toList();
    }

    /**
     * Right after the writer's answer the service's list is the graph's; after the rebuild it is
     * the same, answered from memory.
     */
    private void assertLikeTheGraph(String after) {
        assertSameAsTheGraph(after + ", right after the answer");
        awaitCurrent();
        assertSameAsTheGraph(after + ", from memory");
    }

    private void assertSameAsTheGraph(String situation) {
        ListsModel.Facts graph;
        try (Session session = driver.session(GraphSessions.read(driver))) {
            graph = session.executeRead(tx -> new ListsModel.Facts(
                    BlackList.read(tx, catalog.get("sanction/listBlacklistingSanctions")),
                    RedList.read(tx, catalog.get("sanction/listRedListRecords"))));
        }
        for (LocalDate day : DAYS) {
            List<BlackListEntry> black = graph.black().on(day);
            assertThat(sanctions.blackList(day, 0, 0).items()).as("%s: the black list on %s", situation, day)
                    .isEqualTo(black);
            Set<String> blacklisted = black.stream().map(BlackListEntry::partyId).collect(Collectors.toSet());
            assertThat(sanctions.redList(day, 0, 0).items()).as("%s: the red list on %s", situation, day)
                    .isEqualTo(graph.red().on(day, day.minus(properties.redListWindow()), blacklisted));
        }
    }

    private Reply as(Role role, String method, String path, String body) {
        return http.asUser(users.get(role), method, path, body);
    }

    private Reply upload(String file, String content) {
        return http.importCsvAsAdmin(file, content);
    }

    /** Brings the model up to date now (retried while a write, a background one too, is still open). */
    private void awaitCurrent() {
        ReadModelWaits.awaitCurrent("lists model", model::current, model::refresh);
    }

    private void awaitRebuilt() {
        ReadModelWaits.awaitRebuilt("lists model", model::current, model::refresh, model::rebuildNow);
    }
}

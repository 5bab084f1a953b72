package io.credlink.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/** The credit endpoints over HTTP: shapes, roles and problem details. */
@CredLinkTest
class CreditHttpTest {

    @Autowired
    Driver driver;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void fixture() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        users = http.usersByRole(driver);
    }

    @AfterEach
    void clean() {
        CreditFixtures.clear(driver);
    }

    Reply as(Role role, String method, String path) {
        String user = users.get(role);
        return http.call(method, path, user, AccessFixtures.passwordOf(user));
    }

    Reply postAs(Role role, String path, String body) {
        String user = users.get(role);
        return http.json("POST", path, user, AccessFixtures.passwordOf(user), body);
    }

    @Test
    void aRegulatorRecomputesAndAnInsurerReadsScoresHistoryAndSummary() {
        Reply run = as(Role.REGULATOR, "POST", "/api/v1/credit/recomputations");
        assertThat(run.status()).as(run.raw().body()).isEqualTo(201);
        assertThat(run.json().get("mode").asString()).isEqualTo("FULL");
        assertThat(run.json().get("scored").asLong()).isPositive();

        Reply score = as(Role.INSURER, "GET", "/api/v1/credit/scores/C4");
        assertThat(score.status()).isEqualTo(200);
        JsonNode body = score.json();
        assertThat(body.get("entityId").asString()).isEqualTo("C4");
        assertThat(body.get("grade").asString()).isEqualTo("D");
        int sum = body.get("base").asInt();
        for (JsonNode f : body.get("factors")) {
            assertThat(f.has("name")).isTrue();
            assertThat(f.has("detail")).isTrue();
            sum += f.get("contribution").asInt();
        }
        assertThat(sum).isEqualTo(body.get("score").asInt());
        assertThat(body.get("asOf").asString()).isEqualTo(java.time.LocalDate.now().toString());

        Reply earlier = as(Role.ANALYST, "GET", "/api/v1/credit/scores/C4?asOf=2023-06-01");
        assertThat(earlier.status()).isEqualTo(200);
        assertThat(earlier.json().get("asOf").asString()).isEqualTo("2023-06-01");

        Reply history = as(Role.INSURER, "GET", "/api/v1/credit/scores/C4/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().get("items").size()).isEqualTo(1);

        Reply summary = as(Role.REGULATOR, "GET", "/api/v1/credit/summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("types").size()).isEqualTo(5);

        Reply entity = as(Role.INSURER, "GET", "/api/v1/entities/C4");
        assertThat(entity.status()).isEqualTo(200);
        assertThat(entity.json().get("credit").get("grade").asString()).isEqualTo("D");
        assertThat(entity.json().get("credit").get("score").asInt()).isEqualTo(body.get("score").asInt());
    }

    @Test
    void investigatorsListStoredScoresLowestFirstFilteredByTypeAndGrade() {
        assertThat(as(Role.REGULATOR, "POST", "/api/v1/credit/recomputations").status()).isEqualTo(201);
        int parties = 0;
        for (JsonNode type : as(Role.REGULATOR, "GET", "/api/v1/credit/summary").json().get("types")) {
            parties += type.get("scored").asInt();
        }
        assertThat(parties).isGreaterThanOrEqualTo(CreditFixtures.CONSUMERS.size() + CreditFixtures.PRACTITIONERS.size());

        Reply all = as(Role.ANALYST, "GET", "/api/v1/credit/scores?size=1000");
        assertThat(all.status()).as(all.raw().body()).isEqualTo(200);
        assertThat(all.json().get("total").asLong()).isEqualTo(parties);
        List<Integer> scores = new ArrayList<>();
        for (JsonNode item : all.json().get("items")) {
            scores.add(item.get("score").asInt());
            int sum = 700;
            for (JsonNode f : item.get("factors")) {
                sum += f.get("contribution").asInt();
            }
            assertThat(sum).as(item.toString()).isEqualTo(item.get("score").asInt());
        }
        assertThat(scores).hasSize(parties).isSorted();

        Reply c4 = as(Role.ANALYST, "GET", "/api/v1/credit/scores?type=Consumer&grade=D");
        assertThat(c4.json().get("items")).isNotEmpty().allSatisfy(i -> {
            assertThat(i.get("entityType").asString()).isEqualTo("Consumer");
            assertThat(i.get("grade").asString()).isEqualTo("D");
        });
        assertThat(c4.json().get("items").get(0).get("entityId").asString()).isEqualTo("C4");

        Reply second = as(Role.ANALYST, "GET", "/api/v1/credit/scores?type=Consumer&page=1&size=2");
        assertThat(second.json().get("items").get(0).get("entityId").asString())
                .isEqualTo(as(Role.ANALYST, "GET", "/api/v1/credit/scores?type=Consumer&size=3").json().get("items").get(2)
                        .get("entityId").asString());
        long consumers = 0;
        for (JsonNode type : as(Role.REGULATOR, "GET", "/api/v1/credit/summary").json().get("types")) {
            consumers += "Consumer".equals(type.get("type").asString()) ? type.get("scored").asLong() : 0;
        }
        assertThat(second.json().get("total").asLong()).isEqualTo(consumers);

        assertThat(as(Role.INSURER, "GET", "/api/v1/credit/scores").status()).isEqualTo(403);
        Reply badType = as(Role.ANALYST, "GET", "/api/v1/credit/scores?type=Policy");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.contentType()).startsWith("application/problem+json");
        assertThat(as(Role.ANALYST, "GET", "/api/v1/credit/scores?grade=E").status()).isEqualTo(400);
        assertThat(as(Role.ANALYST, "GET", "/api/v1/credit/scores?page=-1").status()).isEqualTo(400);
    }

    @Test
    void onlyAdminsAndRegulatorsRecompute() {
        assertThat(as(Role.ANALYST, "POST", "/api/v1/credit/recomputations").status()).isEqualTo(403);
        assertThat(as(Role.INSURER, "POST", "/api/v1/credit/recomputations").status()).isEqualTo(403);
        assertThat(as(Role.SUBJECT, "POST", "/api/v1/credit/recomputations").status()).isEqualTo(403);
        assertThat(http.call("POST", "/api/v1/credit/recomputations", null, null).status()).isEqualTo(401);
        assertThat(http.asAdmin("POST", "/api/v1/credit/recomputations").status()).isEqualTo(201);
    }

    @Test
    void subjectsAndAnonymousCallersReadNoScores() {
        assertThat(as(Role.SUBJECT, "GET", "/api/v1/credit/scores/C4").status()).isEqualTo(403);
        assertThat(as(Role.SUBJECT, "GET", "/api/v1/credit/summary").status()).isEqualTo(403);
        assertThat(postAs(Role.SUBJECT, "/api/v1/counterparty-checks", "{\"ids\": [\"C4\"]}").status()).isEqualTo(403);
        assertThat(http.call("GET", "/api/v1/credit/scores/C4", null, null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownPartyIsA404Problem() {
        Reply r = as(Role.INSURER, "GET", "/api/v1/credit/scores/NOPE");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("https://credlink.io/problems/party-not-found");
        assertThat(as(Role.INSURER, "GET", "/api/v1/credit/scores/NOPE/history").status()).isEqualTo(404);
        assertThat(as(Role.INSURER, "GET", "/api/v1/credit/scores/C4?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    void anInsurerChecksCounterpartiesInOneRequest() {
        http.asAdmin("POST", "/api/v1/credit/recomputations");

        Reply r = postAs(Role.INSURER, "/api/v1/counterparty-checks", "{\"ids\": [\"AG2\", \"NOPE\", \"C4\"]}");

        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        JsonNode results = r.json().get("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).get("entityId").asString()).isEqualTo("AG2");
        assertThat(results.get(0).get("found").asBoolean()).isTrue();
        assertThat(results.get(0).get("exposures").get(0).get("path").toString()).isEqualTo("[\"AG2\",\"P2\"]");
        assertThat(results.get(0).get("restrictions").get(0).get("sanctionId").asString()).isEqualTo("S-P2");
        assertThat(results.get(1).get("found").asBoolean()).isFalse();
        assertThat(results.get(2).get("blacklisted").asBoolean()).isTrue();
        assertThat(results.get(2).get("grade").asString()).isEqualTo("D");
        assertThat(results.get(2).get("activeSanctions").get(0).get("sanctionId").asString()).isEqualTo("S-C4");
    }

    /** Polls the recomputations endpoint until a run that holds {@code trigger} is finished. */
    JsonNode awaitRun(String trigger) {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Reply r = as(Role.ANALYST, "GET", "/api/v1/credit/recomputations?limit=50");
            assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
            for (JsonNode run : r.json().get("runs")) {
                boolean holds = run.get("triggers").valueStream().anyMatch(t -> t.asString().equals(trigger));
                if (holds && (run.get("state").asString().equals("DONE") || run.get("state").asString().equals("FAILED"))) {
                    return run;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        throw new AssertionError("no finished run holds " + trigger);
    }

    @Test
    void aSanctionIsAnsweredBeforeScoresFollowAndTheRecomputationsSayWhenTheyDid() {
        as(Role.REGULATOR, "POST", "/api/v1/credit/recomputations");
        int before = as(Role.ANALYST, "GET", "/api/v1/credit/scores/C7").json().get("score").asInt();

        Reply posted = postAs(Role.REGULATOR, "/api/v1/sanctions", """
                {"id": "S-HTTP-C7", "subjectId": "C7", "authority": "NFRA", "kind": "FINE", "severity": 3,
                 "blacklist": true, "decidedOn": "2024-01-01", "effectiveFrom": "2024-01-02"}
                """);
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);

        JsonNode run = awaitRun("sanction S-HTTP-C7 recorded");
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("runId").asString()).isNotBlank();
        assertThat(run.get("full").asBoolean()).isFalse();
        assertThat(run.get("parties").asLong()).isEqualTo(1);
        assertThat(run.get("result").get("mode").asString()).isEqualTo("INCREMENTAL");
        assertThat(run.get("result").get("scored").asLong()).isPositive();
        assertThat(run.get("finishedAt").asString()).isNotBlank();
        JsonNode after = as(Role.ANALYST, "GET", "/api/v1/credit/scores/C7").json();
        assertThat(after.get("score").asInt()).isLessThan(before);
        assertThat(after.get("grade").asString()).isEqualTo("D");

        Reply queue = as(Role.ADMIN, "GET", "/api/v1/credit/recomputations");
        assertThat(queue.json().has("pending")).isTrue();
        assertThat(queue.json().has("running")).isTrue();
        assertThat(as(Role.INSURER, "GET", "/api/v1/credit/recomputations").status()).isEqualTo(403);
        Reply bad = as(Role.ANALYST, "GET", "/api/v1/credit/recomputations?limit=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCheckOfNoneOrMoreThanAThousandIdsIsA400Problem() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            ids.add("\"X" + i + "\"");
        }
        String tooMany = "{\"ids\": [" + ids.stream().collect(Collectors.joining(",")) + "]}";
        String thousand = "{\"ids\": [" + String.join(",", ids.subList(0, 1000)) + "]}";
        for (String body : List.of("{\"ids\": []}", "{}", tooMany, "{\"ids\": [\" \"]}")) {
            Reply r = postAs(Role.INSURER, "/api/v1/counterparty-checks", body);
            assertThat(r.status()).as(body.length() > 100 ? "1001 ids" : body).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("type").asString()).isEqualTo("https://credlink.io/problems/validation");
        }
        assertThat(postAs(Role.INSURER, "/api/v1/counterparty-checks", "{\"ids\": 3}").status()).isEqualTo(400);
        Reply ok = postAs(Role.INSURER, "/api/v1/counterparty-checks", thousand);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("results").size()).isEqualTo(1000);
    }
}

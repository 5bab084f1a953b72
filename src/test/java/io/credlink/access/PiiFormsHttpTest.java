package io.credlink.access;

import static io.credlink.access.PrivacyFixture.OTHER_ADDRESS;
import static io.credlink.access.PrivacyFixture.THIRD_PARTY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures.Reply;

/**
 * One address of a non-customer, as an INSURER meets it in every answer that shows it (the
 * Identifier itself, networks, paths, search hits, a score's explanation, a counterparty check):
 * every form (id, label, property, inside a text) shows exactly {@link Pii#mask} of the whole
 * value, so that together they reveal no more than one does.
 */
@CredLinkTest
class PiiFormsHttpTest {

    static final String MASKED = Pii.mask(OTHER_ADDRESS);
    static final String ID = "ADDRESS:" + OTHER_ADDRESS;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    AccessFixtures http;

    @BeforeEach
    void setUp() {
        http = new AccessFixtures(port);
        PrivacyFixture.createWithSanctionedNeighbour(driver, http);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void everyFormOfAnAddressShowsTheSameMask() {
        String encodedId = OpenApiOperations.encodePath(ID);
        Map<String, Reply> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/entities/" + encodedId, "/api/v1/entities/" + encodedId + "/network?depth=1",
                "/api/v1/entities/CON-PV2/network?depth=1", "/api/v1/entities/" + THIRD_PARTY + "/network?depth=2",
                "/api/v1/paths?from=CON-PV2&to=" + THIRD_PARTY + "&maxHops=2",
                "/api/v1/search?q=" + URLEncoder.encode(OTHER_ADDRESS, StandardCharsets.UTF_8),
                "/api/v1/search?q=" + URLEncoder.encode(ID, StandardCharsets.UTF_8),
                "/api/v1/credit/scores/" + THIRD_PARTY, "/api/v1/credit/scores/" + THIRD_PARTY + "/history")) {
            answers.put("GET " + path, PrivacyFixture.asInsurer(http, "GET", path));
        }
        answers.put("POST /api/v1/counterparty-checks", http.send(http.request("POST", "/api/v1/counterparty-checks",
                PrivacyFixture.INSURER_USER, AccessFixtures.PASSWORD).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ids\": [\"" + THIRD_PARTY + "\", \"CON-PV2\", \"" + ID
                        + "\"]}")).build()));

        List<String> wrong = new ArrayList<>();
        Set<String> forms = new LinkedHashSet<>();
        Set<String> showing = new LinkedHashSet<>();
        for (Map.Entry<String, Reply> a : answers.entrySet()) {
            assertThat(a.getValue().status()).as(a.getKey() + " " + a.getValue().raw().body()).isEqualTo(200);
            // the search echoes what the insurer typed; the rest is what the service discloses
            String body = a.getValue().raw().body().replace("\"q\":\"" + OTHER_ADDRESS + "\"", "")
                    .replace("\"q\":\"" + ID + "\"", "");
            int masked = count(body, MASKED);
            if (masked > 0) {
                showing.add(a.getKey());
            }
            // the kept ends appear only as parts of the one mask; nothing of the masked middle appears
            if (count(body, "天津") != masked || count(body, "107室") != masked) {
                wrong.add(a.getKey() + " shows the address otherwise than as " + MASKED + ": " + body);
            }
            for (String middle : List.of("西", "区", "青", "年", "路", "号", "栋")) {
                if (body.contains(middle)) {
                    wrong.add(a.getKey() + " shows '" + middle + "' of the address: " + body);
                }
            }
            for (int at = body.indexOf(MASKED); at >= 0; at = body.indexOf(MASKED, at + 1)) {
                forms.add(form(body, at));
            }
        }
        assertThat(wrong).isEmpty();
        // every form the rule knows was met, each in the answers that carry the address
        assertThat(forms).contains("id", "label", "value");
        assertThat(showing).contains("GET /api/v1/entities/" + encodedId,
                "GET /api/v1/entities/CON-PV2/network?depth=1", "GET /api/v1/paths?from=CON-PV2&to=" + THIRD_PARTY
                        + "&maxHops=2", "GET /api/v1/credit/scores/" + THIRD_PARTY);
    }

    /** Which form of the value starts at {@code at}: an id, a label, or a property value of its own. */
    private static String form(String body, int at) {
        if (body.startsWith("ADDRESS:", at - 8)) {
            return "id";
        }
        if (body.startsWith("ADDRESS ", at - 8)) {
            return "label";
        }
        return body.charAt(at - 1) == '"' && body.charAt(at + MASKED.length()) == '"' ? "value" : "other";
    }

    private static int count(String body, String part) {
        int n = 0;
        for (int at = body.indexOf(part); at >= 0; at = body.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}

package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.neo4j.driver.Driver;

import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.AuditTrail;
import io.credlink.access.PrivacyFixture;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * What the browser tests of the desk pages share: the parties an insurer checks (PrivacyFixture:
 * CON-PV2 blacklisted, CON-PV3 near it through a shared address), a subject with a sanction and a
 * record that an insurer looked at for underwriting, and the API's answers the pages are compared with.
 */
final class DeskPages {

    static final String INSURER = PrivacyFixture.INSURER_USER;
    static final String SUBJECT_ID = AccessFixtures.SUBJECT_ID;
    static final String SANCTION = "SAN-DESK-1";
    static final String RECORD = "REC-DESK-1";
    static final String NEW_USER = "desk-new-subject";
    static final String CHECKED = "CON-PV1\nCON-PV2, CON-PV3\nNOPE-DESK";
    static final String CHECK_BODY = "{\"ids\": [\"CON-PV1\", \"CON-PV2\", \"CON-PV3\", \"NOPE-DESK\"]}";

    /**
     * Every Han character of the element drawn with a real glyph: one em wide (CJK glyphs are full
     * width) and, drawn on a canvas in the element's fonts, not the same pixels as a character no
     * font has (Chromium's missing-glyph box is one em wide too, so widths alone cannot tell).
     */
    static final String HAN_WIDTHS = """
            (css) => {
              const el = document.querySelector(css);
              const probe = (ch) => {
                const s = document.createElement('span');
                s.style.cssText = 'font-size:100px;font-weight:400;position:absolute;white-space:pre;visibility:hidden';
                s.textContent = ch;
                el.append(s);
                const w = s.getBoundingClientRect().width;
                s.remove();
                return w;
              };
              const font = getComputedStyle(el).fontFamily;
              const pixels = (ch) => {
                const c = document.createElement('canvas');
                c.width = 120; c.height = 120;
                const g = c.getContext('2d');
                g.font = '100px ' + font;
                g.textBaseline = 'top';
                g.fillText(ch, 5, 5);
                return g.getImageData(0, 0, 120, 120).data.join(',');
              };
              const box = pixels('\\u0378');
              const han = [...el.textContent].filter((c) => /\\p{Script=Han}/u.test(c));
              return { han: han.join(''), widths: han.map(probe), missing: probe('\\u0378'), font,
                       drawn: han.map((c) => pixels(c) !== box) };
            }""";

    private DeskPages() {
    }

    static Map<Role, String> create(Driver driver, AccessFixtures http, AuditTrail audit) {
        GraphFixtures.deleteDomainData(driver);
        PrivacyFixture.createWithSanctionedNeighbour(driver, http);
        Map<Role, String> users = http.usersByRole(driver);
        Reply sanction = http.postJsonAsAdmin("/api/v1/sanctions", "{\"id\": \"" + SANCTION + "\", \"subjectId\": \""
                + SUBJECT_ID + "\", \"authority\": \"NFRA Jiangsu\", \"kind\": \"FINE\", \"severity\": 2, \"blacklist\": false, "
                + "\"decidedOn\": \"2024-03-01\", \"effectiveFrom\": \"2024-03-01\", \"reason\": \"late disclosure\"}");
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);
        Reply record = http.postJsonAsAdmin("/api/v1/records", "{\"id\": \"" + RECORD + "\", \"subjectId\": \"" + SUBJECT_ID
                + "\", \"kind\": \"COMPLAINT\", \"date\": \"2025-01-15\", \"severity\": 2, \"detail\": \"slow payment\"}");
        assertThat(record.status()).as(record.raw().body()).isEqualTo(201);
        String insurer = users.get(Role.INSURER);
        Reply looked = http.send(http.request("GET", "/api/v1/entities/" + SUBJECT_ID, insurer, AccessFixtures.passwordOf(insurer))
                .header("X-Purpose", "underwriting").build());
        assertThat(looked.status()).isEqualTo(200);
        audit.flush();
        return users;
    }

    static void delete(Driver driver) {
        driver.executableQuery("MATCH (u:User) WHERE u.name STARTS WITH 'desk-' DETACH DELETE u").execute();
        GraphFixtures.deleteDomainData(driver);
    }

    static JsonNode check(AccessFixtures http) {
        Reply r = http.json("POST", "/api/v1/counterparty-checks", INSURER, AccessFixtures.PASSWORD, CHECK_BODY);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode report(AccessFixtures http, String subject) {
        Reply r = http.call("GET", "/api/v1/me/credit-report", subject, AccessFixtures.PASSWORD);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode objections(AccessFixtures http, String subject) {
        return http.call("GET", "/api/v1/objections", subject, AccessFixtures.PASSWORD).json();
    }

    /** The audit entries of the insurer's check of CON-PV2 with the purpose the page sent. */
    static boolean checkAudited(AccessFixtures http, String purpose) {
        JsonNode items = http.asAdmin("GET", "/api/v1/audit?actor=" + INSURER + "&entityId=CON-PV2").json().get("items");
        for (JsonNode e : items) {
            if (e.get("action").asString().equals("POST /api/v1/counterparty-checks") && purpose.equals(e.get("purpose").asString(null))) {
                return true;
            }
        }
        return false;
    }

    static long auditTotal(AccessFixtures http, String actor) {
        return http.asAdmin("GET", "/api/v1/audit?actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8)).json().get("total").asLong();
    }
}

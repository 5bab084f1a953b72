package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import tools.jackson.databind.JsonNode;

/**
 * The fixture of the browser tests: the application on its random port, a user of each role, and
 * the class's browser (the {@link Browser} or {@link Firefox} field it declares) as a {@link Page},
 * signed in as one of them in a chosen language. {@code io.credlink.CredLinkHttp} sets a field of
 * this type, so that a workflow test is its steps and checks only:
 *
 * <pre>{@code
 * Firefox ff;
 * Explorer explorer;
 *
 * @Test
 * void anInsurerChecks() {
 *     Page page = explorer.signIn(Role.INSURER, "zh-CN");
 *     page.menu("check");
 *     ...
 *     page.axe("the check");
 * }
 * }</pre>
 *
 * In Firefox, a test fails on any JavaScript error the page logs (CredLinkHttp checks it after each test);
 * data imported through the fixture is deleted after the class.
 */
public final class Explorer {

    /** The date the sample's views are read at. */
    public static final String AS_OF = "2025-06-30";

    public final AccessFixtures http;
    public final Page page;
    private final Driver driver;
    private final ImportService imports;
    private Map<Role, String> users;
    private boolean imported;

    public Explorer(AccessFixtures http, Page page, Driver driver, ImportService imports) {
        this.http = http;
        this.page = page;
        this.driver = driver;
        this.imports = imports;
    }

    /** The users by role (ADMIN the bootstrap administrator), created at the first call. */
    public Map<Role, String> users() {
        if (users == null) {
            users = http.usersByRole(driver);
        }
        return users;
    }

    public String user(Role role) {
        return users().get(role);
    }

    /** Signed out, the language chosen as the switch remembers it, then signed in from the keyboard as the role's user. */
    public Page signIn(Role role, String language) {
        String user = user(role);
        return signIn(user, AccessFixtures.passwordOf(user), language);
    }

    public Page signIn(String user, String password, String language) {
        page.language(language);
        page.signIn(user, password);
        return page;
    }

    /** A call to the API as the role's user; {@code body} null for none. */
    public Reply as(Role role, String method, String path, String body) {
        return http.asUser(user(role), method, path, body);
    }

    /** What the API answers the role's user (200 expected): what a page is compared with. */
    public JsonNode get(Role role, String path) {
        Reply r = as(role, "GET", path, null);
        assertThat(r.status()).as(path + ": " + r.raw().body()).isEqualTo(200);
        return r.json();
    }

    /** The ids of the party's neighbourhood as the API gives it to an administrator at {@link #AS_OF}. */
    public Set<String> networkIds(String id, int depth) {
        JsonNode net = http.asAdmin("GET", "/api/v1/entities/" + id + "/network?depth=" + depth + "&asOf=" + AS_OF).json();
        Set<String> ids = new HashSet<>();
        net.get("nodes").forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    /** The sample data set alone in the graph (datasets/sample), after the given number of fraud scans. */
    public void sample(int fraudScans) {
        imported(Path.of("datasets/sample"));
        for (int i = 0; i < fraudScans; i++) {
            Reply scan = http.asAdmin("POST", "/api/v1/fraud/scans");
            assertThat(scan.status()).as(scan.raw().body()).isEqualTo(200);
        }
        settled();
    }

    /**
     * Waits until the work the last changes set off after commit is done (events, credit
     * recomputations), so that a page and the API read the same graph.
     */
    public void settled() {
        GraphFixtures.awaitBackgroundWork(driver);
    }

    /** The data set in the folder alone in the graph; deleted again after the class. */
    public void imported(Path dir) {
        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(dir, ImportProgress.NONE);
        imported = true;
    }

    /** After the class: the data it imported is deleted, so that the next class starts from an empty graph. */
    public void afterClass() {
        if (imported) {
            deleteDomainData();
        }
    }

    public void deleteDomainData() {
        GraphFixtures.deleteDomainData(driver);
    }

    public Driver driver() {
        return driver;
    }
}

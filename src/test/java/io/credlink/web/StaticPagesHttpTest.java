package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;

/** The explorer's files are served without credentials, from the application and its WebJars only. */
@CredLinkTest
class StaticPagesHttpTest {

    AccessFixtures http;

    @Test
    void thePageAndEveryScriptAndStylesheetItLoadsAreServedAnonymouslyFromTheApplication() {
        Reply page = http.call("GET", "/", null, null);
        assertThat(page.status()).isEqualTo(200);
        String html = page.raw().body();
        assertThat(html).contains("<meta charset=\"utf-8\">");

        Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(html);
        List<String> assets = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).startsWith("data:")) {
                assets.add(m.group(1));
            }
        }
        assertThat(assets).contains("/css/app.css", "/js/app.js", "/webjars/cytoscape/dist/cytoscape.min.js",
                "/webjars/cytoscape-fcose/cytoscape-fcose.js");
        for (String asset : assets) {
            assertThat(asset).as("no CDN: %s", asset).startsWith("/").doesNotStartWith("//");
            Reply r = http.call("GET", asset, null, null);
            assertThat(r.status()).as(asset).isEqualTo(200);
        }
        for (String module : List.of("/js/api.js", "/js/util.js", "/js/graph.js", "/js/views/search.js", "/js/views/party.js",
                "/js/views/graph.js", "/js/views/paths.js", "/js/views/fraud.js", "/js/views/impact.js", "/js/views/lists.js")) {
            Reply r = http.call("GET", module, null, null);
            assertThat(r.status()).as(module).isEqualTo(200);
            assertThat(r.contentType()).as(module).contains("javascript");
        }
    }

    @Test
    void aScriptCallWithoutCredentialsGetsA401WithoutTheBasicChallengeSoTheBrowserShowsNoDialog() {
        Reply plain = http.call("GET", "/api/v1/lists/black", null, null);
        assertThat(plain.status()).isEqualTo(401);
        assertThat(plain.header("WWW-Authenticate")).isEqualTo("Basic realm=\"CredLink\"");

        Reply script = http.send(http.request("GET", "/api/v1/lists/black", AccessFixtures.ADMIN, "wrong-password")
                .header("X-Requested-With", "XMLHttpRequest").build());
        assertThat(script.status()).isEqualTo(401);
        assertThat(script.header("WWW-Authenticate")).isNull();
        assertThat(script.contentType()).contains("application/problem+json");
    }
}

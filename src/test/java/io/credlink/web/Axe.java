package io.credlink.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.opentest4j.AssertionFailedError;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accessibility checks with axe-core (the script Deque ships in its Selenium jar, injected into
 * the page): fails on any violation of impact serious or critical on the current page, in
 * Chromium ({@link Browser}) or Firefox ({@link Firefox}). Minor and moderate findings are left to
 * review, as the issue asks for 0 serious violations.
 */
final class Axe {

    private static final String SOURCE = source();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Runs axe on the document and answers what it found, as JSON text (only the fields we report). */
    private static final String RUN = "window.axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify("
            + "r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + " nodes: v.nodes.map(n => ({target: n.target.join(' '), impact: n.impact, summary: n.failureSummary}))}))))";

    private Axe() {
    }

    /** The page in Chromium has no serious or critical violation. */
    static void check(Browser browser, String where) {
        if (!Boolean.TRUE.equals(browser.script("return !!window.axe"))) {
            browser.script(SOURCE + "\nreturn true;");
        }
        report(where, (String) browser.script("return " + RUN));
    }

    /** The page in Firefox has no serious or critical violation. */
    static void check(Firefox firefox, String where) {
        if (!Boolean.TRUE.equals(firefox.call("() => !!window.axe"))) {
            firefox.call("() => {\n" + SOURCE + "\n}");
        }
        report(where, firefox.text("() => " + RUN));
    }

    private static void report(String where, String json) {
        List<String> serious = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            String impact = v.path("impact").asString("");
            if (!impact.equals("serious") && !impact.equals("critical")) {
                continue;
            }
            StringBuilder line = new StringBuilder(v.get("id").asString()).append(" (").append(impact).append("): ")
                    .append(v.get("help").asString());
            for (JsonNode n : v.get("nodes")) {
                line.append("\n    ").append(n.get("target").asString()).append(" — ")
                        .append(n.path("summary").asString("").replace('\n', ' '));
            }
            serious.add(line.toString());
        }
        if (!serious.isEmpty()) {
            throw new AssertionFailedError("axe-core on " + where + ": " + serious.size()
                    + " serious or critical violation(s):\n  " + String.join("\n  ", serious));
        }
    }

    private static String source() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

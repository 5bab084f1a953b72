package io.credlink.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Named Cypher: every {@code cypher/<module>/<verbObject>.cypher} on the classpath, by the name
 * {@code <module>/<verbObject>}. Modules fetch their queries in their constructors, so a missing
 * file fails start-up instead of a request.
 *
 * <p>A query is sent without its whole-line {@code //} comments: its header is for readers, and
 * the DBMS would receive it with every run and pre-parse it before each look-up of its plan.
 * {@link #files()} keeps the texts as written (schema migrations are checksummed by them).
 */
@Component
public class CypherCatalog {

    private static final String ROOT = "cypher/";

    private final Map<String, String> files;
    private final Map<String, String> queries;

    public CypherCatalog() {
        this.files = Collections.unmodifiableMap(load());
        Map<String, String> sent = new TreeMap<>();
        files.forEach((name, text) -> sent.put(name, withoutCommentLines(text)));
        this.queries = Collections.unmodifiableMap(sent);
    }

    /** The text of a named query; fails when there is no such file. */
    public String get(String name) {
        String text = queries.get(name);
        if (text == null) {
            throw new IllegalStateException("no Cypher file cypher/" + name + ".cypher on the classpath");
        }
        return text;
    }

    /** Every named query as it is sent, schema migrations included, by name. */
    public Map<String, String> all() {
        return queries;
    }

    /** Every file's text as written, header comments included, by name. */
    public Map<String, String> files() {
        return files;
    }

    /**
     * The text without the lines that hold only a {@code //} comment. A comment after code on the
     * same line stays: telling it from {@code //} inside a string literal would need a lexer.
     */
    static String withoutCommentLines(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (String line : text.split("\\R", -1)) {
            if (!line.stripLeading().startsWith("//")) {
                if (!kept.isEmpty()) {
                    kept.append('\n');
                }
                kept.append(line);
            }
        }
        return kept.toString().strip();
    }

    static Map<String, String> load() {
        Map<String, String> found = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.cypher");
            for (Resource r : resources) {
                String url = r.getURL().toString();
                int at = url.lastIndexOf("/" + ROOT);
                String name = url.substring(at + ROOT.length() + 1, url.length() - ".cypher".length());
                try (InputStream in = r.getInputStream()) {
                    found.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Cypher files: " + e.getMessage(), e);
        }
        return found;
    }
}

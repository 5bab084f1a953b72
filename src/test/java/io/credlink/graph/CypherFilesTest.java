package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;

/** Every named query compiles against the real DBMS (EXPLAIN plans without running). */
@CredLinkTest
class CypherFilesTest {

    @Autowired
    CypherCatalog catalog;

    @Autowired
    Driver driver;

    @TestFactory
    Stream<DynamicTest> everyNamedQueryIsValidCypher() {
        return catalog.all().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("schema/"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertThatCode(
                        () -> driver.executableQuery("EXPLAIN " + e.getValue()).execute())
                        .as("cypher/%s.cypher", e.getKey()).doesNotThrowAnyException()));
    }

    @Test
    void everyNamedQueryStartsWithAHeaderComment() {
        Map<String, String> all = catalog.files();
        assertThat(all).isNotEmpty();
        all.forEach((name, text) -> assertThat(text.strip())
                .as("cypher/%s.cypher opens with a // header", name).startsWith("//"));
    }

    @Test
    void queriesAreSentWithoutTheirCommentLinesAndNothingElseIsTakenOut() {
        catalog.all().forEach((name, sent) -> {
            assertThat(sent.lines()).as(name).noneMatch(line -> line.stripLeading().startsWith("//"));
            List<String> code = catalog.files().get(name).lines().filter(l -> !l.stripLeading().startsWith("//"))
                    .toList();
            assertThat(sent).as(name).isEqualTo(String.join("\n", code).strip());
        });
        // a comment after code stays, and so does // within a string
        assertThat(CypherCatalog.withoutCommentLines("// header\n  // indented\nRETURN 'http://x' AS u // why\n"))
                .isEqualTo("RETURN 'http://x' AS u // why");
        assertThat(catalog.get("sanction/findSanctionFacts")).startsWith("MATCH (s:Sanction {id: $id})");
    }

    @Test
    void aMissingQueryFailsLoudly() {
        assertThatCode(() -> catalog.get("nowhere/doesNotExist"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nowhere/doesNotExist");
    }
}

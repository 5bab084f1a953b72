package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
        Map<String, String> all = catalog.all();
        assertThat(all).isNotEmpty();
        all.forEach((name, text) -> assertThat(text.strip())
                .as("cypher/%s.cypher opens with a // header", name).startsWith("//"));
    }

    @Test
    void aMissingQueryFailsLoudly() {
        assertThatCode(() -> catalog.get("nowhere/doesNotExist"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nowhere/doesNotExist");
    }
}

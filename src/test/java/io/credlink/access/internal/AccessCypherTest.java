package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.graph.CypherCatalog;

@CredLinkTest
class AccessCypherTest {

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalog catalog;

    @Test
    void everyAccessQueryCompiles() {
        Map<String, String> access = new java.util.TreeMap<>();
        catalog.all().forEach((name, text) -> {
            if (name.startsWith("access/")) {
                access.put(name, text);
            }
        });
        assertThat(access).containsKeys("access/findUser", "access/createUser", "access/listUsers");
        access.forEach((name, text) -> driver.executableQuery("EXPLAIN " + text)
                .withParameters(Map.of("name", "n", "passwordHash", "h", "role", "ADMIN", "skip", 0, "limit", 1, "id", "x"))
                .execute());
    }
}

package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.graph.CypherCatalog;

/**
 * Schema V011 on users that existed before it: each gets its canonical name as nameKey; of two
 * that differ only by case the older keeps the key and the later one is disabled with a key no
 * sign-in reaches, so the uniqueness constraint can be created.
 */
@CredLinkTest
class UserNameKeyMigrationTest {

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalog catalog;

    @Autowired
    UserQueries users;

    @AfterEach
    void cleanUp() {
        driver.executableQuery("MATCH (u:User) WHERE toLower(u.name) STARTS WITH 'migtest-' DETACH DELETE u").execute();
        // the constraint is V011's own; it is back whatever the test did
        driver.executableQuery("CREATE CONSTRAINT user_name_key IF NOT EXISTS FOR (u:User) REQUIRE u.nameKey IS UNIQUE")
                .execute();
    }

    @Test
    void existingUsersAreKeyedAndTheLaterOfTwoCaseTwinsIsDisabled() {
        // as before V011: no nameKey, and no constraint on it
        driver.executableQuery("DROP CONSTRAINT user_name_key IF EXISTS").execute();
        driver.executableQuery("""
                CREATE (:User {name: 'MigTest-Twin', passwordHash: 'x', role: 'ANALYST', enabled: true,
                               createdAt: datetime('2020-01-01T00:00:00Z')})
                CREATE (:User {name: 'migtest-twin', passwordHash: 'x', role: 'ANALYST', enabled: true,
                               createdAt: datetime('2021-01-01T00:00:00Z')})
                CREATE (:User {name: 'MigTest-Solo', passwordHash: 'x', role: 'ANALYST', enabled: true,
                               createdAt: datetime('2021-01-01T00:00:00Z')})
                """).execute();

        statements(catalog.get("schema/V011__user_name_key")).forEach(s -> driver.executableQuery(s).execute());

        Map<String, Record> byName = new java.util.HashMap<>();
        driver.executableQuery("MATCH (u:User) WHERE toLower(u.name) STARTS WITH 'migtest-' "
                + "RETURN u.name AS name, u.nameKey AS key, u.enabled AS enabled").execute().records()
                .forEach(r -> byName.put(r.get("name").asString(), r));
        assertThat(byName.get("MigTest-Twin").get("key").asString()).isEqualTo("migtest-twin");
        assertThat(byName.get("MigTest-Twin").get("enabled").asBoolean()).isTrue();
        assertThat(byName.get("migtest-twin").get("key").asString()).startsWith("migtest-twin#");
        assertThat(byName.get("migtest-twin").get("enabled").asBoolean()).isFalse();
        assertThat(byName.get("MigTest-Solo").get("key").asString()).isEqualTo("migtest-solo");
        // the look-up reaches them by any spelling; the twin's name reaches the older user
        assertThat(users.find("MIGTEST-SOLO")).map(StoredUser::name).contains("MigTest-Solo");
        assertThat(users.find("migtest-twin")).map(StoredUser::name).contains("MigTest-Twin");
        long constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'user_name_key' "
                + "RETURN count(*) AS n").execute().records().get(0).get("n").asLong();
        assertThat(constraints).isEqualTo(1);
    }

    /** The statements of a migration file: each ends with a semicolon at the end of a line. */
    private static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().isEmpty() || line.strip().startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        return out;
    }
}

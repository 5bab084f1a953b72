package io.credlink.resolution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;

/** The in-memory members of resolved entities: current after every write of resolvedId, never stale. */
@CredLinkTest
class MemberIndexTest {

    @Autowired
    Driver driver;

    @Autowired
    ResolutionQueries queries;

    private final String prefix = "MIX-" + System.nanoTime();

    @AfterEach
    void removeParties() {
        driver.executableQuery("MATCH (n:Party) WHERE n.id STARTS WITH $p DETACH DELETE n")
                .withParameters(Map.of("p", prefix)).execute();
    }

    @Test
    void answersFromMemoryOnceLoadedAndFromTheGraphRightAfterAWrite() {
        String a = prefix + "-a", b = prefix + "-b", c = prefix + "-c";
        driver.executableQuery("UNWIND $ids AS id CREATE (:Entity:Party:Consumer {id: id})")
                .withParameters(Map.of("ids", List.of(a, b, c))).execute();
        queries.writeResolvedIds(List.of(row(b, a)));
        MemberIndex index = new MemberIndex(queries);
        try {
            // not loaded yet: the graph answers, and the same way
            assertThat(index.isCurrent()).isFalse();
            assertThat(index.members(List.of(a, b, c, prefix + "-none"))).containsExactly(
                    Map.entry(a, List.of(a, b)), Map.entry(b, List.of(a, b)), Map.entry(c, List.of(c)),
                    Map.entry(prefix + "-none", List.of(prefix + "-none")));
            index.load();
            assertThat(index.isCurrent()).isTrue();
            assertThat(index.members(List.of(b, c))).containsExactly(Map.entry(b, List.of(a, b)), Map.entry(c, List.of(c)));

            // a write moves the version: the loaded members are not used any more
            queries.writeResolvedIds(List.of(row(c, a)));
            assertThat(index.isCurrent()).isFalse();
            assertThat(index.members(List.of(c)).get(c)).containsExactly(a, b, c);
            index.load();
            assertThat(index.isCurrent()).isTrue();
            assertThat(index.members(List.of(a)).get(a)).containsExactly(a, b, c);

            // a split: b alone again
            queries.writeResolvedIds(List.of(row(b, null)));
            index.load();
            assertThat(index.members(List.of(a, b))).containsExactly(Map.entry(a, List.of(a, c)), Map.entry(b, List.of(b)));
        } finally {
            index.stop();
        }
    }

    private static Map<String, Object> row(String id, String resolvedId) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("resolvedId", resolvedId);
        return row;
    }
}

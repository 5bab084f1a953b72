package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The link watch counts changes of exactly the relationship types network propagation and the
 * exposure walk follow: were a type added to the queries and not to the watch, an incremental
 * recomputation would reuse network parts that the new links changed.
 */
class LinkWatchTest {

    private static final Pattern TYPES = Pattern.compile("\\[:([A-Z_|]+)\\]");

    @ParameterizedTest
    @ValueSource(strings = {"cypher/credit/findNeighbours.cypher", "cypher/credit/findDegrees.cypher"})
    void watchesTheTypesTheNetworkQueriesFollow(String file) throws Exception {
        String cypher = Files.readString(Path.of(file));
        Matcher m = TYPES.matcher(cypher);
        assertThat(m.find()).as("a relationship pattern in %s", file).isTrue();
        assertThat(Set.of(m.group(1).split("\\|"))).isEqualTo(LinkWatch.LINK_TYPES);
    }
}

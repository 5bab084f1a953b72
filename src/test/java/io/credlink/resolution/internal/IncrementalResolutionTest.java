package io.credlink.resolution.internal;

import static io.credlink.resolution.ResolutionFixture.HOUSEHOLD_1;
import static io.credlink.resolution.ResolutionFixture.HOUSEHOLD_2;
import static io.credlink.resolution.ResolutionFixture.PERSON_A;
import static io.credlink.resolution.ResolutionFixture.PERSON_B;
import static io.credlink.resolution.ResolutionFixture.PERSON_TYPO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import io.credlink.resolution.ResolutionFixture;
import io.credlink.resolution.ResolutionService;

/**
 * An import resolves only the parties it touched, against the graph: importing A and then B
 * gives the same resolved entities as importing A and B together (a full run), on the real
 * embedded graph.
 */
@CredLinkTest
class IncrementalResolutionTest {

    /** The second insurer's records of people already imported, and a household member. */
    static final Set<String> LATER = Set.of(PERSON_B, PERSON_TYPO, HOUSEHOLD_2);

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @Autowired
    ResolutionService resolution;

    @TempDir
    Path dir;

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void importingAThenBResolvesLikeImportingBothAtOnce() throws IOException {
        Path all = ResolutionFixture.write(Files.createDirectories(dir.resolve("all")));
        Files.delete(all.resolve("policies.csv"));
        Path a = split(all, dir.resolve("a"), false);
        Path b = split(all, dir.resolve("b"), true);

        imports.importDirectory(a, ImportProgress.NONE);
        assertThat(resolution.resolvedIdOf(PERSON_A)).contains(PERSON_A);
        imports.importDirectory(b, ImportProgress.NONE);
        assertThat(latestRunKind()).isEqualTo("INCREMENTAL");
        Map<String, String> incremental = resolution.resolvedIds();
        // the later records joined the person imported before; the household stayed apart
        assertThat(incremental.get(PERSON_B)).isEqualTo(incremental.get(PERSON_A));
        assertThat(incremental.get(PERSON_TYPO)).isEqualTo(incremental.get(PERSON_A));
        assertThat(incremental.get(HOUSEHOLD_2)).isNotEqualTo(incremental.get(HOUSEHOLD_1));
        List<String> linksIncremental = links();

        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(all, ImportProgress.NONE);
        assertThat(latestRunKind()).isEqualTo("IMPORT");
        assertThat(resolution.resolvedIds()).isEqualTo(incremental);
        assertThat(links()).isEqualTo(linksIncremental);

        // a full run on top changes nothing
        assertThat(resolution.run().written()).isZero();
    }

    @Test
    void anImportChangingAPartyMovesItOutOfItsEntity() throws IOException {
        Path all = ResolutionFixture.write(Files.createDirectories(dir.resolve("all")));
        Files.delete(all.resolve("policies.csv"));
        imports.importDirectory(all, ImportProgress.NONE);
        assertThat(resolution.resolvedIdOf(PERSON_TYPO)).contains(PERSON_A);
        // the typo corrected to another person's number, under another name
        Path fix = Files.createDirectories(dir.resolve("fix"));
        Files.writeString(fix.resolve("consumers.csv"), "id,name,id_number,kind\n" + PERSON_TYPO
                + ",Zhou Min,310115196001010011,PERSON\n", StandardCharsets.UTF_8);
        imports.importDirectory(fix, ImportProgress.NONE);
        assertThat(latestRunKind()).isEqualTo("INCREMENTAL");
        assertThat(resolution.resolvedIdOf(PERSON_TYPO)).contains(PERSON_TYPO);
        assertThat(resolution.resolvedIdOf(PERSON_B)).contains(PERSON_A);
    }

    private String latestRunKind() {
        return driver.executableQuery("MATCH (r:ResolutionRun) RETURN r.kind AS kind ORDER BY r.startedAt DESC LIMIT 1")
                .execute().records().get(0).get("kind").asString();
    }

    private List<String> links() {
        return driver.executableQuery("""
                MATCH (a:Party)-[r:SAME_AS]->(b:Party)
                RETURN a.id + '-' + b.id + ':' + r.decision AS link ORDER BY link""")
                .execute().records().stream().map(r -> r.get("link").asString()).toList();
    }

    /** The fixture's rows of the later parties ({@code later}) or of the others. */
    private static Path split(Path all, Path to, boolean later) throws IOException {
        Files.createDirectories(to);
        if (!later) {
            Files.copy(all.resolve("insurers.csv"), to.resolve("insurers.csv"));
        }
        for (String file : List.of("consumers.csv", "identifiers.csv")) {
            List<String> lines = Files.readAllLines(all.resolve(file), StandardCharsets.UTF_8);
            String kept = lines.stream().skip(1)
                    .filter(l -> LATER.contains(l.substring(0, l.indexOf(','))) == later)
                    .collect(Collectors.joining("\n", lines.get(0) + "\n", "\n"));
            Files.writeString(to.resolve(file), kept, StandardCharsets.UTF_8);
        }
        return to;
    }
}

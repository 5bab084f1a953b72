package io.credlink.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportService;

/**
 * A generated dataset with its planted duplicates and look-alikes is valid under the import
 * contract: every row is imported, none rejected, and every copy becomes a party of its own.
 */
@CredLinkTest
class GeneratedDatasetImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    Driver driver;

    @TempDir
    Path tmp;

    @BeforeEach
    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void everyRowOfAGeneratedDatasetIsImportedAndEveryCopyIsAParty() throws IOException {
        Path dir = new DatasetGenerator().generate(new GenerationOptions(tmp.resolve("ds"), 0.2, 11, false)).out();
        DuplicateTruth truth = DuplicateTruth.read(dir);
        assertThat(truth.duplicates()).hasSizeGreaterThan(50);
        assertThat(truth.lookalikes()).hasSizeGreaterThan(20);

        ImportReport report = imports.importDirectory(dir, ImportProgress.NONE);

        assertThat(report.files()).allSatisfy(f -> assertThat(f.errors()).as(f.file()).isEmpty());
        assertThat(report.rejected()).isZero();
        assertThat(report.imported()).isEqualTo(report.read());
        long parties = driver.executableQuery("""
                MATCH (n:Entity)
                WHERE n.id IN $ids
                RETURN count(n) AS n
                """).withParameters(java.util.Map.of("ids", truth.duplicates().keySet().stream().toList()))
            .execute().records().get(0).get("n").asLong();
        assertThat(parties).isEqualTo(truth.duplicates().size());
    }
}

package io.credlink.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.util.unit.DataSize;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.ingest.ImportService;
import io.credlink.ingest.IngestProperties;

@CredLinkTest
class SampleLoaderTest {

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

    SampleLoader loaderFor(Path dir, boolean enabled) {
        return new SampleLoader(imports, new IngestProperties(enabled, dir, 1000, 1, 100, DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), 65536, 1048576, true, null));
    }

    long entities() {
        return driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
    }

    @Test
    void anEmptyGraphGetsTheSampleOnStart() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("sample"));
        Files.writeString(dir.resolve("providers.csv"), "id,name,kind\nPV-1,仁济医院,HOSPITAL\nPV-2,顺达汽修,GARAGE\n");
        loaderFor(dir, true).run(new DefaultApplicationArguments());
        assertThat(entities()).isEqualTo(2);
    }

    @Test
    void aGraphWithDataIsLeftAlone() throws Exception {
        driver.executableQuery("CREATE (:Entity:Party:Insurer {id: 'INS-KEEP', name: 'Kept', status: 'ACTIVE'})").execute();
        Path dir = Files.createDirectories(tmp.resolve("sample"));
        Files.writeString(dir.resolve("providers.csv"), "id,name,kind\nPV-1,仁济医院,HOSPITAL\n");
        loaderFor(dir, true).run(new DefaultApplicationArguments());
        assertThat(entities()).isEqualTo(1);
    }

    @Test
    void switchedOffItLoadsNothing() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("sample"));
        Files.writeString(dir.resolve("providers.csv"), "id,name,kind\nPV-1,仁济医院,HOSPITAL\n");
        loaderFor(dir, false).run(new DefaultApplicationArguments());
        assertThat(entities()).isZero();
    }

    @Test
    void aSampleFileThatNamesAColumnTwiceIsRejectedAndTheOthersLoad() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("sample"));
        Files.writeString(dir.resolve("providers.csv"), "id,name,kind\nPV-1,仁济医院,HOSPITAL\n");
        Files.writeString(dir.resolve("consumers.csv"), "id,name,id_number,kind,id\nCO-1,刘洋,,PERSON,CO-2\n");
        Files.writeString(dir.resolve("insurers.csv"), "id,name,license_no,status\nINS-1,\"never closed,L,ACTIVE\n");
        loaderFor(dir, true).run(new DefaultApplicationArguments());
        assertThat(entities()).isEqualTo(1);
        assertThat(driver.executableQuery("MATCH (n:Entity) RETURN n.id AS id").execute().records().get(0).get("id")
                .asString()).isEqualTo("PV-1");
    }
}

package io.credlink.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.datagen.DatasetGenerator;
import io.credlink.datagen.GenerationOptions;
import io.credlink.graph.EmbeddedNeo4j;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportReport.FileReport;
import io.credlink.ingest.ImportService;
import io.credlink.ingest.IngestProperties;

/**
 * The bulk path builds the graph the Cypher path builds: the same dataset goes once through
 * Neo4j's offline importer into a fresh store and once through the Cypher upserts into the
 * (emptied) shared store, and the canonical dumps of both graphs (every node with labels and
 * typed properties, every relationship with type, end points and properties) and the two
 * import reports (timings aside) must be equal.
 */
@CredLinkTest
class BulkLoadEquivalenceTest {

    @Autowired
    ImportService imports;

    @Autowired
    IngestProperties properties;

    @Autowired
    Driver driver;

    @TempDir
    Path tmp;

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void theSampleDatasetGivesTheSameGraphAndReport() {
        Comparison c = compare(Path.of("datasets/sample"));
        assertThat(c.cypherReport().rejected()).isZero();
        assertThat(c.cypherDump()).hasSizeGreaterThan(4_000);
        assertThat(c.bulkReport()).isEqualTo(c.cypherReport());
        assertSameGraph(c);
    }

    @Test
    void brokenRowsDuplicatesAndClashesAreHandledAlike() throws IOException {
        Path dataset = tmp.resolve("broken");
        new DatasetGenerator().generate(new GenerationOptions(dataset, 0.05, 7, false));
        String insurer = firstId(dataset, "insurers.csv");
        String practitioner = firstId(dataset, "practitioners.csv");
        String consumer = firstId(dataset, "consumers.csv");
        String consumer2 = secondId(dataset, "consumers.csv");
        String policy = firstId(dataset, "policies.csv");
        String claim = firstId(dataset, "claims.csv");
        String provider = firstId(dataset, "providers.csv");
        append(dataset, "providers.csv",
                insurer + ",Clash Garage,GARAGE",            // id used by an insurer
                "PV-NEW-1,New Garage,SPACESHIP",              // unknown kind
                "PV-NEW-2,,GARAGE",                           // missing name
                "PV-NEW-3,First name,HOSPITAL",
                "PV-NEW-3,Second name wins,GARAGE",          // duplicate id: the later row is the upsert
                "PV-NEW-4,Too,many,fields");
        append(dataset, "consumers.csv",
                practitioner + ",Clash Person,,PERSON",       // id used by a practitioner
                "CO-NEW-1,Dup Person,,PERSON",
                "CO-NEW-1,Dup Person Renamed,ID-9,COMPANY");
        append(dataset, "affiliations.csv",
                practitioner + "," + insurer + ",AGENT,2001-01-01,2001-06-30",
                practitioner + "," + insurer + ",AGENT,2001-01-01,2002-12-31", // same key: later end date wins
                practitioner + "," + insurer + ",JANITOR,2001-01-01,",          // unknown role
                practitioner + "," + consumer + ",AGENT,2001-01-01,",           // org is a consumer
                "PRC-NOBODY," + insurer + ",AGENT,2001-01-01,",                 // dangling person
                practitioner + "," + insurer + ",EMPLOYEE,2005-01-01,2004-01-01"); // to before from
        append(dataset, "policies.csv",
                "PO-NEW-1," + insurer + "," + consumer + ",,AUTO,2024-01-01,2024-12-31,100.5,,,,ACTIVE,,VIN-1",
                "PO-NEW-1," + insurer + "," + consumer2 + ",,AUTO,2024-01-01,,99,,,true,ACTIVE,,", // holder changed
                "PO-NEW-2,NO-SUCH-INSURER," + consumer + ",,AUTO,2024-01-01,,,,,,ACTIVE,,",
                "PO-NEW-3," + consumer + "," + consumer + ",,AUTO,2024-01-01,,,,,,ACTIVE,,",
                "PO-NEW-4," + insurer + "," + consumer + ",,AUTO,2024-05-01,2024-04-01,,,,,ACTIVE,,",
                "PO-NEW-5," + insurer + "," + consumer + ",,AUTO,2024-13-01,,,,,,ACTIVE,,",
                "PO-NEW-6," + insurer + "," + consumer + ",,AUTO,2024-01-01,,-5,,,,ACTIVE,,",
                "PO-NEW-7," + insurer + "," + consumer + ",,AUTO,2024-01-01,,,,,maybe,ACTIVE,,");
        append(dataset, "claims.csv",
                "CL-NEW-1,PO-NEW-1," + consumer2 + ",2024-03-01,2024-03-02,1200.25,COLLISION,OPEN,," + provider + ",,INV-1",
                "CL-NEW-2,PO-NEW-2," + consumer + ",2024-03-01,,10,,OPEN,,,,",       // policy was rejected
                "CL-NEW-3," + policy + "," + consumer + ",2024-03-01,,ten,,OPEN,,,,",
                "CL-NEW-4," + policy + "," + consumer + ",2024-03-01,2024-02-01,10,,OPEN,,,,");
        append(dataset, "claim_parties.csv",
                "CL-NEW-1," + consumer + ",WITNESS",
                "CL-NEW-1," + consumer + ",WITNESS",                                 // same key twice
                "CL-NEW-1," + consumer + ",DRIVER",
                "CL-NOBODY," + consumer + ",WITNESS",
                claim + "," + insurer + ",WITNESS");                                 // insurers are not claim parties
        append(dataset, "identifiers.csv",
                consumer + ",PHONE,+86 138-0013-8000",
                consumer + ",PHONE,13800138000",                                     // same number: one link
                consumer2 + ",PHONE,0086 13800138000",                               // shared identifier node
                consumer + ",PHONE,+86 --",                                          // nothing left once normalised
                policy + ",EMAIL,x@example.com",                                     // policies have no identifiers
                consumer + ",FAX,123");
        append(dataset, "sanctions.csv",
                "SA-NEW-1," + practitioner + ",CBIRC,FINE,7,false,2024-01-01,2024-01-01,,",
                "SA-NEW-2," + practitioner + ",CBIRC,FINE,3,yes,2024-01-01,2024-01-01,,",
                "SA-NEW-3," + practitioner + ",CBIRC,FINE,3,true,2024-01-01,2024-01-01,2025-01-01,late filing");
        append(dataset, "records.csv",
                "CR-NEW-1,NOBODY,COMPLAINT,2024-01-01,2,",
                "CR-NEW-2," + consumer + ",COMPLAINT,2024-01-01,2,slow payer");
        // a whole file rejected for its header
        Files.writeString(dataset.resolve("contracts.csv"), "intermediary_id,insurer_id,from,to,extra\nX,Y,2020-01-01,,z\n");

        Comparison c = compare(dataset);

        FileReport policies = file(c.cypherReport(), "policies.csv");
        assertThat(policies.rejected()).isEqualTo(6);
        assertThat(file(c.cypherReport(), "contracts.csv").fileError()).contains("unknown columns extra");
        assertThat(file(c.cypherReport(), "identifiers.csv").errors()).extracting(ImportReport.RowError::reason)
                .anyMatch(r -> r.contains("empty once normalised"));
        assertThat(c.bulkReport()).isEqualTo(c.cypherReport());
        assertSameGraph(c);
        assertThat(c.cypherDump()).anyMatch(l -> l.startsWith("(PV-NEW-3 ") && l.contains("Second name wins"))
                .anyMatch(l -> l.startsWith("(" + consumer2 + ")-[HOLDS {}]->(PO-NEW-1)"))
                .noneMatch(l -> l.startsWith("(" + consumer + ")-[HOLDS {}]->(PO-NEW-1)"))
                .anyMatch(l -> l.contains("-[AFFILIATED_WITH {from=DATE 2001-01-01, role=STRING AGENT, to=DATE 2002-12-31}]->"));
    }

    /**
     * Rows that cannot be read (a parse error of Commons CSV, bytes that are not UTF-8, a field
     * over the limit) in every contract file, and a header naming a column twice: the bulk path
     * rejects exactly what the Cypher path rejects, with the same lines and reasons, and builds
     * the same graph from the rows around them.
     */
    @Test
    void unreadableRowsAndRepeatedColumnsAreRejectedAlikeInEveryFile() throws IOException {
        Path dataset = tmp.resolve("unreadable");
        new DatasetGenerator().generate(new GenerationOptions(dataset, 0.05, 11, false));
        Map<String, Long> brokenLine = new TreeMap<>();
        for (DatasetContract.FileSpec spec : DatasetContract.FILES) {
            Path path = dataset.resolve(spec.file());
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            String second = lines.size() > 2 ? lines.get(2) : lines.size() > 1 ? lines.get(1) : "X-NONE";
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            bytes.writeBytes((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            brokenLine.put(spec.file(), (long) lines.size() + 1);
            bytes.writeBytes(("\"X\"junk," + second + "\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {'X', (byte) 0xE6, (byte) 0x88, ','});
            bytes.writeBytes((second + "\n" + second + "," + "x".repeat(properties.maxFieldLength() + 1) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes((second + ",\"never closed\n" + "tail\n").getBytes(StandardCharsets.UTF_8));
            Files.write(path, bytes.toByteArray());
        }
        Files.writeString(dataset.resolve("records.csv"), "id,subject_id,kind,date,severity,detail,subject_id\n"
                + "CR-DUP-1,NOBODY,COMPLAINT,2024-01-01,2,,NOBODY\n", StandardCharsets.UTF_8);

        Comparison c = compare(dataset);

        for (DatasetContract.FileSpec spec : DatasetContract.FILES) {
            FileReport report = file(c.cypherReport(), spec.file());
            if (spec.file().equals("records.csv")) {
                assertThat(report.fileError()).contains("columns named more than once subject_id;");
                continue;
            }
            long first = brokenLine.get(spec.file());
            assertThat(report.errors()).as(spec.file()).extracting(ImportReport.RowError::line)
                    .containsSubsequence(first, first + 1, first + 2, first + 3);
            assertThat(report.errors()).as(spec.file()).extracting(ImportReport.RowError::reason)
                    .anyMatch(r -> r.startsWith("not valid CSV: text after the closing quote"))
                    .anyMatch(r -> r.startsWith("not valid UTF-8"))
                    .anyMatch(r -> r.startsWith("a field is longer than"))
                    .anyMatch(r -> r.startsWith("not valid CSV (lines " + (first + 3) + "–" + (first + 4) + "): a quoted value"));
        }
        assertThat(c.cypherReport().imported()).isGreaterThan(1_000);
        assertThat(c.bulkReport()).isEqualTo(c.cypherReport());
        assertSameGraph(c);
    }

    /** Names the lines only one graph has, so a difference is readable. */
    static void assertSameGraph(Comparison c) {
        List<String> onlyBulk = new ArrayList<>(c.bulkDump());
        onlyBulk.removeAll(c.cypherDump());
        List<String> onlyCypher = new ArrayList<>(c.cypherDump());
        onlyCypher.removeAll(c.bulkDump());
        assertThat(onlyBulk).as("only in the bulk-loaded graph").isEmpty();
        assertThat(onlyCypher).as("only in the Cypher-imported graph").isEmpty();
        assertThat(c.bulkDump()).hasSameSizeAs(c.cypherDump());
        // the store has the token lookup indexes a store created by Neo4j has, and they hold every node
        // and relationship: label and type scans (and index populations) go through them
        assertThat(c.bulkTokenIndexes()).isEqualTo(c.cypherTokenIndexes())
                .contains("LOOKUP NODE ONLINE", "LOOKUP RELATIONSHIP ONLINE");
    }

    record Comparison(ImportReport cypherReport, List<String> cypherDump, List<String> cypherTokenIndexes,
            ImportReport bulkReport, List<String> bulkDump, List<String> bulkTokenIndexes) {
    }

    /** The token lookup indexes with their state, then how many nodes a scan of each label and type finds. */
    static List<String> tokenIndexes(Driver d) {
        List<String> lines = new ArrayList<>();
        d.executableQuery("SHOW INDEXES YIELD type, entityType, state WHERE type = 'LOOKUP' "
                + "RETURN type, entityType, state ORDER BY entityType").execute().records()
                .forEach(r -> lines.add(r.get("type").asString() + " " + r.get("entityType").asString() + " "
                        + r.get("state").asString()));
        for (String label : List.of("Entity", "Party", "Insurer", "Consumer", "Policy", "Claim", "Identifier")) {
            // the WHERE keeps the planner from answering with the counts store: a label scan
            lines.add(label + " " + d.executableQuery("MATCH (n:" + label + ") WHERE n.id IS NOT NULL RETURN count(n) AS n")
                    .execute().records().get(0).get("n").asLong());
        }
        for (String type : List.of("HOLDS", "HAS_IDENTIFIER")) {
            lines.add(type + " " + d.executableQuery("MATCH ()-[r:" + type + "]->() WHERE r IS NOT NULL RETURN count(r) AS n")
                    .execute().records().get(0).get("n").asLong());
        }
        return lines;
    }

    Comparison compare(Path dataset) {
        GraphFixtures.deleteDomainData(driver);
        ImportReport cypher = withoutTimes(imports.importDirectory(dataset, ImportProgress.NONE));
        List<String> cypherDump = dump(driver);
        List<String> cypherTokenIndexes = tokenIndexes(driver);

        Path store = tmp.resolve("bulk-store-" + System.nanoTime());
        ImportReport bulk = withoutTimes(new BulkLoader(properties).load(dataset, store, ImportProgress.NONE).report());
        List<String> bulkDump;
        List<String> bulkTokenIndexes;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(store, "127.0.0.1", 0, "32m", false, true);
                Driver bulkDriver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            bulkDump = dump(bulkDriver);
            bulkTokenIndexes = tokenIndexes(bulkDriver);
        }
        return new Comparison(cypher, cypherDump, cypherTokenIndexes, bulk, bulkDump, bulkTokenIndexes);
    }

    /**
     * Every node and relationship of the domain graph as one sorted line each, values with their types.
     * What entity resolution writes after an import ({@code resolvedId}, {@code SAME_AS}) is left out:
     * the Cypher path resolves in the service, the bulk path in the command after the load.
     */
    static List<String> dump(Driver d) {
        List<String> lines = new ArrayList<>();
        d.executableQuery("MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, "
                + "n {.*, resolvedId: null} AS props")
                .execute().records().forEach(r -> lines.add("(" + r.get("id").asString() + " "
                        + r.get("labels").asList(Value::asString).stream().sorted().toList() + " "
                        + props(r.get("props")) + ")"));
        d.executableQuery("MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'SAME_AS' "
                + "RETURN a.id AS a, type(r) AS type, b.id AS b, "
                + "properties(r) AS props").execute().records().forEach(r -> lines.add("(" + r.get("a").asString()
                        + ")-[" + r.get("type").asString() + " " + props(r.get("props")) + "]->("
                        + r.get("b").asString() + ")"));
        lines.sort(null);
        return lines;
    }

    private static String props(Value map) {
        Map<String, String> sorted = new TreeMap<>();
        for (String key : map.keys()) {
            Value v = map.get(key);
            if (v.isNull()) {
                continue;
            }
            sorted.put(key, v.type().name() + " " + (v.type().name().equals("STRING") ? v.asString() : v.toString()));
        }
        return sorted.toString();
    }

    static ImportReport withoutTimes(ImportReport r) {
        List<FileReport> files = r.files().stream().map(f -> new FileReport(f.file(), f.read(), f.imported(),
                f.rejected(), f.fileError(), f.errors(), f.errorsTruncated(), 0)).toList();
        return new ImportReport(files, r.ignoredFiles(), r.read(), r.imported(), r.rejected(), 0, 0);
    }

    static FileReport file(ImportReport report, String name) {
        return report.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
    }

    private static String firstId(Path dataset, String file) throws IOException {
        return Files.readAllLines(dataset.resolve(file)).get(1).split(",")[0];
    }

    private static String secondId(Path dataset, String file) throws IOException {
        return Files.readAllLines(dataset.resolve(file)).get(2).split(",")[0];
    }

    private static void append(Path dataset, String file, String... rows) throws IOException {
        Path path = dataset.resolve(file);
        String existing = Files.readString(path);
        String prefix = existing.endsWith("\n") ? "" : "\n";
        Files.writeString(path, prefix + String.join("\n", rows) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}

package io.credlink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.ingest.ImportReport.FileReport;
import io.credlink.ingest.ImportReport.RowError;
import tools.jackson.databind.JsonNode;

/**
 * Every file of the data contract, broken in every way a CSV can be broken, through the service
 * (what the command and the sample loader call) and the upload (a loose file and inside a zip):
 * a header naming a column twice rejects the file; a row Commons CSV cannot parse, a row that is
 * not UTF-8 and a field over the limit are each one rejected row with its line, the valid rows
 * around them are kept, and never a 5xx. The broken files hold only rows the graph already has,
 * so the graph (every entity and identifier with its properties and relationships) must come out
 * exactly as it went in: a repeated {@code id} column no longer overwrites anything.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFaultsTest {

    static final String BOUNDARY = "credlink-faults-boundary";
    static final List<String> FILES = ImportFixtures.VALID.keySet().stream().sorted().toList();

    enum Fault { DUPLICATE_HEADER, UNTERMINATED_QUOTE, TEXT_AFTER_CLOSING_QUOTE, NOT_UTF8, FIELD_TOO_LONG }

    enum Route { SERVICE, UPLOAD, ZIP_UPLOAD }

    /** What the report must say about the broken file. */
    record Expected(long read, long imported, long rejectedLine, String reason) {
    }

    @Autowired
    ImportService imports;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    @TempDir
    Path tmp;

    @BeforeAll
    void importTheValidDataset() throws IOException {
        GraphFixtures.deleteDomainData(driver);
        Path dir = ImportFixtures.write(Files.createTempDirectory("credlink-faults-"), ImportFixtures.VALID);
        ImportReport report = imports.importDirectory(dir, ImportProgress.NONE);
        assertThat(report.rejected()).isZero();
    }

    @AfterAll
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String file : FILES) {
            for (Fault fault : Fault.values()) {
                for (Route route : Route.values()) {
                    all.add(Arguments.of(file, fault, route));
                }
            }
        }
        assertThat(all).hasSize(13 * Fault.values().length * Route.values().length);
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void aBrokenFileIsReportedAndLeavesTheGraphAsItWas(String file, Fault fault, Route route) {
        List<String> lines = ImportFixtures.VALID.get(file).lines().toList();
        String header = lines.get(0);
        String rowA = lines.get(1);
        String rowB = lines.size() > 2 ? lines.get(2) : lines.get(1);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Expected expected = switch (fault) {
            case DUPLICATE_HEADER -> {
                String first = header.split(",")[0];
                write(csv, header + "," + first + "\n" + rowA + ",X-OVERWRITE\n" + rowB + ",X-OVERWRITE\n");
                yield new Expected(2, 0, 0, "columns named more than once " + first + ";");
            }
            case UNTERMINATED_QUOTE -> {
                // everything after the opening quote is its value: the line after it too
                write(csv, header + "\n" + rowA + "\n" + rowB + ",\"never closed\n" + "tail,line\n");
                yield new Expected(2, 1, 3, "not valid CSV (lines 3–4): a quoted value is not closed before the end");
            }
            case TEXT_AFTER_CLOSING_QUOTE -> {
                write(csv, header + "\n" + rowA + "\n\"X-BROKEN\"junk," + rowB + "\n" + rowB + "\n");
                yield new Expected(3, 2, 3, "not valid CSV: text after the closing quote of a value");
            }
            case NOT_UTF8 -> {
                write(csv, header + "\n" + rowA + "\n");
                csv.writeBytes(new byte[] {'X', (byte) 0xC3, (byte) 0x28});
                write(csv, rowB + "\n" + rowB + "\n");
                yield new Expected(3, 2, 3, "not valid UTF-8 (line 3)");
            }
            case FIELD_TOO_LONG -> {
                write(csv, header + "\n" + rowA + "\n" + rowB + "," + "x".repeat(70_000) + "\n" + rowB + "\n");
                yield new Expected(3, 2, 3, "a field is longer than 65,536 characters");
            }
        };
        String before = snapshot();

        FileReport report = switch (route) {
            case SERVICE -> {
                Path dir = tmp.resolve("ds-" + System.nanoTime());
                write(dir.resolve(file), csv.toByteArray());
                ImportReport r = imports.importDirectory(dir, ImportProgress.NONE);
                assertThat(r.files()).hasSize(1);
                yield r.files().get(0);
            }
            case UPLOAD -> fromHttp(upload(file, csv.toByteArray()));
            case ZIP_UPLOAD -> fromHttp(upload("dataset.zip", zip("dataset/" + file, csv.toByteArray())));
        };

        assertThat(report.file()).isEqualTo(file);
        assertThat(report.read()).as("rows read").isEqualTo(expected.read());
        assertThat(report.imported()).as("rows imported").isEqualTo(expected.imported());
        assertThat(report.rejected()).as("rows rejected").isEqualTo(expected.read() - expected.imported());
        if (fault == Fault.DUPLICATE_HEADER) {
            assertThat(report.fileError()).startsWith("file rejected:").contains(expected.reason());
            assertThat(report.errors()).isEmpty();
        } else {
            assertThat(report.fileError()).isNull();
            assertThat(report.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(expected.rejectedLine());
                assertThat(e.reason()).contains(expected.reason());
            });
        }
        assertThat(snapshot()).as("the graph after importing a broken " + file).isEqualTo(before);
    }

    /** Every entity and identifier with labels and properties, and every relationship between them. */
    String snapshot() {
        return driver.executableQuery("""
                MATCH (n) WHERE n:Entity OR n:Identifier
                OPTIONAL MATCH (n)-[r]->(m) WHERE m:Entity OR m:Identifier
                WITH n, r, m ORDER BY n.id, type(r), m.id, r.role, toString(r.from)
                RETURN collect([n.id, labels(n), properties(n), type(r), properties(r), m.id]) AS all
                """).execute().records().get(0).get("all").toString();
    }

    FileReport fromHttp(AccessFixtures.Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode files = reply.json().get("files");
        assertThat(files.size()).isEqualTo(1);
        JsonNode f = files.get(0);
        List<RowError> errors = new ArrayList<>();
        f.get("errors").forEach(e -> errors.add(new RowError(e.get("line").asLong(), e.get("reason").asString())));
        return new FileReport(f.get("file").asString(), f.get("read").asLong(), f.get("imported").asLong(),
                f.get("rejected").asLong(), f.get("fileError").isNull() ? null : f.get("fileError").asString(), errors,
                f.get("errorsTruncated").asBoolean(), 0);
    }

    AccessFixtures.Reply upload(String name, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        AccessFixtures http = new AccessFixtures(port);
        return http.send(http.request("POST", "/api/v1/imports", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

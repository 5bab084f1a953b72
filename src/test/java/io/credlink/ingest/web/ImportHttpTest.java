package io.credlink.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.Role;

@CredLinkTest
class ImportHttpTest {

    static final String BOUNDARY = "credlink-test-boundary";

    @Autowired
    Driver driver;

    AccessFixtures http;

    @BeforeEach
    void setUp() {
        GraphFixtures.deleteDomainData(driver);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    AccessFixtures.Reply upload(String user, String password, Map<String, byte[]> files) {
        return upload(user, password, List.copyOf(files.entrySet()));
    }

    AccessFixtures.Reply upload(String user, String password, List<Map.Entry<String, byte[]>> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, byte[]> f : files) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = http.request("POST", "/api/v1/imports", user, password)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(utf8(e.getValue()));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void csvFilesUploadedByNameAreImportedAndReported() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("providers.csv", utf8("id,name,kind\nPV-1,顺达汽修,GARAGE\nPV-2,Bad,SHOP\n"));
        files.put("insurers.csv", utf8("id,name,license_no,status\nINS-1,平安财产保险,L-1,ACTIVE\n"));
        AccessFixtures.Reply reply = upload(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, files);

        assertThat(reply.status()).isEqualTo(200);
        var json = reply.json();
        assertThat(json.get("files").get(0).get("file").asString()).isEqualTo("insurers.csv");
        var providers = json.get("files").get(1);
        assertThat(providers.get("read").asLong()).isEqualTo(2);
        assertThat(providers.get("imported").asLong()).isEqualTo(1);
        assertThat(providers.get("rejected").asLong()).isEqualTo(1);
        assertThat(providers.get("errors").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(providers.get("errors").get(0).get("reason").asString()).contains("SHOP");
    }

    @Test
    void aZipOfADatasetDirectoryIsImportedAndItsTruthFolderIgnored() throws IOException {
        byte[] zip = zip(Map.of(
                "sample/consumers.csv", "id,name,id_number,kind\nCO-1,刘洋,,PERSON\n",
                "sample/identifiers.csv", "entity_id,kind,value\nCO-1,PHONE,+86 138 0013 8000\n",
                "sample/truth/labels.csv", "kind,group_id,entity_id\nRING,G1,CO-1\n"));
        AccessFixtures.Reply reply = upload(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, Map.of("dataset.zip", zip));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("imported").asLong()).isEqualTo(2);
        assertThat(reply.json().get("ignoredFiles").toString()).contains("truth");
        long linked = driver.executableQuery("MATCH (:Consumer {id: 'CO-1'})-[:HAS_IDENTIFIER]->(i:Identifier {id: 'PHONE:13800138000'}) RETURN count(i) AS n")
                .execute().records().get(0).get("n").asLong();
        assertThat(linked).isEqualTo(1);
    }

    @Test
    void aCorruptZipIsABadRequestProblem() {
        AccessFixtures.Reply reply = upload(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD,
                Map.of("dataset.zip", utf8("this is not a zip")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("dataset.zip");
    }

    @Test
    void anUploadWithoutDatasetFilesIsABadRequestProblem() {
        AccessFixtures.Reply reply = upload(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD,
                Map.of("notes.txt", utf8("hello")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).endsWith("/import-failed");
        assertThat(reply.json().get("detail").asString()).contains("no dataset file");
    }

    @Test
    void aRequestThatIsNotMultipartIsRejectedWithAProblem() {
        AccessFixtures.Reply reply = http.postJsonAsAdmin("/api/v1/imports", "{}");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAdminsAndRegulatorsMayImport() {
        Map<Role, String> users = http.usersByRole(driver);
        Map<String, byte[]> files = Map.of("providers.csv", utf8("id,name,kind\nPV-3,A,GARAGE\n"));
        assertThat(upload(users.get(Role.REGULATOR), AccessFixtures.passwordOf(users.get(Role.REGULATOR)), files).status())
                .isEqualTo(200);
        for (Role role : new Role[] {Role.ANALYST, Role.INSURER, Role.SUBJECT}) {
            AccessFixtures.Reply reply = upload(users.get(role), AccessFixtures.passwordOf(users.get(role)), files);
            assertThat(reply.status()).as(role.name()).isEqualTo(403);
        }
        AccessFixtures.Reply anonymous = http.send(HttpRequest.newBuilder(http.uri("/api/v1/imports"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(anonymous.status()).isEqualTo(401);
    }

    long entities() {
        return driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
    }

    /** Which copy would count? Neither: the client is told, and nothing is imported. */
    @Test
    void aDatasetFileThatComesTwiceIsABadRequestAndNothingIsImported() throws IOException {
        String consumers = "id,name,id_number,kind\nCO-1,刘洋,,PERSON\n";
        String other = "id,name,id_number,kind\nCO-1,Someone else,,PERSON\n";
        Map<String, List<Map.Entry<String, byte[]>>> uploads = new LinkedHashMap<>();
        uploads.put("in two folders of a zip", List.of(Map.entry("dataset.zip",
                zip(Map.of("a/consumers.csv", consumers, "consumers.csv", other)))));
        uploads.put("twice in a zip once normalised", List.of(Map.entry("dataset.zip",
                zip(Map.of("ds/consumers.csv", consumers, "ds/x/../consumers.csv", other)))));
        uploads.put("in a zip under another case", List.of(Map.entry("dataset.zip",
                zip(Map.of("ds/consumers.csv", consumers, "ds/CONSUMERS.CSV", other)))));
        uploads.put("loose and in a zip", List.of(Map.entry("consumers.csv", utf8(consumers)),
                Map.entry("dataset.zip", zip(Map.of("ds/consumers.csv", other)))));
        uploads.put("two loose parts of one name", List.of(Map.entry("consumers.csv", utf8(consumers)),
                Map.entry("Consumers.csv", utf8(other))));
        uploads.put("in two zips", List.of(Map.entry("one.zip", zip(Map.of("consumers.csv", consumers))),
                Map.entry("two.zip", zip(Map.of("consumers.csv", other)))));
        for (Map.Entry<String, List<Map.Entry<String, byte[]>>> u : uploads.entrySet()) {
            AccessFixtures.Reply reply = upload(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, u.getValue());
            assertThat(reply.status()).as(u.getKey() + ": " + reply.raw().body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).endsWith("/import-failed");
            assertThat(reply.json().get("detail").asString()).as(u.getKey()).containsIgnoringCase("consumers.csv")
                    .containsAnyOf("more than once", "twice").doesNotContain("credlink-upload-");
            assertThat(entities()).as(u.getKey()).isZero();
        }
    }

    @Test
    void aRepeatedColumnAndAnUnclosedQuoteAreInTheReportNotA500() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("consumers.csv", utf8("id,id,name,id_number,kind\nCO-1,CO-2,刘洋,310101199001011111,PERSON\n"));
        files.put("providers.csv", utf8("id,name,kind\nPV-1,顺达汽修,GARAGE\nPV-2,\"unclosed,GARAGE\n"));
        AccessFixtures.Reply reply = upload(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, files);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        var consumers = reply.json().get("files").get(0);
        assertThat(consumers.get("fileError").asString()).contains("columns named more than once id");
        var providers = reply.json().get("files").get(1);
        assertThat(providers.get("imported").asLong()).isEqualTo(1);
        assertThat(providers.get("errors").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(providers.get("errors").get(0).get("reason").asString()).contains("quoted value is not closed");
        assertThat(entities()).isEqualTo(1);
    }
}

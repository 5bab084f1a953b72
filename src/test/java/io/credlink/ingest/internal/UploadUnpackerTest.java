package io.credlink.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.UploadTooLarge;

/**
 * What an upload may hold: each dataset file once (in a zip, across zips, as loose files; also
 * once normalised and compared without case), in one folder, and no more than
 * {@code max-unzipped-size} once unpacked, counted as it is written.
 */
class UploadUnpackerTest {

    static final DataSize ROOMY = DataSize.ofMegabytes(10);
    static final String CONSUMERS = "id,name,id_number,kind\nCO-1,A,,PERSON\n";

    @TempDir
    Path upload;

    void file(String name, byte[] content) throws IOException {
        Files.write(upload.resolve(name), content);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Map<String, String> entries(String... nameAndContent) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            m.put(nameAndContent[i], nameAndContent[i + 1]);
        }
        return m;
    }

    void assertBadRequest(DataSize max, String... detailParts) {
        assertThatThrownBy(() -> UploadUnpacker.datasetDirectory(upload, max)).isInstanceOfSatisfying(ImportFailed.class, e -> {
            assertThat(e).isNotInstanceOf(UploadTooLarge.class);
            assertThat(e.getMessage()).contains(detailParts).doesNotContain(upload.toString());
        });
    }

    @Test
    void theDatasetFolderOfAZipIsFoundAndItsTruthFolderIgnored() throws IOException {
        file("dataset.zip", zip(entries("ds/consumers.csv", CONSUMERS, "ds/truth/consumers.csv", CONSUMERS,
                "ds/notes.txt", "x")));
        Path dir = UploadUnpacker.datasetDirectory(upload, ROOMY);
        assertThat(dir.getFileName().toString()).isEqualTo("ds");
        assertThat(Files.readString(dir.resolve("consumers.csv"))).isEqualTo(CONSUMERS);
    }

    @Test
    void twoEntriesThatNormaliseToOnePathAreRefused() throws IOException {
        file("dataset.zip", zip(entries("consumers.csv", CONSUMERS, "x/../consumers.csv", CONSUMERS)));
        assertBadRequest(ROOMY, "dataset.zip holds the same file twice", "consumers.csv", "x/../consumers.csv");
    }

    @Test
    void twoEntriesThatDifferOnlyInCaseAreRefused() throws IOException {
        file("dataset.zip", zip(entries("ds/consumers.csv", CONSUMERS, "DS/Consumers.CSV", CONSUMERS)));
        assertBadRequest(ROOMY, "holds the same file twice", "ds/consumers.csv", "DS/Consumers.CSV");
    }

    @Test
    void aFileInTwoFoldersOfAZipIsRefused() throws IOException {
        file("dataset.zip", zip(entries("a/consumers.csv", CONSUMERS, "consumers.csv", CONSUMERS)));
        assertBadRequest(ROOMY, "the upload holds consumers.csv more than once",
                "dataset.zip:a/consumers.csv", "dataset.zip:consumers.csv");
    }

    @Test
    void aFileInTwoZipsOrLooseAndInAZipIsRefused() throws IOException {
        file("one.zip", zip(entries("ds/consumers.csv", CONSUMERS)));
        file("two.zip", zip(entries("ds/Consumers.csv", CONSUMERS)));
        assertBadRequest(ROOMY, "consumers.csv more than once", "one.zip:ds/consumers.csv", "two.zip:ds/Consumers.csv");
    }

    @Test
    void aLooseFileAlsoInAZipIsRefused() throws IOException {
        file("consumers.csv", CONSUMERS.getBytes(StandardCharsets.UTF_8));
        file("dataset.zip", zip(entries("consumers.csv", CONSUMERS)));
        assertBadRequest(ROOMY, "consumers.csv more than once", "consumers.csv", "dataset.zip:consumers.csv");
    }

    @Test
    void datasetFilesInMoreThanOneFolderAreRefused() throws IOException {
        file("dataset.zip", zip(entries("a/consumers.csv", CONSUMERS, "b/insurers.csv", "id,name,license_no,status\n")));
        assertBadRequest(ROOMY, "dataset files in more than one folder", "dataset.zip:a/consumers.csv",
                "dataset.zip:b/insurers.csv");
    }

    @Test
    void theUnzippedSizeOfAllZipsAndLooseFilesTogetherIsCapped() throws IOException {
        String big = "id,name,id_number,kind\n" + "CO-1,AAAAAAAAAAAAAAAAAAAA,,PERSON\n".repeat(20); // 643 bytes
        file("one.zip", zip(entries("a/consumers.csv", big)));
        // each zip alone fits in 1000 bytes; both together do not
        Path alone = upload.resolve("alone");
        Files.createDirectories(alone);
        Files.copy(upload.resolve("one.zip"), alone.resolve("one.zip"));
        assertThat(UploadUnpacker.datasetDirectory(alone, DataSize.ofBytes(1000))).isNotNull();
        file("two.zip", zip(entries("b/insurers.csv", big)));
        Files.delete(alone.resolve("one.zip"));
        deleteTree(alone);
        assertThatThrownBy(() -> UploadUnpacker.datasetDirectory(upload, DataSize.ofBytes(1000)))
                .isInstanceOfSatisfying(UploadTooLarge.class, e -> {
                    assertThat(e.getMessage()).contains("more than 1,000 bytes once its zips are unpacked")
                            .contains("credlink.ingest.max-unzipped-size");
                });
    }

    @Test
    void looseFilesCountTowardsTheUnzippedSize() throws IOException {
        file("consumers.csv", CONSUMERS.getBytes(StandardCharsets.UTF_8));
        file("dataset.zip", zip(entries("ds/insurers.csv", "id,name,license_no,status\n")));
        assertThatThrownBy(() -> UploadUnpacker.datasetDirectory(upload, DataSize.ofBytes(CONSUMERS.length() + 10)))
                .isInstanceOf(UploadTooLarge.class);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package io.credlink.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportService;
import io.credlink.ingest.IngestProperties;
import io.credlink.ingest.UploadTooLarge;

class ImportControllerTest {

    /** Fails the test if the controller hands anything to the importer. */
    static final ImportService UNREACHED = new ImportService() {
        @Override
        public ImportReport importDirectory(Path dir, ImportProgress progress) {
            throw new AssertionError("nothing may be imported");
        }

        @Override
        public ImportReport importUpload(Path uploadDir, ImportProgress progress) {
            throw new AssertionError("nothing may be imported");
        }

        @Override
        public boolean isGraphEmpty() {
            return true;
        }
    };

    @Test
    void anUploadLargerThanTheLimitIsRejectedWith413BeforeAnythingIsImported() {
        IngestProperties small = new IngestProperties(false, null, 10, 1, 10, DataSize.ofBytes(10), DataSize.ofBytes(10), 64, 256, true, null);
        ImportController controller = new ImportController(UNREACHED, small);
        var file = new MockMultipartFile("files", "consumers.csv", "text/csv", "id,name,id_number,kind\n".getBytes());
        assertThatThrownBy(() -> controller.upload(List.of(file)))
                .isInstanceOfSatisfying(UploadTooLarge.class, e -> assertThat(e.getMessage()).contains("limit"));
    }

    @Test
    void fileNamesLoseAnyFolderAClientPutInFront() {
        assertThat(ImportController.safeName("../../etc/claims.csv")).isEqualTo("claims.csv");
        assertThat(ImportController.safeName("C:\\data\\policies.csv")).isEqualTo("policies.csv");
        assertThatThrownBy(() -> ImportController.safeName("..")).isInstanceOf(ImportFailed.class);
    }
}

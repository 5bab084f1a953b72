package io.credlink.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportService;
import io.credlink.ingest.IngestProperties;
import io.credlink.ingest.UploadTooLarge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code POST /api/v1/imports}: CSV files of the dataset contract, or zips of a dataset directory. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private final ImportService imports;
    private final IngestProperties properties;

    ImportController(ImportService imports, IngestProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @Operation(summary = "Import dataset files",
            description = "Multipart field `files`: one or more CSV files named as in the data contract "
                    + "(insurers.csv, claims.csv, …) and/or zips of a dataset directory. Valid rows are imported, "
                    + "broken rows (also rows that are not valid CSV or UTF-8, or with a field or row over "
                    + "credlink.ingest.max-field-length / max-record-length) are reported with their line and reason; "
                    + "a header that misses, adds or repeats a column rejects its file. 400 when a file comes twice "
                    + "(also inside zips, compared without case) or the files are in more than one folder; 413 "
                    + "when the upload is over credlink.ingest.max-upload-size, or over max-unzipped-size once unpacked.")
    @ApiResponse(responseCode = "200", description = "The import report: rows and files rejected with their reasons",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "413", description = "The upload is over credlink.ingest.max-upload-size, or over "
            + "max-unzipped-size once its zips are unpacked", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport upload(@RequestPart("files") List<MultipartFile> files) {
        if (files == null || files.isEmpty() || files.stream().allMatch(MultipartFile::isEmpty)) {
            throw new ImportFailed("no file uploaded: send CSV files or a zip in the multipart field 'files'");
        }
        long total = files.stream().mapToLong(MultipartFile::getSize).sum();
        if (total > properties.maxUploadSize().toBytes()) {
            throw new UploadTooLarge(
                    "the upload is " + total + " bytes, more than the limit of " + properties.maxUploadSize());
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("credlink-upload-");
            Set<String> names = new HashSet<>();
            for (MultipartFile file : files) {
                String name = safeName(file.getOriginalFilename());
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    // a second copy would either replace the first or be left unread
                    throw new ImportFailed(name + " is uploaded more than once: send each dataset file once");
                }
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            return imports.importUpload(dir, ImportProgress.NONE);
        } catch (IOException e) {
            throw new ImportFailed("cannot store the upload: " + e.getClass().getSimpleName());
        } finally {
            delete(dir);
        }
    }

    /** The file name without any folder a client put in front of it. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            throw new ImportFailed("every uploaded file needs a file name such as claims.csv or dataset.zip");
        }
        return name;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless; the OS cleans its temp directory
        }
    }
}

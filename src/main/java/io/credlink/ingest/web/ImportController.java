package io.credlink.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
                    + "broken rows are reported with their line and reason.")
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
            for (MultipartFile file : files) {
                String name = safeName(file.getOriginalFilename());
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            return imports.importUpload(dir, ImportProgress.NONE);
        } catch (IOException e) {
            throw new ImportFailed("cannot store the upload: " + e.getMessage());
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

package io.credlink.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;


import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.UploadTooLarge;

/**
 * Finds the dataset in an upload: loose CSV files, or zips of a dataset directory (possibly
 * inside a folder of the zip). Zips are unpacked with a guard against paths that escape the
 * upload folder and against archives that expand beyond the upload limit.
 */
final class UploadUnpacker {

    private UploadUnpacker() {
    }

    static Path datasetDirectory(Path uploadDir, long maxBytes) {
        List<Path> zips;
        try (Stream<Path> files = Files.list(uploadDir)) {
            zips = files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".zip")).sorted().toList();
        } catch (IOException e) {
            throw new ImportFailed("cannot read the upload: " + e.getMessage());
        }
        int n = 0;
        for (Path zip : zips) {
            unzip(zip, uploadDir.resolve("unzipped-" + (n++)), maxBytes);
        }
        Set<String> contract = DatasetContract.FILES.stream().map(DatasetContract.FileSpec::file).collect(Collectors.toSet());
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(uploadDir)) {
            walk.filter(Files::isDirectory)
                    .filter(d -> !uploadDir.relativize(d).toString().replace('\\', '/').matches("(.*/)?truth(/.*)?"))
                    .forEach(dirs::add);
        } catch (IOException e) {
            throw new ImportFailed("cannot read the upload: " + e.getMessage());
        }
        return dirs.stream()
                .filter(d -> count(d, contract) > 0)
                .max(Comparator.comparingLong((Path d) -> count(d, contract))
                        .thenComparing(d -> -d.getNameCount()))
                .orElseThrow(() -> new ImportFailed("the upload holds no dataset file (expected CSV files named "
                        + String.join(", ", contract.stream().sorted().toList()) + ", or a zip of them)"));
    }

    private static long count(Path dir, Set<String> names) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> names.contains(f.getFileName().toString())).count();
        } catch (IOException e) {
            return 0;
        }
    }

    static void unzip(Path zip, Path target, long maxBytes) {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            Files.createDirectories(target);
            ZipEntry entry;
            boolean any = false;
            while ((entry = zin.getNextEntry()) != null) {
                any = true;
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new ImportFailed("the zip entry " + entry.getName() + " points outside the archive");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (OutputStream os = Files.newOutputStream(out)) {
                    int read;
                    while ((read = zin.read(buffer)) > 0) {
                        total += read;
                        if (total > maxBytes) {
                            throw new UploadTooLarge(
                                    "the zip expands beyond the upload limit of " + maxBytes + " bytes");
                        }
                        os.write(buffer, 0, read);
                    }
                }
            }
            if (!any) {
                throw new ImportFailed(zip.getFileName() + " is not a zip archive or is empty");
            }
        } catch (ZipException e) {
            throw new ImportFailed(zip.getFileName() + " is not a valid zip: " + e.getMessage());
        } catch (IOException e) {
            throw new ImportFailed("cannot unpack " + zip.getFileName() + ": " + e.getMessage());
        }
    }
}

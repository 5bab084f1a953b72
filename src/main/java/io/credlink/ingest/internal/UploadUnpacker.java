package io.credlink.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.util.unit.DataSize;

import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.UploadTooLarge;

/**
 * Finds the dataset in an upload: loose CSV files, or zips of a dataset directory (possibly
 * inside a folder of the zip). Zips are unpacked with a guard against paths that escape the
 * upload folder, against entries named twice, and against an upload that expands beyond
 * {@code credlink.ingest.max-unzipped-size}. Every dataset file must come once, in one folder:
 * an upload that would leave one of two copies (or one of two folders) unread is refused.
 */
final class UploadUnpacker {

    private static final String UNZIPPED = "unzipped-";

    private UploadUnpacker() {
    }

    static Path datasetDirectory(Path uploadDir, DataSize maxUnzipped) {
        long max = maxUnzipped.toBytes();
        List<Path> uploaded;
        try (Stream<Path> files = Files.list(uploadDir)) {
            uploaded = files.sorted().toList();
        } catch (IOException e) {
            throw new ImportFailed("cannot read the upload: " + e.getMessage());
        }
        long[] total = {0};
        List<Path> zips = uploaded.stream().filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                .toList();
        for (Path file : uploaded) {
            if (!zips.contains(file)) {
                count(total, size(file), max);
            }
        }
        Map<String, String> origins = new HashMap<>();
        int n = 0;
        for (Path zip : zips) {
            String folder = UNZIPPED + (n++);
            origins.put(folder, zip.getFileName().toString());
            unzip(zip, uploadDir.resolve(folder), total, max);
        }
        return theDatasetFolder(uploadDir, origins);
    }

    /** The one folder holding the dataset files, each file named once (whatever its case). */
    private static Path theDatasetFolder(Path uploadDir, Map<String, String> origins) {
        Set<String> contract = DatasetContract.FILES.stream().map(DatasetContract.FileSpec::file).collect(Collectors.toSet());
        Map<String, List<Path>> byName;
        try (Stream<Path> walk = Files.walk(uploadDir)) {
            byName = walk.filter(Files::isRegularFile)
                    .filter(f -> !uploadDir.relativize(f).toString().replace('\\', '/').matches("(.*/)?truth(/.*)?"))
                    .filter(f -> contract.contains(f.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted()
                    .collect(Collectors.groupingBy(f -> f.getFileName().toString().toLowerCase(Locale.ROOT), TreeMap::new,
                            Collectors.toList()));
        } catch (IOException e) {
            throw new ImportFailed("cannot read the upload: " + e.getMessage());
        }
        if (byName.isEmpty()) {
            throw new ImportFailed("the upload holds no dataset file (expected CSV files named "
                    + String.join(", ", new TreeSet<>(contract)) + ", or a zip of them)");
        }
        for (Map.Entry<String, List<Path>> e : byName.entrySet()) {
            if (e.getValue().size() > 1) {
                throw new ImportFailed("the upload holds " + e.getKey() + " more than once ("
                        + String.join(", ", e.getValue().stream().map(p -> shown(uploadDir, p, origins)).toList())
                        + "): send each dataset file once");
            }
        }
        Map<Path, List<Path>> folders = byName.values().stream().map(files -> files.get(0))
                .collect(Collectors.groupingBy(Path::getParent, TreeMap::new, Collectors.toList()));
        if (folders.size() > 1) {
            throw new ImportFailed("the upload holds dataset files in more than one folder ("
                    + String.join("; ", folders.values().stream().map(files -> String.join(", ",
                            files.stream().map(p -> shown(uploadDir, p, origins)).toList())).toList())
                    + "): send one dataset, its files side by side");
        }
        return folders.keySet().iterator().next();
    }

    /** Where a file came from, as the client named it: {@code consumers.csv} or {@code dataset.zip:sample/consumers.csv}. */
    private static String shown(Path uploadDir, Path file, Map<String, String> origins) {
        Path relative = uploadDir.relativize(file);
        String top = relative.getName(0).toString();
        if (origins.containsKey(top) && relative.getNameCount() > 1) {
            return origins.get(top) + ":" + relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
        }
        return relative.toString().replace('\\', '/');
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new ImportFailed("cannot read the upload: " + e.getMessage());
        }
    }

    /** Adds {@code bytes} to the upload's unpacked size, refusing the upload once it is over {@code max}. */
    private static void count(long[] total, long bytes, long max) {
        total[0] += bytes;
        if (total[0] > max) {
            throw new UploadTooLarge(String.format(Locale.ROOT,
                    "the upload expands to more than %,d bytes once its zips are unpacked "
                            + "(credlink.ingest.max-unzipped-size): nothing was imported", max));
        }
    }

    static void unzip(Path zip, Path target, long[] total, long max) {
        byte[] buffer = new byte[1 << 16];
        Map<String, String> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            Files.createDirectories(target);
            ZipEntry entry;
            boolean any = false;
            while ((entry = zin.getNextEntry()) != null) {
                any = true;
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target) || out.equals(target)) {
                    throw new ImportFailed("the zip entry " + entry.getName() + " points outside the archive");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                // the same path twice, also once normalised or in another case: the later would replace the earlier
                String key = target.relativize(out).toString().replace('\\', '/').toLowerCase(Locale.ROOT);
                String earlier = entries.putIfAbsent(key, entry.getName());
                if (earlier != null) {
                    throw new ImportFailed(zip.getFileName() + " holds the same file twice (entries " + earlier + " and "
                            + entry.getName() + "): send each dataset file once");
                }
                Files.createDirectories(out.getParent());
                try (OutputStream os = Files.newOutputStream(out)) {
                    int read;
                    while ((read = zin.read(buffer)) > 0) {
                        count(total, read, max);
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
            // the message may name the upload's temporary folder: the client is told the entry only
            String detail = String.valueOf(e.getMessage()).replace(target.toString(), "").replace(zip.getParent().toString(), "");
            throw new ImportFailed("cannot unpack " + zip.getFileName() + ": " + detail);
        }
    }
}

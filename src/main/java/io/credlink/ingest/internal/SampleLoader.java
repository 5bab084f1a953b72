package io.credlink.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportService;
import io.credlink.ingest.IngestProperties;

/**
 * On the first start (a graph without any entity) imports the sample dataset, so that a new
 * user sees data right away. Off with {@code credlink.ingest.load-sample=false}.
 */
@Component
class SampleLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);
    static final Path WORKING_COPY = Path.of("datasets", "sample");

    private final ImportService imports;
    private final IngestProperties properties;

    SampleLoader(ImportService imports, IngestProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.loadSample() || !imports.isGraphEmpty()) {
            return;
        }
        if (properties.sampleDir() != null) {
            load(properties.sampleDir(), properties.sampleDir().toString());
        } else if (Files.isDirectory(WORKING_COPY)) {
            load(WORKING_COPY, WORKING_COPY.toString());
        } else {
            Path copy = copyFromClasspath();
            try {
                load(copy, "the sample packaged in the application");
            } finally {
                try (Stream<Path> paths = Files.walk(copy)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private void load(Path dir, String source) {
        ImportReport report = imports.importDirectory(dir, ImportProgress.NONE);
        log.info("Empty graph: loaded the sample dataset from {}: {} rows imported, {} rejected in {} ms", source,
                report.imported(), report.rejected(), report.tookMs());
    }

    static Path copyFromClasspath() throws IOException {
        Path dir = Files.createTempDirectory("credlink-sample-");
        Resource[] csvs = new PathMatchingResourcePatternResolver().getResources("classpath*:datasets/sample/*.csv");
        for (Resource r : csvs) {
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, dir.resolve(r.getFilename()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }
}

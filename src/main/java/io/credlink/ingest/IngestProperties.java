package io.credlink.ingest;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Import settings ({@code credlink.ingest.*}).
 *
 * @param loadSample       import the sample dataset on start when the database holds no entity
 * @param sampleDir        where the sample is; empty = {@code ./datasets/sample} if present, else the copy in the jar
 * @param batchSize        rows per write transaction
 * @param parallelism      write transactions in flight at once within a file
 * @param maxErrorsPerFile rejected rows listed per file (all are counted)
 * @param maxUploadSize    largest upload {@code POST /api/v1/imports} accepts, as sent (413 beyond)
 * @param maxUnzippedSize  largest an upload may be once its zips are unpacked: loose files and every zip entry
 *                         together (413 beyond, nothing imported)
 * @param maxFieldLength   longest field of a dataset file, in characters as written (quotes included); a row
 *                         with a longer one is rejected without being kept in memory
 * @param maxRecordLength  longest row of a dataset file, in characters as written; a longer row is rejected
 * @param bulkLoad         let the {@code import} command write a dataset into an embedded store that holds no
 *                         database yet with Neo4j's offline importer (false = always the Cypher upserts)
 * @param bulkLoadNeo4jSettings Neo4j settings (name to value) for the DBMS start right after a bulk load,
 *                         the one whose schema migrations populate every index, e.g. index population
 *                         tuning; empty by default (see docs/import.md)
 */
@Validated
@ConfigurationProperties("credlink.ingest")
public record IngestProperties(
        @DefaultValue("true") boolean loadSample,
        Path sampleDir,
        @Min(1) @Max(100_000) @DefaultValue("5000") int batchSize,
        @Min(1) @Max(16) @DefaultValue("2") int parallelism,
        @Min(0) @DefaultValue("10000") int maxErrorsPerFile,
        @NotNull @DefaultValue("512MB") DataSize maxUploadSize,
        @NotNull @DefaultValue("2GB") DataSize maxUnzippedSize,
        @Min(16) @DefaultValue("65536") int maxFieldLength,
        @Min(16) @DefaultValue("1048576") int maxRecordLength,
        @DefaultValue("true") boolean bulkLoad,
        Map<String, String> bulkLoadNeo4jSettings) {

    public IngestProperties {
        bulkLoadNeo4jSettings = bulkLoadNeo4jSettings == null ? Map.of() : Map.copyOf(bulkLoadNeo4jSettings);
    }
}

package io.credlink.peer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;

/**
 * Loads a dataset directory into PostgreSQL the way a DBA would: {@code bench/peer/schema.sql}
 * (bare tables), one {@code COPY ... FROM STDIN (FORMAT csv, HEADER)} per file with the columns
 * named by the file's header (the contract matches columns by name, in any order), then
 * {@code bench/peer/keys.sql} (keys, indexes, derived tables, ANALYZE). SQL files are read from
 * {@code bench/peer/} of the working directory (the project root).
 */
public final class PeerDatabase {

    static final Path SQL_DIR = Path.of("bench", "peer");

    private static final List<String> FILES = List.of("insurers", "intermediaries", "practitioners", "consumers",
            "providers", "affiliations", "contracts", "policies", "claims", "claim_parties", "identifiers",
            "sanctions", "records");

    private PeerDatabase() {
    }

    /** What the load took, in milliseconds: COPY alone, and keys, indexes and ANALYZE. */
    public record LoadTimes(long copyMillis, long keysMillis, long rows) {
        public long totalMillis() {
            return copyMillis + keysMillis;
        }
    }

    public static LoadTimes load(Connection c, Path dataset) throws IOException, SQLException {
        c.setAutoCommit(true);
        execute(c, sql("schema"));
        long t0 = System.nanoTime();
        long rows = 0;
        for (String file : FILES) {
            Path csv = dataset.resolve(file + ".csv");
            if (!Files.exists(csv)) {
                continue;
            }
            String header;
            try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
                header = lines.findFirst().orElse("").replace("\uFEFF", "");
            }
            if (header.isBlank()) {
                continue;
            }
            String columns = Arrays.stream(header.split(","))
                    .map(String::strip)
                    .map(col -> "\"" + col.replace("\"", "") + "\"")
                    .collect(Collectors.joining(", "));
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                rows += c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY " + file + " (" + columns + ") FROM STDIN (FORMAT csv, HEADER true, ENCODING 'UTF8')", in);
            }
        }
        long t1 = System.nanoTime();
        execute(c, sql("keys"));
        long t2 = System.nanoTime();
        return new LoadTimes((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, rows);
    }

    /** The text of {@code bench/peer/NAME.sql}. */
    public static String sql(String name) throws IOException {
        return Files.readString(SQL_DIR.resolve(name + ".sql"), StandardCharsets.UTF_8);
    }

    private static void execute(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(script);
        }
    }
}

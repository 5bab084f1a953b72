package io.credlink.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport.FileReport;
import io.credlink.ingest.ImportReport.RowError;
import io.credlink.ingest.internal.DatasetContract.FileSpec;

/**
 * The rows of a file are checked on several threads, but the sink sees them, the rejections and
 * the counters as a sequential read would: in file order, on the calling thread, with physical
 * line numbers across many chunks and multi-line values.
 */
class ContractFilesTest {

    private static final FileSpec CONSUMERS = DatasetContract.spec("consumers.csv");
    private static final CsvLimits LIMITS = new CsvLimits(65_536, 1_048_576);

    @TempDir
    Path tmp;

    @Test
    void rowsReachTheSinkInFileOrderOnTheCallingThreadWithTheirLines() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,id_number,kind\n");
        List<Long> expectedGood = new ArrayList<>();
        List<RowError> expectedErrors = new ArrayList<>();
        long line = 2;
        for (int i = 0; i < 12_345; i++) {
            if (i % 997 == 0) {
                csv.append("CO-").append(i).append(",\"two\nlines\",,PERSON\n"); // one row over two lines
                expectedGood.add(line);
                line += 2;
            } else if (i % 101 == 0) {
                csv.append("CO-").append(i).append(",Name,,ROBOT\n");
                expectedErrors.add(new RowError(line++, "unknown kind 'ROBOT' (expected one of COMPANY, PERSON)"));
            } else if (i % 103 == 0) {
                csv.append("CO-").append(i).append(",Name,PERSON\n");
                expectedErrors.add(new RowError(line++, "expected 4 fields, found 3"));
            } else {
                csv.append("CO-").append(i).append(",Name ").append(i).append(",,PERSON\n");
                expectedGood.add(line++);
            }
        }
        Path file = tmp.resolve("consumers.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        FileOutcome outcome = new FileOutcome("consumers.csv", 10_000);
        List<Long> seen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        ContractFiles.read(CONSUMERS, file, LIMITS, outcome, row -> {
            seen.add(row.line());
            threads.add(Thread.currentThread());
            // the row was counted before it reached the sink, as in a sequential read
            assertThat(outcome.read.get()).isGreaterThanOrEqualTo(seen.size());
        }, ImportProgress.NONE);

        FileReport report = outcome.report(0);
        assertThat(seen).isEqualTo(expectedGood);
        assertThat(threads).containsOnly(Thread.currentThread());
        assertThat(report.read()).isEqualTo(12_345);
        assertThat(report.rejected()).isEqualTo(expectedErrors.size());
        assertThat(report.errors()).isEqualTo(expectedErrors);
    }

    @Test
    void aRowThatIsNotUtf8IsRejectedAndTheRowsAroundItAreRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,name,id_number,kind\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20_000; i++) {
            bytes.writeBytes(("CO-" + i + ",Name,,PERSON\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes(new byte[] {'C', 'O', '-', (byte) 0xC3, (byte) 0x28, ',', 'x', ',', ',', 'P', '\n'});
        for (int i = 0; i < 3_000; i++) {
            bytes.writeBytes(("CO-X" + i + ",Name,,PERSON\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes(new byte[] {'C', 'O', '-', 'E', ',', '"', (byte) 0xE6, (byte) 0x88, '\n', 'x', '"', ',', ',', 'P'});
        Path file = tmp.resolve("consumers.csv");
        Files.write(file, bytes.toByteArray());

        FileOutcome outcome = new FileOutcome("consumers.csv", 10);
        List<Long> seen = new ArrayList<>();
        ContractFiles.read(CONSUMERS, file, LIMITS, outcome, row -> seen.add(row.line()), ImportProgress.NONE);

        FileReport report = outcome.report(0);
        assertThat(report.read()).isEqualTo(23_002);
        assertThat(report.errors()).containsExactly(new RowError(20_002, "not valid UTF-8 (line 20002)"),
                new RowError(23_003, "not valid UTF-8 (line 23003)"));
        assertThat(seen).hasSize(23_000).doesNotContain(20_002L, 23_003L);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(23_002);
    }

    @Test
    void everyParseErrorRejectsItsRowAndTheReadingGoesOn() throws IOException {
        String csv = "id,name,id_number,kind\n"
                + "CO-1,Good,,PERSON\n"                          // 2
                + "CO-2,\"closed\"x,,PERSON\n"                  // 3: a character after the closing quote
                + "CO-3,Good,,PERSON\r\n"                        // 4
                + "\n"                                           // 5: empty, skipped
                + "CO-4,\"two\nlines\"junk,,PERSON\n"           // 6-7
                + "CO-5,Good,,PERSON\r"                          // 8: a lone CR ends the row
                + "CO-8,\"a\"b" + "x".repeat(20_000) + ",,PERSON\n" // 9: longer than the parser's buffer
                + "CO-9,Good,,PERSON\n"                          // 10
                + "CO-6,\"never closed,,PERSON\nCO-7,Lost,,PERSON\n"; // 11-12: the rest of the file is one value
        Path file = Files.writeString(tmp.resolve("consumers.csv"), csv, StandardCharsets.UTF_8);
        FileOutcome outcome = new FileOutcome("consumers.csv", 10);
        List<Long> seen = new ArrayList<>();
        ContractFiles.read(CONSUMERS, file, LIMITS, outcome, row -> seen.add(row.line()), ImportProgress.NONE);

        FileReport report = outcome.report(0);
        assertThat(seen).containsExactly(2L, 4L, 8L, 10L);
        assertThat(report.read()).isEqualTo(8);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3L, 6L, 9L, 11L);
        assertThat(report.errors().get(0).reason()).isEqualTo(
                "not valid CSV: text after the closing quote of a value; a quote inside a quoted value is written twice "
                        + "(Invalid character between encapsulated token and delimiter)");
        assertThat(report.errors().get(1).reason()).startsWith("not valid CSV (lines 6–7): text after the closing quote");
        assertThat(report.errors().get(2).reason()).startsWith("not valid CSV: text after the closing quote");
        assertThat(report.errors().get(3).reason()).isEqualTo("not valid CSV (lines 11–12): a quoted value is not closed "
                + "before the end of the file (EOF reached before encapsulated token finished)");
    }

    @Test
    void aFieldOrRowOverTheLimitIsRejectedWithoutEndingTheFile() throws IOException {
        String longName = "n".repeat(100);
        String csv = "id,name,id_number,kind\n"
                + "CO-1,Good,,PERSON\n"
                + "CO-2," + longName + ",,PERSON\n"
                + "CO-3,\"" + "q\n".repeat(60) + "\",,PERSON\n"
                + "CO-4," + "m".repeat(60) + "," + "m".repeat(60) + ",PERSON\n"
                + "CO-5,Good,,PERSON\n";
        Path file = Files.writeString(tmp.resolve("consumers.csv"), csv, StandardCharsets.UTF_8);
        FileOutcome outcome = new FileOutcome("consumers.csv", 10);
        List<Long> seen = new ArrayList<>();
        ContractFiles.read(CONSUMERS, file, new CsvLimits(64, 100), outcome, row -> seen.add(row.line()),
                ImportProgress.NONE);

        FileReport report = outcome.report(0);
        assertThat(seen).containsExactly(2L, 66L);
        assertThat(report.errors()).containsExactly(
                new RowError(3, "a field is longer than 64 characters (credlink.ingest.max-field-length)"),
                new RowError(4, "a field is longer than 64 characters (credlink.ingest.max-field-length)"),
                new RowError(65, "the row is longer than 100 characters (credlink.ingest.max-record-length)"));
    }

    /**
     * The record reader ends records exactly where Commons CSV does: random valid CSV (quotes,
     * commas, line ends inside values, every line end between rows, empty lines, a byte order
     * mark) gives the same values through {@link CsvRecords} as through Commons CSV alone.
     */
    @Test
    void recordsEndWhereCommonsCsvEndsThem() throws IOException {
        java.util.Random random = new java.util.Random(13);
        String alphabet = "ab,\"\r\n 刘é\t'";
        String[] ends = {"\n", "\r\n", "\r"};
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            for (int r = 0, rows = random.nextInt(30); r < rows; r++) {
                List<String> fields = new ArrayList<>();
                for (int f = 0, n = 1 + random.nextInt(5); f < n; f++) {
                    StringBuilder v = new StringBuilder();
                    for (int c = 0, len = random.nextInt(8); c < len; c++) {
                        v.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    fields.add(v.toString());
                }
                String row = org.apache.commons.csv.CSVFormat.RFC4180.builder().setRecordSeparator("").get()
                        .format(fields.toArray());
                text.append(row).append(ends[random.nextInt(ends.length)]);
                if (random.nextInt(6) == 0) {
                    text.append(ends[random.nextInt(ends.length)]);
                }
            }
            if (random.nextBoolean() && text.length() > 0) {
                text.setLength(text.length() - 1); // no line end after the last row
            }
            Path file = Files.writeString(tmp.resolve("t" + trial + ".csv"), text, StandardCharsets.UTF_8);
            List<List<String>> expected = new ArrayList<>();
            String plain = text.toString().startsWith("\uFEFF") ? text.substring(1) : text.toString();
            try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                    .parse(new java.io.StringReader(plain))) {
                parser.forEach(rec -> expected.add(List.of(rec.values())));
            }
            List<List<String>> actual = new ArrayList<>();
            long previous = 0;
            try (CsvRecords records = new CsvRecords(file, LIMITS)) {
                for (CsvRecords.Item item = records.next(); item != null; item = records.next()) {
                    assertThat(item.problem()).as("trial %d: %s", trial, text).isNull();
                    assertThat(item.line()).isGreaterThan(previous);
                    assertThat(item.lastLine()).isGreaterThanOrEqualTo(item.line());
                    previous = item.lastLine();
                    actual.add(List.of(item.values()));
                }
            }
            assertThat(actual).as("trial %d: %s", trial, text).isEqualTo(expected);
        }
    }

    @Test
    void aHeaderThatNamesAColumnTwiceRejectsTheFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("consumers.csv"),
                "id,id,name,id_number,kind\nCO-1,CO-2,Name,123,PERSON\n", StandardCharsets.UTF_8);
        FileOutcome outcome = new FileOutcome("consumers.csv", 10);
        List<Long> seen = new ArrayList<>();
        ContractFiles.read(CONSUMERS, file, LIMITS, outcome, row -> seen.add(row.line()), ImportProgress.NONE);
        assertThat(seen).isEmpty();
        assertThat(outcome.report(0).fileError())
                .isEqualTo("file rejected: columns named more than once id; expected columns id, name, id_number, kind");
        assertThat(ContractFiles.checkHeader(CONSUMERS, List.of("id", " name", "name ", "id_number", "kind", "")))
                .isEqualTo("file rejected: columns named more than once name; unknown columns (blank); "
                        + "expected columns id, name, id_number, kind");
    }

    @Test
    void anExceptionOfTheSinkStopsTheReadingAndReachesTheCaller() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,id_number,kind\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append("CO-").append(i).append(",Name,,PERSON\n");
        }
        Path file = tmp.resolve("consumers.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        FileOutcome outcome = new FileOutcome("consumers.csv", 10);
        assertThatThrownBy(() -> ContractFiles.read(CONSUMERS, file, LIMITS, outcome, row -> {
            if (row.line() == 4_321) {
                throw new ImportFailed("sink gave up");
            }
        }, ImportProgress.NONE)).isInstanceOf(ImportFailed.class).hasMessage("sink gave up");
        assertThat(outcome.read.get()).isEqualTo(4_320);
    }
}

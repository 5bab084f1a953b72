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
        ContractFiles.read(CONSUMERS, file, outcome, row -> {
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
    void aFileThatStopsBeingUtf8IsRefusedAfterTheRowsBeforeIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,name,id_number,kind\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20_000; i++) {
            bytes.writeBytes(("CO-" + i + ",Name,,PERSON\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes(new byte[] {'C', 'O', '-', (byte) 0xC3, (byte) 0x28, ',', 'x', ',', ',', 'P', '\n'});
        for (int i = 0; i < 3_000; i++) {
            bytes.writeBytes(("CO-X" + i + ",Name,,PERSON\n").getBytes(StandardCharsets.UTF_8));
        }
        Path file = tmp.resolve("consumers.csv");
        Files.write(file, bytes.toByteArray());

        FileOutcome outcome = new FileOutcome("consumers.csv", 10);
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> ContractFiles.read(CONSUMERS, file, outcome, row -> seen.add(row.line()),
                ImportProgress.NONE)).isInstanceOf(RuntimeException.class);
        // every row before the broken bytes (up to the decoder's buffer) was handed over, none after
        assertThat(seen).isNotEmpty().isEqualTo(seen.stream().sorted().toList());
        assertThat(seen.get(seen.size() - 1)).isLessThanOrEqualTo(20_001);
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
        assertThatThrownBy(() -> ContractFiles.read(CONSUMERS, file, outcome, row -> {
            if (row.line() == 4_321) {
                throw new ImportFailed("sink gave up");
            }
        }, ImportProgress.NONE)).isInstanceOf(ImportFailed.class).hasMessage("sink gave up");
        assertThat(outcome.read.get()).isEqualTo(4_320);
    }
}

package io.credlink.datagen.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One streaming RFC 4180 writer per dataset file; counts rows. */
final class Sinks implements AutoCloseable {

    /** File name (relative to the output directory) and its exact header, in DATA-CONTRACT.md order. */
    enum File {
        INSURERS("insurers.csv", "id", "name", "license_no", "status"),
        INTERMEDIARIES("intermediaries.csv", "id", "name", "kind", "license_no", "status"),
        PRACTITIONERS("practitioners.csv", "id", "name", "id_number", "kind", "license_no", "status"),
        CONSUMERS("consumers.csv", "id", "name", "id_number", "kind"),
        PROVIDERS("providers.csv", "id", "name", "kind"),
        AFFILIATIONS("affiliations.csv", "person_id", "org_id", "role", "from", "to"),
        CONTRACTS("contracts.csv", "intermediary_id", "insurer_id", "from", "to"),
        POLICIES("policies.csv", "id", "insurer_id", "holder_id", "insured_id", "line", "start_date", "end_date",
            "premium", "agent_id", "intermediary_id", "insurer_confirmed", "status", "cancelled_on", "subject_ref"),
        CLAIMS("claims.csv", "id", "policy_id", "claimant_id", "incident_date", "reported_date", "amount", "cause",
            "status", "adjuster_id", "provider_id", "subject_ref", "invoice_no"),
        CLAIM_PARTIES("claim_parties.csv", "claim_id", "party_id", "role"),
        IDENTIFIERS("identifiers.csv", "entity_id", "kind", "value"),
        SANCTIONS("sanctions.csv", "id", "subject_id", "authority", "kind", "severity", "blacklist", "decided_on",
            "effective_from", "effective_to", "reason"),
        RECORDS("records.csv", "id", "subject_id", "kind", "date", "severity", "detail"),
        LABELS("truth/labels.csv", "kind", "group_id", "entity_id"),
        CONTROLS("truth/controls.csv", "kind", "entity_id"),
        DUPLICATES("truth/duplicates.csv", "entity_id", "duplicate_of"),
        LOOKALIKES("truth/lookalikes.csv", "entity_id", "other_id", "kind");

        final String fileName;
        final String[] header;

        File(String fileName, String... header) {
            this.fileName = fileName;
            this.header = header;
        }
    }

    private final Map<File, CSVPrinter> printers = new LinkedHashMap<>();
    private final long[] rows = new long[File.values().length];

    Sinks(Path out) {
        try {
            Files.createDirectories(out.resolve("truth"));
            for (File f : File.values()) {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(out.resolve(f.fileName)), StandardCharsets.UTF_8), 1 << 16);
                printers.put(f, new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(f.header).get()));
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    void row(File f, Object... values) {
        try {
            printers.get(f).printRecord(values);
            rows[f.ordinal()]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (File f : File.values()) {
            m.put(f.fileName, rows[f.ordinal()]);
        }
        return m;
    }

    @Override
    public void close() {
        IOException first = null;
        for (CSVPrinter p : printers.values()) {
            try {
                p.close(true);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        printers.clear();
        if (first != null) {
            throw new UncheckedIOException(first);
        }
    }
}

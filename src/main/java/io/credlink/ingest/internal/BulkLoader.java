package io.credlink.ingest.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.credlink.graph.BulkGraph;
import io.credlink.graph.OfflineImport;
import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportReport.FileReport;
import io.credlink.ingest.IngestProperties;
import io.credlink.ingest.internal.DatasetContract.FileSpec;
import io.credlink.ingest.internal.RowParser.ParsedRow;

/**
 * The bulk path: a dataset directory into an embedded store that holds no database yet, written
 * by Neo4j's offline importer before the DBMS opens. Rows are read and checked exactly as on the
 * Cypher path ({@link ContractFiles}, {@link RowParser}, {@link ReferenceRules}); the reference
 * checks see the rows accepted so far instead of the database, which on an empty store is the
 * same thing. The graph the Cypher upserts would build is then assembled here:
 * <ul>
 * <li>a node row whose id was seen before replaces the earlier row with all the relationships it
 * implies (the upsert of a known id);</li>
 * <li>relationship rows are keyed as the Cypher MERGEs are (affiliation by person, organisation,
 * role and start date, the later row's end date winning; contract by both parties and start date;
 * claim party by party, claim and role; identifier link by party and identifier);</li>
 * <li>an identifier value shared by several parties is one {@code Identifier} node.</li>
 * </ul>
 * Accepted rows are spilled to temporary files in a compact binary form, so memory holds only the
 * id index and relationship keys; the spill is replayed to the importer and deleted.
 */
final class BulkLoader {

    private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);

    /** Node types by code; parties also carry {@code :Party}, every node {@code :Entity}. */
    private static final List<String> TYPES = List.of("Insurer", "Intermediary", "Practitioner", "Consumer",
            "Provider", "Policy", "Claim", "Identifier", "Sanction", "CreditRecord");
    private static final String[][] LABELS = TYPES.stream()
            .map(t -> DatasetContract.PARTY_TYPES.contains(t) ? new String[] {"Entity", "Party", t}
                    : new String[] {"Entity", t})
            .toArray(String[][]::new);
    private static final int IDENTIFIER = TYPES.indexOf("Identifier");

    /** The node properties each file sets, named as in the Cypher upserts (= the row parameters). */
    private static final Map<String, List<String>> NODE_PROPERTIES = Map.of(
            "insurers.csv", List.of("name", "licenseNo", "status"),
            "intermediaries.csv", List.of("name", "kind", "licenseNo", "status"),
            "practitioners.csv", List.of("name", "idNumber", "kind", "licenseNo", "status"),
            "consumers.csv", List.of("name", "idNumber", "kind"),
            "providers.csv", List.of("name", "kind"),
            "policies.csv", List.of("line", "startDate", "endDate", "premium", "insurerConfirmed", "status",
                    "cancelledOn", "subjectRef"),
            "claims.csv", List.of("incidentDate", "reportedDate", "amount", "cause", "status", "subjectRef",
                    "invoiceNo"),
            "sanctions.csv", List.of("authority", "kind", "severity", "blacklist", "decidedOn", "effectiveFrom",
                    "effectiveTo", "reason"),
            "records.csv", List.of("kind", "date", "severity", "detail"));

    /** Set on creation only: an import never resets the due-process flags. */
    private static final Map<String, Object[]> CREATED_FLAGS = Map.of(
            "sanctions.csv", new Object[] {"disputed", false, "withdrawn", false},
            "records.csv", new Object[] {"disputed", false});

    private static final List<String> REL_TYPES = List.of("ISSUED_BY", "HOLDS", "INSURED_BY", "SOLD_BY", "VIA",
            "ON_POLICY", "FILED", "ADJUSTED_BY", "SERVICED_BY", "AGAINST", "ABOUT", "AFFILIATED_WITH",
            "CONTRACTED_WITH", "PARTY_TO", "HAS_IDENTIFIER");

    private static final List<String> CLAIM_PARTY_ROLES = DatasetContract.spec("claim_parties.csv").byName()
            .get("role").values().stream().sorted().toList();

    /** What a bulk load did: the report as the Cypher path gives it, and where the time went. */
    record Result(ImportReport report, long validateMs, long storeWriteMs, long nodes, long relationships) {
    }

    private final IngestProperties properties;

    BulkLoader(IngestProperties properties) {
        this.properties = properties;
    }

    Result load(Path datasetDir, Path storeHome, ImportProgress progress) {
        long t0 = System.nanoTime();
        ContractFiles.Listing listing = ContractFiles.list(datasetDir);
        Path spillDir;
        try {
            spillDir = Files.createTempDirectory("credlink-bulk-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the bulk load", e);
        }
        try (Loading loading = new Loading(spillDir)) {
            List<FileReport> reports = new ArrayList<>();
            for (int i = 0; i < listing.specs().size(); i++) {
                FileSpec spec = listing.specs().get(i);
                long f0 = System.nanoTime();
                FileOutcome outcome = new FileOutcome(spec.file(), properties.maxErrorsPerFile());
                ContractFiles.read(spec, listing.files().get(i), CsvLimits.of(properties), outcome,
                        row -> loading.accept(spec, row, outcome), progress);
                FileReport report = outcome.report((System.nanoTime() - f0) / 1_000_000);
                log.info("bulk {}: {} rows checked in {} ms", spec.file(), report.read(), report.tookMs());
                reports.add(report);
            }
            loading.finishWriting();
            long t1 = System.nanoTime();
            OfflineImport.write(storeHome, loading);
            long t2 = System.nanoTime();
            ImportReport report = ImportReport.of(reports, listing.ignored(), (t2 - t0) / 1_000_000);
            log.info("Bulk-loaded {}: {} rows read, {} imported, {} rejected; {} nodes and {} relationships; "
                    + "checked in {} ms, store written in {} ms", datasetDir.getFileName(), report.read(),
                    report.imported(), report.rejected(), loading.nodeCount(), loading.relationshipsWritten,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            return new Result(report, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, loading.nodeCount(),
                    loading.relationshipsWritten);
        } catch (IOException e) {
            throw new UncheckedIOException("bulk load of " + datasetDir + " failed: " + e.getMessage(), e);
        } finally {
            deleteRecursively(spillDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete the bulk load spill {}: {}", dir, e.getMessage());
        }
    }

    /** Key of an affiliation or a contract: the MERGE pattern of its Cypher upsert. */
    private record RelKey(int start, int end, String role, LocalDate from) {
    }

    /** The state of one load: the id index, relationship keys, and the spill being written. */
    private static final class Loading implements BulkGraph, AutoCloseable {

        private final Path nodeSpill;
        private final Path relSpill;
        private final DataOutputStream nodesOut;
        private final DataOutputStream relsOut;
        private final Map<String, Integer> ordinals = new HashMap<>(1 << 16);
        private byte[] types = new byte[1 << 16];
        private int[] lastSeq = new int[1 << 16];
        private int nodes;
        /** Row sequence numbers (one per written row) whose writes a later row replaced. */
        private final BitSet superseded = new BitSet();
        private int seq;
        private final LongHashSet identifierLinks = new LongHashSet();
        private final LongHashSet claimParties = new LongHashSet();
        private final Map<RelKey, Integer> affiliations = new HashMap<>();
        private final Map<RelKey, Integer> contracts = new HashMap<>();
        private final Map<String, Integer> keyCodes = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private long nodeRecords;
        private long relRecords;
        long relationshipsWritten;

        Loading(Path dir) throws IOException {
            nodeSpill = dir.resolve("nodes.bin");
            relSpill = dir.resolve("relationships.bin");
            nodesOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(nodeSpill), 1 << 20));
            relsOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(relSpill), 1 << 20));
        }

        /** The last ids looked up: a row's references are looked up by the checks, then again to link them. */
        private final String[] recentIds = new String[8];
        private final int[] recentOrdinals = new int[8];
        private int recentNext;
        /** The last id found unknown; valid until the next node is added (a new row's id is looked up twice). */
        private String lastMiss;

        String typeOf(String id) {
            int o = lookup(id);
            return o < 0 ? null : TYPES.get(types[o]);
        }

        private int ordinal(String id) {
            int o = lookup(id);
            if (o < 0) {
                throw new IllegalStateException("no node for the accepted reference " + id);
            }
            return o;
        }

        /** The ordinal of a known id, -1 for an unknown one. An id's ordinal never changes once assigned. */
        private int lookup(String id) {
            for (int i = 0; i < recentIds.length; i++) {
                if (recentIds[i] == id) {
                    return recentOrdinals[i];
                }
            }
            if (id == lastMiss) {
                return -1;
            }
            Integer o = ordinals.get(id);
            if (o == null) {
                lastMiss = id;
                return -1;
            }
            remember(id, o);
            return o;
        }

        private void remember(String id, int ordinal) {
            recentIds[recentNext] = id;
            recentOrdinals[recentNext] = ordinal;
            recentNext = (recentNext + 1) & (recentIds.length - 1);
        }

        void accept(FileSpec spec, ParsedRow row, FileOutcome outcome) {
            String problem = ReferenceRules.problem(spec, row, this::typeOf);
            if (problem != null) {
                outcome.reject(row.line(), problem);
                return;
            }
            outcome.imported.incrementAndGet();
            Map<String, Object> p = row.params();
            try {
                if (spec.entityType() != null) {
                    acceptNode(spec, p);
                } else {
                    acceptRelationship(spec.file(), p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the bulk load spill: " + e.getMessage(), e);
            }
        }

        private void acceptNode(FileSpec spec, Map<String, Object> p) throws IOException {
            int rowSeq = seq++;
            int node = node((String) p.get("id"), TYPES.indexOf(spec.entityType()), rowSeq);
            List<String> names = NODE_PROPERTIES.get(spec.file());
            Object[] flags = CREATED_FLAGS.getOrDefault(spec.file(), new Object[0]);
            List<Object> props = new ArrayList<>(2 + names.size() * 2 + flags.length);
            props.add("id");
            props.add(p.get("id"));
            for (String name : names) {
                Object value = p.get(name);
                if (value != null) {
                    props.add(name);
                    props.add(value);
                }
            }
            props.addAll(Arrays.asList(flags));
            writeNode(rowSeq, node, types[node], props);
            switch (spec.file()) {
                case "policies.csv" -> {
                    rel(rowSeq, node, ref(p, "insurerId"), "ISSUED_BY");
                    rel(rowSeq, ref(p, "holderId"), node, "HOLDS");
                    rel(rowSeq, ref(p, "insuredId"), node, "INSURED_BY");
                    if (p.get("agentId") != null) {
                        rel(rowSeq, node, ref(p, "agentId"), "SOLD_BY");
                    }
                    if (p.get("intermediaryId") != null) {
                        rel(rowSeq, node, ref(p, "intermediaryId"), "VIA");
                    }
                }
                case "claims.csv" -> {
                    rel(rowSeq, node, ref(p, "policyId"), "ON_POLICY");
                    rel(rowSeq, ref(p, "claimantId"), node, "FILED");
                    if (p.get("adjusterId") != null) {
                        rel(rowSeq, node, ref(p, "adjusterId"), "ADJUSTED_BY");
                    }
                    if (p.get("providerId") != null) {
                        rel(rowSeq, node, ref(p, "providerId"), "SERVICED_BY");
                    }
                }
                case "sanctions.csv" -> rel(rowSeq, node, ref(p, "subjectId"), "AGAINST");
                case "records.csv" -> rel(rowSeq, node, ref(p, "subjectId"), "ABOUT");
                default -> {
                }
            }
        }

        private void acceptRelationship(String file, Map<String, Object> p) throws IOException {
            switch (file) {
                case "affiliations.csv" -> keyed(affiliations,
                        new RelKey(ref(p, "personId"), ref(p, "orgId"), (String) p.get("role"), (LocalDate) p.get("from")),
                        "AFFILIATED_WITH", "role", p.get("role"), "from", p.get("from"), "to", p.get("to"));
                case "contracts.csv" -> keyed(contracts,
                        new RelKey(ref(p, "intermediaryId"), ref(p, "insurerId"), null, (LocalDate) p.get("from")),
                        "CONTRACTED_WITH", "from", p.get("from"), "to", p.get("to"));
                case "claim_parties.csv" -> {
                    int party = ref(p, "partyId");
                    int claim = ref(p, "claimId");
                    int role = CLAIM_PARTY_ROLES.indexOf((String) p.get("role"));
                    if (claimParties.add(((long) party << 35) | ((long) claim << 4) | role)) {
                        rel(seq++, party, claim, "PARTY_TO", "role", p.get("role"));
                    }
                }
                case "identifiers.csv" -> {
                    int party = ref(p, "entityId");
                    String identifierId = (String) p.get("identifierId");
                    int identifier = lookup(identifierId);
                    if (identifier < 0) {
                        int rowSeq = seq++;
                        identifier = newNode(identifierId, IDENTIFIER, rowSeq);
                        writeNode(rowSeq, identifier, IDENTIFIER,
                                List.of("id", identifierId, "kind", p.get("kind"), "value", p.get("value")));
                    }
                    // else as the Cypher MERGE on the id: the existing node, whatever it is
                    if (identifierLinks.add(((long) party << 32) | identifier)) {
                        rel(seq++, party, identifier, "HAS_IDENTIFIER");
                    }
                }
                default -> throw new IllegalStateException("no bulk mapping for " + file);
            }
        }

        /** A relationship keyed by its MERGE pattern: a later row with the same key replaces it. */
        private void keyed(Map<RelKey, Integer> seen, RelKey key, String type, Object... props) throws IOException {
            int rowSeq = seq++;
            Integer previous = seen.put(key, rowSeq);
            if (previous != null) {
                superseded.set(previous);
            }
            rel(rowSeq, key.start(), key.end(), type, props);
        }

        private int ref(Map<String, Object> p, String param) {
            return ordinal((String) p.get(param));
        }

        private int node(String id, int type, int rowSeq) {
            int known = lookup(id);
            if (known >= 0) {
                superseded.set(lastSeq[known]);
                lastSeq[known] = rowSeq;
                return known;
            }
            return newNode(id, type, rowSeq);
        }

        private int newNode(String id, int type, int rowSeq) {
            int o = nodes++;
            if (o >= (1 << 28)) {
                throw new ImportFailed("the dataset has more nodes than the bulk path supports (2^28); "
                        + "set credlink.ingest.bulk-load=false");
            }
            if (o == types.length) {
                types = Arrays.copyOf(types, o * 2);
                lastSeq = Arrays.copyOf(lastSeq, o * 2);
            }
            types[o] = (byte) type;
            lastSeq[o] = rowSeq;
            ordinals.put(id, o);
            lastMiss = null;
            remember(id, o);
            return o;
        }

        private void writeNode(int rowSeq, int node, int type, List<Object> props) throws IOException {
            nodesOut.writeInt(rowSeq);
            nodesOut.writeInt(node);
            nodesOut.writeByte(type);
            writeProperties(nodesOut, props.toArray());
            nodeRecords++;
        }

        private void rel(int rowSeq, int start, int end, String type, Object... props) throws IOException {
            relsOut.writeInt(rowSeq);
            relsOut.writeInt(start);
            relsOut.writeInt(end);
            relsOut.writeByte(REL_TYPES.indexOf(type));
            writeProperties(relsOut, props);
            relRecords++;
        }

        private void writeProperties(DataOutputStream out, Object[] keyValues) throws IOException {
            int count = 0;
            for (int i = 1; i < keyValues.length; i += 2) {
                if (keyValues[i] != null) {
                    count++;
                }
            }
            out.writeByte(count);
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                Object value = keyValues[i + 1];
                if (value == null) {
                    continue;
                }
                String key = (String) keyValues[i];
                Integer code = keyCodes.get(key);
                if (code == null) {
                    code = keys.size();
                    keys.add(key);
                    keyCodes.put(key, code);
                }
                out.writeByte(code);
                if (value instanceof String s) {
                    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                    out.writeByte(0);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                } else if (value instanceof LocalDate d) {
                    out.writeByte(1);
                    out.writeLong(d.toEpochDay());
                } else if (value instanceof Double d) {
                    out.writeByte(2);
                    out.writeDouble(d);
                } else if (value instanceof Boolean b) {
                    out.writeByte(3);
                    out.writeBoolean(b);
                } else if (value instanceof Long l) {
                    out.writeByte(4);
                    out.writeLong(l);
                } else {
                    throw new IllegalStateException("no spill form for " + value.getClass());
                }
            }
        }

        private Object[] readProperties(DataInputStream in) throws IOException {
            int count = in.readUnsignedByte();
            Object[] keyValues = new Object[count * 2];
            for (int i = 0; i < count; i++) {
                keyValues[2 * i] = keys.get(in.readUnsignedByte());
                int tag = in.readUnsignedByte();
                keyValues[2 * i + 1] = switch (tag) {
                    case 0 -> {
                        byte[] bytes = new byte[in.readInt()];
                        in.readFully(bytes);
                        yield new String(bytes, StandardCharsets.UTF_8);
                    }
                    case 1 -> LocalDate.ofEpochDay(in.readLong());
                    case 2 -> in.readDouble();
                    case 3 -> in.readBoolean();
                    case 4 -> in.readLong();
                    default -> throw new IllegalStateException("corrupt bulk load spill (tag " + tag + ")");
                };
            }
            return keyValues;
        }

        void finishWriting() throws IOException {
            nodesOut.close();
            relsOut.close();
            // the id index is not needed any more: free it before the importer takes its memory
            ordinals.clear();
            affiliations.clear();
            contracts.clear();
        }

        @Override
        public long nodeCount() {
            return nodes;
        }

        @Override
        public long relationshipEstimate() {
            return relRecords;
        }

        @Override
        public Iterator<Node> nodes() {
            return new SpillIterator<>(nodeSpill, nodeRecords, in -> {
                int rowSeq = in.readInt();
                int node = in.readInt();
                int type = in.readUnsignedByte();
                Object[] props = readProperties(in);
                return superseded.get(rowSeq) ? null : new Node(node, LABELS[type], props);
            });
        }

        @Override
        public Iterator<Relationship> relationships() {
            return new SpillIterator<>(relSpill, relRecords, in -> {
                int rowSeq = in.readInt();
                int start = in.readInt();
                int end = in.readInt();
                String type = REL_TYPES.get(in.readUnsignedByte());
                Object[] props = readProperties(in);
                if (superseded.get(rowSeq)) {
                    return null;
                }
                relationshipsWritten++;
                return new Relationship(start, end, type, props);
            });
        }

        @Override
        public void close() throws IOException {
            nodesOut.close();
            relsOut.close();
        }
    }

    /** Reads one record of a spill; null for a record a later row replaced. */
    @FunctionalInterface
    private interface RecordReader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** The live records of a spill file, in the order they were written. */
    private static final class SpillIterator<T> implements Iterator<T> {

        private final DataInputStream in;
        private final RecordReader<T> reader;
        private long remaining;
        private T next;

        SpillIterator(Path file, long records, RecordReader<T> reader) {
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.remaining = records;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null && remaining > 0) {
                    remaining--;
                    next = reader.read(in);
                }
                if (next == null) {
                    in.close();
                }
            } catch (EOFException e) {
                throw new IllegalStateException("the bulk load spill ended early", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return next != null;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T result = next;
            next = null;
            return result;
        }
    }
}

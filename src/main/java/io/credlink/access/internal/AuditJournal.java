package io.credlink.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.credlink.access.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail's local append-only journal: an answer waits for its entries to reach the disk
 * here (one {@code fdatasync} per group of entries), not for a graph transaction over Bolt; the
 * entries are then written into the graph in the background ({@link AuditLog}), each graph write
 * recording how far the journal has been replayed in the same transaction. At start, whatever the
 * graph has not got yet (a kill -9 between the two) is written into it before anything is served.
 * <p>
 * Segments {@code audit-<first number>.journal}; each record is {@code [length][CRC32C][JSON]}, numbered
 * from 1 per journal directory. A record cut short by a crash fails its checksum and ends the
 * reading: its answer never left, since it leaves only after the force. A segment is deleted once
 * the graph has every record of it. The directory's {@code journal.id} names the journal in the
 * graph's checkpoint, so two journals (a test's own and the application's) never share one.
 */
final class AuditJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditJournal.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HEADER = 8;
    private static final int MAX_RECORD = 64 * 1024 * 1024;

    /** A journaled entry and its number in the journal. */
    record Record(long number, AuditLog.Entry entry) {
    }

    private final Path dir;
    private final long segmentBytes;
    private final String id;
    private FileChannel current;
    private Path currentPath;
    private long next;
    /** Segments written, oldest first, with the last number each holds. */
    private final Map<Path, Long> segments = new LinkedHashMap<>();
    private final CRC32C crc = new CRC32C();

    private AuditJournal(Path dir, long segmentBytes, String id) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.id = id;
    }

    /** Opens (creating) the journal in {@code dir}; {@link #unreplayed} tells what the graph lacks. */
    static AuditJournal open(Path dir, long segmentBytes) {
        try {
            Files.createDirectories(dir);
            Path idFile = dir.resolve("journal.id");
            if (!Files.exists(idFile)) {
                Path tmp = dir.resolve("journal.id.tmp");
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ch.write(ByteBuffer.wrap(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)));
                    ch.force(true);
                }
                Files.move(tmp, idFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                forceDirectory(dir);
            }
            return new AuditJournal(dir, segmentBytes, Files.readString(idFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the audit journal in " + dir, e);
        }
    }

    String id() {
        return id;
    }

    /**
     * The records numbered above {@code replayed} (what the graph's checkpoint says it has), in
     * order; afterwards new records are numbered after every record found and after {@code replayed}.
     */
    List<Record> unreplayed(long replayed) {
        List<Record> out = new ArrayList<>();
        long last = replayed;
        for (Path segment : segmentFiles()) {
            long lastInSegment = 0;
            try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ)) {
                ByteBuffer head = ByteBuffer.allocate(HEADER);
                while (true) {
                    head.clear();
                    if (readFully(ch, head) < HEADER) {
                        break;
                    }
                    head.flip();
                    int length = head.getInt();
                    int sum = head.getInt();
                    if (length <= 0 || length > MAX_RECORD) {
                        break;
                    }
                    ByteBuffer payload = ByteBuffer.allocate(length);
                    if (readFully(ch, payload) < length || checksum(payload.array(), length) != sum) {
                        log.warn("Audit journal {}: a record cut short at its end (never acknowledged), ignored",
                                segment.getFileName());
                        break;
                    }
                    Record r = decode(payload.array());
                    lastInSegment = r.number();
                    last = Math.max(last, r.number());
                    if (r.number() > replayed) {
                        out.add(r);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the audit journal segment " + segment, e);
            }
            segments.put(segment, lastInSegment);
        }
        next = last + 1;
        return out;
    }

    /**
     * Appends the entries and forces them to the disk (one force for all of them); their numbers,
     * in order.
     */
    synchronized List<Record> append(List<AuditLog.Entry> entries) throws IOException {
        if (current == null || current.size() >= segmentBytes) {
            roll();
        }
        List<Record> records = new ArrayList<>(entries.size());
        List<ByteBuffer> buffers = new ArrayList<>(entries.size());
        for (AuditLog.Entry e : entries) {
            Record r = new Record(next++, e);
            byte[] payload = encode(r);
            ByteBuffer b = ByteBuffer.allocate(HEADER + payload.length);
            b.putInt(payload.length).putInt(checksum(payload, payload.length)).put(payload).flip();
            buffers.add(b);
            records.add(r);
        }
        ByteBuffer[] all = buffers.toArray(ByteBuffer[]::new);
        long remaining = buffers.stream().mapToLong(ByteBuffer::remaining).sum();
        while (remaining > 0) {
            remaining -= current.write(all);
        }
        current.force(false);
        segments.put(currentPath, records.get(records.size() - 1).number());
        return records;
    }

    /** Deletes the segments, other than the one being written, whose records the graph has up to {@code replayed}. */
    synchronized void replayedUpTo(long replayed) {
        var it = segments.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Path, Long> s = it.next();
            if (!s.getKey().equals(currentPath) && s.getValue() <= replayed) {
                try {
                    Files.deleteIfExists(s.getKey());
                    it.remove();
                } catch (IOException e) {
                    log.warn("Cannot delete the replayed audit journal segment {}: {}", s.getKey(), e.toString());
                }
            }
        }
    }

    private synchronized void roll() throws IOException {
        if (current != null) {
            current.close();
        }
        currentPath = dir.resolve(String.format("audit-%019d.journal", next));
        current = FileChannel.open(currentPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        forceDirectory(dir); // the new file's name must survive a crash too
        segments.put(currentPath, next - 1);
    }

    @Override
    public synchronized void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private List<Path> segmentFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("audit-\\d{19}\\.journal")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the audit journal " + dir, e);
        }
    }

    private int checksum(byte[] payload, int length) {
        crc.reset();
        crc.update(payload, 0, length);
        return (int) crc.getValue();
    }

    private static int readFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                break;
            }
        }
        return b.position();
    }

    private static void forceDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot open a directory; the file's own force still holds its data
        }
    }

    private static byte[] encode(Record r) {
        AuditLog.Entry e = r.entry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", r.number());
        m.put("at", e.at().toString());
        m.put("actor", e.actor());
        m.put("role", e.role().name());
        m.put("action", e.action());
        m.put("entityId", e.entityId());
        m.put("purpose", e.purpose());
        m.put("status", e.status());
        m.put("disclosed", e.disclosed());
        m.put("namedNone", e.namedNone());
        return JSON.writeValueAsBytes(m);
    }

    @SuppressWarnings("unchecked")
    private static Record decode(byte[] payload) {
        Map<String, Object> m = JSON.readValue(payload, Map.class);
        List<String> disclosed = (List<String>) m.get("disclosed");
        AuditLog.Entry e = new AuditLog.Entry(0, Instant.parse((String) m.get("at")), (String) m.get("actor"),
                Role.valueOf((String) m.get("role")), (String) m.get("action"), (String) m.get("entityId"),
                (String) m.get("purpose"), ((Number) m.get("status")).intValue(),
                disclosed == null ? null : List.copyOf(disclosed), Boolean.TRUE.equals(m.get("namedNone")), null);
        return new Record(((Number) m.get("n")).longValue(), e);
    }
}

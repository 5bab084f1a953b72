package io.credlink.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sits between a UTF-8 file and Commons CSV: splits the text into records exactly as its
 * RFC 4180 lexer does (a quote opens a quoted value only as the first character of a field,
 * {@code ""} inside one is a quote, a line end outside quotes ends the record, empty lines are
 * skipped) and hands the parser one record per {@link #read(char[], int, int)}, each ending in
 * {@code \n}. So when the parser fails on a record (a quote never closed, a character after a
 * closing quote), its buffer holds nothing of the next record, and a new parser on this reader
 * goes on from there: one broken record costs one row, not the file.
 *
 * <p>It also checks what the parser cannot: bytes that are not UTF-8, and a field or record
 * longer than the limits. Such a record is not handed over (a long one is skipped without being
 * kept in memory); the parser gets {@code ""} in its place, so that it still yields one record
 * there, and {@link #spans()} says why. Every record handed over has its {@link Span}, in order,
 * with its physical lines (line 1 is the first line of the file).
 */
final class CsvRecordReader extends Reader {

    /** A record handed to the parser: its first and last physical line, and why it was replaced (or null). */
    record Span(long firstLine, long lastLine, String problem) {
    }

    private static final char[] PLACEHOLDER = {'"', '"', '\n'};
    private static final char[] NEWLINE = {'\n'};

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTED }

    private final InputStream in;
    private final int maxField;
    private final int maxRecord;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    /** Where {@link #chars} starts in the decoded text, and the positions in that text of replaced malformed bytes. */
    private long bufferStart;
    private final ArrayDeque<Long> malformedAt = new ArrayDeque<>();
    private boolean started;
    private boolean exhausted;

    /** Line breaks consumed so far ({@code \r\n} is one), and whether the last char was {@code \r}. */
    private long lines;
    private boolean afterCr;
    private boolean lastWasBreak = true;

    private char[] out = new char[256];
    private int outPos;
    private int outLen;
    private final ArrayDeque<Span> spans = new ArrayDeque<>();

    CsvRecordReader(InputStream in, int maxField, int maxRecord) {
        this.in = in;
        this.maxField = maxField;
        this.maxRecord = maxRecord;
    }

    /**
     * Drops what is left of the record being handed over: the parser failed on it, and the next
     * parser must start at the next record (a record longer than the parser's buffer is handed
     * over in several reads).
     */
    void discardRecord() {
        outPos = outLen;
    }

    /** The records handed over and not yet claimed, oldest first. */
    ArrayDeque<Span> spans() {
        return spans;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (outPos == outLen && !nextRecord()) {
            return -1;
        }
        int n = Math.min(len, outLen - outPos);
        System.arraycopy(out, outPos, cbuf, off, n);
        outPos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Scans the next non-empty record into {@link #out}; false at the end of the input. Runs of
     * ordinary characters are copied at once: only quotes, commas and line ends change the state.
     */
    private boolean nextRecord() throws IOException {
        outPos = 0;
        outLen = 0;
        State state = State.FIELD_START;
        long first = lines + 1;
        long field = 0;
        long record = 0;
        String problem = null;
        char[] buf = chars.array();
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                if (record == 0 && state == State.FIELD_START) {
                    return false;
                }
                finish(first, lastWasBreak ? lines : lines + 1, problem);
                return true;
            }
            int i = chars.position();
            int limit = chars.limit();
            long bad = nextMalformed();
            while (i < limit) {
                char c = buf[i];
                if (i == bad) {
                    malformedAt.pollFirst();
                    bad = nextMalformed();
                    if (problem == null) {
                        problem = "not valid UTF-8 (line " + (lines + 1) + ")";
                    }
                } else if (c != ',' && c > '"') {
                    int j = i + 1;
                    while (j < limit && j != bad && buf[j] != ',' && buf[j] > '"') {
                        j++;
                    }
                    int n = j - i;
                    if (state == State.FIELD_START) {
                        state = State.UNQUOTED;
                    } else if (state == State.QUOTE_IN_QUOTED) {
                        state = State.AFTER_QUOTED;
                    }
                    field += n;
                    record += n;
                    afterCr = false;
                    lastWasBreak = false;
                    problem = overLimit(problem, field, record);
                    if (problem == null) {
                        append(buf, i, n);
                    }
                    i = j;
                    continue;
                }
                i++;
                if (c == '\r' || c == '\n') {
                    boolean countsAsBreak = c == '\r' || !afterCr;
                    afterCr = c == '\r';
                    lastWasBreak = true;
                    if (state != State.QUOTED) {
                        if (!countsAsBreak) {
                            continue; // the \n of a \r\n that ended the previous record or empty line
                        }
                        long last = lines + 1;
                        lines++;
                        if (record == 0 && state == State.FIELD_START) {
                            first = lines + 1; // an empty line, skipped like the parser does
                            continue;
                        }
                        chars.position(i);
                        finish(first, last, problem);
                        return true;
                    }
                    if (countsAsBreak) {
                        lines++;
                    }
                } else {
                    afterCr = false;
                    lastWasBreak = false;
                }
                if (c == ',' && state != State.QUOTED) {
                    state = State.FIELD_START;
                    field = 0;
                } else {
                    if (c == '"') {
                        state = switch (state) {
                            case FIELD_START -> State.QUOTED;
                            case QUOTED -> State.QUOTE_IN_QUOTED;
                            case QUOTE_IN_QUOTED -> State.QUOTED;
                            default -> state;
                        };
                    } else if (state == State.FIELD_START) {
                        state = State.UNQUOTED;
                    } else if (state == State.QUOTE_IN_QUOTED) {
                        state = State.AFTER_QUOTED;
                    }
                    field++;
                }
                record++;
                problem = overLimit(problem, field, record);
                if (problem == null) {
                    append(buf, i - 1, 1);
                }
            }
            chars.position(i);
        }
    }

    /** The index in {@link #chars} of the next replaced malformed byte sequence, or -1. */
    private long nextMalformed() {
        return malformedAt.isEmpty() ? -1 : malformedAt.peekFirst() - bufferStart;
    }

    private String overLimit(String problem, long field, long record) {
        if (problem != null) {
            return problem;
        }
        if (field > maxField) {
            return String.format(Locale.ROOT, "a field is longer than %,d characters (credlink.ingest.max-field-length)",
                    maxField);
        }
        if (record > maxRecord) {
            return String.format(Locale.ROOT, "the row is longer than %,d characters (credlink.ingest.max-record-length)",
                    maxRecord);
        }
        return null;
    }

    private void finish(long first, long last, String problem) {
        spans.add(new Span(first, last, problem));
        if (problem != null) {
            System.arraycopy(PLACEHOLDER, 0, out, 0, PLACEHOLDER.length);
            outLen = PLACEHOLDER.length;
        } else {
            append(NEWLINE, 0, 1);
        }
    }

    private void append(char[] from, int offset, int n) {
        if (outLen + n > out.length) {
            out = Arrays.copyOf(out, (int) Math.min(Math.max(out.length * 2L, outLen + n), maxRecord + 2L));
        }
        System.arraycopy(from, offset, out, outLen, n);
        outLen += n;
    }

    /** Decodes the next chars; malformed bytes become U+FFFD with their position noted; false at the end. */
    private boolean fill() throws IOException {
        if (exhausted) {
            return false;
        }
        bufferStart += chars.limit();
        chars.clear();
        while (chars.position() == 0) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                malformedAt.add(bufferStart + chars.position());
                chars.put('\uFFFD');
            } else if (result.isOverflow()) {
                break;
            } else if (endOfInput) {
                exhausted = true; // UTF-8 keeps no state to flush
                break;
            } else {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                chars.position(1); // a byte order mark is not data
                return chars.hasRemaining() || fill();
            }
        }
        return chars.hasRemaining();
    }
}

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

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTED }

    private final InputStream in;
    private final int maxField;
    private final int maxRecord;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    /** Chars taken from {@link #chars} so far, and the positions (in that count) of replaced malformed bytes. */
    private long taken;
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

    /** Scans the next non-empty record into {@link #out}; false at the end of the input. */
    private boolean nextRecord() throws IOException {
        outPos = 0;
        outLen = 0;
        State state = State.FIELD_START;
        long first = lines + 1;
        int field = 0;
        int record = 0;
        String problem = null;
        while (true) {
            int c = nextChar();
            if (c == -1) {
                if (record == 0 && state == State.FIELD_START) {
                    return false;
                }
                break;
            }
            long position = taken - 1;
            if (!malformedAt.isEmpty() && malformedAt.peekFirst() == position) {
                malformedAt.pollFirst();
                if (problem == null) {
                    problem = "not valid UTF-8 (line " + (lines + 1) + ")";
                }
            }
            if (c == '\r' || c == '\n') {
                boolean countsAsBreak = c == '\r' || !afterCr;
                afterCr = c == '\r';
                if (state != State.QUOTED) {
                    if (!countsAsBreak) {
                        continue; // the \n of a \r\n that ended the previous record or empty line
                    }
                    long last = lines + 1;
                    lines++;
                    lastWasBreak = true;
                    if (record == 0 && state == State.FIELD_START) {
                        first = lines + 1; // an empty line, skipped like the parser does
                        continue;
                    }
                    finish(first, last, problem);
                    return true;
                }
                if (countsAsBreak) {
                    lines++;
                }
                lastWasBreak = true;
            } else {
                afterCr = false;
                lastWasBreak = false;
            }
            if (c == ',' && state != State.QUOTED) {
                state = State.FIELD_START;
                field = 0;
            } else if (c == '"') {
                state = switch (state) {
                    case FIELD_START -> State.QUOTED;
                    case QUOTED -> State.QUOTE_IN_QUOTED;
                    case QUOTE_IN_QUOTED -> State.QUOTED;
                    default -> state;
                };
                field++;
            } else {
                state = switch (state) {
                    case FIELD_START -> State.UNQUOTED;
                    case QUOTE_IN_QUOTED -> State.AFTER_QUOTED;
                    default -> state;
                };
                field++;
            }
            record++;
            if (problem == null && field > maxField) {
                problem = String.format(Locale.ROOT, "a field is longer than %,d characters (credlink.ingest.max-field-length)",
                        maxField);
            } else if (problem == null && record > maxRecord) {
                problem = String.format(Locale.ROOT,
                        "the row is longer than %,d characters (credlink.ingest.max-record-length)", maxRecord);
            }
            if (problem == null) {
                append((char) c);
            }
        }
        finish(first, lastWasBreak ? lines : lines + 1, problem);
        return true;
    }

    private void finish(long first, long last, String problem) {
        spans.add(new Span(first, last, problem));
        if (problem != null) {
            System.arraycopy(PLACEHOLDER, 0, out, 0, PLACEHOLDER.length);
            outLen = PLACEHOLDER.length;
        } else {
            append('\n');
        }
    }

    private void append(char c) {
        if (outLen == out.length) {
            out = Arrays.copyOf(out, Math.min(Math.max(out.length * 2, 16), maxRecord + 2));
        }
        out[outLen++] = c;
    }

    /** The next decoded char, -1 at the end; malformed bytes become U+FFFD with their position noted. */
    private int nextChar() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        taken++;
        char c = chars.get();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                return nextChar(); // a byte order mark is not data
            }
        }
        return c;
    }

    private boolean fill() throws IOException {
        if (exhausted) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                malformedAt.add(taken + chars.position());
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
        return chars.hasRemaining();
    }
}

package io.credlink.ingest;

import java.util.List;

/**
 * Published after every import (command, upload, sample load), with its totals.
 *
 * @param partyIds the parties the import wrote or gave identifiers, sorted; null when it does not
 *                 say (a bulk load, or more than {@link #MAX_PARTY_IDS}: listeners then treat every
 *                 party as touched)
 */
public record DatasetImported(long read, long imported, long rejected, List<String> partyIds) {

    /** Beyond this many parties an import names none (the event is stored with its publication). */
    public static final int MAX_PARTY_IDS = 100_000;

    public DatasetImported(long read, long imported, long rejected) {
        this(read, imported, rejected, null);
    }

    public DatasetImported {
        partyIds = partyIds == null ? null : List.copyOf(partyIds);
    }
}

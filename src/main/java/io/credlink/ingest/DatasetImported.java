package io.credlink.ingest;

import java.util.List;

/**
 * Published after every import (command, upload, sample load), with its totals.
 *
 * @param partyIds       the parties the import wrote or gave identifiers, sorted; null when it does
 *                       not say (a bulk load, or more than {@link #MAX_PARTY_IDS}: listeners then
 *                       treat every party as touched)
 * @param namedPartyIds  the parties the import's other rows name (a sanction's or record's subject,
 *                       a policy's holder, insured, insurer and seller, a claim's claimant and
 *                       parties, an affiliation's ends), sorted; null when it does not say. With
 *                       {@code partyIds} they are every party whose own facts the import may have
 *                       changed: a listener that re-reads parties re-reads both
 */
public record DatasetImported(long read, long imported, long rejected, List<String> partyIds, List<String> namedPartyIds) {

    /** Beyond this many parties an import names none (the event is stored with its publication). */
    public static final int MAX_PARTY_IDS = 100_000;

    public DatasetImported(long read, long imported, long rejected) {
        this(read, imported, rejected, null, null);
    }

    public DatasetImported {
        partyIds = partyIds == null ? null : List.copyOf(partyIds);
        namedPartyIds = namedPartyIds == null ? null : List.copyOf(namedPartyIds);
    }

    /**
     * Every party whose own facts the import may have changed (written, given identifiers, or named
     * by a row), sorted; null when the import does not say, so that every party counts.
     */
    public List<String> changedPartyIds() {
        if (partyIds == null || namedPartyIds == null) {
            return null;
        }
        return java.util.stream.Stream.concat(partyIds.stream(), namedPartyIds.stream()).distinct().sorted().toList();
    }
}

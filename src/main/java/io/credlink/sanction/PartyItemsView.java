package io.credlink.sanction;

import java.util.List;

/** The sanctions and credit records about one party, newest first. */
public record PartyItemsView(String partyId, List<SanctionView> sanctions, List<CreditRecordView> records) {
}

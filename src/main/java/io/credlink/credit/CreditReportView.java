package io.credlink.credit;

import java.time.LocalDate;
import java.util.List;

import io.credlink.access.AuditEntryView;
import io.credlink.sanction.CreditRecordView;
import io.credlink.sanction.SanctionView;

/**
 * A party's own credit report (the self-query of the credit plans): its current score with the
 * factors behind it, every sanction and credit record about it (withdrawn and disputed ones marked),
 * and who looked at its data, when and why.
 *
 * @param score        the stored score (the own-record part alone when not scored yet)
 * @param queries      the newest audit entries about the party
 * @param queriesTotal how many audit entries there are about the party in all
 */
public record CreditReportView(String entityId, LocalDate asOf, ScoreView score, List<SanctionView> sanctions,
        List<CreditRecordView> records, List<AuditEntryView> queries, long queriesTotal) {
}

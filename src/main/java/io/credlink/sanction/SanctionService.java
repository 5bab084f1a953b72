package io.credlink.sanction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joint sanctions: recording, due process, propagation, restrictions and lists. Dates are the
 * days a question is asked about ({@code asOf}); {@code actor} is the user who acts.
 */
public interface SanctionService {

    /** Records a sanction; fails when the subject is unknown or the id is taken. */
    SanctionView record(SanctionRequest request, String actor);

    SanctionView find(String sanctionId);

    /** Marks the sanction withdrawn (kept, never deleted): it no longer propagates on any date. */
    SanctionView withdraw(String sanctionId, WithdrawalRequest request, String actor);

    /** Ends the sanction early (credit repair), keeping the previous end in its history. */
    SanctionView endEarly(String sanctionId, EarlyEndRequest request, String actor);

    /** Records a credit record (complaint, award, red-list entry…). */
    CreditRecordView recordCreditRecord(CreditRecordRequest request, String actor);

    /** A credit record with its disputed and withdrawn state. */
    CreditRecordView findCreditRecord(String recordId);

    /** Marks the record withdrawn (kept, never deleted): it leaves the red list and the scores. */
    CreditRecordView withdrawCreditRecord(String recordId, WithdrawalRequest request, String actor);

    /** Every sanction and credit record about a party, withdrawn ones included, newest first. */
    PartyItemsView itemsAbout(String partyId);

    /** The measures a recorded sanction sets off on {@code asOf}. */
    PropagationView propagation(String sanctionId, LocalDate asOf);

    /**
     * The parties the propagation of these sanctions reaches on {@code asOf}, in one call and one
     * read transaction (unknown ids and sanctions not in force reach nobody): from the restrictions
     * projection and one query for the sanctions' standing while it is current, else propagated.
     */
    Set<String> reachedParties(Collection<String> sanctionIds, LocalDate asOf);

    /**
     * The parties reached on {@code day} by the sanctions in force then but not on {@code since}
     * ({@code null}: by every sanction in force on {@code day}), in one call: what changed in the
     * restrictions since a day whose restrictions are known (a recomputation's).
     */
    Set<String> reachedByNewlyInForce(LocalDate day, LocalDate since);

    /**
     * The sanctions in force on {@code asOf} against these subjects ({@code null}: any subject),
     * by sanction id. The module's one statement of "in force on a day": other modules ask here.
     */
    List<InForceSanction> inForce(LocalDate asOf, Collection<String> subjects);

    /** What-if: the measures a proposed sanction would set off on {@code asOf}; records nothing. */
    PropagationView impact(SanctionRequest proposal, LocalDate asOf);

    /** The measures in force on a party on {@code asOf}: exactly what propagation says about it. */
    RestrictionsView restrictions(String entityId, LocalDate asOf);

    /**
     * The restrictions of each of these parties on {@code asOf}, by party id (an id that is no
     * party is left out): one read for all of them while the restrictions projection is current.
     */
    Map<String, RestrictionsView> restrictions(Collection<String> entityIds, LocalDate asOf);

    /** Parties with a blacklisting sanction in force on {@code asOf}; {@code size} 0 = all. */
    PageView<BlackListEntry> blackList(LocalDate asOf, int page, int size);

    /** Parties with a RED_LIST or AWARD record inside the window and not blacklisted on {@code asOf}. */
    PageView<RedListEntry> redList(LocalDate asOf, int page, int size);
}

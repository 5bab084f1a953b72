package io.credlink.sanction;

import java.time.LocalDate;

import io.credlink.access.CurrentUser;

/**
 * Initiate, respond, feed back: organisations that carry out joint measures report what they
 * did, and the regulator sees per sanction which measures were applied and by whom.
 */
public interface MeasureFeedbackService {

    /**
     * Records feedback; the measure must apply to the entity because of the sanction on the
     * feedback's date (as propagation says, or BLACKLIST for the sanctioned party itself).
     */
    MeasureFeedbackView record(MeasureFeedbackRequest request, CurrentUser user);

    /** The sanction's measures in force on {@code asOf} and every reported one, with their feedback. */
    SanctionFeedbackView feedback(String sanctionId, LocalDate asOf);
}

package io.credlink.sanction;

import java.time.LocalDate;
import java.util.List;

/**
 * Per measure of a sanction, on which party, whether and by whom it was applied.
 *
 * @param asOf     the day whose propagation lists the measures in force
 * @param measures every measure in force on {@code asOf} and every measure with feedback,
 *                 ordered as propagation orders them (the sanctioned party first), then the rest by entity
 * @param applied       how many of them have feedback
 * @param feedbackCount how many feedback reports there are in all
 */
public record SanctionFeedbackView(String sanctionId, LocalDate asOf, List<Measure> measures, int applied,
        int feedbackCount) {

    /**
     * One measure on one party.
     *
     * @param inForce  whether propagation derives it on {@code asOf}
     * @param applied  whether some organisation reported applying it
     * @param feedback the reports, oldest first
     */
    public record Measure(String entityId, String entityType, String name, String measure, String rule,
            boolean inForce, boolean applied, List<String> implementedBy, List<MeasureFeedbackView> feedback) {
    }
}

package io.credlink.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A party's credit score on {@code asOf}: the score of its resolved entity (every member's facts
 * counted once; every member has the same score and grade): {@code base + Σ factors[].contribution = score}, clamping
 * to 0..1000 and the blacklist cap being factors of their own.
 *
 * @param entityId   the party
 * @param entityType its type (Insurer, Intermediary, Practitioner, Consumer, Provider)
 * @param score      0..1000
 * @param grade      A, B, C or D
 * @param base       the score before any factor
 * @param factors    what moved the score, largest effect first
 * @param asOf       the day the score speaks of
 * @param blacklisted whether a blacklisting sanction is in force on asOf
 * @param computedAt when the network part was computed (the recomputation it comes from), null when none
 */
public record ScoreView(String entityId, String entityType, int score, String grade, int base, List<Factor> factors,
        LocalDate asOf, boolean blacklisted, OffsetDateTime computedAt) {

    /**
     * One factor.
     *
     * @param name         the indicator, e.g. SANCTION, COMPLAINT, DENIAL_RATE, NETWORK_EXPOSURE
     * @param contribution points added (negative: taken)
     * @param detail       why, in words, with the ids involved
     * @param disputed     true when the record or sanction behind it is disputed (absent otherwise)
     * @param subjectId    for a party resolved with others into one entity (entity resolution), the member the
     *                     sanction or record was recorded against (absent for a party alone and for factors
     *                     of the whole entity)
     */
    public record Factor(String name, int contribution, String detail,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean disputed,
            @JsonInclude(JsonInclude.Include.NON_NULL) String subjectId) {

        public Factor(String name, int contribution, String detail, Boolean disputed) {
            this(name, contribution, detail, disputed, null);
        }
    }
}

package io.credlink.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

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
     * @param detail       why, in English words, with the ids involved
     * @param disputed     true when the record or sanction behind it is disputed (absent otherwise)
     * @param subjectId    for a party resolved with others into one entity (entity resolution), the member the
     *                     sanction or record was recorded against (absent for a party alone and for factors
     *                     of the whole entity)
     * @param detailCode   what {@code detail} says, as a stable code (e.g. {@code credit.factor.sanction.inForce}),
     *                     so that a client can word it in its reader's language (absent on scores stored before it)
     * @param detailArgs   the values {@code detail} is made of, by name (ids, ISO dates, enum names, numbers,
     *                     shares as fractions, flags, lists)
     */
    public record Factor(String name, int contribution, String detail,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean disputed,
            @JsonInclude(JsonInclude.Include.NON_NULL) String subjectId,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "What detail says, as a stable code "
                    + "(credit.factor.*, listed in docs/web.md); absent on scores stored before codes existed",
                    example = "credit.factor.sanction.inForce") String detailCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The values detail is made of, by name: "
                    + "ids, ISO dates, enum names, numbers, shares as fractions (0.5 = 50%), true/false flags, lists",
                    example = "{\"sanctionId\":\"SAN00000001\",\"sanctionKind\":\"LICENSE_REVOKED\",\"severity\":5,"
                            + "\"blacklisting\":true,\"decidedOn\":\"2023-08-08\",\"ageWeight\":1.0,\"disputed\":false}")
                    Map<String, Object> detailArgs) {

        public Factor(String name, int contribution, String detail, Boolean disputed, String subjectId) {
            this(name, contribution, detail, disputed, subjectId, null, null);
        }

        public Factor(String name, int contribution, String detail, Boolean disputed) {
            this(name, contribution, detail, disputed, null, null, null);
        }
    }
}

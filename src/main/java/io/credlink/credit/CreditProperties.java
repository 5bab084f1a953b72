package io.credlink.credit;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The credit model ({@code credlink.credit.*}); docs/credit-model.md explains every weight.
 *
 * @param baseScore          the score every party starts from before its factors
 * @param grades             grade thresholds (A from {@code a}, B from {@code b}, C from {@code c}, D below)
 * @param halfLife           age after which a record or sanction counts half (decay 0.5^(age / halfLife))
 * @param sanctionWeights    points a sanction of each kind takes at severity factor 1 (severity 3)
 * @param recordWeights      points of a credit record of each kind at severity factor 1: negative
 *                           for complaints, litigation, violations, tax arrears; positive for awards
 *                           and red-list entries
 * @param severityFactors    multiplier per severity 1..5 (five values)
 * @param disputedWeight     share of its weight a disputed record or sanction keeps (1 = counts in
 *                           full, as the sanction rules have it; its factor is marked disputed)
 * @param blacklistCap       the highest score a party with a blacklisting sanction in force may have
 * @param licence            points for the licence status of insurers, intermediaries and practitioners
 * @param claims             consumers' claim history
 * @param business           settlement and cancellation behaviour of insurers, intermediaries, providers
 * @param ledFirmShare       share of a sanction against a firm that counts against the executives and
 *                           legal representatives who led it on the decision date
 * @param network            the network component
 * @param recomputeAfterChanges recompute scores after imports and sanction changes (module events,
 *                           handled after commit in the background: {@code recomputationQueue})
 * @param batchSize          parties scored per query batch in a recomputation
 * @param recomputeParallelism pages of parties scored and written at once in a full recomputation
 * @param maxCheckIds        most ids one counterparty check accepts
 * @param checkReadModel     the in-memory model single checks are answered from
 * @param recomputationQueue the background queue of recomputations after changes
 */
@Validated
@ConfigurationProperties("credlink.credit")
public record CreditProperties(
        @DefaultValue("700") @Min(0) @Max(1000) int baseScore,
        @Valid @NotNull @DefaultValue Grades grades,
        @NotNull @DefaultValue("P2Y") Period halfLife,
        @Valid @NotNull @DefaultValue SanctionWeights sanctionWeights,
        @Valid @NotNull @DefaultValue RecordWeights recordWeights,
        @NotNull @DefaultValue({"0.5", "0.75", "1.0", "1.25", "1.5"}) List<Double> severityFactors,
        @DefaultValue("1.0") @DecimalMin("0") @DecimalMax("1") double disputedWeight,
        @DefaultValue("499") @Min(0) @Max(999) int blacklistCap,
        @Valid @NotNull @DefaultValue Licence licence,
        @Valid @NotNull @DefaultValue Claims claims,
        @Valid @NotNull @DefaultValue Business business,
        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double ledFirmShare,
        @Valid @NotNull @DefaultValue Network network,
        @DefaultValue("true") boolean recomputeAfterChanges,
        @DefaultValue("5000") @Min(1) int batchSize,
        @DefaultValue("2") @Min(1) @Max(16) int recomputeParallelism,
        @DefaultValue("1000") @Min(1) @Max(10000) int maxCheckIds,
        @Valid @NotNull @DefaultValue CheckReadModel checkReadModel,
        @Valid @NotNull @DefaultValue Queue recomputationQueue) {

    public CreditProperties {
        if (severityFactors.size() != 5) {
            throw new IllegalArgumentException("credlink.credit.severity-factors needs five values (severity 1..5)");
        }
    }

    /** Grade thresholds: A from {@code a}, B from {@code b}, C from {@code c}, D below {@code c}. */
    public record Grades(@DefaultValue("800") int a, @DefaultValue("650") int b, @DefaultValue("500") int c) {
        public Grades {
            if (!(a > b && b > c && c > 0 && a <= 1000)) {
                throw new IllegalArgumentException("credlink.credit.grades need 1000 >= a > b > c > 0");
            }
        }
    }

    /** Points per licence status (ACTIVE, SUSPENDED, REVOKED, EXITED). */
    public record Licence(@DefaultValue("30") int active, @DefaultValue("-150") int suspended,
            @DefaultValue("-300") int revoked, @DefaultValue("0") int exited) {
    }

    /**
     * A consumer's claims (as claimant, or named on a claim).
     *
     * @param window          how far back claims count for frequency and amounts
     * @param freeClaims      claims in the window that cost nothing
     * @param perExtraClaim   points per claim beyond the free ones
     * @param frequencyCap    most points frequency may take
     * @param amountThreshold claimed amount in the window that costs nothing
     * @param perAmountStep   points per further {@code amountThreshold} claimed
     * @param amountCap       most points amounts may take
     * @param denied          points per DENIED claim (decayed by age)
     * @param fraud           points per FRAUD claim filed (decayed)
     * @param fraudParty      points per FRAUD claim the consumer is named on without filing it (decayed)
     */
    public record Claims(@NotNull @DefaultValue("P3Y") Period window, @DefaultValue("2") int freeClaims,
            @DefaultValue("-20") int perExtraClaim, @DefaultValue("-100") int frequencyCap,
            @DefaultValue("200000") double amountThreshold, @DefaultValue("-25") int perAmountStep,
            @DefaultValue("-100") int amountCap, @DefaultValue("-30") int denied, @DefaultValue("-250") int fraud,
            @DefaultValue("-100") int fraudParty) {
    }

    /**
     * Behaviour of firms over the claims and policies of the window.
     *
     * @param window            claims incurred and policies started in this window count
     * @param minSample         fewer claims (policies) than this: rates are not judged
     * @param deniedTolerance   denial rate (DENIED / decided) that costs nothing
     * @param deniedPoints      points per unit of denial rate above the tolerance
     * @param delayAfter        an OPEN claim reported longer ago than this is a settlement delay
     * @param delayTolerance    share of delayed claims that costs nothing
     * @param delayPoints       points per unit of delayed share above the tolerance
     * @param cancelTolerance   cancellation rate that costs nothing
     * @param cancelPoints      points per unit of cancellation rate above the tolerance
     * @param fraudPoints       points per unit of FRAUD share among the claims of an intermediary's
     *                          policies or of a provider's serviced claims
     * @param rateCap           most points one rate may take
     */
    public record Business(@NotNull @DefaultValue("P3Y") Period window, @DefaultValue("10") int minSample,
            @DefaultValue("0.2") double deniedTolerance, @DefaultValue("-500") int deniedPoints,
            @NotNull @DefaultValue("180d") Duration delayAfter, @DefaultValue("0.05") double delayTolerance,
            @DefaultValue("-400") int delayPoints, @DefaultValue("0.15") double cancelTolerance,
            @DefaultValue("-400") int cancelPoints, @DefaultValue("-1500") int fraudPoints,
            @DefaultValue("-150") int rateCap) {
    }

    /**
     * Exposure to risky parties along the graph.
     *
     * @param decayPerHop       share of a party's exposure mass passed on per hop (split over its links)
     * @param maxHops           farthest hop the propagation goes
     * @param minMass           mass below which propagation stops (bounds hubs)
     * @param blacklistWeight   source mass of a party with a blacklisting sanction in force
     * @param sanctionWeight    source mass of a party with another sanction in force, at severity 5
     *                          (scaled by severity / 5)
     * @param fraudWeight       source mass of a party named on a FRAUD claim (decayed by the claim's age)
     * @param maxPenalty        the most points exposure can take
     * @param exposureScale     exposure at which the penalty reaches 63% of maxPenalty (1 - 1/e)
     * @param exposureHops      counterparty checks list blacklisted parties within this many hops
     * @param maxExposures      most exposures stored per party
     * @param sourceFanOut      most nodes one blacklisted party's exposure walk keeps (every node before
     *                          the last hop, the parties at the last): how far its exposures are listed
     */
    public record Network(@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double decayPerHop,
            @DefaultValue("3") @Min(1) @Max(6) int maxHops, @DefaultValue("0.0001") double minMass,
            @DefaultValue("1.0") double blacklistWeight, @DefaultValue("0.6") double sanctionWeight,
            @DefaultValue("0.8") double fraudWeight, @DefaultValue("-250") int maxPenalty,
            @DefaultValue("0.1") double exposureScale, @DefaultValue("2") @Min(1) @Max(4) int exposureHops,
            @DefaultValue("10") @Min(1) int maxExposures, @DefaultValue("200000") @Min(1) int sourceFanOut) {
    }

    /** Points a sanction of each kind takes at severity factor 1 (all are penalties, given as positive numbers). */
    public record SanctionWeights(@DefaultValue("40") @Min(0) int warning, @DefaultValue("80") @Min(0) int fine,
            @DefaultValue("150") @Min(0) int licenseSuspended, @DefaultValue("250") @Min(0) int licenseRevoked,
            @DefaultValue("200") @Min(0) int banFromOffice, @DefaultValue("300") @Min(0) int banFromIndustry,
            @DefaultValue("300") @Min(0) int criminalReferral, @DefaultValue("60") @Min(0) int other) {

        /** The weight of a sanction kind of DATA-CONTRACT.md (unknown kinds: OTHER). */
        public int of(String kind) {
            return switch (kind == null ? "OTHER" : kind) {
                case "WARNING" -> warning;
                case "FINE" -> fine;
                case "LICENSE_SUSPENDED" -> licenseSuspended;
                case "LICENSE_REVOKED" -> licenseRevoked;
                case "BAN_FROM_OFFICE" -> banFromOffice;
                case "BAN_FROM_INDUSTRY" -> banFromIndustry;
                case "CRIMINAL_REFERRAL" -> criminalReferral;
                default -> other;
            };
        }
    }

    /**
     * Points of a credit record of each kind at severity factor 1: penalties at most 0, merits
     * (AWARD, RED_LIST) at least 0, so that a penalty never raises a score and a merit never lowers it.
     */
    public record RecordWeights(@DefaultValue("-15") @Max(0) int complaint, @DefaultValue("-40") @Max(0) int litigation,
            @DefaultValue("-60") @Max(0) int violation, @DefaultValue("-50") @Max(0) int taxArrears,
            @DefaultValue("-10") @Max(0) int other, @DefaultValue("30") @Min(0) int award,
            @DefaultValue("60") @Min(0) int redList) {

        /** The weight of a record kind of DATA-CONTRACT.md (unknown kinds: OTHER). */
        public int of(String kind) {
            return switch (kind == null ? "OTHER" : kind) {
                case "COMPLAINT" -> complaint;
                case "LITIGATION" -> litigation;
                case "VIOLATION" -> violation;
                case "TAX_ARREARS" -> taxArrears;
                case "AWARD" -> award;
                case "RED_LIST" -> redList;
                default -> other;
            };
        }
    }

    /** The multiplier of a severity, clamped to 1..5. */
    public double severityFactor(int severity) {
        return severityFactors.get(Math.max(1, Math.min(5, severity)) - 1);
    }

    /**
     * What counterparty checks read of every party, held in memory and patched after the
     * application's writes (docs/credit-model.md, "Counterparty checks"), with the embedded DBMS
     * and an external server alike.
     *
     * @param enabled      answer checks from the model while it is current; false = always query
     * @param refreshDelay how long after a write's commit its parties are patched (a burst costs
     *                     one patch); a rebuild waits until no write has come for this long
     * @param maxPatchParties most parties changed since the model was current that are patched
     *                     (re-read by id) rather than rebuilt with all; 0 always rebuilds
     * @param fullRebuildEvery how often the model is rebuilt from the graph even when the
     *                     application wrote nothing, so that writes made outside it (Neo4j Browser,
     *                     another instance) are seen within this time; 0 = never
     */
    public record CheckReadModel(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("2s") Duration refreshDelay,
            @DefaultValue("10000") @Min(0) int maxPatchParties, @NotNull @DefaultValue("10m") Duration fullRebuildEvery) {
    }

    /**
     * The queue of recomputations after changes.
     *
     * @param poll     how often the worker looks for requests it was not woken for (queued by
     *                 another instance, or left by a failed wake-up)
     * @param keepRuns finished runs kept for {@code GET /api/v1/credit/recomputations}
     * @param settle   how long the queue must have had no new request before the worker takes the
     *                 pending ones, so that a burst of changes costs one recomputation (0: at once)
     * @param settleAtMost the longest the worker waits for quiet: a steady stream of changes is still
     *                 recomputed this often
     */
    public record Queue(@NotNull @DefaultValue("1s") Duration poll, @DefaultValue("100") @Min(1) int keepRuns,
            @NotNull @DefaultValue("300ms") Duration settle, @NotNull @DefaultValue("5s") Duration settleAtMost) {

        public Queue {
            if (settle.isNegative() || settleAtMost.compareTo(settle) < 0) {
                throw new IllegalArgumentException(
                        "credlink.credit.recomputation-queue needs 0 <= settle <= settle-at-most");
            }
        }
    }
}

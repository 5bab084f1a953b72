package io.credlink.fraud;

import java.time.Period;

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
 * Fraud detection configuration ({@code credlink.fraud.*}); the defaults are the parameters of
 * DESIGN.md "Fraud detectors" (docs/fraud.md explains each one).
 *
 * @param scanParallelism  detector queries of a scan that run at the same time
 * @param resolveEntities  the detectors see a resolved entity (resolution's {@code resolvedId}) as one claimant,
 *                         insured and ring member; off, every party id is a person of its own
 */
@Validated
@ConfigurationProperties("credlink.fraud")
public record FraudProperties(
        @Valid @NotNull @DefaultValue RepeatClaim repeatClaim,
        @Valid @NotNull @DefaultValue InsureAfterLoss insureAfterLoss,
        @Valid @NotNull @DefaultValue FictitiousBusiness fictitiousBusiness,
        @Valid @NotNull @DefaultValue Ring ring,
        @Valid @NotNull @DefaultValue Scores scores,
        @Min(1) @Max(16) @DefaultValue("2") int scanParallelism,
        @DefaultValue("true") boolean resolveEntities) {

    /**
     * @param maxDaysApart incidents of two claims for the same subject, or the same claimant and cause, at most
     *                     this many days apart
     */
    public record RepeatClaim(@Min(0) @Max(365) @DefaultValue("3") int maxDaysApart) {
    }

    /**
     * @param withinDays    an incident before the policy's start, or at most this many days after it
     * @param priorLossDays a loss of the same cause claimed on another policy before this one started, at most this
     *                      many days before the claim's incident
     */
    public record InsureAfterLoss(@Min(0) @Max(365) @DefaultValue("7") int withinDays,
                                  @Min(1) @Max(365) @DefaultValue("30") int priorLossDays) {
    }

    /**
     * @param minPolicies       a seller needs at least this many policies
     * @param minCancelledShare of which at least this share were cancelled early
     * @param cancelledWithinDays early = cancelled at most this many days after the start
     */
    public record FictitiousBusiness(
            @Min(1) @DefaultValue("10") int minPolicies,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.30") double minCancelledShare,
            @Min(0) @Max(365) @DefaultValue("30") int cancelledWithinDays) {
    }

    /**
     * @param minMembers           a ring has at least this many parties
     * @param minClaims            and its members filed at least this many claims
     * @param identifierWeight     link weight of one identifier shared by two parties (divided by holders - 1)
     * @param maxIdentifierHolders an identifier with more holders links nobody (call centres, big offices)
     * @param maxPartyClaims       a person on more claims links nobody through claims (busy lawyers)
     * @param minLinkWeight        pairs linked more weakly are not linked
     * @param maxGroupSize         a connected group larger than this is split into Louvain communities
     * @param activityFactor       claims per member this many times the market's rate count as fully active
     * @param concentrationShare   a professional joins a group when it serves at least this share of the group's
     *                             claims and the group makes at least this share of its own claims
     * @param burstDays            the time window of the burst feature
     * @param minScore             groups scoring at least this are RING alerts
     */
    public record Ring(
            @Min(2) @DefaultValue("3") int minMembers,
            @Min(1) @DefaultValue("6") int minClaims,
            @DecimalMin("0.0") @DefaultValue("1.0") double identifierWeight,
            @Min(2) @DefaultValue("20") int maxIdentifierHolders,
            @Min(1) @DefaultValue("20") int maxPartyClaims,
            @DecimalMin("0.0") @DefaultValue("0.3") double minLinkWeight,
            @Min(3) @DefaultValue("40") int maxGroupSize,
            @DecimalMin("1.0") @DefaultValue("8.0") double activityFactor,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double concentrationShare,
            @Min(1) @DefaultValue("180") int burstDays,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.6") double minScore) {
    }

    /**
     * @param damping            BiRank's weight of the propagated part against the prior (0..1)
     * @param iterations         at most this many propagation rounds
     * @param tolerance          stop when no score moves by more than this
     * @param halfLife           a known-fraud claim this old seeds half as much
     * @param detectorWeight     weight of the strongest detector hit naming the claim
     * @param networkWeight      weight of the propagated score
     * @param neighbourhoodWeight weight of the share of fraud among the other claims of the claim's people
     * @param batchSize          claim scores written per transaction
     */
    public record Scores(
            @DecimalMin("0.0") @DecimalMax("0.99") @DefaultValue("0.85") double damping,
            @Min(1) @Max(1000) @DefaultValue("50") int iterations,
            @DecimalMin("0.0") @DefaultValue("1e-9") double tolerance,
            @NotNull @DefaultValue("2y") Period halfLife,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.6") double detectorWeight,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.3") double networkWeight,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.1") double neighbourhoodWeight,
            @Min(100) @DefaultValue("20000") int batchSize) {
    }
}

package io.credlink.registry;

import java.util.List;

/**
 * Counts over the whole graph, for market overviews: parties per type, kind and status; policies
 * per month of their start, line and status; claims per month of their incident and status.
 * Aggregates only: no party is named, so nothing here is personal data.
 */
public record MarketStatisticsView(List<PartyCount> parties, List<PolicyMonth> policies, List<ClaimMonth> claims) {

    /** {@code kind} is null for insurers, {@code status} for consumers and providers (they have none). */
    public record PartyCount(String type, String kind, String status, long count) {
    }

    /** {@code month} is {@code yyyy-MM}; {@code premium} the sum over these policies. */
    public record PolicyMonth(String month, String line, String status, long count, double premium) {
    }

    /** {@code month} is {@code yyyy-MM} of the incident; {@code amount} the sum claimed. */
    public record ClaimMonth(String month, String status, long count, double amount) {
    }
}

package io.credlink.registry;

/**
 * Looking entities up: one entity, its neighbourhood as of a date, shortest paths between two
 * entities, and search. Read-only.
 */
public interface RegistryService {

    /** @throws EntityNotFound for an unknown id */
    EntityView entity(String id);

    /**
     * @throws EntityNotFound        for an unknown id
     * @throws InvalidQueryParameter for a depth outside 1..4
     */
    NetworkView network(NetworkRequest request);

    /**
     * @throws EntityNotFound        when from or to is unknown
     * @throws InvalidQueryParameter for maxHops outside 1..6 or from equal to to
     */
    PathsView paths(PathsRequest request);

    /** @throws InvalidQueryParameter for a blank query, an unknown type or a limit out of range */
    SearchView search(SearchRequest request);

    /** Parties, policies and claims counted over the whole graph (three aggregate reads). */
    MarketStatisticsView marketStatistics();
}

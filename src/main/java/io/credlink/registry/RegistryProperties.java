package io.credlink.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the registry's look-ups ({@code credlink.registry.*}).
 *
 * @param maxNetworkNodes   most nodes a network answer holds (the root included); beyond, the
 *                          answer says {@code truncated: true}
 * @param maxPaths          most shortest paths a paths answer lists
 * @param defaultMaxHops    maxHops when a paths request names none
 * @param maxPathExpansion  most relationships a path search may expand before it gives up (keeps a
 *                          search through huge hubs bounded)
 * @param defaultSearchLimit items a search returns when the request names no limit
 * @param maxSearchLimit    the largest limit a search accepts
 */
@Validated
@ConfigurationProperties("credlink.registry")
public record RegistryProperties(
        @DefaultValue("500") @Min(1) int maxNetworkNodes,
        @DefaultValue("25") @Min(1) int maxPaths,
        @DefaultValue("4") @Min(1) @Max(6) int defaultMaxHops,
        @DefaultValue("200000") @Min(1) int maxPathExpansion,
        @DefaultValue("20") @Min(1) int defaultSearchLimit,
        @DefaultValue("100") @Min(1) int maxSearchLimit) {
}

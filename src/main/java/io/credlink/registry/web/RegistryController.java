package io.credlink.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.registry.EntityView;
import io.credlink.registry.InvalidQueryParameter;
import io.credlink.registry.MarketStatisticsView;
import io.credlink.registry.NetworkRequest;
import io.credlink.registry.NetworkView;
import io.credlink.registry.PathsRequest;
import io.credlink.registry.PathsView;
import io.credlink.registry.RegistryService;
import io.credlink.registry.SearchRequest;
import io.credlink.registry.SearchView;
import io.swagger.v3.oas.annotations.Operation;

/** Entities, their neighbourhood, paths between them, search and market statistics; ranges are checked by the service. */
@RestController
@RequestMapping("/api/v1")
class RegistryController {

    private final RegistryService registry;

    RegistryController(RegistryService registry) {
        this.registry = registry;
    }

    @GetMapping("/entities/{id}")
    EntityView entity(@PathVariable String id) {
        return registry.entity(id);
    }

    @GetMapping("/entities/{id}/network")
    NetworkView network(@PathVariable String id, @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) String asOf) {
        return registry.network(new NetworkRequest(id, depth, date("asOf", asOf)));
    }

    @GetMapping("/paths")
    PathsView paths(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer maxHops, @RequestParam(required = false) String asOf) {
        return registry.paths(new PathsRequest(from, to, maxHops, date("asOf", asOf)));
    }

    @GetMapping("/search")
    SearchView search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer limit) {
        return registry.search(new SearchRequest(q, type, limit));
    }

    @Operation(summary = "Market statistics", description = "Parties per type, kind and status; policies per month "
            + "of their start (yyyy-MM), line and status with their premium; claims per month of their incident and "
            + "status with the amount claimed. Counts over the whole graph, no party named.")
    @GetMapping("/statistics/market")
    MarketStatisticsView marketStatistics() {
        return registry.marketStatistics();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryParameter(field, "must be an ISO date yyyy-MM-dd (was '" + value + "')");
        }
    }
}

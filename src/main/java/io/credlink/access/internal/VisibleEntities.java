package io.credlink.access.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Component;

import io.credlink.access.CurrentUser;
import io.credlink.access.EntityVisibility;
import io.credlink.access.Role;
import io.credlink.graph.CypherCatalog;

/**
 * Which entities a user may see with their personal data (the rule of docs/security.md,
 * "Insurer scoping"). One read query per response, over the ids the response mentions.
 */
@Component
class VisibleEntities implements EntityVisibility {

    private final Driver driver;
    private final String visibleToInsurer;
    private final String visibleToSubject;

    VisibleEntities(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.visibleToInsurer = catalog.get("access/visibleToInsurer");
        this.visibleToSubject = catalog.get("access/visibleToSubject");
    }

    /** Whether responses to this user are masked at all (INSURER and SUBJECT). */
    static boolean masks(CurrentUser user) {
        return user.role() == Role.INSURER || user.role() == Role.SUBJECT;
    }

    /** The subset of {@code ids} the user may see in full. */
    @Override
    public Set<String> visible(CurrentUser user, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> list = List.copyOf(ids);
        String query;
        Map<String, Object> params;
        if (user.role() == Role.INSURER) {
            if (user.orgId().isEmpty()) {
                return Set.of();
            }
            query = visibleToInsurer;
            params = Map.of("orgId", user.orgId().get(), "ids", list, "now", OffsetDateTime.now(ZoneOffset.UTC));
        } else if (user.role() == Role.SUBJECT) {
            if (user.entityId().isEmpty()) {
                return Set.of();
            }
            query = visibleToSubject;
            params = Map.of("entityId", user.entityId().get(), "ids", list);
        } else {
            return Set.copyOf(ids);
        }
        Set<String> out = new HashSet<>();
        driver.executableQuery(query).withParameters(params)
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records().forEach(r -> out.add(r.get("id").asString()));
        return out;
    }
}

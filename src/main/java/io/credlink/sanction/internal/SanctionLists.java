package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.sanction.BlackListEntry;
import io.credlink.sanction.PageView;
import io.credlink.sanction.RecordKind;
import io.credlink.sanction.RedListEntry;

/** The red and black lists as of a date, paged; every member of a resolved entity is a row of its own. */
@Component
class SanctionLists {

    private final Driver driver;
    private final BlackListModel blackList;
    private final String listRed;
    private final String countRed;

    SanctionLists(Driver driver, CypherCatalog catalog, BlackListModel blackList) {
        this.driver = driver;
        this.blackList = blackList;
        this.listRed = catalog.get("sanction/listRed");
        this.countRed = catalog.get("sanction/countRed");
    }

    /** A page of the black list and its length, from the facts in memory when they are current. */
    PageView<BlackListEntry> black(LocalDate asOf, int page, int size) {
        return blackList.facts().page(asOf, page, size);
    }

    PageView<RedListEntry> red(LocalDate asOf, LocalDate windowStart, int page, int size) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> {
                Map<String, Object> when = Map.of("asOf", asOf, "windowStart", windowStart);
                long total = tx.run(countRed, when).single().get("total").asLong();
                List<RedListEntry> items = tx.run(listRed, Map.of("asOf", asOf, "windowStart", windowStart,
                        "skip", skip(page, size), "limit", limit(size))).list(r -> new RedListEntry(
                        r.get("partyId").asString(), r.get("name").asString(null), r.get("type").asString(),
                        r.get("licenseNo").asString(null), r.get("recordId").asString(),
                        RecordKind.valueOf(r.get("recordKind").asString()), Sanctions.date(r.get("date")),
                        r.get("severity").asInt(), r.get("detail").asString(null), r.get("recordSubjectId").asString(),
                        r.get("resolvedId").asString()));
                return new PageView<>(items, page, size, total);
            });
        }
    }

    private static long skip(int page, int size) {
        return size == 0 ? 0 : (long) page * size;
    }

    private static long limit(int size) {
        return size == 0 ? Long.MAX_VALUE : size;
    }
}

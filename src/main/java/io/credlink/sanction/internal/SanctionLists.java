package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.HashMap;
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
import io.credlink.sanction.SanctionKind;

/** The red and black lists as of a date, paged; every member of a resolved entity is a row of its own. */
@Component
class SanctionLists {

    private final Driver driver;
    private final String listBlackPage;
    private final String listRed;
    private final String countRed;

    SanctionLists(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.listBlackPage = catalog.get("sanction/listBlackPage");
        this.listRed = catalog.get("sanction/listRed");
        this.countRed = catalog.get("sanction/countRed");
    }

    /** A page of the black list and its length, in one query (the list is built once, counted and sliced). */
    PageView<BlackListEntry> black(LocalDate asOf, int page, int size) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> {
                Map<String, Object> params = new HashMap<>();
                params.put("asOf", asOf);
                // list indices are 32-bit in Cypher: a page beyond that is past the end of any list
                params.put("skip", Math.min(skip(page, size), Integer.MAX_VALUE));
                params.put("limit", size == 0 ? null : size);
                Record row = tx.run(listBlackPage, params).single();
                List<BlackListEntry> items = row.get("items").asList(r -> new BlackListEntry(
                        r.get("partyId").asString(), r.get("name").asString(null), r.get("type").asString(),
                        r.get("licenseNo").asString(null), r.get("sanctionId").asString(),
                        r.get("authority").asString(null), SanctionKind.valueOf(r.get("kind").asString()),
                        r.get("severity").asInt(), r.get("reason").asString(null), Sanctions.date(r.get("decidedOn")),
                        Sanctions.date(r.get("effectiveFrom")), Sanctions.date(r.get("effectiveTo")),
                        r.get("disputed").asBoolean(), r.get("sanctionedId").asString(), r.get("resolvedId").asString()));
                return new PageView<>(items, page, size, row.get("total").asLong());
            });
        }
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

package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

import io.credlink.sanction.RecordKind;
import io.credlink.sanction.RedListEntry;

/**
 * The red list rule, in one place: on a day, every member of a resolved entity that has a
 * RED_LIST or AWARD record (not withdrawn) dated after the window's start and on or before the
 * day, about it or another member, unless a member of the entity is on the black list that day;
 * listed once, with the entity's latest, then first by id, such record; by party id. Computed
 * from the facts of {@code listRedListRecords.cypher} (every such record of any date with its
 * entity's members), which {@link ListsModel} keeps in memory beside the black list's.
 *
 * @param records every RED_LIST or AWARD record not withdrawn, by id
 */
record RedList(List<Noted> records) {

    /** A RED_LIST or AWARD record with the members of its subject's resolved entity. */
    record Noted(String recordId, RecordKind kind, LocalDate date, int severity, String detail, String subjectId,
            String resolvedId, List<ListMember> members) {

        boolean inWindow(LocalDate windowStart, LocalDate day) {
            return date != null && date.isAfter(windowStart) && !date.isAfter(day);
        }
    }

    /** The latest first, then by id: the record a listed party is shown with. */
    private static final Comparator<Noted> SHOWN_FIRST = Comparator.comparing(Noted::date, Comparator.reverseOrder())
            .thenComparing(Noted::recordId);

    /** Reads the facts in the caller's transaction. */
    static RedList read(TransactionContext tx, String listRedListRecords) {
        List<Noted> records = tx.run(listRedListRecords).list(r -> new Noted(r.get("recordId").asString(),
                RecordKind.valueOf(r.get("recordKind").asString()), Sanctions.date(r.get("date")),
                r.get("severity").asInt(0), r.get("detail").asString(null), r.get("subjectId").asString(),
                r.get("resolvedId").asString(), r.get("members").asList(ListMember::of)));
        return new RedList(List.copyOf(records));
    }

    /**
     * The whole list on {@code day}, for records dated after {@code windowStart}; {@code blacklisted}:
     * the parties on the black list that day (their entities are left out).
     */
    List<RedListEntry> on(LocalDate day, LocalDate windowStart, Set<String> blacklisted) {
        Map<String, Noted> shown = new HashMap<>();
        Map<String, ListMember> members = new HashMap<>();
        for (Noted r : records) {
            if (!r.inWindow(windowStart, day) || r.members().stream().anyMatch(m -> blacklisted.contains(m.id()))) {
                continue;
            }
            for (ListMember m : r.members()) {
                members.putIfAbsent(m.id(), m);
                shown.merge(m.id(), r, (a, b) -> SHOWN_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        List<String> ids = new ArrayList<>(shown.keySet());
        ids.sort(null);
        List<RedListEntry> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            Noted r = shown.get(id);
            ListMember m = members.get(id);
            list.add(new RedListEntry(m.id(), m.name(), m.type(), m.licenseNo(), r.recordId(), r.kind(), r.date(),
                    r.severity(), r.detail(), r.subjectId(), r.resolvedId()));
        }
        return list;
    }
}

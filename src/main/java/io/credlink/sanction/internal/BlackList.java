package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

import io.credlink.sanction.BlackListEntry;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.SanctionKind;

/**
 * The black list rule, in one place: on a day, every member of a resolved entity that has a
 * blacklisting sanction in force (not withdrawn) against it or against another member is listed,
 * once, with the entity's gravest, then latest, then first by id such sanction; the list is
 * ordered by party id. Computed from the facts of {@code listBlacklistingSanctions.cypher} (every
 * such sanction of any period with its entity's members), which {@link ListsModel} keeps in
 * memory: the list of a day is then a filter and a sort of a few hundred rows, not a graph query.
 *
 * @param sanctions every blacklisting sanction not withdrawn, by id
 */
record BlackList(List<Listed> sanctions) {

    /** A blacklisting sanction with the members of its subject's resolved entity. */
    record Listed(String sanctionId, String authority, SanctionKind kind, int severity, String reason,
            LocalDate decidedOn, LocalDate effectiveFrom, LocalDate effectiveTo, boolean disputed, String subjectId,
            String resolvedId, List<ListMember> members) {

        boolean inForceOn(LocalDate day) {
            // withdrawn sanctions are not among the facts
            return InForceSanction.holdsOn(effectiveFrom, effectiveTo, false, day);
        }
    }

    /** Gravest first, then the latest to take effect, then by id: the one a listed party is shown with. */
    private static final Comparator<Listed> SHOWN_FIRST = Comparator.comparingInt(Listed::severity).reversed()
            .thenComparing(Listed::effectiveFrom, Comparator.reverseOrder()).thenComparing(Listed::sanctionId);

    /** Reads the facts in the caller's transaction. */
    static BlackList read(TransactionContext tx, String listBlacklistingSanctions) {
        List<Listed> sanctions = tx.run(listBlacklistingSanctions).list(r -> new Listed(
                r.get("sanctionId").asString(), r.get("authority").asString(null),
                SanctionKind.valueOf(r.get("kind").asString()), r.get("severity").asInt(), r.get("reason").asString(null),
                Sanctions.date(r.get("decidedOn")), Sanctions.date(r.get("effectiveFrom")),
                Sanctions.date(r.get("effectiveTo")), r.get("disputed").asBoolean(), r.get("subjectId").asString(),
                r.get("resolvedId").asString(), r.get("members").asList(ListMember::of)));
        return new BlackList(List.copyOf(sanctions));
    }

    /** The parties on the list on {@code day} (what the red list leaves out), without building its entries. */
    Set<String> partiesOn(LocalDate day) {
        Set<String> parties = new HashSet<>();
        for (Listed s : sanctions) {
            if (s.inForceOn(day)) {
                s.members().forEach(m -> parties.add(m.id()));
            }
        }
        return parties;
    }

    /** The whole list on {@code day}. */
    List<BlackListEntry> on(LocalDate day) {
        Map<String, Listed> shown = new HashMap<>();
        Map<String, ListMember> members = new HashMap<>();
        for (Listed s : sanctions) {
            if (!s.inForceOn(day)) {
                continue;
            }
            for (ListMember m : s.members()) {
                members.putIfAbsent(m.id(), m);
                shown.merge(m.id(), s, (a, b) -> SHOWN_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        List<String> ids = new ArrayList<>(shown.keySet());
        ids.sort(null);
        List<BlackListEntry> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            Listed s = shown.get(id);
            ListMember m = members.get(id);
            list.add(new BlackListEntry(m.id(), m.name(), m.type(), m.licenseNo(), s.sanctionId(), s.authority(), s.kind(),
                    s.severity(), s.reason(), s.decidedOn(), s.effectiveFrom(), s.effectiveTo(), s.disputed(),
                    s.subjectId(), s.resolvedId()));
        }
        return list;
    }
}

package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;
import io.credlink.sanction.CreditRecordRequest;
import io.credlink.sanction.CreditRecordView;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.PartyItemsView;
import io.credlink.sanction.RecordKind;
import io.credlink.sanction.SanctionChangeView;
import io.credlink.sanction.SanctionKind;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionView;

/**
 * Sanctions and credit records in the graph: small domain operations over named Cypher. They go
 * through {@link Neo4jClient}, so inside a {@code @Transactional} service method they are one
 * transaction together with the publications of the events that method publishes.
 */
@Component
class Sanctions {

    private final Neo4jClient client;
    private final String findSanction;
    private final String findParty;
    private final String findEntityType;
    private final String createSanction;
    private final String withdrawSanction;
    private final String withdrawCreditRecord;
    private final String endSanctionEarly;
    private final String createCreditRecord;
    private final String findCreditRecord;
    private final String listItemsAbout;
    private final String listInForceSanctions;

    Sanctions(Neo4jClient client, CypherCatalog catalog) {
        this.client = client;
        this.findSanction = catalog.get("sanction/findSanction");
        this.findParty = catalog.get("sanction/findParty");
        this.findEntityType = catalog.get("sanction/findEntityType");
        this.createSanction = catalog.get("sanction/createSanction");
        this.withdrawSanction = catalog.get("sanction/withdrawSanction");
        this.withdrawCreditRecord = catalog.get("sanction/withdrawCreditRecord");
        this.endSanctionEarly = catalog.get("sanction/endSanctionEarly");
        this.createCreditRecord = catalog.get("sanction/createCreditRecord");
        this.findCreditRecord = catalog.get("sanction/findCreditRecord");
        this.listItemsAbout = catalog.get("sanction/listItemsAbout");
        this.listInForceSanctions = catalog.get("sanction/listInForceSanctions");
    }

    /** The sanctions and credit records about a party, newest first (empty lists for an unknown id). */
    PartyItemsView itemsAbout(String partyId) {
        return read(listItemsAbout, Map.of("id", partyId)).stream().findFirst()
                .map(r -> new PartyItemsView(partyId,
                        r.get("sanctionIds").asList(Value::asString).stream().map(this::find)
                                .flatMap(Optional::stream).toList(),
                        r.get("recordIds").asList(Value::asString).stream().map(this::findCreditRecord)
                                .flatMap(Optional::stream).toList()))
                .orElse(new PartyItemsView(partyId, List.of(), List.of()));
    }

    /** The sanctions in force on {@code asOf} against these subjects (null: any). */
    List<InForceSanction> inForce(LocalDate asOf, Collection<String> subjects) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        params.put("subjects", subjects == null ? null : List.copyOf(subjects));
        return read(listInForceSanctions, params).stream().map(r -> new InForceSanction(r.get("sanctionId").asString(),
                r.get("subjectId").asString(), r.get("kind").isNull() ? null : SanctionKind.valueOf(r.get("kind").asString()),
                r.get("severity").asInt(1),
                r.get("blacklist").asBoolean(), r.get("authority").asString(null), date(r.get("effectiveFrom")),
                date(r.get("effectiveTo")), r.get("disputed").asBoolean())).toList();
    }

    /** A party's id, domain type and name. */
    record Party(String id, String type, String name) {
    }

    Optional<SanctionView> find(String id) {
        return read(findSanction, Map.of("id", id)).stream().findFirst().map(Sanctions::view);
    }

    Optional<CreditRecordView> findCreditRecord(String id) {
        return read(findCreditRecord, Map.of("id", id)).stream().findFirst().map(r -> {
            boolean withdrawn = r.get("withdrawn").asBoolean();
            SanctionChangeView withdrawal = withdrawn ? new SanctionChangeView("WITHDRAWAL",
                    r.get("withdrawnAt").isNull() ? null : r.get("withdrawnAt").asZonedDateTime().toOffsetDateTime(),
                    r.get("withdrawnBy").asString(null), r.get("withdrawalReason").asString(null), null, null) : null;
            return new CreditRecordView(r.get("id").asString(), r.get("subjectId").asString(),
                    RecordKind.valueOf(r.get("kind").asString()), date(r.get("date")), r.get("severity").asInt(0),
                    r.get("detail").asString(null), r.get("disputed").asBoolean(), withdrawn, withdrawal);
        });
    }

    Optional<Party> party(String id) {
        return read(findParty, Map.of("id", id)).stream().findFirst()
                .map(r -> new Party(r.get("id").asString(), r.get("type").asString(), r.get("name").asString(null)));
    }

    boolean idTaken(String id) {
        return !read(findEntityType, Map.of("id", id)).isEmpty();
    }

    /** Creates the sanction; false when the id was taken meanwhile. */
    boolean create(SanctionRequest r, String id, String actor) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("authority", r.authority());
        row.put("kind", r.kind().name());
        row.put("severity", r.severity());
        row.put("blacklist", r.blacklist());
        row.put("decidedOn", r.decidedOn());
        row.put("effectiveFrom", r.effectiveFrom());
        row.put("effectiveTo", r.effectiveTo());
        row.put("reason", blankToNull(r.reason()));
        row.put("recordedBy", actor);
        return write(createSanction, Map.of("subjectId", r.subjectId(), "row", row));
    }

    boolean create(CreditRecordRequest r, String id, String actor) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("kind", r.kind().name());
        row.put("date", r.date());
        row.put("severity", r.severity());
        row.put("detail", blankToNull(r.detail()));
        row.put("recordedBy", actor);
        return write(createCreditRecord, Map.of("subjectId", r.subjectId(), "row", row));
    }

    boolean withdraw(String id, String actor, String reason) {
        return write(withdrawSanction, Map.of("id", id, "by", actor, "reason", reason));
    }

    boolean withdrawCreditRecord(String id, String actor, String reason) {
        return write(withdrawCreditRecord, Map.of("id", id, "by", actor, "reason", reason));
    }

    boolean endEarly(String id, LocalDate effectiveTo, String actor, String reason) {
        return write(endSanctionEarly, Map.of("id", id, "effectiveTo", effectiveTo, "by", actor, "reason", reason));
    }

    private List<Record> read(String query, Map<String, Object> params) {
        return List.copyOf(client.query(query).bindAll(params).fetchAs(Record.class).mappedBy((types, r) -> r).all());
    }

    /**
     * Runs a write; false when it matched nothing or an id constraint refused it (inside a
     * transaction that refusal leaves the transaction failed: the caller throws, which rolls back).
     */
    private boolean write(String query, Map<String, Object> params) {
        try {
            return !client.query(query).bindAll(params).fetchAs(Record.class).mappedBy((types, r) -> r).all().isEmpty();
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static SanctionFacts facts(SanctionView v) {
        return new SanctionFacts(v.id(), v.subjectId(), v.subjectType(), v.subjectName(), v.kind(), v.severity(),
                v.blacklist(), v.decidedOn(), v.effectiveFrom(), v.effectiveTo(), v.withdrawn(), v.disputed());
    }

    private static SanctionView view(Record r) {
        List<SanctionChangeView> history = r.get("changes").asList(Sanctions::change);
        SanctionChangeView withdrawal = history.stream().filter(c -> c.kind().equals("WITHDRAWAL")).findFirst().orElse(null);
        return new SanctionView(
                r.get("id").asString(),
                r.get("subjectId").asString(),
                r.get("subjectType").asString(),
                r.get("subjectName").asString(null),
                r.get("authority").asString(null),
                SanctionKind.valueOf(r.get("kind").asString()),
                r.get("severity").asInt(),
                r.get("blacklist").asBoolean(false),
                date(r.get("decidedOn")),
                date(r.get("effectiveFrom")),
                date(r.get("effectiveTo")),
                r.get("reason").asString(null),
                r.get("disputed").asBoolean(),
                r.get("withdrawn").asBoolean(),
                withdrawal,
                history);
    }

    private static SanctionChangeView change(Value c) {
        OffsetDateTime at = c.get("at").isNull() ? null : c.get("at").asZonedDateTime().toOffsetDateTime();
        return new SanctionChangeView(c.get("kind").asString(), at, c.get("by").asString(null),
                c.get("reason").asString(null), date(c.get("previousEffectiveTo")), date(c.get("effectiveTo")));
    }

    static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }
}

package io.credlink.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import io.credlink.access.AccessDecision;
import io.credlink.access.AccessProperties;
import io.credlink.access.AccessRequestAlreadyDecided;
import io.credlink.access.AccessRequestCreate;
import io.credlink.access.AccessRequestNotFound;
import io.credlink.access.AccessRequestPage;
import io.credlink.access.AccessRequestService;
import io.credlink.access.AccessRequestStatus;
import io.credlink.access.AccessRequestView;
import io.credlink.access.AccessScope;
import io.credlink.access.AuditEvent;
import io.credlink.access.AuditTrail;
import io.credlink.access.CurrentUser;
import io.credlink.access.InvalidInput.FieldMessage;
import io.credlink.access.InvalidInput;
import io.credlink.access.Role;
import io.credlink.graph.CypherCatalog;

/** Special-approval requests as :AccessRequest nodes (not :Entity); decisions are final. */
@Service
class AccessRequests implements AccessRequestService {

    private final Driver driver;
    private final AuditTrail audit;
    private final AccessProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final String create;
    private final String find;
    private final String decide;
    private final String list;
    private final String count;
    private final String findGrant;
    private final String findEntity;

    AccessRequests(Driver driver, CypherCatalog catalog, AuditTrail audit, AccessProperties properties) {
        this.driver = driver;
        this.audit = audit;
        this.properties = properties;
        this.create = catalog.get("access/createAccessRequest");
        this.find = catalog.get("access/findAccessRequest");
        this.decide = catalog.get("access/decideAccessRequest");
        this.list = catalog.get("access/listAccessRequests");
        this.count = catalog.get("access/countAccessRequests");
        this.findGrant = catalog.get("access/findGrant");
        this.findEntity = catalog.get("access/findEntityId");
    }

    @Override
    public AccessRequestView request(CurrentUser insurer, AccessRequestCreate request) {
        String entityId = request.entityId().strip();
        if (read(findEntity, Map.of("id", entityId)).isEmpty()) {
            throw new InvalidInput(List.of(new FieldMessage("entityId", "is not the id of an entity")));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", "AR-" + UUID.randomUUID());
        params.put("entityId", entityId);
        params.put("scope", request.scope().name());
        params.put("purpose", request.purpose().strip());
        params.put("requestedBy", insurer.name());
        params.put("orgId", insurer.orgId().orElse(null));
        params.put("now", now());
        AccessRequestView view = view(driver.executableQuery(create).withParameters(params).execute().records().get(0));
        audit.record(new AuditEvent("access-request " + request.scope(), entityId));
        return view;
    }

    @Override
    public AccessRequestView decide(CurrentUser regulator, String id, AccessDecision decision) {
        AccessRequestView current = get(regulator, id);
        if (current.status() != AccessRequestStatus.PENDING) {
            throw new AccessRequestAlreadyDecided(id, current.status());
        }
        boolean approve = Boolean.TRUE.equals(decision.approve());
        OffsetDateTime now = now();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("status", approve ? "APPROVED" : "REJECTED");
        params.put("decidedBy", regulator.name());
        params.put("reason", decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip());
        params.put("now", now);
        params.put("expiresAt", approve ? now.plus(properties.accessRequestValidity()) : null);
        List<Record> rows = driver.executableQuery(decide).withParameters(params).execute().records();
        if (rows.isEmpty()) {
            // decided by someone else between the read and the write
            throw new AccessRequestAlreadyDecided(id, get(regulator, id).status());
        }
        AccessRequestView view = view(rows.get(0));
        audit.record(new AuditEvent("access-request " + (approve ? "approved " : "rejected ") + view.scope(),
                view.entityId()));
        return view;
    }

    @Override
    public AccessRequestPage list(CurrentUser user, AccessRequestStatus status, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("orgId", user.role() == Role.INSURER ? user.orgId().orElse("") : null);
        // EXPIRED is stored as APPROVED with a past expiry; filter those after reading
        params.put("status", status == null ? null
                : status == AccessRequestStatus.EXPIRED ? AccessRequestStatus.APPROVED.name() : status.name());
        params.put("skip", (long) page * size);
        params.put("limit", size);
        long total = read(count, params).get(0).get("total").asLong();
        List<AccessRequestView> items = read(list, params).stream().map(this::view).toList();
        if (status == AccessRequestStatus.APPROVED || status == AccessRequestStatus.EXPIRED) {
            items = items.stream().filter(v -> v.status() == status).toList();
        }
        return new AccessRequestPage(items, page, size, total);
    }

    @Override
    public AccessRequestView get(CurrentUser user, String id) {
        List<Record> rows = read(find, Map.of("id", id));
        if (rows.isEmpty()) {
            throw new AccessRequestNotFound(id);
        }
        AccessRequestView view = view(rows.get(0));
        if (user.role() == Role.INSURER && !user.orgId().map(o -> o.equals(view.orgId())).orElse(false)) {
            throw new AccessRequestNotFound(id);
        }
        return view;
    }

    @Override
    public boolean granted(String orgId, String entityId, AccessScope scope) {
        if (orgId == null || entityId == null) {
            return false;
        }
        return !read(findGrant, Map.of("orgId", orgId, "entityId", entityId, "scope", scope.name(), "now", now()))
                .isEmpty();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private List<Record> read(String query, Map<String, Object> params) {
        return driver.executableQuery(query).withParameters(params)
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().records();
    }

    private AccessRequestView view(Record r) {
        Instant expiresAt = instant(r.get("expiresAt"));
        AccessRequestStatus status = AccessRequestStatus.valueOf(r.get("status").asString());
        if (status == AccessRequestStatus.APPROVED && expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            status = AccessRequestStatus.EXPIRED;
        }
        return new AccessRequestView(r.get("id").asString(), r.get("entityId").asString(),
                AccessScope.valueOf(r.get("scope").asString()), text(r.get("purpose")), status,
                text(r.get("requestedBy")), text(r.get("orgId")), instant(r.get("requestedAt")), text(r.get("decidedBy")),
                instant(r.get("decidedAt")), text(r.get("decisionReason")), expiresAt);
    }

    private static Instant instant(Value v) {
        return v.isNull() ? null : v.asZonedDateTime().toInstant();
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}

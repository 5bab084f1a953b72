package io.credlink.fraud.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import io.credlink.fraud.AlertKind;
import io.credlink.fraud.FraudProperties;

/**
 * The rule detectors of DESIGN.md, each one set-based Cypher query over the whole graph; this
 * class turns their rows into alerts with evidence and a score.
 */
@Component
class Detectors {

    private final FraudQueries queries;
    private final FraudProperties props;

    Detectors(FraudQueries queries, FraudProperties props) {
        this.queries = queries;
        this.props = props;
    }

    // ------------------------------------------------------------------ REPEAT_CLAIM

    /** One alert per group of claims joined by overlapping repeat pairs (a vehicle on three policies = one alert). */
    List<Alert> repeatClaims() {
        List<Record> pairs = queries.read("findRepeatClaimPairs",
                Map.of("maxDaysApart", props.repeatClaim().maxDaysApart()));
        if (pairs.isEmpty()) {
            return List.of();
        }
        UnionFind groups = new UnionFind();
        for (Record p : pairs) {
            groups.union(p.get("firstId").asString(), p.get("secondId").asString());
        }
        Map<String, List<Record>> pairsByGroup = new TreeMap<>();
        for (Record p : pairs) {
            pairsByGroup.computeIfAbsent(groups.find(p.get("firstId").asString()), k -> new ArrayList<>()).add(p);
        }
        Set<String> allClaims = new TreeSet<>(groups.elements());
        Map<String, Map<String, Object>> facts = new HashMap<>();
        for (Record r : queries.read("describeClaims", Map.of("ids", List.copyOf(allClaims)))) {
            facts.put(r.get("id").asString(), FraudQueries.plain(r));
        }
        List<Alert> alerts = new ArrayList<>();
        for (List<Record> groupPairs : pairsByGroup.values()) {
            Set<String> claimIds = new TreeSet<>();
            List<Map<String, Object>> matches = new ArrayList<>();
            boolean invoice = false;
            int minDays = Integer.MAX_VALUE;
            for (Record p : groupPairs) {
                claimIds.add(p.get("firstId").asString());
                claimIds.add(p.get("secondId").asString());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("claimIds", List.of(p.get("firstId").asString(), p.get("secondId").asString()));
                m.put("rule", p.get("rule").asString());
                m.put("value", p.get("value").asString());
                m.put("daysApart", p.get("daysApart").asInt());
                matches.add(m);
                invoice |= "SAME_INVOICE".equals(p.get("rule").asString());
                if (!"SAME_INVOICE".equals(p.get("rule").asString())) {
                    minDays = Math.min(minDays, p.get("daysApart").asInt());
                }
            }
            List<Map<String, Object>> claims = new ArrayList<>();
            Set<String> entityIds = new TreeSet<>(claimIds);
            Set<String> insurers = new TreeSet<>();
            for (String id : claimIds) {
                Map<String, Object> f = facts.getOrDefault(id, Map.of("id", id));
                claims.add(f);
                addIfPresent(entityIds, f.get("policyId"));
                addIfPresent(entityIds, f.get("claimantId"));
                addIfPresent(insurers, f.get("insurerId"));
            }
            double score = 0.7
                    + (insurers.size() > 1 ? 0.1 : 0)
                    + (invoice || minDays == 0 ? 0.1 : 0)
                    + 0.05 * (claimIds.size() - 2);
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("summary", claimIds.size() + " claims for one loss"
                    + (insurers.size() > 1 ? " at " + insurers.size() + " insurers" : ""));
            evidence.put("matches", matches);
            evidence.put("claims", claims);
            evidence.put("insurerIds", List.copyOf(insurers));
            alerts.add(Alert.of(AlertKind.REPEAT_CLAIM, score, List.copyOf(claimIds), List.copyOf(entityIds),
                    List.of(), List.copyOf(claimIds), evidence));
        }
        return alerts;
    }

    // ------------------------------------------------------------------ INSURE_AFTER_LOSS

    List<Alert> insureAfterLoss() {
        int within = props.insureAfterLoss().withinDays();
        List<Alert> alerts = new ArrayList<>();
        for (Record r : queries.read("findInsureAfterLoss", Map.of("withinDays", within))) {
            Map<String, Object> f = FraudQueries.plain(r);
            int days = r.get("daysAfterStart").asInt();
            double score = days < 0 ? 0.9 : 0.6 + 0.3 * (within - days) / Math.max(1.0, within);
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("summary", days < 0
                    ? "incident " + (-days) + " days before the policy started"
                    : "incident " + days + " days after the policy started (limit " + within + ")");
            evidence.putAll(f);
            List<String> entities = new ArrayList<>(List.of(r.get("claimId").asString(), r.get("policyId").asString()));
            addIfPresent(entities, f.get("claimantId"));
            alerts.add(Alert.of(AlertKind.INSURE_AFTER_LOSS, score,
                    List.of(r.get("claimId").asString(), r.get("policyId").asString()), entities,
                    List.of(), List.of(r.get("claimId").asString()), evidence));
        }
        return alerts;
    }

    // ------------------------------------------------------------------ FAKE_POLICY

    List<Alert> fakePolicies() {
        List<Alert> alerts = new ArrayList<>();
        for (Record r : queries.read("findFakePolicies", Map.of())) {
            Map<String, Object> f = FraudQueries.plain(r);
            List<String> reasons = new ArrayList<>();
            if (r.get("unconfirmed").asBoolean()) {
                reasons.add("NOT_CONFIRMED_BY_INSURER");
            }
            if (r.get("unaffiliated").asBoolean()) {
                reasons.add("SELLER_NOT_AFFILIATED_AT_START");
            }
            if (r.get("uncontracted").asBoolean()) {
                reasons.add("INTERMEDIARY_NOT_CONTRACTED_AT_START");
            }
            double score = (r.get("unconfirmed").asBoolean() ? 0.9 : 0.8) + 0.05 * (reasons.size() - 1);
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("reasons", reasons);
            evidence.put("policyId", f.get("policyId"));
            evidence.put("insurerId", f.get("insurerId"));
            evidence.put("agentId", f.get("agentId"));
            evidence.put("intermediaryId", f.get("intermediaryId"));
            evidence.put("startDate", f.get("startDate"));
            evidence.put("agentAffiliations", f.get("affiliations"));
            evidence.put("intermediaryContractsWithInsurer", f.get("contracts"));
            List<String> entities = new ArrayList<>(List.of(r.get("policyId").asString(), r.get("insurerId").asString()));
            addIfPresent(entities, f.get("agentId"));
            addIfPresent(entities, f.get("intermediaryId"));
            alerts.add(Alert.of(AlertKind.FAKE_POLICY, score, List.of(r.get("policyId").asString()), entities, evidence));
        }
        return alerts;
    }

    // ------------------------------------------------------------------ FICTITIOUS_BUSINESS

    List<Alert> fictitiousBusiness() {
        FraudProperties.FictitiousBusiness p = props.fictitiousBusiness();
        List<Alert> alerts = new ArrayList<>();
        for (Record r : queries.read("findFictitiousBusiness", Map.of("minPolicies", p.minPolicies(),
                "minCancelledShare", p.minCancelledShare(), "withinDays", p.cancelledWithinDays()))) {
            String seller = r.get("sellerId").asString();
            double share = r.get("share").asDouble();
            List<Map<String, Object>> cancelled = new ArrayList<>();
            for (Object o : (List<?>) FraudQueries.plain(r.get("cancelled"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) o;
                cancelled.add(m);
            }
            cancelled.sort(Comparator.comparing(m -> String.valueOf(m.get("policyId"))));
            Set<String> entities = new LinkedHashSet<>();
            entities.add(seller);
            cancelled.forEach(m -> entities.add(String.valueOf(m.get("policyId"))));
            double score = 0.6 + 0.4 * Math.min(1, (share - p.minCancelledShare()) / Math.max(0.01, 1 - p.minCancelledShare()) * 2);
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("summary", r.get("cancelledEarly").asInt() + " of " + r.get("policies").asInt()
                    + " policies cancelled within " + p.cancelledWithinDays() + " days of start");
            evidence.put("sellerId", seller);
            evidence.put("sellerType", r.get("sellerType").asString());
            evidence.put("policies", r.get("policies").asInt());
            evidence.put("cancelledEarly", r.get("cancelledEarly").asInt());
            evidence.put("share", Math.round(share * 10_000) / 10_000.0);
            evidence.put("cancelledPolicies", cancelled);
            alerts.add(Alert.of(AlertKind.FICTITIOUS_BUSINESS, score, List.of(seller), List.copyOf(entities), evidence));
        }
        return alerts;
    }

    private static void addIfPresent(java.util.Collection<String> into, Object value) {
        if (value != null) {
            into.add(value.toString());
        }
    }
}

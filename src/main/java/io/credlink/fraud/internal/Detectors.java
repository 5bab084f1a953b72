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
import io.credlink.graph.SentenceValues;

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

    /**
     * One alert per group of claims joined by overlapping repeat pairs (a vehicle on three policies = one alert).
     *
     * @param resolveEntities whether the claims of the members of one resolved entity are one claimant's
     */
    List<Alert> repeatClaims(boolean resolveEntities) {
        List<Record> pairs = repeatClaimPairs(resolveEntities);
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
                if (!p.get("resolvedId").isNull()) {
                    // two members of one resolved entity filed them: the claims name both
                    m.put("resolvedId", p.get("resolvedId").asString());
                }
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
            if (insurers.size() > 1) {
                EvidenceSummary.put(evidence, claimIds.size() + " claims for one loss at " + insurers.size() + " insurers",
                        "fraud.repeatClaimAcrossInsurers", SentenceValues.of("claims", claimIds.size(), "insurers", insurers.size()));
            } else {
                EvidenceSummary.put(evidence, claimIds.size() + " claims for one loss", "fraud.repeatClaim",
                        SentenceValues.of("claims", claimIds.size()));
            }
            evidence.put("matches", matches);
            evidence.put("claims", claims);
            evidence.put("insurerIds", List.copyOf(insurers));
            alerts.add(Alert.of(AlertKind.REPEAT_CLAIM, score, List.copyOf(claimIds), List.copyOf(entityIds),
                    List.of(), List.copyOf(claimIds), evidence));
        }
        return alerts;
    }

    /**
     * The repeat pairs as the graph stands: one row per pair and rule, ordered by the claim ids
     * (columns of {@code fraud/findRepeatClaimPairs}); the alerts above group them.
     */
    List<Record> repeatClaimPairs(boolean resolveEntities) {
        return queries.read("findRepeatClaimPairs",
                Map.of("maxDaysApart", props.repeatClaim().maxDaysApart(), "resolveEntities", resolveEntities));
    }

    // ------------------------------------------------------------------ INSURE_AFTER_LOSS

    /**
     * INCIDENT_NEAR_START and PRIOR_LOSS (docs/fraud.md).
     *
     * @param resolveEntities whether a prior loss of another member of the claimant's resolved entity counts
     */
    List<Alert> insureAfterLoss(boolean resolveEntities) {
        FraudProperties.InsureAfterLoss p = props.insureAfterLoss();
        int within = p.withinDays();
        List<Alert> alerts = new ArrayList<>();
        for (Record r : queries.read("findInsureAfterLoss", Map.of("withinDays", within,
                "priorLossDays", p.priorLossDays(), "resolveEntities", resolveEntities))) {
            Map<String, Object> f = new LinkedHashMap<>(FraudQueries.plain(r));
            f.entrySet().removeIf(e -> e.getKey().startsWith("prior") && e.getValue() == null);
            int days = r.get("daysAfterStart").asInt();
            boolean prior = "PRIOR_LOSS".equals(r.get("rule").asString());
            double score;
            Map<String, Object> evidence = new LinkedHashMap<>();
            if (prior) {
                // the loss came first, the cover after it, the claim a few weeks later: as strong as a near start
                long lossToStart = java.time.temporal.ChronoUnit.DAYS.between(
                        java.time.LocalDate.parse(r.get("priorIncidentDate").asString()),
                        java.time.LocalDate.parse(r.get("startDate").asString()));
                score = 0.75 + (r.get("priorResolvedId").isNull() ? 0 : 0.05)
                        + 0.1 * Math.max(0, p.priorLossDays() - lossToStart) / p.priorLossDays();
                String english = "a loss of the same cause claimed " + lossToStart + " days before the policy started";
                if (r.get("priorResolvedId").isNull()) {
                    EvidenceSummary.put(evidence, english, "fraud.insureAfterLoss.priorLoss", SentenceValues.of("days", lossToStart));
                } else {
                    String otherId = r.get("priorClaimantId").asString();
                    EvidenceSummary.put(evidence, english + " under another id of the same person (" + otherId + ")",
                            "fraud.insureAfterLoss.priorLossOtherId", SentenceValues.of("days", lossToStart, "priorClaimantId", otherId));
                }
            } else {
                score = days < 0 ? 0.9 : 0.6 + 0.3 * (within - days) / Math.max(1.0, within);
                if (days < 0) {
                    EvidenceSummary.put(evidence, "incident " + (-days) + " days before the policy started",
                            "fraud.insureAfterLoss.incidentBeforeStart", SentenceValues.of("days", -days));
                } else {
                    EvidenceSummary.put(evidence, "incident " + days + " days after the policy started (limit " + within + ")",
                            "fraud.insureAfterLoss.incidentAfterStart", SentenceValues.of("days", days, "limit", within));
                }
            }
            evidence.putAll(f);
            List<String> entities = new ArrayList<>(List.of(r.get("claimId").asString(), r.get("policyId").asString()));
            addIfPresent(entities, f.get("claimantId"));
            addIfPresent(entities, f.get("priorClaimId"));
            addIfPresent(entities, f.get("priorClaimantId"));
            alerts.add(Alert.of(AlertKind.INSURE_AFTER_LOSS, score,
                    List.of(r.get("claimId").asString(), r.get("policyId").asString()), entities,
                    List.of(), List.of(r.get("claimId").asString()), evidence));
        }
        return alerts;
    }

    // ------------------------------------------------------------------ FAKE_POLICY, FICTITIOUS_BUSINESS

    /** An AFFILIATED_WITH of an agent, or (orgId = the insurer, role null) a CONTRACTED_WITH of an intermediary. */
    private record Term(String orgId, String role, java.time.LocalDate from, java.time.LocalDate to) {
        boolean inForceOn(java.time.LocalDate day) {
            return day != null && from != null && !from.isAfter(day) && (to == null || !day.isAfter(to));
        }
    }

    private static final class Seller {
        final String type;
        int policies;
        final List<Map<String, Object>> cancelled = new ArrayList<>();

        Seller(String type) {
            this.type = type;
        }
    }

    /** Both policy detectors' alerts from one pass over the policies. */
    record PolicyAlerts(List<Alert> fakePolicies, List<Alert> fictitiousBusiness) {
    }

    /**
     * FAKE_POLICY and FICTITIOUS_BUSINESS from one streamed pass over every policy
     * ({@code streamPolicies}) checked in Java against the agents' affiliations and the
     * intermediaries' contracts (small, loaded first): at scale 100 the two set-based queries
     * that did this spent most of the scan expanding from each of the ~2.4M policies twice.
     */
    PolicyAlerts policyAlerts() {
        Map<String, List<Term>> affiliations = new HashMap<>();
        queries.stream("streamAffiliations", Map.of(), r -> affiliations.computeIfAbsent(r.get("agentId").asString(),
                k -> new ArrayList<>()).add(new Term(r.get("orgId").asString(null), r.get("role").asString(null),
                date(r.get("from")), date(r.get("to")))));
        Map<String, List<Term>> contracts = new HashMap<>();
        queries.stream("streamContracts", Map.of(), r -> contracts.computeIfAbsent(r.get("intermediaryId").asString()
                + "|" + r.get("insurerId").asString(), k -> new ArrayList<>()).add(new Term(r.get("insurerId").asString(),
                null, date(r.get("from")), date(r.get("to")))));
        FraudProperties.FictitiousBusiness fb = props.fictitiousBusiness();
        Map<String, Seller> sellers = new HashMap<>();
        TreeMap<String, Alert> fake = new TreeMap<>();
        queries.stream("streamPolicies", Map.of(), r -> {
            String policyId = r.get("policyId").asString();
            String insurerId = r.get("insurerId").asString(null);
            String agentId = r.get("agentId").asString(null);
            String imdId = r.get("intermediaryId").asString(null);
            java.time.LocalDate start = date(r.get("startDate"));
            java.time.LocalDate cancelledOn = date(r.get("cancelledOn"));
            boolean early = cancelledOn != null && start != null && !cancelledOn.isAfter(start.plusDays(fb.cancelledWithinDays()));
            if (agentId != null) {
                count(sellers.computeIfAbsent(agentId, k -> new Seller("Practitioner")), policyId, start, cancelledOn, early);
            }
            if (imdId != null) {
                count(sellers.computeIfAbsent(imdId, k -> new Seller("Intermediary")), policyId, start, cancelledOn, early);
            }
            if (insurerId == null) {
                return;
            }
            boolean unconfirmed = r.get("unconfirmed").asBoolean();
            List<Term> agentTerms = agentId == null ? List.of() : affiliations.getOrDefault(agentId, List.of());
            boolean unaffiliated = agentId != null && agentTerms.stream()
                    .noneMatch(t -> (insurerId.equals(t.orgId()) || (imdId != null && imdId.equals(t.orgId()))) && t.inForceOn(start));
            List<Term> imdTerms = imdId == null ? List.of() : contracts.getOrDefault(imdId + "|" + insurerId, List.of());
            boolean uncontracted = imdId != null && imdTerms.stream().noneMatch(t -> t.inForceOn(start));
            if (unconfirmed || unaffiliated || uncontracted) {
                fake.put(policyId, fakePolicy(policyId, insurerId, agentId, imdId, start, unconfirmed, unaffiliated,
                        uncontracted, agentTerms, imdTerms));
            }
        });
        return new PolicyAlerts(List.copyOf(fake.values()), fictitiousBusiness(new TreeMap<>(sellers)));
    }

    private static void count(Seller s, String policyId, java.time.LocalDate start, java.time.LocalDate cancelledOn,
                              boolean early) {
        s.policies++;
        if (early) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("policyId", policyId);
            m.put("startDate", start.toString());
            m.put("cancelledOn", cancelledOn.toString());
            m.put("days", java.time.temporal.ChronoUnit.DAYS.between(start, cancelledOn));
            s.cancelled.add(m);
        }
    }

    private static java.time.LocalDate date(org.neo4j.driver.Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static String text(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The English of a fake policy's failed checks (enum.FraudReason in the explorer's bundles). */
    private static final Map<String, String> FAILED_CHECKS = Map.of(
            "NOT_CONFIRMED_BY_INSURER", "not confirmed by the insurer",
            "SELLER_NOT_AFFILIATED_AT_START", "seller not affiliated at the start",
            "INTERMEDIARY_NOT_CONTRACTED_AT_START", "intermediary not contracted at the start");

    private static Alert fakePolicy(String policyId, String insurerId, String agentId, String imdId,
                                    java.time.LocalDate start, boolean unconfirmed, boolean unaffiliated,
                                    boolean uncontracted, List<Term> agentTerms, List<Term> imdTerms) {
        List<String> reasons = new ArrayList<>();
        if (unconfirmed) {
            reasons.add("NOT_CONFIRMED_BY_INSURER");
        }
        if (unaffiliated) {
            reasons.add("SELLER_NOT_AFFILIATED_AT_START");
        }
        if (uncontracted) {
            reasons.add("INTERMEDIARY_NOT_CONTRACTED_AT_START");
        }
        double score = (unconfirmed ? 0.9 : 0.8) + 0.05 * (reasons.size() - 1);
        Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        List<Map<String, Object>> affs = new ArrayList<>();
        agentTerms.stream().sorted(Comparator.comparing(Term::orgId, nullsLast)
                .thenComparing(t -> text(t.from()), nullsLast)).forEach(t -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("orgId", t.orgId());
                    m.put("role", t.role());
                    m.put("from", text(t.from()));
                    m.put("to", text(t.to()));
                    affs.add(m);
                });
        List<Map<String, Object>> deals = new ArrayList<>();
        imdTerms.stream().sorted(Comparator.comparing(t -> text(t.from()), nullsLast)).forEach(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", text(t.from()));
            m.put("to", text(t.to()));
            deals.add(m);
        });
        Map<String, Object> evidence = new LinkedHashMap<>();
        EvidenceSummary.put(evidence, "policy " + policyId + ": " + String.join(", ", reasons.stream().map(FAILED_CHECKS::get).toList()),
                "fraud.fakePolicy", SentenceValues.of("policyId", policyId, "checks", List.copyOf(reasons)));
        evidence.put("reasons", reasons);
        evidence.put("policyId", policyId);
        evidence.put("insurerId", insurerId);
        evidence.put("agentId", agentId);
        evidence.put("intermediaryId", imdId);
        evidence.put("startDate", text(start));
        evidence.put("agentAffiliations", affs);
        evidence.put("intermediaryContractsWithInsurer", deals);
        List<String> entities = new ArrayList<>(List.of(policyId, insurerId));
        addIfPresent(entities, agentId);
        addIfPresent(entities, imdId);
        return Alert.of(AlertKind.FAKE_POLICY, score, List.of(policyId), entities, evidence);
    }

    /** Sellers with at least minPolicies policies of which at least minCancelledShare were cancelled early. */
    private List<Alert> fictitiousBusiness(Map<String, Seller> sellers) {
        FraudProperties.FictitiousBusiness p = props.fictitiousBusiness();
        List<Alert> alerts = new ArrayList<>();
        for (Map.Entry<String, Seller> e : sellers.entrySet()) {
            Seller s = e.getValue();
            double share = (double) s.cancelled.size() / s.policies;
            if (s.policies < p.minPolicies() || share < p.minCancelledShare()) {
                continue;
            }
            String seller = e.getKey();
            List<Map<String, Object>> cancelled = new ArrayList<>(s.cancelled);
            cancelled.sort(Comparator.comparing(m -> String.valueOf(m.get("policyId"))));
            Set<String> entities = new LinkedHashSet<>();
            entities.add(seller);
            cancelled.forEach(m -> entities.add(String.valueOf(m.get("policyId"))));
            double score = 0.6 + 0.4 * Math.min(1, (share - p.minCancelledShare()) / Math.max(0.01, 1 - p.minCancelledShare()) * 2);
            Map<String, Object> evidence = new LinkedHashMap<>();
            EvidenceSummary.put(evidence, cancelled.size() + " of " + s.policies + " policies cancelled within "
                    + p.cancelledWithinDays() + " days of start", "fraud.fictitiousBusiness",
                    SentenceValues.of("cancelled", cancelled.size(), "policies", s.policies, "days", p.cancelledWithinDays()));
            evidence.put("sellerId", seller);
            evidence.put("sellerType", s.type);
            evidence.put("policies", s.policies);
            evidence.put("cancelledEarly", cancelled.size());
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

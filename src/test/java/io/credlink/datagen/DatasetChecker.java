package io.credlink.datagen;

import io.credlink.ingest.IdentifierNormaliser;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small in-memory re-implementation of the DESIGN.md detectors and sanction rules over a
 * generated dataset, to prove what the generator promises: every injected case matches its rule,
 * nothing honest does.
 */
final class DatasetChecker {

    static final LocalDate REF = DatasetGenerator.REFERENCE_DATE;

    record Affiliation(String person, String org, String role, LocalDate from, LocalDate to) {
        boolean inForce(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }
    }

    record Policy(String id, String insurer, String agent, String intermediary, boolean confirmed, LocalDate start,
                  LocalDate cancelledOn) {
    }

    record Claim(String id, String policy, String claimant, LocalDate incident, String cause, String subjectRef,
                 String invoice, String provider) {
    }

    record Sanction(String id, String subject, boolean blacklist, LocalDate decided, LocalDate from, LocalDate to) {
        boolean inForce(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }
    }

    final Path dir;
    final Map<String, String> types = new HashMap<>();
    final Map<String, List<Affiliation>> affByPerson = new HashMap<>();
    final Map<String, List<Affiliation>> affByOrg = new HashMap<>();
    final Map<String, List<String[]>> contracts = new HashMap<>();
    final Map<String, Policy> policies = new LinkedHashMap<>();
    final List<Claim> claims = new ArrayList<>();
    final Map<String, List<String>> claimParties = new HashMap<>();
    final Map<String, Set<String>> identifierLinks = new HashMap<>();
    final Map<String, Set<String>> identifiersOf = new HashMap<>();
    final List<Sanction> sanctions = new ArrayList<>();
    /** kind -> group -> entity ids. */
    final Map<String, Map<String, Set<String>>> labels = new TreeMap<>();
    final Map<String, Set<String>> controls = new TreeMap<>();

    DatasetChecker(Path dir) throws IOException {
        this.dir = dir;
        for (String[] f : new String[][] {{"insurers.csv", "Insurer"}, {"intermediaries.csv", "Intermediary"},
            {"practitioners.csv", "Practitioner"}, {"consumers.csv", "Consumer"}, {"providers.csv", "Provider"},
            {"policies.csv", "Policy"}, {"claims.csv", "Claim"}, {"sanctions.csv", "Sanction"},
            {"records.csv", "CreditRecord"}}) {
            read(f[0], r -> {
                String previous = types.put(r.get("id"), f[1]);
                if (previous != null) {
                    throw new AssertionError("duplicate id " + r.get("id") + " in " + f[0]);
                }
            });
        }
        read("affiliations.csv", r -> {
            Affiliation a = new Affiliation(r.get("person_id"), r.get("org_id"), r.get("role"), date(r.get("from")),
                date(r.get("to")));
            affByPerson.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a);
            affByOrg.computeIfAbsent(a.org(), k -> new ArrayList<>()).add(a);
        });
        read("contracts.csv", r -> contracts.computeIfAbsent(r.get("intermediary_id"), k -> new ArrayList<>())
            .add(new String[] {r.get("insurer_id"), r.get("from"), r.get("to")}));
        read("policies.csv", r -> policies.put(r.get("id"), new Policy(r.get("id"), r.get("insurer_id"),
            blank(r.get("agent_id")), blank(r.get("intermediary_id")), !"false".equals(r.get("insurer_confirmed")),
            date(r.get("start_date")), date(r.get("cancelled_on")))));
        read("claims.csv", r -> claims.add(new Claim(r.get("id"), r.get("policy_id"), r.get("claimant_id"),
            date(r.get("incident_date")), r.get("cause"), blank(r.get("subject_ref")), blank(r.get("invoice_no")),
            blank(r.get("provider_id")))));
        read("claim_parties.csv", r -> claimParties.computeIfAbsent(r.get("claim_id"), k -> new ArrayList<>())
            .add(r.get("party_id")));
        read("identifiers.csv", r -> {
            String key = r.get("kind") + ":" + normalise(r.get("kind"), r.get("value"));
            identifierLinks.computeIfAbsent(key, k -> new HashSet<>()).add(r.get("entity_id"));
            identifiersOf.computeIfAbsent(r.get("entity_id"), k -> new HashSet<>()).add(key);
        });
        read("sanctions.csv", r -> sanctions.add(new Sanction(r.get("id"), r.get("subject_id"),
            "true".equals(r.get("blacklist")), date(r.get("decided_on")), date(r.get("effective_from")),
            date(r.get("effective_to")))));
        read("truth/labels.csv", r -> labels.computeIfAbsent(r.get("kind"), k -> new TreeMap<>())
            .computeIfAbsent(r.get("group_id"), k -> new HashSet<>()).add(r.get("entity_id")));
        read("truth/controls.csv", r -> controls.computeIfAbsent(r.get("kind"), k -> new HashSet<>())
            .add(r.get("entity_id")));
    }

    /**
     * Sees each party as its canonical one (a planted copy as its original), as a resolution would:
     * claimants, claim parties and identifier holders are rewritten.
     */
    void resolve(Map<String, String> canonical) {
        claims.replaceAll(c -> new Claim(c.id(), c.policy(), canonical.getOrDefault(c.claimant(), c.claimant()),
            c.incident(), c.cause(), c.subjectRef(), c.invoice(), c.provider()));
        claimParties.values().forEach(l -> l.replaceAll(p -> canonical.getOrDefault(p, p)));
        identifierLinks.values().forEach(holders -> {
            Set<String> mapped = new HashSet<>();
            holders.forEach(h -> mapped.add(canonical.getOrDefault(h, h)));
            holders.clear();
            holders.addAll(mapped);
        });
        canonical.forEach((copy, original) -> {
            Set<String> keys = identifiersOf.remove(copy);
            if (keys != null) {
                identifiersOf.computeIfAbsent(original, k -> new HashSet<>()).addAll(keys);
            }
        });
    }

    void read(String file, Consumer<CSVRecord> row) throws IOException {
        try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                row.accept(r);
            }
        }
    }

    static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The importer's own normal form: the generator's shared values must link exactly as the import links them. */
    static String normalise(String kind, String value) {
        return IdentifierNormaliser.normalise(IdentifierNormaliser.Kind.valueOf(kind), value);
    }

    Set<String> labelled(String kind) {
        Set<String> all = new HashSet<>();
        labels.getOrDefault(kind, Map.of()).values().forEach(all::addAll);
        return all;
    }

    // ---------------------------------------------------------------- detectors

    Set<String> repeatClaims() {
        Set<String> hits = new HashSet<>();
        Map<String, List<Claim>> bySubject = new HashMap<>();
        Map<String, List<Claim>> byClaimantCause = new HashMap<>();
        Map<String, List<Claim>> byInvoice = new HashMap<>();
        for (Claim c : claims) {
            if (c.subjectRef() != null) {
                bySubject.computeIfAbsent(c.subjectRef(), k -> new ArrayList<>()).add(c);
            }
            byClaimantCause.computeIfAbsent(c.claimant() + "|" + c.cause(), k -> new ArrayList<>()).add(c);
            if (c.invoice() != null) {
                byInvoice.computeIfAbsent(c.invoice(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Claim> l : bySubject.values()) {
            within3Days(l, true, hits);
        }
        for (List<Claim> l : byClaimantCause.values()) {
            // stricter than DESIGN.md (which asks for different policies): honest data avoids even this
            within3Days(l, false, hits);
        }
        for (List<Claim> l : byInvoice.values()) {
            if (l.size() > 1) {
                l.forEach(c -> hits.add(c.id()));
            }
        }
        return hits;
    }

    private static void within3Days(List<Claim> l, boolean differentPolicies, Set<String> hits) {
        if (l.size() < 2) {
            return;
        }
        l.sort(Comparator.comparing(Claim::incident));
        for (int i = 0; i < l.size(); i++) {
            for (int j = i + 1; j < l.size() && !l.get(j).incident().isAfter(l.get(i).incident().plusDays(3)); j++) {
                if (!differentPolicies || !l.get(i).policy().equals(l.get(j).policy())) {
                    hits.add(l.get(i).id());
                    hits.add(l.get(j).id());
                }
            }
        }
    }

    /** Claims and their policies: an incident near or before the start, or a loss of the same cause claimed before it. */
    Set<String> insureAfterLoss() {
        Set<String> hits = new HashSet<>();
        Map<String, List<Claim>> byClaimantCause = new HashMap<>();
        for (Claim c : claims) {
            byClaimantCause.computeIfAbsent(c.claimant() + "|" + c.cause(), k -> new ArrayList<>()).add(c);
        }
        for (Claim c : claims) {
            LocalDate start = policies.get(c.policy()).start();
            boolean nearStart = c.incident().isBefore(start) || !c.incident().isAfter(start.plusDays(7));
            boolean priorLoss = byClaimantCause.get(c.claimant() + "|" + c.cause()).stream()
                .anyMatch(p -> !p.policy().equals(c.policy()) && p.incident().isBefore(start)
                    && !p.incident().isBefore(c.incident().minusDays(30)));
            if (nearStart || priorLoss) {
                hits.add(c.id());
                hits.add(c.policy());
            }
        }
        return hits;
    }

    Set<String> fakePolicies() {
        Set<String> hits = new HashSet<>();
        for (Policy p : policies.values()) {
            boolean fake = !p.confirmed();
            if (p.agent() != null) {
                boolean affiliated = affByPerson.getOrDefault(p.agent(), List.of()).stream()
                    .anyMatch(a -> a.inForce(p.start()) && (a.org().equals(p.insurer()) || a.org().equals(p.intermediary())));
                fake |= !affiliated;
            }
            if (p.intermediary() != null) {
                boolean contracted = contracts.getOrDefault(p.intermediary(), List.of()).stream()
                    .anyMatch(c -> c[0].equals(p.insurer()) && !date(c[1]).isAfter(p.start())
                        && (c[2].isEmpty() || !date(c[2]).isBefore(p.start())));
                fake |= !contracted;
            }
            if (fake) {
                hits.add(p.id());
            }
        }
        return hits;
    }

    /** The agent or intermediary and its policies cancelled within 30 days of start. */
    Set<String> fictitiousBusiness() {
        Map<String, List<Policy>> bySeller = new HashMap<>();
        for (Policy p : policies.values()) {
            if (p.agent() != null) {
                bySeller.computeIfAbsent(p.agent(), k -> new ArrayList<>()).add(p);
            }
            if (p.intermediary() != null) {
                bySeller.computeIfAbsent(p.intermediary(), k -> new ArrayList<>()).add(p);
            }
        }
        Set<String> hits = new HashSet<>();
        bySeller.forEach((seller, list) -> {
            List<Policy> early = list.stream()
                .filter(p -> p.cancelledOn() != null && !p.cancelledOn().isAfter(p.start().plusDays(30))).toList();
            if (list.size() >= 10 && early.size() >= 0.3 * list.size()) {
                hits.add(seller);
                early.forEach(p -> hits.add(p.id()));
            }
        });
        return hits;
    }

    /**
     * Consumers in groups of at least 3 linked by shared identifiers and shared claims, with at
     * least 2.5 claims filed per member and half of the group's claims at one provider.
     */
    Set<String> ringMembers() {
        Map<String, String> parent = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : identifierLinks.entrySet()) {
            List<String> consumers = e.getValue().stream().filter(id -> "Consumer".equals(types.get(id))).toList();
            for (int i = 1; i < consumers.size(); i++) {
                union(parent, consumers.get(0), consumers.get(i));
            }
        }
        Map<String, Integer> filed = new HashMap<>();
        for (Claim c : claims) {
            filed.merge(c.claimant(), 1, Integer::sum);
            find(parent, c.claimant());
            for (String party : claimParties.getOrDefault(c.id(), List.of())) {
                if ("Consumer".equals(types.get(party))) {
                    union(parent, c.claimant(), party);
                }
            }
        }
        Map<String, List<String>> groups = new HashMap<>();
        for (String node : new ArrayList<>(parent.keySet())) {
            groups.computeIfAbsent(find(parent, node), k -> new ArrayList<>()).add(node);
        }
        Map<String, Map<String, Integer>> providerClaims = new HashMap<>();
        Map<String, Integer> groupClaims = new HashMap<>();
        for (Claim c : claims) {
            String root = find(parent, c.claimant());
            groupClaims.merge(root, 1, Integer::sum);
            if (c.provider() != null) {
                providerClaims.computeIfAbsent(root, k -> new HashMap<>()).merge(c.provider(), 1, Integer::sum);
            }
        }
        Set<String> hits = new HashSet<>();
        groups.forEach((root, members) -> {
            int n = groupClaims.getOrDefault(root, 0);
            int top = providerClaims.getOrDefault(root, Map.of()).values().stream().max(Integer::compare).orElse(0);
            if (members.size() >= 3 && n >= 2.5 * members.size() && top * 2 >= n) {
                hits.addAll(members);
            }
        });
        return hits;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.computeIfAbsent(x, k -> k);
        while (!p.equals(parent.get(p))) {
            parent.put(p, parent.get(parent.get(p)));
            p = parent.get(p);
        }
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    // ---------------------------------------------------------------- sanction rules

    /** The sanction, its subject and every party reached by R1-R4 on {@code asOf}. */
    Set<String> propagation(Sanction s, LocalDate asOf) {
        Set<String> reached = new HashSet<>(Set.of(s.id(), s.subject()));
        String type = types.get(s.subject());
        if ("Insurer".equals(type) || "Intermediary".equals(type)) {
            for (Affiliation a : affByOrg.getOrDefault(s.subject(), List.of())) {
                if (isOffice(a) && a.inForce(s.decided())) {
                    reached.add(a.person());
                    for (Affiliation other : affByPerson.get(a.person())) {
                        if (isOffice(other) && other.inForce(asOf) && !other.org().equals(s.subject())) {
                            reached.add(other.org());
                        }
                    }
                }
            }
        } else if ("Practitioner".equals(type)) {
            for (Affiliation a : affByPerson.getOrDefault(s.subject(), List.of())) {
                if (a.inForce(asOf)) {
                    reached.add(a.org());
                }
            }
        } else if ("Consumer".equals(type)) {
            for (String key : identifiersOf.getOrDefault(s.subject(), Set.of())) {
                if (key.startsWith("PHONE:") || key.startsWith("BANK_ACCOUNT:")) {
                    identifierLinks.get(key).stream().filter(id -> "Consumer".equals(types.get(id))).forEach(reached::add);
                }
            }
        }
        return reached;
    }

    private static boolean isOffice(Affiliation a) {
        return "EXECUTIVE".equals(a.role()) || "LEGAL_REPRESENTATIVE".equals(a.role());
    }
}

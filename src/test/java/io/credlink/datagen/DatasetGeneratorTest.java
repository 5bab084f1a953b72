package io.credlink.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {

    static final Map<String, List<String>> HEADERS = Map.ofEntries(
        Map.entry("insurers.csv", List.of("id", "name", "license_no", "status")),
        Map.entry("intermediaries.csv", List.of("id", "name", "kind", "license_no", "status")),
        Map.entry("practitioners.csv", List.of("id", "name", "id_number", "kind", "license_no", "status")),
        Map.entry("consumers.csv", List.of("id", "name", "id_number", "kind")),
        Map.entry("providers.csv", List.of("id", "name", "kind")),
        Map.entry("affiliations.csv", List.of("person_id", "org_id", "role", "from", "to")),
        Map.entry("contracts.csv", List.of("intermediary_id", "insurer_id", "from", "to")),
        Map.entry("policies.csv", List.of("id", "insurer_id", "holder_id", "insured_id", "line", "start_date",
            "end_date", "premium", "agent_id", "intermediary_id", "insurer_confirmed", "status", "cancelled_on",
            "subject_ref")),
        Map.entry("claims.csv", List.of("id", "policy_id", "claimant_id", "incident_date", "reported_date", "amount",
            "cause", "status", "adjuster_id", "provider_id", "subject_ref", "invoice_no")),
        Map.entry("claim_parties.csv", List.of("claim_id", "party_id", "role")),
        Map.entry("identifiers.csv", List.of("entity_id", "kind", "value")),
        Map.entry("sanctions.csv", List.of("id", "subject_id", "authority", "kind", "severity", "blacklist",
            "decided_on", "effective_from", "effective_to", "reason")),
        Map.entry("records.csv", List.of("id", "subject_id", "kind", "date", "severity", "detail")),
        Map.entry("truth/labels.csv", List.of("kind", "group_id", "entity_id")),
        Map.entry("truth/controls.csv", List.of("kind", "entity_id")),
        Map.entry("truth/duplicates.csv", List.of("entity_id", "duplicate_of")),
        Map.entry("truth/lookalikes.csv", List.of("entity_id", "other_id", "kind")));

    static final Set<String> RESOLUTION_TRUTH = Set.of("truth/duplicates.csv", "truth/lookalikes.csv");

    static final Set<String> FRAUD_KINDS = Set.of("REPEAT_CLAIM", "INSURE_AFTER_LOSS", "FAKE_POLICY",
        "FICTITIOUS_BUSINESS", "RING");

    @TempDir
    static Path tmp;
    static GenerationSummary scale1;
    static DatasetChecker data;
    /** Planted copy to original (truth/duplicates.csv). */
    static Map<String, String> copies;

    @BeforeAll
    static void generateScaleOne() throws IOException {
        scale1 = new DatasetGenerator().generate(new GenerationOptions(tmp.resolve("s1"), 1, 42, false));
        data = new DatasetChecker(scale1.out());
        copies = DuplicateTruth.read(scale1.out()).duplicates();
    }

    @Test
    void scaleOneHasAboutTenThousandParties() {
        long parties = Stream.of("insurers.csv", "intermediaries.csv", "practitioners.csv", "consumers.csv",
            "providers.csv").mapToLong(f -> scale1.rowsPerFile().get(f)).sum();
        assertThat(parties).isBetween(9_000L, 11_500L);
        assertThat(scale1.rowsPerFile().get("claims.csv")).isGreaterThan(1_500);
    }

    @Test
    void everyFileHasExactlyTheContractHeader() throws IOException {
        for (Map.Entry<String, List<String>> e : HEADERS.entrySet()) {
            String first = Files.readAllLines(scale1.out().resolve(e.getKey()), StandardCharsets.UTF_8).get(0);
            assertThat(first).as(e.getKey()).isEqualTo(String.join(",", e.getValue()));
        }
        try (Stream<Path> files = Files.list(scale1.out())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")))
                .hasSize(13);
        }
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDiffers() throws IOException {
        Path a = new DatasetGenerator().generate(new GenerationOptions(tmp.resolve("a"), 0.1, 7, false)).out();
        Path b = new DatasetGenerator().generate(new GenerationOptions(tmp.resolve("b"), 0.1, 7, false)).out();
        Path c = new DatasetGenerator().generate(new GenerationOptions(tmp.resolve("c"), 0.1, 8, false)).out();
        for (String f : HEADERS.keySet()) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(Files.readAllBytes(c.resolve("claims.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("claims.csv")));
        assertThat(Files.readAllBytes(c.resolve("consumers.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("consumers.csv")));
    }

    @Test
    void rowsGrowLinearlyWithScale() {
        GenerationSummary scale2 = new DatasetGenerator().generate(new GenerationOptions(tmp.resolve("s2"), 2, 42, false));
        double total = scale2.totalRows() / (double) scale1.totalRows();
        assertThat(total).isBetween(1.85, 2.15);
        for (String f : List.of("consumers.csv", "practitioners.csv", "policies.csv", "claims.csv", "identifiers.csv",
            "truth/labels.csv", "truth/duplicates.csv", "truth/lookalikes.csv")) {
            double ratio = scale2.rowsPerFile().get(f) / (double) scale1.rowsPerFile().get(f);
            assertThat(ratio).as(f).isBetween(1.7, 2.3);
        }
        // insurers grow slowly
        assertThat(scale2.rowsPerFile().get("insurers.csv")).isLessThan(2 * scale1.rowsPerFile().get("insurers.csv"));
    }

    @Test
    void everyReferenceResolvesToTheRightType() throws IOException {
        Set<String> party = Set.of("Insurer", "Intermediary", "Practitioner", "Consumer", "Provider");
        check("affiliations.csv", Map.of("person_id", Set.of("Practitioner"), "org_id", Set.of("Insurer", "Intermediary")));
        check("contracts.csv", Map.of("intermediary_id", Set.of("Intermediary"), "insurer_id", Set.of("Insurer")));
        check("policies.csv", Map.of("insurer_id", Set.of("Insurer"), "holder_id", Set.of("Consumer"),
            "insured_id", Set.of("Consumer"), "agent_id", Set.of("Practitioner"), "intermediary_id", Set.of("Intermediary")));
        check("claims.csv", Map.of("policy_id", Set.of("Policy"), "claimant_id", Set.of("Consumer"),
            "adjuster_id", Set.of("Practitioner"), "provider_id", Set.of("Provider")));
        check("claim_parties.csv", Map.of("claim_id", Set.of("Claim"), "party_id", Set.of("Consumer", "Practitioner")));
        check("identifiers.csv", Map.of("entity_id", party));
        check("sanctions.csv", Map.of("subject_id", party));
        check("records.csv", Map.of("subject_id", party));
        Set<String> all = new HashSet<>(party);
        all.addAll(Set.of("Policy", "Claim", "Sanction"));
        check("truth/labels.csv", Map.of("entity_id", all));
    }

    private void check(String file, Map<String, Set<String>> refs) throws IOException {
        data.read(file, r -> refs.forEach((column, types) -> {
            String v = r.get(column);
            if (!v.isEmpty() && !types.contains(data.types.get(v))) {
                fail(file + ":" + r.getRecordNumber() + " " + column + "=" + v + " is a " + data.types.get(v));
            }
        }));
    }

    @Test
    void enumsDatesNumbersAndRequiredValuesFollowTheContract() throws IOException {
        Set<String> orgStatus = Set.of("ACTIVE", "SUSPENDED", "REVOKED", "EXITED");
        rows("insurers.csv", (r, v) -> v.in("status", orgStatus).required("id", "name"));
        rows("intermediaries.csv", (r, v) -> v.in("status", orgStatus).in("kind", Set.of("AGENCY", "BROKER", "ADJUSTER")));
        rows("practitioners.csv", (r, v) -> v.in("status", orgStatus)
            .in("kind", Set.of("AGENT", "BROKER", "ADJUSTER", "EXECUTIVE", "OTHER")).required("name"));
        rows("consumers.csv", (r, v) -> v.in("kind", Set.of("PERSON", "COMPANY")).required("name"));
        rows("providers.csv", (r, v) -> v.in("kind", Set.of("HOSPITAL", "GARAGE", "PHARMACY", "OTHER")));
        rows("affiliations.csv", (r, v) -> v.in("role", Set.of("AGENT", "EMPLOYEE", "EXECUTIVE", "LEGAL_REPRESENTATIVE",
            "ADJUSTER", "SHAREHOLDER")).window("from", "to"));
        rows("contracts.csv", (r, v) -> v.window("from", "to"));
        rows("policies.csv", (r, v) -> v.in("line", Set.of("AUTO", "HEALTH", "LIFE", "PROPERTY", "ACCIDENT", "LIABILITY",
                "OTHER")).in("status", Set.of("ACTIVE", "LAPSED", "CANCELLED", "EXPIRED"))
            .in("insurer_confirmed", Set.of("true", "false")).window("start_date", "end_date").amount("premium")
            .date("cancelled_on").cancellation());
        rows("claims.csv", (r, v) -> v.in("status", Set.of("OPEN", "PAID", "DENIED", "WITHDRAWN", "FRAUD"))
            .window("incident_date", "reported_date").amount("amount"));
        rows("claim_parties.csv", (r, v) -> v.in("role", Set.of("DRIVER", "PASSENGER", "WITNESS", "THIRD_PARTY",
            "INJURED", "BENEFICIARY", "LAWYER", "OTHER")));
        rows("identifiers.csv", (r, v) -> v.in("kind", Set.of("PHONE", "ADDRESS", "BANK_ACCOUNT", "EMAIL", "DEVICE"))
            .required("value"));
        rows("sanctions.csv", (r, v) -> v.in("kind", Set.of("WARNING", "FINE", "LICENSE_SUSPENDED", "LICENSE_REVOKED",
                "BAN_FROM_OFFICE", "BAN_FROM_INDUSTRY", "CRIMINAL_REFERRAL", "OTHER"))
            .in("severity", Set.of("1", "2", "3", "4", "5")).in("blacklist", Set.of("true", "false"))
            .date("decided_on").window("effective_from", "effective_to").required("authority"));
        rows("records.csv", (r, v) -> v.in("kind", Set.of("COMPLAINT", "LITIGATION", "VIOLATION", "TAX_ARREARS", "AWARD",
            "RED_LIST", "OTHER")).in("severity", Set.of("1", "2", "3", "4", "5")).date("date"));
    }

    interface RowCheck {
        void check(org.apache.commons.csv.CSVRecord r, Values v);
    }

    /** Plain checks per cell (AssertJ per cell would dominate the test's time); fails naming file, line, column. */
    record Values(org.apache.commons.csv.CSVRecord r, String file) {
        private void require(boolean ok, String column) {
            if (!ok) {
                fail(file + ":" + r.getRecordNumber() + " " + column + "='" + r.get(column) + "'");
            }
        }

        Values in(String column, Set<String> allowed) {
            require(allowed.contains(r.get(column)), column);
            return this;
        }

        Values required(String... columns) {
            for (String c : columns) {
                require(!r.get(c).isBlank(), c);
            }
            return this;
        }

        Values date(String column) {
            String v = r.get(column);
            require(v.isEmpty() || DATE.matcher(v).matches(), column);
            if (!v.isEmpty()) {
                LocalDate.parse(v);
            }
            return this;
        }

        Values window(String from, String to) {
            date(from).date(to).required(from);
            require(r.get(to).isEmpty() || !LocalDate.parse(r.get(to)).isBefore(LocalDate.parse(r.get(from))), to);
            return this;
        }

        Values amount(String column) {
            require(AMOUNT.matcher(r.get(column)).matches(), column);
            return this;
        }

        Values cancellation() {
            require(r.get("status").equals("CANCELLED") == !r.get("cancelled_on").isEmpty(), "cancelled_on");
            return this;
        }
    }

    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern AMOUNT = Pattern.compile("\\d+\\.\\d{2}");

    private void rows(String file, RowCheck check) throws IOException {
        data.read(file, r -> check.check(r, new Values(r, file)));
    }

    @Test
    void namesAreChineseSometimesRomanisedWithCommasAndQuotedCorrectly() throws IOException {
        List<String> names = new ArrayList<>();
        data.read("consumers.csv", r -> names.add(r.get("name")));
        assertThat(names).anyMatch(n -> n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        assertThat(names).anyMatch(n -> n.contains(", "));
        assertThat(names).anyMatch(n -> n.endsWith("有限公司"));
    }

    @Test
    void identifiersAreWrittenInMixedFormsThatNormaliseToTheSameValue() throws IOException {
        List<String> raw = new ArrayList<>();
        data.read("identifiers.csv", r -> raw.add(r.get("kind") + "|" + r.get("value")));
        assertThat(raw).anyMatch(v -> v.startsWith("PHONE|+86 "));
        assertThat(raw).anyMatch(v -> v.startsWith("PHONE|1") && v.contains(" "));
        assertThat(raw).anyMatch(v -> v.startsWith("BANK_ACCOUNT|") && v.contains(" "));
        assertThat(raw).anyMatch(v -> v.startsWith("EMAIL|") && !v.equals(v.toLowerCase()));
        assertThat(raw).anyMatch(v -> v.startsWith("ADDRESS|  "));
        // a ring's shared phone is written in different forms by different members, one identifier after normalising
        Set<String> ringMembers = data.labelled("RING");
        assertThat(data.identifierLinks.entrySet()).anyMatch(e -> e.getKey().startsWith("PHONE:")
            && e.getValue().stream().filter(ringMembers::contains).count() >= 2);
    }

    @Test
    void truthCoversEveryFraudKindAndEverySanctionRule() {
        assertThat(data.labels.keySet()).containsAll(FRAUD_KINDS).contains("SANCTION_CHAIN");
        data.labels.get("RING").values().forEach(group -> {
            long parties = group.stream().filter(id -> !id.startsWith("CLM")).count();
            assertThat(parties).isBetween(7L, 12L);
        });
        Set<String> subjectTypes = data.labels.get("SANCTION_CHAIN").values().stream()
            .flatMap(g -> data.sanctions.stream().filter(s -> g.contains(s.id())).map(s -> data.types.get(s.subject())))
            .collect(Collectors.toSet());
        assertThat(subjectTypes).contains("Intermediary", "Practitioner", "Consumer");
    }

    @Test
    void everyInjectedCaseMatchesItsDetectorAndNoHonestEntityDoes() {
        // the cases of one claimant under two insurers' ids need resolution (DuplicatePlantingTest)
        assertThat(data.repeatClaims()).isEqualTo(withoutCasesAcrossIds("REPEAT_CLAIM"));
        assertThat(data.insureAfterLoss()).isEqualTo(withoutCasesAcrossIds("INSURE_AFTER_LOSS"));
        assertThat(data.fakePolicies()).isEqualTo(data.labelled("FAKE_POLICY"));
        assertThat(data.fictitiousBusiness()).isEqualTo(data.labelled("FICTITIOUS_BUSINESS"));
        Set<String> ringConsumers = data.labelled("RING").stream()
            .filter(id -> "Consumer".equals(data.types.get(id))).collect(Collectors.toSet());
        assertThat(data.ringMembers()).isEqualTo(ringConsumers);
    }

    @Test
    void everyInjectedGroupIsFoundWholeByItsDetector() {
        Map<String, Set<String>> hits = Map.of("REPEAT_CLAIM", data.repeatClaims(), "INSURE_AFTER_LOSS",
            data.insureAfterLoss(), "FAKE_POLICY", data.fakePolicies(), "FICTITIOUS_BUSINESS", data.fictitiousBusiness());
        hits.forEach((kind, found) -> data.labels.get(kind).forEach((group, entities) -> {
            if (!acrossIds(kind).containsKey(group)) {
                assertThat(found).as(kind + " " + group).containsAll(entities);
            }
        }));
    }

    @Test
    void someRepeatClaimAndInsureAfterLossCasesAreOneClaimantUnderTwoIds() throws IOException {
        for (String kind : List.of("REPEAT_CLAIM", "INSURE_AFTER_LOSS")) {
            Map<String, Set<String>> across = acrossIds(kind);
            assertThat(across).as(kind).isNotEmpty();
            // the difference resolution makes: without it the detector misses them, with it finds them whole
            assertThat(data.labelled(kind)).containsAll(across.values().stream().flatMap(Set::stream).toList());
        }
        DatasetChecker resolved = new DatasetChecker(scale1.out());
        resolved.resolve(copies);
        assertThat(resolved.repeatClaims()).isEqualTo(resolved.labelled("REPEAT_CLAIM"));
        assertThat(resolved.insureAfterLoss()).isEqualTo(resolved.labelled("INSURE_AFTER_LOSS"));
    }

    /** The labelled groups of a kind whose claims were filed by a party and its planted copy. */
    private Map<String, Set<String>> acrossIds(String kind) {
        Map<String, Set<String>> out = new TreeMap<>();
        data.labels.getOrDefault(kind, Map.of()).forEach((group, entities) -> {
            Set<String> claimants = data.claims.stream().filter(c -> entities.contains(c.id()))
                .map(DatasetChecker.Claim::claimant).collect(Collectors.toSet());
            boolean copy = claimants.stream().anyMatch(copies::containsKey);
            if (copy) {
                out.put(group, entities);
            }
        });
        return out;
    }

    private Set<String> withoutCasesAcrossIds(String kind) {
        Set<String> all = new HashSet<>(data.labelled(kind));
        acrossIds(kind).values().forEach(all::removeAll);
        return all;
    }

    @Test
    void sanctionChainsAreExactlyWhatTheRulesReachAndOnlyTheyBlacklistToday() {
        Map<String, Set<String>> chains = data.labels.get("SANCTION_CHAIN");
        for (Map.Entry<String, Set<String>> chain : chains.entrySet()) {
            DatasetChecker.Sanction s = data.sanctions.stream().filter(x -> chain.getValue().contains(x.id()))
                .findFirst().orElseThrow();
            assertThat(s.blacklist() && s.inForce(DatasetChecker.REF)).isTrue();
            assertThat(data.propagation(s, DatasetChecker.REF)).as(chain.getKey()).isEqualTo(chain.getValue());
            assertThat(chain.getValue().size()).isGreaterThanOrEqualTo(3);
        }
        Set<String> chained = chains.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(data.sanctions).filteredOn(s -> s.blacklist() && s.inForce(DatasetChecker.REF))
            .allMatch(s -> chained.contains(s.id()));
        assertThat(chained).doesNotContainAnyElementsOf(data.controls.get("FORMER_EXECUTIVE"))
            .doesNotContainAnyElementsOf(data.controls.get("FORMER_EXECUTIVE_ORG"));
        assertThat(data.sanctions).filteredOn(s -> data.controls.get("EXPIRED_BLACKLIST").contains(s.id()))
            .isNotEmpty().allMatch(s -> s.blacklist() && !s.inForce(DatasetChecker.REF));
    }

    @Test
    void honestControlsArePresentAndNeverLabelled() {
        assertThat(data.controls.keySet()).contains("FAMILY_ADDRESS", "SHARED_FAMILY_PHONE", "BUSY_PROVIDER",
            "LARGE_BROKER", "BUSY_AGENT");
        Set<String> labelled = new HashSet<>();
        FRAUD_KINDS.forEach(k -> labelled.addAll(data.labelled(k)));
        data.controls.forEach((kind, ids) -> assertThat(labelled).as(kind).doesNotContainAnyElementsOf(ids));
        // family members really share a normalised address
        assertThat(data.identifierLinks.entrySet()).filteredOn(e -> e.getKey().startsWith("ADDRESS:")
            && e.getValue().size() >= 3).isNotEmpty();
        // busy providers serve far more claims than the rest
        Map<String, Long> perProvider = data.claims.stream().filter(c -> c.provider() != null)
            .collect(Collectors.groupingBy(DatasetChecker.Claim::provider, Collectors.counting()));
        double busy = data.controls.get("BUSY_PROVIDER").stream().mapToLong(p -> perProvider.getOrDefault(p, 0L)).average().orElse(0);
        double all = perProvider.values().stream().mapToLong(Long::longValue).average().orElse(0);
        assertThat(busy).isGreaterThan(3 * all);
    }

    @Test
    void theCommittedSampleHoldsTheSamePromises() throws IOException {
        Path sample = Path.of("datasets", "sample");
        DatasetChecker s = new DatasetChecker(sample);
        assertThat(s.labels.keySet()).containsAll(FRAUD_KINDS).contains("SANCTION_CHAIN");
        assertThat(s.repeatClaims()).isEqualTo(s.labelled("REPEAT_CLAIM"));
        assertThat(s.insureAfterLoss()).isEqualTo(s.labelled("INSURE_AFTER_LOSS"));
        assertThat(s.fakePolicies()).isEqualTo(s.labelled("FAKE_POLICY"));
        assertThat(s.fictitiousBusiness()).isEqualTo(s.labelled("FICTITIOUS_BUSINESS"));
        long rows = 0;
        // the committed sample predates the entity-resolution truth files and is kept as it is
        for (String f : HEADERS.keySet().stream().filter(f -> !RESOLUTION_TRUTH.contains(f)).toList()) {
            try (Reader in = Files.newBufferedReader(sample.resolve(f), StandardCharsets.UTF_8);
                 CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows += p.stream().count();
            }
        }
        assertThat(rows).isBetween(2_000L, 15_000L);
    }
}

package io.credlink.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.ibm.icu.text.Transliterator;

import io.credlink.datagen.DuplicateTruth.Lookalike;

/**
 * The entity-resolution ground truth of a generated dataset (scale 1): planted duplicates of every
 * variety at their rates, look-alikes that must stay apart, and no fraud pattern appearing when a
 * resolution sees each copy as its original.
 */
class DuplicatePlantingTest {

    @TempDir
    static Path tmp;
    static Path dir;
    static DuplicateTruth truth;
    /** id to the row of its party file, with "file" added. */
    static final Map<String, Map<String, String>> parties = new HashMap<>();
    static final Map<String, List<String[]>> identifiers = new HashMap<>();
    static final Map<String, Set<String>> insurersOfHolder = new HashMap<>();
    static final Map<String, Set<String>> orgsOfPerson = new HashMap<>();
    static final Map<String, Set<String>> insurersOfIntermediary = new HashMap<>();
    static final Set<String> claimants = new HashSet<>();
    static DatasetChecker data;

    @BeforeAll
    static void generate() throws IOException {
        dir = new DatasetGenerator().generate(new GenerationOptions(tmp.resolve("s1"), 1, 42, false)).out();
        data = new DatasetChecker(dir);
        for (String f : List.of("consumers.csv", "practitioners.csv", "intermediaries.csv")) {
            data.read(f, r -> {
                Map<String, String> row = new HashMap<>(r.toMap());
                row.put("file", f);
                parties.put(r.get("id"), row);
            });
        }
        data.read("identifiers.csv", r -> identifiers.computeIfAbsent(r.get("entity_id"), k -> new ArrayList<>())
            .add(new String[] {r.get("kind"), r.get("value")}));
        data.read("policies.csv", r -> insurersOfHolder.computeIfAbsent(r.get("holder_id"), k -> new HashSet<>())
            .add(r.get("insurer_id")));
        data.read("affiliations.csv", r -> orgsOfPerson.computeIfAbsent(r.get("person_id"), k -> new HashSet<>())
            .add(r.get("org_id")));
        data.read("contracts.csv", r -> insurersOfIntermediary.computeIfAbsent(r.get("intermediary_id"),
            k -> new HashSet<>()).add(r.get("insurer_id")));
        data.read("claims.csv", r -> claimants.add(r.get("claimant_id")));
        truth = DuplicateTruth.read(dir);
    }

    // ---------------------------------------------------------------- id numbers, independently of the generator

    static boolean validIdNumber(String id) {
        if (!id.matches("\\d{17}[0-9X]")) {
            return false;
        }
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11) == id.charAt(17);
    }

    static boolean validCreditCode(String code) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        if (code.length() != 18 || !code.chars().allMatch(c -> chars.indexOf(c) >= 0)) {
            return false;
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return chars.charAt((31 - sum % 31) % 31) == code.charAt(17);
    }

    @Test
    void idNumberChecksWorkOnPublishedExamples() {
        assertThat(validIdNumber("11010519491231002X")).isTrue();
        assertThat(validIdNumber("110105194912310021")).isFalse();
        assertThat(validCreditCode("91350100M000100Y43")).isTrue();
        assertThat(validCreditCode("91350100M000100Y44")).isFalse();
    }

    // ---------------------------------------------------------------- truth/duplicates.csv

    @Test
    void everyPairNamesTwoExistingPartiesOfOneTypeAndCopiesOnlyHonestOriginals() {
        Set<String> labelled = new HashSet<>();
        data.labels.values().forEach(groups -> groups.values().forEach(labelled::addAll));
        assertThat(truth.duplicates()).isNotEmpty();
        truth.duplicates().forEach((copy, original) -> {
            assertThat(parties).containsKeys(copy, original);
            assertThat(parties.get(copy).get("file")).isEqualTo(parties.get(original).get("file"));
            assertThat(parties.get(copy).get("kind")).isEqualTo(parties.get(original).get("kind"));
            assertThat(truth.duplicates()).doesNotContainKey(original);
            assertThat(labelled).doesNotContain(copy, original);
        });
    }

    @Test
    void aboutFivePercentOfPersonsAndTwoPercentOfFirmsAndPractitionersAreReportedTwice() {
        Map<String, Long> originals = new HashMap<>();
        Map<String, Long> copies = new HashMap<>();
        parties.forEach((id, row) -> {
            String population = row.get("file").equals("consumers.csv") ? row.get("kind") : row.get("file");
            (truth.duplicates().containsKey(id) ? copies : originals).merge(population, 1L, Long::sum);
        });
        assertThat(copies.get("PERSON") / (double) originals.get("PERSON")).isBetween(0.045, 0.055);
        assertThat(copies.get("COMPANY") / (double) originals.get("COMPANY")).isBetween(0.015, 0.025);
        assertThat(copies.get("practitioners.csv") / (double) originals.get("practitioners.csv")).isBetween(0.015, 0.025);
        assertThat(copies.get("intermediaries.csv") / (double) originals.get("intermediaries.csv")).isBetween(0.01, 0.03);
    }

    enum Variety {
        LEGACY_15_DIGITS, LOWER_CASE_X, ID_TYPO, TRADITIONAL_NAME, PINYIN_NAME, CREDIT_CODE_TYPO, OTHER_WIDTHS,
        OTHER_SUFFIX, BRANCH, PHONE_DASHED, PHONE_SPACED, EMAIL_UPPER_CASE, ADDRESS_SPACING, BANK_ACCOUNT_SHARED
    }

    static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    /** The varieties a copy shows against its original, read from the files alone. */
    static Set<Variety> varieties(String copy, String original) {
        Map<String, String> c = parties.get(copy);
        Map<String, String> o = parties.get(original);
        Set<Variety> v = EnumSet.noneOf(Variety.class);
        String cid = c.getOrDefault("id_number", "");
        String oid = o.getOrDefault("id_number", "");
        if ("COMPANY".equals(c.get("kind"))) {
            if (!cid.equals(oid) && !validCreditCode(cid)) {
                v.add(Variety.CREDIT_CODE_TYPO);
            }
        } else if (!cid.isEmpty()) {
            if (cid.length() == 15 && cid.equals(oid.substring(0, 6) + oid.substring(8, 17))) {
                v.add(Variety.LEGACY_15_DIGITS);
            } else if (cid.endsWith("x") && cid.toUpperCase(Locale.ROOT).equals(oid)) {
                v.add(Variety.LOWER_CASE_X);
            } else if (!cid.equals(oid) && !validIdNumber(cid) && cid.length() == 18) {
                v.add(Variety.ID_TYPO);
            }
        }
        String cn = c.get("name");
        String on = o.get("name");
        if (!cn.equals(on)) {
            if (!cn.equals(TO_SIMPLIFIED.transliterate(cn)) && TO_SIMPLIFIED.transliterate(cn).startsWith(on)) {
                v.add(Variety.TRADITIONAL_NAME);
            }
            // "Wang Ping": no original is written so (romanised originals read "Wang, Ping")
            if (cn.matches("[A-Z][a-z]+ [A-Z][a-z]+")) {
                v.add(Variety.PINYIN_NAME);
            }
            if (cn.matches(".*[\uFF08\uFF09\u3000\uFF0C\uFF0E].*") != on.matches(".*[\uFF08\uFF09\u3000\uFF0C\uFF0E].*")) {
                v.add(Variety.OTHER_WIDTHS);
            }
            if (cn.endsWith("有限责任公司") && on.endsWith("有限公司") || cn.endsWith("Company Limited")) {
                v.add(Variety.OTHER_SUFFIX);
            }
            if (cn.contains("分公司") || cn.endsWith(" Branch")) {
                v.add(Variety.BRANCH);
            }
        }
        Map<String, String> originalValues = new HashMap<>();
        identifiers.getOrDefault(original, List.of()).forEach(i -> originalValues.put(i[0] + ":"
            + DatasetChecker.normalise(i[0], i[1]), i[1]));
        for (String[] i : identifiers.getOrDefault(copy, List.of())) {
            String writtenByOriginal = originalValues.get(i[0] + ":" + DatasetChecker.normalise(i[0], i[1]));
            if (writtenByOriginal == null) {
                continue;
            }
            switch (i[0]) {
                case "PHONE":
                    v.add(i[1].matches("\\+86 \\d{3}-\\d{4}-\\d{4}") ? Variety.PHONE_DASHED : Variety.PHONE_SPACED);
                    break;
                case "EMAIL":
                    if (i[1].equals(i[1].toUpperCase(Locale.ROOT))) {
                        v.add(Variety.EMAIL_UPPER_CASE);
                    }
                    break;
                case "ADDRESS":
                    if (!i[1].equals(writtenByOriginal)) {
                        v.add(Variety.ADDRESS_SPACING);
                    }
                    break;
                default:
                    v.add(Variety.BANK_ACCOUNT_SHARED);
            }
        }
        return v;
    }

    @Test
    void everyVarietyIsPlantedAndEveryCopyIsWrittenDifferently() {
        Map<Variety, Integer> seen = new HashMap<>();
        int sharing = 0;
        for (Map.Entry<String, String> d : truth.duplicates().entrySet()) {
            Set<Variety> v = varieties(d.getKey(), d.getValue());
            v.forEach(x -> seen.merge(x, 1, Integer::sum));
            Map<String, String> c = parties.get(d.getKey());
            Map<String, String> o = parties.get(d.getValue());
            boolean differs = !v.isEmpty() || !c.get("name").equals(o.get("name"))
                || !c.getOrDefault("id_number", "").equals(o.getOrDefault("id_number", ""))
                || sharedValueWrittenOtherwise(d.getKey(), d.getValue());
            assertThat(differs).as(d.getKey() + " is written exactly as " + d.getValue()).isTrue();
            if (v.stream().anyMatch(x -> x.name().startsWith("PHONE") || x == Variety.EMAIL_UPPER_CASE
                || x == Variety.ADDRESS_SPACING || x == Variety.BANK_ACCOUNT_SHARED)) {
                sharing++;
            }
        }
        assertThat(seen.keySet()).as(seen.toString()).containsExactlyInAnyOrder(Variety.values());
        // most copies share a phone, e-mail, address or bank account with their original
        assertThat(sharing).isGreaterThan(truth.duplicates().size() * 3 / 4);
    }

    private static boolean sharedValueWrittenOtherwise(String copy, String original) {
        Set<String> originalForms = new HashSet<>();
        Set<String> originalValues = new HashSet<>();
        identifiers.getOrDefault(original, List.of()).forEach(i -> {
            originalForms.add(i[0] + ":" + i[1]);
            originalValues.add(i[0] + ":" + DatasetChecker.normalise(i[0], i[1]));
        });
        return identifiers.getOrDefault(copy, List.of()).stream().anyMatch(i -> !originalForms.contains(i[0] + ":" + i[1])
            && originalValues.contains(i[0] + ":" + DatasetChecker.normalise(i[0], i[1])));
    }

    @Test
    void copiesDealWithOtherInsurersAndOrgsAndSomeClaim() {
        int consumers = 0;
        int withClaims = 0;
        for (Map.Entry<String, String> d : truth.duplicates().entrySet()) {
            String file = parties.get(d.getKey()).get("file");
            if (file.equals("consumers.csv")) {
                consumers++;
                Set<String> mine = insurersOfHolder.get(d.getKey());
                Set<String> theirs = insurersOfHolder.getOrDefault(d.getValue(), Set.of());
                assertThat(mine).as(d.getKey()).isNotEmpty().noneMatch(theirs::contains);
                withClaims += claimants.contains(d.getKey()) ? 1 : 0;
            } else if (file.equals("practitioners.csv")) {
                Set<String> theirs = orgsOfPerson.getOrDefault(d.getValue(), Set.of());
                assertThat(orgsOfPerson.get(d.getKey())).as(d.getKey()).isNotEmpty().noneMatch(theirs::contains);
            } else {
                Set<String> theirs = insurersOfIntermediary.getOrDefault(d.getValue(), Set.of());
                assertThat(insurersOfIntermediary.get(d.getKey())).as(d.getKey()).isNotEmpty().noneMatch(theirs::contains);
            }
        }
        assertThat(withClaims).isBetween(consumers / 20, consumers * 3 / 4);
    }

    @Test
    void companiesCarryValidCreditCodesAndPersonsValidIdNumbersExceptPlantedTypos() {
        parties.forEach((id, row) -> {
            String code = row.get("id_number");
            if (code == null || code.isEmpty()) {
                return;
            }
            String original = truth.duplicates().get(id);
            boolean typo = original != null && varieties(id, original).stream()
                .anyMatch(v -> v == Variety.ID_TYPO || v == Variety.CREDIT_CODE_TYPO);
            if ("COMPANY".equals(row.get("kind"))) {
                assertThat(validCreditCode(code)).as(id + " " + code).isEqualTo(!typo);
            } else if (code.length() == 18) {
                assertThat(validIdNumber(code.toUpperCase(Locale.ROOT))).as(id + " " + code).isEqualTo(!typo);
            } else {
                assertThat(original).as(id + " has a 15-digit id number").isNotNull();
            }
        });
    }

    // ---------------------------------------------------------------- truth/lookalikes.csv

    @Test
    void lookalikesOfEveryKindHaveDifferentValidIdNumbersAndWhatMakesThemAlike() {
        Map<String, Integer> kinds = new HashMap<>();
        for (Lookalike l : truth.lookalikes()) {
            kinds.merge(l.kind(), 1, Integer::sum);
            Map<String, String> a = parties.get(l.entityId());
            Map<String, String> b = parties.get(l.otherId());
            assertThat(a).as(l.toString()).isNotNull();
            assertThat(b).as(l.toString()).isNotNull();
            assertThat(a.get("file")).isEqualTo("consumers.csv").isEqualTo(b.get("file"));
            String ia = a.get("id_number");
            String ib = b.get("id_number");
            assertThat(ia).as(l.toString()).isNotEqualTo(ib);
            boolean firm = l.kind().equals("SISTER_FIRM");
            assertThat(firm ? validCreditCode(ia) && validCreditCode(ib) : validIdNumber(ia) && validIdNumber(ib))
                .as(l.toString()).isTrue();
            switch (l.kind()) {
                case "COMMON_NAME":
                    assertThat(a.get("name")).isEqualTo(b.get("name")).hasSize(2);
                    break;
                case "HOUSEHOLD":
                    assertThat(shared(l, "PHONE")).as(l.toString()).isTrue();
                    assertThat(shared(l, "ADDRESS")).as(l.toString()).isTrue();
                    if (isChinese(a.get("name")) && isChinese(b.get("name"))) {
                        assertThat(a.get("name").charAt(0)).as(l.toString()).isEqualTo(b.get("name").charAt(0));
                    }
                    break;
                case "SAME_NAME_BIRTHDAY":
                    assertThat(a.get("name")).isEqualTo(b.get("name"));
                    assertThat(ia.substring(6, 14)).isEqualTo(ib.substring(6, 14));
                    assertThat(ia.substring(0, 6)).isNotEqualTo(ib.substring(0, 6));
                    break;
                default:
                    assertThat(a.get("name")).isNotEqualTo(b.get("name"));
                    assertThat(a.get("name").substring(0, 2)).isEqualTo(b.get("name").substring(0, 2));
                    assertThat(a.get("kind")).isEqualTo("COMPANY").isEqualTo(b.get("kind"));
            }
        }
        assertThat(kinds.keySet()).containsExactlyInAnyOrderElementsOf(DuplicateTruth.LOOKALIKE_KINDS);
        assertThat(kinds.values()).allMatch(n -> n >= 5);
        // some sister firms share the address
        assertThat(truth.lookalikes()).filteredOn(l -> l.kind().equals("SISTER_FIRM")).anyMatch(l -> shared(l, "ADDRESS"));
    }

    private static boolean isChinese(String name) {
        return name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean shared(Lookalike l, String kind) {
        Set<String> a = values(l.entityId(), kind);
        a.retainAll(values(l.otherId(), kind));
        return !a.isEmpty();
    }

    private static Set<String> values(String party, String kind) {
        return identifiers.getOrDefault(party, List.of()).stream().filter(i -> i[0].equals(kind))
            .map(i -> DatasetChecker.normalise(kind, i[1])).collect(Collectors.toSet());
    }

    @Test
    void theTruthItselfScoresPerfectlyAndJoinsNoLookalike() {
        Map<String, String> resolved = new HashMap<>();
        parties.keySet().forEach(id -> resolved.put(id, truth.duplicates().getOrDefault(id, id)));
        PairwiseQuality q = truth.score(resolved);
        assertThat(q.truePairs()).isEqualTo(truth.duplicates().size());
        assertThat(q.precision()).isEqualTo(1.0);
        assertThat(q.recall()).isEqualTo(1.0);
        assertThat(q.lookalikesJoined()).isZero();
    }

    // ---------------------------------------------------------------- fraud truth under resolution

    @Test
    void seeingEachCopyAsItsOriginalCreatesNoFraudPattern() throws IOException {
        DatasetChecker resolved = new DatasetChecker(dir);
        resolved.resolve(truth.duplicates());
        assertThat(resolved.repeatClaims()).isEqualTo(resolved.labelled("REPEAT_CLAIM"));
        assertThat(resolved.insureAfterLoss()).isEqualTo(resolved.labelled("INSURE_AFTER_LOSS"));
        Set<String> ringConsumers = resolved.labelled("RING").stream()
            .filter(id -> "Consumer".equals(resolved.types.get(id))).collect(Collectors.toSet());
        assertThat(resolved.ringMembers()).isEqualTo(ringConsumers);
    }
}

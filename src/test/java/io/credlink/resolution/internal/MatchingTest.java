package io.credlink.resolution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.credlink.resolution.LinkDecision;

/** Comparison levels, blocking, EM estimation, scoring with evidence, and clustering with cannot-links. */
class MatchingTest {

    static final Resolver.Settings SETTINGS = new Resolver.Settings(0.95, 0.3, 50, 50, 20000, 7);

    static StandardParty person(String id, String name, String idNumber, String... identifiers) {
        return StandardParty.of(new PartyRecord(id, "Consumer", "PERSON", name, idNumber, null, List.of(identifiers)));
    }

    static StandardParty firm(String id, String name, String code, String... identifiers) {
        return StandardParty.of(new PartyRecord(id, "Consumer", "COMPANY", name, code, null, List.of(identifiers)));
    }

    @Test
    void aLegacyAndAnEighteenDigitNumberOfOnePersonCompareExact() {
        assertThat(Comparator.identity(person("A", "王平", "110105491231002"), person("B", "王平", "11010519491231002x")))
                .isEqualTo(Level.EXACT);
    }

    @Test
    void twoValidDifferentNumbersAreDifferentButATypoIsClose() {
        StandardParty valid = person("A", "王平", "11010519491231002X");
        assertThat(Comparator.identity(valid, person("B", "王平", "440524188001010014"))).isEqualTo(Level.DIFFERENT);
        // one digit wrong: the check character no longer fits, the edit distance is 1
        assertThat(Comparator.identity(valid, person("C", "王平", "11010519491231003X"))).isEqualTo(Level.CLOSE);
        // two neighbours swapped
        assertThat(Comparator.identity(valid, person("D", "王平", "11010519492131002X"))).isEqualTo(Level.CLOSE);
        assertThat(Comparator.identity(valid, person("E", "王平", null))).isEqualTo(Level.MISSING);
        assertThat(Comparator.damerauLevenshtein("abcd", "abdc", 2)).isEqualTo(1);
        assertThat(Comparator.damerauLevenshtein("abcd", "xyzw", 2)).isEqualTo(3);
    }

    @Test
    void namesCompareAcrossScriptsAndForms() {
        assertThat(Comparator.personName(person("A", "劉德華", null), person("B", "刘德华", null))).isEqualTo(Level.EXACT);
        assertThat(Comparator.personName(person("A", "王平", null), person("B", "Wang Ping", null))).isEqualTo(Level.CLOSE);
        assertThat(Comparator.personName(person("A", "王平", null), person("B", "李娜", null))).isEqualTo(Level.DIFFERENT);
        assertThat(Comparator.firmName(firm("A", "恒泰科技（集团）有限公司", null), firm("B", "恒泰科技(集团)有限公司", null)))
                .isEqualTo(Level.EXACT);
        assertThat(Comparator.firmName(firm("A", "恒泰科技有限公司", null), firm("B", "恒泰科技股份有限公司", null)))
                .isEqualTo(Level.CLOSE);
        // a branch is close to its own head office only
        assertThat(Comparator.firmName(firm("A", "恒泰科技有限公司", null), firm("B", "恒泰科技有限公司成都分公司", null)))
                .isEqualTo(Level.CLOSE);
        assertThat(Comparator.firmName(firm("A", "盛世医疗器械（重庆）股份有限公司", null),
                firm("B", "盛世医疗器械(重庆)股份有限公司(渝中区分公司)", null))).isEqualTo(Level.CLOSE);
        assertThat(Comparator.firmName(firm("A", "恒泰服装有限公司", null), firm("B", "恒泰科技有限公司成都分公司", null)))
                .isEqualTo(Level.DIFFERENT);
    }

    @Test
    void aNumberGarbledBeyondTwoEditsIsWeakEvidenceNotDifferent() {
        StandardParty valid = person("A", "王平", "11010519491231002X");
        // the region typed wrong in three places: invalid, three edits off
        StandardParty garbled = person("B", "王平", "33020519491231002X");
        assertThat(garbled.identityValid()).isFalse();
        assertThat(Comparator.identity(valid, garbled)).isEqualTo(Level.GARBLED);
        // two valid different numbers stay DIFFERENT
        assertThat(Comparator.identity(valid, person("C", "王平", "440524188001010014"))).isEqualTo(Level.DIFFERENT);

        FellegiSunter model = FellegiSunter.defaults();
        double garbledWeight = model.weight(Field.IDENTITY, Level.GARBLED);
        assertThat(garbledWeight).isNegative().isGreaterThan(-10)
                .isGreaterThan(model.weight(Field.IDENTITY, Level.DIFFERENT) + 30);

        // same name, phone and address: matched despite the garbled number
        StandardParty a = person("A", "王平", "11010519491231002X", "PHONE:13800000001", "ADDRESS:山东省青岛市崂山区和平路1号");
        StandardParty b = person("B", "王平", "33020519491231002X", "PHONE:13800000001", "ADDRESS:山东省青岛市崂山区和平路1号");
        Resolver resolver = new Resolver(new StandardParty[] {a, b}, SETTINGS, false);
        assertThat(resolver.score(0, 1, model, null).decision()).isEqualTo(LinkDecision.MATCH);
        // under another name (a household member) the garbled number never merges automatically
        StandardParty c = person("C", "王敏", "33020519491231002X", "PHONE:13800000001", "ADDRESS:山东省青岛市崂山区和平路1号");
        Resolver household = new Resolver(new StandardParty[] {a, c}, SETTINGS, false);
        assertThat(household.score(0, 1, model, null).decision()).isNotEqualTo(LinkDecision.MATCH);
    }

    @Test
    void firmsOfOneNameAtOneAddressAreQueuedEvenWithoutAnIdentifierInCommon() {
        StandardParty a = firm("A", "长沙市瑞祥保险经纪有限公司", null, "PHONE:19316468314", "ADDRESS:浙江省杭州市余杭区南京路317号 469栋 315室");
        StandardParty b = firm("B", "长沙市瑞祥保险经纪有限责任公司", null, "PHONE:19083509824", "ADDRESS:浙江省杭州市余杭区南京路317号 469栋 315室");
        Level[] levels = Comparator.compare(a, b);
        assertThat(Resolver.corroborated(levels)).isFalse();
        assertThat(Resolver.reviewable(levels, true)).isTrue();
        // persons are not: names repeat
        assertThat(Resolver.reviewable(Comparator.compare(person("A", "王伟", null, "ADDRESS:浙江省杭州市余杭区南京路317号"),
                person("B", "王伟", null, "ADDRESS:浙江省杭州市余杭区南京路317号")), false)).isFalse();
        // and firms at one address share a blocking key
        assertThat(Blocking.keys(a)).anyMatch(k -> k.startsWith("F|AD|"));
    }

    @Test
    void aDuplicateWithAMistypedNumberNeverBridgesTwoPeopleWithValidNumbers() {
        // a household: two people named 赵明 with one phone; a record of the first with a typo in its number
        StandardParty first = person("A", "赵明", "11010519491231002X", "PHONE:19062244414");
        StandardParty second = person("B", "赵明", "440524188001010014", "PHONE:19062244414");
        StandardParty typo = person("C", "赵明", "11010519491231003X", "PHONE:19062244414");
        StandardParty legacy = person("D", "赵明", "110105491231002");
        StandardParty[] parties = {first, second, typo, legacy};
        String[] identities = Resolver.validIdentities(parties);
        assertThat(identities[2]).isNull();
        // the 15-digit form is the same number as the 18-digit one
        assertThat(identities[3]).isEqualTo(identities[0]);

        Clustering clustering = new Clustering(4);
        clustering.identities(identities);
        assertThat(clustering.union(2, 0)).isTrue();
        assertThat(clustering.union(2, 1)).isFalse();
        assertThat(clustering.union(3, 2)).isTrue();
        assertThat(clustering.resolvedIds(new String[] {"A", "B", "C", "D"})).containsExactly("A", "B", "A", "A");
        // a person's SAME still joins numbers that differ (a number the authority re-issued)
        assertThat(clustering.union(1, 0, true)).isTrue();
        assertThat(clustering.resolvedIds(new String[] {"A", "B", "C", "D"})).containsExactly("A", "A", "A", "A");
    }

    @Test
    void identifiersCompareByAnySharedValue() {
        StandardParty a = person("A", "王平", null, "PHONE:13800000001", "ADDRESS:山东省青岛市崂山区和平路1号");
        StandardParty b = person("B", "王平", null, "PHONE:13800000002", "PHONE:13800000001",
                "ADDRESS:山东省青岛市崂山区海口路9号");
        Level[] levels = Comparator.compare(a, b);
        assertThat(levels[Field.PHONE.ordinal()]).isEqualTo(Level.EXACT);
        assertThat(levels[Field.ADDRESS.ordinal()]).isEqualTo(Level.CLOSE);
        assertThat(levels[Field.EMAIL.ordinal()]).isEqualTo(Level.MISSING);
    }

    @Test
    void blockingFindsTyposAndSkipsHugeBlocks() {
        List<StandardParty> parties = new ArrayList<>();
        parties.add(person("A", "王平", "11010519491231002X"));
        parties.add(person("B", "王平", "11010519491231003X")); // typo: other stem, same name + birth date
        parties.add(person("C", "Wang Ping", "110105491231002")); // same stem after conversion
        for (int i = 0; i < 60; i++) {
            parties.add(person("CC" + i, "客户" + i, null, "PHONE:4008008000")); // a call centre's number
        }
        long[] pairs = Blocking.candidatePairs(parties.toArray(StandardParty[]::new), 50);
        assertThat(pairs).contains(Resolver.pairKey(0, 1), Resolver.pairKey(0, 2));
        assertThat(pairs.length).isLessThan(10);
    }

    @Test
    void emRecoversMAndLambdaFromSyntheticPairs() {
        // two fields, known m and u; the rest missing
        double[] m = {0.9, 0.07, 0.03};
        double[] u = {0.01, 0.04, 0.95};
        SplittableRandom random = new SplittableRandom(3);
        Map<Integer, Long> patterns = new HashMap<>();
        int pairs = 200_000;
        double lambda = 0.2;
        for (int p = 0; p < pairs; p++) {
            boolean match = random.nextDouble() < lambda;
            Level[] levels = new Level[Field.ALL.length];
            java.util.Arrays.fill(levels, Level.MISSING);
            for (Field f : List.of(Field.NAME, Field.PHONE, Field.EMAIL)) {
                levels[f.ordinal()] = draw(match ? m : u, random);
            }
            patterns.merge(FellegiSunter.code(levels), 1L, Long::sum);
        }
        double[][] uAll = new double[Field.ALL.length][];
        for (int f = 0; f < uAll.length; f++) {
            uAll[f] = u.clone();
        }
        FellegiSunter model = FellegiSunter.estimate(patterns, uAll, FellegiSunter.defaults(), 200);
        assertThat(model.lambda()).isCloseTo(lambda, within(0.02));
        for (Field f : List.of(Field.NAME, Field.PHONE, Field.EMAIL)) {
            assertThat(model.m(f, Level.EXACT)).as(f.name()).isCloseTo(0.9, within(0.03));
            assertThat(model.m(f, Level.DIFFERENT)).as(f.name()).isCloseTo(0.03, within(0.03));
        }
    }

    private static Level draw(double[] p, SplittableRandom random) {
        double x = random.nextDouble();
        return x < p[0] ? Level.EXACT : x < p[0] + p[1] ? Level.CLOSE : Level.DIFFERENT;
    }

    @Test
    void theEvidenceAddsUpToTheScoresLogitAndRareNamesWeighMore() {
        StandardParty[] parties = {person("A", "王伟", "11010519491231002X"), person("B", "王伟", "11010519491231003X"),
                person("C", "欧阳娜娜", "11010519491231002X"), person("D", "欧阳娜娜", "11010519491231003X"),
                person("E", "王伟", null), person("F", "王伟", null), person("G", "王伟", null)};
        Resolver resolver = new Resolver(parties, SETTINGS);
        FellegiSunter model = FellegiSunter.defaults();
        Resolver.Link common = resolver.score(0, 1, model, null);
        Resolver.Link rare = resolver.score(2, 3, model, null);
        double logit = common.priorWeight();
        for (double w : common.weights()) {
            logit += w;
        }
        assertThat(FellegiSunter.probability(logit)).isCloseTo(common.score(), within(1e-12));
        assertThat(rare.weights()[Field.NAME.ordinal()]).isGreaterThan(common.weights()[Field.NAME.ordinal()]);
    }

    @Test
    void aRunResolvesDuplicatesAcrossFormsAndKeepsLookAlikesApart() {
        List<StandardParty> list = new ArrayList<>();
        // the same person at three insurers: legacy number, traditional characters, pinyin and a typo
        list.add(person("A-1", "劉德華", "110105491231002", "PHONE:13800000001"));
        list.add(person("B-1", "刘德华", "11010519491231002x", "PHONE:13900000009"));
        list.add(person("C-1", "Liu Dehua", "11010519491231003X", "PHONE:13800000001"));
        // a household: same phone and address, different valid numbers
        list.add(person("A-2", "张伟", "440524188001010014", "PHONE:13700000007", "ADDRESS:北京市朝阳区建国路1号"));
        list.add(person("B-2", "张丽", "11010519800101002X".substring(0, 17) + IdNumber.checkCharacter("11010519800101002"),
                "PHONE:13700000007", "ADDRESS:北京市朝阳区建国路1号"));
        // sister firms: shared phone, different valid codes
        list.add(firm("F-1", "恒泰科技有限公司", "91350100M000100Y43", "PHONE:02888880000"));
        list.add(firm("F-2", "恒泰贸易有限公司", "91350100M0002001X" + CreditCode.checkCharacter("91350100M0002001X"),
                "PHONE:02888880000"));
        // background, so that u is the u of a population
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 400; i++) {
            String seventeen = String.format("3101151960%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(1000));
            list.add(person("Z" + i, "客" + (char) ('甲' + random.nextInt(200)) + (char) ('乙' + random.nextInt(200)),
                    seventeen + IdNumber.checkCharacter(seventeen), "PHONE:1" + (3000000000L + random.nextInt(100000000))));
        }
        StandardParty[] parties = list.toArray(StandardParty[]::new);
        Resolver.Result result = new Resolver(parties, SETTINGS).run(Map.of());
        String[] resolved = result.resolvedIds();
        assertThat(resolved[0]).isEqualTo("A-1");
        assertThat(resolved[1]).isEqualTo("A-1");
        assertThat(resolved[2]).isEqualTo("A-1");
        assertThat(resolved[3]).isNotEqualTo(resolved[4]);
        assertThat(resolved[5]).isNotEqualTo(resolved[6]);
        assertThat(result.links()).anyMatch(l -> l.a() == 0 && l.b() == 1 && l.decision() == LinkDecision.MATCH);

        // a person decides the typo record is somebody else: it leaves, and stays out
        Resolver.Result decided = new Resolver(parties, SETTINGS).run(Map.of(Resolver.pairKey(0, 2), false,
                Resolver.pairKey(1, 2), false));
        assertThat(decided.resolvedIds()[2]).isEqualTo("C-1");
        assertThat(decided.resolvedIds()[1]).isEqualTo("A-1");
    }

    @Test
    void clusteringNeverJoinsACannotLinkThroughOthers() {
        Clustering c = new Clustering(4);
        c.cannotLink(0, 3);
        assertThat(c.union(0, 1)).isTrue();
        assertThat(c.union(2, 3)).isTrue();
        // 1–2 would put 0 and 3 together through 1 and 2
        assertThat(c.union(1, 2)).isFalse();
        assertThat(c.find(1)).isNotEqualTo(c.find(2));
        assertThat(c.resolvedIds(new String[] {"d", "b", "c", "a"})).containsExactly("b", "b", "a", "a");
        assertThat(c.groups()).hasSize(2);
    }
}

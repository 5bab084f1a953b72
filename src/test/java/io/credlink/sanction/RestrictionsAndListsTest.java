package io.credlink.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;

/** Restrictions agree with propagation; the red and black lists on several dates. */
@CredLinkTest
class RestrictionsAndListsTest {

    static final List<String> DATES = List.of("2022-06-30", "2022-07-01", "2023-01-01", "2023-06-30", "2023-07-01",
            "2024-01-01", "2024-12-31", "2025-01-01", "2025-06-30", "2025-07-01");

    @Autowired
    SanctionService sanctions;

    @Autowired
    Driver driver;

    @BeforeEach
    void fixture() {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
    }

    @AfterEach
    void clean() {
        SanctionFixtures.clear(driver);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** sanction, rule, path, disputed: what a restriction and a propagation entry have in common. */
    record Measure(String sanctionId, String rule, String measure, List<String> path, boolean disputed) {
    }

    @Test
    void restrictionsOfEveryPartyAreExactlyWhatPropagationOfEverySanctionSaysOnEveryDate() {
        // one sanction withdrawn and one ended early, so that both states are compared too
        sanctions.withdraw("S-C1", new WithdrawalRequest("annulled"), "reg");
        sanctions.endEarly("S-Q1", new EarlyEndRequest(d("2024-06-30"), "repaired"), "reg");
        List<String> sanctionIds = ids("MATCH (s:Sanction) RETURN s.id AS id ORDER BY id");
        List<String> partyIds = ids("MATCH (p:Party) RETURN p.id AS id ORDER BY id");
        int compared = 0;
        for (String date : DATES) {
            List<Measure> byPropagation = new ArrayList<>();
            for (String s : sanctionIds) {
                sanctions.propagation(s, d(date)).affected().forEach(a -> byPropagation.add(
                        new Measure(s, a.rule(), a.measure(), a.path(), a.disputed())));
            }
            for (String party : partyIds) {
                List<Measure> expected = byPropagation.stream()
                        .filter(m -> m.path().get(m.path().size() - 1).equals(party)).toList();
                List<Measure> actual = sanctions.restrictions(party, d(date)).restrictions().stream()
                        .map(r -> new Measure(r.sanctionId(), r.rule(), r.measure(), r.path(), r.disputed())).toList();
                assertThat(actual).as("restrictions of %s on %s", party, date).containsExactlyInAnyOrderElementsOf(expected);
                compared += expected.size();
            }
        }
        assertThat(compared).as("the fixture yields measures to compare").isGreaterThan(30);
    }

    @Test
    void aRestrictionNamesItsSanctionRuleAndPath() {
        RestrictionsView view = sanctions.restrictions("AG1", d("2023-01-01"));

        assertThat(view.restrictions()).extracting(RestrictionsView.Restriction::sanctionId,
                RestrictionsView.Restriction::sanctionedId, RestrictionsView.Restriction::rule,
                RestrictionsView.Restriction::measure, RestrictionsView.Restriction::hops,
                RestrictionsView.Restriction::path)
                .containsExactly(tuple("S-INS1", "INS1", "R3", "ENHANCED_SUPERVISION", 2, List.of("INS1", "P1", "AG1")));
        assertThat(sanctions.restrictions("AG1", d("2022-06-30")).restrictions()).isEmpty();
        assertThatThrownBy(() -> sanctions.restrictions("NOBODY", d("2023-01-01"))).isInstanceOf(PartyNotFound.class);
    }

    @Test
    void theBlackListHoldsThePartiesWithABlacklistingSanctionInForce() {
        assertThat(black("2022-06-30")).isEmpty();
        assertThat(black("2022-07-01")).containsExactly("INS1");
        assertThat(black("2023-01-01")).containsExactly("AG3", "C1", "INS1");
        assertThat(black("2023-02-01")).containsExactly("AG3", "C1", "INS1", "Q1"); // Q2's fine does not blacklist
        assertThat(black("2025-07-01")).containsExactly("AG3", "C1", "Q1");
        sanctions.withdraw("S-C1", new WithdrawalRequest("annulled"), "reg");
        assertThat(black("2025-07-01")).containsExactly("AG3", "Q1");

        BlackListEntry ins1 = sanctions.blackList(d("2023-01-01"), 0, 50).items().stream()
                .filter(e -> e.partyId().equals("INS1")).findFirst().orElseThrow();
        assertThat(ins1.name()).isEqualTo("Alpha Insurance");
        assertThat(ins1.licenseNo()).isEqualTo("L-INS1");
        assertThat(ins1.sanctionId()).isEqualTo("S-INS1");
        assertThat(ins1.authority()).isEqualTo("NFRA Beijing");
        assertThat(ins1.effectiveTo()).isEqualTo(d("2025-06-30"));
    }

    @Test
    void theBlackListIsPaged() {
        PageView<BlackListEntry> first = sanctions.blackList(d("2023-02-01"), 0, 3);
        PageView<BlackListEntry> second = sanctions.blackList(d("2023-02-01"), 1, 3);

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).extracting(BlackListEntry::partyId).containsExactly("AG3", "C1", "INS1");
        assertThat(second.items()).extracting(BlackListEntry::partyId).containsExactly("Q1");
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
    }

    @Test
    void theRedListHoldsAwardsAndRedListEntriesOfTheLastThreeYearsOfPartiesNotBlacklisted() {
        // INS1 has a RED_LIST record but is blacklisted from 2022-07-01 to 2025-06-30
        assertThat(red("2022-06-30")).containsExactly("AG1", "INS1", "INS2");
        assertThat(red("2023-01-01")).containsExactly("AG1", "INS2");
        // INS2's award of 2021-03-01 counts up to the day before its third anniversary
        assertThat(red("2024-02-29")).containsExactly("AG1", "INS2");
        assertThat(red("2024-03-01")).containsExactly("AG1");
        assertThat(red("2021-02-28")).isEmpty();

        RedListEntry ag1 = sanctions.redList(d("2023-01-01"), 0, 50).items().get(0);
        assertThat(ag1.recordId()).isEqualTo("REC-AG1");
        assertThat(ag1.recordKind()).isEqualTo(RecordKind.RED_LIST);
        assertThat(ag1.date()).isEqualTo(d("2022-01-01"));
    }

    List<String> black(String date) {
        return sanctions.blackList(d(date), 0, 100).items().stream().map(BlackListEntry::partyId).toList();
    }

    List<String> red(String date) {
        return sanctions.redList(d(date), 0, 100).items().stream().map(RedListEntry::partyId).toList();
    }

    List<String> ids(String query) {
        return driver.executableQuery(query).execute().records().stream().map(r -> r.get("id").asString()).toList();
    }
}

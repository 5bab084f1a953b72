package io.credlink.sanction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.credlink.sanction.PartnerMeasure;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped rules can be read in Chinese and English: every partner measure carries a
 * department code and one code per restriction, and the explorer's bundles word each code and each
 * rule's description in both languages; codes a rules file gives are checked at start-up.
 */
class RuleWordingTest {

    static final Path BUNDLES = Path.of("src/main/resources/static/i18n");

    @TempDir
    Path dir;

    static Map<String, String> bundle(String language, String area) throws IOException {
        return JsonMapper.builder().build().readValue(Files.readString(BUNDLES.resolve(language).resolve(area + ".json")),
                new TypeReference<Map<String, String>>() {
                });
    }

    @Test
    void everyShippedRuleAndPartnerMeasureIsWordedInBothLanguages() throws IOException {
        List<CompiledRule> rules = RuleBookTest.book(Map.of()).rules();
        assertThat(rules).isNotEmpty();
        for (String language : List.of("en", "zh-CN")) {
            Map<String, String> enums = bundle(language, "enums");
            Map<String, String> prose = bundle(language, "prose");
            for (CompiledRule rule : rules) {
                assertThat(prose).as("description of %s in %s", rule.id(), language).containsKey("prose.rule." + rule.id());
                assertThat(rule.partnerMeasures()).as("partner measures of %s", rule.id()).isNotEmpty();
                for (PartnerMeasure m : rule.partnerMeasures()) {
                    assertThat(m.departmentCode()).as("department code of %s in %s", m.department(), rule.id()).isNotNull();
                    assertThat(enums).as(language).containsKey("enum.Department." + m.departmentCode());
                    assertThat(m.restrictionCodes()).as("codes of %s", m.restrictions()).hasSameSizeAs(m.restrictions());
                    m.restrictionCodes().forEach(c -> assertThat(enums).as(language).containsKey("enum.PartnerRestriction." + c));
                }
            }
        }
    }

    @Test
    void theEnglishOfTheBundlesIsTheRulesFileOwn() throws IOException {
        Map<String, String> enums = bundle("en", "enums");
        for (CompiledRule rule : RuleBookTest.book(Map.of()).rules()) {
            for (PartnerMeasure m : rule.partnerMeasures()) {
                assertThat(enums.get("enum.Department." + m.departmentCode())).isEqualTo(m.department());
                for (int i = 0; i < m.restrictions().size(); i++) {
                    assertThat(enums.get("enum.PartnerRestriction." + m.restrictionCodes().get(i))).isEqualTo(m.restrictions().get(i));
                }
            }
        }
    }

    @Test
    void restrictionCodesThatDoNotMatchTheRestrictionsStopStartUp() throws IOException {
        Path file = dir.resolve("rules.yml");
        Files.writeString(file, """
                rules:
                  - id: R9
                    trigger: {subject-types: [Insurer], blacklist: true}
                    steps:
                      - {relationships: [CONTRACTED_WITH], direction: INCOMING, to: [Intermediary]}
                    target: [Intermediary]
                    measure: CONTRACT_REVIEW
                    partner-measures:
                      - department: Insurers
                        department-code: insurers
                        restrictions: [contracts reviewed, commissions withheld]
                        restriction-codes: [CONTRACT_REVIEW]
                """);

        assertThatThrownBy(() -> RuleBookTest.book(Map.of("credlink.sanctions.rules-file", file.toString())))
                .hasMessageContaining("rule R9: partner-measures[0]: department-code must be an upper-case name")
                .hasMessageContaining("rule R9: partner-measures[0]: restriction-codes must give one code per restriction (2)");
    }

    @Test
    void aRuleWithoutCodesStillLoads() throws IOException {
        Path file = dir.resolve("rules.yml");
        Files.writeString(file, """
                rules:
                  - id: R9
                    trigger: {subject-types: [Insurer], blacklist: true}
                    steps:
                      - {relationships: [CONTRACTED_WITH], direction: INCOMING, to: [Intermediary]}
                    target: [Intermediary]
                    measure: CONTRACT_REVIEW
                    partner-measures:
                      - department: Insurers
                        restrictions: [contracts reviewed]
                """);

        CompiledRule r9 = RuleBookTest.book(Map.of("credlink.sanctions.rules-file", file.toString())).rules().stream()
                .filter(r -> r.id().equals("R9")).findFirst().orElseThrow();
        assertThat(r9.partnerMeasures()).singleElement()
                .satisfies(m -> assertThat(m.departmentCode()).isNull())
                .satisfies(m -> assertThat(m.restrictionCodes()).isEmpty());
    }
}

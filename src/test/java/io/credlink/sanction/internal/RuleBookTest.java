package io.credlink.sanction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.credlink.graph.CypherCatalog;
import io.credlink.sanction.SanctionProperties;
import io.credlink.sanction.SanctionProperties.NodeType;
import io.credlink.sanction.SanctionProperties.RelationshipType;

/** Loading, merging and validating the propagation rules, without a database. */
class RuleBookTest {

    static final CypherCatalog CATALOG = new CypherCatalog();

    @TempDir
    Path dir;

    /** Binds {@code credlink.sanctions.*} from plain properties, as the application does. */
    static SanctionProperties properties(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("credlink.sanctions", SanctionProperties.class);
    }

    static RuleBook book(Map<String, String> values) {
        return new RuleBook(properties(values), CATALOG);
    }

    @Test
    void theShippedDefaultsAreTheFourRulesOfTheDesign() {
        List<CompiledRule> rules = book(Map.of()).rules();

        assertThat(rules).extracting(CompiledRule::id).containsExactly("R1", "R2", "R3", "R4");
        assertThat(rules).extracting(CompiledRule::measure)
                .containsExactly("OFFICE_BAN", "ENHANCED_SUPERVISION", "ENHANCED_SUPERVISION", "REVIEW");
        CompiledRule r3 = rules.get(2);
        assertThat(r3.parent().id()).isEqualTo("R1");
        assertThat(r3.chain()).hasSize(2);
        assertThat(r3.otherThanSubject()).isTrue();
        assertThat(rules.get(0).partnerMeasures()).isNotEmpty();
        assertThat(rules.get(3).chain()).hasSize(2);
        assertThat(rules.get(3).maxFanOut()).isEqualTo(200);
    }

    @Test
    void aRuleFromTheRulesFileIsAddedAndOneWithAKnownIdReplacesTheDefault() throws IOException {
        Path file = dir.resolve("rules.yml");
        Files.writeString(file, """
                rules:
                  - id: R5
                    trigger: {subject-types: [Insurer], blacklist: true}
                    steps:
                      - {relationships: [CONTRACTED_WITH], direction: INCOMING, to: [Intermediary]}
                    target: [Intermediary]
                    measure: CONTRACT_REVIEW
                  - id: R4
                    enabled: false
                """);

        List<CompiledRule> rules = book(Map.of("credlink.sanctions.rules-file", file.toString())).rules();

        assertThat(rules).extracting(CompiledRule::id).containsExactly("R1", "R2", "R3", "R5");
    }

    @Test
    void rulesInTheApplicationPropertiesAreAddedToo() {
        Map<String, String> values = new HashMap<>();
        values.put("credlink.sanctions.rules[0].id", "R6");
        values.put("credlink.sanctions.rules[0].trigger.subject-types[0]", "Provider");
        values.put("credlink.sanctions.rules[0].steps[0].relationships[0]", "SERVICED_BY");
        values.put("credlink.sanctions.rules[0].steps[0].direction", "INCOMING");
        values.put("credlink.sanctions.rules[0].steps[0].to[0]", "Claim");
        values.put("credlink.sanctions.rules[0].target[0]", "Claim");
        values.put("credlink.sanctions.rules[0].measure", "CLAIM_REVIEW");

        assertThat(book(values).rules()).extracting(CompiledRule::id).containsExactly("R1", "R2", "R3", "R4", "R6");
    }

    @Test
    void anUnknownRelationshipTypeStopsStartUpNamingTheField() throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, """
                rules:
                  - id: R9
                    steps:
                      - {relationships: [KNOWS], direction: OUTGOING, to: [Consumer]}
                    target: [Consumer]
                    measure: X
                """);

        assertThatThrownBy(() -> book(Map.of("credlink.sanctions.rules-file", file.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rules[0].steps[0].relationships[0]").hasMessageContaining("KNOWS");
    }

    @Test
    void anUnknownNodeTypeStopsStartUp() throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, """
                rules:
                  - id: R9
                    steps:
                      - {relationships: [HOLDS], direction: OUTGOING, to: [Spaceship]}
                    target: [Consumer]
                    measure: X
                """);

        assertThatThrownBy(() -> book(Map.of("credlink.sanctions.rules-file", file.toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Spaceship");
    }

    @Test
    void inconsistentRulesAreAllReportedAtOnce() throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, """
                rules:
                  - id: R9
                    from: R77
                    steps:
                      - {relationships: [AFFILIATED_WITH], roles: [PILOT], to: [Identifier], kinds: [FAX]}
                    target: [Consumer]
                    measure: lower-case
                """);

        assertThatThrownBy(() -> book(Map.of("credlink.sanctions.rules-file", file.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule R9: measure must be")
                .hasMessageContaining("from: no rule R77")
                .hasMessageContaining("needs a direction")
                .hasMessageContaining("role PILOT")
                .hasMessageContaining("kind FAX");
    }

    @Test
    void aChainLongerThanItsHopLimitIsRefused() {
        Map<String, String> values = new HashMap<>();
        values.put("credlink.sanctions.rules[0].id", "R3");
        values.put("credlink.sanctions.rules[0].from", "R1");
        values.put("credlink.sanctions.rules[0].hop-limit", "1");
        values.put("credlink.sanctions.rules[0].steps[0].relationships[0]", "AFFILIATED_WITH");
        values.put("credlink.sanctions.rules[0].steps[0].direction", "OUTGOING");
        values.put("credlink.sanctions.rules[0].steps[0].to[0]", "Insurer");
        values.put("credlink.sanctions.rules[0].target[0]", "Insurer");
        values.put("credlink.sanctions.rules[0].measure", "ENHANCED_SUPERVISION");

        assertThatThrownBy(() -> book(values)).hasMessageContaining("rule R3: its path has 2 hops, more than its limit of 1");
    }

    @Test
    void aMissingRulesFileStopsStartUp() {
        assertThatThrownBy(() -> book(Map.of("credlink.sanctions.rules-file", dir.resolve("none.yml").toString())))
                .hasMessageContaining("does not exist");
    }

    @Test
    void templatesReceiveOnlyBackQuotedEnumNames() {
        String rendered = RuleBook.render(CATALOG.get("sanction/expandStep"),
                List.of(RelationshipType.AFFILIATED_WITH, RelationshipType.CONTRACTED_WITH),
                java.util.Set.of(NodeType.INSURER, NodeType.INTERMEDIARY));

        assertThat(rendered).contains("[r:`AFFILIATED_WITH`|`CONTRACTED_WITH`]")
                .contains("(b:`Insurer`|`Intermediary`)").doesNotContain("{{");
    }
}

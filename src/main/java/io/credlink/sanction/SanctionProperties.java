package io.credlink.sanction;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Joint-sanction configuration ({@code credlink.sanctions.*}). The propagation rules are data:
 * the defaults R1–R4 ship in {@code sanction-rules.yml} on the classpath; a YAML file named by
 * {@code rules-file} and the {@code rules} list here add rules or replace rules of the same id.
 *
 * @param rules         rules added to (or replacing, by id) the defaults and the rules file
 * @param rulesFile     an external YAML file with a top-level {@code rules:} list, e.g.
 *                      {@code /etc/credlink/rules.yml} or {@code file:rules.yml}; none by default
 * @param defaultRules  where the shipped defaults are read from
 * @param redListWindow how far back a RED_LIST or AWARD record counts for the red list
 * @param maxChainHops  the longest path any rule (with the rules it starts from) may describe
 * @param restrictionsProjection answer restrictions from the in-memory projection of every
 *                      sanction's propagation (rebuilt after each of the application's changes
 *                      that can alter it; live propagation while a rebuild is pending); false =
 *                      always live
 * @param projectionRefreshDelay how long no such change must have come before the projection (and
 *                      the lists model) is rebuilt (a burst of sanctions then costs one rebuild)
 * @param projectionFullRebuildEvery how often the projection and the lists model are rebuilt
 *                      even when the application changed nothing they read, so that writes made
 *                      outside it (Neo4j Browser, another instance) are seen within this time; 0 = never
 * @param listsModel    answer black and red list pages from their facts kept in memory (every
 *                      blacklisting sanction, every RED_LIST and AWARD record; rebuilt after each of
 *                      the application's changes that can alter a list, read per request while a
 *                      rebuild is pending); false = always read
 */
@Validated
@ConfigurationProperties("credlink.sanctions")
public record SanctionProperties(
        @DefaultValue List<Rule> rules,
        String rulesFile,
        @NotNull @DefaultValue("classpath:sanction-rules.yml") String defaultRules,
        @NotNull @DefaultValue("3y") Period redListWindow,
        @Min(1) @Max(8) @DefaultValue("4") int maxChainHops,
        @DefaultValue("true") boolean restrictionsProjection,
        @NotNull @DefaultValue("2s") Duration projectionRefreshDelay,
        @NotNull @DefaultValue("10m") Duration projectionFullRebuildEvery,
        @DefaultValue("true") boolean listsModel) {

    /**
     * A propagation rule.
     *
     * @param id               unique name, e.g. R1
     * @param description      what it does, in words
     * @param enabled          false switches a shipped rule off
     * @param from             start from the targets of another rule (R3 from R1) instead of the sanctioned party
     * @param trigger          which sanctions set the rule off
     * @param steps            the relationship pattern, one hop per step, from the start to the target
     * @param target           the types a reached party must have to receive the measure
     * @param otherThanSubject the target is never the sanctioned party (R3's "other orgs")
     * @param hopLimit         the longest path (with the rule it starts from) the rule may describe; 0 = steps decide
     * @param measure          the measure applied to each target, e.g. OFFICE_BAN
     * @param partnerMeasures  what partner departments do under that measure
     * @param maxFanOut        at most this many neighbours of one party are followed per step (hub truncation)
     */
    public record Rule(
            String id,
            String description,
            @DefaultValue("true") boolean enabled,
            String from,
            @DefaultValue Trigger trigger,
            @DefaultValue List<Step> steps,
            @DefaultValue List<NodeType> target,
            @DefaultValue("false") boolean otherThanSubject,
            @DefaultValue("0") int hopLimit,
            String measure,
            @DefaultValue List<PartnerMeasure> partnerMeasures,
            @DefaultValue("1000") int maxFanOut) {
    }

    /**
     * Which sanctions set a rule off; every condition must hold.
     *
     * @param subjectTypes the sanctioned party's type (empty = any party)
     * @param blacklist    true = only blacklisting sanctions
     * @param kinds        sanction kinds (empty = any)
     * @param minSeverity  lowest severity that counts
     */
    public record Trigger(
            @DefaultValue List<NodeType> subjectTypes,
            @DefaultValue("false") boolean blacklist,
            @DefaultValue List<SanctionKind> kinds,
            @DefaultValue("1") int minSeverity) {
    }

    /**
     * One hop of a rule's pattern.
     *
     * @param relationships relationship types that may be followed
     * @param direction     as seen from the party the hop starts at
     * @param roles         the relationship's {@code role} must be one of these (empty = any)
     * @param inForceOn     which date the relationship's from/to window must cover (relationships
     *                      without a window always count)
     * @param to            the types of the node the hop reaches
     * @param kinds         the reached node's {@code kind} must be one of these (empty = any), e.g. PHONE
     */
    public record Step(
            @DefaultValue List<RelationshipType> relationships,
            Direction direction,
            @DefaultValue List<String> roles,
            @DefaultValue("QUERY_DATE") InForceOn inForceOn,
            @DefaultValue List<NodeType> to,
            @DefaultValue List<String> kinds) {
    }

    /** Node types of the graph model that rules may name; the label is the graph label. */
    public enum NodeType {
        PARTY("Party"), INSURER("Insurer"), INTERMEDIARY("Intermediary"), PRACTITIONER("Practitioner"),
        CONSUMER("Consumer"), PROVIDER("Provider"), POLICY("Policy"), CLAIM("Claim"), IDENTIFIER("Identifier");

        private final String label;

        NodeType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Relationship types of the graph model that rules may follow. */
    public enum RelationshipType {
        AFFILIATED_WITH, CONTRACTED_WITH, ISSUED_BY, HOLDS, INSURED_BY, SOLD_BY, VIA, ON_POLICY, FILED, PARTY_TO,
        ADJUSTED_BY, SERVICED_BY, HAS_IDENTIFIER
    }

    /** Direction of a hop, seen from where it starts. */
    public enum Direction {
        OUTGOING, INCOMING, BOTH
    }

    /** The date a relationship must be in force on. */
    public enum InForceOn {
        /** the sanction's decidedOn */
        DECISION_DATE,
        /** the date asked about ({@code asOf}) */
        QUERY_DATE
    }
}

package io.credlink.sanction.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;
import io.credlink.sanction.PartnerMeasure;
import io.credlink.sanction.SanctionProperties;
import io.credlink.sanction.SanctionProperties.NodeType;
import io.credlink.sanction.SanctionProperties.RelationshipType;
import io.credlink.sanction.SanctionProperties.Rule;
import io.credlink.sanction.SanctionProperties.Step;

/**
 * The propagation rules in force: the shipped defaults, then the external rules file, then the
 * {@code credlink.sanctions.rules} list, merged by id (a later rule replaces an earlier one of the
 * same id), validated, and compiled into queries. Any problem stops start-up with a message that
 * names the rule and the field.
 */
@Component
class RuleBook {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern MEASURE = Pattern.compile("[A-Z][A-Z0-9_]{0,60}");

    private final List<CompiledRule> rules;

    @Autowired
    RuleBook(SanctionProperties properties, CypherCatalog catalog) {
        this(properties, catalog.get("sanction/expandStep"), catalog.get("sanction/reverseToSanctions"),
                catalog.get("sanction/hopWindows"));
    }

    RuleBook(SanctionProperties properties, String expandTemplate, String reverseTemplate, String windowsTemplate) {
        Map<String, Rule> merged = new LinkedHashMap<>();
        ResourceLoader loader = new DefaultResourceLoader();
        put(merged, load(loader.getResource(properties.defaultRules()), properties.defaultRules()));
        if (properties.rulesFile() != null && !properties.rulesFile().isBlank()) {
            String location = properties.rulesFile();
            Resource resource = location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*")
                    ? loader.getResource(location) : new FileSystemResource(location);
            put(merged, load(resource, location));
        }
        put(merged, properties.rules());
        this.rules = compile(merged, properties.maxChainHops(), expandTemplate, reverseTemplate, windowsTemplate);
    }

    /** The enabled rules, every rule after the rule it starts from. */
    List<CompiledRule> rules() {
        return rules;
    }

    /** Rules read from a YAML file with a top-level {@code rules:} list. */
    static List<Rule> load(Resource resource, String location) {
        if (!resource.exists()) {
            throw new IllegalStateException("propagation rules file " + location + " does not exist");
        }
        try {
            Binder binder = new Binder(ConfigurationPropertySources.from(
                    new YamlPropertySourceLoader().load("sanction rules " + location, resource)));
            return binder.bind("rules", Bindable.listOf(Rule.class)).orElse(List.of());
        } catch (BindException e) {
            String value = e.getProperty() == null ? "" : " (value '" + e.getProperty().getValue() + "')";
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException("invalid propagation rules in " + location + ": " + e.getName()
                    + value + (cause == null ? "" : ": " + cause.getMessage()), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read propagation rules " + location + ": " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, Rule> merged, List<Rule> rules) {
        for (Rule r : rules) {
            if (r.id() == null || r.id().isBlank()) {
                throw new IllegalStateException("invalid propagation rule: every rule needs an id (" + r + ")");
            }
            merged.put(r.id(), r);
        }
    }

    static List<CompiledRule> compile(Map<String, Rule> merged, int maxChainHops, String expandTemplate,
            String reverseTemplate, String windowsTemplate) {
        Map<String, Rule> enabled = new LinkedHashMap<>();
        merged.forEach((id, r) -> {
            if (r.enabled()) {
                enabled.put(id, r);
            }
        });
        List<String> problems = new ArrayList<>();
        enabled.values().forEach(r -> validate(r, enabled, merged, problems));
        if (problems.isEmpty()) {
            checkNoCycle(enabled, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid propagation rules:\n  - " + String.join("\n  - ", problems));
        }
        Map<String, CompiledRule> done = new LinkedHashMap<>();
        for (Rule r : enabled.values()) {
            compileOne(r, enabled, done, maxChainHops, expandTemplate, reverseTemplate, windowsTemplate, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid propagation rules:\n  - " + String.join("\n  - ", problems));
        }
        return List.copyOf(done.values());
    }

    private static void validate(Rule r, Map<String, Rule> enabled, Map<String, Rule> all, List<String> problems) {
        String at = "rule " + r.id() + ": ";
        if (!ID.matcher(r.id()).matches()) {
            problems.add(at + "id must be 1–40 letters, digits, '-' or '_'");
        }
        if (r.measure() == null || !MEASURE.matcher(r.measure()).matches()) {
            problems.add(at + "measure must be an upper-case name such as OFFICE_BAN");
        }
        if (r.steps().isEmpty()) {
            problems.add(at + "needs at least one step");
        }
        if (r.target().isEmpty()) {
            problems.add(at + "needs a target type");
        }
        if (r.maxFanOut() < 1) {
            problems.add(at + "max-fan-out must be at least 1");
        }
        if (r.hopLimit() < 0) {
            problems.add(at + "hop-limit must not be negative");
        }
        if (r.trigger().minSeverity() < 1 || r.trigger().minSeverity() > 5) {
            problems.add(at + "trigger.min-severity must be 1–5");
        }
        if (r.from() != null) {
            if (!all.containsKey(r.from())) {
                problems.add(at + "from: no rule " + r.from());
            } else if (!enabled.containsKey(r.from())) {
                problems.add(at + "from: rule " + r.from() + " is disabled");
            }
        }
        for (int i = 0; i < r.partnerMeasures().size(); i++) {
            // codes are how a client words the measure in its reader's language: optional, but exact
            PartnerMeasure m = r.partnerMeasures().get(i);
            String pm = at + "partner-measures[" + i + "]: ";
            if (m.departmentCode() != null && !MEASURE.matcher(m.departmentCode()).matches()) {
                problems.add(pm + "department-code must be an upper-case name such as FINANCIAL_REGULATOR");
            }
            if (!m.restrictionCodes().isEmpty() && m.restrictionCodes().size() != m.restrictions().size()) {
                problems.add(pm + "restriction-codes must give one code per restriction (" + m.restrictions().size()
                        + "), or none");
            }
            m.restrictionCodes().stream().filter(c -> c == null || !MEASURE.matcher(c).matches()).findFirst()
                    .ifPresent(c -> problems.add(pm + "restriction-codes must be upper-case names such as "
                            + "NO_SENIOR_APPOINTMENT, not '" + c + "'"));
        }
        for (int i = 0; i < r.steps().size(); i++) {
            Step s = r.steps().get(i);
            String step = at + "steps[" + i + "]: ";
            if (s.relationships().isEmpty()) {
                problems.add(step + "needs relationships (one of " + EnumSet.allOf(RelationshipType.class) + ")");
            }
            if (s.direction() == null) {
                problems.add(step + "needs a direction (OUTGOING, INCOMING or BOTH)");
            }
            if (s.to().isEmpty()) {
                problems.add(step + "needs the types it reaches (to)");
            }
            for (String role : s.roles()) {
                if (s.relationships().stream().noneMatch(t -> GraphModel.hasRole(t, role))) {
                    problems.add(step + "role " + role + " is not a role of " + s.relationships());
                }
            }
            for (String kind : s.kinds()) {
                if (s.to().stream().noneMatch(t -> GraphModel.hasKind(t, kind))) {
                    problems.add(step + "kind " + kind + " is not a kind of " + s.to());
                }
            }
        }
    }

    private static void checkNoCycle(Map<String, Rule> enabled, List<String> problems) {
        for (Rule r : enabled.values()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Rule at = r; at != null && at.from() != null; at = enabled.get(at.from())) {
                if (!seen.add(at.id())) {
                    problems.add("rule " + r.id() + ": 'from' goes round in a circle " + seen);
                    break;
                }
            }
        }
    }

    private static CompiledRule compileOne(Rule r, Map<String, Rule> enabled, Map<String, CompiledRule> done,
            int maxChainHops, String expandTemplate, String reverseTemplate, String windowsTemplate,
            List<String> problems) {
        CompiledRule existing = done.get(r.id());
        if (existing != null) {
            return existing;
        }
        CompiledRule parent = r.from() == null ? null
                : compileOne(enabled.get(r.from()), enabled, done, maxChainHops, expandTemplate, reverseTemplate,
                        windowsTemplate, problems);
        CompiledRule.Trigger trigger = new CompiledRule.Trigger(Set.copyOf(r.trigger().subjectTypes()),
                r.trigger().blacklist(), Set.copyOf(r.trigger().kinds()), r.trigger().minSeverity());
        CompiledRule.Trigger root = parent == null ? trigger : parent.root();

        // Where the first hop starts: the sanctioned party, or the parent's targets.
        Set<NodeType> fromTypes = parent == null
                ? (trigger.subjectTypes().isEmpty() ? Set.of(NodeType.PARTY) : trigger.subjectTypes())
                : parent.target();
        List<String> fromKinds = parent == null ? List.of() : lastKinds(parent.chain());
        List<CompiledRule.Hop> hops = new ArrayList<>();
        for (int i = 0; i < r.steps().size(); i++) {
            Step s = r.steps().get(i);
            boolean chainStart = parent == null && i == 0;
            hops.add(new CompiledRule.Hop(List.copyOf(s.relationships()), s.direction(), s.roles(), s.inForceOn(),
                    orNull(fromKinds), orNull(s.kinds()),
                    render(expandTemplate, s.relationships(), Set.copyOf(s.to())),
                    render(chainStart ? reverseTemplate : expandTemplate, s.relationships(), fromTypes),
                    render(windowsTemplate, s.relationships(), Set.copyOf(s.to()))));
            fromTypes = Set.copyOf(s.to());
            fromKinds = s.kinds();
        }
        List<CompiledRule.Hop> chain = new ArrayList<>(parent == null ? List.of() : parent.chain());
        chain.addAll(hops);
        int limit = r.hopLimit() == 0 ? maxChainHops : Math.min(r.hopLimit(), maxChainHops);
        if (chain.size() > limit) {
            problems.add("rule " + r.id() + ": its path has " + chain.size() + " hops, more than its limit of " + limit);
        }
        CompiledRule compiled = new CompiledRule(done.size(), r.id(), parent, trigger, List.copyOf(hops),
                List.copyOf(chain), root, Set.copyOf(r.target()), r.otherThanSubject(), r.measure(),
                List.copyOf(r.partnerMeasures()), r.maxFanOut());
        done.put(r.id(), compiled);
        return compiled;
    }

    private static List<String> lastKinds(List<CompiledRule.Hop> chain) {
        List<String> kinds = chain.get(chain.size() - 1).toKinds();
        return kinds == null ? List.of() : kinds;
    }

    private static List<String> orNull(List<String> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }

    /**
     * Puts relationship types and labels into a query template. Safe because only the names of
     * the model's enums are written, each back-quoted; rule configuration cannot name anything
     * else (binding fails) and request input never gets here.
     */
    static String render(String template, List<RelationshipType> relationships, Set<NodeType> labels) {
        String types = relationships.stream().distinct().map(t -> "`" + t.name() + "`").collect(Collectors.joining("|"));
        String names = labels.stream().sorted().map(t -> "`" + t.label() + "`").collect(Collectors.joining("|"));
        if (!template.contains("`{{relationships}}`") || !template.contains("`{{labels}}`")) {
            throw new IllegalStateException("a propagation query template lacks its placeholders");
        }
        return template.replace("`{{relationships}}`", types).replace("`{{labels}}`", names);
    }
}

package io.credlink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One home per rule, for data: a module's {@code cypher/<module>/} files touch only the labels it
 * owns, or labels another module publishes as a documented read view to it (docs/sanctions.md,
 * "Read view"; DATA-CONTRACT.md for the entity graph). And the rule "a sanction is in force on a
 * day" is stated in Cypher only in {@code cypher/sanction/}: other modules ask
 * {@code SanctionService#inForce}. A label no table line names fails the test, so a new label gets
 * an owner.
 */
class CypherOwnershipTest {

    /** Label → owning module. */
    static final Map<String, String> OWNER = new LinkedHashMap<>();

    static {
        for (String l : List.of("Entity", "Party", "Insurer", "Intermediary", "Practitioner", "Consumer", "Provider",
                "Policy", "Claim", "Identifier")) {
            OWNER.put(l, "ingest");
        }
        for (String l : List.of("Sanction", "CreditRecord", "SanctionChange", "Objection", "MeasureFeedback")) {
            OWNER.put(l, "sanction");
        }
        for (String l : List.of("CreditScore", "CreditScoreSnapshot", "CreditRecomputation", "CreditRecomputationRequest",
                "GradeUnannounced")) {
            OWNER.put(l, "credit");
        }
        for (String l : List.of("FraudAlert", "FraudScan", "FraudCase", "FraudCaseNote")) {
            OWNER.put(l, "fraud");
        }
        for (String l : List.of("User", "AuditEntry", "AccessRequest")) {
            OWNER.put(l, "access");
        }
        for (String l : List.of("Watchlist", "WatchMember", "Subscription", "Notification", "OutboxEntry")) {
            OWNER.put(l, "monitoring");
        }
        OWNER.put("EventPublication", "graph");
        for (String l : List.of("ResolutionDecision", "ResolutionRun")) {
            OWNER.put(l, "resolution");
        }
    }

    /** A documented read view: labels its owner publishes, and the modules that may use them. */
    record View(String name, Set<String> labels, Set<String> modules) {
    }

    static final List<View> VIEWS = List.of(
            // the imported graph of DATA-CONTRACT.md: every module reads it, fraud marks claims,
            // resolution writes resolvedId and SAME_AS links on parties (docs/resolution.md), which
            // sanction reads as the resolved entity (cypher/sanction/findMembers.cypher)
            new View("entity graph", Set.of("Entity", "Party", "Insurer", "Intermediary", "Practitioner", "Consumer",
                    "Provider", "Policy", "Claim", "Identifier"),
                    Set.of("registry", "sanction", "fraud", "credit", "access", "monitoring", "resolution")),
            // docs/fraud.md "Read view": the alerts a scan raised, which monitoring turns into notifications
            new View("fraud alerts", Set.of("FraudAlert"), Set.of("monitoring")),
            // docs/sanctions.md "Read view": sanction and record facts for own-record scoring and the
            // check read model (never "in force": that is SanctionService#inForce); ingest imports them
            new View("sanction facts", Set.of("Sanction", "CreditRecord"), Set.of("credit", "ingest")));

    /** A label after a colon or bar: {@code (n:Label)}, {@code n:Label}, {@code :A|B}; upper-case-only names are relationship types. */
    private static final Pattern LABEL = Pattern.compile("(?<=[\\w)(])[:|]\\s*([A-Z][A-Za-z0-9_]*)");
    /** The shape of "in force on a day": a start on or before the day, or an open end. */
    private static final Pattern IN_FORCE = Pattern.compile("effectiveFrom\\s*<=|effectiveTo\\s+IS\\s+NULL\\s+OR",
            Pattern.CASE_INSENSITIVE);

    static Set<String> labels(String cypher) {
        String code = cypher.replaceAll("//[^\\n]*", "").replaceAll("'[^']*'", "''");
        Set<String> out = new TreeSet<>();
        Matcher m = LABEL.matcher(code);
        while (m.find()) {
            if (!m.group(1).equals(m.group(1).toUpperCase())) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** What is wrong with one file of {@code module}: foreign labels outside its views, the in-force rule. */
    static List<String> violations(String module, String file, String cypher) {
        List<String> out = new ArrayList<>();
        for (String label : labels(cypher)) {
            String owner = OWNER.get(label);
            if (owner == null) {
                out.add(file + ": label " + label + " has no owner in CypherOwnershipTest.OWNER");
            } else if (!owner.equals(module) && VIEWS.stream()
                    .noneMatch(v -> v.labels().contains(label) && v.modules().contains(module))) {
                out.add(file + ": " + module + " touches " + label + ", owned by " + owner + " and in no read view for it");
            }
        }
        if (!module.equals("sanction") && IN_FORCE.matcher(cypher.replaceAll("//[^\\n]*", "")).find()) {
            out.add(file + ": states when a sanction is in force; ask SanctionService#inForce");
        }
        return out;
    }

    static Map<String, String> files() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/*/*.cypher")) {
            String url = r.getURL().toString();
            String name = url.substring(url.lastIndexOf("cypher/"));
            try (InputStream in = r.getInputStream()) {
                out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void everyModuleTouchesOnlyItsOwnLabelsOrAReadViewPublishedToIt() throws IOException {
        Map<String, String> files = files();
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            String module = f.getKey().split("/")[1];
            if (module.equals("schema")) {
                continue; // migrations create every module's indexes
            }
            checked++;
            violations.addAll(violations(module, f.getKey(), f.getValue()));
        }
        assertThat(checked).as("Cypher files checked").isGreaterThan(100);
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesLabelsAndCatchesAForeignLabelAndTheInForceRule() {
        assertThat(labels("MATCH (s:Sanction)-[:AGAINST]->(p:Party) WHERE p:Consumer|Provider RETURN s // :Ignored"))
                .containsExactly("Consumer", "Party", "Provider", "Sanction");
        assertThat(violations("fraud", "cypher/fraud/x.cypher", "MATCH (s:Sanction) RETURN s"))
                .containsExactly("cypher/fraud/x.cypher: fraud touches Sanction, owned by sanction and in no read view for it");
        assertThat(violations("credit", "cypher/credit/x.cypher",
                "MATCH (s:Sanction) WHERE s.effectiveFrom <= $asOf RETURN s")).hasSize(1);
        assertThat(violations("credit", "cypher/credit/x.cypher", "MATCH (s:CreditScore) RETURN s")).isEmpty();
        assertThat(violations("credit", "cypher/credit/x.cypher", "MATCH (s:Mystery) RETURN s")).hasSize(1);
    }
}

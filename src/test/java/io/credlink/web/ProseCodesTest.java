package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.FixtureWrites;
import io.credlink.GraphFixtures;
import io.credlink.fraud.AlertKind;
import io.credlink.fraud.AlertView;
import io.credlink.fraud.FraudFixtures;
import io.credlink.fraud.FraudService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codes the modules give their English sentences (credit factor details, explanations of a
 * propagation, notification changes, fraud alerts' summaries) are all worded by the explorer's
 * "prose" bundles, in both languages, with the same placeholders; a code added to the code without
 * its sentences fails here. The fraud detectors' codes are also checked on the alerts they find.
 */
@CredLinkTest
class ProseCodesTest {

    /** A string literal that is a whole code of the prose area. */
    static final Pattern CODE = Pattern.compile("\"((?:credit\\.factor|propagation|monitoring|fraud)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

    /**
     * Beside the fraud fixture's cases: two claims with one invoice at one insurer, a loss claimed
     * before the cover under the same id and under another id of the same person (resolution's
     * resolvedId), and an incident before the policy's start.
     */
    private static final String MORE_ALERTS = """
            // each row: consumer, resolvedId, policy, insurer, start, claim, incident, cause, invoice
            MATCH (insA:Insurer {id: 'F-INS-A'}), (insB:Insurer {id: 'F-INS-B'})
            UNWIND [
              ['F-CS-ONE', null, 'F-POL-CS-ONE1', 'A', '2021-01-01', 'F-CL-CS-ONE1', '2021-03-01', 'THEFT', 'INV-CS-ONE'],
              ['F-CS-ONE', null, 'F-POL-CS-ONE2', 'A', '2021-01-01', 'F-CL-CS-ONE2', '2021-09-01', 'FIRE', 'INV-CS-ONE'],
              ['F-CS-PL', null, 'F-POL-CS-PL1', 'A', '2021-01-01', 'F-CL-CS-PL1', '2022-09-01', 'INJURY', 'INV-CS-PL1'],
              ['F-CS-PL', null, 'F-POL-CS-PL2', 'B', '2022-09-05', 'F-CL-CS-PL2', '2022-09-20', 'INJURY', 'INV-CS-PL2'],
              ['F-CS-PO1', null, 'F-POL-CS-PO1', 'A', '2021-01-01', 'F-CL-CS-PO1', '2022-09-01', 'FIRE', 'INV-CS-PO1'],
              ['F-CS-PO2', 'F-CS-PO1', 'F-POL-CS-PO2', 'B', '2022-09-05', 'F-CL-CS-PO2', '2022-09-20', 'FIRE', 'INV-CS-PO2'],
              ['F-CS-EARLY', null, 'F-POL-CS-EARLY', 'A', '2023-06-01', 'F-CL-CS-EARLY', '2023-05-20', 'THEFT', 'INV-CS-EARLY']
            ] AS r
            MERGE (c:Entity:Party:Consumer {id: r[0]})
            ON CREATE SET c.name = r[0], c.kind = 'PERSON', c.resolvedId = r[1]
            WITH c, r, CASE r[3] WHEN 'A' THEN insA ELSE insB END AS ins
            CREATE (p:Entity:Policy {id: r[2], line: 'AUTO', startDate: date(r[4]), endDate: date(r[4]) + duration('P1Y'),
                    insurerConfirmed: true, status: 'ACTIVE'})
            CREATE (p)-[:ISSUED_BY]->(ins), (c)-[:HOLDS]->(p), (c)-[:INSURED_BY]->(p)
            CREATE (cl:Entity:Claim {id: r[5], incidentDate: date(r[6]), reportedDate: date(r[6]) + duration('P2D'),
                    amount: 5000.0, cause: r[7], status: 'OPEN', invoiceNo: r[8]})
            CREATE (cl)-[:ON_POLICY]->(p), (c)-[:FILED]->(cl)
            """;

    @Autowired
    FraudService fraud;

    @Autowired
    Driver driver;

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static Map<String, String> prose(String language) throws IOException {
        return JsonMapper.builder().build().readValue(
                Files.readString(LanguagePages.BUNDLES.resolve(language).resolve("prose.json")), new TypeReference<Map<String, String>>() {
                });
    }

    static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void everyCodeTheServerGivesIsWordedInBothLanguages() throws IOException {
        Set<String> codes = codesInSources();
        // the three families are there: a scan that finds nothing proves nothing
        assertThat(codes).anyMatch(c -> c.startsWith("credit.factor.")).anyMatch(c -> c.startsWith("propagation."))
                .anyMatch(c -> c.startsWith("monitoring.")).anyMatch(c -> c.startsWith("fraud."));
        Map<String, String> en = prose("en");
        Map<String, String> zh = prose("zh-CN");
        for (String code : codes) {
            assertThat(en).as("English sentence of %s", code).containsKey("prose." + code);
            assertThat(zh).as("Chinese sentence of %s", code).containsKey("prose." + code);
        }
    }

    @Test
    void aSentenceInChineseHasNoLatinWordsAndTheSamePlaceholdersAsInEnglish() throws IOException {
        Map<String, String> en = prose("en");
        Map<String, String> zh = prose("zh-CN");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        for (Map.Entry<String, String> e : zh.entrySet()) {
            String words = PLACEHOLDER.matcher(e.getValue()).replaceAll("");
            assertThat(words).as("%s in Chinese", e.getKey()).doesNotContainPattern("[A-Za-z]{3,}");
            assertThat(placeholders(e.getValue())).as("placeholders of %s", e.getKey()).isEqualTo(placeholders(en.get(e.getKey())));
        }
    }

    /**
     * Real alerts of every kind, from the detectors on the fraud fixture and a few more cases: each
     * summary has its code, the values fill every placeholder of its sentence in both languages
     * (and no value is left over), the English sentence with them is the server's English, and every
     * fraud code of the sources is among those the detectors gave.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyFraudSummaryIsACodeWhoseValuesFillItsSentenceInBothLanguages() throws IOException {
        FraudFixtures.build(driver);
        try {
            driver.executableQuery(MORE_ALERTS).execute();
            FixtureWrites.announce("ProseCodesTest");
            List<AlertView> alerts = new ArrayList<>(fraud.detect(false));
            alerts.addAll(fraud.detect(true));
            Map<String, String> en = prose("en");
            Map<String, String> zh = prose("zh-CN");
            Map<String, String> labels = JsonMapper.builder().build().readValue(
                    Files.readString(LanguagePages.BUNDLES.resolve("en/enums.json")), new TypeReference<Map<String, String>>() {
                    });
            Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
            Set<String> given = new TreeSet<>();
            for (AlertView a : alerts) {
                String code = (String) a.evidence().get("summaryCode");
                Map<String, Object> args = (Map<String, Object>) a.evidence().get("summaryArgs");
                assertThat(code).as("summary code of %s %s", a.kind(), a.id()).isNotNull().startsWith("fraud.");
                assertThat(args).as("summary values of %s", a.id()).isNotNull();
                assertThat(en).as("English sentence of %s", code).containsKey("prose." + code);
                assertThat(zh).as("Chinese sentence of %s", code).containsKey("prose." + code);
                assertThat(placeholders(en.get("prose." + code))).as("English placeholders of %s", code).isEqualTo(args.keySet());
                assertThat(placeholders(zh.get("prose." + code))).as("Chinese placeholders of %s", code).isEqualTo(args.keySet());
                assertThat(english(en.get("prose." + code), args, labels, en.get("prose.list-separator")))
                        .as("English of %s %s", code, args).isEqualToIgnoringCase((String) a.evidence().get("summary"));
                kinds.add(a.kind());
                given.add(code);
            }
            assertThat(kinds).as("alert kinds found").isEqualTo(EnumSet.allOf(AlertKind.class));
            assertThat(given).as("codes the detectors gave")
                    .isEqualTo(codesInSources().stream().filter(c -> c.startsWith("fraud.")).collect(Collectors.toCollection(TreeSet::new)));
        } finally {
            GraphFixtures.deleteDomainData(driver);
        }
    }

    /** A sentence of the English bundle with the values put in as the server writes them; lists are of FraudReason names. */
    private static String english(String sentence, Map<String, Object> args, Map<String, String> labels, String listSeparator) {
        Matcher m = PLACEHOLDER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            String text = value instanceof List<?> list
                    ? list.stream().map(x -> labels.get("enum.FraudReason." + x)).map(String::valueOf).collect(Collectors.joining(listSeparator))
                    : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.credlink.credit.CreditProperties;
import io.credlink.credit.ScoreView.Factor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every factor the model makes says its detail as a code and values too, and the explorer's
 * bundles word every such code in both languages from exactly those values: each {placeholder}
 * of the sentence is a value the factor carries, and every code the model makes has its sentence.
 */
class FactorWordingTest {

    static final Path BUNDLES = Path.of("src/main/resources/static/i18n");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    final CreditProperties properties = CreditModelFixtures.defaults();
    final ScoringModel model = new ScoringModel(properties);

    static Map<String, String> bundle(String language) throws IOException {
        return JsonMapper.builder().build().readValue(Files.readString(BUNDLES.resolve(language).resolve("prose.json")),
                new TypeReference<Map<String, String>>() {
                });
    }

    static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyFactorIsWordedInBothLanguagesFromTheValuesItCarries() throws IOException {
        Map<String, String> en = bundle("en");
        Map<String, String> zh = bundle("zh-CN");
        Set<String> made = new TreeSet<>();
        List<Factor> all = new ArrayList<>();
        Random rnd = new Random(42);
        for (int n = 0; n < 3000; n++) {
            PartyFacts f = ScoringModelTest.random(rnd, n);
            all.addAll(model.score(f, ScoringModelTest.AS_OF, ScoringModelTest.network(rnd.nextInt(3) == 0 ? rnd.nextDouble() : 0))
                    .factors());
        }
        // a network part without sources, and a clamp (many sanctions), which random parties rarely have
        all.addAll(model.score(PartyFacts.of("N", "Consumer", null), ScoringModelTest.AS_OF, new Network(0.5, List.of())).factors());
        List<PartyFacts.SanctionFact> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(ScoringModelTest.sanction("S" + i, "BAN_FROM_INDUSTRY", 5, false, ScoringModelTest.AS_OF.minusDays(5), null));
        }
        all.addAll(model.score(PartyFacts.of("P", "Practitioner", "REVOKED").withSanctions(many), ScoringModelTest.AS_OF, Network.NONE)
                .factors());

        for (Factor x : all) {
            assertThat(x.detailCode()).as("code of %s", x).startsWith("credit.factor.");
            assertThat(x.detailArgs()).as("values of %s", x).isNotNull();
            made.add(x.detailCode());
            String key = "prose." + x.detailCode();
            for (Map<String, String> bundle : List.of(en, zh)) {
                assertThat(bundle).as("sentences").containsKey(key);
                assertThat(x.detailArgs().keySet()).as("values of %s for %s", x, bundle.get(key))
                        .containsAll(placeholders(bundle.get(key)));
                for (Map.Entry<String, Object> arg : x.detailArgs().entrySet()) {
                    if (arg.getValue() instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?>) {
                        String itemKey = key + "." + arg.getKey();
                        assertThat(bundle).as("sentence of each of %s", arg.getKey()).containsKey(itemKey);
                        for (Object item : items) {
                            Set<Object> names = new TreeSet<>();
                            ((Map<?, ?>) item).keySet().forEach(names::add);
                            assertThat(names).as("values of %s", item).containsAll(placeholders(bundle.get(itemKey)));
                        }
                    }
                }
            }
        }
        // every sentence of the bundles for factors is one the model makes (no dead or misspelt code)
        Set<String> worded = new TreeSet<>();
        en.keySet().stream().filter(k -> k.startsWith("prose.credit.factor.")).map(k -> k.substring("prose.".length()))
                .filter(code -> !code.endsWith(".sources")).forEach(worded::add);
        assertThat(made).as("codes the model made in 3,000 random parties").isEqualTo(worded);
    }

    @Test
    void theValuesAreTheOnesTheEnglishDetailNames() {
        // a light blacklisting sanction: the score stays above the cap, which is then a factor of its own
        ScoringModel.Result warned = model.score(PartyFacts.of("C", "Consumer", null).withSanctions(List.of(
                ScoringModelTest.sanction("S1", "WARNING", 1, true, ScoringModelTest.AS_OF.minusDays(30), null))),
                ScoringModelTest.AS_OF, Network.NONE);
        ScoringModel.Result r = model.score(PartyFacts.of("P", "Practitioner", "SUSPENDED"), ScoringModelTest.AS_OF,
                ScoringModelTest.network(0.3));

        Factor sanction = warned.factors().stream().filter(f -> f.name().equals("SANCTION")).findFirst().orElseThrow();
        assertThat(sanction.detailCode()).isEqualTo("credit.factor.sanction.inForce");
        assertThat(sanction.detailArgs()).containsEntry("sanctionId", "S1").containsEntry("sanctionKind", "WARNING")
                .containsEntry("severity", 1).containsEntry("blacklisting", true).containsEntry("ageWeight", 1.0)
                .containsEntry("decidedOn", ScoringModelTest.AS_OF.minusDays(40).toString()).containsEntry("disputed", false);
        assertThat(sanction.detail()).contains("S1", "WARNING", "severity 1", "blacklisting", "age weight 100%");
        Factor cap = warned.factors().stream().filter(f -> f.name().equals(ScoringModel.BLACKLIST_CAP)).findFirst().orElseThrow();
        assertThat(cap.detailArgs()).containsEntry("asOf", ScoringModelTest.AS_OF.toString())
                .containsEntry("cap", properties.blacklistCap());
        Factor network = r.factors().stream().filter(f -> f.name().equals(ScoringModel.NETWORK)).findFirst().orElseThrow();
        assertThat(network.detailCode()).isEqualTo("credit.factor.networkExposureFrom");
        assertThat(network.detailArgs().get("sources")).asList().singleElement()
                .isEqualTo(Map.of("sourceId", "SRC", "reason", "BLACKLISTED", "mass", 0.3, "path", List.of("SRC", "X", "P")));
        Factor licence = r.factors().stream().filter(f -> f.name().equals("LICENCE_STATUS")).findFirst().orElseThrow();
        assertThat(licence.detailArgs()).isEqualTo(Map.of("licenceStatus", "SUSPENDED"));
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Map<String, String> en = bundle("en");
        Map<String, String> zh = bundle("zh-CN");
        for (Map.Entry<String, String> e : en.entrySet()) {
            assertThat(placeholders(zh.get(e.getKey()))).as("placeholders of %s in zh-CN", e.getKey())
                    .isEqualTo(placeholders(e.getValue()));
        }
    }
}

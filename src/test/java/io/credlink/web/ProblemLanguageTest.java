package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Problem details follow {@code Accept-Language}: every module exception (the same scan as
 * {@link DomainProblemsTest}) has a Chinese title, and a Chinese detail and field messages unless
 * they are the module's own free text; type, status and field names stay what English clients see.
 */
class ProblemLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A detail or message that is only the exception's sample arguments: the module's free text. */
    private static final Pattern FREE_TEXT = Pattern.compile("s\\d+(: s\\d+)?");

    /** The MessageSource as application.properties configures Boot's. */
    static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setAlwaysUseMessageFormat(true);
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private final ProblemLanguage language = new ProblemLanguage(messageSource());
    private final ProblemDetailsAdvice english = new ProblemDetailsAdvice();
    private final ProblemDetailsAdvice translating = new ProblemDetailsAdvice(language);

    @Test
    void everyDomainProblemHasAChineseTitleAndKeepsItsTypeStatusAndFields() throws Exception {
        List<String> freeText = new ArrayList<>();
        assertThat(DomainProblemsTest.SCANNED).hasSizeGreaterThan(30);
        for (Class<? extends RuntimeException> type : DomainProblemsTest.SCANNED) {
            ProblemDetail en = problem(english, type, null);
            ProblemDetail zh = problem(translating, type, "zh-CN,zh;q=0.9,en;q=0.8");
            String name = type.getSimpleName();
            assertThat(zh.getTitle()).as("Chinese title of " + name).containsPattern(HAN);
            assertThat(zh.getType()).as(name).isEqualTo(en.getType());
            assertThat(zh.getStatus()).as(name).isEqualTo(en.getStatus());
            if (FREE_TEXT.matcher(en.getDetail()).matches()) {
                freeText.add(name);
            } else {
                assertThat(zh.getDetail()).as("Chinese detail of " + name + " (" + en.getDetail() + ")").containsPattern(HAN);
            }
            List<Map<String, Object>> enErrors = errors(en);
            List<Map<String, Object>> zhErrors = errors(zh);
            assertThat(zhErrors).as(name).hasSameSizeAs(enErrors);
            for (int i = 0; i < enErrors.size(); i++) {
                assertThat(zhErrors.get(i).get("field")).as(name).isEqualTo(enErrors.get(i).get("field"));
                String message = (String) enErrors.get(i).get("message");
                if (!FREE_TEXT.matcher(message).matches()) {
                    assertThat((String) zhErrors.get(i).get("message")).as("Chinese field message of " + name).containsPattern(HAN);
                }
            }
            // the ids a detail names survive translation
            for (String arg : new String[] {"s0", "s1"}) {
                if (en.getDetail().contains(arg)) {
                    assertThat(zh.getDetail()).as(name).contains(arg);
                }
            }
        }
        // the free texts are the exceptions whose whole message comes from the module's caller
        assertThat(freeText).as("details passed through in the module's words").hasSizeLessThan(10);
    }

    @Test
    void withoutAChineseRequestTheProblemIsEnglishAsPinned() throws Exception {
        for (String header : new String[] {null, "", "en-GB", "fr-FR,de;q=0.5", "en;q=1,zh;q=0.5", "not a header ;;"}) {
            ProblemDetail p = problem(translating, io.credlink.registry.EntityNotFound.class, header);
            assertThat(p.getTitle()).as(header).isEqualTo("Entity not found");
            assertThat(p.getDetail()).as(header).isEqualTo("No entity with id 's0'.");
        }
        ProblemDetail zh = problem(translating, io.credlink.registry.EntityNotFound.class, "zh");
        assertThat(zh.getTitle()).isEqualTo("实体不存在");
        assertThat(zh.getDetail()).isEqualTo("不存在编号为“s0”的实体。");
        assertThat(ProblemLanguage.of("fr;q=0.9, zh-TW;q=0.8, en;q=0.7")).isEqualTo(ProblemLanguage.CHINESE);
        assertThat(ProblemLanguage.of("zh;q=0, en")).isEqualTo(ProblemLanguage.ENGLISH);
    }

    @Test
    void composedTextsAreTranslatedPartByPart() {
        assertThat(language.text("Parameter 'page' must be an integer.", ProblemLanguage.CHINESE)).isEqualTo("参数“page”须为整数。");
        assertThat(language.text("depth: must be between 1 and 4 (was 9)", ProblemLanguage.CHINESE))
                .isEqualTo("depth：须在 1 到 4 之间（实际为 9）");
        assertThat(language.text("size must be between 0 and 200", ProblemLanguage.CHINESE)).isEqualTo("长度须在 0 到 200 之间");
        // a text we have no pattern for stays as it is, in every language
        assertThat(language.text("the upstream said no", ProblemLanguage.CHINESE)).isEqualTo("the upstream said no");
        assertThat(language.text("Parameter 'page' must be an integer.", Locale.ENGLISH)).isEqualTo("Parameter 'page' must be an integer.");
    }

    @Test
    void bothBundlesHaveTheSameKeysAndTheSamePlaceholders() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            // Chinese words, or at least Chinese punctuation ("{0}：{1}")
            assertThat(zh.getProperty(key)).as("Chinese of " + key).containsPattern("[\\p{IsHan}\\x{FF01}-\\x{FF1F}]");
        }
    }

    private static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ProblemLanguageTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static ProblemDetail problem(ProblemDetailsAdvice advice, Class<? extends RuntimeException> type,
            String acceptLanguage) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/x");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return (ProblemDetail) advice.handleDomain(DomainProblemsTest.sample(type),
                new ServletWebRequest(request, new MockHttpServletResponse())).getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ProblemDetail p) {
        Object errors = p.getProperties() == null ? null : p.getProperties().get("errors");
        return errors == null ? List.of() : (List<Map<String, Object>>) errors;
    }
}

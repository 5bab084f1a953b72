package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;

/** The running server answers problems in the language of {@code Accept-Language}, English by default. */
@CredLinkTest
class ProblemLanguageHttpTest {

    private static final String CHINESE = "zh-CN,zh;q=0.9";

    @Autowired
    Driver driver;

    AccessFixtures http;

    private Reply get(String path, String language) {
        var request = http.request("GET", path, AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build());
    }

    @Test
    void beanValidationAndParameterProblemsInChinese() {
        Reply size = get("/api/v1/users?size=0", "zh-CN,zh;q=0.9");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.json().get("type").asString()).isEqualTo("https://credlink.io/problems/validation");
        assertThat(size.json().get("title").asString()).isEqualTo("请求参数无效");
        assertThat(size.json().get("detail").asString()).isEqualTo("请求中有字段无效。");
        assertThat(size.json().at("/errors/0/field").asString()).isEqualTo("size");
        assertThat(size.json().at("/errors/0/message").asString()).containsPattern("\\p{IsHan}");
        assertThat(size.header("Vary")).contains("Accept-Language");

        Reply page = get("/api/v1/users?page=abc", "zh-CN");
        assertThat(page.json().get("detail").asString()).isEqualTo("参数“page”须为整数。");
        assertThat(page.json().at("/errors/0/field").asString()).isEqualTo("page");
        assertThat(page.json().at("/errors/0/message").asString()).isEqualTo("须为整数");
    }

    @Test
    void domainAndRoutingProblemsInChinese() {
        Reply entity = get("/api/v1/entities/NO_SUCH_ID", "zh-CN");
        assertThat(entity.status()).isEqualTo(404);
        assertThat(entity.json().get("type").asString()).isEqualTo("https://credlink.io/problems/entity-not-found");
        assertThat(entity.json().get("title").asString()).isEqualTo("实体不存在");
        assertThat(entity.json().get("detail").asString()).isEqualTo("不存在编号为“NO_SUCH_ID”的实体。");
        assertThat(entity.json().get("entityId").asString()).isEqualTo("NO_SUCH_ID");

        Reply firewall = http.send(http.request("GET", "/api/v1/users;jsessionid=x", null, null)
                .header("Accept-Language", "zh-CN").build());
        assertThat(firewall.status()).isEqualTo(400);
        assertThat(firewall.json().get("title").asString()).isEqualTo("请求有误");
    }

    @Test
    void englishWithoutHeaderAndForLanguagesWeLack() {
        for (String language : new String[] {null, "fr-FR", "en-GB,zh;q=0.5"}) {
            Reply r = get("/api/v1/users?page=abc", language);
            assertThat(r.json().get("title").asString()).as(language).isEqualTo("Invalid request parameter");
            assertThat(r.json().get("detail").asString()).as(language).isEqualTo("Parameter 'page' must be an integer.");
            Reply size = get("/api/v1/users?size=0", language);
            assertThat(size.json().at("/errors/0/message").asString()).as(language).doesNotContainPattern("\\p{IsHan}");
        }
    }

    /** A problem the access module answers before Spring MVC, asked for in one language. */
    private record FilterProblem(String what, int status, String slug, Function<String, HttpRequest> request,
            String chineseTitle, String chineseDetail, String englishTitle, String englishDetail) {
    }

    @Test
    void theAccessFiltersProblemsFollowTheLanguageToo() {
        Map<Role, String> users = http.usersByRole(driver);
        String analyst = users.get(Role.ANALYST);
        String insurer = users.get(Role.INSURER);
        String nobody = "nobody-" + System.nanoTime();
        List<FilterProblem> problems = List.of(
                new FilterProblem("no credentials", 401, "unauthenticated",
                        lang -> request("GET", "/api/v1/users", null, null, lang).build(),
                        "需要登录认证", "请提供 HTTP Basic 凭据。", "Authentication required", "Send HTTP Basic credentials."),
                new FilterProblem("credentials refused", 401, "unauthenticated",
                        lang -> request("GET", "/api/v1/users", nobody, "not-a-password", lang).build(),
                        "需要登录认证", "凭据未通过验证。", "Authentication required", "The credentials were not accepted."),
                new FilterProblem("a role that may not", 403, "forbidden",
                        lang -> request("GET", "/api/v1/audit", analyst, AccessFixtures.PASSWORD, lang).build(),
                        "无权访问", "您的角色无权执行此请求。", "Access denied", "Your role may not perform this request."),
                new FilterProblem("a page too large", 400, "validation",
                        lang -> request("GET", "/api/v1/users?size=100000", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, lang).build(),
                        "请求参数无效", "参数“size”不得超过 1000。", "Invalid request", "Parameter 'size' must be at most 1000."),
                new FilterProblem("a content type that names no type", 415, "unsupported-media-type",
                        lang -> request("POST", "/api/v1/users", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, lang)
                                .header("Content-Type", "application/*").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        "不支持的内容类型", "Content-Type“application/*”未指明唯一的内容类型，请使用 application/json。",
                        "Unsupported media type", "Content-Type 'application/*' does not name one media type; send application/json."),
                new FilterProblem("a body above the limit", 413, "payload-too-large",
                        lang -> request("POST", "/api/v1/users", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, lang)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}")).build(),
                        "请求内容过大", "请求体超过 1048576 字节的上限。", "Payload too large", "The request body exceeds the limit of 1048576 bytes."),
                new FilterProblem("a network deeper than an insurer sees", 403, "access-request-required",
                        lang -> request("GET", "/api/v1/entities/" + AccessFixtures.SUBJECT_ID + "/network?depth=3", insurer,
                                AccessFixtures.PASSWORD, lang).build(),
                        "须经监管部门特别审批", "未经监管部门对该实体的审批，保险机构最多只能查看 2 层关系网络。请向监管部门申请：POST "
                                + "/api/v1/access-requests {\"entityId\": \"" + AccessFixtures.SUBJECT_ID
                                + "\", \"scope\": \"DEEP_NETWORK\", \"purpose\": \"...\"}。",
                        "Special approval required", "An insurer sees networks of depth 2 at most without a regulator's approval"
                                + " for this entity. Ask a regulator: POST /api/v1/access-requests {\"entityId\": \""
                                + AccessFixtures.SUBJECT_ID + "\", \"scope\": \"DEEP_NETWORK\", \"purpose\": \"...\"}."));
        for (FilterProblem p : problems) {
            Reply zh = http.send(p.request().apply(CHINESE));
            Reply en = http.send(p.request().apply(null));
            for (Reply r : new Reply[] {zh, en}) {
                assertThat(r.status()).as(p.what() + ": " + r.raw().body()).isEqualTo(p.status());
                assertThat(r.contentType()).as(p.what()).startsWith("application/problem+json");
                assertThat(r.json().get("type").asString()).as(p.what()).isEqualTo("https://credlink.io/problems/" + p.slug());
                assertThat(r.json().get("status").asInt()).as(p.what()).isEqualTo(p.status());
                assertThat(r.header("Vary")).as(p.what()).contains("Accept-Language");
            }
            assertThat(zh.json().get("title").asString()).as(p.what()).isEqualTo(p.chineseTitle());
            assertThat(zh.json().get("detail").asString()).as(p.what()).isEqualTo(p.chineseDetail());
            assertThat(en.json().get("title").asString()).as(p.what()).isEqualTo(p.englishTitle());
            assertThat(en.json().get("detail").asString()).as(p.what()).isEqualTo(p.englishDetail());
            // extension members and field names are the same in both languages
            List<String> members = new ArrayList<>();
            en.json().properties().forEach(e -> members.add(e.getKey()));
            List<String> chineseMembers = new ArrayList<>();
            zh.json().properties().forEach(e -> chineseMembers.add(e.getKey()));
            assertThat(chineseMembers).as(p.what()).containsExactlyElementsOf(members);
            for (String member : members) {
                if (!member.equals("title") && !member.equals("detail") && !member.equals("errors")) {
                    assertThat(zh.json().get(member)).as(p.what() + " " + member).isEqualTo(en.json().get(member));
                }
            }
            if (en.json().has("errors")) {
                assertThat(zh.json().at("/errors/0/field").asString()).isEqualTo(en.json().at("/errors/0/field").asString());
                assertThat(zh.json().at("/errors/0/message").asString()).isEqualTo("不得超过 1000");
                assertThat(en.json().at("/errors/0/message").asString()).isEqualTo("must be at most 1000");
            }
        }
    }

    @Test
    void aUserAboveItsRateIsToldInItsLanguage() {
        // application-test.properties gives ratelimit-lang a bucket of 2, refilled every 100 s
        Reply created = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"ratelimit-lang\", \"password\": \""
                + AccessFixtures.PASSWORD + "\", \"role\": \"ANALYST\"}");
        assertThat(created.status()).as(created.raw().body()).isIn(201, 409);
        Reply zh = null;
        for (int i = 0; i < 5 && zh == null; i++) {
            Reply r = http.send(request("GET", "/api/v1/lists/black?size=1", "ratelimit-lang", AccessFixtures.PASSWORD, CHINESE).build());
            if (r.status() == 429) {
                zh = r;
            }
        }
        assertThat(zh).as("a 429 within 5 calls").isNotNull();
        Reply en = http.send(request("GET", "/api/v1/lists/black?size=1", "ratelimit-lang", AccessFixtures.PASSWORD, "en").build());
        assertThat(en.status()).isEqualTo(429);
        for (Reply r : new Reply[] {zh, en}) {
            assertThat(r.json().get("type").asString()).isEqualTo("https://credlink.io/problems/rate-limited");
            assertThat(r.header("Retry-After")).isNotBlank();
        }
        assertThat(zh.json().get("title").asString()).isEqualTo("请求过于频繁");
        assertThat(zh.json().get("detail").asString()).matches("用户“ratelimit-lang”的请求频率超过上限，请于 \\d+ 秒后重试。");
        assertThat(en.json().get("title").asString()).isEqualTo("Too many requests");
        assertThat(en.json().get("detail").asString())
                .matches("The request rate of user 'ratelimit-lang' is above its limit; retry after \\d+ s\\.");
    }

    @Test
    void aPathTomcatRefusesIsAnsweredInChineseToo() {
        Reply zh = http.send(request("GET", "/api/v1/entities/a%00b", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, CHINESE).build());
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().get("type").asString()).isEqualTo("https://credlink.io/problems/bad-request");
        assertThat(zh.json().get("title").asString()).isEqualTo("请求有误");
        assertThat(zh.json().get("detail").asString()).isEqualTo("无法处理该请求。");
        Reply en = http.send(request("GET", "/api/v1/entities/a%00b", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD, null).build());
        assertThat(en.json().get("title").asString()).isEqualTo("Bad request");
        assertThat(en.json().get("detail").asString()).isEqualTo("The request cannot be processed.");
    }

    private HttpRequest.Builder request(String method, String path, String user, String password, String language) {
        HttpRequest.Builder b = http.request(method, path, user, password);
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return b;
    }
}

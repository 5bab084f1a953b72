package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;

/** The running server answers problems in the language of {@code Accept-Language}, English by default. */
@CredLinkTest
class ProblemLanguageHttpTest {

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
}

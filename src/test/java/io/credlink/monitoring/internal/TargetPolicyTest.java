package io.credlink.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.credlink.monitoring.MonitoringProperties;
import io.credlink.monitoring.TargetRefused;
import io.credlink.web.ProblemLanguage;

/**
 * Webhook targets: internal addresses refused (literals, so no DNS is needed), allowed hosts pass;
 * each refusal has its Chinese (the explorer shows it next to the URL in the reader's language).
 */
class TargetPolicyTest {

    static TargetPolicy policy(String... allowed) {
        return new TargetPolicy(new MonitoringProperties(List.of(allowed), Duration.ofSeconds(1), Duration.ofHours(24),
                Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofSeconds(10), Duration.ofMillis(500), 100, true,
                "", "", ZoneId.of("UTC")));
    }

    @Test
    void internalAddressesAreRefused() {
        TargetPolicy p = policy();
        for (String url : List.of("http://127.0.0.1/", "http://127.8.9.10:8080/x", "http://[::1]/", "http://10.0.0.1/",
                "http://172.16.5.4/", "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/",
                "http://[fe80::1]/", "http://[fd00::1]/", "http://[fc12::1]/", "http://0.0.0.0/", "http://[::]/",
                "http://100.64.0.1/", "http://100.127.255.254/", "http://224.0.0.1/", "http://[::ffff:127.0.0.1]/",
                "https://user:pw@8.8.8.8/", "gopher://8.8.8.8/", "http:///path", "not a url")) {
            assertThatThrownBy(() -> p.check(url)).as(url).isInstanceOf(TargetRefused.class);
        }
    }

    @Test
    void everyRefusalReadsInChinese() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setAlwaysUseMessageFormat(true);
        source.setFallbackToSystemLocale(false);
        ProblemLanguage language = new ProblemLanguage(source);
        TargetPolicy p = policy();
        for (String url : List.of("http://10.0.0.1/hook", "https://user:pw@8.8.8.8/", "gopher://8.8.8.8/", "http:///path", "not a url")) {
            String refusal = refusal(p, url);
            assertThat(language.knows(refusal)).as("a pattern for: " + refusal).isTrue();
            assertThat(language.text(refusal, ProblemLanguage.CHINESE)).as(refusal).containsPattern("\\p{IsHan}").doesNotContain("address");
        }
        assertThat(language.text(refusal(p, "http://192.168.1.1/hook"), ProblemLanguage.CHINESE)).isEqualTo(
                "主机 192.168.1.1 是本机回环、内网或链路本地地址，不能作为接收地址；如确需使用，请管理员将其加入 credlink.monitoring.allowed-hosts");
        // a name that does not resolve (not looked up here: no DNS in unit tests)
        assertThat(language.text("the host hooks.example.invalid cannot be resolved", ProblemLanguage.CHINESE))
                .isEqualTo("无法解析主机 hooks.example.invalid");
    }

    private static String refusal(TargetPolicy policy, String url) {
        try {
            policy.check(url);
        } catch (TargetRefused e) {
            return e.getMessage();
        }
        throw new AssertionError(url + " was not refused");
    }

    @Test
    void publicAddressesAndAllowedHostsPass() {
        assertThat(policy().check("https://8.8.8.8/hook").getHost()).isEqualTo("8.8.8.8");
        assertThat(policy().check("http://172.32.0.1/").getHost()).isEqualTo("172.32.0.1");
        assertThat(policy().check("http://100.128.0.1/").getHost()).isEqualTo("100.128.0.1");
        assertThat(policy("127.0.0.1").check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
        assertThat(policy("::1").check("http://[::1]:9000/hook").getPort()).isEqualTo(9000);
    }
}

package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The limits of credlink.security.* bind with their documented defaults and per-user buckets. */
class AccessLimitsBindingTest {

    static AccessProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("credlink.security",
                AccessProperties.class);
    }

    @Test
    void defaults() {
        AccessProperties p = bind(Map.of());
        assertThat(p.lockout().maxFailures()).isEqualTo(5);
        assertThat(p.lockout().duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.rateLimit().enabled()).isTrue();
        assertThat(p.rateLimit().bucketOf("anyone")).isEqualTo(new AccessProperties.Bucket(300, 50));
        assertThat(p.limits().maxJsonBody().toBytes()).isEqualTo(1024 * 1024);
        assertThat(p.limits().maxPageSize()).isEqualTo(1000);
        assertThat(p.accessRequestValidity()).isEqualTo(Duration.ofHours(24));
        assertThat(p.audit().queueCapacity()).isEqualTo(10000);
    }

    @Test
    void aNamedUserGetsItsOwnBucket() {
        AccessProperties p = bind(Map.of("credlink.security.rate-limit.users.batch-user.capacity", "3",
                "credlink.security.rate-limit.users.batch-user.refill-per-second", "0.01",
                "credlink.security.access-request-validity", "2h"));
        assertThat(p.rateLimit().bucketOf("batch-user")).isEqualTo(new AccessProperties.Bucket(3, 0.01));
        assertThat(p.rateLimit().bucketOf("other").capacity()).isEqualTo(300);
        assertThat(p.accessRequestValidity()).isEqualTo(Duration.ofHours(2));
    }
}

package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.credlink.CredLinkTest;
import io.credlink.MovableClock;
import io.credlink.access.AccessProperties;
import io.credlink.access.Role;

/** The sign-in provider on its own instance, with a password encoder that counts its checks. */
@CredLinkTest
class CachingAuthenticationProviderTest {

    private static final String PASSWORD = "caching-provider-password-1";

    @Autowired
    GraphUserDetailsService userDetails;

    @Autowired
    UserQueries users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccessProperties properties;

    @Autowired
    LoginAttempts attempts;

    @Test
    void concurrentSignInsOfOneUserPayOneBCryptCheck() throws Exception {
        String name = newUser();
        AtomicInteger checks = new AtomicInteger();
        CachingAuthenticationProvider provider = new CachingAuthenticationProvider(userDetails, counting(checks),
                new CredentialCache(properties), attempts);
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Authentication>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD));
                }));
            }
            start.countDown();
            for (Future<Authentication> r : results) {
                assertThat(r.get(30, TimeUnit.SECONDS).getName()).isEqualTo(name);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checks.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeEvenWhileARightOneIsCached() {
        String name = newUser();
        AtomicInteger checks = new AtomicInteger();
        CachingAuthenticationProvider provider = new CachingAuthenticationProvider(userDetails, counting(checks),
                new CredentialCache(properties), attempts);
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD)).getName())
                .isEqualTo(name);
        assertThat(checks.get()).isEqualTo(3);
    }

    @Test
    void oneRequestChecksAgainAheadOfExpiryWhileTheOthersAreServedFromTheCache() {
        String name = newUser();
        AtomicInteger checks = new AtomicInteger();
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
        CachingAuthenticationProvider provider = new CachingAuthenticationProvider(userDetails, counting(checks),
                new CredentialCache(Duration.ofSeconds(60), 10, clock), attempts);
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD));
        clock.advance(Duration.ofSeconds(53));
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD));
        assertThat(checks.get()).as("before the last tenth of the TTL the cache answers").isEqualTo(1);
        clock.advance(Duration.ofSeconds(2)); // 55 s: inside the last tenth of the 60 s TTL, not yet expired
        for (int i = 0; i < 3; i++) {
            assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD)).getName())
                    .isEqualTo(name);
        }
        assertThat(checks.get()).as("one request checked again, the others were served from the cache").isEqualTo(2);
    }

    @Test
    void anExpiredSignInIsCheckedAgain() {
        String name = newUser();
        AtomicInteger checks = new AtomicInteger();
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
        CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), 10, clock);
        CachingAuthenticationProvider provider = new CachingAuthenticationProvider(userDetails, counting(checks),
                cache, attempts);
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD));
        clock.advance(Duration.ofSeconds(60));
        assertThat(cache.find(name, PASSWORD)).as("an entry is gone once its TTL has passed").isNull();
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD));
        assertThat(checks.get()).isEqualTo(2);
    }

    private String newUser() {
        String name = "cap-test-" + System.nanoTime();
        users.create(name, encoder.encode(PASSWORD), Role.ANALYST, null, null);
        return name;
    }

    private PasswordEncoder counting(AtomicInteger checks) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
    }
}

package io.credlink.access.internal;

import static io.credlink.access.Role.ADMIN;
import static io.credlink.access.Role.ANALYST;
import static io.credlink.access.Role.INSURER;
import static io.credlink.access.Role.REGULATOR;
import static io.credlink.access.Role.SUBJECT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import io.credlink.access.Role;
import jakarta.servlet.DispatcherType;

/**
 * Who may call what: the one place that maps every endpoint of API.md to the roles of its role
 * table (docs/security.md explains each line). First match wins. Anything under {@code /api/}
 * that is not listed here is denied to everybody, so a new endpoint is unreachable until it
 * gets a line in {@link #API}. Finer rules (an insurer's own customers, masking) come on top
 * of this, in the services.
 */
public final class EndpointPolicy {

    /** One line of the table: method (null = any), Spring path pattern, roles allowed. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {
    }

    private static final Role[] READERS = {ADMIN, REGULATOR, ANALYST, INSURER};
    private static final Role[] INVESTIGATORS = {ADMIN, REGULATOR, ANALYST};
    private static final Role[] AUTHORITIES = {ADMIN, REGULATOR};

    /** The API's endpoints and their roles, in match order. */
    public static final List<Rule> API = List.of(
            rule(HttpMethod.POST, "/api/v1/imports", AUTHORITIES),
            // the party or object, its network and the measures in force on it
            rule(HttpMethod.GET, "/api/v1/entities/**", READERS),
            rule(HttpMethod.GET, "/api/v1/paths", READERS),
            rule(HttpMethod.GET, "/api/v1/search", READERS),
            // entity resolution: resolved entities are read like parties; the queue and decisions
            // are investigators' work, full runs the authorities'
            rule(HttpMethod.GET, "/api/v1/resolved/*", READERS),
            rule(HttpMethod.GET, "/api/v1/resolution/reviews", INVESTIGATORS),
            rule(HttpMethod.POST, "/api/v1/resolution/decisions", INVESTIGATORS),
            rule(HttpMethod.GET, "/api/v1/resolution/decisions", INVESTIGATORS),
            rule(HttpMethod.POST, "/api/v1/resolution/runs", AUTHORITIES),
            // market-wide counts: other insurers' business volume is not an insurer's to read
            rule(HttpMethod.GET, "/api/v1/statistics/**", INVESTIGATORS),
            rule(HttpMethod.POST, "/api/v1/sanctions/impact", AUTHORITIES),
            rule(HttpMethod.POST, "/api/v1/sanctions", AUTHORITIES),
            rule(HttpMethod.GET, "/api/v1/sanctions/*/propagation", INVESTIGATORS),
            // due process on a recorded sanction: withdrawal and early end (credit repair)
            rule(HttpMethod.POST, "/api/v1/sanctions/*/withdrawal", AUTHORITIES),
            rule(HttpMethod.POST, "/api/v1/sanctions/*/early-end", AUTHORITIES),
            // initiate, respond, feed back: implementers report measures, the regulator reads them
            rule(HttpMethod.GET, "/api/v1/sanctions/*/feedback", AUTHORITIES),
            rule(HttpMethod.POST, "/api/v1/measures/feedback", ADMIN, REGULATOR, INSURER),
            rule(HttpMethod.GET, "/api/v1/sanctions/*", INVESTIGATORS),
            rule(HttpMethod.POST, "/api/v1/records", AUTHORITIES),
            rule(HttpMethod.POST, "/api/v1/records/*/withdrawal", AUTHORITIES),
            rule(HttpMethod.GET, "/api/v1/records/*", INVESTIGATORS),
            // published black and red lists: insurers are their audience
            rule(HttpMethod.GET, "/api/v1/lists/**", READERS),
            rule(null, "/api/v1/fraud/**", INVESTIGATORS),
            // every party's score at once enumerates the market: investigators only (before the line below)
            rule(HttpMethod.GET, "/api/v1/credit/scores", INVESTIGATORS),
            rule(HttpMethod.GET, "/api/v1/credit/scores/**", READERS),
            rule(HttpMethod.GET, "/api/v1/credit/summary", READERS),
            rule(HttpMethod.POST, "/api/v1/credit/recomputations", AUTHORITIES),
            // whether scores have caught up with the latest changes
            rule(HttpMethod.GET, "/api/v1/credit/recomputations", INVESTIGATORS),
            rule(HttpMethod.POST, "/api/v1/counterparty-checks", READERS),
            rule(HttpMethod.POST, "/api/v1/objections/*/resolution", AUTHORITIES),
            rule(HttpMethod.POST, "/api/v1/objections", SUBJECT),
            // a subject reads its own objections (the service scopes them), authorities all
            rule(HttpMethod.GET, "/api/v1/objections", ADMIN, REGULATOR, SUBJECT),
            rule(HttpMethod.GET, "/api/v1/objections/*", ADMIN, REGULATOR, SUBJECT),
            rule(HttpMethod.GET, "/api/v1/me/**", SUBJECT),
            rule(HttpMethod.GET, "/api/v1/audit", AUTHORITIES),
            // special-approval queries: insurers ask, regulators decide
            rule(HttpMethod.POST, "/api/v1/access-requests", INSURER),
            rule(HttpMethod.POST, "/api/v1/access-requests/*/decision", AUTHORITIES),
            rule(HttpMethod.GET, "/api/v1/access-requests", ADMIN, REGULATOR, INSURER),
            rule(HttpMethod.GET, "/api/v1/access-requests/*", ADMIN, REGULATOR, INSURER),
            // monitoring: each user's (an insurer's organisation's) watch lists, webhooks and inbox
            rule(null, "/api/v1/watchlists", READERS),
            rule(null, "/api/v1/watchlists/**", READERS),
            rule(HttpMethod.POST, "/api/v1/subscriptions", READERS),
            rule(HttpMethod.GET, "/api/v1/subscriptions", READERS),
            rule(HttpMethod.GET, "/api/v1/notifications", READERS),
            rule(HttpMethod.POST, "/api/v1/notifications/read", READERS),
            rule(null, "/api/v1/users/**", ADMIN));

    /** Static files of the web UI (it signs in through the API), readable without credentials. */
    public static final List<String> STATIC = List.of("/", "/index.html", "/css/**", "/js/**", "/i18n/**", "/webjars/**",
            "/favicon.ico");

    private EndpointPolicy() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        // the container's error dispatch renders problem+json for a request already decided
        auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        auth.requestMatchers("/error").permitAll();
        auth.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
        auth.requestMatchers("/actuator", "/actuator/**").hasRole(ADMIN.name());
        auth.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                "/swagger-ui/**").authenticated();
        for (Rule rule : API) {
            String[] roles = rule.roles().stream().map(Role::name).toArray(String[]::new);
            if (rule.method() == null) {
                auth.requestMatchers(rule.pattern()).hasAnyRole(roles);
            } else {
                auth.requestMatchers(rule.method(), rule.pattern()).hasAnyRole(roles);
            }
        }
        auth.requestMatchers("/api", "/api/**").denyAll();
        auth.requestMatchers(HttpMethod.GET, STATIC.toArray(String[]::new)).permitAll();
        auth.anyRequest().authenticated();
    }

    private static Rule rule(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, EnumSet.copyOf(Arrays.asList(roles)));
    }
}

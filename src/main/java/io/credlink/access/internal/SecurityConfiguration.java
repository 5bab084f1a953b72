package io.credlink.access.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.credlink.access.AccessProperties;
import io.credlink.access.AccessRequestService;
import io.credlink.access.ProblemWriter;
import jakarta.servlet.DispatcherType;

/**
 * HTTP Basic against the users in the graph, stateless (no session, no cookie, hence no CSRF
 * token: a browser never sends the credentials on its own), authorisation by {@link EndpointPolicy}.
 * Method security is on for rules finer than a path (e.g. "its own customers").
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** The HTTP filter chain exists only when serving HTTP; commands such as {@code import} run without it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class HttpSecurityConfiguration {

        @Bean
        SecurityFilterChain apiSecurity(HttpSecurity http, LoginAttempts attempts, ProblemWriter writer) throws Exception {
            ProblemSecurityHandlers problems = new ProblemSecurityHandlers(attempts, writer);
            http
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(cache -> cache.disable())
                    .logout(logout -> logout.disable())
                    .formLogin(form -> form.disable())
                    .httpBasic(basic -> basic.realmName(ProblemSecurityHandlers.REALM).authenticationEntryPoint(problems))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                    .authorizeHttpRequests(EndpointPolicy::apply);
            return http.build();
        }

        /**
         * No observation decorators around every security filter, the authentication and the
         * authorisation: on a small machine they cost about a third of a counterparty check's CPU
         * (docs/benchmarks.md, issue 5). The http.server.requests observation still times every call.
         */
        @Bean
        SecurityObservationSettings securityObservationSettings() {
            return SecurityObservationSettings.noObservations();
        }

        /** Rate limit, size limits, approvals, masking and audit of every /api call, right after the security chain. */
        @Bean
        FilterRegistrationBean<AccessFilter> accessFilter(AccessProperties properties, RateLimiter limiter, AuditLog audit,
                VisibleEntities visibility, AccessRequestService accessRequests,
                ObjectProvider<RequestMappingHandlerMapping> mappings, ProblemWriter problems) {
            FilterRegistrationBean<AccessFilter> registration = new FilterRegistrationBean<>(new AccessFilter(
                    properties, limiter, audit, visibility, accessRequests, new MultipartRoutes(mappings), problems));
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }

    @Bean
    PasswordEncoder passwordEncoder(AccessProperties properties) {
        return new BoundedBCryptPasswordEncoder(properties.bcryptStrength());
    }
}

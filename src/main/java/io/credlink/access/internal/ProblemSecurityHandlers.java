package io.credlink.access.internal;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.credlink.access.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 from the security filter chain, as problem+json with the same types and titles
 * the MVC advice uses ({@link FilterProblems}), in the request's language. The detail never says
 * whether the user exists or is disabled.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "CredLink";

    private final LoginAttempts attempts;
    private final ProblemWriter problems;

    ProblemSecurityHandlers(LoginAttempts attempts, ProblemWriter problems) {
        this.attempts = attempts;
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        String detail = ex == null || ex instanceof InsufficientAuthenticationException
                ? "Send HTTP Basic credentials." : "The credentials were not accepted.";
        if (!fromScript(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        }
        if (ex instanceof LockedException) {
            long seconds = Math.max(1, attempts.lockRemaining(lockedName(request)).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(request, response, FilterProblems.of(HttpStatus.UNAUTHORIZED, "sign-in-locked", "Sign-in locked",
                    "Too many failed sign-ins for this user name; try again later."));
            return;
        }
        problems.write(request, response, FilterProblems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Authentication required", detail));
    }

    /**
     * The web explorer signs in with its own form and marks its calls with
     * {@code X-Requested-With: XMLHttpRequest}; without the challenge the browser shows no
     * password dialog of its own on a 401.
     */
    private static boolean fromScript(HttpServletRequest request) {
        return "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        problems.write(request, response, FilterProblems.of(HttpStatus.FORBIDDEN, "forbidden", "Access denied",
                "Your role may not perform this request."));
    }

    /** The user name of the Basic header (only to say how long its lock lasts). */
    private static String lockedName(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).trim()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

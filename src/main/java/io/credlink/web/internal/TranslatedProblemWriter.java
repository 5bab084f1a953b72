package io.credlink.web.internal;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import io.credlink.access.ProblemWriter;
import io.credlink.web.ProblemLanguage;
import io.credlink.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The problems the access module answers before Spring MVC (401, 403 for a role, 429, the body
 * and page limits, special approval, an unaudited answer) in the request's language, written as
 * {@link Problems#write} writes every other one.
 */
@Component
class TranslatedProblemWriter implements ProblemWriter {

    private final ProblemLanguage language;

    TranslatedProblemWriter(ProblemLanguage language) {
        this.language = language;
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException ignored) {
                // a path that is not a valid URI reference is left out rather than echoed
            }
        }
        // an answer Spring MVC had started (the masking filter's refusals) may carry it already
        if (response.getHeaders(HttpHeaders.VARY).stream().noneMatch(v -> v.contains(HttpHeaders.ACCEPT_LANGUAGE))) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        Problems.write(response, language.translate(problem, ProblemLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}

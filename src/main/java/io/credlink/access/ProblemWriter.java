package io.credlink.access;

import java.io.IOException;

import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a problem as the whole answer to a request, in the language the request asks for
 * ({@code Accept-Language}), for the answers this module gives outside Spring MVC: the security
 * chain's 401 and 403 and the access filter's limits, approvals and refusals. The web module,
 * the one home of problem bodies and their translation, provides it; this module cannot call
 * the web module itself, because the web module's table of problems depends on this one.
 */
public interface ProblemWriter {

    /** Sets status, content type and {@code instance} (the request path) and writes the body. */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException;
}

package io.credlink.web.internal;

import java.io.IOException;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.credlink.web.ProblemLanguage;
import io.credlink.web.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Boot's error page: whatever reaches the container's error dispatch (a filter that
 * failed or called {@code sendError}, a request the firewall rejected, a servlet error) is
 * answered as {@code application/problem+json} too, never as Boot's JSON map or an HTML page.
 * Writes the body itself so that no {@code Accept} header can turn it into a 406.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemLanguage language;

    ProblemErrorController(ProblemLanguage language) {
        this.language = language;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer i ? HttpStatusCode.valueOf(i) : HttpStatus.NOT_FOUND;
        if (failure != null && cause(failure, RequestRejectedException.class)) {
            status = HttpStatus.BAD_REQUEST;
        }
        String detail;
        if (status.is5xxServerError()) {
            log.error("{} {} failed outside Spring MVC", request.getAttribute(RequestDispatcher.ERROR_METHOD),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
            detail = Problems.INTERNAL_DETAIL;
        } else {
            detail = switch (status.value()) {
                case 400 -> "The request cannot be processed.";
                case 404 -> "No resource at this path.";
                case 413 -> "The request exceeds the configured size limit.";
                default -> null;
            };
        }
        ProblemDetail problem = Problems.of(status, Problems.typeFor(status), Problems.titleFor(status), detail);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && isSafe(path)) {
            problem.setInstance(URI.create(path));
        }
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            Problems.write(response, language.translate(problem,
                    ProblemLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
        }
    }

    private static boolean isSafe(String path) {
        try {
            URI.create(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean cause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}

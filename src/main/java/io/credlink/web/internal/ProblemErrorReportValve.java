package io.credlink.web.internal;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import io.credlink.web.ProblemLanguage;
import io.credlink.web.Problems;

/**
 * Tomcat's own error page, for the few requests it refuses before the application sees them (a
 * NUL or other forbidden character in the path, a malformed request line): problem+json like
 * every other error instead of an HTML page. Errors of the application never get here, they are
 * rendered by {@link ProblemErrorController} and the advice. In the request's language when the
 * application registered it with its {@link ProblemLanguage}, else in English.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemLanguage language;

    /** Tomcat's own way of making the valve (by class name): English problems. */
    public ProblemErrorReportValve() {
        this(null);
    }

    ProblemErrorReportValve(ProblemLanguage language) {
        this.language = language;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatusCode status = HttpStatusCode.valueOf(code);
        try {
            response.resetBuffer();
            ProblemDetail problem = Problems.of(status, Problems.typeFor(status), Problems.titleFor(status),
                    status.is5xxServerError() ? Problems.INTERNAL_DETAIL : "The request cannot be processed.");
            if (language != null) {
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
                language.translate(problem, ProblemLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
            }
            Problems.write(response.getResponse(), problem);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more to say
        }
    }
}

package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The advice's mapping for errors the HTTP tests cannot provoke cheaply. */
class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final ServletWebRequest request = new ServletWebRequest(
            new MockHttpServletRequest("GET", "/api/v1/entities/P-1/network"), new MockHttpServletResponse());

    @Test
    void oversizedUploadIs413() throws Exception {
        ProblemDetail p = body(advice.handleException(new MaxUploadSizeExceededException(1024), request));
        assertThat(p.getStatus()).isEqualTo(413);
        assertThat(p.getType()).isEqualTo(Problems.PAYLOAD_TOO_LARGE);
        assertThat(p.getDetail()).contains("1024");
    }

    @Test
    void badIsoDateNamesTheParameter() throws Exception {
        Method m = Sample.class.getDeclaredMethod("network", LocalDate.class);
        var ex = new MethodArgumentTypeMismatchException("2024-13-45", LocalDate.class, "asOf",
                new MethodParameter(m, 0), new IllegalArgumentException("boom"));
        ResponseEntity<Object> r = advice.handleException(ex, request);
        ProblemDetail p = body(r);
        assertThat(p.getStatus()).isEqualTo(400);
        assertThat(p.getType()).isEqualTo(Problems.BAD_PARAMETER);
        assertThat(p.getDetail()).contains("'asOf'").contains("ISO-8601").doesNotContain("boom");
        assertThat(errors(p)).containsExactly(Map.of("field", "asOf", "message", "must be an ISO-8601 date (yyyy-MM-dd)"));
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void missingParameterIs400NamingIt() throws Exception {
        ProblemDetail p = body(advice.handleException(new MissingServletRequestParameterException("from", "String"), request));
        assertThat(p.getStatus()).isEqualTo(400);
        assertThat(errors(p)).containsExactly(Map.of("field", "from", "message", "is required"));
    }

    @Test
    void moduleExceptionsKeepTheirType() throws Exception {
        ProblemDetail own = Problems.of(HttpStatus.NOT_FOUND, Problems.type("party-not-found"), "Party not found", "No P-1");
        ProblemDetail p = body(advice.handleException(new ErrorResponseException(HttpStatus.NOT_FOUND, own, null), request));
        assertThat(p.getType()).isEqualTo(Problems.type("party-not-found"));
        assertThat(p.getTitle()).isEqualTo("Party not found");
        assertThat(p.getInstance()).hasToString("/api/v1/entities/P-1/network");
    }

    @Test
    void unexpectedExceptionsAre500WithoutTheirMessage() {
        ProblemDetail p = body(advice.handleUnexpected(new IllegalStateException("secret internals"), request));
        assertThat(p.getStatus()).isEqualTo(500);
        assertThat(p.getType()).isEqualTo(Problems.INTERNAL_ERROR);
        assertThat(p.getDetail()).isEqualTo(Problems.INTERNAL_DETAIL);
        assertThat(p.toString()).doesNotContain("secret internals");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> errors(ProblemDetail p) {
        return (List<Map<String, String>>) p.getProperties().get("errors");
    }

    private static ProblemDetail body(ResponseEntity<Object> response) {
        return (ProblemDetail) response.getBody();
    }

    static class Sample {
        void network(@RequestParam LocalDate asOf) {
        }
    }
}

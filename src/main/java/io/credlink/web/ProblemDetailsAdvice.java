package io.credlink.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place that turns exceptions into RFC 9457 problem details
 * ({@code application/problem+json}): the named exceptions of the modules (through the one
 * table of {@link DomainProblems}), Spring MVC's own errors, Bean Validation, security
 * exceptions raised inside controllers and everything else (500, logged, generic detail).
 * Every problem gets a stable {@code type} ({@link Problems}), a title and the request path as
 * {@code instance}. Validation problems carry {@code errors: [{field, message}]}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** Absent only where the advice is built by hand (unit tests): problems stay English. */
    private final ProblemLanguage language;

    @Autowired
    public ProblemDetailsAdvice(ProblemLanguage language) {
        this.language = language;
    }

    ProblemDetailsAdvice() {
        this(null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(fieldMessage(e)));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new Problems.FieldMessage(e.getObjectName(), message(e))));
        return validation(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = parameterName(result.getMethodParameter());
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors().forEach(e -> errors.add(fieldMessage(e)));
            } else {
                result.getResolvableErrors().forEach(e -> errors.add(new Problems.FieldMessage(name, message(e))));
            }
        }
        return validation(ex, errors, headers, request);
    }

    /** Bean Validation on a {@code @Validated} service or component. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<Problems.FieldMessage> errors = ex.getConstraintViolations().stream()
                .map(v -> new Problems.FieldMessage(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validation(ex, errors, new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        MismatchedInputException mismatch = cause(ex, MismatchedInputException.class);
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            // Well-formed JSON with a value of the wrong type: say which field, like Bean Validation.
            return validation(ex, List.of(new Problems.FieldMessage(path(mismatch), typeMessage(mismatch))), headers, request);
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, "Malformed request body",
                cause(ex, JacksonException.class) != null ? "The request body is not valid JSON."
                        : "The request body is missing or cannot be read.");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? parameterName(m.getParameter())
                : ex.getPropertyName();
        String message = expectation(ex.getRequiredType());
        ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, Problems.BAD_PARAMETER,
                "Invalid request parameter", "Parameter '" + name + "' " + message + "."),
                List.of(new Problems.FieldMessage(name, message)));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return missing(ex, ex.getParameterName(), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return missing(ex, ex.getRequestPartName(), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE,
                "Payload too large", ex.getMaxUploadSize() > 0
                        ? "The upload exceeds the limit of " + ex.getMaxUploadSize() + " bytes."
                        : "The upload exceeds the configured size limit.");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    /** A multipart body that cannot be parsed (other than too large) is the client's fault. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMultipart(MultipartException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, "Malformed request body",
                "The multipart request cannot be read.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** Method security inside a controller or service: 401 when nobody is signed in, else 403. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return unauthenticated(ex, request);
        }
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Access denied",
                "Your role may not perform this request.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex, WebRequest request) {
        return unauthenticated(ex, request);
    }

    /** A module's named exception, as its row of {@link DomainProblems} says; without a row it is ours. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> handleDomain(RuntimeException ex, WebRequest request) {
        return DomainProblems.problemFor(ex)
                .map(problem -> handleExceptionInternal(ex, problem, new HttpHeaders(),
                        HttpStatusCode.valueOf(problem.getStatus()), request))
                .orElseGet(() -> handleUnexpected(ex, request));
    }

    /** Everything else is our fault: log it, answer without any detail of the cause. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR,
                "Internal error", Problems.INTERNAL_DETAIL);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /**
     * Every answer passes here: gives Spring's own problems (type {@code about:blank}) a stable
     * CredLink type and title, sets {@code instance}, keeps 5xx causes out of the body.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p
                : ex instanceof ErrorResponseException e ? e.getBody()
                : ProblemDetail.forStatus(statusCode);
        if (statusCode.is5xxServerError()) {
            log.error("{} {} failed", method(request), path(request), ex);
            problem = Problems.of(statusCode, Problems.typeFor(statusCode), Problems.titleFor(statusCode),
                    statusCode.value() == 503 ? "The service is temporarily unavailable." : Problems.INTERNAL_DETAIL);
        } else if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            problem.setType(Problems.typeFor(statusCode));
            problem.setTitle(Problems.titleFor(statusCode));
        }
        if (problem.getInstance() == null) {
            String path = path(request);
            if (path != null) {
                problem.setInstance(URI.create(path));
            }
        }
        if (language != null) {
            language.translate(problem, ProblemLanguage.of(header(request, HttpHeaders.ACCEPT_LANGUAGE)));
        }
        // Problems are JSON whatever the request accepted (406 and CSV endpoints included).
        HttpHeaders out = new HttpHeaders();
        out.putAll(headers);
        out.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            out.remove(HttpHeaders.ACCEPT);
        }
        return super.handleExceptionInternal(ex, problem, out, statusCode, request);
    }

    private ResponseEntity<Object> validation(Exception ex, List<Problems.FieldMessage> errors, HttpHeaders headers,
            WebRequest request) {
        ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", "The request has invalid fields."), errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> missing(Exception ex, String name, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, Problems.BAD_PARAMETER,
                "Invalid request parameter", "Required parameter '" + name + "' is missing."),
                List.of(new Problems.FieldMessage(name, "is required")));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> unauthenticated(Exception ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
                "Authentication required", "Send valid HTTP Basic credentials.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"CredLink\"");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNAUTHORIZED, request);
    }

    private static Problems.FieldMessage fieldMessage(FieldError e) {
        return new Problems.FieldMessage(e.getField(), message(e));
    }

    private static String message(MessageSourceResolvable e) {
        return e.getDefaultMessage() != null ? e.getDefaultMessage() : "is invalid";
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type == LocalDate.class) {
            return "must be an ISO-8601 date (yyyy-MM-dd)";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        return "has an invalid value";
    }

    private static String typeMessage(MismatchedInputException ex) {
        if (ex instanceof InvalidFormatException || ex.getTargetType() != null) {
            return expectation(ex.getTargetType());
        }
        return "has an invalid value";
    }

    private static String path(JacksonException ex) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String lastNode(String propertyPath) {
        // "create.request.name" from a validated method: the client knows only "name".
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
        return servlet != null ? servlet.getRequestURI() : null;
    }

    private static String header(WebRequest request, String name) {
        HttpServletRequest servlet = request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
        return servlet != null ? servlet.getHeader(name) : null;
    }

    private static String method(WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
        return servlet != null ? servlet.getMethod() : "";
    }
}

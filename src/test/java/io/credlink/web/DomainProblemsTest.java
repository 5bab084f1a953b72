package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every exception class of every module (found by scanning the compiled main classes, so a new
 * one is included without editing this test) has its own row in {@link DomainProblems}, and the
 * advice shows it to clients exactly as {@code web/domain-problems.json} pins: type, title,
 * status, detail and extension members.
 */
class DomainProblemsTest {

    /** Raised by commands only, never behind an endpoint. */
    static final Set<String> NOT_HTTP = Set.of("io.credlink.datagen.OutputNotEmptyException");

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<Class<? extends RuntimeException>> SCANNED = moduleExceptions();

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    private static List<Class<? extends RuntimeException>> moduleExceptions() {
        List<Class<? extends RuntimeException>> found = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.credlink")) {
            if (c.isAssignableTo(RuntimeException.class) && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.getPackageName().startsWith("io.credlink.web") && !NOT_HTTP.contains(c.getName())) {
                found.add(c.reflect().asSubclass(RuntimeException.class));
            }
        }
        return List.copyOf(found);
    }

    @Test
    void theScanFindsTheExceptionsOfEveryModuleThatHasThem() {
        assertThat(SCANNED).extracting(c -> c.getPackageName().split("\\.")[2]).contains(
                "access", "credit", "fraud", "ingest", "registry", "sanction");
    }

    @Test
    void everyModuleExceptionHasItsOwnRow() {
        assertThat(SCANNED).filteredOn(c -> !DomainProblems.TABLE.containsKey(c))
                .as("module exceptions without a row in DomainProblems").isEmpty();
    }

    @Test
    void everyRowIsAModuleException() {
        assertThat(DomainProblems.TABLE.keySet()).allMatch(SCANNED::contains);
    }

    @Test
    void clientsSeeEveryModuleExceptionAsPinned() throws Exception {
        JsonNode pinned;
        try (InputStream in = getClass().getResourceAsStream("/web/domain-problems.json")) {
            pinned = JSON.readTree(in).get("problems");
        }
        List<String> scanned = new ArrayList<>();
        for (Class<? extends RuntimeException> type : SCANNED) {
            scanned.add(type.getName());
            JsonNode expected = pinned.get(type.getName());
            assertThat(expected).as("pinned problem of " + type.getName() + " in web/domain-problems.json").isNotNull();
            ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/x"),
                    new MockHttpServletResponse());
            ResponseEntity<Object> answer = advice.handleDomain(sample(type), request);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            ProblemDetail problem = (ProblemDetail) answer.getBody();
            assertThat(answer.getStatusCode().value()).as(type.getName()).isEqualTo(expected.get("status").asInt());
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("status", problem.getStatus());
            seen.put("type", problem.getType().toString());
            seen.put("title", problem.getTitle());
            seen.put("detail", problem.getDetail());
            if (problem.getProperties() != null) {
                seen.put("properties", problem.getProperties());
            }
            JsonNode actual = JSON.valueToTree(seen);
            assertThat((Object) actual).as(type.getName()).isEqualTo(expected);
            assertThat(problem.getInstance()).hasToString("/api/v1/x");
        }
        List<String> stale = new ArrayList<>();
        pinned.propertyNames().forEach(name -> {
            if (!scanned.contains(name)) {
                stale.add(name);
            }
        });
        assertThat(stale).as("pinned problems of exceptions that no longer exist").isEmpty();
    }

    @Test
    void anExceptionWithoutARowIsAnInternalError() {
        ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/x"),
                new MockHttpServletResponse());
        ProblemDetail problem = (ProblemDetail) advice.handleDomain(new IllegalStateException("secret"), request).getBody();
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).isEqualTo(Problems.INTERNAL_DETAIL);
    }

    /** The exception built from its public constructor with the sample values the pinned file states. */
    static RuntimeException sample(Class<? extends RuntimeException> type) throws Exception {
        Constructor<?>[] constructors = type.getConstructors();
        assertThat(constructors).as("public constructors of " + type.getName()).hasSize(1);
        Constructor<?> constructor = constructors[0];
        Type[] params = constructor.getGenericParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = value(params[i], i);
        }
        return (RuntimeException) constructor.newInstance(args);
    }

    private static Object value(Type type, int index) throws Exception {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(value(p.getActualTypeArguments()[0], 0));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "s" + index;
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(components[i].getGenericType(), i);
            }
            return c.getDeclaredConstructor(types).newInstance(values);
        }
        throw new IllegalArgumentException("no sample value for " + type + "; teach DomainProblemsTest one");
    }
}

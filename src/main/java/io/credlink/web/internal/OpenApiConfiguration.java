package io.credlink.web.internal;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The OpenAPI description's header and the problem+json error shape: every operation documents
 * 400, 401, 403, 406 and 500 as {@code Problem}, one with a body 413 and 415 too, unless it says
 * something more specific.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";

    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid input (validation problems carry errors: [{field, message}])",
            "401", "No or bad credentials (HTTP Basic)",
            "403", "The user's role may not do this",
            "406", "Accept names no format this operation answers in (JSON; CSV where documented)",
            "500", "Server error (logged; no detail in the body)");

    /** Operations that take a body: its size and type are checked before the operation runs. */
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "Body above credlink.security.limits.max-json-body (1MB; uploads: the multipart limits)",
            "415", "Content-Type this operation does not take, or one that names no type (*/*)");

    @Bean
    OpenAPI credLinkOpenApi(org.springframework.beans.factory.ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() != null ? build.getIfAvailable().getVersion() : "v1";
        return new OpenAPI()
                .info(new Info().title("CredLink API").version(version)
                        .description("Graph-based credit linkage and fraud analysis for the insurance industry. "
                                + "JSON under /api/v1; errors are RFC 9457 problem details "
                                + "(application/problem+json); every call but /actuator/health needs HTTP Basic "
                                + "credentials, and the user's role decides what it may do."))
                .components(new Components().addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                Map<String, String> codes = new java.util.LinkedHashMap<>(COMMON);
                if (operation.getRequestBody() != null) {
                    codes.putAll(WITH_BODY);
                }
                codes.forEach((code, description) -> {
                    ApiResponse existing = responses.get(code);
                    if (existing == null || existing.getContent() == null
                            || !existing.getContent().containsKey(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                        responses.addApiResponse(code, problemResponse(description));
                    }
                });
                operation.setResponses(responses);
            }));
        };
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("JSON property path or parameter name"));
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri")
                .example("https://credlink.io/problems/validation"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("errors", new ArraySchema().items(fieldError)
                .description("validation problems only"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}

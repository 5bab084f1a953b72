package io.credlink.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The operations of the served OpenAPI description, with helpers to build concrete calls. */
public final class OpenApiOperations {

    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One parameter: name, where (path or query), schema type and enum values, if any. */
    public record Parameter(String name, String in, String type, String format, List<String> enumValues,
            boolean required) {
    }

    /** One documented operation; {@code jsonBody} is the resolved schema of an application/json body, else null. */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode jsonBody,
            boolean multipartBody) {

        public String label() {
            return method + " " + path;
        }
    }

    private final JsonNode api;

    public OpenApiOperations(JsonNode api) {
        this.api = api;
    }

    public List<Operation> all() {
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Parameter> params = new ArrayList<>();
                JsonNode ps = op.get("parameters");
                if (ps != null) {
                    for (JsonNode p : ps) {
                        p = resolve(p);
                        JsonNode schema = resolve(p.path("schema"));
                        List<String> enums = new ArrayList<>();
                        schema.path("enum").forEach(e -> enums.add(e.asString()));
                        params.add(new Parameter(p.get("name").asString(), p.get("in").asString(),
                                schema.path("type").asString("string"), schema.path("format").asString(null),
                                enums, p.path("required").asBoolean(false)));
                    }
                }
                JsonNode content = op.path("requestBody").path("content");
                JsonNode json = content.path("application/json").path("schema");
                out.add(new Operation(method.toUpperCase(), path.getKey(), params,
                        json.isMissingNode() ? null : resolve(json), content.has("multipart/form-data")));
            }
        }
        return out;
    }

    JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asString();
            node = api.at(ref.substring(1));
        }
        return node;
    }

    /** The concrete path and query: each parameter's value from {@code value} (null = leave it out). */
    public static String url(Operation op, Function<Parameter, String> value) {
        String path = op.path();
        StringJoiner query = new StringJoiner("&");
        for (Parameter p : op.parameters()) {
            String v = value.apply(p);
            if ("path".equals(p.in())) {
                path = path.replace("{" + p.name() + "}", encodePath(v == null ? "X-1" : v));
            } else if ("query".equals(p.in()) && v != null) {
                query.add(URLEncoder.encode(p.name(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    static String encodePath(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A harmless value of the parameter's type (dates, numbers, enums, text). */
    public static String plain(Parameter p) {
        if (!p.enumValues().isEmpty()) {
            return p.enumValues().get(0);
        }
        return switch (p.type()) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            default -> "date".equals(p.format()) ? "2024-01-01" : "X-1";
        };
    }

    /** A JSON body for a schema with every string property set to {@code text}. */
    public JsonNode body(JsonNode schema, String text, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        schema = resolve(schema);
        if (schema == null || depth > 4) {
            return f.nullNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        switch (type) {
            case "string":
                if ("date".equals(schema.path("format").asString(""))) {
                    return f.stringNode("2024-01-01");
                }
                if ("date-time".equals(schema.path("format").asString(""))) {
                    return f.stringNode("2024-01-01T00:00:00Z");
                }
                return f.stringNode(text);
            case "integer":
            case "number":
                return f.numberNode(1);
            case "boolean":
                return f.booleanNode(false);
            case "array": {
                ArrayNode a = f.arrayNode();
                a.add(body(schema.path("items"), text, depth + 1));
                return a;
            }
            default: {
                ObjectNode o = f.objectNode();
                for (Map.Entry<String, JsonNode> prop : schema.path("properties").properties()) {
                    o.set(prop.getKey(), body(prop.getValue(), text, depth + 1));
                }
                return o;
            }
        }
    }

    /** The documented formats of the answer of a GET (JSON, CSV), or null for the default. */
    static List<String> formats(JsonNode api, Operation op) {
        JsonNode content = api.path("paths").path(op.path()).path("get").path("responses").path("200").path("content");
        List<String> out = new ArrayList<>();
        for (String type : List.of("application/json", "text/csv")) {
            if (content.has(type)) {
                out.add(type);
            }
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }
}

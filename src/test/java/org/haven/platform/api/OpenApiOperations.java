package org.haven.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operations the application documents at /openapi, read from the document itself so that a new endpoint is
 * covered by the generated tests (ApiSurfaceIT) without anyone remembering to add it. For an operation with a JSON
 * body, an example body is made from its schema: every property, with a value of its type.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final int MAX_NESTING = 4;

    /** One documented operation; jsonSchema is null when it takes no JSON body. */
    record Operation(String method, String path, JsonObject jsonSchema, boolean secured) {

        /** "GET /api/v1/cases/{id}", the key of the access table. */
        String key() {
            return method + " " + path;
        }
    }

    private final JsonObject document;

    OpenApiOperations(String json) {
        this.document = Json.createReader(new StringReader(json)).readObject();
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (METHODS.contains(method)) {
                JsonObject o = op.asJsonObject();
                JsonObject schema = null;
                JsonObject content = o.containsKey("requestBody")
                        ? o.getJsonObject("requestBody").getJsonObject("content") : null;
                if (content != null && content.containsKey("application/json")) {
                    JsonObject media = content.getJsonObject("application/json");
                    schema = media.containsKey("schema") ? media.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
                }
                boolean secured = o.containsKey("security") && !o.getJsonArray("security").isEmpty();
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, schema, secured));
            }
        }));
        return operations;
    }

    /** A body with every property of the schema, each with a value of its declared type. */
    JsonValue example(JsonObject schema) {
        return example(schema, 0);
    }

    private JsonValue example(JsonObject schema, int nesting) {
        JsonObject s = resolve(schema);
        if (s.containsKey("enum") && !s.getJsonArray("enum").isEmpty()) {
            return s.getJsonArray("enum").get(0);
        }
        String type = type(s);
        return switch (type) {
            case "string" -> Json.createValue(text(s));
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.FALSE;
            case "array" -> {
                JsonArrayBuilder a = Json.createArrayBuilder();
                if (nesting < MAX_NESTING && s.containsKey("items")) {
                    a.add(example(s.getJsonObject("items"), nesting + 1));
                }
                yield a.build();
            }
            default -> {
                JsonObjectBuilder o = Json.createObjectBuilder();
                if (nesting < MAX_NESTING && s.containsKey("properties")) {
                    s.getJsonObject("properties").forEach((name, p) ->
                            o.add(name, example(p.asJsonObject(), nesting + 1)));
                }
                yield o.build();
            }
        };
    }

    /** A value of another JSON type than the schema's: a number for a text, a text for a number ... */
    JsonValue wrongType(JsonObject schema) {
        return switch (type(resolve(schema))) {
            case "string" -> Json.createValue(5);
            case "integer", "number", "boolean", "array" -> Json.createValue("not-that");
            default -> Json.createValue(7);
        };
    }

    JsonObject resolve(JsonObject schema) {
        JsonObject s = schema;
        for (int i = 0; i < 10 && s.containsKey("$ref"); i++) {
            String name = s.getString("$ref").substring("#/components/schemas/".length());
            s = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        if (s.containsKey("allOf") && !s.getJsonArray("allOf").isEmpty()) {
            return resolve(s.getJsonArray("allOf").getJsonObject(0));
        }
        return s;
    }

    private static String type(JsonObject s) {
        JsonValue t = s.get("type");
        if (t instanceof JsonString js) {
            return js.getString();
        }
        if (t instanceof JsonArray types) {
            return types.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(x -> !x.equals("null")).findFirst().orElse("object");
        }
        return s.containsKey("properties") ? "object" : "string";
    }

    private static String text(JsonObject s) {
        String format = s.getString("format", "");
        return switch (format) {
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00Z";
            default -> "Exemple de texte assez long";
        };
    }
}

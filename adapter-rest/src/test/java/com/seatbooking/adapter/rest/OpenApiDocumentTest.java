package com.seatbooking.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps the served OpenAPI document one that API consumers can trust: every operation documents
 * how it fails, and every error response and request body comes with an example. Each test lists
 * every offender at once, so one run shows all that is missing.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private Map<String, Object> document;

    @BeforeEach
    void readTheServedDocument() {
        document = given().get("/q/openapi?format=json")
                .then().statusCode(200).contentType(containsString("json"))
                .extract().jsonPath().getMap("$");
    }

    @Test
    void hasATitleAVersionAndADescription() {
        Map<String, Object> info = map(document.get("info"), "info");

        assertThat(text(info.get("title"))).as("info.title").isNotBlank();
        assertThat(text(info.get("version"))).as("info.version").isNotBlank();
        assertThat(text(info.get("description"))).as("info.description").isNotBlank();
    }

    @Test
    void everyOperationDocumentsAClientErrorResponse() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            boolean documented = responses(operation).keySet().stream().anyMatch(code -> code.startsWith("4"));
            if (!documented) {
                missing.add(name);
            }
        });

        assertThat(operations()).as("operations in the document").isNotEmpty();
        assertThat(missing).as("operations without a documented 4xx response").isEmpty();
    }

    @Test
    void everyDocumentedErrorResponseHasAnExample() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> responses(operation).forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                missing.addAll(contentWithoutExamples(name + " " + code, resolve(response)));
            }
        }));

        assertThat(missing).as("error responses (4xx, 5xx) without an example").isEmpty();
    }

    @Test
    void everyRequestBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            Object body = operation.get("requestBody");
            if (body != null) {
                missing.addAll(contentWithoutExamples(name + " request body", resolve(body)));
            }
        });

        assertThat(missing).as("request bodies without an example").isEmpty();
    }

    @Test
    void everyOperationHasAUniqueIdAndATag() {
        List<String> missing = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        operations().forEach((name, operation) -> {
            if (operation.get("operationId") == null || text(operation.get("operationId")).isBlank() || !(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                missing.add(name);
            }
            ids.add(operation.get("operationId"));
        });

        assertThat(missing).as("operations without an operationId or a tag").isEmpty();
        assertThat(ids).as("operationIds").doesNotHaveDuplicates();
    }

    @Test
    void namesItsSecuritySchemesServersAndLicense() {
        Map<String, Object> schemes = map(map(document.get("components"), "components").get("securitySchemes"), "securitySchemes");
        assertThat(map(schemes.get("bearer"), "bearer")).containsEntry("type", "http").containsEntry("scheme", "bearer")
                .containsEntry("bearerFormat", "JWT");
        assertThat(document.get("servers")).as("servers").isInstanceOf(List.class).asList().isNotEmpty();
        assertThat(text(map(map(document.get("info"), "info").get("license"), "license").get("url"))).as("license url").startsWith("https://");
    }

    @Test
    void swaggerUiAnswers() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    /** Every operation, keyed "METHOD path". */
    private Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> found = new java.util.TreeMap<>();
        map(document.get("paths"), "paths").forEach((path, item) -> map(item, path).forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method)) {
                found.put(method.toUpperCase() + " " + path, map(operation, method + " " + path));
            }
        }));
        return found;
    }

    private Map<String, Object> responses(Map<String, Object> operation) {
        Object responses = operation.get("responses");
        return responses == null ? Map.of() : map(responses, "responses");
    }

    /** The names of the media types of this response or body that have no example; the whole thing if it has no content. */
    private static List<String> contentWithoutExamples(String where, Map<String, Object> responseOrBody) {
        Object content = responseOrBody.get("content");
        if (!(content instanceof Map<?, ?> mediaTypes) || mediaTypes.isEmpty()) {
            return List.of(where + " (no content)");
        }
        List<String> missing = new ArrayList<>();
        mediaTypes.forEach((mediaType, described) -> {
            Map<?, ?> media = described instanceof Map<?, ?> m ? m : Map.of();
            boolean hasExamples = media.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty();
            if (!hasExamples && media.get("example") == null) {
                missing.add(where + " " + mediaType);
            }
        });
        return missing;
    }

    /** Follows a {@code $ref} to #/components/... if there is one. */
    private Map<String, Object> resolve(Object object) {
        Map<String, Object> node = map(object, "node");
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = text(ref);
        assertThat(pointer).as("reference").startsWith("#/");
        Object target = document;
        for (String step : pointer.substring(2).split("/")) {
            target = map(target, pointer).get(step);
        }
        assertThat(target).as("target of " + pointer).isNotNull();
        return resolve(target);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

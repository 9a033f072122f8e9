package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/openapi} describes every {@code /api} resource method, and nothing else: found by reflection over the
 * {@code @Path} classes of this package, so a new endpoint cannot be left out. Swagger UI is off by default.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class OpenApiTest {

    @Test
    void everyApiMethodIsDescribedWithItsErrors() throws IOException {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> missing = new ArrayList<>();
        for (Endpoint endpoint : apiEndpoints()) {
            Map<String, Object> operations = paths.get(endpoint.path());
            Object operation = operations == null ? null : operations.get(endpoint.verb());
            if (operation == null) {
                missing.add(endpoint.verb() + " " + endpoint.path());
                continue;
            }
            Map<String, Map<String, Object>> responses = document
                    .getMap("paths.'" + endpoint.path() + "'." + endpoint.verb() + ".responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")),
                    endpoint + " has no success answer: " + responses.keySet());
            assertTrue(responses.containsKey("401"), endpoint + " lacks 401");
            if (endpoint.write()) {
                for (String code : List.of("403", "415")) {
                    assertTrue(responses.containsKey(code), endpoint + " lacks " + code);
                }
            }
            responses.forEach((code, answer) -> {
                if (code.startsWith("4") && !code.equals("401")) {
                    assertTrue(answer.toString().contains("#/components/schemas/"), endpoint + " " + code
                            + " has no body schema: " + answer);
                }
            });
        }
        assertEquals(List.of(), missing, "API methods missing from /q/openapi");
        assertTrue(paths.keySet().stream().allMatch(path -> path.startsWith("/api/")),
                "pages in the API description: " + paths.keySet());
    }

    @Test
    void errorsHaveTheStatusAndMessageOfApiErrorBody() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> properties = document.getMap("components.schemas.Error.properties");
        assertNotNull(properties, "no Error schema");
        assertEquals(new TreeSet<>(Arrays.stream(ApiError.Body.class.getRecordComponents())
                .map(RecordComponent::getName).toList()), new TreeSet<>(properties.keySet()));
        String notFound = document.getString("paths.'/api/devices/{name}'.get.responses.'404'.content."
                + "'application/json'.schema.$ref");
        assertEquals("#/components/schemas/Error", notFound);
        String conflict = document.getString("paths.'/api/drift/{id}/ack'.post.responses.'409'.content."
                + "'application/json'.schema.$ref");
        assertEquals("#/components/schemas/Error", conflict);
    }

    @Test
    void writesNeedHttpBasic() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemes = document.getMap("components.securitySchemes");
        assertNotNull(schemes, "no security schemes");
        Map<String, Object> basic = document.getMap("components.securitySchemes.basic");
        assertEquals("http", basic.get("type"));
        assertEquals("basic", basic.get("scheme"));
        assertEquals(List.of(Viewer.OPERATOR), document.getList("paths.'/api/sweeps'.post.security[0].basic"),
                "POST /api/sweeps does not ask for basic: " + document.get("paths.'/api/sweeps'.post.security"));
    }

    @Test
    void theDocumentFollowsReadAccessAndSwaggerUiIsOff() {
        // Open reading, as in this profile: the description is open too (ReadAccessLoginTest has the other case).
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/swagger-ui/index.html").then().statusCode(404);
    }

    /** Every resource method of this package's classes under {@code /api}, with its path as OpenAPI writes it. */
    static List<Endpoint> apiEndpoints() throws IOException {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            if (!base.startsWith("/api/")) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? base : base + (sub.value().startsWith("/") ? "" : "/") + sub.value();
                endpoints.add(new Endpoint(verb, path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
            }
        }
        assertFalse(endpoints.isEmpty(), "no /api resource found");
        return endpoints;
    }

    private static List<Class<?>> resourceClasses() throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("src/main/java/io/driftwatch/web");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                try {
                    Class<?> type = Class.forName(OpenApiTest.class.getPackageName() + "." + name);
                    if (type.isAnnotationPresent(Path.class)) {
                        classes.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(name, e);
                }
            }
        }
        return classes;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    record Endpoint(String verb, String path) {
        boolean write() {
            return !verb.equals("get");
        }
    }
}

package io.driftwatch.web;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with what scanning the resources cannot see: the answers of the HTTP filters in
 * front of them ({@link ApiChallenge}'s 401, {@link ApiWrites}' 403 and 415, the role check's 403), and the
 * {@link ApiError.Body} every error but 401 carries, so the resources declare only their own 400, 404 and 409.
 */
public class OpenApiErrors implements OASFilter {

    static final String ERROR_SCHEMA = "Error";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.DELETE, PathItem.HttpMethod.PATCH);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema(ERROR_SCHEMA, errorSchema());
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                complete(entry.getValue(), WRITES.contains(entry.getKey()));
            }
        }
    }

    private static void complete(Operation operation, boolean write) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        responses.addAPIResponse("401", OASFactory.createAPIResponse().description(
                "No user, or a wrong password, where one is needed: every write, and every read with"
                        + " driftwatch.web.read-access=login. The WWW-Authenticate header asks for HTTP basic")
                .addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        if (write) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().description(
                    "The user lacks the operator role, or a web page of another site sent the request"
                            + " (Sec-Fetch-Site)"));
            responses.addAPIResponse("415", OASFactory.createAPIResponse()
                    .description("A body that is not JSON: writes take application/json or no body"));
        }
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            boolean error = answer.getKey().startsWith("4") || answer.getKey().startsWith("5");
            if (error && !answer.getKey().equals("401") && answer.getValue().getContent() == null
                    && answer.getValue().getRef() == null) {
                answer.getValue().setContent(errorContent());
            }
        }
    }

    private static Content errorContent() {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(ERROR_SCHEMA)));
    }

    /** The shape of {@link ApiError.Body}. */
    private static Schema errorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An error: the HTTP status again, and a sentence saying what was wrong")
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addRequired("status").addRequired("message");
    }
}

package com.seatbooking.adapter.rest;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The original spec's health endpoint: the same checks as /q/health, the database among them. */
@Path("/health")
@Tag(name = "Health")
public class HealthResource {

    private final SmallRyeHealthReporter reporter;

    HealthResource(SmallRyeHealthReporter reporter) {
        this.reporter = reporter;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    // open to anyone: no credentials needed (an empty security requirement)
    @SecurityRequirementsSet
    @Operation(operationId = "getHealth", summary = "Is the service up, with its database?")
    @APIResponse(responseCode = "200", description = "Up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "up", ref = "HealthUp")))
    @APIResponse(responseCode = "503", description = "Down: a check failed, for example the database is unreachable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "down", ref = "HealthDown")))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response health() {
        SmallRyeHealth health = reporter.getHealth();
        return Response.status(health.isDown() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .type(MediaType.APPLICATION_JSON)
                .entity(health.getPayload().toString())
                .build();
    }
}

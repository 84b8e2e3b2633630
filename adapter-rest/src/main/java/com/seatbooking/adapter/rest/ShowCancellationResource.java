package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.auth.SignedIn;
import com.seatbooking.adapter.rest.dto.CancellationResponse;
import com.seatbooking.application.port.in.CancelShowUseCase;
import com.seatbooking.application.port.in.Cancellation;
import com.seatbooking.application.port.in.GetCancellationUseCase;
import com.seatbooking.application.port.in.ShowCancellation;
import com.seatbooking.application.port.in.ShowCommand;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cancelling a show, and how far the cancelling of its bookings has got. */
@Path("/shows/{showId}")
@Tag(name = "Shows")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class ShowCancellationResource {

    private final CancelShowUseCase cancelShow;
    private final GetCancellationUseCase getCancellation;
    /** Heard by the scheduler's CompleteCancellationsJob, which starts cancelling the show's bookings at once. */
    private final Event<Cancellation> started;
    private final CurrentActor actor;
    private final IdempotentWrites idempotent;

    ShowCancellationResource(CancelShowUseCase cancelShow, GetCancellationUseCase getCancellation, Event<Cancellation> started,
            CurrentActor actor, IdempotentWrites idempotent) {
        this.cancelShow = cancelShow;
        this.getCancellation = getCancellation;
        this.started = started;
        this.actor = actor;
        this.idempotent = idempotent;
    }

    @POST
    @Path("/cancel")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Operation(operationId = "cancelShow", summary = "Cancel a show", description = """
            Admins only. The show is CANCELLED at once: from then on bookings and holds of it are refused (409 \\
            show-cancelled). Its PENDING and CONFIRMED bookings are then cancelled in batches, each with SHOW_CANCELLED in its \\
            history, and their seats freed; the answer says how many there are and how many are done (follow it with GET \\
            /shows/{id}/cancellation). 202 when this request cancelled the show, 200 when it had been cancelled before \\
            (nothing changes). Send an Idempotency-Key to retry safely.""")
    @APIResponse(responseCode = "202", description = "Cancelled now; its bookings are being cancelled",
            headers = @Header(name = IdempotentWrites.REPLAYED, description = "true when this is the kept answer to an earlier request "
                    + "with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CancellationResponse.class)))
    @APIResponse(responseCode = "200", description = "Cancelled before: how far it has got",
            content = @Content(schema = @Schema(implementation = CancellationResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "AdminsOnly")
    @APIResponse(responseCode = "404", ref = "ShowNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "IdempotencyKeyInUse")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response cancel(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId,
            @Parameter(name = IdempotentWrites.HEADER, description = "Optional. Makes the request safe to retry: 1 to 255 printable ASCII "
                    + "characters, new for each new request (a UUID)", example = "5f0c6e1a-2b7d-4c3e-9a8f-1d2e3f4a5b6c")
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        return idempotent.run(idempotencyKey, http, uri, null, () -> {
            ShowCancellation cancellation = cancelShow.cancel(ShowCommand.of(actor.get(), showId));
            if (cancellation.changed() && !cancellation.progress().completed()) {
                started.fire(cancellation.progress());
            }
            return Response.status(cancellation.changed() ? Response.Status.ACCEPTED : Response.Status.OK)
                    .entity(CancellationResponse.from(cancellation.progress())).build();
        });
    }

    @GET
    @Path("/cancellation")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(operationId = "getShowCancellation", summary = "How far a show's cancellation has got",
            description = "Admins only. 404 show-not-cancelled when the show is not cancelled.")
    @APIResponse(responseCode = "200", description = "The cancellation", content = @Content(schema = @Schema(implementation = CancellationResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "AdminsOnly")
    @APIResponse(responseCode = "404", ref = "ShowNotCancelled")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public CancellationResponse cancellation(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId) {
        return CancellationResponse.from(getCancellation.progress(ShowCommand.of(actor.get(), showId)));
    }
}

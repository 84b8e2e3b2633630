package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.auth.SignedIn;
import com.seatbooking.adapter.rest.dto.BookingResponse;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.CancelBookingUseCase;
import com.seatbooking.application.port.in.ConfirmBookingUseCase;
import com.seatbooking.application.port.in.ExtendHoldUseCase;
import com.seatbooking.application.port.in.GetBookingUseCase;
import io.vertx.core.http.HttpServerRequest;
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

/** A booking's owner, or an admin, may read and change it; for anyone else it does not exist (404, never 403). */
@Path("/bookings")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class BookingResource {

    private static final String BOOKING_ID_EXAMPLE = "9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b";

    private final ConfirmBookingUseCase confirmBooking;
    private final CancelBookingUseCase cancelBooking;
    private final GetBookingUseCase getBooking;
    private final ExtendHoldUseCase extendHold;
    private final CurrentActor actor;
    private final IdempotentWrites idempotent;

    BookingResource(ConfirmBookingUseCase confirmBooking, CancelBookingUseCase cancelBooking, GetBookingUseCase getBooking,
            ExtendHoldUseCase extendHold, CurrentActor actor, IdempotentWrites idempotent) {
        this.confirmBooking = confirmBooking;
        this.cancelBooking = cancelBooking;
        this.getBooking = getBooking;
        this.extendHold = extendHold;
        this.actor = actor;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/{bookingId}")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(operationId = "getBooking", summary = "Get a booking", description = "Its status and full history. A hold past its deadline shows as FAILED with HOLD_EXPIRED. "
            + "The owner's and admins' only: for anyone else the booking is not found.")
    @APIResponse(responseCode = "200", description = "The booking", content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "404", ref = "BookingNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public BookingResponse getBooking(
            @Parameter(description = "The booking's id (a UUID)", example = BOOKING_ID_EXAMPLE) @PathParam("bookingId") String bookingId) {
        return BookingResponse.from(getBooking.getBooking(BookingCommand.of(actor.get(), bookingId)));
    }

    @POST
    @Path("/{bookingId}/confirm")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Operation(operationId = "confirmBooking", summary = "Confirm a hold", description = "Makes a PENDING hold CONFIRMED before its deadline. Confirming a CONFIRMED booking again changes nothing.")
    @APIResponse(responseCode = "200", description = "The confirmed booking", headers = @Header(name = IdempotentWrites.REPLAYED,
            description = "true when this is the kept answer to an earlier request with the same Idempotency-Key",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "CsrfTokenMissing")
    @APIResponse(responseCode = "404", ref = "BookingNotFound")
    @APIResponse(responseCode = "409", ref = "BookingStatusConflict")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response confirm(
            @Parameter(description = "The booking's id (a UUID)", example = BOOKING_ID_EXAMPLE) @PathParam("bookingId") String bookingId,
            @Parameter(name = IdempotentWrites.HEADER, description = "Optional. Makes the request safe to retry: 1 to 255 printable ASCII "
                    + "characters, new for each new request (a UUID). A retry with the same key gets the first answer again, with "
                    + "Idempotent-Replayed: true", example = "5f0c6e1a-2b7d-4c3e-9a8f-1d2e3f4a5b6c")
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        return idempotent.run(idempotencyKey, http, uri, null,
                () -> Response.ok(BookingResponse.from(confirmBooking.confirm(BookingCommand.of(actor.get(), bookingId)))).build());
    }

    @POST
    @Path("/{bookingId}/cancel")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Operation(operationId = "cancelBooking", summary = "Cancel a hold or a booking", description = "Frees its seats. Cancelling a CANCELLED booking again changes nothing.")
    @APIResponse(responseCode = "200", description = "The cancelled booking", headers = @Header(name = IdempotentWrites.REPLAYED,
            description = "true when this is the kept answer to an earlier request with the same Idempotency-Key",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "CsrfTokenMissing")
    @APIResponse(responseCode = "404", ref = "BookingNotFound")
    @APIResponse(responseCode = "409", ref = "BookingStatusConflict")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response cancel(
            @Parameter(description = "The booking's id (a UUID)", example = BOOKING_ID_EXAMPLE) @PathParam("bookingId") String bookingId,
            @Parameter(name = IdempotentWrites.HEADER, description = "Optional. Makes the request safe to retry: 1 to 255 printable ASCII "
                    + "characters, new for each new request (a UUID). A retry with the same key gets the first answer again, with "
                    + "Idempotent-Replayed: true", example = "5f0c6e1a-2b7d-4c3e-9a8f-1d2e3f4a5b6c")
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        return idempotent.run(idempotencyKey, http, uri, null,
                () -> Response.ok(BookingResponse.from(cancelBooking.cancel(BookingCommand.of(actor.get(), bookingId)))).build());
    }

    @POST
    @Path("/{bookingId}/extend")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Operation(operationId = "extendHold", summary = "Extend a hold", description = """
            Gives a PENDING hold more time: its expiresAt moves on by the hold length (2 minutes by default), and its seats stay \
            held until then. At most maxHoldExtensions times (2 by default) and never past holdLifetimeEndsAt (10 minutes after \
            the seats were first held, by default); the answer's extensionsLeft says how many remain. Each extension is an \
            entry of the history (reason HOLD_EXTENDED). The owner's and admins' only.""")
    @APIResponse(responseCode = "200", description = "The hold with its new expiresAt", headers = @Header(name = IdempotentWrites.REPLAYED,
            description = "true when this is the kept answer to an earlier request with the same Idempotency-Key",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "CsrfTokenMissing")
    @APIResponse(responseCode = "404", ref = "BookingNotFound")
    @APIResponse(responseCode = "409", ref = "HoldExtensionConflict")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response extend(
            @Parameter(description = "The booking's id (a UUID)", example = BOOKING_ID_EXAMPLE) @PathParam("bookingId") String bookingId,
            @Parameter(name = IdempotentWrites.HEADER, description = "Optional. Makes the request safe to retry: 1 to 255 printable ASCII "
                    + "characters, new for each new request (a UUID). A retry with the same key gets the first answer again, with "
                    + "Idempotent-Replayed: true", example = "5f0c6e1a-2b7d-4c3e-9a8f-1d2e3f4a5b6c")
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        return idempotent.run(idempotencyKey, http, uri, null,
                () -> Response.ok(BookingResponse.from(extendHold.extend(BookingCommand.of(actor.get(), bookingId)))).build());
    }
}

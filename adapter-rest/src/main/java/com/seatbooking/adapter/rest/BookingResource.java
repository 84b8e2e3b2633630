package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.auth.SignedIn;
import com.seatbooking.adapter.rest.dto.BookingResponse;
import com.seatbooking.application.port.in.BookingCommand;
import com.seatbooking.application.port.in.CancelBookingUseCase;
import com.seatbooking.application.port.in.ConfirmBookingUseCase;
import com.seatbooking.application.port.in.GetBookingUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    private final CurrentActor actor;

    BookingResource(ConfirmBookingUseCase confirmBooking, CancelBookingUseCase cancelBooking, GetBookingUseCase getBooking,
            CurrentActor actor) {
        this.confirmBooking = confirmBooking;
        this.cancelBooking = cancelBooking;
        this.getBooking = getBooking;
        this.actor = actor;
    }

    @GET
    @Path("/{bookingId}")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(summary = "Get a booking", description = "Its status and full history. A hold past its deadline shows as FAILED with HOLD_EXPIRED. "
            + "The owner's and admins' only: for anyone else the booking is not found.")
    @APIResponse(responseCode = "200", description = "The booking", content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "404", ref = "BookingNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public BookingResponse getBooking(
            @Parameter(description = "The booking's id (a UUID)", example = BOOKING_ID_EXAMPLE) @PathParam("bookingId") String bookingId) {
        return BookingResponse.from(getBooking.getBooking(BookingCommand.of(actor.get(), bookingId)));
    }

    @POST
    @Path("/{bookingId}/confirm")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Operation(summary = "Confirm a hold", description = "Makes a PENDING hold CONFIRMED before its deadline. Confirming a CONFIRMED booking again changes nothing.")
    @APIResponse(responseCode = "200", description = "The confirmed booking", content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "CsrfTokenMissing")
    @APIResponse(responseCode = "404", ref = "BookingNotFound")
    @APIResponse(responseCode = "409", ref = "BookingStatusConflict")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public BookingResponse confirm(
            @Parameter(description = "The booking's id (a UUID)", example = BOOKING_ID_EXAMPLE) @PathParam("bookingId") String bookingId) {
        return BookingResponse.from(confirmBooking.confirm(BookingCommand.of(actor.get(), bookingId)));
    }

    @POST
    @Path("/{bookingId}/cancel")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Operation(summary = "Cancel a hold or a booking", description = "Frees its seats. Cancelling a CANCELLED booking again changes nothing.")
    @APIResponse(responseCode = "200", description = "The cancelled booking", content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "CsrfTokenMissing")
    @APIResponse(responseCode = "404", ref = "BookingNotFound")
    @APIResponse(responseCode = "409", ref = "BookingStatusConflict")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public BookingResponse cancel(
            @Parameter(description = "The booking's id (a UUID)", example = BOOKING_ID_EXAMPLE) @PathParam("bookingId") String bookingId) {
        return BookingResponse.from(cancelBooking.cancel(BookingCommand.of(actor.get(), bookingId)));
    }
}

package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.auth.SignedIn;
import com.seatbooking.adapter.rest.dto.BookSeatsRequest;
import com.seatbooking.adapter.rest.dto.BookingResponse;
import com.seatbooking.adapter.rest.dto.Problem;
import com.seatbooking.adapter.rest.error.ProblemMappers;
import com.seatbooking.application.port.in.BestAvailableCommand;
import com.seatbooking.application.port.in.BookBestAvailableUseCase;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.BookSeatsUseCase;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.HoldSeatsUseCase;
import com.seatbooking.application.port.in.InvalidCommandException;
import io.micrometer.core.annotation.Timed;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hot path: booking or holding seats of a show. */
@Path("/shows/{showId}/bookings")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
public class ShowBookingsResource {

    private final BookSeatsUseCase bookSeats;
    private final HoldSeatsUseCase holdSeats;
    private final CurrentActor actor;
    private final IdempotentWrites idempotent;
    private final BookBestAvailableUseCase bestAvailable;
    private final BookingResponses responses;

    ShowBookingsResource(BookSeatsUseCase bookSeats, HoldSeatsUseCase holdSeats, CurrentActor actor, IdempotentWrites idempotent,
            BookBestAvailableUseCase bestAvailable, BookingResponses responses) {
        this.bestAvailable = bestAvailable;
        this.responses = responses;
        this.bookSeats = bookSeats;
        this.holdSeats = holdSeats;
        this.actor = actor;
        this.idempotent = idempotent;
    }

    @POST
    @SignedIn
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Consumes(MediaType.APPLICATION_JSON)
    @Timed(value = "seatbooking.booking.requests", description = "Time to book or hold seats, end to end", histogram = true)
    @Operation(summary = "Book or hold seats", description = """
            Signed in. The booking belongs to the signed-in account; userName names the attendee (default: the \
            account's display name). All the seats or none. Booked outright the booking is CONFIRMED; with "hold": true it is PENDING until \
            confirmed, cancelled, or its expiresAt passes (2 minutes by default; see holdSeconds of the show). If any seat is \
            taken the attempt is stored as FAILED and answered with 409 and the booking, whose conflictingSeats lists the taken \
            seats. One customer may have at most the show's maxSeatsPerCustomer seats of it, live holds and confirmed seats \
            together; a request past that is refused with 409 seat-limit-reached (nothing stored), saying how many remain. \
            Send an Idempotency-Key to retry safely after a network error: the retry gets the first answer, never "taken" \
            for seats it booked itself.

            Best available: send "quantity" instead of "seats" (exactly one of the two) and the server picks the best free \
            seats: side by side in one row, front to back, centre out, never leaving a single seat stranded between taken \
            seats, row ends or aisles when a pick of that size without one exists; "section" keeps the pick in one section; \
            without a block long enough the seats are split over the fewest blocks unless "together": true (then 409 \
            not-enough-adjacent-seats with largestBlock). Buyers racing for the same seats never fail while enough seats \
            remain: the server picks again around the seats others took (no failed attempt is stored). Fewer free seats \
            than asked: 409 not-enough-seats with available. Every booking names its seats' labels (seatLabels) and what \
            they cost (totalPrice).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BookSeatsRequest.class), examples = {
            @ExampleObject(name = "book", ref = "BookTwoSeats"), @ExampleObject(name = "hold", ref = "HoldASeat"),
            @ExampleObject(name = "best-available", ref = "BookBestAvailable")}))
    @APIResponse(responseCode = "201", description = "Booked (CONFIRMED) or held (PENDING, with expiresAt)",
            headers = {@Header(name = "Location", description = "The booking's URL", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentWrites.REPLAYED,
                    description = "true when this is the kept answer to an earlier request with the same Idempotency-Key",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = BookingResponse.class),
                    examples = @ExampleObject(name = "confirmed", ref = "BookingConfirmed")))
    @APIResponse(responseCode = "409", description = "Some seats were taken: nothing was booked, and the FAILED attempt is returned "
            + "(and stored) with the taken seats in conflictingSeats (application/json). Or, as a problem (application/problem+json), "
            + "with nothing stored: the show has already started (show-started); the customer would pass the show's seat limit "
            + "(seat-limit-reached, with limit and remaining); best available: fewer free seats than asked (not-enough-seats, "
            + "with available), or no block long enough with together (not-enough-adjacent-seats, with largestBlock); a request "
            + "with the same Idempotency-Key is still being answered "
            + "(idempotency-key-in-use, with Retry-After)",
            headers = @Header(name = "Location", description = "The failed attempt's URL (not sent when the show has started)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingResponse.class),
                            examples = @ExampleObject(name = "seats-unavailable", ref = "SeatsUnavailable")),
                    @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                            examples = {@ExampleObject(name = "show-started", ref = "ShowStarted"),
                                    @ExampleObject(name = "seat-limit-reached", ref = "SeatLimitReached"),
                                    @ExampleObject(name = "not-enough-seats", ref = "NotEnoughSeats"),
                                    @ExampleObject(name = "not-enough-adjacent-seats", ref = "NotEnoughAdjacentSeats"),
                                    @ExampleObject(name = "idempotency-key-in-use", ref = "IdempotencyKeyInUse")})})
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "CsrfTokenMissing")
    @APIResponse(responseCode = "404", ref = "ShowNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response bookSeats(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId,
            @Parameter(name = IdempotentWrites.HEADER, description = "Optional. Makes the request safe to retry: 1 to 255 printable ASCII "
                    + "characters, new for each new request (a UUID). A retry with the same key gets the first answer again, with "
                    + "Idempotent-Replayed: true", example = "5f0c6e1a-2b7d-4c3e-9a8f-1d2e3f4a5b6c")
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @Context HttpServerRequest http, @Context UriInfo uri,
            BookSeatsRequest body) {
        if (body == null) {
            throw InvalidCommandException.of("body", "a JSON object with seats or quantity (and, optionally, userName and hold) is required");
        }
        boolean hold = Boolean.TRUE.equals(body.hold());
        if (body.quantity() != null || body.section() != null || body.together() != null) {
            if (body.seats() != null) {
                throw InvalidCommandException.of("seats", "send either seats (named seats) or quantity (best available), not both");
            }
            return idempotent.runBooking(idempotencyKey, http, uri, body,
                    () -> answer(bestAvailable.place(pickCommand(showId, body, hold))),
                    key -> bestAvailable.place(pickCommand(showId, body, hold), key),
                    this::answer);
        }
        return idempotent.runBooking(idempotencyKey, http, uri, body,
                () -> {
                    BookSeatsCommand command = BookSeatsCommand.of(actor.get(), showId, body.userName(), body.seats());
                    return answer(hold ? holdSeats.hold(command) : bookSeats.book(command));
                },
                key -> {
                    BookSeatsCommand command = BookSeatsCommand.of(actor.get(), showId, body.userName(), body.seats());
                    return hold ? holdSeats.hold(command, key) : bookSeats.book(command, key);
                },
                this::answer);
    }

    private BestAvailableCommand pickCommand(String showId, BookSeatsRequest body, boolean hold) {
        return BestAvailableCommand.of(actor.get(), showId, body.userName(), body.quantity(), body.section(), body.together(), hold);
    }

    private Response answer(BookingDetails booking) {
        BookingResponse response = responses.of(booking);
        // a relative Location (RFC 9110) spares the hot path building and parsing an absolute URI
        return Response.status(response.failed() ? Response.Status.CONFLICT : Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/bookings/" + response.id())
                .entity(response)
                .build();
    }
}

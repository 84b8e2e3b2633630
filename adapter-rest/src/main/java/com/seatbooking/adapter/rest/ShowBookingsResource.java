package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.auth.SignedIn;
import com.seatbooking.adapter.rest.dto.BookSeatsRequest;
import com.seatbooking.adapter.rest.dto.BookingResponse;
import com.seatbooking.adapter.rest.dto.Problem;
import com.seatbooking.adapter.rest.dto.ShowBookingResponse;
import com.seatbooking.adapter.rest.error.ProblemMappers;
import com.seatbooking.application.port.in.BookSeatsCommand;
import com.seatbooking.application.port.in.BookSeatsUseCase;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.HoldSeatsUseCase;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.ListShowBookingsQuery;
import com.seatbooking.application.port.in.ListShowBookingsUseCase;
import com.seatbooking.application.port.in.ShowBookingsPage;
import io.micrometer.core.annotation.Timed;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** The hot path: booking or holding seats of a show; and a show's bookings, for its admins. */
@Path("/shows/{showId}/bookings")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
public class ShowBookingsResource {

    private final BookSeatsUseCase bookSeats;
    private final HoldSeatsUseCase holdSeats;
    private final CurrentActor actor;
    private final IdempotentWrites idempotent;
    private final ListShowBookingsUseCase listBookings;

    ShowBookingsResource(BookSeatsUseCase bookSeats, HoldSeatsUseCase holdSeats, CurrentActor actor, IdempotentWrites idempotent,
            ListShowBookingsUseCase listBookings) {
        this.bookSeats = bookSeats;
        this.holdSeats = holdSeats;
        this.actor = actor;
        this.idempotent = idempotent;
        this.listBookings = listBookings;
    }

    @POST
    @SignedIn
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Consumes(MediaType.APPLICATION_JSON)
    @Timed(value = "seatbooking.booking.requests", description = "Time to book or hold seats, end to end", histogram = true)
    @Operation(operationId = "bookSeats", summary = "Book or hold seats", description = """
            Signed in. The booking belongs to the signed-in account; userName names the attendee (default: the \
            account's display name). All the seats or none. Booked outright the booking is CONFIRMED; with "hold": true it is PENDING until \
            confirmed, cancelled, or its expiresAt passes (2 minutes by default; see holdSeconds of the show). If any seat is \
            taken the attempt is stored as FAILED and answered with 409 and the booking, whose conflictingSeats lists the taken \
            seats. One customer may have at most the show's maxSeatsPerCustomer seats of it, live holds and confirmed seats \
            together; a request past that is refused with 409 seat-limit-reached (nothing stored), saying how many remain. \
            Send an Idempotency-Key to retry safely after a network error: the retry gets the first answer, never "taken" \
            for seats it booked itself.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BookSeatsRequest.class), examples = {
            @ExampleObject(name = "book", ref = "BookTwoSeats"), @ExampleObject(name = "hold", ref = "HoldASeat")}))
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
            + "(seat-limit-reached, with limit and remaining); a request with the same Idempotency-Key is still being answered "
            + "(idempotency-key-in-use, with Retry-After)",
            headers = @Header(name = "Location", description = "The failed attempt's URL (not sent when the show has started)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingResponse.class),
                            examples = @ExampleObject(name = "seats-unavailable", ref = "SeatsUnavailable")),
                    @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                            examples = {@ExampleObject(name = "show-started", ref = "ShowStarted"),
                                    @ExampleObject(name = "show-cancelled", ref = "ShowCancelled"),
                                    @ExampleObject(name = "seat-limit-reached", ref = "SeatLimitReached"),
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
            throw InvalidCommandException.of("body", "a JSON object with seats (and, optionally, userName and hold) is required");
        }
        boolean hold = Boolean.TRUE.equals(body.hold());
        return idempotent.runBooking(idempotencyKey, http, uri, body,
                () -> {
                    BookSeatsCommand command = BookSeatsCommand.of(actor.get(), showId, body.userName(), body.seats());
                    return answer(hold ? holdSeats.hold(command) : bookSeats.book(command));
                },
                key -> {
                    BookSeatsCommand command = BookSeatsCommand.of(actor.get(), showId, body.userName(), body.seats());
                    return hold ? holdSeats.hold(command, key) : bookSeats.book(command, key);
                },
                ShowBookingsResource::answer);
    }

    private static Response answer(BookingDetails booking) {
        BookingResponse response = BookingResponse.from(booking);
        // a relative Location (RFC 9110) spares the hot path building and parsing an absolute URI
        return Response.status(response.failed() ? Response.Status.CONFLICT : Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/bookings/" + response.id())
                .entity(response)
                .build();
    }

    @GET
    @SignedIn
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(operationId = "listShowBookings", summary = "A show's bookings", description = """
            Admins only. The show's bookings (failed attempts too), newest first, filtered by status (a comma-separated list) \
            and by the username of the account that made them. X-Total-Count says how many match; when there are more, the \
            Link header points at the next page. With Accept: text/csv the answer is every matching booking as CSV \
            (columns id, username, status, seats, created_at, updated_at), streamed.""")
    @APIResponse(responseCode = "200", description = "A page of bookings (JSON), or all of them (CSV)",
            headers = {@Header(name = "Link", description = "</shows/{id}/bookings?limit=50&cursor=...>; rel=\"next\" when there are more",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", description = "How many bookings match the filters", schema = @Schema(type = SchemaType.INTEGER))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ShowBookingResponse.class)),
                    @Content(mediaType = ShowBookingsCsv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            example = "id,username,status,seats,created_at,updated_at\n"
                                    + "9b2d7c4e-1f3a-4e5b-8c6d-7e8f9a0b1c2d,alice,CONFIRMED,4 5,2027-03-01T09:00:00Z,2027-03-01T09:00:00Z\n")})
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "AdminsOnly")
    @APIResponse(responseCode = "404", ref = "ShowNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @Produces({MediaType.APPLICATION_JSON, ShowBookingsCsv.TEXT_CSV})
    public Response listBookings(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId,
            @Parameter(description = "Statuses, comma-separated: PENDING, CONFIRMED, FAILED, CANCELLED", example = "PENDING,CONFIRMED")
            @QueryParam("status") String status,
            @Parameter(description = "Only the bookings of this account (its username)", example = "alice") @QueryParam("user") String user,
            @Parameter(description = "Bookings per page, 1 to 200 (default 50; CSV: ignored)", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "Where the previous page ended, as its Link header gave it") @QueryParam("cursor") String cursor,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        ListShowBookingsQuery query = ListShowBookingsQuery.of(actor.get(), showId, status, user,
                QueryParams.wholeNumber("limit", limit, ListShowBookingsQuery.MAX_LIMIT), cursor);
        if (ShowBookingsCsv.wanted(headers)) {
            // the first page checks access and counts: nothing of the stream is sent before that
            ShowBookingsPage first = listBookings.list(query.next(query.after(), 1));
            return Response.ok(ShowBookingsCsv.streaming(listBookings, query), ShowBookingsCsv.TEXT_CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"bookings-" + query.showId() + ".csv\"")
                    .header("X-Total-Count", first.total())
                    .build();
        }
        ShowBookingsPage page = listBookings.list(query);
        Response.ResponseBuilder response = Response.ok(page.bookings().stream().map(ShowBookingResponse::from).toList(),
                MediaType.APPLICATION_JSON_TYPE).header("X-Total-Count", page.total());
        page.next().ifPresent(next -> response.header("Link", "<" + QueryParams.pageUri(uri, next.encode()) + ">; rel=\"next\""));
        return response.build();
    }
}

package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.dto.Problem;
import com.seatbooking.adapter.rest.error.ProblemMappers;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's OpenAPI description, and the error responses its operations share. */
@OpenAPIDefinition(
        info = @Info(
                title = "Seat booking API",
                version = "1.0.0",
                description = """
                        Book seats of shows (concerts, bus trips) without ever overbooking, however many people race \
                        for the same seats. A booking takes all its seats or none. Seats can be booked outright \
                        (CONFIRMED) or held first (PENDING, with a deadline) and confirmed or cancelled later; holds \
                        that are not confirmed in time expire and their seats return to sale. A failed attempt is \
                        stored too, with the seats that were taken. Errors are RFC 9457 problem details \
                        (application/problem+json). Times are ISO-8601 in UTC.""",
                license = @License(name = "MIT")),
        tags = {
                @Tag(name = "Shows", description = "Create shows and read their seat maps"),
                @Tag(name = "Bookings", description = "Book, hold, confirm and cancel seats"),
                @Tag(name = "Health", description = "Is the service up, with its database")
        },
        components = @Components(responses = {
                @APIResponse(name = "InvalidRequest", responseCode = "400",
                        description = "The request is invalid (malformed JSON, wrong types, unknown fields, or values "
                                + "that break a rule); nothing was changed. Each invalid field is listed in violations.",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                examples = {
                                        @ExampleObject(name = "validation", summary = "Invalid fields", value = """
                                                {"type":"urn:problem-type:seat-booking:validation","title":"Invalid request","status":400,\
                                                "detail":"userName: must not be blank; seats: seat 4 is listed more than once",\
                                                "instance":"/shows/3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a/bookings",\
                                                "violations":[{"field":"userName","message":"must not be blank"},\
                                                {"field":"seats","message":"seat 4 is listed more than once"}]}"""),
                                        @ExampleObject(name = "invalid-id", summary = "An id that is not a UUID", value = """
                                                {"type":"urn:problem-type:seat-booking:validation","title":"Invalid request","status":400,\
                                                "detail":"showId: '42' is not a valid id (a UUID such as 3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a)",\
                                                "instance":"/shows/42","violations":[{"field":"showId",\
                                                "message":"'42' is not a valid id (a UUID such as 3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a)"}]}"""),
                                        @ExampleObject(name = "malformed", summary = "Not JSON", value = """
                                                {"type":"urn:problem-type:seat-booking:malformed-body","title":"Malformed request body",\
                                                "status":400,"detail":"The body is not valid JSON at line 1, column 12: Unexpected end-of-input",\
                                                "instance":"/shows"}""")
                                })),
                @APIResponse(name = "NotAcceptable", responseCode = "406",
                        description = "The Accept header names no media type this operation produces (it answers application/json)",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "not-acceptable", value = """
                                        {"type":"urn:problem-type:seat-booking:not-acceptable","title":"Not acceptable","status":406,\
                                        "detail":"The accept header value did not match the value in @Produces","instance":"/shows"}"""))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413",
                        description = "The body is larger than the server accepts (64 KiB by default); it was not read and nothing was changed",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "payload-too-large", value = """
                                        {"type":"urn:problem-type:seat-booking:payload-too-large","title":"Request body too large",\
                                        "status":413,"detail":"The body has 70028 bytes; at most 65536 are accepted",\
                                        "instance":"/shows/3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a/bookings"}"""))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                        description = "The body is not sent as application/json; nothing was changed",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unsupported-media-type", value = """
                                        {"type":"urn:problem-type:seat-booking:unsupported-media-type","title":"Unsupported media type",\
                                        "status":415,"detail":"The content-type header value did not match the value in @Consumes",\
                                        "instance":"/shows"}"""))),
                @APIResponse(name = "ShowNotFound", responseCode = "404", description = "There is no show with this id",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "show-not-found", value = """
                                        {"type":"urn:problem-type:seat-booking:show-not-found","title":"Show not found","status":404,\
                                        "detail":"There is no show with id 3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a",\
                                        "instance":"/shows/3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a"}"""))),
                @APIResponse(name = "BookingNotFound", responseCode = "404", description = "There is no booking with this id",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "booking-not-found", value = """
                                        {"type":"urn:problem-type:seat-booking:booking-not-found","title":"Booking not found",\
                                        "status":404,"detail":"There is no booking with id 9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b",\
                                        "instance":"/bookings/9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
                @APIResponse(name = "BookingStatusConflict", responseCode = "409",
                        description = "The booking's status does not allow this change (a hold that expired, "
                                + "a cancelled or failed booking); nothing was changed",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                examples = {
                                        @ExampleObject(name = "hold-expired", value = """
                                                {"type":"urn:problem-type:seat-booking:hold-expired","title":"Hold expired","status":409,\
                                                "detail":"The hold 9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b expired at 2027-03-01T12:02:00Z and its seats were released",\
                                                "instance":"/bookings/9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b/confirm",\
                                                "bookingId":"9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b","bookingStatus":"FAILED"}"""),
                                        @ExampleObject(name = "booking-status-conflict", value = """
                                                {"type":"urn:problem-type:seat-booking:booking-status-conflict",\
                                                "title":"Booking cannot make that change","status":409,\
                                                "detail":"Booking 9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b is CANCELLED and cannot become CONFIRMED",\
                                                "instance":"/bookings/9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b/confirm",\
                                                "bookingId":"9b2e4f0a-1c3d-4e5f-8a7b-6c5d4e3f2a1b","bookingStatus":"CANCELLED"}""")
                                })),
                @APIResponse(name = "Unavailable", responseCode = "503",
                        description = "The database is busy or unreachable; nothing was changed. Retry after the number of "
                                + "seconds in the Retry-After header.",
                        content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "service-unavailable", value = """
                                        {"type":"urn:problem-type:seat-booking:service-unavailable",\
                                        "title":"Service temporarily unavailable","status":503,\
                                        "detail":"The database is busy or unreachable; please try again","instance":"/shows"}""")))
        }))
public class SeatBookingApi extends Application {
}

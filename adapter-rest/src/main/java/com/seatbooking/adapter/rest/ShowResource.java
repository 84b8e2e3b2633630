package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.auth.SignedIn;
import com.seatbooking.adapter.rest.dto.CompactShowDetailResponse;
import com.seatbooking.adapter.rest.dto.CreateShowRequest;
import com.seatbooking.adapter.rest.dto.ShowDetailResponse;
import com.seatbooking.adapter.rest.dto.ShowResponse;
import com.seatbooking.adapter.rest.dto.ShowTotalsResponse;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.CreateShowUseCase;
import com.seatbooking.application.port.in.GetShowTotalsUseCase;
import com.seatbooking.application.port.in.GetShowUseCase;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.ListShowsUseCase;
import com.seatbooking.application.port.in.ShowDetails;
import com.seatbooking.application.port.in.ShowSummary;
import com.seatbooking.domain.ShowId;
import jakarta.ws.rs.Consumes;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
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

@Path("/shows")
@Tag(name = "Shows")
@Produces(MediaType.APPLICATION_JSON)
public class ShowResource {

    private final CreateShowUseCase createShow;
    private final ListShowsUseCase listShows;
    private final GetShowUseCase getShow;
    private final GetShowTotalsUseCase getTotals;
    private final CurrentActor actor;
    private final IdempotentWrites idempotent;

    ShowResource(CreateShowUseCase createShow, ListShowsUseCase listShows, GetShowUseCase getShow, GetShowTotalsUseCase getTotals,
            CurrentActor actor, IdempotentWrites idempotent) {
        this.createShow = createShow;
        this.listShows = listShows;
        this.getShow = getShow;
        this.getTotals = getTotals;
        this.actor = actor;
        this.idempotent = idempotent;
    }

    @POST
    @SignedIn
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a show", description = "Admins only. All its seats, numbered 1 to totalSeats, start out available. "
            + "With a layout (sections of rows, with aisles and prices) seats are numbered row by row through it and labelled "
            + "\"<section> <row>-<place>\"; totalSeats may then be left out. Invalid layout fields are named by their path "
            + "(layout.sections[0].rows[2].gapsAfter). "
            + "maxSeatsPerCustomer sets the show's own per-customer seat limit (default: BOOKING_MAX_SEATS_PER_CUSTOMER). "
            + "Send an Idempotency-Key to retry safely: the same POST sent twice with one key creates one show.")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateShowRequest.class), examples = {
            @ExampleObject(name = "concert", ref = "NewConcert"), @ExampleObject(name = "bus", ref = "NewBusTrip"),
            @ExampleObject(name = "layout", ref = "NewShowWithLayout")}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new show's URL", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentWrites.REPLAYED, description = "true when this is the kept answer to an earlier request "
                            + "with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ShowResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "AdminsOnly")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "IdempotencyKeyInUse")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response createShow(@Parameter(name = IdempotentWrites.HEADER, description = "Optional. Makes the request safe to retry: 1 to 255 printable ASCII "
                    + "characters, new for each new request (a UUID). A retry with the same key gets the first answer again, with "
                    + "Idempotent-Replayed: true", example = "5f0c6e1a-2b7d-4c3e-9a8f-1d2e3f4a5b6c")
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @Context HttpServerRequest http, @Context UriInfo uri, CreateShowRequest body) {
        if (body == null) {
            throw InvalidCommandException.of("body", "a JSON object with name, startTime and totalSeats is required");
        }
        return idempotent.run(idempotencyKey, http, uri, body, () -> {
            ShowSummary show = createShow.createShow(CreateShowCommand.of(actor.get(), body.name(), body.startTime(), body.totalSeats(),
                    body.maxSeatsPerCustomer(), body.layout() == null ? null : body.layout().draft()));
            return Response.created(URI.create("/shows/" + show.show().id())).entity(ShowResponse.from(show)).build();
        });
    }

    @GET
    @Operation(summary = "List shows", description = "Every show, soonest first, with its available and reserved seat counts.")
    @APIResponse(responseCode = "200", description = "The shows",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ShowResponse.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<ShowResponse> listShows() {
        return listShows.listShows().stream().map(ShowResponse::from).toList();
    }

    @GET
    @Path("/{showId}")
    @Operation(summary = "Get a show and its seat map",
            description = "reservedSeats are booked or held by a hold that has not expired; availableSeats are free to book. "
                    + "view=compact answers the reserved seats as runs (reservedRanges) and view=bitmap as one bit per seat "
                    + "(reservedBitmap), both without the plain arrays: small at 100,000 seats (the web app uses bitmap). "
                    + "Compressed (gzip) when the client accepts it. "
                    + "The response carries an ETag: send it back in If-None-Match to get 304 Not Modified while the map is unchanged.")
    @APIResponse(responseCode = "200", description = "The show",
            headers = {@Header(name = "ETag", description = "The seat map's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "no-cache: keep it, but revalidate before use",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(oneOf = {ShowDetailResponse.class, CompactShowDetailResponse.class}),
                    examples = {@ExampleObject(name = "full", ref = "ShowWithSeatMap"), @ExampleObject(name = "compact", ref = "ShowCompact"),
                            @ExampleObject(name = "bitmap", ref = "ShowBitmap")}))
    @APIResponse(responseCode = "304", description = "Not modified: the seat map is still the one whose ETag was sent in If-None-Match")
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "404", ref = "ShowNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response getShow(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId,
            @Parameter(description = "full (default): reservedSeats and availableSeats; compact: reservedRanges; bitmap: reservedBitmap",
                    schema = @Schema(enumeration = {"full", "compact", "bitmap"}, defaultValue = "full")) @QueryParam("view") String view,
            @Context Request request) {
        CompactShowDetailResponse.View compact = compactView(view);
        ShowDetails found = getShow.getShow(ShowId.parse(showId));
        Object details;
        EntityTag version;
        if (compact == null) {
            ShowDetailResponse full = ShowDetailResponse.from(found);
            details = full;
            version = new EntityTag(full.entityTag(), true);
        } else {
            CompactShowDetailResponse small = CompactShowDetailResponse.from(found, compact);
            details = small;
            version = new EntityTag(small.entityTag(compact, found.seatMap().reserved().toArray()), true);
        }
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(version);
        Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(details).tag(version);
        // keep it, but revalidate before use: the ETag makes that cheap
        return response.header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    @GET
    @Path("/{showId}/totals")
    @SignedIn
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @Operation(summary = "A show's booking totals", description = "Admins only. How many bookings of the show there are by status, "
            + "counting the failed attempts that were deleted after their retention window (BOOKING_FAILED_RETENTION, 7 days by default).")
    @APIResponse(responseCode = "200", description = "The totals", content = @Content(schema = @Schema(implementation = ShowTotalsResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "AdminsOnly")
    @APIResponse(responseCode = "404", ref = "ShowNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ShowTotalsResponse totals(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId) {
        ShowId id = ShowId.parse(showId);
        return ShowTotalsResponse.from(id.value(), getTotals.totals(actor.get(), id));
    }

    private static CompactShowDetailResponse.View compactView(String view) {
        if (view == null || view.equals("full")) {
            return null;
        }
        return switch (view) {
            case "compact" -> CompactShowDetailResponse.View.COMPACT;
            case "bitmap" -> CompactShowDetailResponse.View.BITMAP;
            default -> throw InvalidCommandException.of("view", "must be full, compact or bitmap, got " + view);
        };
    }
}

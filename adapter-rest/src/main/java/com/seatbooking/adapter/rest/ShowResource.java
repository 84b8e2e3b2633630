package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.auth.SignedIn;
import com.seatbooking.adapter.rest.dto.CreateShowRequest;
import com.seatbooking.adapter.rest.dto.EditShowRequest;
import com.seatbooking.adapter.rest.dto.ShowDetailResponse;
import com.seatbooking.adapter.rest.dto.ShowResponse;
import com.seatbooking.adapter.rest.dto.ShowTotalsResponse;
import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.CreateShowUseCase;
import com.seatbooking.application.port.in.EditShowCommand;
import com.seatbooking.application.port.in.EditShowUseCase;
import com.seatbooking.application.port.in.GetShowTotalsUseCase;
import com.seatbooking.application.port.in.GetShowUseCase;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.ListShowsQuery;
import com.seatbooking.application.port.in.ListShowsUseCase;
import com.seatbooking.application.port.in.ShowDetails;
import com.seatbooking.application.port.in.ShowsPage;
import com.seatbooking.application.port.in.ShowSummary;
import com.seatbooking.domain.ShowId;
import jakarta.ws.rs.Consumes;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
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
    private final EditShowUseCase editShow;

    ShowResource(CreateShowUseCase createShow, ListShowsUseCase listShows, GetShowUseCase getShow, GetShowTotalsUseCase getTotals,
            CurrentActor actor, IdempotentWrites idempotent, EditShowUseCase editShow) {
        this.createShow = createShow;
        this.listShows = listShows;
        this.getShow = getShow;
        this.getTotals = getTotals;
        this.actor = actor;
        this.idempotent = idempotent;
        this.editShow = editShow;
    }

    @POST
    @SignedIn
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createShow", summary = "Create a show", description = "Admins only. All its seats, numbered 1 to totalSeats, start out available. "
            + "maxSeatsPerCustomer sets the show's own per-customer seat limit (default: BOOKING_MAX_SEATS_PER_CUSTOMER). "
            + "Send an Idempotency-Key to retry safely: the same POST sent twice with one key creates one show.")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateShowRequest.class), examples = {
            @ExampleObject(name = "concert", ref = "NewConcert"), @ExampleObject(name = "bus", ref = "NewBusTrip")}))
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
                    body.maxSeatsPerCustomer()));
            return Response.created(URI.create("/shows/" + show.show().id())).entity(ShowResponse.from(show)).build();
        });
    }

    @GET
    // open to anyone: no credentials needed (an empty security requirement)
    @SecurityRequirementsSet
    @Operation(operationId = "listShows", summary = "List shows", description = """
            A page of shows with their available and reserved seat counts. Without parameters: the first 100 upcoming shows, \
            soonest first (the original list for small data). when=past lists shows that have started, most recent first; \
            when=all every show, soonest first. from and to bound the start time (from inclusive, to exclusive); q finds names \
            containing it, ignoring case and accents. Cancelled shows are listed with status CANCELLED. When there are more, the \
            Link header points at the next page (rel="next") and at the first (rel="first").""")
    @APIResponse(responseCode = "200", description = "A page of shows",
            headers = @Header(name = "Link", description = "</shows?limit=20&cursor=...>; rel=\"next\" when there are more, and "
                    + "rel=\"first\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ShowResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response listShows(
            @Parameter(description = "Shows per page, 1 to 200 (default 100)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "Where the previous page ended, as its Link header gave it") @QueryParam("cursor") String cursor,
            @Parameter(description = "Part of the name, ignoring case and accents", example = "swan") @QueryParam("q") String q,
            @Parameter(description = "Shows starting at or after this time", example = "2027-03-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "Shows starting before this time", example = "2027-04-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(description = "upcoming (default), past or all", example = "upcoming") @QueryParam("when") String when,
            @Context UriInfo uri) {
        ListShowsQuery query = ListShowsQuery.of(when, QueryParams.instant("from", from), QueryParams.instant("to", to), q,
                QueryParams.wholeNumber("limit", limit, ListShowsQuery.MAX_LIMIT), cursor);
        ShowsPage page = listShows.listShows(query);
        Response.ResponseBuilder response = Response.ok(page.shows().stream().map(ShowResponse::from).toList());
        List<String> links = new ArrayList<>();
        page.next().ifPresent(next -> links.add("<" + QueryParams.pageUri(uri, next.encode()) + ">; rel=\"next\""));
        if (page.next().isPresent() || cursor != null) {
            links.add("<" + QueryParams.pageUri(uri, null) + ">; rel=\"first\"");
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    @GET
    @Path("/{showId}")
    // open to anyone: no credentials needed (an empty security requirement)
    @SecurityRequirementsSet
    @Operation(operationId = "getShow", summary = "Get a show and its seat map",
            description = "reservedSeats are booked or held by a hold that has not expired; availableSeats are free to book. "
                    + "The response carries an ETag: send it back in If-None-Match to get 304 Not Modified while the map is unchanged, "
                    + "and in If-Match to edit the show (PATCH).")
    @APIResponse(responseCode = "200", description = "The show",
            headers = {@Header(name = "ETag", description = "W/\"<show version>.<seat map hash>\": changes with the show and with its "
                    + "seat map; If-Match of PATCH compares the show version only", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "no-cache: keep it, but revalidate before use",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ShowDetailResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the seat map is still the one whose ETag was sent in If-None-Match")
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "404", ref = "ShowNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response getShow(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId,
            @Context Request request) {
        ShowDetails show = getShow.getShow(ShowId.parse(showId));
        ShowDetailResponse details = ShowDetailResponse.from(show);
        EntityTag version = entityTag(show, details);
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
    @Operation(operationId = "getShowTotals", summary = "A show's booking totals", description = "Admins only. How many bookings of the show there are by status, "
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

    /** W/"<show version>.<seat map hash>": the show's edit version travels only here. */
    static EntityTag entityTag(ShowDetails show, ShowDetailResponse details) {
        return new EntityTag(show.show().version() + "." + details.entityTag(), true);
    }

    @PATCH
    @Path("/{showId}")
    @SignedIn
    @Consumes({EditShowRequests.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @SecurityRequirementsSet({@SecurityRequirement(name = "cookie"), @SecurityRequirement(name = "csrf")})
    @Operation(operationId = "editShow", summary = "Edit a show", description = """
            Admins only. A JSON merge patch of name, startTime and totalSeats: the members sent change, the others stay. \
            If-Match must carry the ETag of GET /shows/{id} (its show version is compared): without it 428 \
            precondition-required, when the show changed since 412 precondition-failed (read it again). startTime must lie \
            in the future; totalSeats may change only while nothing of the show was ever booked (else 409 show-has-bookings); \
            a cancelled show cannot be changed (409 show-cancelled). Answers the show as it is now, with its new ETag.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = EditShowRequests.MERGE_PATCH_JSON, schema = @Schema(implementation = EditShowRequest.class),
                    examples = @ExampleObject(name = "reschedule", ref = "EditShow")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditShowRequest.class),
                    examples = @ExampleObject(name = "reschedule", ref = "EditShow"))})
    @APIResponse(responseCode = "200", description = "The show as edited",
            headers = @Header(name = "ETag", description = "The show's new ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ShowDetailResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "403", ref = "AdminsOnly")
    @APIResponse(responseCode = "404", ref = "ShowNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "ShowNotEditable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response editShow(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId,
            @Parameter(name = HttpHeaders.IF_MATCH, description = "The ETag of GET /shows/{id}", example = "W/\"3.8f3a52c1d0e4b7a9\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EditShowRequest body) {
        if (body == null) {
            throw InvalidCommandException.of("body", "a JSON object with any of name, startTime and totalSeats is required");
        }
        EditShowCommand command = EditShowCommand.of(actor.get(), showId, EditShowRequests.version(ifMatch), body.getName(), body.nameGiven(),
                body.getStartTime(), body.startTimeGiven(), body.getTotalSeats(), body.totalSeatsGiven());
        ShowDetails edited = editShow.edit(command);
        ShowDetailResponse details = ShowDetailResponse.from(edited);
        return Response.ok(details).tag(entityTag(edited, details)).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }
}

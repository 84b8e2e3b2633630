package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.auth.SignedIn;
import com.seatbooking.adapter.rest.dto.AccountResponse;
import com.seatbooking.adapter.rest.dto.ListedBookingResponse;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.ListMyBookingsQuery;
import com.seatbooking.application.port.in.ListMyBookingsUseCase;
import com.seatbooking.application.port.in.MyBookingsPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in account and its bookings. */
@Path("/me")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class MeResource {

    private final ListMyBookingsUseCase myBookings;
    private final CurrentActor actor;

    MeResource(ListMyBookingsUseCase myBookings, CurrentActor actor) {
        this.myBookings = myBookings;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who is signed in", description = "As the token says: no database is asked.")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @APIResponse(responseCode = "200", description = "The signed-in account", content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public AccountResponse me() {
        return AccountResponse.from(actor.get().requireSignedIn());
    }

    @GET
    @Path("/bookings")
    @Operation(operationId = "listMyBookings", summary = "My bookings", description = """
            The signed-in account's bookings (failed attempts too), newest first, each with its show. A hold past its \
            deadline shows as FAILED with HOLD_EXPIRED. When there are more, the Link header points at the next page.""")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "cookie")
    @APIResponse(responseCode = "200", description = "A page of bookings",
            headers = @Header(name = "Link", description = "</me/bookings?limit=20&cursor=...>; rel=\"next\" when there are more",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ListedBookingResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "NotSignedIn")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response bookings(
            @Parameter(description = "Bookings per page, 1 to 100", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "Where the previous page ended, as its Link header gave it") @QueryParam("cursor") String cursor) {
        Actor me = actor.get();
        ListMyBookingsQuery query = ListMyBookingsQuery.of(me, wholeNumber(limit), cursor);
        MyBookingsPage page = myBookings.listMyBookings(query);
        List<ListedBookingResponse> body = page.bookings().stream().map(own -> ListedBookingResponse.from(own, me.username(), page.holdRules())).toList();
        Response.ResponseBuilder response = Response.ok(body);
        page.next().ifPresent(next -> response.header("Link",
                "</me/bookings?limit=" + query.limit() + "&cursor=" + next.encode() + ">; rel=\"next\""));
        return response.build();
    }

    /** Query parameters arrive as text; one that is not a number is a 400 here, not a 404 as JAX-RS would have it. */
    private static Integer wholeNumber(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw InvalidCommandException.of("limit", "must be a whole number between 1 and " + ListMyBookingsQuery.MAX_LIMIT);
        }
    }
}

package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.dto.SeatMapSnapshotEvent;
import com.seatbooking.adapter.rest.dto.SeatsChangedEvent;
import com.seatbooking.adapter.rest.events.SeatMapStreams;
import com.seatbooking.application.port.in.FollowSeatMapQuery;
import com.seatbooking.domain.ShowId;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

/** The live seat map: Server-Sent Events, public like the seat map itself. */
@Path("/shows/{showId}/events")
@Tag(name = "Shows")
public class ShowEventsResource {

    private final SeatMapStreams streams;

    ShowEventsResource(SeatMapStreams streams) {
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @ResponseHeader(name = "Cache-Control", value = "no-cache")
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    // open to anyone: no credentials needed (an empty security requirement)
    @SecurityRequirementsSet
    @Operation(operationId = "followSeatMap", summary = "Follow a show's seat map live (Server-Sent Events)",
            description = "No sign-in needed. The first event is `snapshot` (the seat map, as `GET /shows/{id}` answers it, with its "
                    + "version); then one `seats` event per change of the show's seats (booked, held, or freed by a cancel or an "
                    + "expired hold), whichever app instance made it. Every event's `id` is the seat map's version, which only grows: "
                    + "ignore an event whose version is not greater than the one you have. A comment line (`: heartbeat`) comes every "
                    + "15 s. Reconnect with `Last-Event-ID` (browsers' EventSource does) or `?lastEventId=` to get the changes since "
                    + "(as one `seats` event), or a fresh `snapshot` when that version is too old or unknown. A stream that ends with "
                    + "a `retry` hint (the instance is shutting down) should be reopened.")
    @APIResponse(responseCode = "200", description = "An event stream",
            headers = @Header(name = "Cache-Control", description = "no-cache", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(oneOf = {SeatMapSnapshotEvent.class, SeatsChangedEvent.class}),
                    examples = @ExampleObject(name = "stream", ref = "SeatMapEvents")))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "404", ref = "ShowNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Multi<OutboundSseEvent> events(
            @Parameter(description = "The show's id (a UUID)", example = "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a") @PathParam("showId") String showId,
            @Parameter(description = "The version you have (the id of the last event you got): resume after it")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "As Last-Event-ID, for clients that cannot set headers") @QueryParam("lastEventId") String lastEventIdQuery,
            @Context Sse sse) {
        String seen = lastEventId != null && !lastEventId.isBlank() ? lastEventId : lastEventIdQuery;
        return streams.open(FollowSeatMapQuery.resuming(ShowId.parse(showId), seen), sse);
    }
}

package com.seatbooking.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.error.ProblemMappers;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.IdempotencyKeyInUseException;
import com.seatbooking.application.port.in.IdempotencyKeyReusedException;
import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.IdempotentOutcome;
import com.seatbooking.application.port.in.IdempotentRequestUseCase;
import com.seatbooking.application.port.in.KeyedBookingOutcome;
import com.seatbooking.application.port.in.RecordedResponse;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes sent with an {@code Idempotency-Key} header (the IETF httpapi draft's semantics, as Stripe
 * and pretix have them): the first request's answer is kept with the write, in one transaction; a
 * retry with the same key gets the same status and body again, with {@code Idempotent-Replayed: true};
 * the same key with another request is 422; a retry while the first is still being answered is 409
 * with Retry-After. Refusals of the client's own request (4xx problems) are kept too; the server's
 * own failures (5xx) are not, so a retry may succeed. Without the header nothing changes.
 * <p>
 * The body of the answer is written once, here, and the same bytes are sent the first time and on
 * every replay, so they are identical.
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentRequestUseCase requests;
    private final ObjectMapper json;
    private final CurrentActor actor;
    private final ClientAddress clientAddress;
    private final ProblemMappers problems = new ProblemMappers();

    IdempotentWrites(IdempotentRequestUseCase requests, ObjectMapper json, CurrentActor actor, ClientAddress clientAddress) {
        this.requests = requests;
        this.json = json;
        this.actor = actor;
        this.clientAddress = clientAddress;
    }

    /**
     * Answers the write {@code write} makes, once per key. {@code request} is what the request says,
     * for its fingerprint (its body as read, or the part of it that may be kept: never a password).
     */
    public Response run(String key, HttpServerRequest http, UriInfo uri, Object request, Supplier<Response> write) {
        IdempotentCommand command = command(key, http, uri, request);
        if (command == null) {
            return write.get();
        }
        return keyed(command, http, uri, () -> requests.run(command, () -> recorded(write.get())));
    }

    /**
     * A booking or hold: the key goes into the booking's own one statement, not into a transaction
     * around it. {@code write} makes the booking with the key and answers a fresh or replayed
     * booking (rendered by {@code render}, the same way both times) or a replayed kept answer.
     * Refusals before anything is stored (such as the seat limit) are kept as {@link #run} keeps them.
     */
    public Response runBooking(String key, HttpServerRequest http, UriInfo uri, Object request,
            Supplier<Response> unkeyed, Function<IdempotentCommand, KeyedBookingOutcome> write,
            Function<BookingDetails, Response> render) {
        IdempotentCommand command = command(key, http, uri, request);
        if (command == null) {
            return unkeyed.get();
        }
        return keyed(command, http, uri, () -> {
            KeyedBookingOutcome booked = write.apply(command);
            return booked.kept() != null
                    ? IdempotentOutcome.replay(booked.kept())
                    : new IdempotentOutcome(recorded(render.apply(booked.booking())), booked.replayed());
        });
    }

    /** The keyed request, or null when it carries no key. */
    private IdempotentCommand command(String key, HttpServerRequest http, UriInfo uri, Object request) {
        if (key == null) {
            // an empty header arrives as no value at all: it is a key, and an invalid one (400)
            key = http.getHeader(HEADER);
            if (key == null) {
                return null;
            }
        }
        return IdempotentCommand.of(actor.get(), clientAddress.of(http), key, http.method().name(), uri.getPath(),
                fingerprint(request));
    }

    /**
     * The answer {@code write} gives for the key, first or kept; a refusal of the client's own request
     * (4xx) is kept for the key as well, the server's own failures are not.
     */
    private Response keyed(IdempotentCommand command, HttpServerRequest http, UriInfo uri, Supplier<IdempotentOutcome> write) {
        IdempotentOutcome outcome;
        try {
            outcome = write.get();
        } catch (IdempotencyKeyInUseException | IdempotencyKeyReusedException e) {
            throw e;
        } catch (RuntimeException e) {
            Response refusal = problems.clientError(e, uri);
            if (refusal == null) {
                throw e;
            }
            outcome = requests.recordRefusal(command, recorded(withRequestId(refusal, http)));
        }
        return answer(outcome);
    }

    /** A refusal is kept as bytes, past the filter that adds request ids to problems: it names the first request's id. */
    private static Response withRequestId(Response refusal, HttpServerRequest http) {
        if (refusal.getEntity() instanceof com.seatbooking.adapter.rest.dto.Problem problem) {
            return Response.fromResponse(refusal).entity(problem.withRequestId(RequestIds.of(http))).build();
        }
        return refusal;
    }

    private static Response answer(IdempotentOutcome outcome) {
        RecordedResponse kept = outcome.response();
        Response.ResponseBuilder response = Response.status(kept.status()).entity(kept.body());
        if (kept.contentType() != null) {
            response.type(kept.contentType());
        }
        if (kept.location() != null) {
            response.header(HttpHeaders.LOCATION, kept.location());
        }
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    private RecordedResponse recorded(Response response) {
        Object entity = response.getEntity();
        byte[] body;
        try {
            body = entity == null ? new byte[0] : entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
        MediaType type = response.getMediaType();
        String contentType = entity == null ? null : type == null ? MediaType.APPLICATION_JSON : type.toString();
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        return new RecordedResponse(response.getStatus(), contentType, body, location == null ? null : location.toString());
    }

    private String fingerprint(Object request) {
        try {
            byte[] canonical = request == null ? new byte[0] : json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot take the request's fingerprint", e);
        }
    }
}

package com.seatbooking.adapter.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.seatbooking.adapter.rest.dto.Problem;
import com.seatbooking.adapter.rest.dto.ProblemViolation;
import com.seatbooking.application.port.in.AccessDeniedException;
import com.seatbooking.application.port.in.BookingNotFoundException;
import com.seatbooking.application.port.in.IdempotencyKeyInUseException;
import com.seatbooking.application.port.in.IdempotencyKeyReusedException;
import com.seatbooking.application.port.in.InvalidCredentialsException;
import com.seatbooking.application.port.in.NotSignedInException;
import com.seatbooking.application.port.in.UsernameTakenException;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.StoreUnavailableException;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.HoldExpiredException;
import com.seatbooking.domain.booking.HoldExtensionLimitException;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.booking.IllegalBookingTransitionException;
import com.seatbooking.domain.show.ShowCancelledException;
import com.seatbooking.domain.show.ShowHasBookingsException;
import com.seatbooking.domain.show.ShowHasStartedException;
import com.seatbooking.application.port.in.ShowNotCancelledException;
import com.seatbooking.application.port.in.ShowVersionMismatchException;
import com.seatbooking.application.port.in.ShowVersionRequiredException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as {@code application/problem+json} (RFC 9457). Domain and application
 * exceptions keep their meaning; anything unexpected becomes a 500 without internals.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidCommand(InvalidCommandException e, UriInfo uri) {
        List<ProblemViolation> violations = e.violations().stream()
                .map(v -> new ProblemViolation(v.field(), v.message())).toList();
        return invalid(violations, uri);
    }

    @ServerExceptionMapper
    public Response invariantViolation(InvariantViolation e, UriInfo uri) {
        return invalid(List.of(new ProblemViolation(e.property(), e.getMessage())), uri);
    }

    @ServerExceptionMapper
    public Response notSignedIn(NotSignedInException e, UriInfo uri) {
        return Response.status(401).type(PROBLEM_JSON).header("WWW-Authenticate", "Bearer")
                .entity(problem(ProblemType.NOT_SIGNED_IN, e.getMessage(), uri)).build();
    }

    @ServerExceptionMapper
    public Response invalidCredentials(InvalidCredentialsException e, UriInfo uri) {
        return Response.status(401).type(PROBLEM_JSON).header("WWW-Authenticate", "Bearer")
                .entity(problem(ProblemType.INVALID_CREDENTIALS, e.getMessage(), uri)).build();
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, UriInfo uri) {
        return respond(problem(ProblemType.FORBIDDEN, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response usernameTaken(UsernameTakenException e, UriInfo uri) {
        return respond(problem(ProblemType.USERNAME_TAKEN, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response showNotFound(ShowNotFoundException e, UriInfo uri) {
        return respond(problem(ProblemType.SHOW_NOT_FOUND, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response bookingNotFound(BookingNotFoundException e, UriInfo uri) {
        return respond(problem(ProblemType.BOOKING_NOT_FOUND, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response holdExpired(HoldExpiredException e, UriInfo uri) {
        return respond(problem(ProblemType.HOLD_EXPIRED, e.getMessage(), uri)
                .withBooking(e.bookingId().value(), BookingStatus.FAILED));
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalBookingTransitionException e, UriInfo uri) {
        return respond(problem(ProblemType.BOOKING_CONFLICT, e.getMessage(), uri).withBooking(e.bookingId().value(), e.current()));
    }

    @ServerExceptionMapper
    public Response showStarted(ShowHasStartedException e, UriInfo uri) {
        return respond(problem(ProblemType.SHOW_STARTED, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response showCancelled(ShowCancelledException e, UriInfo uri) {
        return respond(problem(ProblemType.SHOW_CANCELLED, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response showHasBookings(ShowHasBookingsException e, UriInfo uri) {
        return respond(problem(ProblemType.SHOW_HAS_BOOKINGS, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response showNotCancelled(ShowNotCancelledException e, UriInfo uri) {
        return respond(problem(ProblemType.SHOW_NOT_CANCELLED, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response showVersionMismatch(ShowVersionMismatchException e, UriInfo uri) {
        return respond(problem(ProblemType.PRECONDITION_FAILED, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response showVersionRequired(ShowVersionRequiredException e, UriInfo uri) {
        return respond(problem(ProblemType.PRECONDITION_REQUIRED, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response seatLimitReached(SeatLimitReachedException e, UriInfo uri) {
        return respond(problem(ProblemType.SEAT_LIMIT_REACHED, e.getMessage(), uri).withSeatLimit(e.limit(), e.remaining()));
    }

    @ServerExceptionMapper
    public Response holdExtensionLimit(HoldExtensionLimitException e, UriInfo uri) {
        return respond(problem(ProblemType.HOLD_EXTENSION_LIMIT, e.getMessage(), uri).withBooking(e.bookingId().value(), BookingStatus.PENDING));
    }

    @ServerExceptionMapper
    public Response idempotencyKeyInUse(IdempotencyKeyInUseException e, UriInfo uri) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return Response.status(409).type(PROBLEM_JSON).header("Retry-After", seconds)
                .entity(problem(ProblemType.IDEMPOTENCY_KEY_IN_USE, e.getMessage(), uri).withRetryAfter(seconds)).build();
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return respond(problem(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage(), uri));
    }

    /**
     * The answer a refusal of the client's own request (a 4xx problem) gets from the mappers here, for
     * keeping it as the answer to an idempotency key; null for anything else (server trouble, and the
     * idempotency problems themselves), which is never kept.
     */
    public Response clientError(RuntimeException e, UriInfo uri) {
        if (e instanceof InvalidCommandException invalid) {
            return invalidCommand(invalid, uri);
        } else if (e instanceof InvariantViolation violation) {
            return invariantViolation(violation, uri);
        } else if (e instanceof AccessDeniedException denied) {
            return accessDenied(denied, uri);
        } else if (e instanceof UsernameTakenException taken) {
            return usernameTaken(taken, uri);
        } else if (e instanceof ShowNotFoundException noShow) {
            return showNotFound(noShow, uri);
        } else if (e instanceof BookingNotFoundException noBooking) {
            return bookingNotFound(noBooking, uri);
        } else if (e instanceof HoldExpiredException expired) {
            return holdExpired(expired, uri);
        } else if (e instanceof IllegalBookingTransitionException transition) {
            return illegalTransition(transition, uri);
        } else if (e instanceof ShowHasStartedException started) {
            return showStarted(started, uri);
        } else if (e instanceof ShowCancelledException cancelled) {
            return showCancelled(cancelled, uri);
        } else if (e instanceof ShowHasBookingsException booked) {
            return showHasBookings(booked, uri);
        } else if (e instanceof SeatLimitReachedException limit) {
            return seatLimitReached(limit, uri);
        } else if (e instanceof HoldExtensionLimitException extension) {
            return holdExtensionLimit(extension, uri);
        }
        return null;
    }

    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e, UriInfo uri) {
        LOG.warnf("503 on %s: %s (%s)", uri.getPath(), e.getMessage(), rootCause(e));
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return Response.status(503).type(PROBLEM_JSON).header("Retry-After", seconds)
                .entity(problem(ProblemType.SERVICE_UNAVAILABLE, e.getMessage(), uri)).build();
    }

    /** More specific than the framework's own mapper for this type, which answers without a body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        ProblemViolation violation = JsonProblems.violation(e);
        if (violation == null) {
            return respond(problem(ProblemType.MALFORMED_BODY, JsonProblems.malformedDetail(e), uri));
        }
        return invalid(List.of(violation), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        String detail = status == 404 ? "Nothing is served at " + uri.getPath() : e.getMessage();
        String allowed = "";
        if (status == 404 || status == 405) {
            // RFC 9110: a 405 names the methods the path answers; the router answers some such paths with 404
            allowed = AllowedMethods.on(uri.getPath());
            if (allowed.isEmpty() && e.getResponse().getHeaderString("Allow") != null) {
                allowed = e.getResponse().getHeaderString("Allow");
            }
            if (!allowed.isEmpty() && !java.util.Arrays.asList(allowed.split(", ")).contains(request.getMethod())) {
                status = 405;
                detail = request.getMethod() + " is not a method of " + uri.getPath() + "; it answers " + allowed;
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem(type.uri(), type.title(), status, detail, uri.getPath()));
        if (status == 405 && !allowed.isEmpty()) {
            response.header("Allow", allowed);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(problem(ProblemType.INTERNAL_ERROR, "Something went wrong on our side; it has been logged", uri));
    }

    private static Response invalid(List<ProblemViolation> violations, UriInfo uri) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return respond(problem(ProblemType.VALIDATION, detail, uri).withViolations(violations));
    }

    private static Problem problem(ProblemType type, String detail, UriInfo uri) {
        return new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath());
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

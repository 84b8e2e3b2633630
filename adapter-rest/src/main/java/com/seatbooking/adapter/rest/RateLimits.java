package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.CurrentActor;
import com.seatbooking.adapter.rest.dto.Problem;
import com.seatbooking.adapter.rest.error.ProblemMappers;
import com.seatbooking.adapter.rest.error.ProblemType;
import com.seatbooking.application.port.in.CheckRateLimitUseCase;
import com.seatbooking.application.port.in.RateLimitCommand;
import com.seatbooking.application.port.in.RateLimitDecision;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 429 with Retry-After to a client past its rate limit, before the request does anything.
 * Runs after {@link com.seatbooking.adapter.rest.auth.Authentication}, so a signed-in write counts
 * against its account as well as its address. Health checks are not limited (load balancers poll them).
 */
public class RateLimits {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CheckRateLimitUseCase rateLimits;
    private final CurrentActor actor;
    private final ClientAddress clientAddress;

    RateLimits(CheckRateLimitUseCase rateLimits, CurrentActor actor, ClientAddress clientAddress) {
        this.rateLimits = rateLimits;
        this.actor = actor;
        this.clientAddress = clientAddress;
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (path.equals("/health") || path.startsWith("/health/")) {
            return null;
        }
        boolean write = WRITES.contains(request.getMethod());
        RateLimitDecision decision = rateLimits.check(new RateLimitCommand(actor.get(), clientAddress.of(http), write));
        if (decision.isAllowed()) {
            return null;
        }
        long seconds = decision.retryAfterSeconds();
        ProblemType type = ProblemType.RATE_LIMITED;
        String who = switch (decision.limit()) {
            case "account-writes" -> "this account";
            case "address-writes" -> "your network address";
            default -> "your network address";
        };
        String detail = "Too many " + (write ? "changes" : "requests") + " from " + who + " in a short time; try again in "
                + seconds + (seconds == 1 ? " second." : " seconds.");
        return Response.status(type.status()).type(ProblemMappers.PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, path).withRetryAfter(seconds))
                .build();
    }
}

package com.seatbooking.adapter.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request has an id, for following it through logs: the client's {@code X-Request-Id} when it
 * sends a usable one (1 to 128 of letters, digits and {@code -_.:}), else a new UUID. The first
 * route of all (before any other can answer) puts it on the response, into the request's headers
 * (so whatever answers later reads the id in one place, {@link #of}) and into the logging context
 * (MDC key {@code requestId}: Quarkus keeps it on the request's Vert.x context, so it follows the
 * request onto worker threads). Problem details carry it too ({@code requestId}).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String sent = context.request().getHeader(HEADER);
        String id = sent != null && USABLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        context.addEndHandler(ended -> MDC.remove(MDC_KEY));
        context.next();
    }

    /** The request's id, as {@link #assign} settled it (null only for a request that never passed it). */
    public static String of(io.vertx.core.http.HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}

package com.seatbooking.adapter.rest;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deep links into the web app (/admin, /booking/&lt;id&gt;, any page path) are answered with its
 * index.html, so a reload or a shared link works; the app's router then shows the right page, or
 * its own not-found page. API paths, /q/* and files (a last segment with a dot) are left alone.
 * Runs ahead of the API, whose 404 handling would otherwise answer such paths first.
 * <p>
 * index.html itself must be revalidated on every load ({@code no-cache}): it names the current
 * build's assets, which are content-hashed and so may be cached for good.
 */
@ApplicationScoped
class SpaRouting {

    /** Ahead of Quinoa's web-app handler (1100) and of the REST routes. */
    private static final int ORDER = 1_000;

    private final List<String> apiPrefixes;

    SpaRouting(@ConfigProperty(name = "quarkus.quinoa.ignored-path-prefixes") List<String> apiPrefixes) {
        this.apiPrefixes = List.copyOf(apiPrefixes);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::route);
    }

    private void route(RoutingContext context) {
        String path = context.normalizedPath();
        if (isPagePath(context.request().method(), path)) {
            context.reroute("/");
            return;
        }
        if (path.equals("/")) {
            context.addHeadersEndHandler(ignored -> context.response().headers().set("Cache-Control", "no-cache"));
        }
        context.next();
    }

    boolean isPagePath(HttpMethod method, String path) {
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        if (path.equals("/") || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return false;
        }
        return apiPrefixes.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}

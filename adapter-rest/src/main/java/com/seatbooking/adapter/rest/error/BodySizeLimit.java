package com.seatbooking.adapter.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seatbooking.adapter.rest.dto.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared Content-Length exceeds {@code quarkus.http.limits.max-body-size}
 * with a problem+json 413 before any of it is read. (The HTTP layer enforces the same limit on
 * bodies without a declared length, answering a bare 413.)
 */
@ApplicationScoped
class BodySizeLimit {

    private final long limit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String declared = context.request().getHeader("Content-Length");
            if (declared != null && exceeds(declared)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                        .putHeader("Connection", "close")
                        .end(body(context.request().path(), declared));
            } else {
                context.next();
            }
        });
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String body(String path, String declared) {
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                "The body has " + declared.trim() + " bytes; at most " + limit + " are accepted", path);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

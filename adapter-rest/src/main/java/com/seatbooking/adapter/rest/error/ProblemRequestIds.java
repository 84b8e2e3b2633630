package com.seatbooking.adapter.rest.error;

import com.seatbooking.adapter.rest.RequestIds;
import com.seatbooking.adapter.rest.dto.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every problem the API answers names its request's id ({@code requestId}), as the X-Request-Id header does. */
public class ProblemRequestIds {

    @ServerResponseFilter
    public void addRequestId(ContainerResponseContext response, HttpServerRequest request) {
        if (response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(RequestIds.of(request)));
        }
    }
}

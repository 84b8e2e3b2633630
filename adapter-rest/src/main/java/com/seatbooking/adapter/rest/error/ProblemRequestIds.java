package com.seatbooking.adapter.rest.error;

import com.seatbooking.adapter.rest.RequestIds;
import com.seatbooking.adapter.rest.dto.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every problem the API answers names its request's id ({@code requestId}), as the X-Request-Id header does. */
public class ProblemRequestIds {

    @ServerResponseFilter
    public void addRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(request.getHeaderString(RequestIds.HEADER)));
        }
    }
}

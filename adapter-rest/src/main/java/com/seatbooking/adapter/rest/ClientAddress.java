package com.seatbooking.adapter.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who sends a request, by address: the socket peer; or, when the peer is a trusted proxy
 * ({@code TRUSTED_PROXIES}, such as the nginx in front of several instances), the address that
 * proxy saw, read from the right end of {@code X-Forwarded-For} past any further trusted proxies.
 * Without trusted proxies X-Forwarded-For is ignored: anyone could write anything there.
 */
@ApplicationScoped
public class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(@ConfigProperty(name = "client-address.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.trustedProxies = trustedProxies.orElse(List.of()).stream().map(String::trim).filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address, for rate limits and for the scope of idempotency keys before sign-in. */
    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String address = peer == null ? "unknown" : peer.hostAddress();
        if (trustedProxies.isEmpty() || !trustedProxies.contains(address)) {
            return address;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 45 ? hop.substring(0, 45) : hop;
            }
        }
        return address;
    }
}

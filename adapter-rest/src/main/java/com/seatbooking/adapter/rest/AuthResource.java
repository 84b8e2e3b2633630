package com.seatbooking.adapter.rest;

import com.seatbooking.adapter.rest.auth.IssuedToken;
import com.seatbooking.adapter.rest.auth.SessionCookies;
import com.seatbooking.adapter.rest.auth.Tokens;
import com.seatbooking.adapter.rest.dto.AccountResponse;
import com.seatbooking.adapter.rest.dto.LoginRequest;
import com.seatbooking.adapter.rest.dto.LoginResponse;
import com.seatbooking.adapter.rest.dto.RegisterRequest;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.LogInCommand;
import com.seatbooking.application.port.in.LogInUseCase;
import com.seatbooking.application.port.in.RegisterAccountCommand;
import com.seatbooking.application.port.in.RegisterAccountUseCase;
import com.seatbooking.domain.account.Account;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing up, in and out. None of these reads credentials: there is no session yet to forge a
 * request with (so no CSRF token either), and signing out only clears the browser's cookies.
 * Registration takes an Idempotency-Key (scoped to the client's address, as nobody is signed in);
 * signing in and out change nothing that a retry could repeat, so they ignore it.
 */
@Path("/auth")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final RegisterAccountUseCase register;
    private final LogInUseCase logIn;
    private final Tokens tokens;
    private final IdempotentWrites idempotent;

    AuthResource(RegisterAccountUseCase register, LogInUseCase logIn, Tokens tokens, IdempotentWrites idempotent) {
        this.register = register;
        this.logIn = logIn;
        this.tokens = tokens;
        this.idempotent = idempotent;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    // open to anyone: no credentials needed (an empty security requirement)
    @SecurityRequirementsSet
    @Operation(operationId = "register", summary = "Register a customer account", description = "The username is unique ignoring case. Sign in afterwards with POST /auth/login.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegisterRequest.class),
            examples = @ExampleObject(name = "alice", ref = "Register")))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "/me", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "409", ref = "UsernameTaken")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response register(@Parameter(name = IdempotentWrites.HEADER, description = "Optional. Makes the request safe to retry: 1 to 255 printable ASCII "
                    + "characters, new for each new request (a UUID). A retry with the same key gets the first answer again, with "
                    + "Idempotent-Replayed: true", example = "5f0c6e1a-2b7d-4c3e-9a8f-1d2e3f4a5b6c")
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @Context HttpServerRequest http, @Context UriInfo uri, RegisterRequest body) {
        if (body == null) {
            throw InvalidCommandException.of("body", "a JSON object with username, password and displayName is required");
        }
        // the password is left out of the request's fingerprint: no fast hash of it is ever stored
        RegisterRequest fingerprinted = new RegisterRequest(body.username(), null, body.displayName());
        return idempotent.run(idempotencyKey, http, uri, fingerprinted, () -> {
            Account account = register.register(RegisterAccountCommand.of(body.username(), body.password(), body.displayName()));
            return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/me").entity(AccountResponse.from(account)).build();
        });
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    // open to anyone: no credentials needed (an empty security requirement)
    @SecurityRequirementsSet
    @Operation(operationId = "logIn", summary = "Sign in", description = """
            Answers a signed token (send it as Authorization: Bearer <token>) and sets it as the HttpOnly, SameSite=Strict \
            cookie sb_session too, with the CSRF cookie sb_csrf that the web app sends back in X-CSRF-Token on writes. \
            A wrong password and an unknown username get the same 401.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LoginRequest.class),
            examples = @ExampleObject(name = "alice", ref = "Login")))
    @APIResponse(responseCode = "200", description = "Signed in",
            headers = @Header(name = "Set-Cookie", description = "sb_session (the token, HttpOnly) and sb_csrf",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRequest")
    @APIResponse(responseCode = "401", ref = "InvalidCredentials")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response login(LoginRequest body, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null) {
            throw InvalidCommandException.of("body", "a JSON object with username and password is required");
        }
        Account account = logIn.logIn(LogInCommand.of(body.username(), body.password()));
        IssuedToken token = tokens.issue(account);
        boolean secure = SessionCookies.secure(headers, uri);
        return Response.ok(new LoginResponse(token.value(), token.expiresAt(), AccountResponse.from(account)))
                .header(HttpHeaders.SET_COOKIE, SessionCookies.session(token, secure))
                .header(HttpHeaders.SET_COOKIE, SessionCookies.csrf(token, secure))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @POST
    @Path("/logout")
    // open to anyone: no credentials needed (an empty security requirement)
    @SecurityRequirementsSet
    @Operation(operationId = "logOut", summary = "Sign out", description = "Clears the session cookies. Works signed in or not. A token given to an API "
            + "client stays valid until it expires.")
    @APIResponse(responseCode = "204", description = "Signed out: both cookies cleared",
            headers = @Header(name = "Set-Cookie", description = "sb_session and sb_csrf with Max-Age=0", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response logout(@Context HttpHeaders headers, @Context UriInfo uri) {
        boolean secure = SessionCookies.secure(headers, uri);
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, SessionCookies.clearSession(secure))
                .header(HttpHeaders.SET_COOKIE, SessionCookies.clearCsrf(secure))
                .build();
    }
}

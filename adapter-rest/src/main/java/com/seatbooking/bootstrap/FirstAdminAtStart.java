package com.seatbooking.bootstrap;

import com.seatbooking.application.port.StoreUnavailableException;
import com.seatbooking.application.port.in.FirstAdmin;
import com.seatbooking.application.port.in.ProvideFirstAdminCommand;
import com.seatbooking.application.port.in.ProvideFirstAdminUseCase;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.account.Password;
import com.seatbooking.domain.account.Username;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At every start: makes sure an administrator exists (ADMIN_USERNAME, ADMIN_PASSWORD), or resets
 * its password (ADMIN_PASSWORD_RESET=true). A generated password is printed once, by the one
 * instance that created the account; nothing else here ever logs a password. A misconfigured
 * username or password stops the start with a clear message; a database that does not answer
 * does not (health says DOWN; the next start tries again).
 */
@ApplicationScoped
class FirstAdminAtStart {

    private static final Logger LOG = Logger.getLogger(FirstAdminAtStart.class);

    void provide(@Observes @Priority(10_000) StartupEvent start, ProvideFirstAdminUseCase firstAdmin, AuthConfig config,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        ProvideFirstAdminCommand command = command(config);
        FirstAdmin result;
        try {
            result = firstAdmin.provideFirstAdmin(command);
        } catch (StoreUnavailableException e) {
            LOG.warnf("Could not make sure an administrator exists (the database does not answer: %s); the next start tries again",
                    e.getMessage());
            return;
        }
        switch (result.outcome()) {
            case CREATED -> LOG.infof("Created the administrator account \"%s\" with the password from ADMIN_PASSWORD", result.username());
            case PASSWORD_RESET -> LOG.infof("Reset the password of the administrator \"%s\" to ADMIN_PASSWORD "
                    + "(remove ADMIN_PASSWORD_RESET=true now, or it is reset at every start)", result.username());
            case ALREADY_PROVIDED -> LOG.debugf("An administrator exists");
            case USERNAME_TAKEN -> LOG.warnf("No administrator was created or reset: \"%s\" is a customer's username. "
                    + "Set ADMIN_USERNAME to another name and restart", result.username());
            case CREATED_WITH_GENERATED_PASSWORD -> LOG.infof("""

                    ==========================================================================================
                     Created the first administrator account. Sign in with
                        username: %s
                        password: %s
                     on http://localhost:%d/sign-in (or: POST /auth/login). This password is shown only now.
                     To choose your own: start once with ADMIN_PASSWORD=<new password> ADMIN_PASSWORD_RESET=true.
                    ==========================================================================================
                    """, result.username(), result.generatedPassword(), port);
        }
    }

    private static ProvideFirstAdminCommand command(AuthConfig config) {
        try {
            Username username = new Username(config.username());
            Password password = config.password().filter(value -> !value.isEmpty()).map(Password::of).orElse(null);
            boolean reset = config.passwordReset();
            if (reset && password == null) {
                LOG.warn("ADMIN_PASSWORD_RESET=true is ignored without ADMIN_PASSWORD");
                reset = false;
            }
            return new ProvideFirstAdminCommand(username, password, reset);
        } catch (InvariantViolation e) {
            String variable = e.property().equals("username") ? "ADMIN_USERNAME" : "ADMIN_PASSWORD";
            throw new IllegalStateException(variable + " " + e.getMessage(), e);
        }
    }
}

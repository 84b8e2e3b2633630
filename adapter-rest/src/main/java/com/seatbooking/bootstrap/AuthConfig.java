package com.seatbooking.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** The {@code auth.admin.*} settings: the administrator an installation starts with. */
@ConfigMapping(prefix = "auth.admin")
public interface AuthConfig {

    /** ADMIN_USERNAME. */
    @WithDefault("admin")
    String username();

    /** ADMIN_PASSWORD; when unset, a password is generated and printed once. */
    Optional<String> password();

    /** ADMIN_PASSWORD_RESET: give the existing administrator ADMIN_PASSWORD at start. */
    @WithName("password-reset")
    @WithDefault("false")
    boolean passwordReset();
}

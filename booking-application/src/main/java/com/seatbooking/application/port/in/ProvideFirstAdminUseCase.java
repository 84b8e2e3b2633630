package com.seatbooking.application.port.in;

public interface ProvideFirstAdminUseCase {

    /**
     * Makes sure there is an administrator: when no account has the admin role, creates one with
     * the configured username and password (or a generated one). Safe when several instances start
     * at once: exactly one of them creates it. With {@code resetPassword}, gives the existing
     * administrator of that username the configured password instead.
     */
    FirstAdmin provideFirstAdmin(ProvideFirstAdminCommand command);
}

package com.seatbooking.application.port.in;

public interface EditShowUseCase {

    /**
     * Changes a show's name, start time or seats (admins only), provided it is still at the version
     * the editor saw: {@link ShowVersionRequiredException} when none was given,
     * {@link ShowVersionMismatchException} when it changed since. The domain refuses a start in the
     * past, new seat counts once anything was booked, and any change of a cancelled show. Returns the
     * show as stored, at its new version, with its seat map.
     */
    ShowDetails edit(EditShowCommand command);
}

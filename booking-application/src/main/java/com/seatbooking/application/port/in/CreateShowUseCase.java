package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.Show;

public interface CreateShowUseCase {

    /**
     * Creates a show whose seats are all available. Only admins may: {@link NotSignedInException}
     * for the anonymous actor, {@link AccessDeniedException} for anyone else.
     */
    Show createShow(CreateShowCommand command);
}

package com.seatbooking.application.port.in;

import com.seatbooking.domain.show.Show;

public interface CreateShowUseCase {

    /** Creates a show whose seats are all available. */
    Show createShow(CreateShowCommand command);
}

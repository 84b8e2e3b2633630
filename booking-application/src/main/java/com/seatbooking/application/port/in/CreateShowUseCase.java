package com.seatbooking.application.port.in;


public interface CreateShowUseCase {

    /**
     * Creates a show whose seats are all available, with its own per-customer seat limit if the
     * command names one. Only admins may: {@link NotSignedInException} for the anonymous actor,
     * {@link AccessDeniedException} for anyone else.
     */
    ShowSummary createShow(CreateShowCommand command);
}

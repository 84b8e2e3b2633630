package com.seatbooking.application.port.in;

public interface GetCancellationUseCase {

    /**
     * How far a show's cancellation has got (admins only); {@link ShowNotFoundException} when there is
     * no such show, {@link ShowNotCancelledException} when it is not cancelled.
     */
    Cancellation progress(ShowCommand command);
}

package com.seatbooking.application.port.in;

public interface CancelShowUseCase {

    /**
     * Cancels a show at once (admins only): from then on it takes no bookings or holds. Its live
     * bookings are cancelled afterwards, batch by batch ({@link CompleteCancellationsUseCase}).
     * Cancelling a cancelled show changes nothing and answers its progress.
     */
    ShowCancellation cancel(ShowCommand command);
}

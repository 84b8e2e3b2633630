package com.seatbooking.application.port.in;

import com.seatbooking.domain.ShowId;
import java.util.Objects;

/** This actor, this show: the command of {@link CancelShowUseCase} and {@link GetCancellationUseCase}. */
public record ShowCommand(Actor actor, ShowId showId) {

    public ShowCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(showId, "showId");
    }

    /** Validates the raw id. */
    public static ShowCommand of(Actor actor, String showId) {
        return new ShowCommand(actor, ShowId.parse(showId));
    }
}

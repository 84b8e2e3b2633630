package com.seatbooking.application.service;

import com.seatbooking.application.port.in.CreateShowCommand;
import com.seatbooking.application.port.in.CreateShowUseCase;
import com.seatbooking.application.port.in.ShowSummary;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.time.Clock;

public final class CreateShowService implements CreateShowUseCase {

    private final ShowRepository shows;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final BookingSettings settings;

    public CreateShowService(ShowRepository shows, UnitOfWork unitOfWork, Clock clock, BookingSettings settings) {
        this.shows = shows;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ShowSummary createShow(CreateShowCommand command) {
        command.actor().requireAdmin("create shows");
        Show show = command.layout() == null
                ? Show.create(ShowId.random(), command.name(), command.startTime(), command.totalSeats(), command.maxSeatsPerCustomer(),
                        clock.instant())
                : Show.create(ShowId.random(), command.name(), command.startTime(), command.layout(), command.maxSeatsPerCustomer(),
                        clock.instant());
        unitOfWork.inTransaction(() -> {
            shows.add(show);
            return show;
        });
        return new ShowSummary(show, 0, show.seatLimit(settings.maxSeatsPerCustomer()));
    }
}

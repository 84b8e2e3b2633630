package com.seatbooking.application.port.out;

import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.show.Show;
import java.util.List;
import java.util.Optional;

/** Shows never change once created, so implementations may cache what they read. */
public interface ShowRepository {

    void add(Show show);

    Optional<Show> findById(ShowId id);

    /** Every show, by start time, then name. */
    List<Show> findAllByStartTime();
}

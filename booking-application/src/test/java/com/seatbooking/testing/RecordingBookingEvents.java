package com.seatbooking.testing;

import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.ChangeReason;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every event, for assertions. */
public final class RecordingBookingEvents implements BookingEvents {

    private final List<Booking> events = new CopyOnWriteArrayList<>();
    private final List<SeatLimitReachedException> seatLimitRefusals = new CopyOnWriteArrayList<>();

    @Override
    public void statusChanged(Booking booking) {
        events.add(booking);
    }

    @Override
    public void seatLimitReached(SeatLimitReachedException refusal) {
        seatLimitRefusals.add(refusal);
    }

    public List<SeatLimitReachedException> seatLimitRefusals() {
        return List.copyOf(seatLimitRefusals);
    }

    public List<ChangeReason> reasons() {
        return events.stream().map(booking -> booking.lastChange().reason()).toList();
    }

    public List<Booking> events() {
        return List.copyOf(events);
    }
}

package com.seatbooking.testing;

import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.ChangeReason;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every event, for assertions. */
public final class RecordingBookingEvents implements BookingEvents {

    private final List<Booking> events = new CopyOnWriteArrayList<>();

    @Override
    public void statusChanged(Booking booking) {
        events.add(booking);
    }

    public List<ChangeReason> reasons() {
        return events.stream().map(booking -> booking.lastChange().reason()).toList();
    }

    public List<Booking> events() {
        return List.copyOf(events);
    }
}

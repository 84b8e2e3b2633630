package com.seatbooking.application.service;

import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.application.port.in.ListShowBookingsQuery;
import com.seatbooking.application.port.in.ListShowBookingsUseCase;
import com.seatbooking.application.port.in.ShowBooking;
import com.seatbooking.application.port.in.ShowBookingsPage;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.ShowRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A show's bookings for its admins: pages by keyset (the last row's creation time and id), so a page
 * deep in a big show costs what the first one does, and an export is those pages one after another.
 * Each read is a statement of its own: an export does not hold a transaction open while it is sent.
 */
public final class ListShowBookingsService implements ListShowBookingsUseCase {

    /** Rows read per statement by an export. */
    static final int EXPORT_BATCH = 1000;

    private final ShowRepository shows;
    private final BookingRepository bookings;

    public ListShowBookingsService(ShowRepository shows, BookingRepository bookings) {
        this.shows = shows;
        this.bookings = bookings;
    }

    @Override
    public ShowBookingsPage list(ListShowBookingsQuery query) {
        check(query);
        List<ShowBooking> found = bookings.findOfShow(query, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<ShowBooking> page = more ? found.subList(0, query.limit()) : found;
        long total = bookings.countOfShow(query);
        return new ShowBookingsPage(page, total, more ? Optional.of(page.get(page.size() - 1).cursor()) : Optional.empty());
    }

    @Override
    public void export(ListShowBookingsQuery query, Consumer<ShowBooking> sink) {
        check(query);
        ListShowBookingsQuery batch = query.next(query.after(), EXPORT_BATCH);
        while (true) {
            List<ShowBooking> rows = bookings.findOfShow(batch, EXPORT_BATCH);
            rows.forEach(sink);
            if (rows.size() < EXPORT_BATCH) {
                return;
            }
            BookingCursor last = rows.get(rows.size() - 1).cursor();
            batch = batch.next(last, EXPORT_BATCH);
        }
    }

    private void check(ListShowBookingsQuery query) {
        query.actor().requireAdmin("list a show's bookings");
        shows.findById(query.showId()).orElseThrow(() -> new ShowNotFoundException(query.showId()));
    }
}

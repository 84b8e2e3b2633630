package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.in.BookingCursor;
import com.seatbooking.application.port.in.BookingTotals;
import com.seatbooking.application.port.in.ListShowBookingsQuery;
import com.seatbooking.application.port.in.NotSignedInException;
import com.seatbooking.application.port.in.ShowBooking;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bookings: the hot path in one plain SQL statement ({@link BookingStatement}), the clean-up and
 * totals over many bookings in plain SQL too ({@link BookingRecords}), everything else through
 * Hibernate ORM with Panache ({@link BookingEntityRepository}).
 */
@ApplicationScoped
class PostgresBookingRepository implements BookingRepository {

    private final BookingEntityRepository entities;
    private final BookingStatement statement;
    private final SeatMapCache seatMaps;
    private final BookingRecords records;
    private final PostgresShowRepository shows;

    PostgresBookingRepository(BookingEntityRepository entities, BookingStatement statement, SeatMapCache seatMaps,
            BookingRecords records, PostgresShowRepository shows) {
        this.entities = entities;
        this.statement = statement;
        this.seatMaps = seatMaps;
        this.records = records;
        this.shows = shows;
    }

    /**
     * One statement: outside a unit of work a transaction of its own, run again after a lost race;
     * inside one it joins it (and the unit of work's retry covers it).
     */
    @Override
    public Booking addAllocatingSeats(Booking candidate, int seatLimit, Instant now) {
        // How the domain records a rejection of this candidate; the statement fills in the taken seats.
        Booking rejection = candidate.rejectedFor(candidate.seats(), now);
        BookingStatement.Outcome outcome;
        try {
            outcome = statement.addAllocatingSeats(candidate, rejection, seatLimit, now);
        } catch (RuntimeException failure) {
            if (SqlFailures.isForeignKeyViolation(failure)) {
                // the token named an account that is not (any more) in this database
                throw new NotSignedInException("The account you are signed in with does not exist; sign in again");
            }
            throw failure;
        }
        return stored(candidate, seatLimit, now, outcome);
    }

    /** The same one statement, with the key's lock, lookup and row in it ({@link BookingSql#ADD_ALLOCATING_SEATS_KEYED}). */
    @Override
    public KeyedAddition addAllocatingSeats(Booking candidate, int seatLimit, Instant now, KeyToKeep key) {
        Booking rejection = candidate.rejectedFor(candidate.seats(), now);
        BookingStatement.KeyedOutcome keyed;
        try {
            keyed = statement.addAllocatingSeatsKeyed(candidate, rejection, seatLimit, now, key);
        } catch (RuntimeException failure) {
            if (SqlFailures.isForeignKeyViolation(failure)) {
                throw new NotSignedInException("The account you are signed in with does not exist; sign in again");
            }
            throw failure;
        }
        if (!keyed.locked()) {
            return new KeyInUse();
        }
        if (keyed.kept() != null) {
            return new KeyKept(keyed.kept());
        }
        return new Stored(stored(candidate, seatLimit, now, keyed.outcome()));
    }

    private Booking stored(Booking candidate, int seatLimit, Instant now, BookingStatement.Outcome outcome) {
        if (outcome.refused()) {
            throw refusal(candidate, now);
        }
        if (outcome.overLimit()) {
            // nothing was written; how many seats remain is read afresh, past this statement's snapshot
            int remaining = Math.max(0, Math.min(seatLimit, seatLimit - statement.seatUsage(candidate)));
            throw new SeatLimitReachedException(candidate.showId(), candidate.seats().size(), seatLimit, remaining);
        }
        if (outcome.conflicts().length == 0) {
            seatMaps.changed(candidate.showId());
            return candidate;
        }
        return candidate.rejectedFor(SeatNumbers.of(outcome.conflicts()), now);
    }

    /**
     * Why the show refused the candidate, as it is stored now (the caller checked it against a show
     * read a moment earlier, which was cancelled, rescheduled or resized since): the domain says it.
     */
    private RuntimeException refusal(Booking candidate, Instant now) {
        Show show = shows.refreshed(candidate.showId()).orElseThrow(() -> new ShowNotFoundException(candidate.showId()));
        show.requireOpenForBooking(now);
        show.requireSeatsExist(candidate.seats());
        return new IllegalStateException("the booking statement refused " + candidate.id() + " of " + show + ", which takes it");
    }

    @Override
    public void update(Booking booking) {
        BookingEntity entity = entities.findById(booking.id().value());
        if (entity == null) {
            throw new IllegalStateException("booking " + booking.id() + " does not exist");
        }
        BookingMapper.apply(booking, entity);
    }

    @Override
    public Optional<Booking> findById(BookingId id) {
        return entities.findByIdOptional(id.value()).map(BookingMapper::toDomain);
    }

    @Override
    public List<Booking> findByOwner(AccountId owner, BookingCursor after, int limit) {
        return entities.findByOwner(owner.value(), after, limit).stream().map(BookingMapper::toDomain).toList();
    }

    @Override
    public Optional<Booking> findByIdForUpdate(BookingId id) {
        return entities.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(BookingMapper::toDomain);
    }

    @Override
    public List<Booking> lockExpiredHolds(Instant now, int limit) {
        return entities.lockExpiredHolds(now, limit).stream().map(BookingMapper::toDomain).toList();
    }

    @Override
    public int deleteFailedBefore(Instant failedBefore, int limit) {
        return records.deleteFailedBefore(failedBefore, limit);
    }

    @Override
    public BookingTotals totals(ShowId showId) {
        return records.totals(showId);
    }

    @Override
    public List<Booking> lockLiveOfShow(ShowId showId, BookingCursor after, int limit) {
        return entities.lockLiveOfShow(showId.value(), after, limit).stream().map(BookingMapper::toDomain).toList();
    }

    @Override
    public long countLiveOfShow(ShowId showId) {
        return records.countLiveOfShow(showId);
    }

    @Override
    public boolean anyOfShow(ShowId showId) {
        return records.anyOfShow(showId);
    }

    @Override
    public List<ShowBooking> findOfShow(ListShowBookingsQuery query, int limit) {
        return records.findOfShow(query, limit);
    }

    @Override
    public long countOfShow(ListShowBookingsQuery query) {
        return records.countOfShow(query);
    }
}

package com.seatbooking.application.service;

import com.seatbooking.application.port.StoreUnavailableException;
import com.seatbooking.application.port.in.Actor;
import com.seatbooking.application.port.in.BestAvailableCommand;
import com.seatbooking.application.port.in.BookBestAvailableUseCase;
import com.seatbooking.application.port.in.BookingDetails;
import com.seatbooking.application.port.in.IdempotencyKeyInUseException;
import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.InvalidCommandException;
import com.seatbooking.application.port.in.KeyedBookingOutcome;
import com.seatbooking.application.port.in.ShowNotFoundException;
import com.seatbooking.application.port.out.BookingEvents;
import com.seatbooking.application.port.out.BookingRepository;
import com.seatbooking.application.port.out.BookingRepository.KeyKept;
import com.seatbooking.application.port.out.BookingRepository.KeyToKeep;
import com.seatbooking.application.port.out.BookingRepository.KeyedAddition;
import com.seatbooking.application.port.out.BookingRepository.Refused;
import com.seatbooking.application.port.out.BookingRepository.Stored;
import com.seatbooking.application.port.out.FairUseEvents;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.application.port.out.ShowRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.booking.BookingStatus;
import com.seatbooking.domain.booking.SeatLimitReachedException;
import com.seatbooking.domain.seat.SeatNumbers;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.venue.Layout;
import com.seatbooking.domain.venue.SeatPicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Best available: read which seats are taken (adapters may serve that from a cache: it only guides
 * the pick), let the domain pick ({@link SeatPicker}), then claim the pick with the same one atomic
 * call that books named seats, with the per-customer limit and the idempotency key in it. A claim
 * that loses a seat to a faster buyer writes nothing ({@link BookingRepository#tryAllocatingSeats});
 * the seats it lost count as taken from then on, and the next pick goes around them, on a freshly
 * read map. Buyers picking at the same moment are spread over the best candidates: as wide as the
 * number of picks of the show in flight in this process, doubled after each lost race. After
 * {@link #MAX_ATTEMPTS} lost races the buyer is asked to try again (503 with Retry-After).
 */
public final class BookBestAvailableService implements BookBestAvailableUseCase {

    static final int MAX_ATTEMPTS = 12;
    private static final int MAX_SPREAD = 4096;

    private final ShowRepository shows;
    private final SeatAllocationRepository allocations;
    private final BookingRepository bookings;
    private final BookingEvents events;
    private final Clock clock;
    private final BookingSettings settings;
    private final FairUseEvents fairUse;
    private final IdempotencySettings keys;
    private final KeptBookingReplay replays;
    private final RandomGenerator random;
    /** Picks of each show in flight in this process right now: how widely to spread the next one. */
    private final Map<ShowId, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    public BookBestAvailableService(ShowRepository shows, SeatAllocationRepository allocations, BookingRepository bookings,
            BookingEvents events, Clock clock, BookingSettings settings, FairUseEvents fairUse, IdempotencySettings keys,
            UnitOfWork unitOfWork, RandomGenerator random) {
        this.shows = shows;
        this.allocations = allocations;
        this.bookings = bookings;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.fairUse = fairUse;
        this.keys = keys;
        this.replays = new KeptBookingReplay(bookings, unitOfWork, fairUse, settings);
        this.random = random;
    }

    public BookBestAvailableService(ShowRepository shows, SeatAllocationRepository allocations, BookingRepository bookings,
            BookingEvents events, Clock clock, BookingSettings settings) {
        this(shows, allocations, bookings, events, clock, settings, FairUseEvents.NONE, new IdempotencySettings(Duration.ofHours(24)),
                java.util.function.Supplier::get, RandomGenerator.getDefault());
    }

    @Override
    public BookingDetails place(BestAvailableCommand command) {
        Attempt<BookingDetails> placed = pickAndClaim(command, (candidate, limit) -> {
            Booking result = bookings.tryAllocatingSeats(candidate.booking(), limit, candidate.now());
            return result.status() == BookingStatus.FAILED
                    ? Attempt.lost(result.conflictingSeats())
                    : Attempt.done(placed(result, candidate.actor()));
        });
        return placed.result();
    }

    @Override
    public KeyedBookingOutcome place(BestAvailableCommand command, IdempotentCommand key) {
        return pickAndClaim(command, (candidate, limit) -> {
            KeyedAddition addition = bookings.tryAllocatingSeats(candidate.booking(), limit, candidate.now(),
                    new KeyToKeep(key, candidate.now().plus(keys.keyTtl())));
            if (addition instanceof Refused refused) {
                return Attempt.<KeyedBookingOutcome>lost(refused.rejection().conflictingSeats());
            }
            if (addition instanceof Stored stored) {
                return Attempt.done(KeyedBookingOutcome.fresh(placed(stored.booking(), candidate.actor())));
            }
            if (addition instanceof KeyKept kept) {
                return Attempt.done(replays.replay(key, kept.answer(), candidate.actor()));
            }
            throw new IdempotencyKeyInUseException();
        }).result();
    }

    /** A booking to claim, for whom, at what time. */
    private record Candidate(Booking booking, Actor actor, Instant now) {
    }

    /** What one claim did: the answer, or the seats it lost to others. */
    private record Attempt<T>(T result, SeatNumbers lost) {

        static <T> Attempt<T> done(T result) {
            return new Attempt<>(result, null);
        }

        static <T> Attempt<T> lost(SeatNumbers seats) {
            return new Attempt<>(null, seats);
        }
    }

    private interface Claim<T> {
        Attempt<T> claim(Candidate candidate, int seatLimit);
    }

    private <T> Attempt<T> pickAndClaim(BestAvailableCommand command, Claim<T> claim) {
        Actor actor = command.actor().requireSignedIn();
        int cap = settings.maxSeatsPerBooking();
        int quantity = command.request().quantity();
        if (quantity > cap) {
            throw InvalidCommandException.of("quantity", "at most " + cap + " seats per booking, got " + quantity);
        }
        Instant now = clock.instant();
        Show show = shows.findById(command.showId()).orElseThrow(() -> new ShowNotFoundException(command.showId()));
        show.requireOpenForBooking(now);
        Layout layout = show.seating();
        if (command.request().section() != null) {
            layout.requireSection(command.request().section());
        }
        // admins (the box office) are not limited; everyone's seats are counted all the same
        int limit = actor.isAdmin() ? Show.MAX_SEATS : show.seatLimit(settings.maxSeatsPerCustomer());
        AtomicInteger picking = inFlight.computeIfAbsent(show.id(), id -> new AtomicInteger());
        int pickers = picking.incrementAndGet();
        try {
            BitSet lost = new BitSet();
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                BitSet taken = bits(allocations.reservedSeats(show.id(), now));
                taken.or(lost);
                int spread = (int) Math.min(MAX_SPREAD, (long) Math.max(pickers, picking.get()) << attempt);
                if (attempt == 0 && pickers == 1) {
                    spread = 1;
                }
                SeatNumbers seats = SeatPicker.pick(layout, taken, command.request(), spread, random);
                Booking booking = command.hold()
                        ? Booking.hold(BookingId.random(), show.id(), actor.id(), command.userName(), seats, now, now.plus(settings.holdTtl()))
                        : Booking.book(BookingId.random(), show.id(), actor.id(), command.userName(), seats, now);
                Attempt<T> outcome;
                try {
                    outcome = claim.claim(new Candidate(booking, actor, now), limit);
                } catch (SeatLimitReachedException refused) {
                    events.seatLimitReached(refused);
                    throw refused;
                }
                if (outcome.lost() == null) {
                    return outcome;
                }
                outcome.lost().stream().forEach(lost::set);
            }
        } finally {
            if (picking.decrementAndGet() == 0) {
                inFlight.remove(show.id(), picking);
            }
        }
        throw new StoreUnavailableException("Many buyers are picking seats of this show at this moment and took the ones picked for you "
                + MAX_ATTEMPTS + " times in a row; nothing was booked. Try again in a moment.", Duration.ofSeconds(1), null);
    }

    private static BitSet bits(SeatNumbers seats) {
        BitSet bits = new BitSet();
        seats.stream().forEach(bits::set);
        return bits;
    }

    private BookingDetails placed(Booking stored, Actor actor) {
        events.statusChanged(stored);
        return new BookingDetails(stored, actor.username(), settings.holdRules());
    }
}

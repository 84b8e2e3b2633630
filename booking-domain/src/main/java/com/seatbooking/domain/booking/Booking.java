package com.seatbooking.domain.booking;

import com.seatbooking.domain.BookingId;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.account.AccountId;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request for some seats of one show, all or nothing, and what became of it. Immutable: every
 * verb returns the booking as it is after the change, with the change appended to its history.
 * Every instance, however it was made, satisfies the invariants checked in the constructor.
 */
public final class Booking {

    private final BookingId id;
    private final ShowId showId;
    private final AccountId owner;
    private final UserName userName;
    private final SeatNumbers seats;
    private final BookingStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant expiresAt;
    private final FailureReason failureReason;
    private final SeatNumbers conflictingSeats;
    private final List<StatusChange> history;

    private Booking(BookingId id, ShowId showId, AccountId owner, UserName userName, SeatNumbers seats, Instant createdAt,
            Instant expiresAt, SeatNumbers conflictingSeats, List<StatusChange> history) {
        this.id = Objects.requireNonNull(id, "id");
        this.showId = Objects.requireNonNull(showId, "showId");
        this.owner = owner;
        this.userName = Objects.requireNonNull(userName, "userName");
        this.seats = Objects.requireNonNull(seats, "seats");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
        this.conflictingSeats = Objects.requireNonNull(conflictingSeats, "conflictingSeats");
        this.history = List.copyOf(history);
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("a booking is for at least one seat");
        }
        if (this.history.isEmpty()) {
            throw new IllegalArgumentException("a booking's history starts with its first status");
        }
        StatusChange first = this.history.get(0);
        StatusChange last = this.history.get(this.history.size() - 1);
        this.status = last.status();
        this.updatedAt = last.at();
        this.failureReason = last.reason().failureReason();
        checkHistory(first);
        checkHold(first);
        checkConflicts();
    }

    private void checkHistory(StatusChange first) {
        if (!first.at().equals(createdAt)) {
            throw new IllegalArgumentException("the first status change happens when the booking is created");
        }
        if (first.reason() != ChangeReason.SEATS_BOOKED && first.reason() != ChangeReason.SEATS_HELD
                && first.reason() != ChangeReason.SEATS_UNAVAILABLE) {
            throw new IllegalArgumentException("a booking cannot start with " + first.reason());
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange before = history.get(i - 1);
            StatusChange after = history.get(i);
            boolean extension = after.reason() == ChangeReason.HOLD_EXTENDED;
            if (extension ? before.status() != BookingStatus.PENDING : !before.status().canBecome(after.status())) {
                throw new IllegalArgumentException("history goes from " + before.status() + " to " + after.status()
                        + (extension ? " by an extension" : ""));
            }
            if (after.at().isBefore(before.at())) {
                throw new IllegalArgumentException("history goes back in time at entry " + i);
            }
        }
    }

    private void checkHold(StatusChange first) {
        boolean wasHold = first.reason() == ChangeReason.SEATS_HELD;
        if (wasHold != (expiresAt != null)) {
            throw new IllegalArgumentException("holds, and only holds, have a deadline");
        }
        if (wasHold && !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a hold's deadline lies after its creation");
        }
    }

    private void checkConflicts() {
        boolean unavailable = failureReason == FailureReason.SEATS_UNAVAILABLE;
        if (unavailable == conflictingSeats.isEmpty()) {
            throw new IllegalArgumentException("conflicting seats are listed exactly when seats were unavailable");
        }
        if (!seats.containsAll(conflictingSeats)) {
            throw new IllegalArgumentException("conflicting seats " + conflictingSeats + " were not requested");
        }
    }

    /** Seats booked outright by {@code owner}, for the attendee {@code userName}: CONFIRMED at once. */
    public static Booking book(BookingId id, ShowId showId, AccountId owner, UserName userName, SeatNumbers seats, Instant now) {
        return new Booking(id, showId, requireOwner(owner), userName, seats, now, null, SeatNumbers.none(),
                List.of(StatusChange.of(ChangeReason.SEATS_BOOKED, now)));
    }

    /** Seats held until {@code expiresAt}: PENDING until confirmed, cancelled or expired. */
    public static Booking hold(BookingId id, ShowId showId, AccountId owner, UserName userName, SeatNumbers seats, Instant now,
            Instant expiresAt) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        return new Booking(id, showId, requireOwner(owner), userName, seats, now, expiresAt, SeatNumbers.none(),
                List.of(StatusChange.of(ChangeReason.SEATS_HELD, now)));
    }

    /** An attempt that found some of its seats taken: FAILED from the start, naming those seats. */
    public static Booking rejected(BookingId id, ShowId showId, AccountId owner, UserName userName, SeatNumbers seats,
            SeatNumbers conflictingSeats, Instant now) {
        return new Booking(id, showId, requireOwner(owner), userName, seats, now, null, conflictingSeats,
                List.of(StatusChange.of(ChangeReason.SEATS_UNAVAILABLE, now)));
    }

    /**
     * A booking read back from storage; the invariants are checked all the same. {@code owner} is
     * null only for bookings made before there were accounts.
     */
    public static Booking restore(BookingId id, ShowId showId, AccountId owner, UserName userName, SeatNumbers seats,
            Instant createdAt, Instant expiresAt, SeatNumbers conflictingSeats, List<StatusChange> history) {
        return new Booking(id, showId, owner, userName, seats, createdAt, expiresAt, conflictingSeats, history);
    }

    /**
     * This booking as it was when it was first stored: its first history entry only, with the
     * deadline it had then ({@code firstDeadline}: null unless it was a hold), before any extension,
     * confirmation, cancellation or expiry.
     */
    public Booking asFirstStored(Instant firstDeadline) {
        return new Booking(id, showId, owner, userName, seats, createdAt, firstDeadline, conflictingSeats, List.of(history.get(0)));
    }

    /** This attempt as it is stored when some of its seats are taken: FAILED, naming them. */
    public Booking rejectedFor(SeatNumbers taken, Instant now) {
        return rejected(id, showId, owner, userName, seats, taken, now);
    }

    /** New bookings always belong to an account; only rows from before accounts existed have none. */
    private static AccountId requireOwner(AccountId owner) {
        return Objects.requireNonNull(owner, "a new booking has an owner");
    }

    /** Whether {@code account} made this booking. */
    public boolean isOwnedBy(AccountId account) {
        return owner != null && owner.equals(account);
    }

    /** Confirms a hold that has not expired. Confirming a CONFIRMED booking again changes nothing. */
    public Booking confirm(Instant now) {
        if (status == BookingStatus.CONFIRMED) {
            return this;
        }
        requireHoldNotExpired(now);
        return change(ChangeReason.HOLD_CONFIRMED, now);
    }

    /** Cancels a hold that has not expired, or a confirmed booking. Cancelling again changes nothing. */
    public Booking cancel(Instant now) {
        if (status == BookingStatus.CANCELLED) {
            return this;
        }
        requireHoldNotExpired(now);
        return change(ChangeReason.CANCELLED_BY_USER, now);
    }

    /**
     * Cancels this booking because its show was cancelled: a live hold or a confirmed booking becomes
     * CANCELLED (reason SHOW_CANCELLED); a hold past its deadline had already stopped blocking its
     * seats, so its expiry is recorded instead. Bookings that are FAILED or CANCELLED stay as they are.
     */
    public Booking cancelWithShow(Instant now) {
        if (status == BookingStatus.FAILED || status == BookingStatus.CANCELLED) {
            return this;
        }
        if (isExpiredHold(now)) {
            return expire(now);
        }
        return change(ChangeReason.SHOW_CANCELLED, now);
    }

    /**
     * Moves a PENDING hold's deadline on by the hold TTL, at most {@code rules.maxExtensions()} times
     * and never past its lifetime cap ({@code rules.lifetime()} after it was made). A hold past its
     * deadline has already expired; a booking that is not PENDING has no deadline to move.
     */
    public Booking extend(Instant now, HoldRules rules) {
        requireHoldNotExpired(now);
        if (status != BookingStatus.PENDING) {
            throw new IllegalBookingTransitionException(id, status,
                    "Booking " + id + " is " + status + ": only a PENDING hold can be extended");
        }
        int used = extensions();
        if (used >= rules.maxExtensions()) {
            throw new HoldExtensionLimitException(id, rules.maxExtensions() == 0 ? "holds cannot be extended"
                    : "it has been extended " + (used == 1 ? "once" : used + " times") + ", the most allowed", expiresAt);
        }
        Instant cap = rules.lifetimeEndsAt(createdAt);
        if (!expiresAt.isBefore(cap)) {
            throw new HoldExtensionLimitException(id, "it already lasts until its lifetime cap", expiresAt);
        }
        Instant later = expiresAt.plus(rules.ttl());
        Instant deadline = later.isAfter(cap) ? cap : later;
        List<StatusChange> next = new ArrayList<>(history.size() + 1);
        next.addAll(history);
        next.add(StatusChange.of(ChangeReason.HOLD_EXTENDED, now.isBefore(updatedAt) ? updatedAt : now));
        return new Booking(id, showId, owner, userName, seats, createdAt, deadline, conflictingSeats, next);
    }

    /** How many times this hold has been extended. */
    public int extensions() {
        return (int) history.stream().filter(change -> change.reason() == ChangeReason.HOLD_EXTENDED).count();
    }

    /** How many more times this booking may be extended under {@code rules}: 0 unless it is PENDING. */
    public int extensionsLeft(HoldRules rules) {
        return status == BookingStatus.PENDING ? Math.max(0, rules.maxExtensions() - extensions()) : 0;
    }

    /**
     * Fails a hold whose deadline has passed. The change is recorded at the deadline, when the hold
     * actually stopped blocking its seats, however much later it is written down.
     */
    public Booking expire(Instant now) {
        if (!isExpiredHold(now)) {
            throw new IllegalStateException("booking " + id + " is " + status + (expiresAt == null ? "" : " until " + expiresAt)
                    + " and has not expired at " + now);
        }
        return change(ChangeReason.HOLD_EXPIRED, expiresAt);
    }

    /** This booking as it stands at {@code now}: a hold past its deadline has failed even if nobody wrote that down yet. */
    public Booking asOf(Instant now) {
        return isExpiredHold(now) ? expire(now) : this;
    }

    /** A PENDING hold whose deadline is not after {@code now}. */
    public boolean isExpiredHold(Instant now) {
        return status == BookingStatus.PENDING && !now.isBefore(expiresAt);
    }

    /** The seats allocated to this booking while it is PENDING or CONFIRMED. */
    public SeatAllocation allocation() {
        return switch (status) {
            case PENDING -> SeatAllocation.hold(showId, id, seats, expiresAt);
            case CONFIRMED -> SeatAllocation.firm(showId, id, seats);
            case FAILED, CANCELLED -> throw new IllegalStateException("a " + status + " booking holds no seats");
        };
    }

    /** The most recent entry of the history. */
    public StatusChange lastChange() {
        return history.get(history.size() - 1);
    }

    /**
     * A hold past its deadline answers "expired" whether or not the expiry was written down yet, so a
     * client sees the same error before and after the expiry job has run.
     */
    private void requireHoldNotExpired(Instant now) {
        if (isExpiredHold(now) || failureReason == FailureReason.HOLD_EXPIRED) {
            throw new HoldExpiredException(id, expiresAt);
        }
    }

    private Booking change(ChangeReason reason, Instant at) {
        if (!status.canBecome(reason.leadsTo())) {
            throw new IllegalBookingTransitionException(id, status, reason.leadsTo());
        }
        Instant when = at.isBefore(updatedAt) ? updatedAt : at;
        List<StatusChange> next = new ArrayList<>(history.size() + 1);
        next.addAll(history);
        next.add(StatusChange.of(reason, when));
        return new Booking(id, showId, owner, userName, seats, createdAt, expiresAt, conflictingSeats, next);
    }

    public BookingId id() {
        return id;
    }

    public ShowId showId() {
        return showId;
    }

    /** The account that made the booking; null only for bookings made before there were accounts. */
    public AccountId owner() {
        return owner;
    }

    /** The attendee: whom the seats are for. */
    public UserName userName() {
        return userName;
    }

    public SeatNumbers seats() {
        return seats;
    }

    public BookingStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The deadline of a hold (kept after it is confirmed); null for seats booked outright. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** Why the booking failed, or null unless it is FAILED. */
    public FailureReason failureReason() {
        return failureReason;
    }

    /** The requested seats that were already taken; empty unless it failed with SEATS_UNAVAILABLE. */
    public SeatNumbers conflictingSeats() {
        return conflictingSeats;
    }

    public List<StatusChange> history() {
        return history;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Booking other && id.equals(other.id) && history.equals(other.history);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Booking[" + id + ", show " + showId + ", seats " + seats + ", " + status + "]";
    }
}

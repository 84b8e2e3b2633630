package com.seatbooking.adapter.inmemory;

import com.seatbooking.application.port.out.ReservedSeats;
import com.seatbooking.application.port.out.SeatAllocationRepository;
import com.seatbooking.domain.ShowId;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

public final class InMemorySeatAllocationRepository implements SeatAllocationRepository {

    private final InMemoryStore store;

    InMemorySeatAllocationRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean makeFirm(SeatAllocation hold, Instant now) {
        return store.locked(() -> {
            Map<Integer, SeatAllocation> seats = store.allocations.getOrDefault(hold.showId(), Map.of());
            boolean holdsAll = hold.seats().stream().allMatch(seat -> {
                SeatAllocation holder = seats.get(seat);
                return holder != null && holder.bookingId().equals(hold.bookingId()) && holder.isActiveAt(now);
            });
            if (holdsAll) {
                SeatAllocation firm = hold.madeFirm();
                hold.seats().stream().forEach(seat -> seats.put(seat, firm));
            }
            return holdsAll;
        });
    }

    @Override
    public boolean extend(SeatAllocation hold, Instant deadline, Instant now) {
        return store.locked(() -> {
            Map<Integer, SeatAllocation> seats = store.allocations.getOrDefault(hold.showId(), Map.of());
            boolean holdsAll = hold.seats().stream().allMatch(seat -> {
                SeatAllocation holder = seats.get(seat);
                return holder != null && holder.bookingId().equals(hold.bookingId()) && holder.expiresAt() != null && holder.isActiveAt(now);
            });
            if (holdsAll) {
                SeatAllocation longer = SeatAllocation.hold(hold.showId(), hold.bookingId(), hold.seats(), deadline);
                hold.seats().stream().forEach(seat -> seats.put(seat, longer));
            }
            return holdsAll;
        });
    }

    @Override
    public void release(Collection<SeatAllocation> released) {
        store.locked(() -> {
            for (SeatAllocation allocation : released) {
                Map<Integer, SeatAllocation> seats = store.allocations.getOrDefault(allocation.showId(), new HashMap<>());
                allocation.seats().stream().forEach(seat -> seats.computeIfPresent(seat,
                        (number, holder) -> holder.bookingId().equals(allocation.bookingId()) ? null : holder));
                store.touch(allocation.showId(), allocation.seats());
            }
            return null;
        });
    }

    @Override
    public SeatNumbers reservedSeats(ShowId showId, Instant now) {
        return store.locked(() -> SeatNumbers.of(store.allocations.getOrDefault(showId, Map.of()).entrySet().stream()
                .filter(entry -> entry.getValue().isActiveAt(now))
                .mapToInt(Map.Entry::getKey)
                .toArray()));
    }

    @Override
    public ReservedSeats reservedSeatsWithVersion(ShowId showId, Instant now) {
        return store.locked(() -> new ReservedSeats(reservedSeats(showId, now), store.seatVersion.get()));
    }

    @Override
    public Map<ShowId, Integer> reservedCounts(Instant now) {
        return store.locked(() -> {
            Map<ShowId, Integer> counts = new HashMap<>();
            store.allocations.forEach((show, seats) -> counts.put(show,
                    (int) seats.values().stream().filter(allocation -> allocation.isActiveAt(now)).count()));
            return counts;
        });
    }
}

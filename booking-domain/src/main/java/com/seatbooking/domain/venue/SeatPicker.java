package com.seatbooking.domain.venue;

import com.seatbooking.domain.seat.SeatNumbers;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Picks the best free seats of a layout for a {@link BestAvailable} request. The rules, in order:
 * <ol>
 * <li><b>One block if possible.</b> A candidate is {@code quantity} free seats side by side in one
 * row, not across an aisle.</li>
 * <li><b>The orphan rule.</b> A candidate that would leave a single free seat between itself and
 * a taken seat, a row end or an aisle is used only when no candidate of that size leaves none.</li>
 * <li><b>The score</b> (lower is better): the row's rank front to back over the whole layout (the
 * first section's front row first), then the distance of the block's centre from the row's
 * centre (in half seats), then the lower seat number.</li>
 * <li><b>Spread.</b> The pick is drawn at random from the best {@code spread} candidates (never
 * fewer than those tied with the best), so buyers picking at the same moment from the same map
 * rarely reach for the same seats. With a spread of 1 it is the best candidate (or one of the
 * equally good ones).</li>
 * <li><b>Split.</b> When no row has {@code quantity} free seats side by side, and the buyer allows
 * it, the seats are split over the fewest blocks of free seats (the longest first, front rows
 * first among equally long ones; the last part comes from the best-scored block long enough),
 * each part placed in its block by the orphan rule and the score.</li>
 * </ol>
 * Not enough free seats: {@link NotEnoughSeatsException}; together and no block long enough:
 * {@link NotEnoughAdjacentSeatsException}.
 */
public final class SeatPicker {

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::distance).thenComparingInt(Candidate::firstSeat);

    private SeatPicker() {
    }

    /** A block of free seats or a place for one: its row's rank, its centre's distance from the row's centre, its first seat. */
    private record Candidate(int rank, int distance, int firstSeat) {
    }

    /** A longest run of free seats between two ends (taken seats, row ends, aisles), by place in its row. */
    private record Run(PlacedRow row, int from, int to) {

        int length() {
            return to - from + 1;
        }
    }

    /**
     * The seats to book for {@code request}, given which seats are {@code taken} (bit n set: seat n
     * is taken) and how widely to {@code spread} buyers (at least 1).
     */
    public static SeatNumbers pick(Layout layout, BitSet taken, BestAvailable request, int spread, RandomGenerator random) {
        if (spread < 1) {
            throw new IllegalArgumentException("spread is at least 1, got " + spread);
        }
        String sectionName = null;
        List<PlacedRow> scope = layout.rows();
        if (request.section() != null) {
            Section section = layout.requireSection(request.section());
            sectionName = section.name();
            scope = scope.stream().filter(row -> row.section() == section).toList();
        }
        int quantity = request.quantity();
        int free = 0;
        for (PlacedRow row : scope) {
            free += row.row().seats() - taken.get(row.firstSeat(), row.lastSeat() + 1).cardinality();
        }
        if (free < quantity) {
            throw new NotEnoughSeatsException(quantity, free, sectionName);
        }

        List<Candidate> clean = new ArrayList<>();
        List<Candidate> orphaning = new ArrayList<>();
        int largest = 0;
        for (PlacedRow row : scope) {
            if (clean.size() >= spread) {
                break; // every later row ranks behind every candidate found
            }
            boolean collectOrphaning = orphaning.size() < spread;
            for (Run run : runs(row, taken)) {
                largest = Math.max(largest, run.length());
                for (int place = run.from(); place + quantity - 1 <= run.to(); place++) {
                    Candidate candidate = new Candidate(row.rank(), distance(row, place, quantity), row.firstSeat() + place - 1);
                    if (leavesOrphan(run, place, quantity)) {
                        if (collectOrphaning) {
                            orphaning.add(candidate);
                        }
                    } else {
                        clean.add(candidate);
                    }
                }
            }
        }
        List<Candidate> pool = clean.isEmpty() ? orphaning : clean;
        if (!pool.isEmpty()) {
            Candidate chosen = choose(pool, spread, random);
            return block(chosen.firstSeat(), quantity);
        }
        if (request.together()) {
            throw new NotEnoughAdjacentSeatsException(quantity, largest, sectionName);
        }
        return split(scope, taken, quantity);
    }

    private static Candidate choose(List<Candidate> pool, int spread, RandomGenerator random) {
        pool.sort(BEST_FIRST);
        Candidate best = pool.get(0);
        int tied = 1;
        while (tied < pool.size() && pool.get(tied).rank() == best.rank() && pool.get(tied).distance() == best.distance()) {
            tied++;
        }
        int among = Math.min(pool.size(), Math.max(spread, tied));
        return pool.get(among == 1 ? 0 : random.nextInt(among));
    }

    private static SeatNumbers split(List<PlacedRow> scope, BitSet taken, int quantity) {
        List<Run> runs = new ArrayList<>();
        for (PlacedRow row : scope) {
            runs.addAll(runs(row, taken));
        }
        Comparator<Run> byScore = Comparator.<Run>comparingInt(run -> run.row().rank())
                .thenComparingInt(run -> distance(run.row(), run.from(), run.length()));
        runs.sort(Comparator.comparingInt(Run::length).reversed().thenComparing(byScore));
        // the fewest blocks: the longest first; the last part from the best-scored block long enough for what is left
        List<Integer> seats = new ArrayList<>();
        int need = quantity;
        int next = 0;
        while (need > 0) {
            Run run = runs.get(next);
            if (run.length() >= need) {
                final int left = need;
                run = runs.subList(next, runs.size()).stream().filter(r -> r.length() >= left).min(byScore).orElseThrow();
            }
            int part = Math.min(need, run.length());
            int place = bestPlace(run, part);
            for (int i = 0; i < part; i++) {
                seats.add(run.row().firstSeat() + place - 1 + i);
            }
            need -= part;
            next++;
        }
        return SeatNumbers.requested(seats);
    }

    /** Where {@code quantity} seats go in {@code run}: by the orphan rule, then nearest the row's centre. */
    private static int bestPlace(Run run, int quantity) {
        int best = -1;
        boolean bestClean = false;
        int bestDistance = Integer.MAX_VALUE;
        for (int place = run.from(); place + quantity - 1 <= run.to(); place++) {
            boolean clean = !leavesOrphan(run, place, quantity);
            int distance = distance(run.row(), place, quantity);
            if (best < 0 || (clean && !bestClean) || (clean == bestClean && distance < bestDistance)) {
                best = place;
                bestClean = clean;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether a block at {@code place} leaves exactly one free seat on either side within its run. */
    private static boolean leavesOrphan(Run run, int place, int quantity) {
        return place - run.from() == 1 || run.to() - (place + quantity - 1) == 1;
    }

    /** How far the centre of a block at {@code place} lies from the centre of its row, in half seats. */
    private static int distance(PlacedRow row, int place, int quantity) {
        return Math.abs(2 * place + quantity - 1 - (row.row().seats() + 1));
    }

    /** The runs of free seats of a row, left to right: bounded by taken seats, the row's ends and its aisles. */
    private static List<Run> runs(PlacedRow row, BitSet taken) {
        List<Run> runs = new ArrayList<>();
        int seats = row.row().seats();
        int[] gaps = row.row().gapsAfter();
        int gap = 0;
        int start = -1;
        for (int place = 1; place <= seats; place++) {
            boolean free = !taken.get(row.firstSeat() + place - 1);
            if (free && start < 0) {
                start = place;
            } else if (!free && start >= 0) {
                runs.add(new Run(row, start, place - 1));
                start = -1;
            }
            boolean aisle = gap < gaps.length && gaps[gap] == place;
            if (aisle) {
                gap++;
                if (start >= 0) {
                    runs.add(new Run(row, start, place));
                    start = -1;
                }
            }
        }
        if (start >= 0) {
            runs.add(new Run(row, start, seats));
        }
        return runs;
    }

    private static SeatNumbers block(int firstSeat, int quantity) {
        int[] seats = new int[quantity];
        for (int i = 0; i < quantity; i++) {
            seats[i] = firstSeat + i;
        }
        return SeatNumbers.of(seats);
    }
}

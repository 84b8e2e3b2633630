package com.seatbooking.domain.venue;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a show's seats are arranged: sections, front to back, each with rows, front to back. Seats are
 * numbered 1..N row by row in that order (so numbers stay what the API has always used), and each
 * also has a label, {@code "<section> <row>-<place>"} (e.g. {@code Stalls A-12}). At most one
 * currency per layout. A show without a layout has the {@linkplain #plain plain} one: a single
 * unlabelled row 1..N without prices, whose labels are the seat numbers.
 */
public final class Layout {

    /** As {@code Show.MAX_SEATS}. */
    public static final int MAX_SEATS = 100_000;

    private final List<Section> sections;
    private final boolean plain;
    private final List<PlacedRow> rows;
    /** The first seat of each row, ascending, for finding a seat's row by binary search. */
    private final int[] firstSeats;
    private final int totalSeats;
    private final String currency;

    private Layout(List<Section> sections, boolean plain) {
        this.sections = List.copyOf(sections);
        this.plain = plain;
        List<PlacedRow> placed = new ArrayList<>();
        int next = 1;
        String found = null;
        for (Section section : this.sections) {
            for (Row row : section.rows()) {
                Money price = row.price().orElse(section.price().orElse(null));
                if (price != null) {
                    if (found != null && !found.equals(price.currency())) {
                        throw new InvariantViolation("sections", "one currency per show: prices in " + found + " and " + price.currency());
                    }
                    found = price.currency();
                }
                placed.add(new PlacedRow(section, row, placed.size(), next, price));
                next += row.seats();
                if (next - 1 > MAX_SEATS) {
                    throw new InvariantViolation("sections", "a layout has at most " + MAX_SEATS + " seats");
                }
            }
        }
        this.rows = List.copyOf(placed);
        this.totalSeats = next - 1;
        this.currency = found;
        this.firstSeats = rows.stream().mapToInt(PlacedRow::firstSeat).toArray();
    }

    /** A layout as an admin describes it: at least one section, section names unique (ignoring case). */
    public static Layout of(List<Section> sections) {
        if (sections == null || sections.isEmpty()) {
            throw new InvariantViolation("sections", "a layout has at least one section");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            if (!names.add(sections.get(i).name().toLowerCase(Locale.ROOT))) {
                throw new InvariantViolation("sections[" + i + "].name", "section " + sections.get(i).name() + " appears twice");
            }
        }
        return new Layout(sections, false);
    }

    /** The layout of a show without one: a single row of seats 1..totalSeats, labelled by number, without prices. */
    public static Layout plain(int totalSeats) {
        if (totalSeats < 1 || totalSeats > MAX_SEATS) {
            throw new InvariantViolation("totalSeats", "must be between 1 and " + MAX_SEATS + ", got " + totalSeats);
        }
        return new Layout(List.of(Section.unnamed(totalSeats)), true);
    }

    /** True for the layout of a show that was given none. */
    public boolean isPlain() {
        return plain;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every row, front to back over the whole layout. */
    public List<PlacedRow> rows() {
        return rows;
    }

    public int totalSeats() {
        return totalSeats;
    }

    /** The currency of its prices; empty when nothing has a price. */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /** The section of that name (ignoring case), or a violation of {@code section} naming the ones there are. */
    public Section requireSection(String name) {
        if (!plain) {
            for (Section section : sections) {
                if (section.name().equalsIgnoreCase(name.strip())) {
                    return section;
                }
            }
        }
        List<String> names = plain ? List.of() : sections.stream().map(Section::name).toList();
        throw new InvariantViolation("section", names.isEmpty() ? "this show has no sections, got " + name
                : "no section named " + name + "; this show has " + String.join(", ", names));
    }

    /** The row seat {@code seat} is in. */
    public PlacedRow rowOf(int seat) {
        if (seat < 1 || seat > totalSeats) {
            throw new IllegalArgumentException("seat " + seat + " is not in 1.." + totalSeats);
        }
        int i = java.util.Arrays.binarySearch(firstSeats, seat);
        return rows.get(i >= 0 ? i : -i - 2);
    }

    /** {@code Stalls A-12}; for the plain layout the seat number. */
    public String label(int seat) {
        PlacedRow row = rowOf(seat);
        if (plain) {
            return Integer.toString(seat);
        }
        return row.section().name() + " " + row.row().label() + "-" + row.placeOf(seat);
    }

    /** The labels of these seats, in their order. */
    public List<String> labels(SeatNumbers seats) {
        return seats.stream().mapToObj(this::label).toList();
    }

    public Optional<Money> priceOf(int seat) {
        return rowOf(seat).effectivePrice();
    }

    /** What these seats cost together; empty if any of them has no price. */
    public Optional<Money> totalPrice(SeatNumbers seats) {
        Money total = null;
        for (int seat : seats.toArray()) {
            Optional<Money> price = priceOf(seat);
            if (price.isEmpty()) {
                return Optional.empty();
            }
            total = total == null ? price.get() : total.plus(price.get());
        }
        return Optional.ofNullable(total);
    }
}

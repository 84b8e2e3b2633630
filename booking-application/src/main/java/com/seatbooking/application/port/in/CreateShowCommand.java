package com.seatbooking.application.port.in;

import com.seatbooking.application.port.in.LayoutDraft.PriceDraft;
import com.seatbooking.application.port.in.LayoutDraft.RowDraft;
import com.seatbooking.application.port.in.LayoutDraft.SectionDraft;
import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.Text;
import com.seatbooking.domain.show.Show;
import com.seatbooking.domain.show.ShowName;
import com.seatbooking.domain.venue.Layout;
import com.seatbooking.domain.venue.Money;
import com.seatbooking.domain.venue.Row;
import com.seatbooking.domain.venue.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What it takes to create a show, and who asks (only admins may). Whether the start lies in the
 * future is checked against the clock by the service.
 *
 * @param maxSeatsPerCustomer the show's own per-customer seat limit; null: the default applies
 * @param layout the venue's sections, rows and prices; null: one plain row of {@code totalSeats}
 */
public record CreateShowCommand(Actor actor, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer, Layout layout) {

    public CreateShowCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startTime, "startTime");
        Show.requireSeatCount(totalSeats);
        if (maxSeatsPerCustomer != null) {
            Show.requireSeatLimit(maxSeatsPerCustomer);
        }
        if (layout != null && layout.totalSeats() != totalSeats) {
            throw new IllegalArgumentException("the layout has " + layout.totalSeats() + " seats, not " + totalSeats);
        }
    }

    public CreateShowCommand(Actor actor, ShowName name, Instant startTime, int totalSeats, Integer maxSeatsPerCustomer) {
        this(actor, name, startTime, totalSeats, maxSeatsPerCustomer, null);
    }

    /** Validates raw input, reporting every problem at once; the show gets the default seat limit. */
    public static CreateShowCommand of(Actor actor, String name, Instant startTime, Integer totalSeats) {
        return of(actor, name, startTime, totalSeats, null);
    }

    /** Validates raw input, reporting every problem at once. */
    public static CreateShowCommand of(Actor actor, String name, Instant startTime, Integer totalSeats, Integer maxSeatsPerCustomer) {
        return of(actor, name, startTime, totalSeats, maxSeatsPerCustomer, null);
    }

    /**
     * Validates raw input with a layout (null: none), reporting every problem at once, each layout
     * field by its path. With a layout {@code totalSeats} may be left out; given, it must be the
     * layout's seat count.
     */
    public static CreateShowCommand of(Actor actor, String name, Instant startTime, Integer totalSeats, Integer maxSeatsPerCustomer,
            LayoutDraft layoutDraft) {
        Violations violations = new Violations();
        if (layoutDraft != null) {
            ShowName showName = violations.check(() -> new ShowName(name));
            if (startTime == null) {
                violations.add("startTime", "is required");
            }
            if (maxSeatsPerCustomer != null) {
                violations.check(() -> Show.requireSeatLimit(maxSeatsPerCustomer));
            }
            Layout layout = layout(layoutDraft, violations);
            if (layout != null && totalSeats != null && totalSeats != layout.totalSeats()) {
                violations.add("totalSeats", "must be the layout's seat count, " + layout.totalSeats() + ", or left out; got " + totalSeats);
            }
            violations.throwIfAny();
            return new CreateShowCommand(actor, showName, startTime, layout.totalSeats(), maxSeatsPerCustomer, layout);
        }
        ShowName showName = violations.check(() -> new ShowName(name));
        if (startTime == null) {
            violations.add("startTime", "is required");
        }
        if (totalSeats == null) {
            violations.add("totalSeats", "is required");
        } else {
            violations.check(() -> Show.requireSeatCount(totalSeats));
        }
        if (maxSeatsPerCustomer != null) {
            violations.check(() -> Show.requireSeatLimit(maxSeatsPerCustomer));
        }
        violations.throwIfAny();
        return new CreateShowCommand(actor, showName, startTime, totalSeats, maxSeatsPerCustomer);
    }

    private static Layout layout(LayoutDraft draft, Violations violations) {
        if (draft.sections() == null || draft.sections().isEmpty()) {
            violations.add("layout.sections", "a layout has at least one section");
            return null;
        }
        List<Section> sections = new ArrayList<>();
        int seats = 0;
        for (int s = 0; s < draft.sections().size(); s++) {
            String at = "layout.sections[" + s + "]";
            SectionDraft section = draft.sections().get(s);
            if (section == null) {
                violations.add(at, "is required");
                continue;
            }
            Money sectionPrice = price(section.price(), at + ".price", violations);
            List<Row> rows = new ArrayList<>();
            if (section.rows() == null || section.rows().isEmpty()) {
                violations.add(at + ".rows", "a section has at least one row");
            } else {
                for (int r = 0; r < section.rows().size(); r++) {
                    String rowAt = at + ".rows[" + r + "]";
                    RowDraft row = section.rows().get(r);
                    if (row == null) {
                        violations.add(rowAt, "is required");
                        continue;
                    }
                    if (row.seats() == null) {
                        violations.add(rowAt + ".seats", "is required");
                        continue;
                    }
                    if (row.gapsAfter() != null && row.gapsAfter().stream().anyMatch(Objects::isNull)) {
                        violations.add(rowAt + ".gapsAfter", "must not contain null");
                        continue;
                    }
                    Money rowPrice = price(row.price(), rowAt + ".price", violations);
                    int[] gaps = row.gapsAfter() == null ? null : row.gapsAfter().stream().mapToInt(Integer::intValue).toArray();
                    Row made = violations.checkAt(rowAt, () -> Row.of(row.label(), row.seats(), gaps, rowPrice));
                    if (made != null) {
                        rows.add(made);
                        seats += made.seats();
                    }
                }
            }
            if (section.rows() != null && !section.rows().isEmpty() && rows.size() == section.rows().size()) {
                Section made = violations.checkAt(at, () -> Section.of(section.name(), sectionPrice, rows));
                if (made != null) {
                    sections.add(made);
                }
            } else {
                // its rows are wrong already; its name may be too
                violations.checkAt(at, () -> Text.requireTrimmed("name", section.name(), Section.MAX_NAME_LENGTH));
            }
        }
        if (seats > Layout.MAX_SEATS) {
            violations.add("layout.sections", "a layout has at most " + Layout.MAX_SEATS + " seats, got " + seats);
            return null;
        }
        if (violations.any()) {
            return null;
        }
        try {
            return Layout.of(sections);
        } catch (InvariantViolation e) {
            violations.add("layout." + e.property(), e.getMessage());
            return null;
        }
    }

    private static Money price(PriceDraft price, String at, Violations violations) {
        return price == null ? null : violations.checkAt(at, () -> Money.parse(price.amount(), price.currency()));
    }
}

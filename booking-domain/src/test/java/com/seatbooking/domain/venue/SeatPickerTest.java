package com.seatbooking.domain.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeatPickerTest {

    private final Random random = new Random(42);

    private static Layout rows(int... seatsPerRow) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < seatsPerRow.length; i++) {
            rows.add(Row.of(String.valueOf((char) ('A' + i)), seatsPerRow[i], null, null));
        }
        return Layout.of(List.of(Section.of("Stalls", null, rows)));
    }

    private static BitSet taken(int... seats) {
        BitSet taken = new BitSet();
        for (int seat : seats) {
            taken.set(seat);
        }
        return taken;
    }

    private int[] pick(Layout layout, BitSet taken, int quantity) {
        return SeatPicker.pick(layout, taken, new BestAvailable(quantity, null, false), 1, random).toArray();
    }

    @Test
    void picksTheCentreOfTheFrontRow() {
        assertThat(pick(rows(10, 10), taken(), 2)).containsExactly(5, 6);
        assertThat(pick(rows(10, 10), taken(), 4)).containsExactly(4, 5, 6, 7);
        assertThat(pick(rows(9, 9), taken(), 1)).containsExactly(5);
    }

    @Test
    void fillsFrontToBackThenCentreOut() {
        // row A (1..10) has only its edges left: still before row B
        assertThat(pick(rows(10, 10), taken(3, 4, 5, 6, 7, 8), 2)).satisfiesAnyOf(
                seats -> assertThat(seats).containsExactly(1, 2), seats -> assertThat(seats).containsExactly(9, 10));
        // row A full: the centre of row B
        assertThat(pick(rows(10, 10), taken(IntStream.rangeClosed(1, 10).toArray()), 2)).containsExactly(15, 16);
    }

    @Test
    void equallyGoodBlocksEitherSideOfTheCentreAreBothUsed() {
        Set<Integer> firsts = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            firsts.add(pick(rows(10), taken(5, 6), 2)[0]);
        }
        assertThat(firsts).containsExactlyInAnyOrder(3, 7);
    }

    @Test
    void neverLeavesASingleSeatWhenABlockWithoutOneExists() {
        // free 2..7 between taken 1 and 8: the centre block 3-6 would strand 2 and 7
        assertThat(pick(rows(8), taken(1, 8), 4)).satisfiesAnyOf(
                seats -> assertThat(seats).containsExactly(2, 3, 4, 5), seats -> assertThat(seats).containsExactly(4, 5, 6, 7));
    }

    @Test
    void theOrphanRuleCountsRowEndsAndAisles() {
        // row of 9, aisle after 3: the centre pair 5-6 would strand seat 4 against the aisle
        Layout layout = Layout.of(List.of(Section.of("Stalls", null, List.of(Row.of("A", 9, new int[] {3}, null)))));
        int[] seats = SeatPicker.pick(layout, taken(), new BestAvailable(2, null, false), 1, random).toArray();
        assertThat(seats).isNotEqualTo(new int[] {5, 6});
        assertThat(seats).satisfiesAnyOf(s -> assertThat(s).containsExactly(4, 5), s -> assertThat(s).containsExactly(6, 7));
        // and the row's ends: in an empty row of 4 the centre pair 2-3 would strand seats 1 and 4
        assertThat(pick(rows(4), taken(), 2)).satisfiesAnyOf(
                s -> assertThat(s).containsExactly(1, 2), s -> assertThat(s).containsExactly(3, 4));
    }

    @Test
    void goesFurtherBackRatherThanStrandASeat() {
        // row A has three free seats (any pair strands one); in row B (6..10) the pairs that strand none are at its ends
        assertThat(pick(rows(5, 5), taken(1, 5), 2)).satisfiesAnyOf(
                s -> assertThat(s).containsExactly(6, 7), s -> assertThat(s).containsExactly(9, 10));
    }

    @Test
    void strandsASeatOnlyWhenEveryBlockOfThatSizeWould() {
        int[] seats = pick(rows(5), taken(1), 3);
        assertThat(seats).hasSize(3);
        assertThat(seats).satisfiesAnyOf(s -> assertThat(s).containsExactly(2, 3, 4), s -> assertThat(s).containsExactly(3, 4, 5));
    }

    @Test
    void blocksNeverCrossAnAisle() {
        Layout layout = Layout.of(List.of(Section.of("Stalls", null, List.of(Row.of("A", 10, new int[] {5}, null)))));
        int[] seats = SeatPicker.pick(layout, taken(), new BestAvailable(5, null, true), 1, random).toArray();
        assertThat(seats).satisfiesAnyOf(s -> assertThat(s).containsExactly(1, 2, 3, 4, 5),
                s -> assertThat(s).containsExactly(6, 7, 8, 9, 10));
        assertThatThrownBy(() -> SeatPicker.pick(layout, taken(), new BestAvailable(6, null, true), 1, random))
                .isInstanceOfSatisfying(NotEnoughAdjacentSeatsException.class, e -> assertThat(e.largestBlock()).isEqualTo(5));
    }

    @Test
    void splitsOverTheFewestBlocksUnlessToldToKeepTogether() {
        // rows of 4: A has 1-2 free, B 1-3, C 1-2; five seats: B's three and A's two (front before C)
        Layout layout = rows(4, 4, 4);
        BitSet taken = taken(3, 4, 8, 11, 12);
        assertThat(pick(layout, taken, 5)).containsExactly(1, 2, 5, 6, 7);
        assertThatThrownBy(() -> SeatPicker.pick(layout, taken, new BestAvailable(5, null, true), 1, random))
                .isInstanceOfSatisfying(NotEnoughAdjacentSeatsException.class, e -> assertThat(e.largestBlock()).isEqualTo(3))
                .hasMessageContaining("the most together is 3");
    }

    @Test
    void aSplitAcrossAnAisleUsesBothSides() {
        Layout layout = Layout.of(List.of(Section.of("Stalls", null, List.of(Row.of("A", 10, new int[] {5}, null)))));
        assertThat(SeatPicker.pick(layout, taken(), new BestAvailable(7, null, false), 1, random).toArray()).hasSize(7);
    }

    @Test
    void staysInTheSectionAskedFor() {
        Layout layout = LayoutTest.swanLake();
        int[] seats = SeatPicker.pick(layout, taken(), new BestAvailable(2, "balcony", true), 1, random).toArray();
        assertThat(seats).containsExactly(50, 51);
        assertThat(layout.labels(SeatNumbers.of(seats))).containsExactly("Balcony A-8", "Balcony A-9");
        assertThatThrownBy(() -> SeatPicker.pick(layout, taken(), new BestAvailable(2, "Gallery", false), 1, random))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("section"));
    }

    @Test
    void saysHowManyAreFreeWhenTooFewAre() {
        assertThatThrownBy(() -> pick(rows(3), taken(1), 3))
                .isInstanceOfSatisfying(NotEnoughSeatsException.class, e -> assertThat(e.available()).isEqualTo(2));
        Layout layout = LayoutTest.swanLake();
        BitSet balconyAlmostFull = taken(IntStream.rangeClosed(43, 57).toArray());
        assertThatThrownBy(() -> SeatPicker.pick(layout, balconyAlmostFull, new BestAvailable(2, "Balcony", false), 1, random))
                .isInstanceOfSatisfying(NotEnoughSeatsException.class, e -> assertThat(e.available()).isEqualTo(1))
                .hasMessageContaining("in Balcony");
    }

    @Test
    void thePlainLayoutIsOneLongRow() {
        assertThat(pick(Layout.plain(100), taken(), 3)).satisfiesAnyOf(
                s -> assertThat(s).containsExactly(49, 50, 51), s -> assertThat(s).containsExactly(50, 51, 52));
    }

    @Test
    void aWiderSpreadDrawsFromTheBestFewOnly() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int seat = SeatPicker.pick(rows(10, 10), taken(), new BestAvailable(1, null, false), 5, random).toArray()[0];
            seen.add(seat);
        }
        // places by distance from the centre: 5 and 6, then 4 and 7, then 3 (before 8, the lower number)
        assertThat(seen).isSubsetOf(3, 4, 5, 6, 7).hasSizeGreaterThan(2);
    }

    /** Checked against brute force on random maps: the rules hold whatever the map looks like. */
    @Test
    void holdsItsRulesOnRandomMaps() {
        Random maps = new Random(7);
        for (int round = 0; round < 2000; round++) {
            int rowCount = 1 + maps.nextInt(4);
            List<Row> rowList = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                int seats = 1 + maps.nextInt(12);
                int[] gaps = seats > 3 && maps.nextBoolean() ? new int[] {1 + maps.nextInt(seats - 1)} : null;
                rowList.add(Row.of("R" + r, seats, gaps, null));
            }
            Layout layout = Layout.of(List.of(Section.of("S", null, rowList)));
            BitSet taken = new BitSet();
            for (int seat = 1; seat <= layout.totalSeats(); seat++) {
                if (maps.nextInt(100) < 45) {
                    taken.set(seat);
                }
            }
            int free = layout.totalSeats() - taken.cardinality();
            int quantity = 1 + maps.nextInt(5);
            boolean together = maps.nextBoolean();
            int spread = 1 + maps.nextInt(4);
            List<int[]> blocks = blocks(layout, taken, quantity);
            try {
                int[] seats = SeatPicker.pick(layout, taken, new BestAvailable(quantity, null, together), spread, maps).toArray();
                assertThat(seats).hasSize(quantity);
                for (int seat : seats) {
                    assertThat(taken.get(seat)).as("seat %d is free", seat).isFalse();
                }
                if (!blocks.isEmpty()) {
                    assertThat(blocks).anySatisfy(block -> assertThat(block).isEqualTo(seats));
                    boolean anyClean = blocks.stream().anyMatch(block -> !strands(layout, taken, block));
                    if (anyClean) {
                        assertThat(strands(layout, taken, seats)).as("strands a seat though a block without one exists").isFalse();
                    }
                } else {
                    assertThat(together).isFalse();
                }
            } catch (NotEnoughSeatsException e) {
                assertThat(free).isLessThan(quantity);
                assertThat(e.available()).isEqualTo(free);
            } catch (NotEnoughAdjacentSeatsException e) {
                assertThat(together).isTrue();
                assertThat(blocks).isEmpty();
                assertThat(free).isGreaterThanOrEqualTo(quantity);
            }
        }
    }

    /** Every block of {@code quantity} free seats side by side in one row, not across an aisle. */
    private static List<int[]> blocks(Layout layout, BitSet taken, int quantity) {
        List<int[]> blocks = new ArrayList<>();
        for (PlacedRow row : layout.rows()) {
            for (int place = 1; place + quantity - 1 <= row.row().seats(); place++) {
                boolean ok = true;
                for (int i = 0; i < quantity && ok; i++) {
                    ok = !taken.get(row.firstSeat() + place - 1 + i) && (i == quantity - 1 || !row.row().gapAfter(place + i));
                }
                if (ok) {
                    int first = row.firstSeat() + place - 1;
                    blocks.add(IntStream.range(0, quantity).map(i -> first + i).toArray());
                }
            }
        }
        return blocks;
    }

    /** Whether taking {@code block} leaves a free seat with no free neighbour on its side of an aisle, that had one before. */
    private static boolean strands(Layout layout, BitSet taken, int[] block) {
        BitSet after = (BitSet) taken.clone();
        for (int seat : block) {
            after.set(seat);
        }
        PlacedRow row = layout.rowOf(block[0]);
        for (int side : new int[] {block[0] - 1, block[block.length - 1] + 1}) {
            if (!row.contains(side) || after.get(side)) {
                continue;
            }
            int place = row.placeOf(side);
            boolean leftFree = place > 1 && !row.row().gapAfter(place - 1) && !after.get(side - 1);
            boolean rightFree = place < row.row().seats() && !row.row().gapAfter(place) && !after.get(side + 1);
            boolean separatedFromBlock = (side == block[0] - 1 && row.row().gapAfter(place))
                    || (side == block[block.length - 1] + 1 && row.row().gapAfter(place - 1));
            if (!leftFree && !rightFree && !separatedFromBlock) {
                return true;
            }
        }
        return false;
    }
}

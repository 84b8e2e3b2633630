package com.seatbooking.domain.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import com.seatbooking.domain.seat.SeatNumbers;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }

    /** The layout of DESIGN.md §11: Stalls A (20, aisle after 10), B (22) at 45.00; Balcony A (16) at 30.00. */
    static Layout swanLake() {
        return Layout.of(List.of(
                Section.of("Stalls", eur("45.00"), List.of(Row.of("A", 20, new int[] {10}, null), Row.of("B", 22, null, null))),
                Section.of("Balcony", null, List.of(Row.of("A", 16, null, eur("30"))))));
    }

    @Test
    void numbersSeatsRowByRowAndLabelsThem() {
        Layout layout = swanLake();

        assertThat(layout.totalSeats()).isEqualTo(58);
        assertThat(layout.label(1)).isEqualTo("Stalls A-1");
        assertThat(layout.label(20)).isEqualTo("Stalls A-20");
        assertThat(layout.label(21)).isEqualTo("Stalls B-1");
        assertThat(layout.label(42)).isEqualTo("Stalls B-22");
        assertThat(layout.label(43)).isEqualTo("Balcony A-1");
        assertThat(layout.label(58)).isEqualTo("Balcony A-16");
        assertThat(layout.labels(SeatNumbers.of(43, 2))).containsExactly("Stalls A-2", "Balcony A-1");
        assertThat(layout.rowOf(30).row().label()).isEqualTo("B");
        assertThat(layout.rowOf(30).placeOf(30)).isEqualTo(10);
        assertThat(layout.rows()).extracting(PlacedRow::firstSeat).containsExactly(1, 21, 43);
    }

    @Test
    void aRowPriceOverridesItsSectionsAndTotalsAddUp() {
        Layout layout = swanLake();

        assertThat(layout.priceOf(1)).contains(eur("45.00"));
        assertThat(layout.priceOf(50)).contains(eur("30.00"));
        assertThat(layout.totalPrice(SeatNumbers.of(11, 12, 50)).orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("120.00"));
        assertThat(layout.totalPrice(SeatNumbers.of(11, 12, 50)).orElseThrow().amountText()).isEqualTo("120.00");
        assertThat(layout.currency()).contains("EUR");
    }

    @Test
    void seatsWithoutAPriceHaveNoTotal() {
        Layout layout = Layout.of(List.of(
                Section.of("Floor", null, List.of(Row.of("1", 4, null, null), Row.of("2", 4, null, eur("10"))))));

        assertThat(layout.totalPrice(SeatNumbers.of(1))).isEmpty();
        assertThat(layout.totalPrice(SeatNumbers.of(1, 5))).isEmpty();
        assertThat(layout.totalPrice(SeatNumbers.of(5, 6))).contains(eur("20"));
        assertThat(layout.currency()).contains("EUR");
    }

    @Test
    void thePlainLayoutIsOneRowLabelledByNumber() {
        Layout plain = Layout.plain(120);

        assertThat(plain.isPlain()).isTrue();
        assertThat(plain.totalSeats()).isEqualTo(120);
        assertThat(plain.label(7)).isEqualTo("7");
        assertThat(plain.totalPrice(SeatNumbers.of(7))).isEmpty();
        assertThat(plain.currency()).isEmpty();
        assertThatThrownBy(() -> plain.requireSection("Stalls")).isInstanceOf(InvariantViolation.class)
                .hasMessageContaining("no sections");
    }

    @Test
    void findsSectionsIgnoringCaseAndNamesTheOnesThereAre() {
        assertThat(swanLake().requireSection("balcony").name()).isEqualTo("Balcony");
        assertThatThrownBy(() -> swanLake().requireSection("Gallery"))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("section"))
                .hasMessageContaining("Stalls, Balcony");
    }

    @Test
    void refusesDuplicateSectionsAndRows() {
        Section stalls = Section.of("Stalls", null, List.of(Row.of("A", 2, null, null)));
        assertThatThrownBy(() -> Layout.of(List.of(stalls, Section.of("stalls", null, List.of(Row.of("A", 2, null, null))))))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("sections[1].name"));
        assertThatThrownBy(() -> Section.of("Stalls", null, List.of(Row.of("A", 2, null, null), Row.of("A", 3, null, null))))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("rows[1].label"));
    }

    @Test
    void refusesEmptyRowsSectionsAndLayouts() {
        assertThatThrownBy(() -> Row.of("A", 0, null, null))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("seats"));
        assertThatThrownBy(() -> Section.of("Stalls", null, List.of()))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("rows"));
        assertThatThrownBy(() -> Layout.of(List.of()))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("sections"));
        assertThatThrownBy(() -> Row.of(" ", 3, null, null))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("label"));
        assertThatThrownBy(() -> Section.of("", null, List.of(Row.of("A", 1, null, null))))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("name"));
    }

    @Test
    void aislesLieInsideTheRowAscendingAndUnique() {
        assertThat(Row.of("A", 20, new int[] {5, 15}, null).gapsAfter()).containsExactly(5, 15);
        for (int[] bad : new int[][] {{0}, {20}, {21}, {15, 5}, {5, 5}}) {
            assertThatThrownBy(() -> Row.of("A", 20, bad, null))
                    .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("gapsAfter"));
        }
    }

    @Test
    void atMostOneHundredThousandSeats() {
        List<Row> rows = java.util.stream.IntStream.range(0, 100).mapToObj(i -> Row.of("R" + i, 1000, null, null)).toList();
        assertThat(Layout.of(List.of(Section.of("Arena", null, rows))).totalSeats()).isEqualTo(100_000);

        List<Row> tooMany = new java.util.ArrayList<>(rows);
        tooMany.add(Row.of("X", 1, null, null));
        assertThatThrownBy(() -> Layout.of(List.of(Section.of("Arena", null, tooMany))))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("sections"));
    }

    @Test
    void oneCurrencyPerLayout() {
        assertThatThrownBy(() -> Layout.of(List.of(
                Section.of("Stalls", eur("45"), List.of(Row.of("A", 2, null, null))),
                Section.of("Balcony", Money.parse("30", "USD"), List.of(Row.of("A", 2, null, null))))))
                .isInstanceOf(InvariantViolation.class).hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void pricesAreExactDecimalsWithACurrencyCode() {
        assertThat(Money.parse("45", "EUR").amountText()).isEqualTo("45.00");
        assertThat(Money.parse("45.5", "EUR").amountText()).isEqualTo("45.50");
        for (String bad : new String[] {"-1", "1.001", "abc", "1e3", "", "99999999"}) {
            assertThatThrownBy(() -> Money.parse(bad, "EUR"))
                    .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("amount"));
        }
        for (String bad : new String[] {"eur", "EURO", "E1R"}) {
            assertThatThrownBy(() -> Money.parse("1", bad))
                    .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.property()).isEqualTo("currency"));
        }
    }
}

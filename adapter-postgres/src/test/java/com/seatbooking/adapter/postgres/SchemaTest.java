package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The schema the migrations leave behind, as the code and the docs name it. */
@QuarkusTest
class SchemaTest {

    @Inject
    TestDatabase database;

    @Test
    void aBookingsHoldOnASeatIsCalledAnAllocationThroughout() {
        assertThat(database.strings("""
                SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace
                UNION ALL SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                UNION ALL SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace"""))
                .contains("seat_allocations", "seat_allocations_pkey", "seat_allocations_booking_fkey", "seat_allocation_lost_race")
                .noneMatch(name -> name.contains("claim"));
    }

    @Test
    void oneRowPerSeatOfAShowIsWhatTheDatabaseGuards() {
        assertThat(database.strings("""
                SELECT pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'seat_allocations'::regclass AND contype = 'p'""")).containsExactly("PRIMARY KEY (show_id, seat_number)");
    }
}

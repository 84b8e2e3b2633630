package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void theDatabaseStillRefusesSeatsOutOfOrderAndKeysThatAreNotPrintableAscii() {
        assertThat(database.strings("""
                SELECT concat_ws(' ', is_strictly_ascending('{1,2,7}'), is_strictly_ascending('{4}'), is_strictly_ascending('{}'),
                                 is_strictly_ascending('{2,1}'), is_strictly_ascending('{3,3}'), is_strictly_ascending('{1,5,4}'))"""))
                .containsExactly("t t t f f f");
        String key = "INSERT INTO idempotency_keys (scope, key, method, path, request_hash, status, response_body, created_at, expires_at)"
                + " VALUES ('schema-test', %s, 'POST', '/shows', 'h', 201, '\\x7b7d', now(), now() + interval '1 hour')";
        database.execute(key.formatted("'printable ~ ASCII 1'"));
        assertThat(database.count("SELECT count(*) FROM idempotency_keys WHERE scope = 'schema-test'")).isEqualTo(1);
        for (String refused : new String[] {"''", "E'tab\\there'", "'caf\u00e9'"}) {
            assertThatThrownBy(() -> database.execute(key.formatted(refused))).as(refused).hasStackTraceContaining("idempotency_keys_key_check");
        }
        database.execute("DELETE FROM idempotency_keys WHERE scope = 'schema-test'");
    }
}

-- One word per concept: a booking's hold on a seat is an allocation, in the schema as in the code
-- (the domain's SeatAllocation). Renames only: no row changes, and the table's rows, keys and
-- constraints keep guarding exactly what they guarded before.
ALTER TABLE seat_claims RENAME TO seat_allocations;
-- renaming the primary key renames its index too
ALTER TABLE seat_allocations RENAME CONSTRAINT seat_claims_pkey TO seat_allocations_pkey;
ALTER TABLE seat_allocations RENAME CONSTRAINT seat_claims_seat_number_check TO seat_allocations_seat_number_check;
ALTER TABLE seat_allocations RENAME CONSTRAINT seat_claims_booking_fkey TO seat_allocations_booking_fkey;

-- The one-statement booking's way out of a lost race (see V2), renamed, with a message in the same words.
CREATE FUNCTION seat_allocation_lost_race() RETURNS boolean
    LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    RAISE EXCEPTION 'a concurrent booking took some of these seats first'
        USING ERRCODE = 'serialization_failure';
END
$$;
DROP FUNCTION seat_claim_lost_race();

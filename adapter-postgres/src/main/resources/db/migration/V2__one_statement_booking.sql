-- Raised by the one-statement booking (PostgresBookingRepository) when a concurrent booking committed
-- one of its seats after the statement's snapshot was taken: the statement is aborted as a whole, so
-- nothing of it stays, and the caller runs it again; the next snapshot sees the seat as taken.
-- SQLSTATE 40001 (serialization_failure) is what it is: try again.
CREATE FUNCTION seat_claim_lost_race() RETURNS boolean
    LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    RAISE EXCEPTION 'a concurrent booking claimed some of these seats first'
        USING ERRCODE = 'serialization_failure';
END
$$;

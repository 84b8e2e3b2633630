-- A keyed booking or hold is one statement in autocommit, like an unkeyed one: the booking
-- statement takes the key, looks it up and, when it stores the booking (or its FAILED attempt),
-- inserts the key's row too. That row keeps no body: it names the booking, and a replay renders the
-- booking as it was first answered (its first history entry, and the first deadline kept here, as a
-- hold may have been extended or confirmed since). Every other keyed write still keeps its body.
ALTER TABLE idempotency_keys
    ALTER COLUMN response_body DROP NOT NULL,
    ADD COLUMN booking_id uuid,
    ADD COLUMN first_expires_at timestamptz,
    ADD CONSTRAINT idempotency_keys_answer_check CHECK (response_body IS NOT NULL OR booking_id IS NOT NULL);

-- The keyed booking statement's way out when an unexpired answer for its key was committed after
-- its snapshot was taken: the whole statement is undone (booking and key alike) and run again,
-- and then it finds that answer and replays it.
CREATE FUNCTION idempotency_key_lost_race() RETURNS boolean
    LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    RAISE EXCEPTION 'a request with the same idempotency key was answered first'
        USING ERRCODE = 'serialization_failure';
END
$$;

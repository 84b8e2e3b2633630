-- Operating shows (issue 13): shows can be edited and cancelled, a show's bookings are listed page by
-- page, and the show list is paged, filtered and searched.

-- A show's state and edit version. The version counts every change (PATCH, cancel); an edit names the
-- version it is based on (If-Match) and is refused when the stored one differs.
ALTER TABLE shows
    ADD COLUMN status       varchar(16) NOT NULL DEFAULT 'SCHEDULED'
        CONSTRAINT shows_status_check CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    ADD COLUMN cancelled_at timestamptz,
    ADD COLUMN version      bigint      NOT NULL DEFAULT 0 CONSTRAINT shows_version_check CHECK (version >= 0),
    -- the cancellation's progress: live bookings when it was cancelled, how many are cancelled so far,
    -- and when none was left (null while the cascade has work left: the scheduler job resumes it)
    ADD COLUMN cancellation_bookings  bigint NOT NULL DEFAULT 0,
    ADD COLUMN cancellation_cancelled bigint NOT NULL DEFAULT 0,
    ADD COLUMN cancellation_completed_at timestamptz,
    -- the name as a search compares it (lower case, no accents): written by the application
    -- (ShowName.searchKey: Unicode NFKD without combining marks), so reads and writes agree exactly
    ADD COLUMN search_name  text,
    ADD CONSTRAINT shows_cancelled_check CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
    ADD CONSTRAINT shows_cancellation_check CHECK (
        cancellation_bookings >= 0 AND cancellation_cancelled >= 0
        AND (cancellation_completed_at IS NULL OR status = 'CANCELLED'));

-- The same key as near as SQL gets without the unaccent extension: lower case, Latin letters with
-- diacritics that decompose (as NFKD has them) without them, runs of white space as one space. For
-- names stored before this migration, and rows written by hand (scripts, tests) without a key; the
-- application writes its own key whenever it saves a show.
CREATE FUNCTION show_search_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT btrim(regexp_replace(translate(lower(name),
        'áàâäãåāăąǎçćĉċčďéèêëēĕėęěǧĝğġģĥíìîïĩīĭįǐĵķĺļľñńņňóòôöõōŏőǒŕŗřśŝşšţťúùûüũūŭůűųǔŵýÿŷźżž',
        'aaaaaaaaaacccccdeeeeeeeeeggggghiiiiiiiiijklllnnnnooooooooorrrssssttuuuuuuuuuuuwyyyzzz'), '\s+', ' ', 'g'))
$$;

CREATE FUNCTION shows_fill_search_name() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.search_name IS NULL THEN
        NEW.search_name := show_search_key(NEW.name);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER shows_search_name BEFORE INSERT ON shows
    FOR EACH ROW EXECUTE FUNCTION shows_fill_search_name();

UPDATE shows SET search_name = show_search_key(name);
ALTER TABLE shows ALTER COLUMN search_name SET NOT NULL;

-- The show list pages by (start_time, id) in either direction; the old (start_time, name) order is gone.
DROP INDEX shows_start_time_idx;
CREATE INDEX shows_start_time_id_idx ON shows (start_time, id);
-- the scheduler job's search for cancellations that have work left
CREATE INDEX shows_unfinished_cancellation_idx ON shows (cancelled_at) WHERE status = 'CANCELLED' AND cancellation_completed_at IS NULL;

-- Name search (q, a substring of the key): a trigram index when pg_trgm can be had (a trusted
-- extension since PostgreSQL 13: the database's owner may create it), else a B-tree that serves
-- prefixes only (a substring search then reads the list in start-time order, filtering).
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX shows_search_name_idx ON shows USING gin (search_name gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): name search uses a prefix index', SQLERRM;
    CREATE INDEX shows_search_name_idx ON shows (search_name text_pattern_ops);
END
$$;

-- A show's bookings, newest first, page by page (keyset: created_at, then id, both descending); also what the
-- cancellation walks, what "was anything ever booked" asks, and what the totals read.
CREATE INDEX bookings_show_idx ON bookings (show_id, created_at DESC, id DESC);

-- A booking cancelled with its show says so in its history.
ALTER TABLE booking_status_changes DROP CONSTRAINT booking_status_changes_reason_check;
ALTER TABLE booking_status_changes ADD CONSTRAINT booking_status_changes_reason_check CHECK (reason IN (
    'SEATS_BOOKED', 'SEATS_HELD', 'HOLD_EXTENDED', 'HOLD_CONFIRMED', 'CANCELLED_BY_USER', 'SHOW_CANCELLED', 'SEATS_UNAVAILABLE',
    'HOLD_EXPIRED'));

-- Issue 12: a show may have a venue layout (sections, rows, aisles, prices). It is written once with
-- the show, never changes, is read whole (shows are cached in memory after their first read) and is
-- never searched by its parts, so it is one jsonb document on the show's row rather than tables of
-- sections and rows: one read, no joins, and a 100,000-seat layout of a few thousand rows stays a
-- few dozen kilobytes. Seats stay numbered 1..total_seats row by row; the layout only names them.
-- The application validates the document (the domain's Layout); the database checks its shape and
-- that its seats add up to total_seats, so a layout can never disagree with the seat numbers.
ALTER TABLE shows ADD COLUMN layout jsonb;

CREATE FUNCTION layout_seat_count(layout jsonb) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (SELECT sum((r ->> 'seats')::int)
            FROM jsonb_array_elements(layout -> 'sections') s, jsonb_array_elements(s -> 'rows') r);

ALTER TABLE shows ADD CONSTRAINT shows_layout_shape CHECK (
    layout IS NULL
    OR CASE WHEN jsonb_typeof(layout -> 'sections') = 'array' THEN layout_seat_count(layout) = total_seats ELSE false END);

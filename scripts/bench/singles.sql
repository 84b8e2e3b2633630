-- S4: single empty seats (a free seat whose neighbours in its row are taken or the row's ends) of a
-- show of :rows rows of :per_row seats, as the map stood when 50, 90, 95, 99 and 100 percent of its
-- seats were first sold (bookings replayed in the order they were made; no cancellations in S4).
-- Prints: percent|seats sold then|single empty seats|free seats. Variables: show, seats, per_row.
WITH b AS (
    SELECT seats, sum(cardinality(seats)) OVER (ORDER BY created_at, id) AS sold
    FROM bookings WHERE show_id = :'show' AND status IN ('CONFIRMED', 'PENDING')
), cut AS (
    SELECT pct, coalesce((SELECT min(sold) FROM b WHERE sold >= pct * :seats / 100), (SELECT max(sold) FROM b), 0) AS sold
    FROM unnest(ARRAY[50, 90, 95, 99, 100]) AS pct
), taken AS (
    SELECT DISTINCT c.pct, seat FROM cut c JOIN b ON b.sold <= c.sold CROSS JOIN LATERAL unnest(b.seats) AS seat
), grid AS (
    SELECT c.pct, s AS seat, t.seat IS NOT NULL AS taken
    FROM cut c CROSS JOIN generate_series(1, :seats) AS s LEFT JOIN taken t ON t.pct = c.pct AND t.seat = s
), marked AS (
    SELECT pct, taken, lag(taken) OVER w AS left_taken, lead(taken) OVER w AS right_taken
    FROM grid WINDOW w AS (PARTITION BY pct, (seat - 1) / :per_row ORDER BY seat)
)
SELECT c.pct, c.sold,
       count(*) FILTER (WHERE NOT m.taken AND coalesce(m.left_taken, true) AND coalesce(m.right_taken, true)),
       count(*) FILTER (WHERE NOT m.taken)
FROM cut c JOIN marked m ON m.pct = c.pct
GROUP BY c.pct, c.sold ORDER BY c.pct;

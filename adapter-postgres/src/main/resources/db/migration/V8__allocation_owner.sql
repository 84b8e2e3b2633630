-- Each seat allocation names the account whose booking holds it. The booking statement locks the
-- expired allocations it takes over and takes their seats off their owners' seat counts: it must
-- read the owner from the locked row itself. Joined from bookings, a row that another statement had
-- just taken over (and whose new hold expired too) was re-checked against the old booking's row and
-- dropped, so its new owner's count was never lowered.
ALTER TABLE seat_allocations ADD COLUMN owner_id uuid;

UPDATE seat_allocations a SET owner_id = b.owner_id FROM bookings b WHERE b.id = a.booking_id AND b.owner_id IS NOT NULL;

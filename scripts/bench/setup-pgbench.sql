-- Shows for pgbench runs: ids derived from a number so pgbench scripts can name them.
-- 'pgbench-<n>' shows 1..64 have 100000 seats (disjoint bookings); 1001 is the flash-sale show.
INSERT INTO shows (id, name, start_time, total_seats)
SELECT md5('pgbench-' || n)::uuid, 'pgbench ' || n, now() + interval '30 days', 100000
FROM generate_series(1, 64) AS n
ON CONFLICT (id) DO NOTHING;
INSERT INTO shows (id, name, start_time, total_seats)
VALUES (md5('pgbench-1001')::uuid, 'pgbench flash sale', now() + interval '30 days', 1000)
ON CONFLICT (id) DO NOTHING;
-- The accounts pgbench's bookings belong to, one per client (:client_id 0..255), as the app's runs
-- have one account per connection (the app's bookings always have an owner).
INSERT INTO accounts (id, username, display_name, password_hash, roles, created_at, updated_at)
SELECT md5('pgbench-account-' || n)::uuid, 'pgbench-' || n, 'pgbench ' || n, 'no password: never signs in', '{CUSTOMER}', now(), now()
FROM generate_series(0, 255) AS n
ON CONFLICT (id) DO NOTHING;

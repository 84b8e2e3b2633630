-- Rate-limit buckets are written in place (heap-only updates).
--
-- Every synchronisation of a shared bucket (Bucket4j: SELECT ... FOR UPDATE, then UPDATE state and
-- expires_at) changed expires_at, which rate_limit_buckets_expires_idx indexed: so every update was a
-- new row version in a new place with an entry in both indexes (0 of 2,057 updates were heap-only in a
-- 35 s S1 run), and the indexes grew with every write a customer made. At the default limits a
-- signed-in write synchronises its account's bucket about every third write and its address's bucket
-- about every thirtieth (10% of 30 and of 300 tokens), so this was one of the costs of a real on-sale.
--
-- Without an index on expires_at, and with room left on each page for the next version, an update
-- touches neither index and stays on its page. The clean-up (Bucket4j's removeExpired: DELETE ... WHERE
-- id IN (SELECT id ... WHERE expires_at < ? LIMIT ? FOR UPDATE SKIP LOCKED)) reads the table in order
-- instead: it holds one row per client active in about the last minute (a bucket is deletable a minute
-- after it is full again), a few megabytes at the most, read once per batch every purge interval.
DROP INDEX rate_limit_buckets_expires_idx;
ALTER TABLE rate_limit_buckets SET (fillfactor = 50);

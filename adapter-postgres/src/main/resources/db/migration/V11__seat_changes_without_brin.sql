-- The change log's block range index on changed_at goes (issue 11's cost budget). Once VACUUM has
-- summarised the table's last block range, every booking's row in that range widens its summary, under
-- an exclusive lock on the summary's page: pgbench of the booking statement with 64 clients ran about
-- 5% faster without it (docs/performance.md). Pruning walks the txid index instead, oldest first
-- (SeatChangeSql.PRUNE), which the log has anyway for its readers.
DROP INDEX IF EXISTS seat_changes_changed_at_idx;

-- The live seat map's change log (issue 11). Every transaction that changes a show's allocations
-- (a booking or hold, a cancel, the expiry of holds) adds one row per show it changed, in the same
-- transaction, naming the seats it touched. No NOTIFY: a commit that carries one takes a
-- database-wide lock and so serializes all commits.
--
-- txid is the writing transaction's id (xid8: 64 bits, never wraps). Each app instance reads the log
-- in txid order up to the oldest transaction still running (pg_snapshot_xmin of its snapshot): every
-- transaction below that has ended, so a row below it is either visible now or never will be. Each
-- row is therefore read exactly once, however late it commits, and nothing is skipped. A seat map
-- read at a snapshot whose xmin is x holds every change with a txid below x: its version is x - 1.
CREATE TABLE seat_changes (
    show_id    uuid        NOT NULL,
    txid       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    seats      integer[]   NOT NULL CHECK (cardinality(seats) >= 1 AND array_ndims(seats) = 1),
    changed_at timestamptz NOT NULL DEFAULT now()
);

-- what each instance's poller reads: the rows above its watermark
CREATE INDEX seat_changes_txid_idx ON seat_changes (txid);
-- what pruning reads: rows are appended in time order, so a block range index is enough (and costs
-- the writers next to nothing)
CREATE INDEX seat_changes_changed_at_idx ON seat_changes USING brin (changed_at);

-- How far back the log has been pruned: a follower whose version is below this may have missed rows
-- that are gone, so it gets a fresh snapshot instead of the changes since.
CREATE TABLE seat_change_horizon (
    only_row       boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    pruned_through xid8    NOT NULL
);
INSERT INTO seat_change_horizon (pruned_through) VALUES ('0');

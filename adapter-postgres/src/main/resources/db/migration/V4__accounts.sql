-- Accounts, and who owns each booking (issue 9). Usernames are unique ignoring case: the unique index
-- on lower(username) is what makes two sign-ups of "Alice" and "alice" impossible, however they race.
CREATE TABLE accounts (
    id            uuid         PRIMARY KEY,
    -- kept as typed; compared in lower case
    username      varchar(64)  NOT NULL CHECK (username ~ '^[A-Za-z0-9._-]{3,64}$'),
    display_name  varchar(100) NOT NULL CHECK (display_name <> '' AND display_name = btrim(display_name)),
    -- a bcrypt hash ($2a$...); never the password
    password_hash varchar(200) NOT NULL CHECK (password_hash <> ''),
    roles         varchar(16)[] NOT NULL CHECK (
        cardinality(roles) >= 1 AND array_ndims(roles) = 1 AND roles <@ ARRAY['ADMIN', 'CUSTOMER']::varchar(16)[]),
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);

CREATE UNIQUE INDEX accounts_username_key ON accounts (lower(username));

-- Bookings made before accounts existed have no owner; every new one has.
ALTER TABLE bookings ADD COLUMN owner_id uuid REFERENCES accounts (id);

-- "my bookings", newest first, page by page (keyset: created_at, then id)
CREATE INDEX bookings_owner_idx ON bookings (owner_id, created_at DESC, id);

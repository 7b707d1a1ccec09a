-- Calendar feeds. Each account has at most one personal feed token; only
-- its SHA-256 is kept (the token is 256 random bits, so a plain digest is
-- enough and a lookup by it is one index probe). Rotating replaces the row,
-- so the old token finds nothing.
CREATE TABLE calendar_tokens (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT calendar_tokens_hash_unique UNIQUE (token_hash),
    CONSTRAINT calendar_tokens_hash_length CHECK (octet_length(token_hash) = 32)
);

-- An event's SEQUENCE: raised, in the transaction that makes the change,
-- whenever what a calendar shows of a shift changes (its times, its
-- opportunity's place or title, its cancellation), and whenever a sign-up's
-- status changes. Existing rows start at 0. (A constant default adds the
-- column without rewriting the table; no check constraint, whose validation
-- would scan every sign-up under an exclusive lock: only `+ 1` writes it.)
ALTER TABLE shifts ADD COLUMN revision integer NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN revision integer NOT NULL DEFAULT 0;

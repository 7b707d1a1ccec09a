-- The windows of the attempt limits (failed logins per account, per client
-- address and per pair; registrations per address), shared by every
-- instance: see hop_domain::attempts. One row per limit and key, moved on
-- by one upsert per counted attempt.
--
-- Unlogged: a failed login's upsert then commits without waiting for a WAL
-- flush (0.5 ms instead of 7 ms here), and a guessing flood writes no WAL
-- for replicas to replay. The price: a database crash or a failover
-- forgets the counts, which is at most one window's worth of guessing.
-- Only the primary reads it (a standby cannot read unlogged tables).
CREATE UNLOGGED TABLE limit_windows (
    scope text NOT NULL
        CONSTRAINT limit_windows_scope_valid
        CHECK (scope IN ('login_pair', 'login_address', 'login_account', 'registration_address')),
    key text NOT NULL,
    ends_at timestamptz NOT NULL,
    count integer NOT NULL CONSTRAINT limit_windows_count_positive CHECK (count > 0),
    last_at timestamptz NOT NULL,
    -- A check reads its keys through this index, whatever the table holds.
    CONSTRAINT limit_windows_pkey PRIMARY KEY (scope, key)
);
-- Retention (privacy::retention) deletes the windows that have ended,
-- oldest first, in batches.
CREATE INDEX limit_windows_ends_idx ON limit_windows (ends_at);

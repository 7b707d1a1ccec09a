-- Erasure (GDPR art. 17) keeps an account's row, emptied of identity, so
-- the facts that name it (sign-ups, hours, agreements, certificates) stay
-- and every statistic reads the same after; `erased_at` says it was erased
-- (and lets every instance refuse its access tokens, see auth::erased).
ALTER TABLE users ADD COLUMN erased_at timestamptz;
-- Instances read the accounts erased within an access token's lifetime.
CREATE INDEX users_erased_idx ON users (erased_at) WHERE erased_at IS NOT NULL;

-- The age band of an erased volunteer, taken on the day of erasure from
-- the birth date it replaces (hop_domain::statistics::AgeBand).
ALTER TABLE volunteer_profiles ADD COLUMN erased_age_band text
    CONSTRAINT volunteer_profiles_erased_age_band_valid
        CHECK (erased_age_band IN ('under-18', '18-24', '25-34', '35-49', '50-64', '65-plus', 'unknown'));

-- Retention (privacy::retention) deletes in small batches the oldest rows
-- past their age; these keep each batch from reading the whole table.
CREATE INDEX notifications_read_idx ON notifications (read_at) WHERE read_at IS NOT NULL;
CREATE INDEX email_outbox_done_idx ON email_outbox ((coalesce(sent_at, failed_at)))
    WHERE sent_at IS NOT NULL OR failed_at IS NOT NULL;
CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at);
CREATE INDEX refresh_tokens_revoked_idx ON refresh_tokens (revoked_at) WHERE revoked_at IS NOT NULL;

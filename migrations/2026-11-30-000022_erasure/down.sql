DROP INDEX refresh_tokens_revoked_idx;
DROP INDEX refresh_tokens_expires_idx;
DROP INDEX email_outbox_done_idx;
DROP INDEX notifications_read_idx;
ALTER TABLE volunteer_profiles DROP COLUMN erased_age_band;
DROP INDEX users_erased_idx;
ALTER TABLE users DROP COLUMN erased_at;

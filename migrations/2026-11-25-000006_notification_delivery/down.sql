DROP TABLE email_outbox;
DROP INDEX notifications_recipient_unread_idx;
DROP INDEX notifications_recipient_newest_idx;
CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id);
ALTER TABLE users DROP COLUMN preferred_language;

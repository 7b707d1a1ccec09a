-- Notification delivery: each person's language, notification pages newest
-- first, and an outbox of e-mails. An outbox row is written in the same
-- transaction as its event and notification, and sent later by the mail
-- worker, so a stopped mail server loses nothing.

ALTER TABLE users
    ADD COLUMN preferred_language text NOT NULL DEFAULT 'en'
        CONSTRAINT users_preferred_language_valid
            CHECK (preferred_language IN ('pl', 'en', 'de', 'lt', 'lv', 'uk'));

-- "My notifications", newest first, all or only the unread ones; keyset
-- pages start at the cursor's place in the index.
DROP INDEX notifications_recipient_idx;
CREATE INDEX notifications_recipient_newest_idx
    ON notifications (recipient_id, created_at DESC, id DESC);
CREATE INDEX notifications_recipient_unread_idx
    ON notifications (recipient_id, created_at DESC, id DESC)
    WHERE read_at IS NULL;

CREATE TABLE email_outbox (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    notification_id uuid        NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    -- The address and the rendered text as they were when the event happened.
    recipient       text        NOT NULL
        CONSTRAINT email_outbox_recipient_length CHECK (char_length(recipient) BETWEEN 3 AND 254),
    subject         text        NOT NULL,
    body            text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0
        CONSTRAINT email_outbox_attempts_not_negative CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    -- Given up: the server refused the message for good, again and again.
    failed_at       timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT email_outbox_sent_or_failed CHECK (sent_at IS NULL OR failed_at IS NULL)
);

-- The worker's "due and unsent" query: only rows still to send are indexed.
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at)
    WHERE sent_at IS NULL AND failed_at IS NULL;
-- Erasing an account cascades through its notifications to their e-mails.
CREATE INDEX email_outbox_notification_idx ON email_outbox (notification_id);

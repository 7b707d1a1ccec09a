ALTER TABLE applications
    DROP CONSTRAINT applications_pending_reason_only_pending,
    DROP COLUMN pending_reason;
DROP TABLE agreements;

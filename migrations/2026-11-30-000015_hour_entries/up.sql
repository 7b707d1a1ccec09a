-- The hours ledger: every minute of volunteering as an entry, decided once.
-- A decided entry never changes; a correction is a new entry naming the one
-- it corrects (a correction to 0 minutes voids it). An entry counts when it
-- is approved and nothing corrects it. Hours outlive the account that
-- did them (erasure keeps anonymous hours), so the volunteer may become null.
CREATE TABLE hour_entries (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    volunteer_id     uuid        REFERENCES users (id) ON DELETE SET NULL,
    organization_id  uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    opportunity_id   uuid        REFERENCES opportunities (id) ON DELETE SET NULL,
    application_id   uuid        REFERENCES applications (id) ON DELETE SET NULL,
    work_date        date        NOT NULL,
    minutes          integer     NOT NULL,
    description      text        NOT NULL DEFAULT ''
        CONSTRAINT hour_entries_description_length CHECK (char_length(description) <= 1000),
    status           text        NOT NULL
        CONSTRAINT hour_entries_status_valid CHECK (status IN ('pending', 'approved', 'rejected')),
    rejection_reason text,
    corrects_id      uuid        REFERENCES hour_entries (id) ON DELETE CASCADE,
    decided_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
    decided_at       timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT hour_entries_minutes_range CHECK (
        minutes BETWEEN 1 AND 1440 OR (minutes = 0 AND corrects_id IS NOT NULL)
    ),
    CONSTRAINT hour_entries_decided CHECK ((status = 'pending') = (decided_at IS NULL)),
    CONSTRAINT hour_entries_reason CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
);

-- At most one entry corrects another: the ledger is a chain, never a fork.
CREATE UNIQUE INDEX hour_entries_corrects_idx ON hour_entries (corrects_id);
CREATE INDEX hour_entries_volunteer_idx ON hour_entries (volunteer_id, work_date);
CREATE INDEX hour_entries_review_idx ON hour_entries (organization_id, status, created_at, id);
CREATE INDEX hour_entries_application_idx ON hour_entries (application_id);

-- Attendance already recorded becomes approved entries.
INSERT INTO hour_entries (volunteer_id, organization_id, opportunity_id, application_id,
                          work_date, minutes, status, decided_at, created_at)
SELECT a.volunteer_id, o.organization_id, o.id, a.id,
       (s.starts_at AT TIME ZONE 'Europe/Warsaw')::date, a.minutes_attended,
       'approved', a.updated_at, a.updated_at
FROM applications a
JOIN shifts s ON s.id = a.shift_id
JOIN opportunities o ON o.id = s.opportunity_id
WHERE a.status = 'attended' AND a.minutes_attended IS NOT NULL;

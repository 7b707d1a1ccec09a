-- Written volunteering agreements (art. 44 of the act on public-benefit
-- activity and volunteering). An agreement is proposed by a member of the
-- organisation, accepted by the volunteer (with a minor's guardian's
-- consent recorded: who and when), and terminated by either side with a
-- date. A proposal withdrawn before acceptance is terminated unaccepted.
CREATE TABLE agreements (
    id                    uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id       uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    volunteer_id          uuid        REFERENCES users (id) ON DELETE SET NULL,
    scope                 text        NOT NULL CHECK (char_length(scope) BETWEEN 1 AND 2000),
    manner                text        NOT NULL CHECK (char_length(manner) BETWEEN 1 AND 2000),
    place                 text        NOT NULL CHECK (char_length(place) BETWEEN 1 AND 300),
    starts_on             date        NOT NULL,
    ends_on               date        NOT NULL,
    hours_per_week        smallint    NOT NULL CHECK (hours_per_week BETWEEN 1 AND 60),
    termination_terms     text        NOT NULL CHECK (char_length(termination_terms) BETWEEN 1 AND 1000),
    insurance_statement   text        CHECK (char_length(insurance_statement) BETWEEN 1 AND 1000),
    status                text        NOT NULL
        CONSTRAINT agreements_status_valid CHECK (status IN ('proposed', 'accepted', 'terminated')),
    proposed_by           uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    accepted_at           timestamptz,
    guardian_name         text        CHECK (char_length(guardian_name) BETWEEN 2 AND 200),
    guardian_consented_at timestamptz,
    terminated_on         date,
    terminated_at         timestamptz,
    terminated_by         uuid        REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT agreements_period CHECK (ends_on >= starts_on),
    CONSTRAINT agreements_accepted CHECK (status <> 'accepted' OR accepted_at IS NOT NULL),
    CONSTRAINT agreements_proposed CHECK (status <> 'proposed' OR accepted_at IS NULL),
    CONSTRAINT agreements_guardian CHECK ((guardian_name IS NULL) = (guardian_consented_at IS NULL)),
    CONSTRAINT agreements_terminated CHECK (
        (status = 'terminated') = (terminated_on IS NOT NULL AND terminated_at IS NOT NULL))
);

CREATE INDEX agreements_volunteer_idx ON agreements (volunteer_id, organization_id);
CREATE INDEX agreements_organization_idx ON agreements (organization_id, created_at, id);

-- Why a sign-up waits: the organisation reviews it, its safeguarding
-- checks are missing, or a written agreement must cover its day first.
ALTER TABLE applications
    ADD COLUMN pending_reason text
        CONSTRAINT applications_pending_reason_valid
        CHECK (pending_reason IN ('review', 'safeguarding', 'agreement-required')),
    ADD CONSTRAINT applications_pending_reason_only_pending
        CHECK (pending_reason IS NULL OR status = 'pending');

UPDATE applications a
SET pending_reason = CASE
        WHEN o.works_with_children AND NOT EXISTS (
            SELECT 1 FROM safeguarding_checks c
            WHERE c.organization_id = o.organization_id AND c.volunteer_id = a.volunteer_id)
        THEN 'safeguarding'
        ELSE 'review'
    END
FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id
WHERE s.id = a.shift_id AND a.status = 'pending';

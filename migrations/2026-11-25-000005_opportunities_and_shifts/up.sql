-- Opportunities, their shifts, and volunteers' sign-ups (applications).
-- Capacity and overlap are guarded in the database as the last line: a
-- check keeps confirmed sign-ups within capacity, and an exclusion
-- constraint keeps one volunteer from holding two overlapping confirmed shifts.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE opportunities (
    id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    title               text        NOT NULL
        CONSTRAINT opportunities_title_length CHECK (char_length(title) BETWEEN 3 AND 200),
    description         text        NOT NULL DEFAULT ''
        CONSTRAINT opportunities_description_length CHECK (char_length(description) <= 10000),
    cause               text        NOT NULL
        CONSTRAINT opportunities_cause_valid CHECK (cause IN (
            'children', 'seniors', 'disability', 'health', 'education', 'refugees', 'poverty',
            'animals', 'environment', 'culture', 'sport', 'community', 'emergency', 'human_rights')),
    status              text        NOT NULL DEFAULT 'draft'
        CONSTRAINT opportunities_status_valid CHECK (status IN ('draft', 'published', 'closed')),
    min_age             smallint    NOT NULL DEFAULT 13
        CONSTRAINT opportunities_min_age_range CHECK (min_age BETWEEN 13 AND 99),
    requires_review     boolean     NOT NULL DEFAULT false,
    works_with_children boolean     NOT NULL DEFAULT false,
    remote              boolean     NOT NULL DEFAULT false,
    address             text
        CONSTRAINT opportunities_address_length CHECK (char_length(address) BETWEEN 1 AND 300),
    lat                 double precision
        CONSTRAINT opportunities_lat_range CHECK (lat BETWEEN -90 AND 90),
    lon                 double precision
        CONSTRAINT opportunities_lon_range CHECK (lon BETWEEN -180 AND 180),
    created_by          uuid        REFERENCES users (id) ON DELETE SET NULL,
    published_at        timestamptz,
    closed_at           timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT opportunities_location_pair CHECK ((lat IS NULL) = (lon IS NULL))
);

CREATE INDEX opportunities_organization_idx ON opportunities (organization_id, created_at, id);
CREATE INDEX opportunities_status_idx ON opportunities (status, created_at, id);

CREATE TABLE opportunity_skills (
    opportunity_id uuid     NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    skill_id       uuid     NOT NULL REFERENCES skills (id),
    min_level      smallint NOT NULL
        CONSTRAINT opportunity_skills_level_range CHECK (min_level BETWEEN 1 AND 3),
    required       boolean  NOT NULL,
    CONSTRAINT opportunity_skills_unique PRIMARY KEY (opportunity_id, skill_id)
);

CREATE INDEX opportunity_skills_skill_idx ON opportunity_skills (skill_id);

CREATE TABLE opportunity_languages (
    opportunity_id uuid NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    code           text NOT NULL
        CONSTRAINT opportunity_languages_code_format CHECK (code ~ '^[a-z]{2}$'),
    min_level      text NOT NULL
        CONSTRAINT opportunity_languages_level_valid CHECK (min_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    CONSTRAINT opportunity_languages_unique PRIMARY KEY (opportunity_id, code)
);

CREATE TABLE shifts (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    opportunity_id  uuid        NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    capacity        integer     NOT NULL
        CONSTRAINT shifts_capacity_range CHECK (capacity BETWEEN 1 AND 10000),
    confirmed_count integer     NOT NULL DEFAULT 0,
    waitlist_count  integer     NOT NULL DEFAULT 0
        CONSTRAINT shifts_waitlist_count_positive CHECK (waitlist_count >= 0),
    -- Deleting a shift cancels it: its sign-ups keep their history.
    cancelled_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT shifts_time_order CHECK (ends_at > starts_at),
    CONSTRAINT shifts_length_limit CHECK (ends_at - starts_at <= interval '24 hours'),
    CONSTRAINT shifts_within_capacity CHECK (confirmed_count BETWEEN 0 AND capacity)
);

CREATE INDEX shifts_opportunity_idx ON shifts (opportunity_id, starts_at, id);
CREATE INDEX shifts_starts_idx ON shifts (starts_at) WHERE cancelled_at IS NULL;

CREATE TABLE applications (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    shift_id         uuid        NOT NULL REFERENCES shifts (id),
    volunteer_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status           text        NOT NULL
        CONSTRAINT applications_status_valid CHECK (status IN (
            'pending', 'confirmed', 'waitlisted', 'rejected', 'withdrawn', 'attended', 'no_show')),
    -- The shift's time, copied so the exclusion constraint can see it; kept
    -- in step when the shift moves.
    shift_period     tstzrange   NOT NULL,
    rejection_reason text,
    -- Time attended, confirmed by the organisation.
    minutes_attended integer
        CONSTRAINT applications_minutes_range CHECK (minutes_attended BETWEEN 1 AND 1440),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT applications_no_overlap EXCLUDE USING gist (
        volunteer_id WITH =, shift_period WITH &&) WHERE (status = 'confirmed')
);

-- One live sign-up per volunteer and shift; after withdrawing or being
-- rejected a volunteer may sign up again (a new row, history kept).
CREATE UNIQUE INDEX applications_one_live_per_shift ON applications (shift_id, volunteer_id)
    WHERE status NOT IN ('withdrawn', 'rejected');
-- The waitlist in arrival order.
CREATE INDEX applications_shift_queue_idx ON applications (shift_id, status, created_at, id);
CREATE INDEX applications_volunteer_idx ON applications (volunteer_id, created_at, id);

-- Safeguarding (Polish law since 15 Feb 2024): before a volunteer works
-- with children, the organisation records that it checked the sex-offender
-- register and holds their criminal-record certificate.
CREATE TABLE safeguarding_checks (
    organization_id      uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    volunteer_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    register_checked_at  timestamptz NOT NULL,
    certificate_held     boolean     NOT NULL
        CONSTRAINT safeguarding_checks_certificate_held CHECK (certificate_held),
    recorded_by          uuid        REFERENCES users (id) ON DELETE SET NULL,
    recorded_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT safeguarding_checks_unique PRIMARY KEY (organization_id, volunteer_id)
);

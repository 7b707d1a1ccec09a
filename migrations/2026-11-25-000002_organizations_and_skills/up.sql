-- Organisations, their members, the skills taxonomy, and notifications.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE organizations (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name             text        NOT NULL
        CONSTRAINT organizations_name_length CHECK (char_length(name) BETWEEN 2 AND 200),
    -- The name folded for search (lower case, no diacritics), written by the
    -- service so `torun` finds "Toruń"; trigram-indexed below.
    name_search      text        NOT NULL,
    description      text        NOT NULL DEFAULT ''
        CONSTRAINT organizations_description_length CHECK (char_length(description) <= 5000),
    kind             text        NOT NULL
        CONSTRAINT organizations_kind_valid CHECK (kind IN ('ngo', 'public', 'university', 'school', 'informal')),
    status           text        NOT NULL DEFAULT 'pending'
        CONSTRAINT organizations_status_valid CHECK (status IN ('pending', 'verified', 'rejected')),
    rejection_reason text,
    contact_email    text,
    contact_phone    text,
    website          text,
    address          text,
    lat              double precision
        CONSTRAINT organizations_lat_range CHECK (lat BETWEEN -90 AND 90),
    lon              double precision
        CONSTRAINT organizations_lon_range CHECK (lon BETWEEN -180 AND 180),
    krs              text
        CONSTRAINT organizations_krs_format CHECK (krs ~ '^[0-9]{10}$'),
    reviewed_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    reviewed_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organizations_location_pair CHECK ((lat IS NULL) = (lon IS NULL)),
    CONSTRAINT organizations_rejection_has_reason CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
);

-- Keyset pages ordered by (name_search, id): everyone's list (verified only)
-- and staff's lists by status.
CREATE INDEX organizations_status_name_idx ON organizations (status, name_search, id);
CREATE INDEX organizations_name_idx ON organizations (name_search, id);
CREATE INDEX organizations_name_trgm_idx ON organizations USING gin (name_search gin_trgm_ops);

CREATE TABLE organization_members (
    organization_id uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            text        NOT NULL
        CONSTRAINT organization_members_role_valid CHECK (role IN ('owner', 'coordinator')),
    added_by        uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organization_members_unique PRIMARY KEY (organization_id, user_id)
);

CREATE INDEX organization_members_user_idx ON organization_members (user_id);
CREATE INDEX organization_members_joined_idx ON organization_members (organization_id, created_at, user_id);

CREATE TABLE skills (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    slug       text        NOT NULL
        CONSTRAINT skills_slug_unique UNIQUE
        CONSTRAINT skills_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 64),
    category   text        NOT NULL
        CONSTRAINT skills_category_valid CHECK (category IN (
            'care', 'health', 'education', 'languages', 'logistics', 'technology', 'environment',
            'culture', 'sport', 'administration', 'communication', 'transport', 'crisis')),
    label_pl   text        NOT NULL CONSTRAINT skills_label_pl_length CHECK (char_length(label_pl) BETWEEN 1 AND 100),
    label_en   text        NOT NULL CONSTRAINT skills_label_en_length CHECK (char_length(label_en) BETWEEN 1 AND 100),
    label_de   text        CONSTRAINT skills_label_de_length CHECK (char_length(label_de) BETWEEN 1 AND 100),
    label_lt   text        CONSTRAINT skills_label_lt_length CHECK (char_length(label_lt) BETWEEN 1 AND 100),
    label_lv   text        CONSTRAINT skills_label_lv_length CHECK (char_length(label_lv) BETWEEN 1 AND 100),
    label_uk   text        CONSTRAINT skills_label_uk_length CHECK (char_length(label_uk) BETWEEN 1 AND 100),
    deprecated boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per event for its recipient; the sign-ups module adds its kinds,
-- rendered texts and e-mail delivery.
CREATE TABLE notifications (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    recipient_id uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         text        NOT NULL,
    payload      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    read_at      timestamptz
);

CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id);

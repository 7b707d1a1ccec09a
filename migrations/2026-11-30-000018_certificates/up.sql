-- The service's Ed25519 keys that sign credentials. One is active; retired
-- ones stay so every credential they signed still verifies (JWKS). The
-- private half is kept only for a key HOP generated itself; a key given in
-- HOP_SIGNING_KEY is recorded by its public half alone.
CREATE TABLE signing_keys (
    kid         text        PRIMARY KEY,
    public_key  bytea       NOT NULL CHECK (octet_length(public_key) = 32),
    private_key bytea       CHECK (octet_length(private_key) = 32),
    created_at  timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz
);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((true)) WHERE retired_at IS NULL;

-- An organisation's opinion (opinia) of a volunteer's work, art. 44 sec. 5.
CREATE TABLE opinions (
    organization_id uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    volunteer_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body            text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
    written_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, volunteer_id)
);

-- Certificates as issued: their facts frozen, verifiable by code. A new
-- issue after more hours is a new certificate; revoking one keeps it, so
-- its page can say it was revoked.
CREATE TABLE certificates (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    code              text        NOT NULL UNIQUE,
    organization_id   uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    volunteer_id      uuid        REFERENCES users (id) ON DELETE SET NULL,
    facts             jsonb       NOT NULL,
    language          text        NOT NULL,
    credential        text        NOT NULL,
    kid               text        NOT NULL REFERENCES signing_keys (kid),
    issued_at         timestamptz NOT NULL DEFAULT now(),
    revoked_at        timestamptz,
    revoked_by        uuid        REFERENCES users (id) ON DELETE SET NULL,
    revocation_reason text        CHECK (char_length(revocation_reason) BETWEEN 1 AND 1000),
    CONSTRAINT certificates_revoked CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX certificates_volunteer_idx ON certificates (volunteer_id, organization_id, issued_at DESC);

-- Members by consent: an owner invites an e-mail address with a role; the
-- person whose account has that address accepts or declines within 14 days.
-- Until then they are not a member. The address is kept normalised (lower
-- case), so an invitation waits for an address that has no account yet.

CREATE TABLE organization_invitations (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid        NOT NULL
        CONSTRAINT organization_invitations_organization_exists
            REFERENCES organizations (id) ON DELETE CASCADE,
    email           text        NOT NULL
        CONSTRAINT organization_invitations_email_length CHECK (char_length(email) BETWEEN 3 AND 254)
        CONSTRAINT organization_invitations_email_normalized CHECK (email = lower(email)),
    role            text        NOT NULL
        CONSTRAINT organization_invitations_role_valid CHECK (role IN ('owner', 'coordinator')),
    status          text        NOT NULL DEFAULT 'pending'
        CONSTRAINT organization_invitations_status_valid
            CHECK (status IN ('pending', 'accepted', 'declined', 'revoked', 'expired')),
    invited_by      uuid
        CONSTRAINT organization_invitations_inviter_exists
            REFERENCES users (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    -- When it was accepted, declined, revoked or replaced.
    closed_at       timestamptz,
    CONSTRAINT organization_invitations_expires_after_creation CHECK (expires_at > created_at),
    CONSTRAINT organization_invitations_closed_when_not_pending
        CHECK ((status = 'pending') = (closed_at IS NULL))
);

-- One open invitation per organisation and address.
CREATE UNIQUE INDEX organization_invitations_one_pending
    ON organization_invitations (organization_id, email)
    WHERE status = 'pending';
-- "My invitations" and an organisation's open invitations, oldest first, keyset pages.
CREATE INDEX organization_invitations_email_idx
    ON organization_invitations (email, created_at, id)
    WHERE status = 'pending';
CREATE INDEX organization_invitations_organization_idx
    ON organization_invitations (organization_id, created_at, id)
    WHERE status = 'pending';

-- Accounts and the refresh-token families that keep their sessions.

CREATE TABLE users (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    email         text        NOT NULL
        CONSTRAINT users_email_length CHECK (char_length(email) BETWEEN 3 AND 254),
    display_name  text        NOT NULL
        CONSTRAINT users_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 100),
    password_hash text        NOT NULL,
    is_staff      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- E-mail addresses are unique ignoring case; the API maps this index's name to a 409.
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));

-- Only a SHA-256 of each refresh token is stored. Tokens of one login share a
-- family; presenting a used token revokes the whole family.
CREATE TABLE refresh_tokens (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  bytea       NOT NULL
        CONSTRAINT refresh_tokens_token_hash_unique UNIQUE
        CONSTRAINT refresh_tokens_token_hash_length CHECK (octet_length(token_hash) = 32),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz
);

CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- The pages' sign-ins: the cookie holds a random token, the row its digest,
-- so a copy of this table signs no one in. Each carries its own CSRF token
-- for the forms it renders.
CREATE TABLE web_sessions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    CONSTRAINT web_sessions_token_hash_key UNIQUE (token_hash),
    CONSTRAINT web_sessions_token_hash_length CHECK (octet_length(token_hash) = 32)
);

-- "Log out everywhere" and erasure find an account's sessions.
CREATE INDEX web_sessions_user_id_idx ON web_sessions (user_id);
-- The retention job deletes the expired.
CREATE INDEX web_sessions_expires_at_idx ON web_sessions (expires_at);

//! The rules of refresh-token rotation. A refresh token is good for one use;
//! presenting it again means it leaked, so the whole login is ended.

/// What is known of a presented refresh token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefreshTokenState {
    pub used: bool,
    pub revoked: bool,
    pub expired: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshDecision {
    /// Mark this token used and hand out its successor in the same family.
    Rotate,
    /// A used token came back: revoke every token of its family.
    RevokeFamily,
    Refuse(RefreshRefusal),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshRefusal {
    Revoked,
    Expired,
}

pub fn decide_refresh(token: RefreshTokenState) -> RefreshDecision {
    // Revocation wins: a revoked family stays revoked, and reuse of a token
    // of an already revoked family changes nothing.
    if token.revoked {
        RefreshDecision::Refuse(RefreshRefusal::Revoked)
    } else if token.used {
        RefreshDecision::RevokeFamily
    } else if token.expired {
        RefreshDecision::Refuse(RefreshRefusal::Expired)
    } else {
        RefreshDecision::Rotate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(used: bool, revoked: bool, expired: bool) -> RefreshTokenState {
        RefreshTokenState {
            used,
            revoked,
            expired,
        }
    }

    #[test]
    fn only_a_fresh_unused_token_rotates() {
        assert_eq!(
            decide_refresh(state(false, false, false)),
            RefreshDecision::Rotate
        );
    }

    #[test]
    fn reuse_revokes_the_family_even_when_expired() {
        assert_eq!(
            decide_refresh(state(true, false, false)),
            RefreshDecision::RevokeFamily
        );
        assert_eq!(
            decide_refresh(state(true, false, true)),
            RefreshDecision::RevokeFamily
        );
    }

    #[test]
    fn revoked_and_expired_tokens_are_refused() {
        for used in [false, true] {
            for expired in [false, true] {
                assert_eq!(
                    decide_refresh(state(used, true, expired)),
                    RefreshDecision::Refuse(RefreshRefusal::Revoked)
                );
            }
        }
        assert_eq!(
            decide_refresh(state(false, false, true)),
            RefreshDecision::Refuse(RefreshRefusal::Expired)
        );
    }
}

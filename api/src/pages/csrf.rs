//! Cross-site request forgery: every form carries a token the attacker's
//! page cannot read, and every POST is refused without it. Signed in, the
//! token is the session's own (stored with it); before that it is a random
//! cookie the form must repeat (a double submit). The session cookie is
//! `SameSite=Lax` besides.

use sha2::{Digest, Sha256};

use super::{error::PageError, form::FormData, session::Visitor};

pub const COOKIE: &str = "hop_csrf";
/// The hidden field of every form.
pub const FIELD: &str = "csrf";

/// Refuses a POST whose form does not carry the visitor's token.
pub fn check(visitor: &Visitor, form: &FormData) -> Result<(), PageError> {
    let sent = form.get(FIELD).unwrap_or_default();
    // Comparing digests: how long the comparison takes says nothing about
    // the token.
    if !sent.is_empty() && Sha256::digest(sent) == Sha256::digest(&visitor.csrf) {
        Ok(())
    } else {
        Err(PageError::Forged { lang: visitor.lang })
    }
}

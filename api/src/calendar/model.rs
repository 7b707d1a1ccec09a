//! Bodies and parameters of the calendar endpoints.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::{
    auth::tokens::{RefreshToken, refresh_token_digest},
    error::ApiError,
};

/// The personal token of a feed, and the addresses that carry it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "token": "3q2-7wL0c9xZkR1mV8sT4yU6iO5pA2dF7gH9jK1lN0b",
    "feed_url": "https://hop.torun.pl/api/v1/me/calendar.ics?token=3q2-7wL0c9xZkR1mV8sT4yU6iO5pA2dF7gH9jK1lN0b",
    "organization_feeds": [{
        "organization_id": "5b1c9e2a-7d3f-4a8b-9c6e-1f2a3b4c5d6e",
        "feed_url": "https://hop.torun.pl/api/v1/organizations/5b1c9e2a-7d3f-4a8b-9c6e-1f2a3b4c5d6e/calendar.ics?token=3q2-7wL0c9xZkR1mV8sT4yU6iO5pA2dF7gH9jK1lN0b"
    }],
    "created_at": "2026-11-30T10:00:00Z"
}))]
pub struct CalendarToken {
    /// 256 random bits, base64url. Shown once: HOP keeps only its SHA-256.
    /// Anyone holding it reads the feeds, so it is as secret as a password;
    /// asking for a new one ends this one.
    #[schema(min_length = 43, max_length = 43, pattern = "^[A-Za-z0-9_-]{43}$")]
    pub token: String,
    /// The caller's sign-ups as an iCalendar feed, to subscribe to.
    pub feed_url: String,
    /// The shifts of each organisation the caller is a member of, with the
    /// same token.
    pub organization_feeds: Vec<OrganizationFeed>,
    pub created_at: DateTime<Utc>,
}

/// An organisation's shifts as an iCalendar feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganizationFeed {
    pub organization_id: Uuid,
    pub feed_url: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FeedQuery {
    /// The personal token from `POST /me/calendar-token`. A token that is
    /// unknown, malformed or rotated since is a 404.
    #[param(
        required = true,
        min_length = 43,
        max_length = 43,
        pattern = "^[A-Za-z0-9_-]{43}$"
    )]
    pub token: Option<String>,
}

/// A feed token as presented: its digest, to look up. What is not a token
/// HOP could have made (wrong length or alphabet) is answered like an
/// unknown one, so the answer never tells a malformed token from a stale one.
pub struct PresentedToken(pub [u8; 32]);

impl FeedQuery {
    pub fn parse(self) -> Result<PresentedToken, ApiError> {
        let token = self
            .token
            .filter(|token| !token.is_empty())
            .ok_or_else(|| ApiError::invalid_field("token", "is required"))?;
        let well_formed = token.len() == RefreshToken::TEXT_LEN
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !well_formed {
            return Err(feed_not_found());
        }
        Ok(PresentedToken(refresh_token_digest(&token)))
    }
}

pub fn feed_not_found() -> ApiError {
    ApiError::NotFound(
        "No calendar feed has this token: it is unknown, or was replaced by a new one".into(),
    )
}

/// `public_url` with `path` below it (the service may live under a path).
pub fn address(public_url: &url::Url, path: &str) -> String {
    format!("{}{path}", public_url.as_str().trim_end_matches('/'))
}

impl CalendarToken {
    pub fn new(
        public_url: &url::Url,
        token: String,
        created_at: DateTime<Utc>,
        organizations: Vec<Uuid>,
    ) -> Self {
        let feed = |path: String| address(public_url, &format!("{path}?token={token}"));
        Self {
            feed_url: feed("/api/v1/me/calendar.ics".into()),
            organization_feeds: organizations
                .into_iter()
                .map(|organization_id| OrganizationFeed {
                    organization_id,
                    feed_url: feed(format!(
                        "/api/v1/organizations/{organization_id}/calendar.ics"
                    )),
                })
                .collect(),
            token,
            created_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(token: Option<&str>) -> Result<PresentedToken, ApiError> {
        FeedQuery {
            token: token.map(str::to_owned),
        }
        .parse()
    }

    #[test]
    fn a_missing_token_is_invalid_and_a_malformed_one_unknown() {
        assert!(matches!(parse(None), Err(ApiError::Validation(_))));
        assert!(matches!(parse(Some("")), Err(ApiError::Validation(_))));
        for malformed in [
            "short",
            &"a".repeat(44),
            &format!("{}=", "a".repeat(42)),
            &format!("{}ż", "a".repeat(41)),
        ] {
            assert!(
                matches!(parse(Some(malformed)), Err(ApiError::NotFound(_))),
                "{malformed}"
            );
        }
        let token = RefreshToken::generate();
        assert_eq!(parse(Some(&token.plain)).unwrap().0, token.digest);
    }

    #[test]
    fn feed_addresses_sit_below_the_public_url() {
        let organization = Uuid::nil();
        let answer = CalendarToken::new(
            &url::Url::parse("https://hop.torun.pl/wolontariat/").unwrap(),
            "t".into(),
            Utc::now(),
            vec![organization],
        );
        assert_eq!(
            answer.feed_url,
            "https://hop.torun.pl/wolontariat/api/v1/me/calendar.ics?token=t"
        );
        assert_eq!(
            answer.organization_feeds[0].feed_url,
            format!(
                "https://hop.torun.pl/wolontariat/api/v1/organizations/{organization}/calendar.ics?token=t"
            )
        );
    }
}

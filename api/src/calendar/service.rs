//! Use cases of calendar feeds: rotate a token, build a feed.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::{
    calendar::{self, Event, Feed, MAX_EVENTS, Place},
    i18n::Lang,
    signup::ApplicationStatus,
};
use uuid::Uuid;

use super::{
    model::{PresentedToken, address, feed_not_found},
    store::{self, OpportunityPlace, ShiftRow, SignUpRow},
};
use crate::{auth::tokens::RefreshToken, error::ApiError, organizations};

/// A new token, shown once, and the organisations whose feeds it opens.
pub struct Rotated {
    pub token: String,
    pub organizations: Vec<Uuid>,
}

/// Makes `user` a new feed token; the one they had stops working at once.
pub fn rotate(
    conn: &mut PgConnection,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<Rotated, ApiError> {
    // The same 256 random bits and SHA-256 digest as refresh tokens: random
    // enough that a plain digest cannot be reversed by guessing.
    let RefreshToken { plain, digest } = RefreshToken::generate();
    store::replace_token(conn, user, &digest, now)?;
    let organizations = organizations::store::memberships_of(conn, user)?
        .into_iter()
        .map(|(organization, _)| organization)
        .collect();
    Ok(Rotated {
        token: plain,
        organizations,
    })
}

/// Where the feed's links point, and when it is made.
pub struct Context<'a> {
    pub public_url: &'a url::Url,
    pub now: DateTime<Utc>,
}

impl Context<'_> {
    /// A `UID` unique to HOP's host: `what` names the kind of event.
    fn uid(&self, what: &str, id: Uuid) -> String {
        let host = self.public_url.host_str().unwrap_or("hop");
        format!("{what}-{id}@{host}")
    }

    fn opportunity_url(&self, id: Uuid) -> String {
        address(self.public_url, &format!("/api/v1/opportunities/{id}"))
    }
}

/// The holder of the token and the language they read; unknown: 404.
fn holder(conn: &mut PgConnection, token: &PresentedToken) -> Result<(Uuid, Lang), ApiError> {
    let (user, language) = store::holder(conn, &token.0)?.ok_or_else(feed_not_found)?;
    Ok((user, Lang::parse(&language).unwrap_or(Lang::DEFAULT)))
}

fn place(opportunity: &OpportunityPlace) -> Place {
    Place {
        remote: opportunity.remote,
        address: opportunity.address.clone(),
        point: opportunity.lat.zip(opportunity.lon),
    }
}

const LIMIT: i64 = MAX_EVENTS as i64;

/// The token holder's sign-ups as an iCalendar object.
pub fn volunteer_feed(
    conn: &mut PgConnection,
    token: &PresentedToken,
    context: &Context<'_>,
) -> Result<String, ApiError> {
    let (volunteer, lang) = holder(conn, token)?;
    let rows = store::sign_ups(conn, volunteer, calendar::window_start(context.now), LIMIT)?;
    let events = rows
        .into_iter()
        .map(|row| sign_up_event(row, context, lang))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(calendar::render(&Feed {
        name: calendar::my_calendar_name(lang),
        lang,
        events,
    }))
}

fn sign_up_event(row: SignUpRow, context: &Context<'_>, lang: Lang) -> Result<Event, ApiError> {
    let status =
        ApplicationStatus::parse(&row.status).map_err(|err| ApiError::internal(err.message))?;
    let cancelled = row.cancelled_at.is_some();
    let stamp = row
        .application_updated_at
        .max(row.shift_updated_at)
        .max(row.opportunity.opportunity_updated_at);
    Ok(Event {
        uid: context.uid("sign-up", row.application_id),
        sequence: calendar::sign_up_sequence(row.shift_revision, row.application_revision),
        stamp,
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        status: calendar::sign_up_status(status, cancelled),
        description: calendar::sign_up_description(&row.organization_name, status, cancelled, lang),
        place: place(&row.opportunity),
        url: Some(context.opportunity_url(row.opportunity.opportunity_id)),
        summary: row.opportunity.title,
    })
}

/// The shifts of an organisation the token holder is a member of, as an
/// iCalendar object. An organisation the holder may not see is a 404, one
/// they see but are no member of a 403 (as its other members-only lists).
pub fn organization_feed(
    conn: &mut PgConnection,
    token: &PresentedToken,
    organization: Uuid,
    context: &Context<'_>,
) -> Result<String, ApiError> {
    let (member, lang) = holder(conn, token)?;
    let (row, viewer) = organizations::visible(conn, organization, Some(member))?;
    if !calendar::may_follow_organization(viewer) {
        return Err(ApiError::Forbidden(
            "Only the organisation's members follow its calendar",
        ));
    }
    let rows = store::organization_shifts(
        conn,
        organization,
        calendar::window_start(context.now),
        LIMIT,
    )?;
    let events = rows
        .into_iter()
        .map(|shift| shift_event(shift, context, lang))
        .collect();
    Ok(calendar::render(&Feed {
        name: calendar::organization_calendar_name(&row.name, lang),
        lang,
        events,
    }))
}

fn shift_event(row: ShiftRow, context: &Context<'_>, lang: Lang) -> Event {
    Event {
        uid: context.uid("shift", row.shift_id),
        sequence: calendar::sequence(row.revision),
        stamp: row
            .shift_updated_at
            .max(row.opportunity.opportunity_updated_at),
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        status: calendar::shift_status(row.cancelled_at.is_some()),
        description: calendar::places_description(
            row.confirmed_count,
            row.capacity,
            row.waitlist_count,
            lang,
        ),
        place: place(&row.opportunity),
        url: Some(context.opportunity_url(row.opportunity.opportunity_id)),
        summary: row.opportunity.title,
    }
}

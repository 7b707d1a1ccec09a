//! HTTP handlers of calendar feeds.
//!
//! A feed is read by calendar apps, which send no `Authorization` header:
//! the personal token in the query is the only credential, so an unknown,
//! malformed or rotated token is a 404 (never a hint which), and the answer
//! is `no-store` like every other answer holding personal data. The
//! request log records the path without the query (`telemetry`), so the
//! token never reaches a log line of HOP's.

use actix_web::{
    HttpResponse, get,
    http::header::{self, HeaderValue},
    post, web,
};
use chrono::Utc;
use uuid::Uuid;

use super::{
    model::{CalendarToken, FeedQuery},
    service::{self, Context},
};
use crate::{
    auth::AuthUser,
    db,
    error::responses::{InvalidParameter, Unauthorized},
    error::{ApiError, Problem},
    query::Query,
    state::AppState,
};

/// Where feeds' addresses point (`HOP_PUBLIC_URL`): the calendar's own
/// state, registered beside the shared one.
pub struct Feeds {
    pub public_url: url::Url,
}

pub const TEXT_CALENDAR: &str = "text/calendar; charset=utf-8";

fn calendar(text: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(TEXT_CALENDAR)
        // Personal data behind a secret URL: no cache keeps a copy (calendar
        // apps poll every hour or so; a feed costs a few index probes).
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .body(text)
}

/// Create or rotate the caller's personal calendar token, and answer the
/// feeds' addresses. A rotation ends the previous token at once: its
/// addresses answer 404. The token is shown only here.
#[utoipa::path(
    tag = "calendar",
    operation_id = "rotate_calendar_token",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A new token and the addresses of the feeds it opens", body = CalendarToken),
        (status = 401, response = Unauthorized),
    )
)]
#[post("/me/calendar-token")]
pub async fn rotate_token(
    state: web::Data<AppState>,
    feeds: web::Data<Feeds>,
    user: AuthUser,
) -> Result<web::Json<CalendarToken>, ApiError> {
    let now = Utc::now();
    let rotated =
        db::transaction(&state.db, move |conn| service::rotate(conn, user.id, now)).await?;
    Ok(web::Json(CalendarToken::new(
        &feeds.public_url,
        rotated.token,
        now,
        rotated.organizations,
    )))
}

/// The token holder's sign-ups as an iCalendar feed (RFC 5545), to
/// subscribe to from a calendar app.
///
/// One event per sign-up for a shift that started at most 90 days ago, in
/// the order they start, at most 500. Its `UID` stays for life; `SEQUENCE`
/// rises whenever the shift moves, its place or title changes, it is
/// cancelled, or the sign-up's status changes. Confirmed sign-ups (and
/// attended or absent ones, whose shift took place) are `CONFIRMED`; pending
/// and waitlisted ones `TENTATIVE` (a place from the waiting list comes
/// without asking); withdrawn and declined ones, and those of a cancelled
/// shift, `CANCELLED`, so calendars remove them. Times in UTC; `LOCATION`
/// and `GEO` from the opportunity; the opportunity's title as `SUMMARY`
/// (opportunities have one title, in the language their organisation wrote
/// it), HOP's own words in the holder's language.
#[utoipa::path(
    tag = "calendar",
    operation_id = "get_my_calendar",
    params(FeedQuery),
    responses(
        (status = 200, description = "The feed", body = String, content_type = "text/calendar",
            headers(("Cache-Control" = String, description = "`no-store`"))),
        (status = 404, description = "No feed has this token: unknown, malformed, or rotated since", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/me/calendar.ics")]
pub async fn my_feed(
    state: web::Data<AppState>,
    feeds: web::Data<Feeds>,
    query: Query<FeedQuery>,
) -> Result<HttpResponse, ApiError> {
    let token = query.into_inner().parse()?;
    let text = db::run(&state.db, move |conn| {
        let context = Context {
            public_url: &feeds.public_url,
            now: Utc::now(),
        };
        service::volunteer_feed(conn, &token, &context)
    })
    .await?;
    Ok(calendar(text))
}

/// The shifts of an organisation as an iCalendar feed, for its members,
/// each with their own personal token.
///
/// One event per shift of any of its opportunities (drafts and closed ones
/// too) that started at most 90 days ago, in the order they start, at most
/// 500. `UID` from the shift, `SEQUENCE` its revision (raised when it
/// moves, its place or title changes, or it is cancelled), `CANCELLED` for a
/// cancelled shift, and places taken out of the capacity in `DESCRIPTION`.
#[utoipa::path(
    tag = "calendar",
    operation_id = "get_organization_calendar",
    params(("id" = Uuid, Path, description = "The organisation"), FeedQuery),
    responses(
        (status = 200, description = "The feed", body = String, content_type = "text/calendar",
            headers(("Cache-Control" = String, description = "`no-store`"))),
        (status = 403, description = "The token's holder is not a member of the organisation", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No feed has this token (unknown, malformed, or rotated since), or no such organisation visible to its holder", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/organizations/{id}/calendar.ics")]
pub async fn organization_feed(
    state: web::Data<AppState>,
    feeds: web::Data<Feeds>,
    id: web::Path<Uuid>,
    query: Query<FeedQuery>,
) -> Result<HttpResponse, ApiError> {
    let organization = id.into_inner();
    let token = query.into_inner().parse()?;
    let text = db::run(&state.db, move |conn| {
        let context = Context {
            public_url: &feeds.public_url,
            now: Utc::now(),
        };
        service::organization_feed(conn, &token, organization, &context)
    })
    .await?;
    Ok(calendar(text))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(rotate_token)
        .service(my_feed)
        .service(organization_feed);
}

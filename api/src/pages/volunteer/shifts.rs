//! `GET /me/shifts`: the volunteer's sign-ups (as `GET /me/applications`)
//! with their status and a withdraw button (`applications::withdraw`), and
//! the personal calendar feed, whose token `POST /me/calendar-token` makes
//! or replaces (`calendar::service::rotate`).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::{DateTime, Utc};
use hop_domain::texts::id;
use maud::html;
use uuid::Uuid;

use super::{refused, shift_time, table_head};
use crate::{
    applications::{self, store::ListFilter},
    calendar::{Feeds, model::CalendarToken, service as calendar},
    db,
    pages::{
        error::{OrPage, PageError},
        form::{FormData, parse_id},
        layout::{self, csrf_field},
        session::{Visitor, see_other},
    },
    state::AppState,
    validation::FieldCheck,
};

const NOTICES: &[(&str, &str)] = &[("withdrawn", id::VOL_WITHDRAWN)];

/// The page, with an alert (a refused withdrawal) or a new feed address.
async fn render(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    alert: Option<String>,
    feed: Option<CalendarToken>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let lang = visitor.lang;
    let tr = visitor.tr();
    let query = FormData::from_query(req.query_string().as_bytes());
    let mut check = FieldCheck::default();
    let page = check.page::<(DateTime<Utc>, Uuid)>(None, query.text("cursor").map(str::to_owned));
    let page = check.finish(page).or_page(lang)?;
    let now = Utc::now();
    let filter = ListFilter {
        opportunity: None,
        volunteer: Some(user),
        shift: None,
        status: None,
        upcoming: None,
        now,
    };
    let listed = db::run(&state.db, move |conn| {
        let rows =
            applications::store::list(conn, &filter, page.after.as_ref(), page.fetch_limit())?;
        Ok(page.finish(
            rows,
            |row| (row.application.created_at, row.application.id),
            |row| row,
        ))
    })
    .await
    .or_page(lang)?;
    let title = tr.t(id::VOL_MY_SHIFTS_TITLE);
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        @if let Some(alert) = &alert { div.alert role="alert" { (alert) } }
        h1 { (title) }
        @if listed.items.is_empty() {
            p { (tr.t(id::VOL_NO_SIGN_UPS)) " " a href="/opportunities" { (tr.t(id::NAV_SEARCH)) } }
        } @else {
            div.table-wrap {
                table {
                    caption { (tr.t(id::VOL_MY_SHIFTS_CAPTION)) }
                    (table_head(tr, &[(id::VOL_COLUMN_OPPORTUNITY, false), (id::VOL_COLUMN_SHIFT, false), (id::VOL_COLUMN_STATUS, false), (id::VOL_COLUMN_ACTION, false)]))
                    tbody {
                        @for row in &listed.items {
                            @let application = &row.application;
                            @let cell = format!("application-{}", application.id);
                            tr {
                                th scope="row" id=(cell) { a href=(format!("/opportunities/{}", row.opportunity_id)) { (row.opportunity_title) } }
                                td {
                                    (shift_time(tr, row.starts_at, row.ends_at))
                                    @if row.cancelled_at.is_some() { " " strong { (tr.t(id::VOL_SHIFT_CANCELLED)) } }
                                }
                                td {
                                    span class=(format!("status-{}", application.status)) { (tr.of(id::VOL_STATUS, application.status.as_str())) }
                                    @if let Some(reason) = &application.rejection_reason { br; (reason) }
                                }
                                td {
                                    @if applications::store::LIVE.contains(&application.status.as_str()) && row.starts_at > now {
                                        form method="post" action=(format!("/me/applications/{}/withdraw", application.id)) {
                                            (csrf_field(visitor))
                                            button.secondary type="submit" aria-describedby=(cell) { (tr.t(id::VOL_WITHDRAW)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(cursor) = &listed.next_cursor {
                nav.pager aria-label=(tr.t(id::VOL_PAGES)) {
                    a href=(format!("/me/shifts?cursor={cursor}")) { (tr.t(id::VOL_NEXT_PAGE)) }
                }
            }
        }
        h2 { (tr.t(id::VOL_CALENDAR)) }
        p { (tr.t(id::VOL_CALENDAR_HINT)) }
        @if let Some(feed) = &feed {
            div.notice role="status" {
                p { (tr.t(id::VOL_CALENDAR_NEW)) }
                p { a href=(webcal(&feed.feed_url)) { (tr.t(id::VOL_CALENDAR_SUBSCRIBE)) } }
                div.field {
                    label for="feed-url" { (tr.t(id::VOL_CALENDAR_ADDRESS)) }
                    input id="feed-url" type="text" readonly value=(feed.feed_url);
                }
            }
        }
        form method="post" action="/me/calendar-token" {
            (csrf_field(visitor))
            button.secondary type="submit" { (tr.t(id::VOL_CALENDAR_MAKE)) }
        }
        p { a href="/me/hours" { (tr.t(id::VOL_HOURS_TITLE)) } " · " a href="/me/agreements" { (tr.t(id::VOL_AGREEMENTS_TITLE)) } " · " a href="/me/certificates" { (tr.t(id::VOL_CERTIFICATES_TITLE)) } }
    };
    Ok(visitor.html(status, layout::page(visitor, &title, body).into_string()))
}

/// The feed's address for calendar apps (`webcal:`), from its https one.
fn webcal(feed_url: &str) -> String {
    feed_url
        .strip_prefix("https://")
        .or_else(|| feed_url.strip_prefix("http://"))
        .map_or_else(|| feed_url.to_owned(), |rest| format!("webcal://{rest}"))
}

async fn my_shifts(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    render(&visitor, &req, &state, None, None, StatusCode::OK).await
}

async fn withdraw(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (_, volunteer) = FormData::signed_in(&visitor, &req, &body, |_| "/me/shifts".into())?;
    let application = parse_id(visitor.lang, &path)?;
    let outbox = state.email_outbox;
    let withdrawn = db::transaction(&state.db, move |conn| {
        applications::withdraw(conn, outbox, application, volunteer, Utc::now())
    })
    .await;
    match withdrawn {
        Ok(_) => Ok(see_other("/me/shifts?done=withdrawn")),
        Err(error) => {
            let alert = refused(&visitor, error)?;
            render(
                &visitor,
                &req,
                &state,
                Some(alert),
                None,
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}

async fn calendar_token(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    feeds: web::Data<Feeds>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (_, user) = FormData::signed_in(&visitor, &req, &body, |_| "/me/shifts".into())?;
    let now = Utc::now();
    let rotated = db::transaction(&state.db, move |conn| calendar::rotate(conn, user, now))
        .await
        .or_page(visitor.lang)?;
    // Shown once, on this answer: HOP keeps only the token's digest, and an
    // address in a redirect would stay in the browser's history.
    let feed = CalendarToken::new(&feeds.public_url, rotated.token, now, rotated.organizations);
    render(&visitor, &req, &state, None, Some(feed), StatusCode::OK).await
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/me/shifts", web::get().to(my_shifts))
        .route("/me/applications/{id}/withdraw", web::post().to(withdraw))
        .route("/me/calendar-token", web::post().to(calendar_token));
}

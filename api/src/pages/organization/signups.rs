//! `/manage/opportunities/{id}/sign-ups`: the sign-ups for an opportunity,
//! shift by shift, as `GET /opportunities/{id}/applications` lists them;
//! accept and reject (`applications::{accept, reject}`), the safeguarding
//! record for work with children (`applications::record_safeguarding`),
//! and attendance with the hours worked (`applications::attendance`).

use std::collections::{BTreeMap, HashMap, HashSet};

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::{DateTime, NaiveTime, Utc};
use hop_domain::{
    notification::duration,
    opportunity::torun_instant,
    organization::RejectionReason,
    signup::ApplicationStatus,
    texts::{FluentValue, id},
};
use maud::{Markup, html};
use uuid::Uuid;

use super::{
    FieldErrors, Refusal, alert, id_and_action, parse_date, parse_id, posted, shift_when, status,
};
use crate::{
    applications::{
        self,
        model::{AttendanceRequest, SafeguardingRequest},
        store::ApplicationSummaryRow,
    },
    db,
    error::ApiError,
    matching, opportunities,
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        layout::{self, Input, csrf_field},
        session::{Visitor, see_other},
    },
    pagination::PageQuery,
    shifts::store as shift_store,
    state::AppState,
};

const NOTICES: &[(&str, &str)] = &[
    ("accepted", id::ORG_DONE_ACCEPTED),
    ("rejected", id::ORG_DONE_REJECTED),
    ("attendance", id::ORG_DONE_ATTENDANCE),
    ("safeguarding", id::ORG_DONE_SAFEGUARDING),
];

/// What the page shows besides the sign-ups: a refusal, and the errors of
/// the one sign-up's form that was refused.
#[derive(Default)]
struct Shown {
    alert: Option<String>,
    errors: Option<(Uuid, FieldErrors)>,
}

impl Shown {
    fn error(&self, application: Uuid, field: &str) -> Option<String> {
        self.errors
            .as_ref()
            .filter(|(id, _)| *id == application)
            .and_then(|(_, errors)| errors.get(field))
    }
}

/// One sign-up as the page shows it.
struct Row {
    summary: ApplicationSummaryRow,
    name: Option<String>,
    safeguarded: bool,
}

async fn render(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    opportunity: Uuid,
    shown: Shown,
    code: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let query = FormData::from_query(req.query_string().as_bytes());
    let cursor = query.text("cursor").map(str::to_owned);
    let now = Utc::now();
    let (row, viewer, rows, next_cursor) = db::run(&state.db, move |conn| {
        let (row, viewer) = opportunities::for_members(conn, opportunity, user)?;
        let page = PageQuery {
            limit: Some(100),
            cursor,
        }
        .parse()?;
        let found = applications::of_opportunity(conn, opportunity, user, None, None, &page, now)?;
        let volunteers: Vec<Uuid> = found
            .items
            .iter()
            .map(|s| s.application.volunteer_id)
            .collect();
        let names: HashMap<Uuid, String> = matching::store::display_names(conn, &volunteers)?
            .into_iter()
            .collect();
        let safeguarded: HashSet<Uuid> = if row.works_with_children {
            applications::store::safeguarded_among(conn, row.organization_id, &volunteers)?
                .into_iter()
                .collect()
        } else {
            HashSet::new()
        };
        let rows: Vec<Row> = found
            .items
            .into_iter()
            .map(|summary| {
                let volunteer = summary.application.volunteer_id;
                Row {
                    name: names.get(&volunteer).cloned(),
                    safeguarded: safeguarded.contains(&volunteer),
                    summary,
                }
            })
            .collect();
        Ok((row, viewer, rows, found.next_cursor))
    })
    .await
    .or_page(visitor.lang)?;
    let tr = visitor.tr();
    let mut by_shift: BTreeMap<(DateTime<Utc>, Uuid), Vec<&Row>> = BTreeMap::new();
    for item in &rows {
        by_shift
            .entry((item.summary.starts_at, item.summary.application.shift_id))
            .or_default()
            .push(item);
    }
    let decide = viewer.can_decide_sign_ups();
    let title = tr.with(
        id::ORG_SIGNUPS_TITLE,
        &[("title", row.title.as_str().into())],
    );
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        h1 { (title) }
        p { a href=(format!("/manage/opportunities/{}", row.id)) { (tr.with(id::ORG_BACK_TO_OPPORTUNITY, &[("title", row.title.as_str().into())])) } }
        (alert(shown.alert.clone()))
        @if row.works_with_children {
            p.lead { (tr.t(id::ORG_SAFEGUARDING_NOTE)) }
        }
        @if rows.is_empty() {
            p { (tr.t(id::ORG_SIGNUPS_NONE)) }
        }
        @for ((starts_at, shift_id), items) in &by_shift {
            @let ends_at = items.first().map_or(*starts_at, |item| item.summary.ends_at);
            @let cancelled = items.first().is_some_and(|item| item.summary.cancelled_at.is_some());
            section aria-labelledby=(format!("shift-{shift_id}")) {
                h2 id=(format!("shift-{shift_id}")) {
                    (shift_when(tr, *starts_at, ends_at))
                    @if cancelled { " " (status(tr.t(id::ORG_SHIFT_CANCELLED), "cancelled")) }
                }
                div.table-wrap {
                    table {
                        caption { (tr.with(id::ORG_SIGNUPS_CAPTION, &[("count", FluentValue::from(items.len()))])) }
                        thead {
                            tr {
                                th scope="col" { (tr.t(id::ORG_VOLUNTEER)) }
                                th scope="col" { (tr.t(id::ORG_STATUS_HEADING)) }
                                @if decide { th scope="col" { (tr.t(id::ORG_SHIFT_ACTIONS)) } }
                            }
                        }
                        tbody {
                            @for item in items {
                                (sign_up_row(visitor, &shown, item, row.works_with_children, decide, now))
                            }
                        }
                    }
                }
            }
        }
        @if let Some(cursor) = next_cursor {
            p.pager { a href=(format!("?cursor={cursor}")) { (tr.t(id::ORG_SIGNUPS_MORE)) } }
        }
    };
    Ok(visitor.html(code, layout::page(visitor, &title, body).into_string()))
}

fn sign_up_row(
    visitor: &Visitor,
    shown: &Shown,
    item: &Row,
    works_with_children: bool,
    decide: bool,
    now: DateTime<Utc>,
) -> Markup {
    let tr = visitor.tr();
    let application = &item.summary.application;
    let name = item
        .name
        .clone()
        .filter(|_| item.summary.volunteer_erased_at.is_none())
        .unwrap_or_else(|| tr.t(id::ORG_VOLUNTEER_ERASED));
    let named = [("name", FluentValue::from(name.as_str()))];
    let app_status = ApplicationStatus::parse(&application.status).ok();
    let live = matches!(
        app_status,
        Some(
            ApplicationStatus::Pending
                | ApplicationStatus::Confirmed
                | ApplicationStatus::Waitlisted
        )
    );
    let attendable = matches!(
        app_status,
        Some(
            ApplicationStatus::Confirmed | ApplicationStatus::Attended | ApplicationStatus::NoShow
        )
    ) && item.summary.starts_at <= now
        && item.summary.cancelled_at.is_none();
    let base = format!("/manage/applications/{}", application.id);
    let field = |name: &str| format!("{name}-{}", application.id);
    let shift_hours = (item.summary.ends_at - item.summary.starts_at).num_minutes() as f64 / 60.0;
    let hours_value = application
        .minutes_attended
        .map_or(shift_hours, |minutes| f64::from(minutes) / 60.0)
        .to_string();
    html! {
        tr {
            th scope="row" { (name) }
            td {
                (status(tr.of(id::ORG_APPLICATION_STATUS, application.status.as_str()), &application.status))
                @if let Some(reason) = &application.pending_reason {
                    br; span.muted { (tr.of(id::ORG_PENDING_REASON, reason.as_str())) }
                }
                @if let Some(minutes) = application.minutes_attended {
                    br; span { (duration(u32::try_from(minutes).unwrap_or_default(), visitor.lang)) }
                }
            }
            @if decide {
                td {
                    @if works_with_children && live && !item.safeguarded {
                        form.row-form method="post" action=(format!("{base}/safeguarding")) novalidate {
                            (csrf_field(visitor))
                            (Input::new("register_checked_on", tr.with(id::ORG_SAFEGUARDING_DATE, &named), "").hint(tr.t(id::ORG_FIELD_DATE_HINT)).error(shown.error(application.id, "register_checked_at")).id(&field("checked")).render())
                            div.check {
                                input id=(field("certificate")) type="checkbox" name="certificate" value="on"
                                    aria-invalid=[shown.error(application.id, "criminal_record_certificate").map(|_| "true")];
                                label for=(field("certificate")) { (tr.with(id::ORG_SAFEGUARDING_CERTIFICATE, &named)) }
                            }
                            @if let Some(error) = shown.error(application.id, "criminal_record_certificate") { p.error { (error) } }
                            button.secondary type="submit" { (tr.with(id::ORG_SAFEGUARDING_SUBMIT, &named)) }
                        }
                    }
                    @if app_status == Some(ApplicationStatus::Pending) {
                        form.row-form method="post" action=(format!("{base}/accept")) {
                            (csrf_field(visitor))
                            button type="submit" { (tr.with(id::ORG_ACCEPT, &named)) }
                        }
                    }
                    @if live {
                        form.row-form method="post" action=(format!("{base}/reject")) novalidate {
                            (csrf_field(visitor))
                            (Input::new("reason", tr.with(id::ORG_REJECT_REASON, &named), "").error(shown.error(application.id, "reason")).id(&field("reason")).render())
                            button.danger type="submit" { (tr.with(id::ORG_REJECT, &named)) }
                        }
                    }
                    @if attendable {
                        form.row-form method="post" action=(format!("{base}/attendance")) novalidate {
                            (csrf_field(visitor))
                            (Input::new("hours", tr.with(id::ORG_ATTENDANCE_HOURS, &named), &hours_value).error(shown.error(application.id, "hours")).id(&field("hours")).render())
                            div.actions {
                                button type="submit" name="status" value="attended" { (tr.with(id::ORG_ATTENDED, &named)) }
                                button.secondary type="submit" name="status" value="no_show" { (tr.with(id::ORG_NO_SHOW, &named)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

async fn page(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let opportunity = parse_id(visitor.lang, &path)?;
    render(
        &visitor,
        &req,
        &state,
        opportunity,
        Shown::default(),
        StatusCode::OK,
    )
    .await
}

/// A sign-up's opportunity, organisation and volunteer: where its page is
/// and whom a safeguarding record is about.
struct Context {
    opportunity: Uuid,
    organization: Uuid,
    volunteer: Uuid,
}

async fn context_of(
    state: &AppState,
    visitor: &Visitor,
    application: Uuid,
    user: Uuid,
) -> Result<Context, PageError> {
    db::run(&state.db, move |conn| {
        let missing = || ApiError::NotFound("No sign-up with this id".into());
        let row = applications::store::find(conn, application)?.ok_or_else(missing)?;
        let shift = shift_store::find(conn, row.shift_id)?.ok_or_else(missing)?;
        let opportunity =
            opportunities::store::find(conn, shift.opportunity_id)?.ok_or_else(missing)?;
        super::member_or_missing(conn, opportunity.organization_id, user, missing)?;
        Ok(Context {
            opportunity: opportunity.id,
            organization: opportunity.organization_id,
            volunteer: row.volunteer_id,
        })
    })
    .await
    .or_page(visitor.lang)
}

/// What a sign-up's forms do.
#[derive(Debug, Clone, Copy)]
enum Action {
    Accept,
    Reject,
    Attendance,
    Safeguarding,
}

/// `POST /manage/applications/{id}/accept|reject|attendance|safeguarding`:
/// as the API's `POST /applications/{id}/accept|reject|attendance` and
/// `PUT /organizations/{id}/safeguarding/{user_id}`.
async fn act(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let (application, action) = id_and_action(
        visitor.lang,
        path.into_inner(),
        &[
            ("accept", Action::Accept),
            ("reject", Action::Reject),
            ("attendance", Action::Attendance),
            ("safeguarding", Action::Safeguarding),
        ],
    )?;
    let context = context_of(&state, &visitor, application, user).await?;
    let outbox = state.email_outbox;
    let now = Utc::now();
    let done = match action {
        Action::Accept => db::transaction(&state.db, move |conn| {
            applications::accept(conn, outbox, application, user, now).map(drop)
        })
        .await
        .map(|()| "accepted"),
        Action::Reject => match RejectionReason::parse(form.get("reason").unwrap_or_default()) {
            Ok(reason) => db::transaction(&state.db, move |conn| {
                applications::reject(conn, outbox, application, user, reason.as_str(), now)
                    .map(drop)
            })
            .await
            .map(|()| "rejected"),
            Err(invalid) => Err(ApiError::invalid_field("reason", invalid.message)),
        },
        Action::Attendance => {
            let attended = form.get("status") == Some("attended");
            let request = AttendanceRequest {
                status: form.get("status").unwrap_or_default().to_owned(),
                // Hours that are not a number are refused as out of range;
                // a no-show's are not asked for.
                hours: form
                    .text("hours")
                    .filter(|_| attended)
                    .map(|raw| raw.replace(',', ".").parse().unwrap_or(f64::NAN)),
            };
            match request.parse() {
                Ok(minutes) => db::transaction(&state.db, move |conn| {
                    applications::attendance(conn, application, user, minutes, now).map(drop)
                })
                .await
                .map(|()| "attendance"),
                Err(error) => Err(error),
            }
        }
        Action::Safeguarding => {
            let checked_at = form
                .text("register_checked_on")
                .and_then(parse_date)
                .and_then(|day| torun_instant(day, NaiveTime::MIN).ok());
            let request = checked_at
                .ok_or_else(|| ApiError::invalid_field("register_checked_at", "must be a date"))
                .and_then(|register_checked_at| {
                    SafeguardingRequest {
                        register_checked_at,
                        criminal_record_certificate: form.checked("certificate"),
                    }
                    .parse(now)
                });
            let (organization, volunteer) = (context.organization, context.volunteer);
            match request {
                Ok(checked_at) => db::transaction(&state.db, move |conn| {
                    applications::record_safeguarding(
                        conn,
                        organization,
                        user,
                        volunteer,
                        checked_at,
                    )
                })
                .await
                .map(|()| "safeguarding"),
                Err(error) => Err(error),
            }
        }
    };
    match done {
        Ok(done) => Ok(see_other(&format!(
            "/manage/opportunities/{}/sign-ups?done={done}",
            context.opportunity
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let shown = Shown {
                alert: Some(refusal.alert),
                errors: Some((application, refusal.fields)),
            };
            render(
                &visitor,
                &req,
                &state,
                context.opportunity,
                shown,
                refusal.code,
            )
            .await
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/manage/opportunities/{id}/sign-ups", web::get().to(page))
        .route("/manage/applications/{id}/{action}", web::post().to(act));
}

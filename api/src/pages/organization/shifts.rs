//! `/manage/opportunities/{id}`: an opportunity for its organisation's
//! members: publish or close it (`opportunities::transition`), its shifts
//! with their confirmed and waitlisted counts, a new shift in Toruń's local
//! time, places changed and shifts cancelled (`shifts::{create, update,
//! cancel}`).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::{NaiveTime, Utc};
use hop_domain::{
    opportunity::{OpportunityStatus, torun_instant},
    organization::OrganizationStatus,
    texts::id,
};
use maud::html;
use uuid::Uuid;

use super::{
    FieldErrors, Refusal, alert, id_and_action, parse_date, parse_id, posted, rule_message,
    shift_when, status,
};
use crate::{
    db,
    error::ApiError,
    opportunities::{self, Transition},
    organizations,
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        layout::{self, Input, csrf_field},
        session::{Visitor, see_other},
    },
    shifts::{
        self,
        model::{CreateShiftRequest, UpdateShiftRequest},
        store as shift_store,
    },
    state::AppState,
};

const NOTICES: &[(&str, &str)] = &[
    ("created", id::ORG_DONE_OPPORTUNITY_CREATED),
    ("saved", id::ORG_DONE_SAVED),
    ("published", id::ORG_DONE_PUBLISHED),
    ("closed", id::ORG_DONE_CLOSED),
    ("shift-added", id::ORG_DONE_SHIFT_ADDED),
    ("shift-changed", id::ORG_DONE_SHIFT_CHANGED),
    ("shift-cancelled", id::ORG_DONE_SHIFT_CANCELLED),
];

/// The new shift's form as typed.
#[derive(Default)]
struct ShiftForm {
    date: String,
    start: String,
    end: String,
    capacity: String,
    errors: FieldErrors,
}

/// A time of day as people type it: `9:00`, `09.00` or `9`.
fn parse_time(raw: &str) -> Option<NaiveTime> {
    let raw = raw.trim();
    ["%H:%M", "%H.%M"]
        .iter()
        .find_map(|format| NaiveTime::parse_from_str(raw, format).ok())
        .or_else(|| {
            raw.parse::<u32>()
                .ok()
                .and_then(|hour| NaiveTime::from_hms_opt(hour, 0, 0))
        })
}

impl ShiftForm {
    fn from_form(form: &FormData) -> Self {
        let value = |name| form.get(name).unwrap_or_default().to_owned();
        Self {
            date: value("date"),
            start: value("start"),
            end: value("end"),
            capacity: value("capacity"),
            errors: FieldErrors::default(),
        }
    }

    /// The body of `POST /opportunities/{id}/shifts`: the day and times on
    /// Toruń's clocks, a shift that ends at or before its start ending the
    /// next day. Errors are collected on `self`.
    fn request(&mut self, visitor: &Visitor) -> Option<CreateShiftRequest> {
        let tr = visitor.tr();
        let date = parse_date(&self.date);
        let start = parse_time(&self.start);
        let end = parse_time(&self.end);
        let capacity = self.capacity.trim().parse::<i64>().ok();
        for (field, missing) in [
            ("date", date.is_none()),
            ("start", start.is_none()),
            ("end", end.is_none()),
            ("capacity", capacity.is_none()),
        ] {
            if missing {
                self.errors.add(tr, field);
            }
        }
        let (date, start, end, capacity) = (date?, start?, end?, capacity?);
        let end_date = if end <= start {
            // The last day chrono knows has no next one.
            date.succ_opt().or_else(|| {
                self.errors.add(tr, "date");
                None
            })?
        } else {
            date
        };
        let starts_at = torun_instant(date, start).map_err(|_| self.errors.add(tr, "start"));
        let ends_at = torun_instant(end_date, end).map_err(|_| self.errors.add(tr, "end"));
        Some(CreateShiftRequest {
            starts_at: starts_at.ok()?,
            ends_at: ends_at.ok()?,
            capacity,
        })
    }
}

/// What the page shows besides the opportunity: a refusal, and the new
/// shift's form.
#[derive(Default)]
struct Shown {
    alert: Option<String>,
    form: ShiftForm,
    /// A refused publication: said by what stands in its way.
    publish_refused: bool,
}

async fn render(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    opportunity: Uuid,
    mut shown: Shown,
    code: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let (row, viewer, organization, shift_rows) = db::run(&state.db, move |conn| {
        let (row, viewer) = opportunities::for_members(conn, opportunity, user)?;
        let organization = organizations::store::find(conn, row.organization_id)?
            .ok_or_else(|| ApiError::internal("opportunity without organisation"))?;
        let shift_rows = shift_store::list_for_opportunity(conn, opportunity, None, 200)?;
        Ok((row, viewer, organization, shift_rows))
    })
    .await
    .or_page(visitor.lang)?;
    let tr = visitor.tr();
    let status_now = OpportunityStatus::parse(&row.status).unwrap_or(OpportunityStatus::Closed);
    if shown.publish_refused {
        shown.alert = Some(
            if !matches!(
                OrganizationStatus::parse(&organization.status),
                Ok(OrganizationStatus::Verified)
            ) {
                tr.t(id::ORG_PUBLISH_UNVERIFIED)
            } else {
                rule_message(tr, "opportunity-status")
            },
        );
    }
    let base = format!("/manage/opportunities/{}", row.id);
    let form = &shown.form;
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        h1 { (row.title) }
        p {
            (tr.t(id::ORG_STATUS_LABEL)) " "
            (status(tr.of(id::ORG_OPPORTUNITY_STATUS, row.status.as_str()), &row.status))
            " · "
            a href=(format!("/manage/organizations/{}", organization.id)) { (organization.name) }
        }
        (alert(shown.alert.clone()))
        nav aria-label=(tr.t(id::ORG_MANAGE_NAV)) {
            ul.actions {
                li { a.button.secondary href=(format!("{base}/sign-ups")) { (tr.t(id::ORG_SIGNUPS_LINK)) } }
                li { a.button.secondary href=(format!("{base}/candidates")) { (tr.t(id::ORG_CANDIDATES_LINK)) } }
                @if viewer.can_edit() && status_now != OpportunityStatus::Closed {
                    li { a.button.secondary href=(format!("{base}/edit")) { (tr.t(id::ORG_EDIT_LINK)) } }
                }
            }
        }
        @if viewer.can_edit() && status_now != OpportunityStatus::Closed {
            div.actions {
                @if status_now == OpportunityStatus::Draft {
                    form.inline method="post" action=(format!("{base}/publish")) {
                        (csrf_field(visitor))
                        button type="submit" { (tr.t(id::ORG_PUBLISH)) }
                    }
                }
                form.inline method="post" action=(format!("{base}/close")) {
                    (csrf_field(visitor))
                    button.secondary type="submit" { (tr.t(id::ORG_CLOSE)) }
                }
            }
        }
        h2 id="shifts" { (tr.t(id::ORG_SHIFTS)) }
        @if shift_rows.is_empty() {
            p { (tr.t(id::ORG_SHIFTS_NONE)) }
        } @else {
            div.table-wrap {
                table {
                    caption { (tr.with(id::ORG_SHIFTS_CAPTION, &[("title", row.title.as_str().into())])) }
                    thead {
                        tr {
                            th scope="col" { (tr.t(id::ORG_SHIFT_WHEN_HEADING)) }
                            th.num scope="col" { (tr.t(id::ORG_SHIFT_CAPACITY)) }
                            th.num scope="col" { (tr.t(id::ORG_SHIFT_CONFIRMED)) }
                            th.num scope="col" { (tr.t(id::ORG_SHIFT_WAITLIST)) }
                            @if viewer.can_edit() { th scope="col" { (tr.t(id::ORG_SHIFT_ACTIONS)) } }
                        }
                    }
                    tbody {
                        @for shift in &shift_rows {
                            @let when_id = format!("shift-{}", shift.id);
                            tr {
                                th scope="row" id=(when_id) { (shift_when(tr, shift.starts_at, shift.ends_at)) }
                                td.num { (shift.capacity) }
                                td.num { (shift.confirmed_count) }
                                td.num { (shift.waitlist_count) }
                                @if viewer.can_edit() {
                                    td {
                                        form.row-form method="post" action=(format!("/manage/shifts/{}/capacity", shift.id)) {
                                            (csrf_field(visitor))
                                            label for=(format!("capacity-{}", shift.id)) { (tr.t(id::ORG_SHIFT_NEW_CAPACITY)) }
                                            input id=(format!("capacity-{}", shift.id)) type="number" name="capacity" min="1" value=(shift.capacity) aria-describedby=(when_id);
                                            button.secondary type="submit" aria-describedby=(when_id) { (tr.t(id::ORG_SHIFT_SAVE_CAPACITY)) }
                                        }
                                        form.row-form method="post" action=(format!("/manage/shifts/{}/cancel", shift.id)) {
                                            (csrf_field(visitor))
                                            button.danger type="submit" aria-describedby=(when_id) { (tr.t(id::ORG_SHIFT_CANCEL)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if viewer.can_edit() && status_now != OpportunityStatus::Closed {
            h2 id="new-shift" { (tr.t(id::ORG_SHIFT_NEW)) }
            p { (tr.t(id::ORG_SHIFT_NEW_LEAD)) }
            form.stack method="post" action=(format!("{base}/shifts")) novalidate {
                (csrf_field(visitor))
                (Input::new("date", tr.t(id::ORG_FIELD_DATE), &form.date).hint(tr.t(id::ORG_FIELD_DATE_HINT)).required().error(form.errors.get("date")).render())
                div.grid-2 {
                    (Input::new("start", tr.t(id::ORG_FIELD_START), &form.start).hint(tr.t(id::ORG_FIELD_TIME_HINT)).required().error(form.errors.get("start").or_else(|| form.errors.get("starts_at"))).render())
                    (Input::new("end", tr.t(id::ORG_FIELD_END), &form.end).hint(tr.t(id::ORG_FIELD_END_HINT)).required().error(form.errors.get("end").or_else(|| form.errors.get("ends_at"))).render())
                }
                (Input::new("capacity", tr.t(id::ORG_FIELD_CAPACITY), &form.capacity).kind("number").required().error(form.errors.get("capacity")).render())
                div.actions { button type="submit" { (tr.t(id::ORG_SHIFT_ADD)) } }
            }
        }
    };
    Ok(visitor.html(code, layout::page(visitor, &row.title, body).into_string()))
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

/// `POST /manage/opportunities/{id}/publish|close`: as the API's
/// `POST /opportunities/{id}/publish|close`.
async fn transition(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (_, user) = posted(&visitor, &req, &body)?;
    let (opportunity, (change, done)) = id_and_action(
        visitor.lang,
        path.into_inner(),
        &[
            ("publish", (Transition::Publish, "published")),
            ("close", (Transition::Close, "closed")),
        ],
    )?;
    let now = Utc::now();
    let changed = db::transaction(&state.db, move |conn| {
        opportunities::transition(conn, opportunity, user, change, now)
    })
    .await;
    match changed {
        Ok(_) => Ok(see_other(&format!(
            "/manage/opportunities/{opportunity}?done={done}"
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let shown = Shown {
                alert: Some(refusal.alert),
                publish_refused: matches!(change, Transition::Publish),
                ..Shown::default()
            };
            render(&visitor, &req, &state, opportunity, shown, refusal.code).await
        }
    }
}

/// `POST /manage/opportunities/{id}/shifts`: as `POST /opportunities/{id}/shifts`.
async fn add(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let opportunity = parse_id(visitor.lang, &path)?;
    let mut shift = ShiftForm::from_form(&form);
    let created = match shift.request(&visitor) {
        Some(request) => {
            db::transaction(&state.db, move |conn| {
                shifts::create(conn, opportunity, user, &request, Utc::now())
            })
            .await
        }
        None => Err(ApiError::Validation(Vec::new())),
    };
    match created {
        Ok(_) => Ok(see_other(&format!(
            "/manage/opportunities/{opportunity}?done=shift-added#shifts"
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            shift.errors.merge(refusal.fields);
            let shown = Shown {
                alert: Some(refusal.alert),
                form: shift,
                ..Shown::default()
            };
            render(&visitor, &req, &state, opportunity, shown, refusal.code).await
        }
    }
}

/// The opportunity a shift belongs to, for the page an answer shows.
async fn opportunity_of(
    state: &AppState,
    visitor: &Visitor,
    shift: Uuid,
    user: Uuid,
) -> Result<Uuid, PageError> {
    db::run(&state.db, move |conn| {
        let missing = || ApiError::NotFound("No shift with this id".into());
        let opportunity = shift_store::find(conn, shift)?
            .map(|row| row.opportunity_id)
            .ok_or_else(missing)?;
        let organization = opportunities::store::find(conn, opportunity)?
            .ok_or_else(missing)?
            .organization_id;
        super::member_or_missing(conn, organization, user, missing)?;
        Ok(opportunity)
    })
    .await
    .or_page(visitor.lang)
}

/// `POST /manage/shifts/{id}/capacity|cancel`: as `PATCH /shifts/{id}`
/// with a new capacity, and `DELETE /shifts/{id}`.
async fn change(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let (shift, cancel) = id_and_action(
        visitor.lang,
        path.into_inner(),
        &[("capacity", false), ("cancel", true)],
    )?;
    let opportunity = opportunity_of(&state, &visitor, shift, user).await?;
    let outbox = state.email_outbox;
    let capacity = form
        .text("capacity")
        .and_then(|raw| raw.parse::<i64>().ok());
    let changed = match (cancel, capacity) {
        (true, _) => {
            db::transaction(&state.db, move |conn| {
                shifts::cancel(conn, outbox, shift, user, Utc::now())
            })
            .await
        }
        (false, Some(capacity)) => {
            let request = UpdateShiftRequest {
                starts_at: None,
                ends_at: None,
                capacity: Some(capacity),
            };
            db::transaction(&state.db, move |conn| {
                shifts::update(conn, outbox, shift, user, &request, Utc::now()).map(drop)
            })
            .await
        }
        (false, None) => Err(ApiError::invalid_field("capacity", "must be a number")),
    };
    match changed {
        Ok(()) => Ok(see_other(&format!(
            "/manage/opportunities/{opportunity}?done={}#shifts",
            if cancel {
                "shift-cancelled"
            } else {
                "shift-changed"
            }
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let shown = Shown {
                alert: Some(refusal.fields.get("capacity").unwrap_or(refusal.alert)),
                ..Shown::default()
            };
            render(&visitor, &req, &state, opportunity, shown, refusal.code).await
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/manage/opportunities/{id}", web::get().to(page))
        .route("/manage/opportunities/{id}/shifts", web::post().to(add))
        .route(
            "/manage/opportunities/{id}/{action}",
            web::post().to(transition),
        )
        .route("/manage/shifts/{id}/{action}", web::post().to(change));
}

#[cfg(test)]
mod tests {
    use super::{super::parse_date, parse_time};
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn days_and_times_are_read_as_people_write_them() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 5);
        assert_eq!(parse_date("2026-12-05"), day);
        assert_eq!(parse_date(" 5.12.2026 "), day);
        assert_eq!(parse_date("05/12/2026"), day);
        assert_eq!(parse_date("tomorrow"), None);
        let nine = NaiveTime::from_hms_opt(9, 0, 0);
        assert_eq!(parse_time("9:00"), nine);
        assert_eq!(parse_time("09.00"), nine);
        assert_eq!(parse_time("9"), nine);
        assert_eq!(parse_time("25:00"), None);
    }
}

//! `/manage/organizations/{id}/hours`: the hours volunteers reported to an
//! organisation that wait for its decision, oldest first; approve or reject
//! each (`hours::service::decide`), or approve those ticked at once
//! (`hours::service::approve_many`).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::Utc;
use hop_domain::{
    hours::{Decision, HourStatus},
    notification::{duration, work_day_phrase},
    texts::{FluentValue, id},
};
use maud::html;
use uuid::Uuid;

use super::{FieldErrors, Refusal, alert, id_and_action, parse_id, posted};
use crate::{
    db,
    error::ApiError,
    hours::{
        model::{ApproveHoursRequest, RejectHoursRequest},
        service, store,
    },
    organizations,
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        layout::{self, Input, csrf_field},
        session::{Visitor, see_other},
    },
    pagination::PageQuery,
    state::AppState,
};

const NOTICES: &[(&str, &str)] = &[
    ("approved", id::ORG_DONE_HOURS_APPROVED),
    ("rejected", id::ORG_DONE_HOURS_REJECTED),
];

/// A refusal, and the entry whose reason was refused.
#[derive(Default)]
struct Shown {
    alert: Option<String>,
    errors: Option<(Uuid, FieldErrors)>,
}

async fn render(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    organization: Uuid,
    shown: Shown,
    code: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let query = FormData::from_query(req.query_string().as_bytes());
    let cursor = query.text("cursor").map(str::to_owned);
    let (row, viewer, entries) = db::run(&state.db, move |conn| {
        let (row, viewer) = organizations::for_members(conn, organization, user)?;
        let page = PageQuery {
            limit: Some(50),
            cursor,
        }
        .parse()?;
        let entries =
            service::of_organization(conn, organization, user, Some(HourStatus::Pending), &page)?;
        Ok((row, viewer, entries))
    })
    .await
    .or_page(visitor.lang)?;
    let tr = visitor.tr();
    let decide = viewer.can_decide_sign_ups();
    let title = tr.with(
        id::ORG_HOURS_TITLE,
        &[("organization", row.name.as_str().into())],
    );
    let base = format!("/manage/organizations/{}", row.id);
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        h1 { (title) }
        p { a href=(base) { (tr.with(id::ORG_BACK_TO_ORGANIZATION, &[("organization", row.name.as_str().into())])) } }
        (alert(shown.alert.clone()))
        @if entries.items.is_empty() {
            p { (tr.t(id::ORG_HOURS_NONE)) }
        } @else {
            @if decide {
                form id="approve-many" method="post" action=(format!("{base}/hours/approve")) {
                    (csrf_field(visitor))
                }
            }
            div.table-wrap {
                table {
                    caption { (tr.with(id::ORG_HOURS_CAPTION, &[("count", FluentValue::from(entries.items.len()))])) }
                    thead {
                        tr {
                            @if decide { th scope="col" { (tr.t(id::ORG_HOURS_SELECT)) } }
                            th scope="col" { (tr.t(id::ORG_VOLUNTEER)) }
                            th scope="col" { (tr.t(id::ORG_HOURS_WORK)) }
                            th scope="col" { (tr.t(id::ORG_HOURS_AMOUNT)) }
                            @if decide { th scope="col" { (tr.t(id::ORG_SHIFT_ACTIONS)) } }
                        }
                    }
                    tbody {
                        @for entry in &entries.items {
                            @let name = entry.volunteer_name.clone().filter(|_| !entry.volunteer_erased).unwrap_or_else(|| tr.t(id::ORG_VOLUNTEER_ERASED));
                            @let amount = duration(u32::try_from(entry.minutes).unwrap_or_default(), visitor.lang);
                            @let day = work_day_phrase(entry.work_date, visitor.lang);
                            @let described = [("name", FluentValue::from(name.as_str())), ("day", FluentValue::from(day.as_str()))];
                            @let reason_id = format!("reason-{}", entry.id);
                            @let reason_error = shown.errors.as_ref().filter(|(id, _)| *id == entry.id).and_then(|(_, errors)| errors.get("reason"));
                            tr {
                                @if decide {
                                    td {
                                        input id=(format!("select-{}", entry.id)) type="checkbox" name="entry" value=(entry.id) form="approve-many";
                                        label.check-label for=(format!("select-{}", entry.id)) { (tr.with(id::ORG_HOURS_SELECT_ONE, &described)) }
                                    }
                                }
                                th scope="row" { (name) }
                                td {
                                    (entry.opportunity_title.as_deref().unwrap_or(&entry.description))
                                    br; span.muted { (day) }
                                    @if entry.opportunity_title.is_some() && !entry.description.is_empty() {
                                        br; span { (entry.description) }
                                    }
                                }
                                td { (amount) }
                                @if decide {
                                    td {
                                        form.row-form method="post" action=(format!("/manage/hours/{}/approve", entry.id)) {
                                            (csrf_field(visitor))
                                            button type="submit" { (tr.with(id::ORG_HOURS_APPROVE, &described)) }
                                        }
                                        form.row-form method="post" action=(format!("/manage/hours/{}/reject", entry.id)) novalidate {
                                            (csrf_field(visitor))
                                            (Input::new("reason", tr.with(id::ORG_HOURS_REJECT_REASON, &described), "").id(&reason_id).error(reason_error).render())
                                            button.danger type="submit" { (tr.with(id::ORG_HOURS_REJECT, &described)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if decide {
                div.actions {
                    button type="submit" form="approve-many" { (tr.t(id::ORG_HOURS_APPROVE_SELECTED)) }
                }
            }
            @if let Some(cursor) = &entries.next_cursor {
                p.pager { a href=(format!("?cursor={cursor}")) { (tr.t(id::ORG_HOURS_MORE)) } }
            }
        }
    };
    Ok(visitor.html(code, layout::page(visitor, &title, body).into_string()))
}

async fn page(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let organization = parse_id(visitor.lang, &path)?;
    render(
        &visitor,
        &req,
        &state,
        organization,
        Shown::default(),
        StatusCode::OK,
    )
    .await
}

async fn refused(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    organization: Uuid,
    entry: Option<Uuid>,
    error: ApiError,
) -> Result<HttpResponse, PageError> {
    let refusal = Refusal::of(visitor.lang, error)?;
    let shown = Shown {
        alert: Some(refusal.alert),
        errors: entry.map(|entry| (entry, refusal.fields)),
    };
    render(visitor, req, state, organization, shown, refusal.code).await
}

/// `POST /manage/hours/{id}/approve|reject`: as the API's
/// `POST /hours/{id}/approve|reject`.
async fn decide(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let (entry, decision) = id_and_action(
        visitor.lang,
        path.into_inner(),
        &[("approve", Decision::Approve), ("reject", Decision::Reject)],
    )?;
    let organization = db::run(&state.db, move |conn| {
        let missing = || ApiError::NotFound("No hours entry with this id".into());
        let organization = store::find(conn, entry)?
            .map(|row| row.organization_id)
            .ok_or_else(missing)?;
        super::member_or_missing(conn, organization, user, missing)?;
        Ok(organization)
    })
    .await
    .or_page(visitor.lang)?;
    let reason = match decision {
        Decision::Approve => Ok(None),
        Decision::Reject => RejectHoursRequest {
            reason: form.get("reason").unwrap_or_default().to_owned(),
        }
        .parse()
        .map(Some),
    };
    let outbox = state.email_outbox;
    let decided = match reason {
        Ok(reason) => {
            db::transaction(&state.db, move |conn| {
                let reason = reason.as_ref().map(|reason| reason.as_str());
                service::decide(conn, outbox, entry, user, decision, reason, Utc::now()).map(drop)
            })
            .await
        }
        Err(error) => Err(error),
    };
    match decided {
        Ok(()) => Ok(see_other(&format!(
            "/manage/organizations/{organization}/hours?done={}",
            if matches!(decision, Decision::Approve) {
                "approved"
            } else {
                "rejected"
            }
        ))),
        Err(error) => refused(&visitor, &req, &state, organization, Some(entry), error).await,
    }
}

/// `POST /manage/organizations/{id}/hours/approve`: as
/// `POST /organizations/{id}/hours/approve` with the ticked entries.
async fn approve_many(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let organization = parse_id(visitor.lang, &path)?;
    let ids: Result<Vec<Uuid>, _> = form.all("entry").map(str::parse).collect();
    let request = ids
        .map_err(|_| ApiError::invalid_field("ids", "must be entry ids"))
        .and_then(|ids| ApproveHoursRequest { ids }.parse());
    let outbox = state.email_outbox;
    let approved = match request {
        Ok(ids) => {
            db::transaction(&state.db, move |conn| {
                service::approve_many(conn, outbox, organization, &ids, user, Utc::now()).map(drop)
            })
            .await
        }
        Err(error) => Err(error),
    };
    match approved {
        Ok(()) => Ok(see_other(&format!(
            "/manage/organizations/{organization}/hours?done=approved"
        ))),
        Err(error) => refused(&visitor, &req, &state, organization, None, error).await,
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/manage/organizations/{id}/hours", web::get().to(page))
        .route(
            "/manage/organizations/{id}/hours/approve",
            web::post().to(approve_many),
        )
        .route("/manage/hours/{id}/{action}", web::post().to(decide));
}

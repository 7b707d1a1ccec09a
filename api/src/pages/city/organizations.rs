//! `/city/organizations`: the organisations waiting for verification, each
//! with its details, and the ones decided lately; staff verify or reject
//! them (with a reason) through `organizations::review`, as the API's
//! `/organizations/{id}/verify` and `/reject` do.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::Utc;
use hop_domain::{
    organization::{OrganizationStatus, Review, ReviewConflict},
    texts::id,
};
use maud::{Markup, html};
use uuid::Uuid;

use super::{city_nav, date};
use crate::{
    db,
    error::ApiError,
    organizations::{self, ReviewQueue, model::RejectRequest, store::OrganizationRow},
    pages::{
        error::{OrPage, PageError},
        form::{FormData, parse_id},
        i18n::Tr,
        layout::{self, csrf_field},
        session::{Visitor, see_other},
    },
    state::AppState,
};

/// Organisations shown per page, waiting and decided.
const PAGE: i64 = 50;

const NOTICES: &[(&str, &str)] = &[
    ("verified", id::CITY_DONE_VERIFIED),
    ("rejected", id::CITY_DONE_REJECTED),
];

const HERE: &str = "/city/organizations";

/// A decision the page could not take, shown with the page again.
#[derive(Default)]
struct Refusal {
    /// The organisation whose reject form is in error, with what was typed.
    reason: Option<(Uuid, String, String)>,
    /// Said first: a decision refused, or a link to the field in error.
    alert: Option<Markup>,
}

fn detail(label: String, value: Markup) -> Markup {
    html! { div { dt { (label) } dd { (value) } } }
}

fn optional(tr: Tr, value: Option<&str>) -> Markup {
    html! {
        @match value {
            Some(value) => (value),
            None => span.muted { (tr.t(id::CITY_ORG_NOT_GIVEN)) },
        }
    }
}

fn reject_form(
    visitor: &Visitor,
    org: &OrganizationRow,
    heading: &str,
    refusal: &Refusal,
) -> Markup {
    let tr = visitor.tr();
    let field = format!("reason-{}", org.id);
    let hint = format!("{field}-hint");
    let error_id = format!("{field}-error");
    let (typed, error) = match &refusal.reason {
        Some((id, typed, error)) if *id == org.id => (typed.as_str(), Some(error.as_str())),
        _ => ("", None),
    };
    let described = match error {
        Some(_) => format!("{hint} {error_id}"),
        None => hint.clone(),
    };
    html! {
        form.stack.reject method="post" action=(format!("{HERE}/{}/reject", org.id)) novalidate {
            (csrf_field(visitor))
            div.field {
                label for=(field) { (tr.t(id::CITY_REJECT_REASON)) }
                span.hint id=(hint) { (tr.t(id::CITY_REJECT_REASON_HINT)) }
                textarea id=(field) name="reason" required maxlength="1000"
                    aria-describedby=(described) aria-invalid=[error.map(|_| "true")] { (typed) }
                @if let Some(error) = error { p.error id=(error_id) { (error) } }
            }
            div.actions {
                button.danger type="submit" aria-describedby=(heading) { (tr.t(id::CITY_REJECT)) }
            }
        }
    }
}

fn card(visitor: &Visitor, org: &OrganizationRow, refusal: &Refusal) -> Markup {
    let tr = visitor.tr();
    let heading = format!("org-{}", org.id);
    let status = OrganizationStatus::parse(&org.status).ok();
    html! {
        li.card.org aria-labelledby=(heading) {
            h3 id=(heading) { (org.name) }
            p {
                span class=(format!("tag status-{}", org.status)) { (tr.of(id::CITY_ORG_STATUS, org.status.as_str())) }
            }
            dl.details {
                (detail(tr.t(id::CITY_ORG_KIND_LABEL), html! { (tr.of(id::CITY_ORG_KIND, org.kind.as_str())) }))
                (detail(tr.t(id::CITY_ORG_REGISTERED), html! { (date(tr, org.created_at)) }))
                @if let Some(reviewed) = org.reviewed_at {
                    (detail(tr.t(id::CITY_ORG_REVIEWED), html! { (date(tr, reviewed)) }))
                }
                (detail(tr.t(id::CITY_ORG_KRS), optional(tr, org.krs.as_deref())))
                (detail(tr.t(id::CITY_ORG_EMAIL), html! {
                    @match &org.contact_email {
                        Some(email) => a href=(format!("mailto:{email}")) { (email) },
                        None => (optional(tr, None)),
                    }
                }))
                (detail(tr.t(id::CITY_ORG_PHONE), optional(tr, org.contact_phone.as_deref())))
                (detail(tr.t(id::CITY_ORG_WEBSITE), html! {
                    @match &org.website {
                        // The domain accepts only http(s) addresses; a link is
                        // made of nothing else, whatever the table holds.
                        Some(site) if site.starts_with("https://") || site.starts_with("http://") => {
                            a href=(site) rel="noopener noreferrer nofollow" { (site) }
                        }
                        other => (optional(tr, other.as_deref())),
                    }
                }))
                (detail(tr.t(id::CITY_ORG_ADDRESS), optional(tr, org.address.as_deref())))
                @if let Some(reason) = &org.rejection_reason {
                    (detail(tr.t(id::CITY_ORG_REASON), html! { (reason) }))
                }
            }
            h4 { (tr.t(id::CITY_ORG_DESCRIPTION)) }
            p.description { (org.description) }
            @let may_verify = status.is_some_and(|status| status.review(Review::Verify).is_ok());
            @let may_reject = status.is_some_and(|status| status.review(Review::Reject).is_ok());
            @if may_verify || may_reject {
                div.decisions {
                    @if may_verify {
                        form method="post" action=(format!("{HERE}/{}/verify", org.id)) {
                            (csrf_field(visitor))
                            button type="submit" aria-describedby=(heading) { (tr.t(id::CITY_VERIFY)) }
                        }
                    }
                    @if may_reject { (reject_form(visitor, org, &heading, refusal)) }
                }
            }
        }
    }
}

fn render(
    visitor: &Visitor,
    req: &HttpRequest,
    queue: &ReviewQueue,
    refusal: &Refusal,
    status: StatusCode,
) -> HttpResponse {
    let tr = visitor.tr();
    let title = tr.t(id::CITY_ORGS_TITLE);
    let body = html! {
        h1 { (title) }
        (city_nav(visitor, HERE))
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        @if let Some(alert) = &refusal.alert { div.alert role="alert" { (alert) } }
        p.lead { (tr.t(id::CITY_ORGS_LEAD)) }
        section aria-labelledby="pending-heading" {
            h2 id="pending-heading" { (tr.t(id::CITY_ORGS_PENDING)) }
            @if queue.pending.is_empty() {
                p { (tr.t(id::CITY_ORGS_NONE_PENDING)) }
            } @else {
                ul.org-queue { @for org in &queue.pending { (card(visitor, org, refusal)) } }
            }
            @if let Some(next) = queue.next {
                p.pager { a href=(format!("{HERE}?after={next}")) { (tr.t(id::CITY_ORGS_NEXT_PAGE)) } }
            }
        }
        section aria-labelledby="decided-heading" {
            h2 id="decided-heading" { (tr.t(id::CITY_ORGS_DECIDED)) }
            @if queue.decided.is_empty() {
                p { (tr.t(id::CITY_ORGS_NONE_DECIDED)) }
            } @else {
                ul.org-queue { @for org in &queue.decided { (card(visitor, org, refusal)) } }
            }
        }
    };
    visitor.html(status, layout::page(visitor, &title, body).into_string())
}

async fn queue(state: &AppState, user: Uuid, after: Option<Uuid>) -> Result<ReviewQueue, ApiError> {
    db::run(&state.db, move |conn| {
        organizations::review_queue(conn, user, after, PAGE)
    })
    .await
}

async fn list(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let query = FormData::from_query(req.query_string().as_bytes());
    let after = match query.text("after") {
        None => None,
        Some(raw) => Some(raw.parse::<Uuid>().map_err(|_| PageError::Api {
            lang: visitor.lang,
            error: ApiError::invalid_field("after", "must be an organisation's id"),
        })?),
    };
    let queue = queue(&state, user, after).await.or_page(visitor.lang)?;
    Ok(render(
        &visitor,
        &req,
        &queue,
        &Refusal::default(),
        StatusCode::OK,
    ))
}

/// The key of `conflict` the page's message is chosen by.
fn conflict_key(conflict: ReviewConflict) -> &'static str {
    match conflict {
        ReviewConflict::AlreadyVerified => "already-verified",
        ReviewConflict::AlreadyRejected => "already-rejected",
        ReviewConflict::VerifiedCannotBeRejected => "verified-cannot-be-rejected",
    }
}

/// `verify` or `reject` (`POST /city/organizations/{id}/{decision}`), as
/// the API's handlers do; a decision someone took first is the page again
/// with the reason in words (409).
async fn decide(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = FormData::signed_in(&visitor, &req, &body, |_| HERE.to_owned())?;
    let lang = visitor.lang;
    let (raw_id, action) = path.into_inner();
    let id = parse_id(visitor.lang, &raw_id)?;
    let decision = match action.as_str() {
        "verify" => Review::Verify,
        "reject" => Review::Reject,
        _ => {
            return Err(PageError::Api {
                lang,
                error: ApiError::NotFound("No such decision".into()),
            });
        }
    };
    let mut refusal = Refusal::default();
    let reason = match decision {
        Review::Verify => None,
        Review::Reject => {
            let typed = form.get("reason").unwrap_or_default().to_owned();
            match (RejectRequest {
                reason: typed.clone(),
            })
            .parse()
            {
                Ok(reason) => Some(reason),
                Err(ApiError::Validation(_)) => {
                    let message = visitor.tr().t(id::CITY_REJECT_REASON_INVALID);
                    // The field may be far down the page: the alert leads to it.
                    refusal.alert = Some(html! { a href=(format!("#reason-{id}")) { (message) } });
                    refusal.reason = Some((id, typed, message));
                    let queue = queue(&state, user, None).await.or_page(lang)?;
                    return Ok(render(
                        &visitor,
                        &req,
                        &queue,
                        &refusal,
                        StatusCode::UNPROCESSABLE_ENTITY,
                    ));
                }
                Err(error) => return Err(PageError::Api { lang, error }),
            }
        }
    };
    let now = Utc::now();
    let outbox = state.email_outbox;
    let decided = db::transaction(&state.db, move |conn| {
        organizations::review(conn, outbox, id, user, decision, reason.as_ref(), now)
    })
    .await;
    match decided {
        Ok(_) => Ok(see_other(match decision {
            Review::Verify => "/city/organizations?done=verified",
            Review::Reject => "/city/organizations?done=rejected",
        })),
        Err(ApiError::Conflict { .. }) => {
            let current = db::run(&state.db, move |conn| organizations::status_of(conn, id))
                .await
                .or_page(lang)?;
            if let Err(conflict) = current.review(decision) {
                refusal.alert = Some(
                    html! { (visitor.tr().of(id::CITY_REVIEW_CONFLICT, conflict_key(conflict))) },
                );
            }
            let queue = queue(&state, user, None).await.or_page(lang)?;
            Ok(render(
                &visitor,
                &req,
                &queue,
                &refusal,
                StatusCode::CONFLICT,
            ))
        }
        Err(error) => Err(PageError::Api { lang, error }),
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(HERE, web::get().to(list)).route(
        "/city/organizations/{id}/{decision}",
        web::post().to(decide),
    );
}

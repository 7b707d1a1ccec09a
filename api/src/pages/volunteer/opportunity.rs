//! `GET /opportunities/{id}`: an opportunity as the API shows it to the
//! visitor (`opportunities::read_visible`), its shifts with free places and
//! the waitlist, the place on OpenStreetMap, and a sign-up form per shift;
//! `POST /shifts/{id}/sign-up` signs up (`applications::sign_up`).

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::Utc;
use hop_domain::texts::{FluentValue, id};
use maud::html;
use uuid::Uuid;

use super::{refused, shift_time, taxonomy};
use crate::pages::form::parse_id;
use crate::{
    applications::{
        self,
        store::{ApplicationSummaryRow, ListFilter},
    },
    db::{self, worker_reads::WorkerReads},
    opportunities::{self, model::Opportunity},
    organizations,
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        layout::{self, csrf_field},
        session::{Visitor, see_other},
    },
    shifts::store::{self as shifts, ShiftRow},
    state::AppState,
};

/// The outcomes of a sign-up, shown after the redirect.
const NOTICES: &[(&str, &str)] = &[
    ("confirmed", id::VOL_SIGNED_UP_CONFIRMED),
    ("pending", id::VOL_SIGNED_UP_PENDING),
    ("waitlisted", id::VOL_SIGNED_UP_WAITLISTED),
];

/// What the page shows besides the opportunity.
struct Details {
    organization: String,
    shifts: Vec<ShiftRow>,
    /// The visitor's live sign-ups, by shift.
    mine: HashMap<Uuid, ApplicationSummaryRow>,
    /// Skill labels in the page's language, by id.
    skill_labels: HashMap<Uuid, String>,
}

fn osm_link(lat: f64, lon: f64) -> String {
    format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=16/{lat:.5}/{lon:.5}")
}

async fn render(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    reads: &WorkerReads,
    opportunity: Uuid,
    alert: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let lang = visitor.lang;
    let tr = visitor.tr();
    let user = visitor.user.as_ref().map(|user| user.id);
    let opportunity: Opportunity = opportunities::read_visible(reads, &state.db, opportunity, user)
        .await
        .or_page(lang)?;
    let (organization_id, id) = (opportunity.organization_id, opportunity.id);
    let details = db::run(&state.db, move |conn| {
        // The API's `GET /opportunities/{id}/shifts`: visible, then listed.
        opportunities::visible(conn, id, user)?;
        let now = Utc::now();
        let shifts: Vec<ShiftRow> = shifts::list_for_opportunity(conn, id, None, 100)?
            .into_iter()
            .filter(|shift| shift.starts_at > now)
            .collect();
        let organization = organizations::store::names_of(conn, &[organization_id])?
            .into_iter()
            .next()
            .map(|(_, name)| name)
            .unwrap_or_default();
        let mine = match user {
            Some(user) => applications::store::list(
                conn,
                &ListFilter {
                    opportunity: Some(id),
                    volunteer: Some(user),
                    shift: None,
                    status: None,
                    upcoming: Some(true),
                    now,
                },
                None,
                100,
            )?
            .into_iter()
            .filter(|row| applications::store::LIVE.contains(&row.application.status.as_str()))
            .map(|row| (row.application.shift_id, row))
            .collect(),
            None => HashMap::new(),
        };
        let skill_labels = taxonomy(conn, true)?
            .into_iter()
            .map(|skill| (skill.id, skill.labels().pick(lang).1.to_owned()))
            .collect();
        Ok(Details {
            organization,
            shifts,
            mine,
            skill_labels,
        })
    })
    .await
    .or_page(lang)?;
    let title = opportunity.title.clone();
    let skill = |skill_id: &Uuid| {
        details
            .skill_labels
            .get(skill_id)
            .cloned()
            .unwrap_or_default()
    };
    let sign_in = format!(
        "/sign-in?{}",
        form_urlencoded::Serializer::new(String::new())
            .append_pair("next", &format!("/opportunities/{}", opportunity.id))
            .finish()
    );
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        @if let Some(alert) = &alert { div.alert role="alert" { (alert) } }
        h1 { (title) }
        p.lead { (details.organization) }
        p {
            span.tag { (tr.of(id::VOL_CAUSE, opportunity.cause.as_str())) }
            " "
            span.tag { (tr.with(id::VOL_MIN_AGE, &[("age", FluentValue::from(opportunity.min_age))])) }
            @if opportunity.requires_review { " " span.tag { (tr.t(id::VOL_REQUIRES_REVIEW)) } }
            @if opportunity.works_with_children { " " span.tag { (tr.t(id::VOL_WORKS_WITH_CHILDREN)) } }
        }
        @for paragraph in opportunity.description.split("\n\n").filter(|p| !p.trim().is_empty()) {
            p { (paragraph) }
        }
        h2 { (tr.t(id::VOL_WHERE)) }
        @if opportunity.remote {
            p { (tr.t(id::VOL_REMOTE)) }
        }
        @if let Some(location) = &opportunity.location {
            @if let Some(address) = &location.address { p { (address) } }
            p { a href=(osm_link(location.lat, location.lon)) rel="noopener noreferrer" { (tr.t(id::VOL_MAP_LINK)) } }
        }
        @if !opportunity.required_skills.is_empty() || !opportunity.preferred_skills.is_empty() || !opportunity.languages.is_empty() {
            h2 { (tr.t(id::VOL_WHAT_IT_TAKES)) }
            ul {
                @for need in &opportunity.required_skills {
                    li { (tr.with(id::VOL_SKILL_REQUIRED, &[("skill", FluentValue::from(skill(&need.skill_id))), ("level", FluentValue::from(need.min_level))])) }
                }
                @for need in &opportunity.preferred_skills {
                    li { (tr.with(id::VOL_SKILL_PREFERRED, &[("skill", FluentValue::from(skill(&need.skill_id))), ("level", FluentValue::from(need.min_level))])) }
                }
                @for need in &opportunity.languages {
                    li { (tr.with(id::VOL_LANGUAGE_NEEDED, &[("language", FluentValue::from(tr.of(id::VOL_LANGUAGE_NAME, need.code.as_str()))), ("level", FluentValue::from(need.min_level.as_str()))])) }
                }
            }
        }
        h2 id="shifts-heading" { (tr.t(id::VOL_SHIFTS)) }
        @if details.shifts.is_empty() {
            p { (tr.t(id::VOL_NO_UPCOMING_SHIFT)) }
        } @else {
            ul.cards aria-labelledby="shifts-heading" {
                @for shift in &details.shifts {
                    @let when_id = format!("shift-{}", shift.id);
                    @let free = (shift.capacity - shift.confirmed_count).max(0);
                    li.card {
                        h3 id=(when_id) { (shift_time(tr, shift.starts_at, shift.ends_at)) }
                        p { (tr.with(id::VOL_FREE_PLACES_OF, &[("count", FluentValue::from(free)), ("capacity", FluentValue::from(shift.capacity))])) }
                        @if shift.waitlist_count > 0 {
                            p { (tr.with(id::VOL_WAITLIST, &[("count", FluentValue::from(shift.waitlist_count))])) }
                        }
                        @if let Some(mine) = details.mine.get(&shift.id) {
                            p {
                                span class=(format!("status-{}", mine.application.status)) { (tr.of(id::VOL_STATUS, mine.application.status.as_str())) }
                                " · "
                                a href="/me/shifts" { (tr.t(id::VOL_SEE_MY_SHIFTS)) }
                            }
                        } @else if visitor.user.is_some() {
                            form method="post" action=(format!("/shifts/{}/sign-up", shift.id)) {
                                (csrf_field(visitor))
                                input type="hidden" name="opportunity" value=(opportunity.id);
                                button type="submit" aria-describedby=(when_id) {
                                    @if free > 0 { (tr.t(id::VOL_SIGN_UP)) } @else { (tr.t(id::VOL_JOIN_WAITLIST)) }
                                }
                            }
                        } @else {
                            p { a.button href=(sign_in) { (tr.t(id::VOL_SIGN_IN_TO_SIGN_UP)) } }
                        }
                    }
                }
            }
        }
        p { a href="/opportunities" { (tr.t(id::VOL_BACK_TO_SEARCH)) } }
    };
    Ok(visitor.html(status, layout::page(visitor, &title, body).into_string()))
}

async fn show(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    reads: web::Data<WorkerReads>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = parse_id(visitor.lang, &path)?;
    render(&visitor, &req, &state, &reads, id, None, StatusCode::OK).await
}

async fn sign_up(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    reads: web::Data<WorkerReads>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    // Signed out: sign in first, then back to the opportunity to press again.
    let (_, volunteer) = FormData::signed_in(&visitor, &req, &body, |form| {
        form.text("opportunity")
            .and_then(|raw| Uuid::parse_str(raw).ok())
            .map_or_else(
                || "/opportunities".to_owned(),
                |id| format!("/opportunities/{id}"),
            )
    })?;
    let shift = parse_id(visitor.lang, &path)?;
    let outbox = state.email_outbox;
    let signed_up = db::transaction(&state.db, move |conn| {
        applications::sign_up(conn, outbox, shift, volunteer, Utc::now())
    })
    .await;
    let opportunity = db::run(&state.db, move |conn| Ok(shifts::find(conn, shift)?))
        .await
        .or_page(visitor.lang)?
        .map(|shift| shift.opportunity_id);
    match (signed_up, opportunity) {
        (Ok(application), Some(opportunity)) => Ok(see_other(&format!(
            "/opportunities/{opportunity}?done={}",
            application.status
        ))),
        (Err(error), Some(opportunity)) => {
            let alert = refused(&visitor, error)?;
            render(
                &visitor,
                &req,
                &state,
                &reads,
                opportunity,
                Some(alert),
                StatusCode::CONFLICT,
            )
            .await
        }
        (Err(error), None) => Err(PageError::Api {
            lang: visitor.lang,
            error,
        }),
        (Ok(_), None) => Err(PageError::internal("a shift signed up for is gone")),
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/opportunities/{id}", web::get().to(show))
        .route("/shifts/{id}/sign-up", web::post().to(sign_up));
}

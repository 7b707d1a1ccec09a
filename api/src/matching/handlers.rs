//! HTTP handlers of matching: `GET /me/matches` for the volunteer,
//! `GET /opportunities/{id}/candidates` for the organisation's members.

use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::Utc;
use uuid::Uuid;

use super::{
    index::MatchingIndex,
    model::{Candidate, CandidatesQuery, MatchesQuery, OpportunityMatch},
};
use crate::{
    auth::AuthUser,
    content_language::{accept_language, localized},
    db,
    error::responses::OpportunityNotFound,
    error::responses::Unauthorized,
    error::{ApiError, Problem},
    pagination::Page,
    query::Query,
    state::AppState,
};

/// The caller's best matches: published opportunities with an open shift
/// they may take, best first.
///
/// Hard requirements exclude (required skills and languages at their levels,
/// age and a minor's guardian consent on the shift's day, the place within
/// the profile's `max_distance_km` unless remote, a free place in a shift at
/// least half inside the weekly availability, not signed up yet); six
/// factors score 0–100, each reason in the language of `lang` or
/// `Accept-Language`. See `docs/matching.md` for the weights.
#[utoipa::path(
    tag = "matching",
    operation_id = "list_my_matches",
    security(("bearer" = [])),
    params(
        MatchesQuery,
        ("Accept-Language" = Option<String>, Header, description = "The language of the reasons' `detail`; `lang` overrides it", example = "pl-PL, pl;q=0.9, en;q=0.5"),
    ),
    responses(
        (status = 200, description = "A page of matches, best first", body = Page<OpportunityMatch>,
            headers(("Content-Language" = String, description = "The language of the reasons' `detail`"))),
        (status = 401, response = Unauthorized),
        (status = 409, description = "The caller has no volunteer profile yet", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A parameter is invalid (`cause`, `to`, `lang`, `limit`, `cursor`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/matches")]
pub async fn matches(
    req: HttpRequest,
    state: web::Data<AppState>,
    index: web::Data<MatchingIndex>,
    user: AuthUser,
    query: Query<MatchesQuery>,
) -> Result<HttpResponse, ApiError> {
    let parsed = query.into_inner().parse(accept_language(&req).as_deref())?;
    let lang = parsed.lang;
    let since = std::time::Instant::now();
    let index = index.into_inner();
    super::catch_up(&state.db, &index, since).await?;
    // The caller's own profile is read here: on the primary, so a change
    // just made shows in the matches.
    let page = db::run(&state.db, move |conn| {
        super::matches_of(
            conn,
            &index,
            user.id,
            &parsed.filter,
            &parsed.page,
            lang,
            Utc::now(),
        )
    })
    .await?;
    Ok(localized(HttpResponse::Ok(), lang).json(page))
}

/// The best discoverable volunteers for an opportunity (its organisation's
/// members and city staff).
///
/// Each candidate shows only what a volunteer agreed to show by being
/// discoverable: display name, skills, languages, an age band and a distance
/// band; never the home, birth date or e-mail address. Those already signed
/// up for one of its shifts are marked `signed_up`. Ranked by the same
/// engine as `/me/matches`, against the opportunity's open shifts.
#[utoipa::path(
    tag = "matching",
    operation_id = "list_opportunity_candidates",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The opportunity"),
        CandidatesQuery,
        ("Accept-Language" = Option<String>, Header, description = "The language of the reasons' `detail`; `lang` overrides it", example = "de-DE, de;q=0.9"),
    ),
    responses(
        (status = 200, description = "A page of candidates, best first", body = Page<Candidate>,
            headers(("Content-Language" = String, description = "The language of the reasons' `detail`"))),
        (status = 401, response = Unauthorized),
        (status = 403, description = "The caller is not a member of the opportunity's organisation, or the organisation is not verified", body = Problem, content_type = "application/problem+json"),
        (status = 404, response = OpportunityNotFound),
        (status = 422, description = "A parameter is invalid (`lang`, `limit`, `cursor`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/opportunities/{id}/candidates")]
pub async fn candidates(
    req: HttpRequest,
    state: web::Data<AppState>,
    index: web::Data<MatchingIndex>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: Query<CandidatesQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let parsed = query.into_inner().parse(accept_language(&req).as_deref())?;
    let lang = parsed.lang;
    let since = std::time::Instant::now();
    let index = index.into_inner();
    super::catch_up(&state.db, &index, since).await?;
    // The opportunity may be the caller's own, just written: the primary.
    let page = db::run(&state.db, move |conn| {
        let (row, viewer) = crate::opportunities::visible(conn, id, Some(user.id))?;
        let organization = crate::organizations::status_of(conn, row.organization_id)?;
        if !viewer.can_see_candidates(organization) {
            return Err(ApiError::Forbidden(
                "Only the members of a verified organisation, and city staff, see an \
                 opportunity's candidates; an organisation waiting for verification sees none",
            ));
        }
        super::candidates_of(conn, &index, &row, &parsed.page, lang, Utc::now())
    })
    .await?;
    Ok(localized(HttpResponse::Ok(), lang).json(page))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(matches).service(candidates);
}

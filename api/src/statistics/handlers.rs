//! HTTP handlers of the city's statistics.

use actix_web::{
    HttpRequest, HttpResponse, get,
    http::header::{
        self, CacheControl, CacheDirective, ContentDisposition, DispositionParam, DispositionType,
        ETag, EntityTag, IfNoneMatch, LastModified,
    },
    web,
};
use hop_domain::statistics::{
    Period,
    facts::{HoursGroup, VolunteerGroup},
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{
    model::{
        self, CsvTable, Format, GroupReader, Horizon, HourStats, HoursStatsQuery, Overview,
        PeriodQuery, PublicOverview, SkillStats, StatsQuery, VolunteerStats, VolunteerStatsQuery,
    },
    service::{current_month, staff_snapshot},
    snapshot::{Snapshot, Statistics},
};
use crate::{
    auth::AuthUser,
    certificates::handlers::prefers,
    error::ApiError,
    error::responses::{InvalidParameter, NotStaff, Unauthorized},
    query::Query,
    state::AppState,
};

/// The answer in `format`. No cache header: the security headers make
/// what staff read `no-store`, like every authenticated answer.
/// `Last-Modified` is when the facts were gathered (`as_of`), for the CSV
/// too, which has no other place to say it.
fn answer<T: Serialize>(
    format: Format,
    as_of: chrono::DateTime<chrono::Utc>,
    name: &str,
    body: &T,
    table: impl FnOnce(&T) -> CsvTable,
) -> Result<HttpResponse, ApiError> {
    let gathered = LastModified(std::time::SystemTime::from(as_of).into());
    match format {
        Format::Json => Ok(HttpResponse::Ok().insert_header(gathered).json(body)),
        Format::Csv { delimiter } => Ok(HttpResponse::Ok()
            .insert_header(gathered)
            .insert_header(ContentDisposition {
                disposition: DispositionType::Attachment,
                parameters: vec![DispositionParam::Filename(format!("{name}.csv"))],
            })
            .content_type("text/csv; charset=utf-8; header=present")
            .body(table(body).write(delimiter)?)),
    }
}

/// A staff statistic: the snapshot, the query read (with `group` its
/// grouping, for the statistics that take one), the table `build` makes and
/// the answer in the format asked (file name
/// `hop-<kind>[-<group_by>]-<from>-<to>.csv`).
#[allow(clippy::too_many_arguments)]
async fn serve<G: std::fmt::Display, B: Serialize>(
    req: &HttpRequest,
    state: &AppState,
    statistics: &Statistics,
    user: Uuid,
    query: StatsQuery,
    (kind, horizon): (&str, Horizon),
    group: Option<GroupReader<G>>,
    build: impl FnOnce(&Snapshot, Option<G>, Period, u64) -> Result<B, ApiError>,
    table: impl FnOnce(&B) -> CsvTable,
) -> Result<HttpResponse, ApiError> {
    let snapshot = staff_snapshot(state, statistics, user).await?;
    let request = query.parse(
        snapshot.facts.window,
        current_month(&snapshot),
        horizon,
        prefers(req, "text/csv", &["application/json"]),
        group,
    )?;
    let group_name = request
        .group_by
        .as_ref()
        .map(|group| format!("-{group}"))
        .unwrap_or_default();
    let name = format!(
        "hop-{kind}{group_name}-{}-{}",
        request.period.from, request.period.to
    );
    let body = build(
        &snapshot,
        request.group_by,
        request.period,
        statistics.min_count,
    )?;
    answer(request.format, snapshot.as_of, &name, &body, table)
}

/// `group`, which `parse` has read for a statistic that requires one.
fn required<G>(group: Option<G>) -> Result<G, ApiError> {
    group.ok_or_else(|| ApiError::invalid_field("group_by", "is required"))
}

/// The four statistics of city staff, served alike to the API's clients
/// and to the city office's pages (their CSV downloads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statistic {
    Overview,
    Volunteers,
    Hours,
    Skills,
}

impl Statistic {
    /// The statistic for `user` (city staff only), as `query` asks: its
    /// period, grouping and format.
    pub async fn serve(
        self,
        req: &HttpRequest,
        state: &AppState,
        statistics: &Statistics,
        user: Uuid,
        query: StatsQuery,
    ) -> Result<HttpResponse, ApiError> {
        match self {
            Self::Overview => {
                serve(
                    req,
                    state,
                    statistics,
                    user,
                    query,
                    ("overview", Horizon::PastYear),
                    None::<GroupReader<HoursGroup>>,
                    |snapshot, _, period, min| Ok(model::overview(snapshot, period, min)),
                    Overview::csv,
                )
                .await
            }
            Self::Volunteers => {
                serve(
                    req,
                    state,
                    statistics,
                    user,
                    query,
                    ("volunteers", Horizon::PastYear),
                    Some(VolunteerGroup::parse),
                    |snapshot, group, period, min| {
                        Ok(model::volunteer_stats(
                            snapshot,
                            required(group)?,
                            period,
                            min,
                        ))
                    },
                    VolunteerStats::csv,
                )
                .await
            }
            Self::Hours => {
                serve(
                    req,
                    state,
                    statistics,
                    user,
                    query,
                    ("hours", Horizon::PastYear),
                    Some(HoursGroup::parse),
                    |snapshot, group, period, min| {
                        Ok(model::hour_stats(snapshot, required(group)?, period, min))
                    },
                    HourStats::csv,
                )
                .await
            }
            Self::Skills => {
                serve(
                    req,
                    state,
                    statistics,
                    user,
                    query,
                    ("skills", Horizon::NextYear),
                    None::<GroupReader<HoursGroup>>,
                    |snapshot, _, period, min| Ok(model::skill_stats(snapshot, period, min)),
                    SkillStats::csv,
                )
                .await
            }
        }
    }
}

/// The city at a glance over a period: volunteers (registered, active),
/// organisations by kind and status, published opportunities by cause,
/// sign-ups by status, the fill rate of shifts and approved hours. City
/// staff only. JSON, or CSV with `Accept: text/csv` or `?format=csv`.
/// Counts of fewer than `min_count` people are suppressed; `as_of` says
/// when the facts were gathered.
#[utoipa::path(
    tag = "statistics",
    operation_id = "stats_overview",
    security(("bearer" = [])),
    params(PeriodQuery),
    responses(
        (status = 200, description = "The overview", content(
            (Overview = "application/json"),
            (String = "text/csv"),
        )),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotStaff),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/stats/overview")]
pub async fn overview(
    req: HttpRequest,
    state: web::Data<AppState>,
    statistics: web::Data<Statistics>,
    user: AuthUser,
    query: Query<PeriodQuery>,
) -> Result<HttpResponse, ApiError> {
    Statistic::Overview
        .serve(
            &req,
            &state,
            &statistics,
            user.id,
            query.into_inner().into(),
        )
        .await
}

/// Volunteers registered by the period's end and active in it (a confirmed
/// or attended sign-up, or approved hours), by age band, home country,
/// home city or language spoken. City staff only; JSON or CSV.
#[utoipa::path(
    tag = "statistics",
    operation_id = "stats_volunteers",
    security(("bearer" = [])),
    params(VolunteerStatsQuery),
    responses(
        (status = 200, description = "Volunteers by the group", content(
            (VolunteerStats = "application/json"),
            (String = "text/csv"),
        )),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotStaff),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/stats/volunteers")]
pub async fn volunteers(
    req: HttpRequest,
    state: web::Data<AppState>,
    statistics: web::Data<Statistics>,
    user: AuthUser,
    query: Query<VolunteerStatsQuery>,
) -> Result<HttpResponse, ApiError> {
    Statistic::Volunteers
        .serve(
            &req,
            &state,
            &statistics,
            user.id,
            query.into_inner().into(),
        )
        .await
}

/// Approved hours (after corrections) worked in the period, by month,
/// organisation or cause, with the people who worked them. City staff
/// only; JSON or CSV.
#[utoipa::path(
    tag = "statistics",
    operation_id = "stats_hours",
    security(("bearer" = [])),
    params(HoursStatsQuery),
    responses(
        (status = 200, description = "Hours by the group", content(
            (HourStats = "application/json"),
            (String = "text/csv"),
        )),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotStaff),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/stats/hours")]
pub async fn hours(
    req: HttpRequest,
    state: web::Data<AppState>,
    statistics: web::Data<Statistics>,
    user: AuthUser,
    query: Query<HoursStatsQuery>,
) -> Result<HttpResponse, ApiError> {
    Statistic::Hours
        .serve(
            &req,
            &state,
            &statistics,
            user.id,
            query.into_inner().into(),
        )
        .await
}

/// Skills supply (volunteers who have the skill) against demand (open
/// places requiring it in shifts starting in the period; by default the
/// current month and the eleven after it), the largest gap first. City
/// staff only; JSON or CSV.
#[utoipa::path(
    tag = "statistics",
    operation_id = "stats_skills",
    security(("bearer" = [])),
    params(PeriodQuery),
    responses(
        (status = 200, description = "Supply against demand", content(
            (SkillStats = "application/json"),
            (String = "text/csv"),
        )),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotStaff),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/stats/skills")]
pub async fn skills(
    req: HttpRequest,
    state: web::Data<AppState>,
    statistics: web::Data<Statistics>,
    user: AuthUser,
    query: Query<PeriodQuery>,
) -> Result<HttpResponse, ApiError> {
    Statistic::Skills
        .serve(
            &req,
            &state,
            &statistics,
            user.id,
            query.into_inner().into(),
        )
        .await
}

/// The open data, for anyone without signing in: verified organisations by
/// kind, published opportunities by cause and approved hours by month over
/// the last twelve months, suppressed like every statistic. Cacheable:
/// `ETag` (answer `If-None-Match` with 304) and `Cache-Control: public`
/// until the next gathering.
#[utoipa::path(
    tag = "statistics",
    operation_id = "stats_public_overview",
    params(("If-None-Match" = Option<String>, Header, description = "The `ETag` of an earlier answer: 304 while the data is the same")),
    responses(
        (status = 200, description = "The open data", body = PublicOverview,
            headers(
                ("ETag" = String, description = "A weak tag that changes when the data does"),
                ("Cache-Control" = String, description = "`public, max-age=` the seconds until the next gathering"),
                ("Last-Modified" = String, description = "When the facts were gathered (`as_of`)"),
            )),
        (status = 304, description = "Unchanged since the `ETag` sent in `If-None-Match`",
            headers(
                ("ETag" = String, description = "The tag of the data"),
                ("Cache-Control" = String, description = "As on the 200"),
            )),
    )
)]
#[get("/stats/public/overview")]
pub async fn public_overview(
    req: HttpRequest,
    state: web::Data<AppState>,
    statistics: web::Data<Statistics>,
) -> Result<HttpResponse, ApiError> {
    let snapshot = statistics.current(&state.db).await?;
    let current = current_month(&snapshot);
    let period =
        hop_domain::statistics::Period::within(current.plus(-11), current, snapshot.facts.window)
            .map_err(ApiError::internal)?;
    let body = model::public_overview(&snapshot, period, statistics.min_count);
    let json = serde_json::to_vec(&body).map_err(ApiError::internal)?;
    // The data, not when it was gathered, makes the tag: a new gathering of
    // the same facts keeps caches valid.
    let mut unstamped = body;
    unstamped.as_of = chrono::DateTime::UNIX_EPOCH;
    let digest = Sha256::digest(serde_json::to_vec(&unstamped).map_err(ApiError::internal)?);
    // Weak: bodies of one tag differ in `as_of`.
    let tag = EntityTag::new_weak(
        digest[..16]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect(),
    );
    let cache = CacheControl(vec![
        CacheDirective::Public,
        CacheDirective::MaxAge(statistics.max_age(&snapshot) as u32),
    ]);
    // A header that does not parse is ignored, as RFC 9110 lets a server do.
    let unchanged = match <IfNoneMatch as header::Header>::parse(&req) {
        Ok(IfNoneMatch::Any) => true,
        Ok(IfNoneMatch::Items(tags)) => tags.iter().any(|sent| sent.weak_eq(&tag)),
        Err(_) => false,
    };
    if unchanged {
        return Ok(HttpResponse::NotModified()
            .insert_header(ETag(tag))
            .insert_header(cache)
            .finish());
    }
    Ok(HttpResponse::Ok()
        .insert_header(ETag(tag))
        .insert_header(cache)
        .insert_header(LastModified(
            std::time::SystemTime::from(snapshot.as_of).into(),
        ))
        .content_type("application/json")
        .body(json))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(overview)
        .service(volunteers)
        .service(hours)
        .service(skills)
        .service(public_overview);
}

//! HTTP handlers of `/skills`: parse, authorise, call the store, answer.

use actix_web::{HttpRequest, HttpResponse, get, patch, post, web};
use uuid::Uuid;

use super::{
    model::{CreateSkillRequest, Skill, SkillListQuery, UpdateSkillRequest},
    not_found, require_staff,
    store::{self, ListFilter},
};
use crate::{
    auth::AuthUser,
    content_language::{accept_language, localized, response_lang},
    db,
    error::responses::{InvalidField, NotJson, NotStaff, Unauthorized},
    error::{ApiError, Problem},
    json::JsonBody,
    pagination::{Page, PageQuery},
    query::Query,
    state::AppState,
};

/// List the skills taxonomy, by slug.
///
/// Each skill's `label` is in the language `lang` names, or else the one
/// `Accept-Language` prefers (quality values count; `de-DE` means `de`),
/// or else English. A skill without a label in that language shows its
/// English one; `label_lang` says which it is, and `Content-Language` gives
/// the language the request asked for. Deprecated skills are left out
/// unless `include_deprecated=true`.
#[utoipa::path(
    tag = "skills",
    operation_id = "list_skills",
    params(
        SkillListQuery,
        PageQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred label languages, e.g. `lt;q=0.9, de-DE`; `lang` overrides it", example = "uk-UA, uk;q=0.9, en;q=0.5"),
    ),
    responses(
        (status = 200, description = "A page of skills", body = Page<Skill>,
            headers(("Content-Language" = String, description = "The language the labels were asked in"))),
        (status = 422, description = "A parameter is invalid (`lang`, `category`, `limit`, `cursor`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/skills")]
pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    query: Query<SkillListQuery>,
    page: Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let request = query
        .into_inner()
        .parse(&page, accept_language(&req).as_deref())?;
    let lang = request.lang;
    let page = db::run(&state.db, move |conn| {
        let filter = ListFilter {
            category: request.category.map(|category| category.as_str()),
            include_deprecated: request.include_deprecated,
        };
        let rows = store::list(
            conn,
            &filter,
            request.page.after.as_deref(),
            request.page.fetch_limit(),
        )?;
        Ok(request
            .page
            .finish(rows, |row| row.slug.clone(), |row| Skill::new(row, lang)))
    })
    .await?;
    Ok(localized(HttpResponse::Ok(), lang).json(page))
}

/// Add a skill to the taxonomy (city staff).
///
/// `labels` needs `pl` and `en`; `de`, `lt`, `lv` and `uk` are optional.
/// The answer's `label` follows `Accept-Language`.
#[utoipa::path(
    tag = "skills",
    operation_id = "create_skill",
    security(("bearer" = [])),
    request_body = CreateSkillRequest,
    responses(
        (status = 201, description = "The skill was added", body = Skill),
        (status = 400, response = NotJson),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotStaff),
        (status = 409, description = "A skill with this slug exists", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/skills")]
pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: AuthUser,
    body: JsonBody<CreateSkillRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let row = db::run(&state.db, move |conn| {
        require_staff(conn, user.id)?;
        let skill = body.parse()?;
        Ok(store::insert(conn, &skill)?)
    })
    .await?;
    let lang = response_lang(&req);
    Ok(localized(HttpResponse::Created(), lang).json(Skill::new(row, lang)))
}

/// Change a skill (city staff): its category, labels, or whether it is deprecated.
///
/// Absent fields stay as they are. In `labels`, a language given a text gets
/// it and a language given `null` loses its label (`pl` and `en` cannot).
/// Deprecating keeps the skill on existing profiles and opportunities but
/// hides it from new choices. The `slug` is stable: sending one is a 422.
#[utoipa::path(
    tag = "skills",
    operation_id = "update_skill",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The skill")),
    request_body = UpdateSkillRequest,
    responses(
        (status = 200, description = "The changed skill", body = Skill),
        (status = 400, response = NotJson),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotStaff),
        (status = 404, description = "No skill with this id", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid, or `slug` was sent", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/skills/{id}")]
pub async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<UpdateSkillRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let body = body.into_inner();
    let row = db::run(&state.db, move |conn| {
        require_staff(conn, user.id)?;
        let changes = body.parse()?;
        store::update(conn, id, &changes)?.ok_or_else(not_found)
    })
    .await?;
    let lang = response_lang(&req);
    Ok(localized(HttpResponse::Ok(), lang).json(Skill::new(row, lang)))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(list).service(create).service(update);
}

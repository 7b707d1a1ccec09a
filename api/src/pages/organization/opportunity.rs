//! The opportunity form: a new one for an organisation
//! (`/manage/organizations/{id}/opportunities/new`) and changes to one
//! (`/manage/opportunities/{id}/edit`), on `opportunities::{create, update}`
//! with the API's own parsing of the fields.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::Utc;
use hop_domain::{
    texts::{FluentValue, id},
    volunteering::{Cause, CefrLevel},
};
use maud::{Markup, html};
use uuid::Uuid;

use super::{FieldErrors, Refusal, alert, parse_id, posted};
use crate::{
    db,
    error::ApiError,
    opportunities::{
        self,
        model::{
            CreateOpportunityRequest, LanguageNeed, Opportunity, OpportunityLocation, SkillNeed,
            UpdateOpportunityRequest,
        },
    },
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        i18n::Tr,
        layout::{self, Input, csrf_field},
        session::{Visitor, see_other},
    },
    skills::store::{self as skills, SkillRow},
    state::AppState,
};

/// Rows of each list the form offers: the ones filled in, and at least one
/// empty one, up to this many.
const ROWS: usize = 3;

/// The languages the form offers (ISO 639-1): those Toruń's volunteers and
/// the people they help speak most.
const LANGUAGES: &[&str] = &[
    "pl", "en", "de", "uk", "ru", "be", "lt", "lv", "fr", "es", "it", "cs", "sk",
];

/// The form as typed (or as stored), with what is wrong with it.
#[derive(Default)]
struct OpportunityForm {
    title: String,
    description: String,
    cause: String,
    min_age: String,
    requires_review: bool,
    works_with_children: bool,
    remote: bool,
    address: String,
    lat: String,
    lon: String,
    required: Vec<(String, String)>,
    preferred: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    errors: FieldErrors,
    alert: Option<String>,
}

/// Rows of a list read from a form: more than any opportunity needs.
const MAX_ROWS: usize = 50;

/// The filled rows of the list `field`: its values with their levels.
fn rows(form: &FormData, field: &str) -> Vec<(String, String)> {
    let values = format!("{field}_value");
    let levels = format!("{field}_level");
    // The API takes at most MAX_NEEDS of each list; rows past that are
    // never read, so a stuffed form cannot make a huge page of selects.
    form.all(&values)
        .zip(form.all(&levels))
        .filter(|(value, _)| !value.trim().is_empty())
        .take(MAX_ROWS)
        .map(|(value, level)| (value.trim().to_owned(), level.trim().to_owned()))
        .collect()
}

/// A number as people type it: a decimal comma is a point.
fn number(raw: &str) -> Option<f64> {
    raw.trim()
        .replace(',', ".")
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite())
}

/// The form's fields as the API's body would carry them.
struct Parsed {
    min_age: Option<i64>,
    location: Option<OpportunityLocation>,
    required: Vec<SkillNeed>,
    preferred: Vec<SkillNeed>,
    languages: Vec<LanguageNeed>,
}

impl OpportunityForm {
    fn from_form(form: &FormData) -> Self {
        let value = |name| form.get(name).unwrap_or_default().to_owned();
        Self {
            title: value("title"),
            description: value("description"),
            cause: value("cause"),
            min_age: value("min_age"),
            requires_review: form.checked("requires_review"),
            works_with_children: form.checked("works_with_children"),
            remote: form.checked("remote"),
            address: value("address"),
            lat: value("lat"),
            lon: value("lon"),
            required: rows(form, "required_skills"),
            preferred: rows(form, "preferred_skills"),
            languages: rows(form, "languages"),
            ..Self::default()
        }
    }

    fn from_opportunity(opportunity: &Opportunity) -> Self {
        let skills = |needs: &[SkillNeed]| {
            needs
                .iter()
                .map(|need| (need.skill_id.to_string(), need.min_level.to_string()))
                .collect()
        };
        let location = opportunity.location.as_ref();
        Self {
            title: opportunity.title.clone(),
            description: opportunity.description.clone(),
            cause: opportunity.cause.clone(),
            min_age: opportunity.min_age.to_string(),
            requires_review: opportunity.requires_review,
            works_with_children: opportunity.works_with_children,
            remote: opportunity.remote,
            address: location.and_then(|l| l.address.clone()).unwrap_or_default(),
            lat: location.map(|l| l.lat.to_string()).unwrap_or_default(),
            lon: location.map(|l| l.lon.to_string()).unwrap_or_default(),
            required: skills(&opportunity.required_skills),
            preferred: skills(&opportunity.preferred_skills),
            languages: opportunity
                .languages
                .iter()
                .map(|need| (need.code.clone(), need.min_level.clone()))
                .collect(),
            ..Self::default()
        }
    }

    /// What the API's parsing cannot see: numbers and ids that are not
    /// numbers and ids. Errors are collected on `self`.
    fn parse(&mut self, tr: Tr) -> Parsed {
        let min_age = match self.min_age.trim() {
            "" => None,
            raw => match raw.parse() {
                Ok(age) => Some(age),
                Err(_) => {
                    self.errors.add(tr, "min_age");
                    None
                }
            },
        };
        let location = match (self.lat.trim(), self.lon.trim()) {
            ("", "") => None,
            (lat, lon) => match (number(lat), number(lon)) {
                (Some(lat), Some(lon)) => Some(OpportunityLocation {
                    lat,
                    lon,
                    address: Some(self.address.trim().to_owned()).filter(|a| !a.is_empty()),
                }),
                (lat, lon) => {
                    if lat.is_none() {
                        self.errors.add(tr, "lat");
                    }
                    if lon.is_none() {
                        self.errors.add(tr, "lon");
                    }
                    None
                }
            },
        };
        let mut skills = |rows: &[(String, String)], field: &str| -> Vec<SkillNeed> {
            rows.iter()
                .filter_map(|(skill, level)| match (skill.parse(), level.parse()) {
                    (Ok(skill_id), Ok(min_level)) => Some(SkillNeed {
                        skill_id,
                        min_level,
                    }),
                    _ => {
                        self.errors.add(tr, field);
                        None
                    }
                })
                .collect()
        };
        let required = skills(&self.required, "required_skills");
        let preferred = skills(&self.preferred, "preferred_skills");
        let languages = self
            .languages
            .iter()
            .map(|(code, level)| LanguageNeed {
                code: code.clone(),
                min_level: level.clone(),
            })
            .collect();
        Parsed {
            min_age,
            location,
            required,
            preferred,
            languages,
        }
    }

    /// The services' refusal, with the fields this form found wrong itself.
    fn refused(&mut self, refusal: Refusal) {
        self.alert = Some(refusal.alert);
        let found = std::mem::replace(&mut self.errors, refusal.fields);
        self.errors.merge(found);
    }
}

/// Where the form is sent and what it is for.
enum Target {
    New { organization: Uuid },
    Edit { opportunity: Uuid },
}

/// The rows of one list of the form (skills or languages): a select of the
/// value and one of its level per row, in a fieldset that names its error.
struct ListRows<'a> {
    field: &'a str,
    legend: &'a str,
    label: &'a str,
    level_label: &'a str,
    chosen: &'a [(String, String)],
    error: Option<String>,
}

impl ListRows<'_> {
    fn render(&self, tr: Tr, options: &[(String, String)], levels: &[(String, String)]) -> Markup {
        let error_id = format!("{}-error", self.field);
        let shown = (self.chosen.len() + 1).clamp(1, ROWS.max(self.chosen.len()));
        html! {
            fieldset aria-describedby=[self.error.as_ref().map(|_| error_id.as_str())] {
                legend { (tr.t(self.legend)) }
                @for n in 0..shown {
                    @let (chosen, level) = self.chosen.get(n).cloned().unwrap_or_default();
                    @let number = FluentValue::from(n + 1);
                    @let value_id = format!("{}-{n}", self.field);
                    @let level_id = format!("{}-level-{n}", self.field);
                    div.grid-2 {
                        div.field {
                            label for=(value_id) { (tr.with(self.label, &[("n", number.clone())])) }
                            select id=(value_id) name=(format!("{}_value", self.field)) {
                                option value="" { (tr.t(id::ORG_NONE_CHOSEN)) }
                                @if !chosen.is_empty() && !options.iter().any(|(value, _)| *value == chosen) {
                                    option value=(chosen) selected { (chosen) }
                                }
                                @for (value, text) in options {
                                    option value=(value) selected[*value == chosen] { (text) }
                                }
                            }
                        }
                        div.field {
                            label for=(level_id) { (tr.with(self.level_label, &[("n", number)])) }
                            select id=(level_id) name=(format!("{}_level", self.field)) {
                                @for (value, text) in levels {
                                    option value=(value) selected[*value == level] { (text) }
                                }
                            }
                        }
                    }
                }
                @if let Some(error) = &self.error { p.error id=(error_id) { (error) } }
            }
        }
    }
}

fn checkbox(name: &str, label: String, checked: bool) -> Markup {
    let field_id = format!("field-{name}");
    html! {
        div.check {
            input id=(field_id) type="checkbox" name=(name) value="on" checked[checked];
            label for=(field_id) { (label) }
        }
    }
}

fn render(
    visitor: &Visitor,
    target: &Target,
    skills: &[SkillRow],
    form: &OpportunityForm,
    code: StatusCode,
) -> HttpResponse {
    let tr = visitor.tr();
    let (title, action) = match target {
        Target::New { organization } => (
            tr.t(id::ORG_OPPORTUNITY_NEW_TITLE),
            format!("/manage/organizations/{organization}/opportunities/new"),
        ),
        Target::Edit { opportunity } => (
            tr.t(id::ORG_OPPORTUNITY_EDIT_TITLE),
            format!("/manage/opportunities/{opportunity}/edit"),
        ),
    };
    let skill_options: Vec<(String, String)> = skills
        .iter()
        .map(|skill| {
            (
                skill.id.to_string(),
                skill.labels().pick_text(visitor.lang).1.to_string(),
            )
        })
        .collect();
    let skill_levels: Vec<(String, String)> = (1..=3)
        .map(|level| (level.to_string(), tr.of(id::ORG_SKILL_LEVEL, level)))
        .collect();
    let language_options: Vec<(String, String)> = LANGUAGES
        .iter()
        .map(|code| ((*code).to_owned(), tr.of(id::ORG_LANGUAGE_NAME, *code)))
        .collect();
    let cefr_levels: Vec<(String, String)> = CefrLevel::ALL
        .iter()
        .map(|level| (level.as_str().to_owned(), level.as_str().to_owned()))
        .collect();
    let body = html! {
        h1 { (title) }
        (alert(form.alert.clone()))
        form.stack method="post" action=(action) novalidate {
            (csrf_field(visitor))
            (Input::new("title", tr.t(id::ORG_FIELD_TITLE), &form.title).required().error(form.errors.get("title")).render())
            (Input::new("description", tr.t(id::ORG_FIELD_DESCRIPTION), &form.description).kind("textarea").error(form.errors.get("description")).render())
            div.field {
                label for="field-cause" { (tr.t(id::ORG_FIELD_CAUSE)) }
                select id="field-cause" name="cause" required
                    aria-invalid=[form.errors.get("cause").map(|_| "true")]
                    aria-describedby=[form.errors.get("cause").map(|_| "field-cause-error")] {
                    @for cause in Cause::ALL {
                        option value=(cause.as_str()) selected[form.cause == cause.as_str()] { (tr.of(id::ORG_CAUSE, cause.as_str())) }
                    }
                }
                @if let Some(error) = form.errors.get("cause") { p.error id="field-cause-error" { (error) } }
            }
            (Input::new("min_age", tr.t(id::ORG_FIELD_MIN_AGE), &form.min_age).kind("number").hint(tr.t(id::ORG_FIELD_MIN_AGE_HINT)).error(form.errors.get("min_age")).render())
            fieldset {
                legend { (tr.t(id::ORG_FIELD_RULES)) }
                (checkbox("requires_review", tr.t(id::ORG_FIELD_REQUIRES_REVIEW), form.requires_review))
                (checkbox("works_with_children", tr.t(id::ORG_FIELD_WORKS_WITH_CHILDREN), form.works_with_children))
                (checkbox("remote", tr.t(id::ORG_FIELD_REMOTE), form.remote))
            }
            fieldset {
                legend { (tr.t(id::ORG_FIELD_PLACE)) }
                p.hint { (tr.t(id::ORG_FIELD_PLACE_HINT)) }
                (Input::new("address", tr.t(id::ORG_FIELD_ADDRESS), &form.address).autocomplete("street-address").error(form.errors.get("address")).render())
                div.grid-2 {
                    (Input::new("lat", tr.t(id::ORG_FIELD_LAT), &form.lat).error(form.errors.get("lat").or_else(|| form.errors.get("location"))).render())
                    (Input::new("lon", tr.t(id::ORG_FIELD_LON), &form.lon).error(form.errors.get("lon")).render())
                }
            }
            (ListRows { field: "required_skills", legend: id::ORG_FIELD_REQUIRED_SKILLS, label: id::ORG_FIELD_REQUIRED_SKILL_N, level_label: id::ORG_FIELD_REQUIRED_LEVEL_N, chosen: &form.required, error: form.errors.get("required_skills") }.render(tr, &skill_options, &skill_levels))
            (ListRows { field: "preferred_skills", legend: id::ORG_FIELD_PREFERRED_SKILLS, label: id::ORG_FIELD_PREFERRED_SKILL_N, level_label: id::ORG_FIELD_PREFERRED_LEVEL_N, chosen: &form.preferred, error: form.errors.get("preferred_skills") }.render(tr, &skill_options, &skill_levels))
            (ListRows { field: "languages", legend: id::ORG_FIELD_LANGUAGES, label: id::ORG_FIELD_LANGUAGE_N, level_label: id::ORG_FIELD_LANGUAGE_LEVEL_N, chosen: &form.languages, error: form.errors.get("languages") }.render(tr, &language_options, &cefr_levels))
            div.actions { button type="submit" { (tr.t(id::ORG_OPPORTUNITY_SAVE)) } }
        }
    };
    visitor.html(code, layout::page(visitor, &title, body).into_string())
}

async fn all_skills(state: &AppState, visitor: &Visitor) -> Result<Vec<SkillRow>, PageError> {
    let lang = visitor.lang;
    let mut rows = db::run(&state.db, move |conn| {
        Ok(skills::list(
            conn,
            &skills::ListFilter::default(),
            None,
            1000,
        )?)
    })
    .await
    .or_page(lang)?;
    rows.sort_by(|a, b| {
        a.labels()
            .pick_text(lang)
            .1
            .to_lowercase()
            .cmp(&b.labels().pick_text(lang).1.to_lowercase())
    });
    Ok(rows)
}

async fn new_form(
    visitor: Visitor,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let organization = parse_id(visitor.lang, &path)?;
    db::run(&state.db, move |conn| {
        let (_, viewer) = crate::organizations::for_members(conn, organization, user)?;
        member_only(viewer)
    })
    .await
    .or_page(visitor.lang)?;
    let skills = all_skills(&state, &visitor).await?;
    let form = OpportunityForm {
        cause: Cause::Community.as_str().to_owned(),
        min_age: "13".to_owned(),
        ..OpportunityForm::default()
    };
    Ok(render(
        &visitor,
        &Target::New { organization },
        &skills,
        &form,
        StatusCode::OK,
    ))
}

/// Staff may look at an organisation's pages; only its members change it.
fn member_only(viewer: hop_domain::organization::Viewer) -> Result<(), ApiError> {
    if viewer.can_edit() {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "Only the organisation's members manage its opportunities",
        ))
    }
}

/// `POST /manage/organizations/{id}/opportunities/new`: as
/// `POST /organizations/{id}/opportunities`.
async fn create(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let organization = parse_id(visitor.lang, &path)?;
    let tr = visitor.tr();
    let mut page = OpportunityForm::from_form(&form);
    let parsed = page.parse(tr);
    let request = CreateOpportunityRequest {
        title: page.title.clone(),
        description: Some(page.description.clone()),
        cause: page.cause.clone(),
        min_age: parsed.min_age,
        requires_review: Some(page.requires_review),
        works_with_children: Some(page.works_with_children),
        remote: Some(page.remote),
        location: parsed.location,
        required_skills: Some(parsed.required),
        preferred_skills: Some(parsed.preferred),
        languages: Some(parsed.languages),
    };
    let created = match (page.errors.is_empty(), request.parse(organization, user)) {
        (true, Ok((row, needs))) => {
            db::transaction(&state.db, move |conn| {
                opportunities::create(conn, organization, user, &row, needs)
            })
            .await
        }
        (_, Ok(_)) => Err(ApiError::Validation(Vec::new())),
        (_, Err(error)) => Err(error),
    };
    match created {
        Ok(opportunity) => Ok(see_other(&format!(
            "/manage/opportunities/{}?done=created",
            opportunity.id
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let code = refusal.code;
            page.refused(refusal);
            let skills = all_skills(&state, &visitor).await?;
            Ok(render(
                &visitor,
                &Target::New { organization },
                &skills,
                &page,
                code,
            ))
        }
    }
}

async fn edit_form(
    visitor: Visitor,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let opportunity = parse_id(visitor.lang, &path)?;
    let current = db::run(&state.db, move |conn| {
        let (row, viewer) = opportunities::visible(conn, opportunity, Some(user))?;
        member_only(viewer)?;
        opportunities::with_needs(conn, row)
    })
    .await
    .or_page(visitor.lang)?;
    let skills = all_skills(&state, &visitor).await?;
    Ok(render(
        &visitor,
        &Target::Edit { opportunity },
        &skills,
        &OpportunityForm::from_opportunity(&current),
        StatusCode::OK,
    ))
}

/// `POST /manage/opportunities/{id}/edit`: as `PATCH /opportunities/{id}`
/// with every field.
async fn update(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let opportunity = parse_id(visitor.lang, &path)?;
    let tr = visitor.tr();
    let mut page = OpportunityForm::from_form(&form);
    let parsed = page.parse(tr);
    let request = UpdateOpportunityRequest {
        title: Some(page.title.clone()),
        description: Some(page.description.clone()),
        cause: Some(page.cause.clone()),
        // Left empty, the age stays as it was (never quietly lowered).
        min_age: parsed.min_age,
        requires_review: Some(page.requires_review),
        works_with_children: Some(page.works_with_children),
        remote: Some(page.remote),
        location: Some(parsed.location),
        required_skills: Some(parsed.required),
        preferred_skills: Some(parsed.preferred),
        languages: Some(parsed.languages),
        status: None,
    };
    let now = Utc::now();
    let outbox = state.email_outbox;
    let updated = match (page.errors.is_empty(), request.parse(now)) {
        (true, Ok(update)) => {
            db::transaction(&state.db, move |conn| {
                opportunities::update(conn, outbox, opportunity, user, update, now)
            })
            .await
        }
        (_, Ok(_)) => Err(ApiError::Validation(Vec::new())),
        (_, Err(error)) => Err(error),
    };
    match updated {
        Ok(_) => Ok(see_other(&format!(
            "/manage/opportunities/{opportunity}?done=saved"
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let code = refusal.code;
            page.refused(refusal);
            let skills = all_skills(&state, &visitor).await?;
            Ok(render(
                &visitor,
                &Target::Edit { opportunity },
                &skills,
                &page,
                code,
            ))
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/manage/organizations/{id}/opportunities/new",
        web::get().to(new_form),
    )
    .route(
        "/manage/organizations/{id}/opportunities/new",
        web::post().to(create),
    )
    .route("/manage/opportunities/{id}/edit", web::get().to(edit_form))
    .route("/manage/opportunities/{id}/edit", web::post().to(update));
}

#[cfg(test)]
mod tests {
    use hop_domain::language::LanguageCode;

    use super::LANGUAGES;

    #[test]
    fn the_languages_offered_are_iso_639_1_codes() {
        for code in LANGUAGES {
            assert!(LanguageCode::parse(code).is_ok(), "{code}");
        }
    }
}

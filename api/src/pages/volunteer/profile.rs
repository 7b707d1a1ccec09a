//! `GET/POST /me/profile`: the volunteer profile of `PUT
//! /me/volunteer-profile` as a form: birth date, home and reach, skills with
//! levels, languages with CEFR levels, a weekly availability grid, causes,
//! discoverable, and a minor's guardian consent (`volunteers::put`).

use std::collections::{BTreeSet, HashMap};

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::{Datelike, Utc};
use hop_domain::{
    signup::local_day,
    skill::SkillCategory,
    texts::id,
    volunteer::Weekday,
    volunteering::{Cause, CefrLevel},
};
use maud::{Markup, html};
use uuid::Uuid;

use super::{LANGUAGES, invalid_fields, places, taxonomy};
use crate::{
    db,
    error::ApiError,
    organizations::model::Location,
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        i18n::Tr,
        layout::{self, Input, csrf_field},
        session::{Visitor, see_other},
    },
    skills::store::SkillRow,
    state::AppState,
    volunteers::{
        self,
        model::{
            AvailabilityWindow, PutVolunteerProfileRequest, VolunteerLanguage, VolunteerProfile,
            VolunteerSkillInput,
        },
    },
};

const NOTICES: &[(&str, &str)] = &[
    ("registered", id::DONE_REGISTERED),
    ("saved", id::VOL_PROFILE_SAVED),
];

/// The parts of a day the grid offers, in minutes of Toruń's local time.
const SLOTS: [(u16, u16); 4] = [
    (6 * 60, 10 * 60),
    (10 * 60, 14 * 60),
    (14 * 60, 18 * 60),
    (18 * 60, 22 * 60),
];

/// Countries offered for home; a profile's other country is kept and shown.
const COUNTRIES: [&str; 12] = [
    "PL", "DE", "LT", "LV", "UA", "BY", "CZ", "SK", "FR", "ES", "IT", "GB",
];

fn hh_mm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn minutes_of(hh_mm: &str) -> Option<u16> {
    let (hours, minutes) = hh_mm.split_once(':')?;
    Some(hours.parse::<u16>().ok()? * 60 + minutes.parse::<u16>().ok()?)
}

/// Skill pairs read from a form: the taxonomy's size at most (1 000, what
/// the skills page lists).
const MAX_SKILL_PAIRS: usize = 1_000;
/// Language pairs read from a form: more than the page offers.
const MAX_LANGUAGE_PAIRS: usize = 50;

/// The form as shown: typed values, and the grid's ticked cells.
#[derive(Default)]
struct ProfileForm {
    /// The birth date's day, month and year, as typed in three fields.
    birth: [String; 3],
    home_city: String,
    home_country: String,
    max_distance_km: String,
    /// Skill id → level 1–3.
    skills: HashMap<Uuid, String>,
    /// Language code → CEFR level.
    languages: Vec<(String, String)>,
    /// `mon-0` … `sun-3`: weekday and slot.
    slots: BTreeSet<String>,
    causes: Vec<String>,
    discoverable: bool,
    guardian_consent: bool,
    guardian_name: String,
    /// The stored home, kept while the city stays the same.
    home: Option<(f64, f64)>,
    stored_city: Option<String>,
}

fn slot_name(weekday: Weekday, slot: usize) -> String {
    format!("{}-{slot}", weekday.as_str())
}

impl ProfileForm {
    fn of_profile(profile: &VolunteerProfile) -> Self {
        let mut slots = BTreeSet::new();
        for window in &profile.availability {
            let (Some(start), Some(end)) = (minutes_of(&window.start), minutes_of(&window.end))
            else {
                continue;
            };
            let Ok(weekday) = Weekday::parse(&window.weekday) else {
                continue;
            };
            // A part of the day is ticked when the hours cover half of it.
            for (slot, (from, to)) in SLOTS.iter().enumerate() {
                let overlap = end.min(*to).saturating_sub(start.max(*from));
                if overlap * 2 >= to - from {
                    slots.insert(slot_name(weekday, slot));
                }
            }
        }
        Self {
            birth: profile.birth_date.map_or_else(Default::default, |date| {
                [
                    date.day().to_string(),
                    date.month().to_string(),
                    date.year().to_string(),
                ]
            }),
            home_city: profile.home_city.clone().unwrap_or_default(),
            home_country: profile.home_country.clone().unwrap_or_default(),
            max_distance_km: profile
                .max_distance_km
                .map(|km| km.to_string())
                .unwrap_or_default(),
            skills: profile
                .skills
                .iter()
                .map(|skill| (skill.skill_id, skill.level.to_string()))
                .collect(),
            languages: profile
                .languages
                .iter()
                .map(|language| (language.code.clone(), language.level.clone()))
                .collect(),
            slots,
            causes: profile.causes.clone(),
            discoverable: profile.discoverable,
            guardian_consent: profile.guardian_consent,
            guardian_name: profile.guardian_name.clone().unwrap_or_default(),
            home: profile.home.as_ref().map(|home| (home.lat, home.lon)),
            stored_city: profile.home_city.clone(),
        }
    }

    fn of_form(form: &FormData, stored: Option<&ProfileForm>) -> Self {
        let text = |name: &str| form.text(name).unwrap_or_default().to_owned();
        let mut skills = HashMap::new();
        let mut languages = Vec::new();
        // A form lists each skill and language once; pairs past these
        // bounds come from no page of ours and are not read.
        for pair in form.all("skill").take(MAX_SKILL_PAIRS) {
            if let Some((skill, level)) = pair.split_once('=')
                && let Ok(skill) = Uuid::parse_str(skill)
            {
                skills.insert(skill, level.to_owned());
            }
        }
        for pair in form.all("language").take(MAX_LANGUAGE_PAIRS) {
            if let Some((code, level)) = pair.split_once('=') {
                languages.push((code.to_owned(), level.to_owned()));
            }
        }
        Self {
            birth: [text("birth_day"), text("birth_month"), text("birth_year")],
            home_city: text("home_city"),
            home_country: text("home_country"),
            max_distance_km: text("max_distance_km"),
            skills,
            languages,
            slots: form.all("slot").map(str::to_owned).collect(),
            causes: form.all("cause").map(str::to_owned).collect(),
            discoverable: form.checked("discoverable"),
            guardian_consent: form.checked("guardian_consent"),
            guardian_name: text("guardian_name"),
            home: stored.and_then(|stored| stored.home),
            stored_city: stored.and_then(|stored| stored.stored_city.clone()),
        }
    }

    /// The body of `PUT /me/volunteer-profile`, or the fields the page
    /// itself finds wrong (a number that is not one).
    fn request(&self) -> Result<PutVolunteerProfileRequest, Vec<String>> {
        let mut wrong = Vec::new();
        let non_empty = |value: &str| (!value.is_empty()).then(|| value.to_owned());
        let max_distance_km = match self.max_distance_km.as_str() {
            "" => None,
            raw => raw
                .parse::<i64>()
                .map_err(|_| wrong.push("max_distance_km".to_owned()))
                .ok(),
        };
        let birth_date = match &self.birth {
            [day, month, year] if day.is_empty() && month.is_empty() && year.is_empty() => None,
            [day, month, year] => match (
                day.parse::<u32>(),
                month.parse::<u32>(),
                year.parse::<i32>(),
            ) {
                (Ok(day), Ok(month), Ok(year)) if (1..=9999).contains(&year) => {
                    Some(format!("{year:04}-{month:02}-{day:02}"))
                }
                _ => {
                    wrong.push("birth_date".to_owned());
                    None
                }
            },
        };
        let mut skills = Vec::new();
        for (skill, level) in &self.skills {
            match level.as_str() {
                "" => {}
                raw => match raw.parse::<i64>() {
                    Ok(level) => skills.push(VolunteerSkillInput {
                        skill_id: *skill,
                        level,
                    }),
                    Err(_) => wrong.push("skills".to_owned()),
                },
            }
        }
        let languages = self
            .languages
            .iter()
            .filter(|(_, level)| !level.is_empty())
            .map(|(code, level)| VolunteerLanguage {
                code: code.clone(),
                level: level.clone(),
            })
            .collect();
        let mut availability = Vec::new();
        for weekday in Weekday::ALL {
            let mut open: Option<(u16, u16)> = None;
            for (slot, (from, to)) in SLOTS.iter().enumerate() {
                if self.slots.contains(&slot_name(*weekday, slot)) {
                    open = Some(match open {
                        Some((start, end)) if end == *from => (start, *to),
                        Some((start, end)) => {
                            availability.push(window(*weekday, start, end));
                            (*from, *to)
                        }
                        None => (*from, *to),
                    });
                }
            }
            if let Some((start, end)) = open {
                availability.push(window(*weekday, start, end));
            }
        }
        // A known place gives the home's point; an unknown one keeps the
        // stored point only while the city is the one it was stored with.
        let home = match places::find(&self.home_city) {
            Some(place) => Some(Location {
                lat: place.lat,
                lon: place.lon,
            }),
            None if self.stored_city.as_deref() == Some(self.home_city.as_str()) => {
                self.home.map(|(lat, lon)| Location { lat, lon })
            }
            None => None,
        };
        if !wrong.is_empty() {
            return Err(wrong);
        }
        Ok(PutVolunteerProfileRequest {
            birth_date,
            home_city: non_empty(&self.home_city),
            home_country: non_empty(&self.home_country),
            home,
            max_distance_km,
            skills,
            languages,
            availability,
            causes: self.causes.clone(),
            discoverable: self.discoverable,
            guardian_consent: self.guardian_consent,
            guardian_name: non_empty(&self.guardian_name),
        })
    }
}

fn window(weekday: Weekday, start: u16, end: u16) -> AvailabilityWindow {
    AvailabilityWindow {
        weekday: weekday.as_str().to_owned(),
        start: hh_mm(start),
        end: hh_mm(end),
    }
}

/// A field's error in words, when the form names it.
fn error_of(tr: Tr, errors: &[String], field: &str) -> Option<String> {
    errors
        .iter()
        .any(|wrong| wrong == field)
        .then(|| tr.of(id::VOL_PROFILE_ERROR, field))
}

/// A group's error line, tied to its fieldset.
fn group_error(error: &Option<String>, error_id: &str) -> Markup {
    html! { @if let Some(error) = error { p.error id=(error_id) { (error) } } }
}

fn level_select(
    field_id: &str,
    name: &str,
    key: &str,
    value: &str,
    options: &[(String, String)],
    label: &str,
    described: Option<&str>,
) -> Markup {
    html! {
        div.field {
            label for=(field_id) { (label) }
            select id=(field_id) name=(name) aria-describedby=[described] {
                @for (option, text) in options {
                    @let full = if option.is_empty() { String::new() } else { format!("{key}={option}") };
                    option value=(full) selected[option == value] { (text) }
                }
            }
        }
    }
}

fn page(
    visitor: &Visitor,
    req: &HttpRequest,
    form: &ProfileForm,
    skills: &[SkillRow],
    errors: &[String],
    status: StatusCode,
) -> HttpResponse {
    let tr = visitor.tr();
    let lang = visitor.lang;
    let title = tr.t(id::VOL_PROFILE_TITLE);
    let error = |field: &str| error_of(tr, errors, field);
    let none = tr.t(id::VOL_LEVEL_NONE);
    let skill_levels: Vec<(String, String)> = std::iter::once((String::new(), none.clone()))
        .chain((1..=3).map(|level: i64| (level.to_string(), tr.of(id::VOL_SKILL_LEVEL, level))))
        .collect();
    let cefr_levels: Vec<(String, String)> = std::iter::once((String::new(), none))
        .chain(CefrLevel::ALL.iter().map(|level| {
            (
                level.as_str().to_owned(),
                tr.of(id::VOL_CEFR_LEVEL, level.as_str()),
            )
        }))
        .collect();
    let mut language_codes: Vec<String> = LANGUAGES.iter().map(|code| (*code).to_owned()).collect();
    for (code, _) in &form.languages {
        if !language_codes.contains(code) {
            language_codes.push(code.clone());
        }
    }
    let mut countries: Vec<String> = COUNTRIES.iter().map(|code| (*code).to_owned()).collect();
    if !form.home_country.is_empty() && !countries.contains(&form.home_country) {
        countries.push(form.home_country.clone());
    }
    let skills_error = error("skills");
    let languages_error = error("languages");
    let availability_error = error("availability");
    let causes_error = error("causes");
    let country_error = error("home_country");
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        h1 { (title) }
        p.lead { (tr.t(id::VOL_PROFILE_LEAD)) }
        @if !errors.is_empty() { div.alert role="alert" { (tr.t(id::VOL_FIX_FIELDS)) } }
        form.stack method="post" action="/me/profile" novalidate {
            (csrf_field(visitor))
            h2 { (tr.t(id::VOL_PROFILE_ABOUT)) }
            @let birth_error = error("birth_date");
            fieldset.birth-date aria-describedby=(if birth_error.is_some() { "birth-date-hint birth-date-error" } else { "birth-date-hint" }) {
                legend { (tr.t(id::VOL_BIRTH_DATE)) }
                span.hint id="birth-date-hint" { (tr.t(id::VOL_BIRTH_DATE_HINT)) }
                (group_error(&birth_error, "birth-date-error"))
                div.date-parts {
                    @for (part, name, autocomplete, label) in [(0, "birth_day", "bday-day", id::VOL_BIRTH_DAY), (1, "birth_month", "bday-month", id::VOL_BIRTH_MONTH), (2, "birth_year", "bday-year", id::VOL_BIRTH_YEAR)] {
                        div.field {
                            label for=(format!("field-{name}")) { (tr.t(label)) }
                            input id=(format!("field-{name}")) name=(name) type="text" inputmode="numeric" autocomplete=(autocomplete)
                                value=(form.birth[part]) aria-invalid=[birth_error.as_ref().map(|_| "true")];
                        }
                    }
                }
            }
            (Input::new("home_city", tr.t(id::VOL_HOME_CITY), &form.home_city).autocomplete("address-level2").hint(tr.t(id::VOL_HOME_CITY_HINT)).error(error("home_city").or(error("home"))).render())
            div.field {
                label for="field-home_country" { (tr.t(id::VOL_HOME_COUNTRY)) }
                select id="field-home_country" name="home_country" aria-invalid=[country_error.as_ref().map(|_| "true")] aria-describedby=[country_error.as_ref().map(|_| "field-home_country-error")] {
                    option value="" selected[form.home_country.is_empty()] { (tr.t(id::VOL_NOT_SAID)) }
                    @for code in &countries {
                        option value=(code) selected[*code == form.home_country] { (tr.of(id::VOL_COUNTRY_NAME, code.as_str())) }
                    }
                }
                (group_error(&country_error, "field-home_country-error"))
            }
            (Input::new("max_distance_km", tr.t(id::VOL_MAX_DISTANCE), &form.max_distance_km).kind("number").hint(tr.t(id::VOL_MAX_DISTANCE_HINT)).error(error("max_distance_km")).render())

            h2 { (tr.t(id::VOL_PROFILE_SKILLS)) }
            p.hint { (tr.t(id::VOL_SKILLS_HINT)) }
            (group_error(&skills_error, "skills-error"))
            div.skills-groups {
                @for category in SkillCategory::ALL {
                    @let in_category: Vec<&SkillRow> = skills.iter().filter(|s| s.category == category.as_str() && (!s.deprecated || form.skills.contains_key(&s.id))).collect();
                    // A group is open when it holds a chosen skill (or the
                    // skills need fixing): a phone scrolls past the others.
                    @let chosen = in_category.iter().any(|s| form.skills.get(&s.id).is_some_and(|level| !level.is_empty()));
                    @if !in_category.is_empty() {
                        details.group open[chosen || skills_error.is_some()] {
                            summary { (tr.of(id::VOL_SKILL_CATEGORY, category.as_str())) }
                            fieldset.grid-2.plain aria-describedby=[skills_error.as_ref().map(|_| "skills-error")] {
                                legend.visually-hidden { (tr.of(id::VOL_SKILL_CATEGORY, category.as_str())) }
                                @for skill in in_category {
                                    @let value = form.skills.get(&skill.id).map(String::as_str).unwrap_or_default();
                                    (level_select(&format!("skill-{}", skill.id), "skill", &skill.id.to_string(), value, &skill_levels, skill.labels().pick(lang).1, None))
                                }
                            }
                        }
                    }
                }
            }

            h2 { (tr.t(id::VOL_PROFILE_LANGUAGES)) }
            fieldset.grid-2 aria-describedby=[languages_error.as_ref().map(|_| "languages-error")] {
                legend { (tr.t(id::VOL_LANGUAGES_LEGEND)) }
                (group_error(&languages_error, "languages-error"))
                @for code in &language_codes {
                    @let value = form.languages.iter().find(|(c, _)| c == code).map(|(_, level)| level.as_str()).unwrap_or_default();
                    (level_select(&format!("language-{code}"), "language", code, value, &cefr_levels, &tr.of(id::VOL_LANGUAGE_NAME, code.as_str()), None))
                }
            }

            h2 id="availability-heading" { (tr.t(id::VOL_PROFILE_AVAILABILITY)) }
            p.hint id="availability-hint" { (tr.t(id::VOL_AVAILABILITY_HINT)) }
            (group_error(&availability_error, "availability-error"))
            div.table-wrap {
                table.availability aria-describedby=(if availability_error.is_some() { "availability-hint availability-error" } else { "availability-hint" }) {
                    caption { (tr.t(id::VOL_AVAILABILITY_CAPTION)) }
                    thead {
                        tr {
                            th scope="col" { (tr.t(id::VOL_WEEKDAY)) }
                            @for (from, to) in SLOTS { th scope="col" { (hh_mm(from)) "–" (hh_mm(to)) } }
                        }
                    }
                    tbody {
                        @for weekday in Weekday::ALL {
                            tr {
                                th scope="row" { (tr.of(id::VOL_WEEKDAY_NAME, weekday.as_str())) }
                                @for (slot, (from, to)) in SLOTS.iter().enumerate() {
                                    @let name = slot_name(*weekday, slot);
                                    @let cell_id = format!("slot-{name}");
                                    td {
                                        input id=(cell_id) type="checkbox" name="slot" value=(name) checked[form.slots.contains(&name)];
                                        label.visually-hidden for=(cell_id) { (tr.with(id::VOL_SLOT_LABEL, &[("weekday", tr.of(id::VOL_WEEKDAY_NAME, weekday.as_str()).into()), ("from", hh_mm(*from).into()), ("to", hh_mm(*to).into())])) }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            h2 { (tr.t(id::VOL_PROFILE_CAUSES)) }
            fieldset.grid-2 aria-describedby=[causes_error.as_ref().map(|_| "causes-error")] {
                legend { (tr.t(id::VOL_CAUSES_LEGEND)) }
                (group_error(&causes_error, "causes-error"))
                @for cause in Cause::ALL {
                    @let cause_id = format!("cause-{}", cause.as_str());
                    label.check for=(cause_id) {
                        input id=(cause_id) type="checkbox" name="cause" value=(cause.as_str()) checked[form.causes.iter().any(|c| c == cause.as_str())];
                        (tr.of(id::VOL_CAUSE, cause.as_str()))
                    }
                }
            }

            h2 { (tr.t(id::VOL_PROFILE_SHARING)) }
            div.field {
                label.check for="field-discoverable" {
                    input id="field-discoverable" type="checkbox" name="discoverable" value="true" checked[form.discoverable] aria-describedby="field-discoverable-hint";
                    (tr.t(id::VOL_DISCOVERABLE))
                }
                span.hint id="field-discoverable-hint" { (tr.t(id::VOL_DISCOVERABLE_HINT)) }
            }
            fieldset {
                legend { (tr.t(id::VOL_GUARDIAN_LEGEND)) }
                p.hint { (tr.t(id::VOL_GUARDIAN_HINT)) }
                div.field {
                    label.check for="field-guardian_consent" {
                        input id="field-guardian_consent" type="checkbox" name="guardian_consent" value="true" checked[form.guardian_consent];
                        (tr.t(id::VOL_GUARDIAN_CONSENT))
                    }
                }
                (Input::new("guardian_name", tr.t(id::VOL_GUARDIAN_NAME), &form.guardian_name).autocomplete("off").error(error("guardian_name")).render())
            }
            div.actions { button type="submit" { (tr.t(id::VOL_PROFILE_SAVE)) } }
        }
    };
    visitor.html(status, layout::page(visitor, &title, body).into_string())
}

async fn skills_by_label(
    state: &AppState,
    lang: hop_domain::i18n::Lang,
) -> Result<Vec<SkillRow>, PageError> {
    let mut skills = db::run(&state.db, |conn| taxonomy(conn, true))
        .await
        .or_page(lang)?;
    skills.sort_by(|a, b| a.labels().pick(lang).1.cmp(b.labels().pick(lang).1));
    Ok(skills)
}

/// The stored profile as a form; none yet is an empty form.
async fn stored(
    state: &AppState,
    user: Uuid,
    lang: hop_domain::i18n::Lang,
) -> Result<Option<ProfileForm>, PageError> {
    let loaded = db::run(&state.db, move |conn| volunteers::load(conn, user)).await;
    match loaded {
        Ok(profile) => Ok(Some(ProfileForm::of_profile(&profile))),
        Err(ApiError::NotFound(_)) => Ok(None),
        Err(error) => Err(PageError::Api { lang, error }),
    }
}

async fn show(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let form = stored(&state, user, visitor.lang)
        .await?
        .unwrap_or_default();
    let skills = skills_by_label(&state, visitor.lang).await?;
    Ok(page(&visitor, &req, &form, &skills, &[], StatusCode::OK))
}

async fn save(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (data, user) = FormData::signed_in(&visitor, &req, &body, |_| "/me/profile".into())?;
    let on_record = stored(&state, user, visitor.lang).await?;
    let form = ProfileForm::of_form(&data, on_record.as_ref());
    let errors = match form.request() {
        Ok(request) => {
            // As `PUT /me/volunteer-profile`: ages count by Toruń's calendar.
            let now = Utc::now();
            let today = local_day(now);
            let outbox = state.email_outbox;
            let saved = db::transaction(&state.db, move |conn| {
                volunteers::put(conn, outbox, user, request, today, now)
            })
            .await;
            match saved {
                Ok(_) => return Ok(see_other("/me/profile?done=saved")),
                Err(error) => match invalid_fields(&error) {
                    Some(fields) => fields,
                    None => {
                        return Err(PageError::Api {
                            lang: visitor.lang,
                            error,
                        });
                    }
                },
            }
        }
        Err(fields) => fields,
    };
    let skills = skills_by_label(&state, visitor.lang).await?;
    Ok(page(
        &visitor,
        &req,
        &form,
        &skills,
        &errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/me/profile", web::get().to(show))
        .route("/me/profile", web::post().to(save));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticked_parts_of_a_day_join_into_windows() {
        let form = ProfileForm {
            slots: ["sat-0", "sat-1", "sat-3", "wed-2"]
                .into_iter()
                .map(str::to_owned)
                .collect(),
            ..ProfileForm::default()
        };
        let request = form.request().expect("valid");
        let windows: Vec<(String, String, String)> = request
            .availability
            .into_iter()
            .map(|w| (w.weekday, w.start, w.end))
            .collect();
        assert_eq!(
            windows,
            [
                ("wed".into(), "14:00".into(), "18:00".into()),
                ("sat".into(), "06:00".into(), "14:00".into()),
                ("sat".into(), "18:00".into(), "22:00".into()),
            ]
        );
    }

    #[test]
    fn a_known_city_gives_the_home_point() {
        let form = ProfileForm {
            home_city: "Torun".into(),
            ..ProfileForm::default()
        };
        let home = form.request().expect("valid").home.expect("a point");
        assert_eq!((home.lat, home.lon), (53.0138, 18.5984));
    }
}

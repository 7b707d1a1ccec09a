//! `GET /opportunities`: the search of published opportunities with the
//! API's filters (`opportunities::search_published`), near a place typed
//! by name or the browser's own position, as cards with the next shift,
//! the distance and the free places, a page at a time.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Warsaw;
use hop_domain::{
    i18n::Lang,
    matching::distance_km,
    organization::Coordinates,
    texts::{FluentValue, id},
    volunteering::Cause,
};
use maud::{Markup, html};
use uuid::Uuid;

use super::{LANGUAGES, invalid_fields, places, shift_time, taxonomy};
use crate::{
    db,
    opportunities::{
        self,
        model::{Opportunity, OpportunitySearchQuery},
        search::SearchCaches,
    },
    organizations,
    pages::{
        assets::NEAR_ME,
        error::{OrPage, PageError},
        form::FormData,
        i18n::Tr,
        layout::{self, Input},
        session::Visitor,
    },
    shifts::store::{self as shifts, ShiftRow},
    state::AppState,
};

/// Radii offered, in km; 25 is the API's default.
const RADII: [u32; 6] = [2, 5, 10, 25, 50, 100];

/// What the person asked for, as typed.
#[derive(Default)]
struct Filters {
    q: String,
    cause: String,
    skill: String,
    language: String,
    near_city: String,
    lat: String,
    lon: String,
    radius_km: String,
    from: String,
    to: String,
    open: bool,
}

impl Filters {
    fn of(form: &FormData) -> Self {
        let text = |name: &str| form.text(name).unwrap_or_default().to_owned();
        Self {
            q: text("q"),
            cause: text("cause"),
            skill: text("skill"),
            language: text("language"),
            near_city: text("near_city"),
            lat: text("lat"),
            lon: text("lon"),
            radius_km: text("radius_km"),
            from: text("from"),
            to: text("to"),
            open: form.checked("open"),
        }
    }
}

/// A point searched near: latitude, longitude.
type Point = (f64, f64);

/// A day typed in a date field as the instant Toruń's day begins; with
/// `next`, the instant the day after begins (an inclusive "until").
fn day_start(raw: &str, next: bool) -> Option<DateTime<Utc>> {
    let day = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok()?;
    let day = if next { day.succ_opt()? } else { day };
    day.and_hms_opt(0, 0, 0)?
        .and_local_timezone(Warsaw)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

/// The API's query from the filters, or the fields the page itself finds
/// wrong (an unknown place, a day that is not a date).
fn query_of(
    filters: &Filters,
    cursor: Option<&str>,
) -> Result<(OpportunitySearchQuery, Option<Point>), Vec<String>> {
    let mut wrong = Vec::new();
    let near = match (filters.lat.parse::<f64>(), filters.lon.parse::<f64>()) {
        (Ok(lat), Ok(lon)) => Some((lat, lon)),
        _ if filters.near_city.is_empty() => None,
        _ => match places::find(&filters.near_city) {
            Some(place) => Some((place.lat, place.lon)),
            None => {
                wrong.push("near_city".to_owned());
                None
            }
        },
    };
    let skill = match filters.skill.as_str() {
        "" => None,
        raw => Uuid::parse_str(raw)
            .map_err(|_| wrong.push("skill".to_owned()))
            .ok(),
    };
    let mut day = |name: &str, raw: &str, next: bool| match raw {
        "" => None,
        raw => {
            let at = day_start(raw, next);
            if at.is_none() {
                wrong.push(name.to_owned());
            }
            at
        }
    };
    let from = day("from", &filters.from, false);
    let to = day("to", &filters.to, true);
    let radius_km = match filters.radius_km.as_str() {
        "" => None,
        raw => match raw.parse::<f64>() {
            Ok(km) => Some(km),
            Err(_) => {
                wrong.push("radius_km".to_owned());
                None
            }
        },
    };
    if !wrong.is_empty() {
        return Err(wrong);
    }
    let non_empty = |value: &str| (!value.is_empty()).then(|| value.to_owned());
    let query = OpportunitySearchQuery {
        q: non_empty(&filters.q),
        organization_id: None,
        cause: non_empty(&filters.cause),
        skill,
        language: non_empty(&filters.language),
        remote: None,
        near: near.map(|(lat, lon)| format!("{lat},{lon}")),
        radius_km: near.and(radius_km),
        from,
        to,
        open: filters.open.then_some(true),
        // Nearest first when a place is given, else the soonest shift.
        sort: Some(
            if near.is_some() {
                "distance"
            } else {
                "soonest"
            }
            .to_owned(),
        ),
        limit: None,
        cursor: cursor.map(str::to_owned),
    };
    Ok((query, near))
}

/// What a card shows besides the opportunity.
struct Card {
    opportunity: Opportunity,
    organization: String,
    /// The next shift with a free place, else the next one.
    next_shift: Option<ShiftRow>,
    distance_km: Option<f64>,
}

struct Results {
    cards: Vec<Card>,
    next_cursor: Option<String>,
}

async fn results(
    state: &AppState,
    caches: web::Data<SearchCaches>,
    query: OpportunitySearchQuery,
    near: Option<Point>,
    lang: Lang,
) -> Result<Result<Results, Vec<String>>, PageError> {
    let parsed = match query.parse() {
        Ok(parsed) => parsed,
        Err(error) => match invalid_fields(&error) {
            Some(fields) => return Ok(Err(fields)),
            None => return Err(PageError::Api { lang, error }),
        },
    };
    let page = opportunities::search_published(&state.db, caches.into_inner(), parsed)
        .await
        .or_page(lang)?;
    let ids: Vec<Uuid> = page.items.iter().map(|o| o.id).collect();
    let organization_ids: Vec<Uuid> = page.items.iter().map(|o| o.organization_id).collect();
    let (names, mut next) = db::run(&state.db, move |conn| {
        let names: HashMap<Uuid, String> = organizations::store::names_of(conn, &organization_ids)?
            .into_iter()
            .collect();
        let next: HashMap<Uuid, ShiftRow> = shifts::next_of_many(conn, &ids, Utc::now())?
            .into_iter()
            .map(|shift| (shift.opportunity_id, shift))
            .collect();
        Ok((names, next))
    })
    .await
    .or_page(lang)?;
    let from = near.and_then(|(lat, lon)| Coordinates::new(lat, lon).ok());
    let cards = page
        .items
        .into_iter()
        .map(|opportunity| {
            let next_shift = next.remove(&opportunity.id);
            let distance_km = from
                .zip(opportunity.location.as_ref())
                .and_then(|(from, at)| {
                    Coordinates::new(at.lat, at.lon)
                        .ok()
                        .map(|at| distance_km(from, at))
                });
            Card {
                organization: names
                    .get(&opportunity.organization_id)
                    .cloned()
                    .unwrap_or_default(),
                opportunity,
                next_shift,
                distance_km,
            }
        })
        .collect();
    Ok(Ok(Results {
        cards,
        next_cursor: page.next_cursor,
    }))
}

/// A select of `options` (value, text), the first being "any".
fn select(
    name: &str,
    label: String,
    value: &str,
    options: &[(String, String)],
    error: Option<String>,
) -> Markup {
    let field_id = format!("field-{name}");
    let error_id = format!("{field_id}-error");
    html! {
        div.field {
            label for=(field_id) { (label) }
            select id=(field_id) name=(name)
                aria-invalid=[error.as_ref().map(|_| "true")]
                aria-describedby=[error.as_ref().map(|_| error_id.as_str())] {
                @for (option, text) in options {
                    option value=(option) selected[option == value] { (text) }
                }
            }
            @if let Some(error) = &error { p.error id=(error_id) { (error) } }
        }
    }
}

fn card(tr: Tr, card: &Card) -> Markup {
    let opportunity = &card.opportunity;
    html! {
        li.card {
            h3 { a href=(format!("/opportunities/{}", opportunity.id)) { (opportunity.title) } }
            p.muted { (card.organization) }
            p { span.tag { (tr.of(id::VOL_CAUSE, opportunity.cause.as_str())) } }
            @match &card.next_shift {
                Some(shift) => {
                    p { (shift_time(tr, shift.starts_at, shift.ends_at)) }
                    p { (tr.with(id::VOL_FREE_PLACES, &[("count", FluentValue::from((shift.capacity - shift.confirmed_count).max(0)))])) }
                }
                None => p { (tr.t(id::VOL_NO_UPCOMING_SHIFT)) }
            }
            @if opportunity.remote {
                p { (tr.t(id::VOL_REMOTE)) }
            } @else if let Some(km) = card.distance_km {
                @let tenths = (km * 10.0).round() as i64;
                p { (tr.with(id::VOL_DISTANCE, &[("km", FluentValue::from(tenths / 10)), ("tenths", FluentValue::from(tenths % 10))])) }
            }
        }
    }
}

/// The search address with `cursor` for the next page, the filters kept.
fn next_page(form: &FormData, names: &[&str], cursor: &str) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for name in names {
        for value in form.all(name) {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
    }
    query.append_pair("cursor", cursor);
    format!("/opportunities?{}", query.finish())
}

const FILTER_NAMES: [&str; 11] = [
    "q",
    "cause",
    "skill",
    "language",
    "near_city",
    "lat",
    "lon",
    "radius_km",
    "from",
    "to",
    "open",
];

async fn search(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    caches: web::Data<SearchCaches>,
) -> Result<HttpResponse, PageError> {
    let tr = visitor.tr();
    let lang = visitor.lang;
    let form = FormData::from_query(req.query_string().as_bytes());
    let filters = Filters::of(&form);
    // The filter's skills are read while the search runs: one wait, not two.
    let skills = db::run(&state.db, |conn| taxonomy(conn, false));
    let found = async {
        match query_of(&filters, form.text("cursor")) {
            Ok((query, near)) => results(&state, caches, query, near, lang).await,
            Err(fields) => Ok(Err(fields)),
        }
    };
    let (skills, found) = futures_util::future::join(skills, found).await;
    let (skills, found) = (skills.or_page(lang)?, found?);
    let errors: Vec<String> = found.as_ref().err().cloned().unwrap_or_default();
    // A wrong position from the browser is named at the city field: the
    // person fixes it there.
    let error = |name: &str| {
        let named = |field: &str| errors.iter().any(|wrong| wrong == field);
        let shown = match name {
            "near_city" => named("near_city") || named("near") || named("lat") || named("lon"),
            _ => named(name),
        };
        shown.then(|| tr.of(id::VOL_SEARCH_ERROR, name))
    };
    let other_error = errors
        .iter()
        .any(|field| !FILTER_NAMES.contains(&field.as_str()) && field != "near");
    let any = (String::new(), tr.t(id::VOL_ANY));
    let causes: Vec<(String, String)> = std::iter::once(any.clone())
        .chain(Cause::ALL.iter().map(|cause| {
            (
                cause.as_str().to_owned(),
                tr.of(id::VOL_CAUSE, cause.as_str()),
            )
        }))
        .collect();
    let mut skill_options: Vec<(String, String)> = skills
        .iter()
        .map(|skill| (skill.id.to_string(), skill.labels().pick(lang).1.to_owned()))
        .collect();
    skill_options.sort_by(|a, b| a.1.cmp(&b.1));
    skill_options.insert(0, any.clone());
    let languages: Vec<(String, String)> = std::iter::once(any.clone())
        .chain(
            LANGUAGES
                .iter()
                .map(|code| ((*code).to_owned(), tr.of(id::VOL_LANGUAGE_NAME, *code))),
        )
        .collect();
    let radii: Vec<(String, String)> = RADII
        .iter()
        .map(|km| {
            (
                km.to_string(),
                tr.with(id::VOL_RADIUS_OPTION, &[("km", FluentValue::from(*km))]),
            )
        })
        .collect();
    let radius = if filters.radius_km.is_empty() {
        "25"
    } else {
        filters.radius_km.as_str()
    };
    let title = tr.t(id::VOL_SEARCH_TITLE);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else if req.headers().contains_key("HX-Request") {
        // htmx swaps only what succeeded: the errors reach the person.
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = html! {
        div id="search-area" {
            h1 { (title) }
            form.filters method="get" action="/opportunities" role="search"
                hx-get="/opportunities" hx-target="#search-area" hx-select="#search-area"
                hx-swap="outerHTML" hx-push-url="true" {
                (Input::new("q", tr.t(id::SEARCH_TEXT), &filters.q).kind("search").error(error("q")).render())
                div.field.near {
                    label for="field-near_city" { (tr.t(id::SEARCH_NEAR_CITY)) }
                    span.hint id="field-near_city-hint" { (tr.t(id::VOL_NEAR_CITY_HINT)) }
                    div.near-row {
                        input id="field-near_city" name="near_city" type="text" value=(filters.near_city)
                            list="places" autocomplete="address-level2"
                            aria-invalid=[error("near_city").map(|_| "true")]
                            aria-describedby=(if error("near_city").is_some() { "field-near_city-hint field-near_city-error" } else { "field-near_city-hint" });
                        button.secondary type="button" hidden data-near-me="button"
                            data-locating=(tr.t(id::VOL_NEAR_ME_LOCATING))
                            data-failed=(tr.t(id::VOL_NEAR_ME_FAILED)) {
                            (tr.t(id::VOL_NEAR_ME))
                        }
                    }
                    @if let Some(message) = error("near_city") { p.error id="field-near_city-error" { (message) } }
                    datalist id="places" {
                        @for name in places::names() { option value=(name) {} }
                    }
                    input type="hidden" name="lat" value=(filters.lat) data-near-me="lat";
                    input type="hidden" name="lon" value=(filters.lon) data-near-me="lon";
                    p.hint role="status" data-near-me="status" {
                        @if !filters.lat.is_empty() && filters.near_city.is_empty() { (tr.t(id::VOL_NEAR_ME_USED)) }
                    }
                }
                (select("radius_km", tr.t(id::VOL_FILTER_RADIUS), radius, &radii, error("radius_km")))
                (select("cause", tr.t(id::VOL_FILTER_CAUSE), &filters.cause, &causes, error("cause")))
                (select("skill", tr.t(id::VOL_FILTER_SKILL), &filters.skill, &skill_options, error("skill")))
                (select("language", tr.t(id::VOL_FILTER_LANGUAGE), &filters.language, &languages, error("language")))
                (Input::new("from", tr.t(id::VOL_FILTER_FROM), &filters.from).kind("date").error(error("from")).render())
                (Input::new("to", tr.t(id::VOL_FILTER_TO), &filters.to).kind("date").error(error("to")).render())
                div.field {
                    label.check for="field-open" {
                        input id="field-open" type="checkbox" name="open" value="true" checked[filters.open];
                        (tr.t(id::VOL_FILTER_OPEN))
                    }
                }
                div.actions { button type="submit" { (tr.t(id::SEARCH_SUBMIT)) } }
            }
            section aria-labelledby="results-heading" {
                h2 id="results-heading" { (tr.t(id::VOL_RESULTS)) }
                @match &found {
                    Ok(found) => {
                        p role="status" { (tr.with(id::VOL_RESULTS_COUNT, &[("count", FluentValue::from(found.cards.len()))])) }
                        @if !found.cards.is_empty() {
                            ul.cards { @for item in &found.cards { (card(tr, item)) } }
                        }
                        @if let Some(cursor) = &found.next_cursor {
                            nav.pager aria-label=(tr.t(id::VOL_PAGES)) {
                                a href=(next_page(&form, &FILTER_NAMES, cursor)) { (tr.t(id::VOL_NEXT_PAGE)) }
                            }
                        }
                    }
                    Err(_) => {
                        div.alert role="alert" {
                            @if other_error { (tr.t(id::VOL_SEARCH_START_AGAIN)) } @else { (tr.t(id::VOL_FIX_FIELDS)) }
                        }
                    }
                }
            }
        }
        script src=(NEAR_ME.path) defer {}
    };
    Ok(visitor.html(status, layout::page(&visitor, &title, body).into_string()))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/opportunities", web::get().to(search));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_city_becomes_a_point_and_an_unknown_one_names_its_field() {
        let filters = Filters {
            near_city: "torun".into(),
            radius_km: "10".into(),
            ..Filters::default()
        };
        let (query, near) = query_of(&filters, None).expect("a known place");
        assert_eq!(near, Some((53.0138, 18.5984)));
        assert_eq!(query.radius_km, Some(10.0));
        assert_eq!(query.sort.as_deref(), Some("distance"));
        let unknown = Filters {
            near_city: "Atlantis".into(),
            from: "31.12.2026".into(),
            ..Filters::default()
        };
        assert_eq!(
            query_of(&unknown, None).err(),
            Some(vec!["near_city".to_owned(), "from".to_owned()])
        );
    }

    #[test]
    fn an_until_day_counts_whole_in_torun() {
        let to = day_start("2026-12-05", true).expect("a day");
        assert_eq!(to.to_rfc3339(), "2026-12-05T23:00:00+00:00");
    }
}

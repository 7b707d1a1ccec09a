//! `/city`: the statistics of `crate::statistics` for city staff, on the
//! same snapshot, model functions and suppression as the API's
//! `/stats/...`: volunteers by age band and by country, hours by month,
//! the fill rate of shifts, and skills supply against demand, each as a
//! chart, a table and a CSV download (`/city/stats/<name>.csv`, written by
//! the API's own CSV answer).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use hop_domain::{
    i18n::Lang,
    statistics::Period,
    texts::{FluentValue, id},
};
use maud::{Markup, html};

use super::{
    city_nav, month,
    sections::{fill_rate, glance, hours, skills, volunteers},
};
use crate::{
    error::{ApiError, FieldError},
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        i18n::Tr,
        layout,
        session::Visitor,
    },
    state::AppState,
    statistics::{
        Statistics,
        handlers::Statistic,
        model::{Horizon, StatsQuery},
        service,
        snapshot::Snapshot,
    },
};

/// The charts' CSV downloads: the name in `/city/stats/<name>.csv`, the
/// statistic and what it groups by.
const DOWNLOADS: [(&str, Statistic, Option<&str>); 5] = [
    (
        "volunteers-age-band",
        Statistic::Volunteers,
        Some("age_band"),
    ),
    (
        "volunteers-country",
        Statistic::Volunteers,
        Some("home_country"),
    ),
    ("hours-month", Statistic::Hours, Some("month")),
    ("overview", Statistic::Overview, None),
    ("skills", Statistic::Skills, None),
];

/// The dashboard's sections, by the name the form's `show` boxes send.
const SECTIONS: [(&str, &str); 5] = [
    ("age", id::CITY_AGE_TITLE),
    ("country", id::CITY_COUNTRY_TITLE),
    ("hours", id::CITY_HOURS_TITLE),
    ("fill", id::CITY_FILL_TITLE),
    ("skills", id::CITY_SKILLS_TITLE),
];

/// What the visitor asked for: the period (`from`, `to` as `YYYY-MM`, as
/// typed), the sections to show (`show`, repeated; none: all), and CSV
/// files for a spreadsheet in a decimal-comma locale (`semicolon`).
struct Asked {
    from: Option<String>,
    to: Option<String>,
    show: Vec<String>,
    semicolon: bool,
}

impl Asked {
    fn of(req: &HttpRequest) -> Self {
        let query = FormData::from_query(req.query_string().as_bytes());
        Self {
            from: query.text("from").map(str::to_owned),
            to: query.text("to").map(str::to_owned),
            show: query
                .all("show")
                .filter(|name| SECTIONS.iter().any(|(known, _)| known == name))
                .map(str::to_owned)
                .collect(),
            semicolon: query.checked("semicolon"),
        }
    }

    fn shows(&self, section: &str) -> bool {
        self.show.is_empty() || self.show.iter().any(|name| name == section)
    }

    /// `?from=…&to=…&delimiter=…` for the downloads of this period.
    fn query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in [("from", &self.from), ("to", &self.to)] {
            if let Some(value) = value {
                query.append_pair(name, value);
            }
        }
        if self.semicolon {
            query.append_pair("delimiter", "semicolon");
        }
        let query = query.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }
}

/// The period form, with the errors of a period that was refused next to
/// their fields.
fn period_form(tr: Tr, snapshot: &Snapshot, asked: &Asked, errors: &[FieldError]) -> Markup {
    let window = snapshot.facts.window;
    let bounds = [
        ("first", FluentValue::from(month(tr, window.first()))),
        ("last", FluentValue::from(month(tr, window.last()))),
    ];
    let hint = tr.with(id::CITY_PERIOD_HINT, &bounds);
    let error_of = |field: &str| {
        errors.iter().any(|error| error.field == field).then(|| {
            let message = if field == "to" {
                id::CITY_PERIOD_TO_INVALID
            } else {
                id::CITY_PERIOD_FROM_INVALID
            };
            tr.with(message, &bounds)
        })
    };
    // A refusal names `from` or `to`; anything else is the first month's.
    let from_error = error_of("from").or_else(|| {
        errors
            .iter()
            .any(|error| error.field != "from" && error.field != "to")
            .then(|| tr.with(id::CITY_PERIOD_FROM_INVALID, &bounds))
    });
    let to_error = error_of("to");
    html! {
        form.filters.period method="get" action="/city" {
            fieldset {
                legend { (tr.t(id::CITY_PERIOD_LEGEND)) }
                p.hint id="period-hint" { (hint) }
                div.period-fields {
                    (month_field("from", tr.t(id::CITY_PERIOD_FROM), asked.from.as_deref(), from_error))
                    (month_field("to", tr.t(id::CITY_PERIOD_TO), asked.to.as_deref(), to_error))
                }
            }
            fieldset {
                legend { (tr.t(id::CITY_SHOW_LEGEND)) }
                ul.checks {
                    @for (name, title) in SECTIONS {
                        li {
                            input id=(format!("show-{name}")) type="checkbox" name="show" value=(name)
                                checked[asked.shows(name)];
                            label.check for=(format!("show-{name}")) { (tr.t(title)) }
                        }
                    }
                }
            }
            fieldset {
                legend { (tr.t(id::CITY_CSV_LEGEND)) }
                div.checks {
                    input id="csv-semicolon" type="checkbox" name="semicolon" value="on"
                        checked[asked.semicolon] aria-describedby="csv-semicolon-hint";
                    label.check for="csv-semicolon" { (tr.t(id::CITY_CSV_SEMICOLON)) }
                }
                p.hint id="csv-semicolon-hint" { (tr.t(id::CITY_CSV_SEMICOLON_HINT)) }
            }
            div.actions { button type="submit" { (tr.t(id::CITY_PERIOD_SUBMIT)) } }
        }
    }
}

fn month_field(name: &str, label: String, value: Option<&str>, error: Option<String>) -> Markup {
    let field = format!("period-{name}");
    let error_id = format!("{field}-error");
    let described = match &error {
        Some(_) => format!("period-hint {error_id}"),
        None => "period-hint".to_owned(),
    };
    html! {
        div.field {
            label for=(field) { (label) }
            input id=(field) name=(name) type="month" value=(value.unwrap_or_default())
                pattern="[0-9]{4}-[0-9]{2}" aria-describedby=(described)
                aria-invalid=[error.as_ref().map(|_| "true")];
            @if let Some(error) = &error { p.error id=(error_id) { (error) } }
        }
    }
}

fn page(visitor: &Visitor, body: Markup) -> Markup {
    let tr = visitor.tr();
    let title = tr.t(id::CITY_DASHBOARD_TITLE);
    layout::page(
        visitor,
        &title,
        html! {
            h1 { (title) }
            (city_nav(visitor, "/city"))
            (body)
        },
    )
}

/// The dashboard with only its period form, the refused period's fields
/// in error (422).
fn refused(
    visitor: &Visitor,
    snapshot: &Snapshot,
    asked: &Asked,
    errors: &[FieldError],
) -> HttpResponse {
    let body = period_form(visitor.tr(), snapshot, asked, errors);
    visitor.html(
        StatusCode::UNPROCESSABLE_ENTITY,
        page(visitor, body).into_string(),
    )
}

fn period_or_refusal(
    snapshot: &Snapshot,
    asked: &Asked,
    horizon: Horizon,
    lang: Lang,
) -> Result<Result<Period, Vec<FieldError>>, PageError> {
    match service::period(
        snapshot,
        asked.from.as_deref(),
        asked.to.as_deref(),
        horizon,
    ) {
        Ok(period) => Ok(Ok(period)),
        Err(ApiError::Validation(errors)) => Ok(Err(errors)),
        Err(error) => Err(PageError::Api { lang, error }),
    }
}

async fn dashboard(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    statistics: web::Data<Statistics>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let lang = visitor.lang;
    let asked = Asked::of(&req);
    let snapshot = service::staff_snapshot(&state, &statistics, user)
        .await
        .or_page(lang)?;
    let past = match period_or_refusal(&snapshot, &asked, Horizon::PastYear, lang)? {
        Ok(period) => period,
        Err(errors) => return Ok(refused(&visitor, &snapshot, &asked, &errors)),
    };
    let ahead = match period_or_refusal(&snapshot, &asked, Horizon::NextYear, lang)? {
        Ok(period) => period,
        Err(errors) => return Ok(refused(&visitor, &snapshot, &asked, &errors)),
    };
    let min = statistics.min_count;
    let tr = visitor.tr();
    let link = |name: &str| format!("/city/stats/{name}.csv{}", asked.query());
    let figures = service::dashboard(&statistics, &snapshot, past, ahead);
    let overview = &figures.overview;
    let when = hop_domain::notification::local_time_phrase(snapshot.as_of, lang);
    let age_label = |band: Option<&str>| {
        // Fluent's keys cannot start with a digit: `band-18-24`.
        tr.of(
            id::CITY_AGE_BAND,
            format!("band-{}", band.unwrap_or("unknown")),
        )
    };
    let country_label = |country: Option<&str>| match country {
        Some(code) => tr.of(id::CITY_COUNTRY, code),
        None => tr.t(id::CITY_COUNTRY_NONE),
    };
    let body = html! {
        p.lead { (tr.with(id::CITY_DASHBOARD_LEAD, &[("min", FluentValue::from(min))])) }
        p.muted { (tr.with(id::CITY_AS_OF, &[("when", FluentValue::from(when))])) }
        (period_form(tr, &snapshot, &asked, &[]))
        (glance(tr, overview))
        @if asked.shows("age") {
            (volunteers(
                tr,
                &figures.ages,
                ("chart-age", tr.t(id::CITY_AGE_TITLE), tr.t(id::CITY_AGE_BAND_LABEL)),
                age_label,
                (link("volunteers-age-band"), false),
                past,
            ))
        }
        @if asked.shows("country") {
            (volunteers(
                tr,
                &figures.countries,
                ("chart-country", tr.t(id::CITY_COUNTRY_TITLE), tr.t(id::CITY_COUNTRY_LABEL)),
                country_label,
                (link("volunteers-country"), true),
                past,
            ))
        }
        @if asked.shows("hours") {
            (hours(tr, &figures.hours, link("hours-month"), past))
        }
        @if asked.shows("fill") {
            (fill_rate(tr, overview, link("overview"), past))
        }
        @if asked.shows("skills") {
            (skills(tr, &snapshot, &figures.skills, link("skills"), ahead))
        }
    };
    Ok(visitor.ok(page(&visitor, body)))
}

/// `/city/stats/<name>.csv`: a chart's figures as the API's CSV answer
/// (`Content-Disposition: attachment`), for the signed-in staff member.
async fn download(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    statistics: web::Data<Statistics>,
    name: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let lang = visitor.lang;
    let Some((_, statistic, group)) = DOWNLOADS.iter().find(|(known, ..)| *known == name.as_str())
    else {
        return Err(PageError::Api {
            lang,
            error: ApiError::NotFound("No such statistic".into()),
        });
    };
    let query = FormData::from_query(req.query_string().as_bytes());
    let asked = Asked::of(&req);
    let stats_query = StatsQuery {
        from: asked.from.clone(),
        to: asked.to.clone(),
        format: Some("csv".into()),
        delimiter: query.text("delimiter").map(str::to_owned),
        group_by: group.map(str::to_owned),
    };
    match statistic
        .serve(&req, &state, &statistics, user, stats_query)
        .await
    {
        Ok(mut answer) => {
            // Signed in by a cookie, not a token: what the API's answers to
            // staff get from the security headers, said here.
            answer.headers_mut().insert(
                actix_web::http::header::CACHE_CONTROL,
                actix_web::http::header::HeaderValue::from_static("no-store"),
            );
            Ok(answer)
        }
        Err(ApiError::Validation(errors)) => {
            let snapshot = service::staff_snapshot(&state, &statistics, user)
                .await
                .or_page(lang)?;
            Ok(refused(&visitor, &snapshot, &asked, &errors))
        }
        Err(error) => Err(PageError::Api { lang, error }),
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/city", web::get().to(dashboard))
        .route("/city/stats/{name}.csv", web::get().to(download));
}

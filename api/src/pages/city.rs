//! The city office's pages, for city staff only: organisations to verify
//! or reject, and the dashboard of the statistics (charts drawn by the
//! server, the figures as tables, each as a CSV download). Every page calls
//! the service the API's handler for the same action calls, which refuses
//! anyone but staff (the 403 page); an anonymous visitor signs in first.

mod chart;
mod dashboard;
mod organizations;
mod sections;

use actix_web::web;
use chrono::{DateTime, Datelike, Utc};
use hop_domain::{
    statistics::Month,
    texts::{FluentValue, id},
};
use maud::{Markup, html};

use super::{i18n::Tr, session::Visitor};

pub fn configure(cfg: &mut web::ServiceConfig) {
    organizations::configure(cfg);
    dashboard::configure(cfg);
}

/// The city office's own links, under the page's title.
fn city_nav(visitor: &Visitor, current: &str) -> Markup {
    let tr = visitor.tr();
    let links = [
        ("/city", tr.t(id::CITY_NAV_DASHBOARD)),
        ("/city/organizations", tr.t(id::CITY_NAV_ORGANIZATIONS)),
    ];
    html! {
        nav.city-nav aria-label=(tr.t(id::CITY_NAV_LABEL)) {
            ul {
                @for (href, label) in links {
                    li {
                        @if href == current { a href=(href) aria-current="page" { (label) } }
                        @else { a href=(href) { (label) } }
                    }
                }
            }
        }
    }
}

/// The name Fluent's `$month` selectors know month `month` (1–12) by.
fn month_key(month: u32) -> &'static str {
    hop_domain::notification::MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// The day of `at` in Toruń, in the reader's words.
fn date(tr: Tr, at: DateTime<Utc>) -> String {
    let local = hop_domain::signup::local_day(at);
    tr.with(
        id::CITY_DATE,
        &[
            ("day", FluentValue::from(local.day())),
            ("month", FluentValue::from(month_key(local.month()))),
            ("year", FluentValue::from(local.year())),
        ],
    )
}

/// A month of the statistics, in the reader's words.
fn month(tr: Tr, month: Month) -> String {
    tr.with(
        id::CITY_MONTH,
        &[
            ("month", FluentValue::from(month_key(month.month()))),
            ("year", FluentValue::from(month.year())),
        ],
    )
}

/// A number with the reader's decimal separator (hours to a tenth).
fn decimal(tr: Tr, value: f64) -> String {
    value
        .to_string()
        .replace('.', &tr.t(id::CITY_DECIMAL_SEPARATOR))
}

//! The volunteer's pages: search and an opportunity's page, sign up and
//! withdraw, the profile, "for you", my shifts with the calendar link,
//! hours, agreements and certificates. Each calls the services the API's
//! handler for the same action calls, with the same rule of who may.

mod matches;
mod opportunity;
mod places;
mod profile;
mod records;
mod search;
mod shifts;

use actix_web::web;
use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Europe::Warsaw;
use hop_domain::{
    notification::local_time_phrase,
    texts::{FluentValue, id},
};

use super::{error::PageError, i18n::Tr, session::Visitor};
use crate::{error::ApiError, skills::store::SkillRow};

/// The languages offered in filters and the profile: Toruń's, its partner
/// cities', and those most of its newcomers and students speak. A profile's
/// other languages are kept and shown too.
const LANGUAGES: [&str; 11] = [
    "pl", "en", "de", "lt", "lv", "uk", "ru", "be", "fr", "es", "it",
];

pub fn configure(cfg: &mut web::ServiceConfig) {
    search::configure(cfg);
    opportunity::configure(cfg);
    profile::configure(cfg);
    matches::configure(cfg);
    shifts::configure(cfg);
    records::configure(cfg);
}

/// "Saturday 5 December 2026 at 09:00, until 12:00", in Toruń's local time.
fn shift_time(tr: Tr, starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> String {
    let end = ends_at.with_timezone(&Warsaw);
    tr.with(
        id::VOL_SHIFT_TIME,
        &[
            (
                "start",
                FluentValue::from(local_time_phrase(starts_at, tr.lang())),
            ),
            ("hour", FluentValue::from(end.hour())),
            ("minute", FluentValue::from(end.minute())),
        ],
    )
}

/// The skills of the taxonomy, with the deprecated ones when asked (a
/// profile or an opportunity may still name one).
fn taxonomy(
    conn: &mut diesel::PgConnection,
    include_deprecated: bool,
) -> Result<Vec<SkillRow>, ApiError> {
    Ok(crate::skills::store::list(
        conn,
        &crate::skills::store::ListFilter {
            category: None,
            include_deprecated,
        },
        None,
        1000,
    )?)
}

/// The words of a rule's refusal, to show on the page; any other error
/// is an error page.
fn refused(visitor: &Visitor, error: ApiError) -> Result<String, PageError> {
    refusal(visitor.tr(), &error).ok_or(PageError::Api {
        lang: visitor.lang,
        error,
    })
}

/// A table's head: each column's heading (a message id) and whether it
/// holds numbers (aligned right).
fn table_head(tr: Tr, columns: &[(&str, bool)]) -> maud::Markup {
    maud::html! {
        thead {
            tr {
                @for (heading, numeric) in columns {
                    @if *numeric { th.num scope="col" { (tr.t(heading)) } } @else { th scope="col" { (tr.t(heading)) } }
                }
            }
        }
    }
}

/// A rule's refusal (a 409 of the services) in plain words, chosen by its
/// kind; `None` for any other error, which becomes an error page.
fn refusal(tr: Tr, error: &ApiError) -> Option<String> {
    match error {
        ApiError::Conflict { kind, .. } => Some(tr.of(id::VOL_REFUSAL, *kind)),
        _ => None,
    }
}

/// The form fields a 422 of the services names, by the first part of each
/// field's path (`skills[2].level` is `skills`), each once.
fn invalid_fields(error: &ApiError) -> Option<Vec<String>> {
    match error {
        ApiError::Validation(fields) => {
            let mut names: Vec<String> = Vec::new();
            for field in fields {
                let name = field
                    .field
                    .split(['[', '.'])
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            Some(names)
        }
        _ => None,
    }
}

//! The organisation's pages: my organisations and invitations, registering
//! one, and for its members (under `/manage/`, apart from the volunteers'
//! public pages) its opportunities and shifts, sign-ups, candidates, hours
//! and members. Each action calls the service the API's handler for it
//! calls, with the same authorisation; a refusal a person can act on is
//! shown in plain words next to the form, never the API's English.

pub(crate) mod candidates;
pub(crate) mod hours;
pub(crate) mod members;
pub(crate) mod mine;
pub(crate) mod opportunity;
pub(crate) mod overview;
pub(crate) mod shifts;
pub(crate) mod signups;

use actix_web::{HttpRequest, http::StatusCode, web};
use chrono::{DateTime, NaiveDate, Utc};
use hop_domain::{
    i18n::Lang, notification::local_time_phrase, opportunity::torun_local, texts::id,
};
use maud::{Markup, html};
use uuid::Uuid;

pub(super) use super::form::parse_id;
use super::{
    error::{OrPage, PageError},
    form::FormData,
    i18n::Tr,
    session::Visitor,
};
use crate::error::ApiError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    mine::configure(cfg);
    overview::configure(cfg);
    opportunity::configure(cfg);
    shifts::configure(cfg);
    signups::configure(cfg);
    candidates::configure(cfg);
    hours::configure(cfg);
    members::configure(cfg);
}

/// What went wrong with a form, field by field, in the reader's words.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<(String, String)>);

/// The form field an API field path belongs to: `languages[0].code` is
/// the languages, `location.lat` the latitude.
fn field_key(path: &str) -> &str {
    let path = path.strip_prefix("location.").unwrap_or(path);
    path.split(['[', '.']).next().unwrap_or(path)
}

impl FieldErrors {
    /// The fields a refusal of invalid input names, each with the message
    /// for its field (chosen by the field's name, never the API's text).
    pub fn of(tr: Tr, error: &ApiError) -> Option<Self> {
        match error {
            ApiError::Validation(fields) => {
                let mut errors = Self::default();
                for field in fields {
                    errors.add(tr, field_key(&field.field));
                }
                Some(errors)
            }
            _ => None,
        }
    }

    /// Marks `field` as invalid, with its message.
    pub fn add(&mut self, tr: Tr, field: &str) {
        if self.get(field).is_none() {
            self.0
                .push((field.to_owned(), tr.of(id::ORG_FIELD_INVALID, field)));
        }
    }

    pub fn get(&self, field: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, message)| message.clone())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds the fields of `other` not named yet.
    pub fn merge(&mut self, other: Self) {
        for (field, message) in other.0 {
            if self.get(&field).is_none() {
                self.0.push((field, message));
            }
        }
    }
}

/// A refusal of the services a person can act on, as a page shows it:
/// invalid input (the form again, each field with its message) or a rule's
/// conflict (an alert in plain words), with the answer's status.
pub struct Refusal {
    pub code: StatusCode,
    pub alert: String,
    /// The fields to fix; none for a rule's refusal.
    pub fields: FieldErrors,
}

impl Refusal {
    /// Anything else than invalid input or a conflict is an error page.
    pub fn of(lang: Lang, error: ApiError) -> Result<Self, PageError> {
        let tr = Tr(lang);
        match error {
            ApiError::Conflict { kind, .. } => Ok(Self {
                code: StatusCode::CONFLICT,
                alert: rule_message(tr, kind),
                fields: FieldErrors::default(),
            }),
            error => match FieldErrors::of(tr, &error) {
                Some(fields) => Ok(Self {
                    code: StatusCode::UNPROCESSABLE_ENTITY,
                    alert: tr.t(id::ORG_FIX_FIELDS),
                    fields,
                }),
                None => Err(error).or_page(lang),
            },
        }
    }
}

/// A form's POST (see [`FormData::signed_in`]); a visitor who is not
/// signed in is sent to sign in and back to this address.
pub fn posted(
    visitor: &Visitor,
    req: &HttpRequest,
    body: &web::Bytes,
) -> Result<(FormData, Uuid), PageError> {
    FormData::signed_in(visitor, req, body, |_| visitor.here.clone())
}

/// The thing and the action an address names (`/…/{id}/{action}`), the
/// action among those the page takes.
pub fn id_and_action<T: Copy>(
    lang: Lang,
    (id, action): (String, String),
    actions: &[(&str, T)],
) -> Result<(Uuid, T), PageError> {
    let id = parse_id(lang, &id)?;
    actions
        .iter()
        .find(|(name, _)| *name == action)
        .map(|(_, value)| (id, *value))
        .ok_or_else(|| PageError::not_found(lang))
}

/// A rule's refusal (a conflict's `kind`) in plain words.
pub fn rule_message(tr: Tr, kind: &str) -> String {
    tr.of(id::ORG_REFUSED, kind)
}

/// An alert announced when the page opens.
pub fn alert(text: Option<String>) -> Markup {
    html! {
        @if let Some(text) = text { div.alert role="alert" { (text) } }
    }
}

/// A status in words (never by colour alone), styled by its value.
pub fn status(text: String, value: &str) -> Markup {
    html! { span class=(format!("status-{value}")) { (text) } }
}

/// When a shift happens, on Toruń's clocks: its start as a phrase, and
/// the time it ends.
pub fn shift_when(tr: Tr, starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> String {
    let end = torun_local(ends_at).format("%H:%M").to_string();
    tr.with(
        id::ORG_SHIFT_WHEN,
        &[
            ("start", local_time_phrase(starts_at, tr.lang()).into()),
            ("end", end.into()),
        ],
    )
}

/// A day as people type it: `2026-12-05`, `5.12.2026` or `5/12/2026`, in
/// the years the service stores (chrono also reads `+262142-12-31`).
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    use chrono::Datelike;
    ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(raw.trim(), format).ok())
        .filter(|date| {
            (hop_domain::bounds::FIRST_YEAR..=hop_domain::bounds::LAST_YEAR).contains(&date.year())
        })
}

/// `missing` unless `user` may see the organisation's sign-ups (its
/// members and staff): an id of another organisation's sign-up, shift or
/// hours entry reads as one that does not exist, as in the API.
pub fn member_or_missing(
    conn: &mut diesel::PgConnection,
    organization: Uuid,
    user: Uuid,
    missing: impl FnOnce() -> ApiError,
) -> Result<(), ApiError> {
    if crate::organizations::viewer(conn, organization, Some(user))?.can_see_sign_ups() {
        Ok(())
    } else {
        Err(missing())
    }
}

#[cfg(test)]
mod tests {
    use super::field_key;

    #[test]
    fn an_api_field_path_names_its_form_field() {
        assert_eq!(field_key("title"), "title");
        assert_eq!(field_key("languages[1].min_level"), "languages");
        assert_eq!(field_key("location.lat"), "lat");
        assert_eq!(field_key("location.address"), "address");
    }
}

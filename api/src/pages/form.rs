//! Form bodies (`application/x-www-form-urlencoded`) as name–value pairs in
//! order: fields may repeat (checkboxes, rows of a grid).

use actix_web::{HttpRequest, http::header, web};

use super::{csrf, error::PageError, session::Visitor};
use hop_domain::i18n::Lang;
use uuid::Uuid;

/// An id in a page's address: anything but a UUID names no page (404).
pub fn parse_id(lang: Lang, raw: &str) -> Result<Uuid, PageError> {
    raw.parse().map_err(|_| PageError::not_found(lang))
}

#[derive(Debug, Default)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    /// The body of a form's POST. Anything but a URL-encoded form is a 415.
    pub fn parse(req: &HttpRequest, body: &web::Bytes, lang: Lang) -> Result<Self, PageError> {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| {
                value.split(';').next().is_some_and(|mime| {
                    mime.trim()
                        .eq_ignore_ascii_case("application/x-www-form-urlencoded")
                })
            });
        if !is_form {
            return Err(PageError::NotAForm { lang });
        }
        Ok(Self::from_query(body))
    }

    /// A POST's form, once its CSRF token is checked: every form goes
    /// through here (or [`FormData::signed_in`]) before it changes anything.
    pub fn with_token(
        visitor: &Visitor,
        req: &HttpRequest,
        body: &web::Bytes,
    ) -> Result<Self, PageError> {
        let form = Self::parse(req, body, visitor.lang)?;
        csrf::check(visitor, &form)?;
        Ok(form)
    }

    /// A signed-in person's POST: the checked form and who sent it; a
    /// visitor who is not signed in is sent to sign in, then to `back(form)`.
    pub fn signed_in(
        visitor: &Visitor,
        req: &HttpRequest,
        body: &web::Bytes,
        back: impl FnOnce(&Self) -> String,
    ) -> Result<(Self, Uuid), PageError> {
        let form = Self::with_token(visitor, req, body)?;
        match &visitor.user {
            Some(user) => Ok((form, user.id)),
            None => Err(PageError::SignInFirst(back(&form))),
        }
    }

    /// Pairs of a query string or body.
    pub fn from_query(raw: &[u8]) -> Self {
        Self(
            form_urlencoded::parse(raw)
                .map(|(name, value)| (name.into_owned(), value.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// The first value of `name`, trimmed, `None` when empty.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.get(name)
            .map(str::trim)
            .filter(|value| !value.is_empty())
    }

    /// Every value of `name`, in order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// Whether a checkbox `name` was ticked.
    pub fn checked(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

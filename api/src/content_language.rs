//! The language of an answer: `?lang=` when a route takes it, otherwise
//! `Accept-Language`, otherwise English; answers say which in
//! `Content-Language`.

use actix_web::{HttpRequest, HttpResponseBuilder, http::header};
use hop_domain::i18n::Lang;

use crate::accept_language;

/// Every `Accept-Language` line of the request, as one list.
pub fn accept_language(req: &HttpRequest) -> Option<String> {
    let lines: Vec<&str> = req
        .headers()
        .get_all(header::ACCEPT_LANGUAGE)
        .filter_map(|value| value.to_str().ok())
        .collect();
    (!lines.is_empty()).then(|| lines.join(","))
}

/// The label language of an answer to a change: `Accept-Language` decides.
pub fn response_lang(req: &HttpRequest) -> Lang {
    accept_language(req)
        .as_deref()
        .and_then(accept_language::most_preferred)
        .unwrap_or(Lang::DEFAULT)
}

pub fn localized(mut response: HttpResponseBuilder, lang: Lang) -> HttpResponseBuilder {
    response
        .insert_header((header::CONTENT_LANGUAGE, lang.as_str()))
        .insert_header((header::VARY, "Accept-Language"));
    response
}

//! A page that could not be served, as a page in the reader's language
//! (never problem+json): a sign-in first, a forged or expired form, a
//! refusal of the API's services with its status.

use actix_web::{HttpResponse, ResponseError, http::StatusCode};
use hop_domain::{i18n::Lang, texts::id};
use maud::html;

use super::{i18n::Tr, layout};
use crate::error::ApiError;

#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// Not signed in: to the sign-in page, then back to this address.
    #[error("sign in first")]
    SignInFirst(String),
    #[error("the form's CSRF token is missing or wrong")]
    Forged { lang: Lang },
    #[error("not a form")]
    NotAForm { lang: Lang },
    #[error("{error}")]
    Api { lang: Lang, error: ApiError },
}

impl PageError {
    /// The page of an address that names nothing.
    pub fn not_found(lang: Lang) -> Self {
        Self::Api {
            lang,
            error: ApiError::NotFound("No page at this address".into()),
        }
    }

    pub fn internal(cause: &'static str) -> Self {
        Self::Api {
            lang: Lang::DEFAULT,
            error: ApiError::internal(cause),
        }
    }
}

/// `?` on a service's result in a page handler.
pub trait OrPage<T> {
    fn or_page(self, lang: Lang) -> Result<T, PageError>;
}

impl<T> OrPage<T> for Result<T, ApiError> {
    fn or_page(self, lang: Lang) -> Result<T, PageError> {
        self.map_err(|error| PageError::Api { lang, error })
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::SignInFirst(_) => StatusCode::SEE_OTHER,
            Self::Forged { .. } => StatusCode::FORBIDDEN,
            Self::NotAForm { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Api { error, .. } => error.status_code(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (lang, title, detail) = match self {
            Self::SignInFirst(back) => {
                let target = format!(
                    "/sign-in?{}",
                    form_urlencoded::Serializer::new(String::new())
                        .append_pair("next", back)
                        .finish()
                );
                return super::session::see_other(&target);
            }
            Self::Forged { lang } => (*lang, id::ERROR_FORGED_TITLE, id::ERROR_FORGED),
            Self::NotAForm { lang } => (*lang, id::ERROR_NOT_A_FORM_TITLE, id::ERROR_NOT_A_FORM),
            Self::Api { lang, error } => {
                let (title, detail) = match error.status_code() {
                    StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                        (id::ERROR_FORBIDDEN_TITLE, id::ERROR_FORBIDDEN)
                    }
                    StatusCode::NOT_FOUND => (id::ERROR_NOT_FOUND_TITLE, id::ERROR_NOT_FOUND),
                    StatusCode::TOO_MANY_REQUESTS => (id::ERROR_TOO_MANY_TITLE, id::ERROR_TOO_MANY),
                    StatusCode::SERVICE_UNAVAILABLE => {
                        (id::ERROR_UNAVAILABLE_TITLE, id::ERROR_UNAVAILABLE)
                    }
                    status if status.is_server_error() => {
                        (id::ERROR_INTERNAL_TITLE, id::ERROR_INTERNAL)
                    }
                    _ => (id::ERROR_BAD_REQUEST_TITLE, id::ERROR_BAD_REQUEST),
                };
                (*lang, title, detail)
            }
        };
        // The API's own answer logs a server error's cause and carries its
        // headers (`Retry-After`); the page keeps them.
        let api_response = match self {
            Self::Api { error, .. } => Some(error.error_response()),
            _ => None,
        };
        let tr = Tr(lang);
        let body = layout::bare(
            tr,
            &tr.t(title),
            html! {
                h1 { (tr.t(title)) }
                p { (tr.t(detail)) }
                p { a href="/" { (tr.t(id::ERROR_HOME_LINK)) } }
            },
        );
        let mut response = HttpResponse::build(self.status_code());
        if let Some(api) = &api_response {
            for (name, value) in api.headers() {
                if name == actix_web::http::header::RETRY_AFTER {
                    response.insert_header((name.clone(), value.clone()));
                }
            }
        }
        response
            .content_type("text/html; charset=utf-8")
            .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
            .body(body.into_string())
    }
}

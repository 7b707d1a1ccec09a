//! Who is looking at a page: the language, the sign-in (a cookie holding a
//! random token whose digest is a `web_sessions` row), and the CSRF token
//! its forms carry.

use std::{future::Future, pin::Pin, time::Duration};

use actix_web::{
    FromRequest, HttpRequest, HttpResponse,
    cookie::{Cookie, SameSite, time},
    dev::Payload,
    http::header,
    web,
};
use chrono::Utc;
use hop_domain::i18n::Lang;
use uuid::Uuid;

use super::{
    csrf,
    error::PageError,
    i18n::Tr,
    store::{self, LiveSession},
};
use crate::{
    accept_language,
    auth::tokens::{RefreshToken, refresh_token_digest},
    config::{Config, Environment},
    db,
    state::AppState,
};

/// How the pages' cookies are made.
#[derive(Debug, Clone)]
pub struct PageSettings {
    /// `Secure` cookies with the `__Host-` prefix: everywhere but development,
    /// where the pages are opened over plain HTTP on this machine.
    pub secure_cookies: bool,
    /// How long a sign-in lasts: as long as the API's refresh tokens.
    pub session_ttl: Duration,
}

impl PageSettings {
    pub fn new(config: &Config) -> Self {
        Self {
            secure_cookies: config.environment != Environment::Development,
            session_ttl: config.tokens.refresh_ttl,
        }
    }

    fn name(&self, base: &'static str) -> String {
        if self.secure_cookies {
            format!("__Host-{base}")
        } else {
            base.to_owned()
        }
    }

    pub fn session_cookie_name(&self) -> String {
        self.name(SESSION_COOKIE)
    }

    pub fn csrf_cookie_name(&self) -> String {
        self.name(csrf::COOKIE)
    }

    pub fn language_cookie_name(&self) -> String {
        self.name(LANGUAGE_COOKIE)
    }

    /// A cookie the page's scripts never read: `HttpOnly`, `SameSite=Lax`,
    /// for the whole site.
    pub fn cookie(&self, name: String, value: String, max_age: Duration) -> Cookie<'static> {
        let mut cookie = Cookie::build(name, value)
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(self.secure_cookies)
            .finish();
        cookie.set_max_age(time::Duration::seconds(
            i64::try_from(max_age.as_secs()).unwrap_or(i64::MAX),
        ));
        cookie
    }

    /// The cookie that removes `name`.
    pub fn removal(&self, name: String) -> Cookie<'static> {
        let mut cookie = self.cookie(name, String::new(), Duration::ZERO);
        cookie.make_removal();
        cookie
    }
}

const SESSION_COOKIE: &str = "hop_session";
const LANGUAGE_COOKIE: &str = "hop_lang";
/// A year: the language someone chose stays chosen.
pub const LANGUAGE_COOKIE_AGE: Duration = Duration::from_secs(365 * 24 * 3600);

/// A signed-in person.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub id: Uuid,
    pub session_id: Uuid,
    pub display_name: String,
    pub is_staff: bool,
}

/// The person (or the anonymous visitor) a page is rendered for.
#[derive(Debug, Clone)]
pub struct Visitor {
    pub lang: Lang,
    pub user: Option<SignedIn>,
    /// The token every form on the page carries.
    pub csrf: String,
    /// A fresh anonymous CSRF token to set as a cookie with the answer.
    new_csrf_cookie: bool,
    /// The path and query of the page, for "come back here" links.
    pub here: String,
    pub settings: PageSettings,
}

impl Visitor {
    pub fn tr(&self) -> Tr {
        Tr(self.lang)
    }

    /// The signed-in person, or a redirect to the sign-in page that comes
    /// back here.
    pub fn require_user(&self) -> Result<&SignedIn, PageError> {
        self.user
            .as_ref()
            .ok_or_else(|| PageError::SignInFirst(self.here.clone()))
    }

    /// A page's answer: HTML, never stored by a cache (it carries the form
    /// token and, when signed in, personal data).
    pub fn html(&self, status: actix_web::http::StatusCode, body: String) -> HttpResponse {
        let mut response = HttpResponse::build(status);
        response
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .insert_header((header::VARY, "Cookie, Accept-Language"));
        if self.new_csrf_cookie {
            response.cookie(self.settings.cookie(
                self.settings.csrf_cookie_name(),
                self.csrf.clone(),
                self.settings.session_ttl,
            ));
        }
        response.body(body)
    }

    pub fn ok(&self, markup: maud::Markup) -> HttpResponse {
        self.html(actix_web::http::StatusCode::OK, markup.into_string())
    }
}

/// A 303 to `location`: the answer to a form that worked.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish()
}

fn cookie_value(req: &HttpRequest, name: &str) -> Option<String> {
    req.cookie(name).map(|cookie| cookie.value().to_owned())
}

/// The page's language: the person's setting, then the anonymous visitor's
/// choice (a cookie), then `Accept-Language`.
fn language(req: &HttpRequest, settings: &PageSettings, session: Option<&LiveSession>) -> Lang {
    session
        .and_then(|session| Lang::parse(&session.preferred_language).ok())
        .or_else(|| {
            cookie_value(req, &settings.language_cookie_name())
                .and_then(|code| Lang::parse(&code).ok())
        })
        .unwrap_or_else(|| {
            let header = req
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok());
            accept_language::negotiate(None, header).unwrap_or(Lang::DEFAULT)
        })
}

impl FromRequest for Visitor {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { visitor(&req).await })
    }
}

async fn visitor(req: &HttpRequest) -> Result<Visitor, PageError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| PageError::internal("AppState is not registered"))?
        .clone();
    let settings = req
        .app_data::<web::Data<PageSettings>>()
        .ok_or_else(|| PageError::internal("PageSettings is not registered"))?
        .get_ref()
        .clone();
    let here = req
        .uri()
        .path_and_query()
        .map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned());
    let session = match cookie_value(req, &settings.session_cookie_name()) {
        Some(token) if token.len() == RefreshToken::TEXT_LEN => {
            let digest = refresh_token_digest(&token);
            db::run(&state.db, move |conn| {
                Ok(store::find_live(conn, &digest, Utc::now())?)
            })
            .await
            .map_err(|error| PageError::Api {
                lang: language(req, &settings, None),
                error,
            })?
        }
        _ => None,
    };
    let lang = language(req, &settings, session.as_ref());
    let (csrf, new_csrf_cookie) = match &session {
        Some(session) => (session.csrf_token.clone(), false),
        None => match cookie_value(req, &settings.csrf_cookie_name())
            .filter(|token| token.len() == RefreshToken::TEXT_LEN)
        {
            Some(token) => (token, false),
            None => (RefreshToken::generate().plain, true),
        },
    };
    Ok(Visitor {
        lang,
        user: session.map(|session| SignedIn {
            id: session.user_id,
            session_id: session.id,
            display_name: session.display_name,
            is_staff: session.is_staff,
        }),
        csrf,
        new_csrf_cookie,
        here,
        settings,
    })
}

/// Starts a sign-in for `user`: the row, and the cookie that carries it.
/// The anonymous CSRF cookie is dropped: forms now carry the session's own.
pub fn start(
    conn: &mut diesel::PgConnection,
    settings: &PageSettings,
    user: Uuid,
) -> Result<Vec<Cookie<'static>>, crate::error::ApiError> {
    let token = RefreshToken::generate();
    let csrf = RefreshToken::generate().plain;
    let ttl = chrono::Duration::from_std(settings.session_ttl)
        .map_err(crate::error::ApiError::internal)?;
    store::insert(
        conn,
        &store::NewWebSession {
            id: Uuid::new_v4(),
            user_id: user,
            token_hash: &token.digest,
            csrf_token: &csrf,
            expires_at: Utc::now() + ttl,
        },
    )?;
    Ok(vec![
        settings.cookie(
            settings.session_cookie_name(),
            token.plain,
            settings.session_ttl,
        ),
        settings.removal(settings.csrf_cookie_name()),
    ])
}

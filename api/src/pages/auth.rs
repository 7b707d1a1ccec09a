//! Register, sign in, sign out (here or everywhere), and the language
//! setting: the API's own rules, limits and lockout (`auth::service`).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::Utc;
use hop_domain::{
    DisplayName, Email, Password, PasswordAttempt,
    i18n::Lang,
    texts::{FluentValue, id},
};
use maud::html;

use super::{
    error::{OrPage, PageError},
    form::FormData,
    layout::{self, Input, csrf_field},
    session::{self, LANGUAGE_COOKIE_AGE, Visitor, see_other},
    store,
};
use crate::{
    auth::{
        model::{LoginAttempt, NewAccount},
        service, store as tokens_store,
    },
    db,
    error::ApiError,
    state::AppState,
};

/// Where to go after signing in: a path on this site only, never another
/// site (`//host` or a scheme).
fn local_path(next: Option<&str>) -> &str {
    match next {
        // Printable ASCII without a backslash: browsers drop tabs and line
        // breaks from a Location and read `\` as `/`, which would turn
        // `/<tab>/host` into another site's address.
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && path
                    .bytes()
                    .all(|byte| byte.is_ascii_graphic() && byte != b'\\') =>
        {
            path
        }
        _ => "/",
    }
}

fn retry_minutes(error: &ApiError) -> u64 {
    match error {
        ApiError::TooManyRequests { retry_after } => retry_after.as_secs().div_ceil(60).max(1),
        _ => 1,
    }
}

#[derive(Default)]
struct SignInForm {
    email: String,
    next: String,
    alert: Option<String>,
}

fn sign_in_page(visitor: &Visitor, form: &SignInForm, status: StatusCode) -> HttpResponse {
    let tr = visitor.tr();
    let title = tr.t(id::SIGN_IN_TITLE);
    let body = html! {
        h1 { (title) }
        @if let Some(alert) = &form.alert { div.alert role="alert" { (alert) } }
        form.stack method="post" action="/sign-in" {
            (csrf_field(visitor))
            input type="hidden" name="next" value=(form.next);
            (Input::new("email", tr.t(id::FIELD_EMAIL), &form.email).kind("email").autocomplete("username").required().render())
            (Input::new("password", tr.t(id::FIELD_PASSWORD), "").kind("password").autocomplete("current-password").required().render())
            div.actions { button type="submit" { (tr.t(id::SIGN_IN_SUBMIT)) } }
        }
        p { (tr.t(id::SIGN_IN_NO_ACCOUNT)) " " a href="/register" { (tr.t(id::NAV_REGISTER)) } }
    };
    visitor.html(status, layout::page(visitor, &title, body).into_string())
}

async fn sign_in_form(visitor: Visitor, req: HttpRequest) -> HttpResponse {
    if visitor.user.is_some() {
        return see_other("/");
    }
    let query = FormData::from_query(req.query_string().as_bytes());
    let form = SignInForm {
        next: local_path(query.get("next")).to_owned(),
        ..SignInForm::default()
    };
    sign_in_page(&visitor, &form, StatusCode::OK)
}

async fn sign_in(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<session::PageSettings>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = FormData::with_token(&visitor, &req, &body)?;
    let tr = visitor.tr();
    let mut page = SignInForm {
        email: form.get("email").unwrap_or_default().to_owned(),
        next: local_path(form.get("next")).to_owned(),
        alert: None,
    };
    let attempt = match (
        Email::parse(&page.email),
        PasswordAttempt::parse(form.get("password").unwrap_or_default().to_owned()),
    ) {
        (Ok(email), Ok(password)) => LoginAttempt { email, password },
        _ => {
            page.alert = Some(tr.t(id::SIGN_IN_WRONG));
            return Ok(sign_in_page(
                &visitor,
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let verified = match service::verify_password(&state, state.client_address(&req), attempt).await
    {
        Ok(verified) => verified,
        Err(ApiError::Unauthorized(_)) => {
            page.alert = Some(tr.t(id::SIGN_IN_WRONG));
            return Ok(sign_in_page(&visitor, &page, StatusCode::UNAUTHORIZED));
        }
        Err(error @ ApiError::TooManyRequests { .. }) => {
            let minutes = retry_minutes(&error);
            page.alert = Some(tr.with(
                id::SIGN_IN_LOCKED,
                &[("minutes", FluentValue::from(minutes))],
            ));
            return Ok(sign_in_page(&visitor, &page, StatusCode::TOO_MANY_REQUESTS));
        }
        Err(error) => {
            return Err(PageError::Api {
                lang: visitor.lang,
                error,
            });
        }
    };
    let settings = settings.get_ref().clone();
    let cookies = db::transaction(&state.db, move |conn| {
        verified.record_success(conn)?;
        session::start(conn, &settings, verified.user.id)
    })
    .await
    .or_page(visitor.lang)?;
    let mut response = see_other(&page.next);
    for cookie in cookies {
        response
            .add_cookie(&cookie)
            .map_err(|_| PageError::internal("cookie"))?;
    }
    Ok(response)
}

#[derive(Default)]
struct RegisterForm {
    email: String,
    display_name: String,
    errors: Vec<(&'static str, String)>,
    alert: Option<String>,
}

impl RegisterForm {
    fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, message)| message.clone())
    }
}

fn register_page(visitor: &Visitor, form: &RegisterForm, status: StatusCode) -> HttpResponse {
    let tr = visitor.tr();
    let title = tr.t(id::REGISTER_TITLE);
    let body = html! {
        h1 { (title) }
        p.lead { (tr.t(id::REGISTER_LEAD)) }
        @if let Some(alert) = &form.alert { div.alert role="alert" { (alert) } }
        form.stack method="post" action="/register" novalidate {
            (csrf_field(visitor))
            (Input::new("display_name", tr.t(id::FIELD_DISPLAY_NAME), &form.display_name).autocomplete("name").required().error(form.error("display_name")).render())
            (Input::new("email", tr.t(id::FIELD_EMAIL), &form.email).kind("email").autocomplete("email").required().error(form.error("email")).render())
            (Input::new("password", tr.t(id::FIELD_NEW_PASSWORD), "").kind("password").autocomplete("new-password").required().hint(tr.t(id::FIELD_NEW_PASSWORD_HINT)).error(form.error("password")).render())
            div.actions { button type="submit" { (tr.t(id::REGISTER_SUBMIT)) } }
        }
        p { (tr.t(id::REGISTER_HAVE_ACCOUNT)) " " a href="/sign-in" { (tr.t(id::NAV_SIGN_IN)) } }
    };
    visitor.html(status, layout::page(visitor, &title, body).into_string())
}

async fn register_form(visitor: Visitor) -> HttpResponse {
    if visitor.user.is_some() {
        return see_other("/");
    }
    register_page(&visitor, &RegisterForm::default(), StatusCode::OK)
}

async fn register(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<session::PageSettings>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = FormData::with_token(&visitor, &req, &body)?;
    let tr = visitor.tr();
    let mut page = RegisterForm {
        email: form.get("email").unwrap_or_default().trim().to_owned(),
        display_name: form.get("display_name").unwrap_or_default().to_owned(),
        ..RegisterForm::default()
    };
    let email = Email::parse(&page.email);
    let password = Password::parse(form.get("password").unwrap_or_default().to_owned());
    let display_name = DisplayName::parse(&page.display_name);
    let account = match (email, password, display_name) {
        (Ok(email), Ok(password), Ok(display_name)) => NewAccount {
            email,
            password,
            display_name,
        },
        (email, password, display_name) => {
            if email.is_err() {
                page.errors.push(("email", tr.t(id::FIELD_EMAIL_INVALID)));
            }
            if password.is_err() {
                page.errors
                    .push(("password", tr.t(id::FIELD_NEW_PASSWORD_INVALID)));
            }
            if display_name.is_err() {
                page.errors
                    .push(("display_name", tr.t(id::FIELD_DISPLAY_NAME_INVALID)));
            }
            return Ok(register_page(
                &visitor,
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let user = match service::register(&state, state.client_address(&req), account).await {
        Ok(user) => user,
        Err(ApiError::Conflict { .. }) => {
            page.errors.push(("email", tr.t(id::REGISTER_EMAIL_TAKEN)));
            return Ok(register_page(&visitor, &page, StatusCode::CONFLICT));
        }
        Err(error @ ApiError::TooManyRequests { .. }) => {
            let minutes = retry_minutes(&error);
            page.alert = Some(tr.with(
                id::REGISTER_TOO_MANY,
                &[("minutes", FluentValue::from(minutes))],
            ));
            return Ok(register_page(
                &visitor,
                &page,
                StatusCode::TOO_MANY_REQUESTS,
            ));
        }
        Err(error) => {
            return Err(PageError::Api {
                lang: visitor.lang,
                error,
            });
        }
    };
    // The language the account was made in is its setting from now on.
    let settings = settings.get_ref().clone();
    let lang = visitor.lang;
    let cookies = db::transaction(&state.db, move |conn| {
        store::set_preferred_language(conn, user.id, lang.as_str())?;
        session::start(conn, &settings, user.id)
    })
    .await
    .or_page(visitor.lang)?;
    let mut response = see_other("/me/profile?done=registered");
    for cookie in cookies {
        response
            .add_cookie(&cookie)
            .map_err(|_| PageError::internal("cookie"))?;
    }
    Ok(response)
}

fn signed_out(settings: &session::PageSettings) -> Result<HttpResponse, PageError> {
    let mut response = see_other("/?done=signed-out");
    response
        .add_cookie(&settings.removal(settings.session_cookie_name()))
        .map_err(|_| PageError::internal("cookie"))?;
    Ok(response)
}

async fn sign_out(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<session::PageSettings>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    FormData::with_token(&visitor, &req, &body)?;
    if let Some(user) = &visitor.user {
        let session_id = user.session_id;
        db::run(&state.db, move |conn| Ok(store::delete(conn, session_id)?))
            .await
            .or_page(visitor.lang)?;
    }
    signed_out(&settings)
}

/// Ends every sign-in of the account, on the pages and through the API.
async fn sign_out_everywhere(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<session::PageSettings>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (_, user) = FormData::signed_in(&visitor, &req, &body, |_| visitor.here.clone())?;
    db::transaction(&state.db, move |conn| {
        store::delete_all_of(conn, user)?;
        tokens_store::revoke_all_of(conn, user, Utc::now())?;
        Ok(())
    })
    .await
    .or_page(visitor.lang)?;
    signed_out(&settings)
}

async fn account(visitor: Visitor) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?;
    let tr = visitor.tr();
    let title = tr.t(id::ACCOUNT_TITLE);
    let body = html! {
        h1 { (title) }
        p { (tr.with(id::ACCOUNT_SIGNED_IN_AS, &[("name", FluentValue::from(user.display_name.as_str()))])) }
        h2 { (tr.t(id::ACCOUNT_SESSIONS)) }
        p { (tr.t(id::ACCOUNT_SIGN_OUT_EVERYWHERE_HINT)) }
        form method="post" action="/sign-out-everywhere" {
            (csrf_field(&visitor))
            button.danger type="submit" { (tr.t(id::ACCOUNT_SIGN_OUT_EVERYWHERE)) }
        }
    };
    Ok(visitor.ok(layout::page(&visitor, &title, body)))
}

/// The switcher: the person's setting when signed in, else a cookie.
async fn choose_language(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    settings: web::Data<session::PageSettings>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = FormData::with_token(&visitor, &req, &body)?;
    let Ok(lang) = Lang::parse(form.get("lang").unwrap_or_default()) else {
        return Err(PageError::Api {
            lang: visitor.lang,
            error: ApiError::invalid_field("lang", "must be one of pl, en, de, lt, lv, uk"),
        });
    };
    if let Some(user) = &visitor.user {
        let user = user.id;
        db::run(&state.db, move |conn| {
            Ok(store::set_preferred_language(conn, user, lang.as_str())?)
        })
        .await
        .or_page(visitor.lang)?;
    }
    let mut response = see_other(local_path(form.get("back")));
    response
        .add_cookie(&settings.cookie(
            settings.language_cookie_name(),
            lang.as_str().to_owned(),
            LANGUAGE_COOKIE_AGE,
        ))
        .map_err(|_| PageError::internal("cookie"))?;
    Ok(response)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/sign-in", web::get().to(sign_in_form))
        .route("/sign-in", web::post().to(sign_in))
        .route("/register", web::get().to(register_form))
        .route("/register", web::post().to(register))
        .route("/sign-out", web::post().to(sign_out))
        .route("/sign-out-everywhere", web::post().to(sign_out_everywhere))
        .route("/me/account", web::get().to(account))
        .route("/language", web::post().to(choose_language));
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_paths_on_this_site_are_followed_after_signing_in() {
        assert_eq!(local_path(Some("/me/shifts?x=1")), "/me/shifts?x=1");
        for foreign in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
            "/\u{1}",
            "/caf\u{e9}",
            "",
            "me",
        ] {
            assert_eq!(local_path(Some(foreign)), "/", "{foreign}");
        }
        assert_eq!(local_path(None), "/");
    }
}

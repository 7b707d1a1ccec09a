//! HTTP handlers of a person's data rights.

use actix_web::{HttpRequest, HttpResponse, delete, get, http::header, web};
use chrono::Utc;

use super::{
    erasure, export,
    model::{EraseRequest, Export},
};
use crate::{
    accounts::store as accounts,
    auth::{AuthUser, limiter::LoginKeys},
    certificates::Documents,
    db,
    error::responses::{InvalidField, Unauthorized},
    error::{ApiError, Problem},
    json::JsonBody,
    state::AppState,
};

/// Everything HOP holds about the caller (GDPR art. 15 and 20), as one
/// JSON document to keep or take elsewhere: the account (not the password
/// hash), the volunteer profile, memberships and invitations, sign-ups,
/// hours with their corrections, agreements, certificates, organisations'
/// opinions and safeguarding records of the caller, notifications and
/// e-mails, consents with when they were given, logins (no token
/// material), and what the caller did for organisations. Read in one
/// snapshot; answered as an attachment.
#[utoipa::path(
    tag = "privacy",
    operation_id = "export_my_data",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's data", body = Export,
            headers(("Content-Disposition" = String, description = "`attachment; filename=\"hop-export-<date>.json\"`"))),
        (status = 401, response = Unauthorized),
    )
)]
#[get("/me/export")]
pub async fn export_mine(
    state: web::Data<AppState>,
    user: AuthUser,
) -> Result<HttpResponse, ApiError> {
    let export = db::run(&state.db, move |conn| export::export(conn, user.id)).await?;
    let filename = format!("hop-export-{}.json", export.exported_at.format("%Y-%m-%d"));
    Ok(HttpResponse::Ok()
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .json(export))
}

/// Erase the caller's account (GDPR art. 17), confirmed with its password.
///
/// The name, e-mail address, birth date (its age band stays), home,
/// guardians' names, availability, organisations' opinions, notifications
/// and e-mails go at once; sign-ups, hours, agreements and certificates
/// stay without the person (organisations see "erased volunteer"), with
/// the skills, languages, city and country statistics count. Every login
/// ends, and the account's access tokens are refused from now on. The
/// address may register again, as a new person.
///
/// A wrong password is 403 (the token is fine; the confirmation is not),
/// and counts against the account's login limits (429 past them). The
/// only owner of an organisation that has other members or records gets
/// 409 `sole-owner` and nothing is erased: hand it over first.
#[utoipa::path(
    tag = "privacy",
    operation_id = "erase_me",
    security(("bearer" = [])),
    request_body = EraseRequest,
    responses(
        (status = 204, description = "The account is erased"),
        (status = 401, response = Unauthorized),
        (status = 403, description = "The password is wrong; nothing was erased", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The caller is the only owner of an organisation with other members or records (`sole-owner`); nothing was erased", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
        (status = 429, description = "Too many wrong passwords: wait `Retry-After` seconds", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[delete("/me")]
pub async fn erase_me(
    req: HttpRequest,
    state: web::Data<AppState>,
    documents: web::Data<Documents>,
    user: AuthUser,
    body: JsonBody<EraseRequest>,
) -> Result<HttpResponse, ApiError> {
    let attempt = body.into_inner().parse()?;
    // The password is guessed no faster here than at the login.
    let limiter = state.login_limiter;
    let address = state.client_address(&req);
    let (keys, account) = db::run(&state.db, move |conn| {
        let account = accounts::find_by_id(conn, user.id)?.ok_or(ApiError::Unauthorized(
            "The account of this access token no longer exists",
        ))?;
        let keys = LoginKeys::new(&account.email.to_lowercase(), address);
        // A success here ends in erasure: nothing of the pair is left to forget.
        let _checked = limiter.check(conn, &keys)?;
        Ok((keys, account))
    })
    .await?;
    if !state
        .hasher
        .verify(attempt, Some(account.password_hash))
        .await?
    {
        db::run(&state.db, move |conn| limiter.record_failure(conn, &keys)).await?;
        return Err(ApiError::Forbidden(
            "The password is wrong; nothing was erased",
        ));
    }
    // The key is loaded (or made) and committed on its own first, as for
    // an issue: certificates are signed again without the name.
    let docs = documents.clone();
    let signer = db::run(&state.db, move |conn| docs.keys.signer(conn)).await?;
    let docs = documents.clone();
    let erased_at = db::transaction(&state.db, move |conn| {
        erasure::erase(conn, &signer, &docs.public_url, user.id, Utc::now())
    })
    .await?;
    // Committed: this instance refuses the account's tokens from now on,
    // the others once they next read `users.erased_at`.
    state.erased_accounts.remember(user.id, erased_at);
    tracing::info!(account = %user.id, "account erased");
    Ok(HttpResponse::NoContent().finish())
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(export_mine).service(erase_me);
}

//! HTTP handlers of certificates, opinions and the credential keys.

use actix_web::{HttpRequest, HttpResponse, get, http::header, post, put, web};
use chrono::Utc;
use hop_domain::organization::RejectionReason;
use uuid::Uuid;

use super::{
    keys::{self, Jwks, Keys},
    model::{
        Certificate, CertificateFacts, CertificateVerification, OpinionRequest,
        RevokeCertificateRequest,
    },
    service,
};
use crate::{
    auth::AuthUser,
    db,
    error::responses::{InvalidField, NotMember, OrganizationNotFound, Unauthorized},
    error::{ApiError, Problem},
    json::JsonBody,
    state::AppState,
};

/// The documents' settings and signing keys, beside the shared state.
pub struct Documents {
    pub public_url: url::Url,
    pub keys: Keys,
}

/// Whether the client asked for `media` before the alternatives: named in
/// `Accept` with a quality above 0 and above any of `others`.
pub(crate) fn prefers(req: &HttpRequest, media: &str, others: &[&str]) -> bool {
    let Some(accept) = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let quality = |wanted: &str| {
        accept
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let name = pieces.next()?.trim();
                (name.eq_ignore_ascii_case(wanted)).then(|| {
                    pieces
                        .find_map(|p| {
                            p.trim()
                                .strip_prefix("q=")
                                .and_then(|q| q.parse::<f32>().ok())
                        })
                        .unwrap_or(1.0)
                })
            })
            .fold(0.0f32, f32::max)
    };
    let own = quality(media);
    own > 0.0 && others.iter().all(|other| quality(other) <= own)
}

/// Issue (or re-issue) the certificate of the caller's approved work with
/// an organisation (art. 44 sec. 4 of the act on volunteering): an A4 PDF
/// in Polish with the caller's language alongside and the QR code of its
/// public page; with `Accept: application/json`, the same facts and the
/// signed Open Badges 3.0 credential. The latest certificate is answered
/// again while the approved work is unchanged; after new hours it is a new
/// one, and older ones stay verifiable.
#[utoipa::path(
    tag = "certificates",
    operation_id = "issue_my_certificate",
    security(("bearer" = [])),
    params(("organization_id" = Uuid, Path, description = "The organisation")),
    responses(
        (status = 200, description = "The certificate", content(
            (Vec<u8> = "application/pdf"),
            (Certificate = "application/json"),
        )),
        (status = 401, response = Unauthorized),
        (status = 404, response = OrganizationNotFound),
        (status = 409, description = "No approved hours with this organisation (`no-approved-hours`), the certificate of exactly this work was revoked (`certificate-revoked`), or the organisation is not verified (`organization-not-verified`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/certificates/{organization_id}")]
pub async fn issue(
    req: HttpRequest,
    state: web::Data<AppState>,
    documents: web::Data<Documents>,
    user: AuthUser,
    organization: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let organization = organization.into_inner();
    let as_json = prefers(&req, "application/json", &["application/pdf"]);
    let (row, pdf) = service::issue_document(
        &state.db,
        documents.clone().into_inner(),
        user.id,
        organization,
        !as_json,
    )
    .await?;
    match pdf {
        Some(pdf) => Ok(HttpResponse::Ok()
            .content_type("application/pdf")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"certificate-{}.pdf\"", row.code),
            ))
            .body(pdf)),
        None => {
            let facts: CertificateFacts = serde_json::from_value(row.facts)
                .map_err(|err| ApiError::internal(format!("stored certificate facts: {err}")))?;
            Ok(HttpResponse::Ok().json(Certificate {
                id: row.id,
                verify_url: service::verify_url(&documents.public_url, &row.code),
                code: row.code,
                issued_at: row.issued_at,
                facts,
                credential: row.credential,
            }))
        }
    }
}

/// Check a certificate by its code (anyone, without an account): whether
/// it is valid or revoked, and exactly the facts it states. JSON; with
/// `Accept: text/html`, a small page in the reader's language
/// (`Accept-Language`).
#[utoipa::path(
    tag = "certificates",
    operation_id = "verify_certificate",
    security(()),
    params(("code" = String, Path, description = "The verification code printed on the certificate", pattern = "^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$")),
    responses(
        (status = 200, description = "What the certificate states, and whether it stands", content(
            (CertificateVerification = "application/json"),
            (String = "text/html"),
        )),
        (status = 404, description = "No certificate with this code", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/certificates/{code}")]
pub async fn verify(
    req: HttpRequest,
    state: web::Data<AppState>,
    documents: web::Data<Documents>,
    code: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let code = code.into_inner();
    if !service::is_code(&code) {
        return Err(ApiError::NotFound("No certificate with this code".into()));
    }
    // A public page: a revocation shows within the replica's lag bound.
    let row = db::replica::read(&state.db, move |conn| {
        Ok(super::store::by_code(conn, &code)?)
    })
    .await?
    .ok_or_else(|| ApiError::NotFound("No certificate with this code".into()))?;
    let verification = CertificateVerification::from_row(row)?;
    if prefers(&req, "text/html", &["application/json"]) {
        let lang = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(crate::accept_language::most_preferred)
            .unwrap_or(hop_domain::i18n::Lang::DEFAULT);
        let texts = service::verification_texts(&verification, &documents.public_url, lang);
        return Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CONTENT_LANGUAGE, lang.as_str()))
            .body(page(&texts, lang.as_str())));
    }
    Ok(HttpResponse::Ok().json(verification))
}

/// The verification page: a few sentences, escaped.
fn page(texts: &hop_domain::documents::Verification, lang: &str) -> String {
    let e = |text: &str| html_escape::encode_text(text).into_owned();
    let reason = texts
        .reason
        .as_deref()
        .map(|reason| format!("<p>{}</p>", e(reason)))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head><body><main><h1>{title}</h1>\
         <p><strong>{status}</strong></p>{reason}<p>{issued}</p><p>{hours}</p></main></body></html>",
        title = e(&texts.title),
        status = e(&texts.status),
        issued = e(&texts.issued_by),
        hours = e(&texts.hours),
    )
}

/// Revoke a certificate with a reason (the organisation's members); its
/// public page then says revoked.
#[utoipa::path(
    tag = "certificates",
    operation_id = "revoke_certificate",
    security(("bearer" = [])),
    params(("code" = String, Path, description = "The verification code")),
    request_body = RevokeCertificateRequest,
    responses(
        (status = 200, description = "Revoked", body = CertificateVerification),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Staff, not a member", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No certificate with this code of the caller's organisations", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already revoked", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/certificates/{code}/revoke")]
pub async fn revoke(
    state: web::Data<AppState>,
    user: AuthUser,
    code: web::Path<String>,
    body: JsonBody<RevokeCertificateRequest>,
) -> Result<web::Json<CertificateVerification>, ApiError> {
    let code = code.into_inner();
    let reason = RejectionReason::parse(&body.into_inner().reason)
        .map_err(|invalid| ApiError::invalid_field("reason", invalid.message))?;
    if !service::is_code(&code) {
        return Err(ApiError::NotFound("No certificate with this code".into()));
    }
    let row = db::transaction(&state.db, move |conn| {
        service::revoke(conn, &code, user.id, &reason, Utc::now())
    })
    .await?;
    Ok(web::Json(CertificateVerification::from_row(row)?))
}

/// Write the organisation's opinion of a volunteer's work (art. 44 sec. 5);
/// certificates issued from now on state it.
#[utoipa::path(
    tag = "certificates",
    operation_id = "put_opinion",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The organisation"),
        ("volunteer_id" = Uuid, Path, description = "The volunteer"),
    ),
    request_body = OpinionRequest,
    responses(
        (status = 204, description = "Written"),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, description = "No such organisation or volunteer", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The volunteer is the caller (`own-opinion`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[put("/organizations/{id}/opinions/{volunteer_id}")]
pub async fn put_opinion(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
    body: JsonBody<OpinionRequest>,
) -> Result<HttpResponse, ApiError> {
    let (organization, volunteer) = path.into_inner();
    let opinion = hop_domain::documents::Opinion::parse(&body.into_inner().body)
        .map_err(|invalid| ApiError::invalid_field("body", invalid.message))?;
    db::transaction(&state.db, move |conn| {
        service::put_opinion(conn, organization, volunteer, user.id, opinion.as_str())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The public keys (JWKS) that verify HOP's credentials: the active key
/// first, then every retired one.
#[utoipa::path(
    tag = "certificates",
    operation_id = "credential_keys",
    security(()),
    responses((status = 200, description = "The key set", body = Jwks, content_type = "application/jwk-set+json")),
)]
#[get("/.well-known/jwks.json")]
pub async fn jwks(
    state: web::Data<AppState>,
    documents: web::Data<Documents>,
) -> Result<HttpResponse, ApiError> {
    let docs = documents.clone();
    let set = db::run(&state.db, move |conn| {
        // The active key exists once a process signs; make sure it does.
        docs.keys.signer(conn)?;
        Ok(keys::jwks(conn)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/jwk-set+json")
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .json(set))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(issue)
        .service(verify)
        .service(revoke)
        .service(put_opinion);
}

pub fn configure_well_known(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(jwks);
}

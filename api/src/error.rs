//! One error type for every failure the API reports, mapped to an RFC 9457
//! `application/problem+json` body. 5xx bodies say nothing internal: the
//! cause goes to the log, inside the request's span and so with its id.

use std::time::Duration;

use actix_web::{
    HttpResponse, ResponseError,
    http::{
        Method, StatusCode,
        header::{self, HeaderValue},
    },
};
use diesel::result::Error as DieselError;
use serde::Serialize;
use utoipa::ToSchema;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "urn:hop:problem:validation",
    "title": "Invalid input",
    "status": 422,
    "detail": "2 fields are invalid",
    "errors": [
        {"field": "email", "message": "must be an e-mail address such as ala@example.org"},
        {"field": "password", "message": "must be at least 10 characters long"}
    ]
}))]
pub struct Problem {
    /// Stable identifier of the kind of problem; clients switch on it.
    #[serde(rename = "type")]
    #[schema(example = "urn:hop:problem:validation")]
    pub problem_type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// For invalid input: each field and what is wrong with it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// The responses many operations share, defined once and referenced
/// (`#/components/responses/…`); an operation words its own only where it
/// says something of that route.
// The types exist for the spec only: their field is never read.
#[allow(dead_code)]
pub mod responses {
    use super::Problem;

    /// No valid access token.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "No valid access token",
        content_type = "application/problem+json",
        headers(("WWW-Authenticate" = String, description = "`Bearer`"))
    )]
    pub struct Unauthorized(Problem);

    /// The body is not JSON.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "The body is not JSON",
        content_type = "application/problem+json"
    )]
    pub struct NotJson(Problem);

    /// A field of the body is invalid.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "A field is invalid",
        content_type = "application/problem+json"
    )]
    pub struct InvalidField(Problem);

    /// A token was sent but is not valid (where signing in is optional).
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "A token was sent but is not valid",
        content_type = "application/problem+json",
        headers(("WWW-Authenticate" = String, description = "`Bearer`"))
    )]
    pub struct InvalidToken(Problem);

    /// The caller is not a member of the organisation.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "Not a member of the organisation",
        content_type = "application/problem+json"
    )]
    pub struct NotMember(Problem);

    /// The caller is not an owner of the organisation.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "Not an owner",
        content_type = "application/problem+json"
    )]
    pub struct NotOwner(Problem);

    /// No such opportunity visible to the caller.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "No such opportunity visible to the caller",
        content_type = "application/problem+json"
    )]
    pub struct OpportunityNotFound(Problem);

    /// No such organisation visible to the caller.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "No such organisation visible to the caller",
        content_type = "application/problem+json"
    )]
    pub struct OrganizationNotFound(Problem);

    /// A query parameter is invalid.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "A parameter is invalid",
        content_type = "application/problem+json"
    )]
    pub struct InvalidParameter(Problem);

    /// The caller is not city staff.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "Not city staff",
        content_type = "application/problem+json"
    )]
    pub struct NotStaff(Problem);

    /// The body is larger than the service reads.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "The body is over 64 KiB",
        content_type = "application/problem+json"
    )]
    pub struct BodyTooLarge(Problem);

    /// The database cannot be reached right now.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "The database cannot be reached now: retry after `Retry-After` seconds",
        content_type = "application/problem+json",
        headers(("Retry-After" = u64, description = "Seconds to wait before retrying"))
    )]
    pub struct Unavailable(Problem);

    /// The body's media type is not JSON.
    #[derive(utoipa::ToResponse)]
    #[response(
        description = "The body is not `application/json`",
        content_type = "application/problem+json"
    )]
    pub struct NotJsonMediaType(Problem);
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// The field's path in the request, e.g. `email` or `skills[2].level`.
    #[schema(example = "email")]
    pub field: String,
    #[schema(example = "must be an e-mail address such as ala@example.org")]
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

type Cause = Box<dyn std::error::Error + Send + Sync>;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("request body is not valid JSON: {0}")]
    MalformedJson(String),
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("request body over {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("method not allowed")]
    MethodNotAllowed { allowed: Vec<Method> },
    #[error("conflict: {detail}")]
    Conflict { kind: &'static str, detail: String },
    #[error("too many attempts")]
    TooManyRequests { retry_after: Duration },
    #[error("service unavailable: {0}")]
    Unavailable(#[source] Cause),
    #[error("internal error: {0}")]
    Internal(#[source] Cause),
    /// Any other HTTP failure (raised by the framework, not by HOP's code).
    #[error("{0}")]
    Generic(StatusCode),
}

impl ApiError {
    pub fn internal(cause: impl Into<Cause>) -> Self {
        Self::Internal(cause.into())
    }

    pub fn unavailable(cause: impl Into<Cause>) -> Self {
        Self::Unavailable(cause.into())
    }

    /// A 409 whose detail is a domain refusal (a lower-case clause), written
    /// as a sentence.
    pub fn conflict(kind: &'static str, reason: impl std::fmt::Display) -> Self {
        let reason = reason.to_string();
        let mut chars = reason.chars();
        let detail = chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect::<String>() + ".")
            .unwrap_or_default();
        Self::Conflict { kind, detail }
    }

    pub fn invalid_field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    fn kind(&self) -> &'static str {
        match self {
            Self::MalformedJson(_) => "malformed-json",
            Self::Validation(_) => "validation",
            Self::UnsupportedMediaType => "unsupported-media-type",
            Self::PayloadTooLarge { .. } => "payload-too-large",
            Self::Unauthorized(_) => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound(_) => "not-found",
            Self::MethodNotAllowed { .. } => "method-not-allowed",
            Self::Conflict { kind, .. } => kind,
            Self::TooManyRequests { .. } => "too-many-requests",
            Self::Unavailable(_) => "service-unavailable",
            Self::Internal(_) => "internal",
            Self::Generic(_) => "http",
        }
    }

    fn title(&self) -> &'static str {
        match self {
            Self::MalformedJson(_) => "Malformed JSON",
            Self::Validation(_) => "Invalid input",
            Self::UnsupportedMediaType => "Unsupported media type",
            Self::PayloadTooLarge { .. } => "Request body too large",
            Self::Unauthorized(_) => "Authentication required",
            Self::Forbidden(_) => "Forbidden",
            Self::NotFound(_) => "Not found",
            Self::MethodNotAllowed { .. } => "Method not allowed",
            Self::Conflict { .. } => "Conflict",
            Self::TooManyRequests { .. } => "Too many attempts",
            Self::Unavailable(_) => "Service unavailable",
            Self::Internal(_) => "Internal error",
            Self::Generic(status) => status.canonical_reason().unwrap_or("Error"),
        }
    }

    fn detail(&self) -> String {
        match self {
            Self::MalformedJson(message) => {
                format!("The request body is not valid JSON: {message}")
            }
            Self::Validation(errors) if errors.len() == 1 => {
                format!("`{}` {}", errors[0].field, errors[0].message)
            }
            Self::Validation(errors) => format!("{} fields are invalid", errors.len()),
            Self::UnsupportedMediaType => {
                "The request body must be JSON, sent with `Content-Type: application/json`".into()
            }
            Self::PayloadTooLarge { limit } => {
                format!("The request body must be at most {limit} bytes")
            }
            Self::Unauthorized(why) | Self::Forbidden(why) => (*why).into(),
            Self::NotFound(what) => what.clone(),
            Self::MethodNotAllowed { allowed } => {
                let allowed: Vec<&str> = allowed.iter().map(Method::as_str).collect();
                format!("This resource allows {}", allowed.join(", "))
            }
            Self::Conflict { detail, .. } => detail.clone(),
            Self::TooManyRequests { retry_after } => format!(
                "Too many attempts; try again in {} seconds",
                retry_after_secs(*retry_after)
            ),
            Self::Unavailable(_) => {
                "The service cannot reach its database right now; try again shortly".into()
            }
            Self::Internal(_) => "Something went wrong on our side; it has been logged".into(),
            Self::Generic(status) => format!(
                "The request failed: {}",
                status.canonical_reason().unwrap_or("error")
            ),
        }
    }

    pub fn problem(&self) -> Problem {
        Problem {
            problem_type: match self {
                // RFC 9457: a problem with no more meaning than its status.
                Self::Generic(_) => "about:blank".into(),
                _ => format!("urn:hop:problem:{}", self.kind()),
            },
            title: self.title().into(),
            status: self.status_code().as_u16(),
            detail: self.detail(),
            errors: match self {
                Self::Validation(errors) => errors.clone(),
                _ => Vec::new(),
            },
        }
    }
}

fn retry_after_secs(retry_after: Duration) -> u64 {
    // Round up: answering "0" would invite an immediate retry.
    retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0)
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::MalformedJson(_) => StatusCode::BAD_REQUEST,
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Generic(status) => *status,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Internal(cause) => tracing::error!(error = %cause, "internal error"),
            // The breaker logged the outage once; not every request it refuses.
            Self::Unavailable(cause) if cause.is::<crate::db::health::KnownDown>() => {}
            Self::Unavailable(cause) => tracing::warn!(error = %cause, "database unavailable"),
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        response.content_type(PROBLEM_JSON);
        match self {
            Self::Unauthorized(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            Self::TooManyRequests { retry_after } => {
                response.insert_header((header::RETRY_AFTER, retry_after_secs(*retry_after)));
            }
            Self::MethodNotAllowed { allowed } => {
                let allowed: Vec<&str> = allowed.iter().map(Method::as_str).collect();
                if let Ok(value) = HeaderValue::from_str(&allowed.join(", ")) {
                    response.insert_header((header::ALLOW, value));
                }
            }
            Self::Unavailable(_) => {
                response.insert_header((header::RETRY_AFTER, 5));
            }
            _ => {}
        }
        response.json(self.problem())
    }
}

/// What a named constraint means to a client. The database is the last line
/// that keeps data right; this turns its verdicts into answers by name.
fn constraint_error(constraint: &str) -> Option<ApiError> {
    Some(match constraint {
        "users_email_unique" => ApiError::Conflict {
            kind: "email-taken",
            detail: "An account with this e-mail address already exists".into(),
        },
        "users_email_length" => {
            ApiError::invalid_field("email", "must be 3 to 254 characters long")
        }
        // Only the caller is ever made a member (registering an organisation,
        // accepting an invitation): the token outlived its account.
        "organization_members_user_id_fkey" | "organization_members_added_by_fkey" => {
            ApiError::Unauthorized("The account of this access token no longer exists")
        }
        // The same for a calendar token made for an erased account.
        "calendar_tokens_user_id_fkey" => {
            ApiError::Unauthorized("The account of this access token no longer exists")
        }
        "organization_invitations_one_pending" => ApiError::Conflict {
            kind: "already-invited",
            detail: "An invitation to this address is already open; revoke it to invite again"
                .into(),
        },
        "organization_members_unique" => ApiError::Conflict {
            kind: "already-member",
            detail: "This account is already a member of the organisation".into(),
        },
        "applications_no_overlap" => ApiError::Conflict {
            kind: "overlap",
            detail: "You hold a confirmed shift that overlaps this one.".into(),
        },
        "applications_one_live_per_shift" => ApiError::Conflict {
            kind: "already-signed-up",
            detail: "You are already signed up for this shift.".into(),
        },
        "shifts_within_capacity" => ApiError::Conflict {
            kind: "shift-full",
            detail: "The shift has no free place.".into(),
        },
        "organizations_krs_format" => ApiError::invalid_field("krs", "must be exactly 10 digits"),
        "users_display_name_length" => {
            ApiError::invalid_field("display_name", "must be 1 to 100 characters long")
        }
        "users_preferred_language_valid" => ApiError::invalid_field(
            "preferred_language",
            "must be one of pl, en, de, lt, lv, uk",
        ),
        "skills_slug_unique" => ApiError::Conflict {
            kind: "skill-slug-taken",
            detail: "A skill with this slug already exists".into(),
        },
        "skills_slug_format" => ApiError::invalid_field(
            "slug",
            "must be lower-case letters and digits in words joined by single hyphens, at most 64 characters",
        ),
        "skills_category_valid" => ApiError::invalid_field("category", "is not a skill category"),
        "skills_label_pl_length" => skill_label_length("pl"),
        "skills_label_en_length" => skill_label_length("en"),
        "skills_label_de_length" => skill_label_length("de"),
        "skills_label_lt_length" => skill_label_length("lt"),
        "skills_label_lv_length" => skill_label_length("lv"),
        "skills_label_uk_length" => skill_label_length("uk"),
        // The token outlived its account (erased since it was issued).
        "volunteer_profiles_user_exists" => {
            ApiError::Unauthorized("The account of this access token no longer exists")
        }
        "volunteer_skills_skill_exists" => {
            ApiError::invalid_field("skills", "names a skill that is not in the taxonomy")
        }
        "volunteer_skills_unique" => {
            ApiError::invalid_field("skills", "lists a skill more than once")
        }
        "volunteer_languages_unique" => {
            ApiError::invalid_field("languages", "lists a language more than once")
        }
        "volunteer_availability_unique" => {
            ApiError::invalid_field("availability", "windows of one weekday must not overlap")
        }
        _ => return None,
    })
}

fn skill_label_length(lang: &str) -> ApiError {
    ApiError::invalid_field(format!("labels.{lang}"), "must be 1 to 100 characters long")
}

impl From<DieselError> for ApiError {
    fn from(err: DieselError) -> Self {
        match &err {
            // Also a commit cut off: PostgreSQL rolls back what it did not
            // commit, so the client may retry.
            _ if crate::db::health::lost_connection(&err) => Self::unavailable(err),
            // Unique, check, foreign-key and exclusion (which diesel files
            // under `Unknown`) violations all carry the constraint's name.
            DieselError::DatabaseError(_, info) => info
                .constraint_name()
                .and_then(constraint_error)
                .unwrap_or_else(|| Self::internal(err)),
            _ => Self::internal(err),
        }
    }
}

impl From<diesel::r2d2::PoolError> for ApiError {
    fn from(err: diesel::r2d2::PoolError) -> Self {
        Self::unavailable(err)
    }
}

#[cfg(test)]
mod tests {
    use actix_web::body::to_bytes;

    use super::*;

    #[actix_web::test]
    async fn problems_carry_type_title_status_and_detail() {
        let err = ApiError::Validation(vec![
            FieldError::new("email", "must not be empty"),
            FieldError::new("password", "must be at least 10 characters long"),
        ]);
        let response = err.error_response();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            response.headers().get(header::CONTENT_TYPE).unwrap(),
            PROBLEM_JSON
        );
        let body: serde_json::Value =
            serde_json::from_slice(&to_bytes(response.into_body()).await.unwrap()).unwrap();
        assert_eq!(body["type"], "urn:hop:problem:validation");
        assert_eq!(body["status"], 422);
        assert_eq!(body["errors"][1]["field"], "password");
    }

    #[actix_web::test]
    async fn internal_errors_say_nothing_internal() {
        let response =
            ApiError::internal("relation \"users\" does not exist at 10.0.0.5").error_response();
        let body = to_bytes(response.into_body()).await.unwrap();
        let text = String::from_utf8_lossy(&body);
        assert!(
            !text.contains("users") && !text.contains("10.0.0.5"),
            "{text}"
        );
    }

    #[test]
    fn retry_after_rounds_up() {
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::from_secs(60)), 60);
    }
}

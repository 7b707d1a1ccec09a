//! Headers every answer carries for the browser's sake: no MIME sniffing, no
//! referrer, a Content-Security-Policy, and `Cache-Control: no-store` on
//! answers that carry tokens or personal data.

use actix_web::{
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    http::header::{self, HeaderValue},
    middleware::Next,
};

/// JSON and problem answers: nothing in them is ever loaded or framed.
pub const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// The vendored Swagger UI at `/docs/`: its scripts, styles and spec from
/// this origin only, nothing remote. Inline styles are allowed because the UI
/// sets them on its own elements; its CSS embeds icons as `data:` images.
/// No inline scripts and no `eval`: the page loads three script files.
pub const DOCS_CSP: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; \
     connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The web pages: their stylesheet and script from this origin, forms
/// posted to it only, no inline script or style, no `eval`, never framed.
pub const PAGES_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'";

/// Whether the answer to a request for `path` may hold tokens or personal
/// data: the `/auth` endpoints (tokens), the caller's own `/me` resources,
/// and anything asked with credentials.
fn holds_personal_data(path: &str, has_credentials: bool) -> bool {
    has_credentials
        || path.starts_with("/api/v1/auth/")
        || path == "/api/v1/me"
        || path.starts_with("/api/v1/me/")
}

/// The JSON API and the operations' endpoints: nothing in them is a page.
fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
        || matches!(path, "/healthz" | "/readyz" | "/metrics")
        || path.starts_with("/.well-known/")
}

fn is_docs(path: &str) -> bool {
    path == "/docs" || path.starts_with("/docs/")
}

pub async fn add(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let path = req.path();
    let no_store = holds_personal_data(path, req.headers().contains_key(header::AUTHORIZATION));
    let csp = if is_docs(path) {
        DOCS_CSP
    } else if is_api(path) {
        API_CSP
    } else {
        PAGES_CSP
    };
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(csp),
    );
    if no_store {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_personal_data_are_never_stored() {
        for path in [
            "/api/v1/auth/login",
            "/api/v1/auth/refresh",
            "/api/v1/auth/register",
            "/api/v1/me",
            "/api/v1/me/volunteer-profile",
            "/api/v1/me/notifications",
        ] {
            assert!(holds_personal_data(path, false), "{path}");
        }
        assert!(holds_personal_data("/api/v1/organizations", true));
        assert!(!holds_personal_data("/api/v1/skills", false));
        assert!(!holds_personal_data("/api/v1/meetings", false));
    }
}

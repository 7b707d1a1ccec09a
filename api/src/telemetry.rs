//! Logging set-up and the middleware every request passes: it gives the
//! request an id (kept from `X-Request-Id` when sane), logs one line with it,
//! records metrics, and makes sure every error answer is problem+json.

use std::{io::IsTerminal, time::Instant};

use actix_web::{
    HttpMessage, HttpResponse, ResponseError,
    body::{BoxBody, MessageBody},
    dev::{ServiceRequest, ServiceResponse},
    http::{
        StatusCode,
        header::{self, HeaderName, HeaderValue},
    },
    middleware::Next,
    web,
};
use tracing::Instrument;
use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::{EnvFilter, fmt};
use uuid::Uuid;

use crate::{
    config::LogFormat,
    error::{ApiError, PROBLEM_JSON},
    ops::Metrics,
};

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Sets up logging to standard output. Lines are handed to a writer thread
/// and written in batches: with a line per request, a write per line on
/// the request's own worker was a tenth of a simple read's cost. Keep the
/// guard until the process ends: dropping it writes what is still queued.
#[must_use = "dropping the guard stops the log writer"]
pub fn init_logging(format: LogFormat) -> WorkerGuard {
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        // Back-pressure rather than lost lines when the writer falls behind.
        .lossy(false)
        .finish(std::io::BufWriter::with_capacity(
            64 * 1024,
            std::io::stdout(),
        ));
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    let builder = fmt()
        .with_env_filter(filter)
        .with_target(false)
        // Colours only for a person at a terminal, not for files and collectors.
        .with_ansi(std::io::stdout().is_terminal())
        .with_writer(writer);
    let result = match format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .try_init(),
        LogFormat::Text => builder.try_init(),
    };
    // Already set (tests build several apps in one process): keep the first.
    drop(result);
    guard
}

#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// Keeps a caller's id when it is short and plain, so ids can be followed
/// across services without letting callers inject text into logs.
fn request_id(req: &ServiceRequest) -> String {
    req.headers()
        .get(&REQUEST_ID)
        .and_then(|value| value.to_str().ok())
        .filter(|id| {
            !id.is_empty()
                && id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        })
        .map_or_else(|| Uuid::new_v4().to_string(), str::to_owned)
}

pub async fn observe(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let id = request_id(&req);
    req.extensions_mut().insert(RequestId(id.clone()));
    let metrics = req.app_data::<web::Data<Metrics>>().cloned();
    let method = req.method().clone();
    let span =
        tracing::info_span!("request", request_id = %id, method = %method, path = %req.path());

    // Handlers' and extractors' errors arrive here as responses already;
    // only another middleware's error is an `Err`, and actix renders it.
    // (The request cannot be kept to build a response: routing needs it unshared.)
    let response = match next.call(req).instrument(span.clone()).await {
        Ok(response) => response.map_into_boxed_body(),
        Err(err) => {
            span.in_scope(|| tracing::warn!(error = %err, "middleware failed"));
            return Err(err);
        }
    };
    let mut response = span.in_scope(|| as_problem(response));
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }

    let status = response.status();
    let route = response
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let elapsed = started.elapsed();
    if let Some(metrics) = metrics {
        metrics.observe(&method, &route, status.as_u16(), elapsed.as_secs_f64());
    }
    let elapsed_ms = elapsed.as_secs_f64() * 1000.0;
    span.in_scope(|| {
        if status.is_server_error() {
            tracing::warn!(
                status = status.as_u16(),
                route,
                elapsed_ms,
                "request failed"
            );
        } else {
            tracing::info!(status = status.as_u16(), route, elapsed_ms, "request");
        }
    });
    Ok(response)
}

/// Errors that did not come from `ApiError` (actix's own, a library's) are
/// rewritten as problem+json of the same status, keeping their headers.
fn as_problem(response: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    let status = response.status();
    // The pages answer their errors as pages, which stay as they are.
    let is_problem_or_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| {
            let value = value.as_bytes();
            value.starts_with(PROBLEM_JSON.as_bytes()) || value.starts_with(b"text/html")
        });
    if !(status.is_client_error() || status.is_server_error()) || is_problem_or_page {
        return response;
    }
    let error = match status {
        StatusCode::NOT_FOUND => ApiError::NotFound("No resource at this path".into()),
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge {
            limit: crate::json::BODY_LIMIT,
        },
        StatusCode::SERVICE_UNAVAILABLE => ApiError::unavailable("service unavailable"),
        status if status.is_server_error() => {
            ApiError::internal(format!("{status} without a problem body"))
        }
        _ => ApiError::Generic(status),
    };
    let (request, original) = response.into_parts();
    let mut problem: HttpResponse = error.error_response();
    *problem.status_mut() = status;
    for (name, value) in original.headers() {
        if name != header::CONTENT_TYPE
            && name != header::CONTENT_LENGTH
            && name != header::CONTENT_ENCODING
        {
            problem.headers_mut().insert(name.clone(), value.clone());
        }
    }
    ServiceResponse::new(request, problem)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use actix_web::{App, HttpResponse, middleware::from_fn, test, web};

    use super::*;

    /// What the log wrote, to read back.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::Error::other("poisoned"))?
                .extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'a> fmt::MakeWriter<'a> for Captured {
        type Writer = Self;

        fn make_writer(&'a self) -> Self {
            self.clone()
        }
    }

    /// Calendar feeds carry their secret token in the query: the request
    /// line is logged by its path and route only, for an answered request
    /// and for one that found nothing.
    #[actix_web::test]
    async fn a_query_string_never_reaches_the_log() {
        let captured = Captured::default();
        let subscriber = fmt()
            .with_writer(captured.clone())
            .json()
            .with_current_span(true)
            .with_span_list(true)
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let app = test::init_service(App::new().wrap(from_fn(observe)).route(
            "/api/v1/me/calendar.ics",
            web::get().to(|| async { HttpResponse::Ok().finish() }),
        ))
        .await;
        let secret = "Tajny_token-kalendarza_0123456789abcdefghij";
        for path in ["/api/v1/me/calendar.ics", "/api/v1/nowhere.ics"] {
            let request = test::TestRequest::get()
                .uri(&format!("{path}?token={secret}"))
                .to_request();
            test::call_service(&app, request).await;
        }
        let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        assert!(log.contains("/api/v1/me/calendar.ics"), "{log}");
        assert!(log.contains("/api/v1/nowhere.ics"), "{log}");
        assert!(!log.contains("token="), "{log}");
        assert!(!log.contains(secret), "{log}");
    }
}

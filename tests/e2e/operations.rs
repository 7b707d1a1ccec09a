use std::time::{Duration, Instant};

use hop_api::config::MetricsAccess;
use hop_tests::{PASSWORD, TestApp};

#[actix_web::test]
async fn health_and_readiness_with_a_database() {
    let app = TestApp::spawn().await;
    let health = app.get("/healthz", None).await;
    assert_eq!(health.status, 200);
    assert_eq!(health.json()["status"], "ok");
    let ready = app.get("/readyz", None).await;
    assert_eq!(ready.status, 200);
    assert_eq!(ready.json()["status"], "ready");
}

#[actix_web::test]
async fn an_unreachable_database_is_a_quick_503_never_a_hang() {
    let app = TestApp::spawn_without_database().await;
    assert_eq!(
        app.get("/healthz", None).await.status,
        200,
        "liveness needs no database"
    );

    let started = Instant::now();
    let ready = app.get("/readyz", None).await;
    ready.assert_problem(503, "service-unavailable");
    assert!(ready.header("retry-after").is_some());

    let register = app.register("ala@example.org", PASSWORD, "Ala").await;
    let body = register.assert_problem(503, "service-unavailable");
    assert!(
        !body.to_string().contains("127.0.0.1"),
        "5xx bodies say nothing internal: {body}"
    );
    app.login("ala@example.org", PASSWORD)
        .await
        .assert_problem(503, "service-unavailable");
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );
}

#[actix_web::test]
async fn metrics_count_requests_by_route_template() {
    let app = TestApp::spawn().await;
    app.get("/healthz", None).await;
    app.get("/api/v1/me", None).await;
    app.get("/no/such/path/123", None).await;
    let metrics = app.get("/metrics", None).await;
    assert_eq!(metrics.status, 200);
    let text = metrics.text();
    assert!(
        text.contains(r#"hop_http_requests_total{method="GET",route="/healthz",status="200"} 1"#),
        "{text}"
    );
    assert!(
        text.contains(r#"hop_http_requests_total{method="GET",route="/api/v1/me",status="401"} 1"#),
        "{text}"
    );
    assert!(text.contains(r#"route="unmatched",status="404""#), "{text}");
    assert!(
        !text.contains("/no/such/path"),
        "raw paths never become labels"
    );
    assert!(text.contains("hop_http_request_duration_seconds_bucket"));
    assert!(text.contains("hop_db_pool_max_connections 4"), "{text}");
}

#[actix_web::test]
async fn docs_and_the_spec_are_served_from_the_binary() {
    let app = TestApp::spawn().await;
    let redirect = app.get("/docs", None).await;
    assert_eq!(redirect.status, 308);
    assert_eq!(redirect.header("location"), Some("/docs/"));

    let page = app.get("/docs/", None).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("swagger-ui"), "{}", page.text());
    let initializer = app.get("/docs/swagger-initializer.js", None).await;
    assert_eq!(initializer.status, 200);
    assert!(initializer.text().contains("/api/v1/openapi.json"));
    let bundle = app.get("/docs/swagger-ui-bundle.js", None).await;
    assert_eq!(bundle.status, 200);
    assert!(bundle.body.len() > 100_000, "the whole UI is embedded");

    let spec = app.get("/api/v1/openapi.json", None).await;
    assert_eq!(spec.status, 200);
    let served = spec.json();
    let expected: serde_json::Value =
        serde_json::from_str(&hop_api::openapi::spec_json().unwrap()).unwrap();
    assert_eq!(served, expected);
}

#[actix_web::test]
async fn invented_methods_never_become_metric_labels() {
    let app = TestApp::spawn().await;
    for i in 0..200 {
        let invented = format!("INVENTED{i}{}", "X".repeat(500));
        let method = actix_web::http::Method::from_bytes(invented.as_bytes()).unwrap();
        let response = app
            .client
            .request(method, app.url("/healthz"))
            .send()
            .await
            .expect("sent");
        assert!(response.status().is_client_error());
    }
    let text = app.get("/metrics", None).await.text();
    assert!(!text.contains("INVENTED"), "invented methods are labels");
    assert!(
        text.contains(
            r#"hop_http_requests_total{method="other",route="/healthz",status="405"} 200"#
        ),
        "{text}"
    );
    assert!(text.len() < 64 * 1024, "{} bytes", text.len());
}

const METRICS_TOKEN: &str = "metrics-token-metrics-token-metrics-token";

#[actix_web::test]
async fn metrics_need_the_metrics_token_when_one_is_set() {
    let app = TestApp::spawn_with(|config| {
        config.metrics_access = MetricsAccess::Token(METRICS_TOKEN.to_owned().into());
    })
    .await;
    app.get("/metrics", None)
        .await
        .assert_problem(401, "unauthorized");
    app.get(
        "/metrics",
        Some("another-token-another-token-another-token"),
    )
    .await
    .assert_problem(401, "unauthorized");
    let user = app.user().await;
    app.get("/metrics", Some(&user.access_token))
        .await
        .assert_problem(401, "unauthorized");
    let allowed = app.get("/metrics", Some(METRICS_TOKEN)).await;
    assert_eq!(allowed.status, 200);
    assert!(allowed.text().contains("hop_http_requests_total"));
}

#[actix_web::test]
async fn production_does_not_serve_metrics_without_a_token() {
    let app = TestApp::spawn_with(|config| {
        // As `HOP_ENV=production` without `HOP_METRICS_TOKEN` configures it.
        config.metrics_access = hop_api::Config::from_lookup(|name| match name {
            "HOP_ENV" => Some("production".into()),
            "HOP_JWT_SECRET" => Some("0123456789abcdef0123456789abcdef".into()),
            "HOP_PUBLIC_URL" => Some("https://hop.torun.pl".into()),
            _ => None,
        })
        .unwrap()
        .metrics_access;
    })
    .await;
    app.get("/metrics", None)
        .await
        .assert_problem(404, "not-found");
    assert_eq!(app.get("/healthz", None).await.status, 200);
}

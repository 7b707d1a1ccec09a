use hop_tests::{PASSWORD, TestApp};
use serde_json::json;

#[actix_web::test]
async fn malformed_json_is_a_400_problem() {
    let app = TestApp::spawn().await;
    for body in [
        "{",
        "{\"email\": }",
        "nonsense",
        "{\"email\":\"a@b.org\"} extra",
    ] {
        let response = app
            .post_raw("/api/v1/auth/register", "application/json", body.into())
            .await;
        response.assert_problem(400, "malformed-json");
    }
}

#[actix_web::test]
async fn a_body_that_is_not_json_is_a_415_problem() {
    let app = TestApp::spawn().await;
    let form = app
        .post_raw(
            "/api/v1/auth/login",
            "application/x-www-form-urlencoded",
            b"email=a&password=b".to_vec(),
        )
        .await;
    form.assert_problem(415, "unsupported-media-type");
    // +json media types are JSON too.
    let problem_json = app
        .post_raw(
            "/api/v1/auth/login",
            "application/vnd.hop+json",
            br#"{"email":"a@b.org","password":"x"}"#.to_vec(),
        )
        .await;
    assert_eq!(problem_json.status, 401);
}

#[actix_web::test]
async fn a_body_over_64_kib_is_a_413_problem_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let display_name = "a".repeat(70 * 1024);
    let body = serde_json::to_vec(
        &json!({"email": "big@example.org", "password": PASSWORD, "display_name": display_name}),
    )
    .unwrap();
    let response = app
        .post_raw("/api/v1/auth/register", "application/json", body)
        .await;
    response.assert_problem(413, "payload-too-large");
    assert_eq!(app.login("big@example.org", PASSWORD).await.status, 401);
}

#[actix_web::test]
async fn unknown_routes_and_wrong_methods_are_problems() {
    let app = TestApp::spawn().await;
    let missing = app.get("/api/v1/nothing-here", None).await;
    missing.assert_problem(404, "not-found");

    let wrong_method = app.get("/api/v1/auth/login", None).await;
    wrong_method.assert_problem(405, "method-not-allowed");
    assert_eq!(wrong_method.header("allow"), Some("POST"));

    let put_me = app.client.put(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(put_me.status().as_u16(), 405);
    assert_eq!(put_me.headers().get("allow").unwrap(), "GET, DELETE, PATCH");
}

#[actix_web::test]
async fn every_response_carries_a_request_id() {
    let app = TestApp::spawn().await;
    let ok = app.get("/healthz", None).await;
    let generated = ok.header("x-request-id").expect("X-Request-Id");
    assert!(generated.parse::<uuid::Uuid>().is_ok(), "{generated}");
    let failed = app.get("/nowhere", None).await;
    assert!(failed.header("x-request-id").is_some());

    // A caller's plain id is kept; anything else is replaced.
    let kept = app
        .client
        .get(app.url("/healthz"))
        .insert_header(("x-request-id", "lb-7f3a.42"))
        .send()
        .await
        .unwrap();
    assert_eq!(kept.headers().get("x-request-id").unwrap(), "lb-7f3a.42");
    let replaced = app
        .client
        .get(app.url("/healthz"))
        .insert_header(("x-request-id", "evil id\twith spaces"))
        .send()
        .await
        .unwrap();
    assert_ne!(
        replaced.headers().get("x-request-id").unwrap(),
        "evil id\twith spaces"
    );
}

use actix_web::http::Method;
use hop_tests::{PASSWORD, TestApp, TestResponse};
use serde_json::json;

#[track_caller]
fn assert_browser_headers(response: &TestResponse, what: &str) {
    assert_eq!(
        response.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(
        response.header("referrer-policy"),
        Some("no-referrer"),
        "{what}"
    );
    assert!(
        response.header("content-security-policy").is_some(),
        "{what}"
    );
}

#[actix_web::test]
async fn every_answer_says_nosniff_and_no_referrer_errors_too() {
    let app = TestApp::spawn().await;
    assert_browser_headers(&app.get("/healthz", None).await, "200");
    assert_browser_headers(&app.get("/api/v1/me", None).await, "401");
    assert_browser_headers(&app.get("/no/such/path", None).await, "404");
    let wrong_method = app
        .send_json(Method::DELETE, "/api/v1/auth/login", None, None)
        .await;
    assert_eq!(wrong_method.status, 405);
    assert_browser_headers(&wrong_method, "405");
    let malformed = app
        .post_raw("/api/v1/auth/login", "application/json", b"{".to_vec())
        .await;
    assert_eq!(malformed.status, 400);
    assert_browser_headers(&malformed, "400 from the framework's extractor");
    assert_browser_headers(&app.get("/docs/", None).await, "docs");
}

#[actix_web::test]
async fn answers_with_tokens_or_personal_data_are_never_stored() {
    let app = TestApp::spawn().await;
    let registered = app.register("ala@example.org", PASSWORD, "Ala Nowak").await;
    assert_eq!(registered.status, 201);
    let login = app.login("ala@example.org", PASSWORD).await;
    assert_eq!(login.status, 200);
    let tokens = login.json();
    let refreshed = app
        .post_json(
            "/api/v1/auth/refresh",
            &json!({"refresh_token": tokens["refresh_token"]}),
        )
        .await;
    assert_eq!(refreshed.status, 200);
    let access = refreshed.json()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let me = app.get("/api/v1/me", Some(&access)).await;
    let notifications = app.get("/api/v1/me/notifications", Some(&access)).await;
    assert_eq!(notifications.status, 200);
    let failed_login = app.login("ala@example.org", "not the password").await;
    for (what, response) in [
        ("register", &registered),
        ("login", &login),
        ("refresh", &refreshed),
        ("me", &me),
        ("me/notifications", &notifications),
        ("failed login", &failed_login),
    ] {
        assert_eq!(response.header("cache-control"), Some("no-store"), "{what}");
    }
    // Public, anonymous answers are left to ordinary caching rules.
    assert_eq!(
        app.get("/healthz", None).await.header("cache-control"),
        None
    );
}

#[actix_web::test]
async fn the_docs_page_is_under_a_policy_of_this_origin_only() {
    let app = TestApp::spawn().await;
    let page = app.get("/docs/", None).await;
    assert_eq!(page.status, 200);
    let csp = page.header("content-security-policy").expect("a CSP");
    for directive in [
        "default-src 'none'",
        "script-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "{directive} in {csp}");
    }
    assert!(!csp.contains("http"), "nothing remote: {csp}");
    assert!(!csp.contains("unsafe-eval"), "{csp}");
    assert!(!csp.contains("script-src 'self' 'unsafe-inline'"), "{csp}");

    // Swagger UI works under it: every script of the page is a file of
    // this origin (no inline script), and each is served.
    let html = page.text();
    let scripts: Vec<&str> = html.split("<script").skip(1).collect();
    assert!(!scripts.is_empty(), "{html}");
    for script in scripts {
        let src = script
            .split_once("src=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(src, _)| src)
            .unwrap_or_else(|| panic!("an inline script: <script{script}"));
        assert!(src.starts_with("./"), "{src}");
        let served = app.get(&format!("/docs/{}", &src[2..]), None).await;
        assert_eq!(served.status, 200, "{src}");
    }
}

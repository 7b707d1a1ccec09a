use chrono::Utc;
use hop_tests::TestApp;
use jsonwebtoken::{EncodingKey, Header};
use secrecy::ExposeSecret;
use serde_json::json;

fn refresh_body(token: &str) -> serde_json::Value {
    json!({ "refresh_token": token })
}

#[actix_web::test]
async fn refresh_rotates_and_reuse_revokes_the_family() {
    let app = TestApp::spawn().await;
    let user = app.user().await;

    let first = app
        .post_json("/api/v1/auth/refresh", &refresh_body(&user.refresh_token))
        .await;
    assert_eq!(first.status, 200, "{}", first.text());
    let rotated = first.json();
    let second_token = rotated["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(second_token, user.refresh_token);
    assert_eq!(
        app.get("/api/v1/me", rotated["access_token"].as_str())
            .await
            .status,
        200
    );

    // The first token again: a thief or a replay. The whole family ends…
    let reused = app
        .post_json("/api/v1/auth/refresh", &refresh_body(&user.refresh_token))
        .await;
    let problem = reused.assert_problem(401, "unauthorized");
    assert!(
        problem["detail"].as_str().unwrap().contains("already used"),
        "{problem}"
    );
    // …including the token handed out by the rotation.
    let successor = app
        .post_json("/api/v1/auth/refresh", &refresh_body(&second_token))
        .await;
    successor.assert_problem(401, "unauthorized");

    // Another login of the same user is a different family and unaffected.
    let other_login = app.login(&user.email, hop_tests::PASSWORD).await.json();
    let fine = app
        .post_json(
            "/api/v1/auth/refresh",
            &refresh_body(other_login["refresh_token"].as_str().unwrap()),
        )
        .await;
    assert_eq!(fine.status, 200);
}

#[actix_web::test]
async fn unknown_expired_and_empty_refresh_tokens_are_refused() {
    let app =
        TestApp::spawn_with(|config| config.tokens.refresh_ttl = std::time::Duration::from_secs(1))
            .await;
    let user = app.user().await;
    app.post_json(
        "/api/v1/auth/refresh",
        &refresh_body("definitely-not-a-token"),
    )
    .await
    .assert_problem(401, "unauthorized");
    app.post_json("/api/v1/auth/refresh", &refresh_body(""))
        .await
        .assert_invalid_fields(&["refresh_token"]);
    app.post_json("/api/v1/auth/refresh", &json!({}))
        .await
        .assert_invalid_fields(&["refresh_token"]);

    actix_web::rt::time::sleep(std::time::Duration::from_millis(1100)).await;
    let expired = app
        .post_json("/api/v1/auth/refresh", &refresh_body(&user.refresh_token))
        .await;
    let problem = expired.assert_problem(401, "unauthorized");
    assert!(
        problem["detail"].as_str().unwrap().contains("expired"),
        "{problem}"
    );
}

#[actix_web::test]
async fn logout_ends_the_login() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let response = app
        .post_json("/api/v1/auth/logout", &refresh_body(&user.refresh_token))
        .await;
    assert_eq!(response.status, 204, "{}", response.text());
    app.post_json("/api/v1/auth/refresh", &refresh_body(&user.refresh_token))
        .await
        .assert_problem(401, "unauthorized");
    // Logging out again, or with an unknown token, is harmless.
    assert_eq!(
        app.post_json("/api/v1/auth/logout", &refresh_body(&user.refresh_token))
            .await
            .status,
        204
    );
    assert_eq!(
        app.post_json("/api/v1/auth/logout", &refresh_body("unknown"))
            .await
            .status,
        204
    );
    app.post_json("/api/v1/auth/logout", &json!({"refresh_token": 7}))
        .await
        .assert_invalid_fields(&["refresh_token"]);
}

fn forge(sub: uuid::Uuid, audience: &str, secret: &str, exp_offset: i64) -> String {
    let now = Utc::now().timestamp();
    jsonwebtoken::encode(
        &Header::default(),
        &json!({"sub": sub, "iss": "hop", "aud": audience, "iat": now, "exp": now + exp_offset}),
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

#[actix_web::test]
async fn bad_access_tokens_get_401() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    // The test app's own key (random per process, as HOP_JWT_SECRET is unset).
    let secret = app.config.tokens.jwt_secret.expose_secret();
    // The forging works: with the right claims it is accepted.
    let genuine = forge(user.id, "hop-api", secret, 600);
    assert_eq!(app.get("/api/v1/me", Some(&genuine)).await.status, 200);

    let expired = forge(user.id, "hop-api", secret, -60);
    let problem = app
        .get("/api/v1/me", Some(&expired))
        .await
        .assert_problem(401, "unauthorized");
    assert!(problem["detail"].as_str().unwrap().contains("expired"));

    let wrong_audience = forge(user.id, "another-service", secret, 600);
    app.get("/api/v1/me", Some(&wrong_audience))
        .await
        .assert_problem(401, "unauthorized");

    let wrong_key = forge(
        user.id,
        "hop-api",
        "some-other-secret-some-other-secret",
        600,
    );
    app.get("/api/v1/me", Some(&wrong_key))
        .await
        .assert_problem(401, "unauthorized");

    let mut tampered = user.access_token.clone();
    let middle = tampered.find('.').unwrap() + 3;
    tampered.replace_range(
        middle..middle + 1,
        if &tampered[middle..=middle] == "A" {
            "B"
        } else {
            "A"
        },
    );
    app.get("/api/v1/me", Some(&tampered))
        .await
        .assert_problem(401, "unauthorized");

    let missing = app.get("/api/v1/me", None).await;
    missing.assert_problem(401, "unauthorized");
    assert_eq!(missing.header("www-authenticate"), Some("Bearer"));

    let basic = app
        .client
        .get(app.url("/api/v1/me"))
        .insert_header(("authorization", "Basic YWxhOm1hIGtvdGE="))
        .send()
        .await
        .unwrap();
    assert_eq!(basic.status().as_u16(), 401);
}

/// Secrets once written in this repository (the code's development secret,
/// the compose file's fallback). With `HOP_JWT_SECRET` unset, as in a test
/// app, the binary and the image, neither may verify a token.
const PUBLISHED_SECRETS: [&str; 2] = [
    "hop-development-secret-never-use-in-production",
    "hop-local-development-only-jwt-secret-change-me",
];

#[actix_web::test]
async fn tokens_signed_with_a_secret_from_the_repository_are_refused() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    for secret in PUBLISHED_SECRETS {
        let forged = forge(staff.id, "hop-api", secret, 600);
        app.get("/api/v1/me", Some(&forged))
            .await
            .assert_problem(401, "unauthorized");
        app.get("/api/v1/organizations?status=pending", Some(&forged))
            .await
            .assert_problem(401, "unauthorized");
    }
    assert_eq!(
        app.get("/api/v1/me", Some(&staff.access_token))
            .await
            .status,
        200
    );
}

#[actix_web::test]
async fn access_tokens_issued_or_valid_only_in_the_future_get_401() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let secret = app.config.tokens.jwt_secret.expose_secret();
    let now = Utc::now().timestamp();
    let sign = |claims: serde_json::Value| {
        jsonwebtoken::encode(
            &Header::default(),
            &claims,
            &EncodingKey::from_secret(secret.as_bytes()),
        )
        .unwrap()
    };
    let base = json!({"sub": user.id, "iss": "hop", "aud": "hop-api", "exp": now + 7200});
    let with = |extra: serde_json::Value| {
        let mut claims = base.clone();
        claims
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        sign(claims)
    };
    // Within a small leeway (clocks differ a little) they work…
    let fine = with(json!({"iat": now + 2, "nbf": now}));
    assert_eq!(app.get("/api/v1/me", Some(&fine)).await.status, 200);
    // …beyond it they do not.
    for claims in [
        json!({"iat": now + 3600}),
        json!({"iat": now, "nbf": now + 3600}),
    ] {
        app.get("/api/v1/me", Some(&with(claims.clone())))
            .await
            .assert_problem(401, "unauthorized");
    }
}

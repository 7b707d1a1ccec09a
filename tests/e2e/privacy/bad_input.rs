//! Who may export or erase, and every bad confirmation: each a clear 4xx
//! that erases nothing.

use actix_web::http::Method;
use hop_tests::{PASSWORD, TestApp};
use jsonwebtoken::{EncodingKey, Header};
use secrecy::ExposeSecret;
use serde_json::json;

use super::{erase_with, export};

/// An access token for `user` signed with the app's key, expiring
/// `exp_offset` seconds from now.
fn token(app: &TestApp, user: uuid::Uuid, exp_offset: i64) -> String {
    let now = chrono::Utc::now().timestamp();
    jsonwebtoken::encode(
        &Header::default(),
        &json!({"sub": user, "iss": "hop", "aud": "hop-api", "iat": now - 120, "exp": now + exp_offset}),
        &EncodingKey::from_secret(app.config.tokens.jwt_secret.expose_secret().as_bytes()),
    )
    .expect("a token")
}

#[actix_web::test]
async fn only_the_account_itself_exports_or_erases_it() {
    let app = TestApp::spawn().await;
    let person = app.user_named("Ala Nowak").await;
    let body = json!({"password": PASSWORD});
    // No token, a token that is not one, an expired one: 401, nothing done.
    let genuine = token(&app, person.id, 600);
    assert_eq!(
        app.get("/api/v1/me/export", Some(&genuine)).await.status,
        200
    );
    for bad in [
        None,
        Some("not-a-token".to_owned()),
        Some(token(&app, person.id, -60)),
    ] {
        app.get("/api/v1/me/export", bad.as_deref())
            .await
            .assert_problem(401, "unauthorized");
        app.send_json(Method::DELETE, "/api/v1/me", Some(&body), bad.as_deref())
            .await
            .assert_problem(401, "unauthorized");
    }
    // Another account's password does not erase one's own, nor theirs.
    let other = app.user().await;
    erase_with(
        &app,
        &other.access_token,
        &json!({"password": "another password"}),
    )
    .await
    .assert_problem(403, "forbidden");
    assert_eq!(
        export(&app, &person).await.json()["account"]["display_name"],
        "Ala Nowak"
    );
    assert_eq!(export(&app, &other).await.status, 200);
}

#[actix_web::test]
async fn bad_confirmations_are_refused_and_erase_nothing() {
    let app = TestApp::spawn().await;
    let person = app.user_named("Ala Nowak").await;
    for (body, field) in [
        (json!({}), "password"),
        (json!({"password": ""}), "password"),
        (json!({"password": null}), "password"),
        (json!({"password": 12345678901_i64}), "password"),
        (
            json!({"password": ["correct horse battery staple"]}),
            "password",
        ),
        (json!({"password": "x".repeat(257)}), "password"),
        (json!({"password": "a\u{0}b"}), "password"),
        (json!([PASSWORD]), "body"),
    ] {
        erase_with(&app, &person.access_token, &body)
            .await
            .assert_invalid_fields(&[field]);
    }
    // Wrong password: 403 (the token is good; the confirmation is not).
    let problem = erase_with(
        &app,
        &person.access_token,
        &json!({"password": "Correct Horse Battery Staple"}),
    )
    .await
    .assert_problem(403, "forbidden");
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("nothing was erased")
    );
    // No body, a body that is not JSON, JSON that does not parse.
    let no_body = app
        .send_json(
            Method::DELETE,
            "/api/v1/me",
            None,
            Some(&person.access_token),
        )
        .await;
    no_body.assert_problem(415, "unsupported-media-type");
    let request = |content_type: &'static str, body: &'static str| {
        app.client
            .delete(app.url("/api/v1/me"))
            .bearer_auth(&person.access_token)
            .insert_header(("content-type", content_type))
            .send_body(body)
    };
    let text = request("text/plain", "correct horse battery staple")
        .await
        .expect("sent");
    assert_eq!(text.status().as_u16(), 415);
    let broken = request("application/json", "{\"password\": ")
        .await
        .expect("sent");
    assert_eq!(broken.status().as_u16(), 400);

    let me = app.get("/api/v1/me", Some(&person.access_token)).await;
    assert_eq!(me.status, 200, "nothing was erased");
    assert_eq!(me.json()["display_name"], "Ala Nowak");
}

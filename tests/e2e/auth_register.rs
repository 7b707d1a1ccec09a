use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::Text};
use hop_tests::{PASSWORD, TestApp};
use serde_json::json;

#[actix_web::test]
async fn register_creates_an_account_with_a_hashed_password() {
    let app = TestApp::spawn().await;
    let response = app
        .register("  Ala.Nowak@Example.org ", PASSWORD, " Ala Nowak ")
        .await;
    assert_eq!(response.status, 201, "{}", response.text());
    let account = response.json();
    assert_eq!(account["email"], "Ala.Nowak@Example.org");
    assert_eq!(account["display_name"], "Ala Nowak");
    assert!(
        account["id"]
            .as_str()
            .unwrap()
            .parse::<uuid::Uuid>()
            .is_ok()
    );
    assert!(account.get("password").is_none() && account.get("password_hash").is_none());

    #[derive(QueryableByName)]
    struct Hash {
        #[diesel(sql_type = Text)]
        password_hash: String,
    }
    let stored: Hash = sql_query("SELECT password_hash FROM users")
        .get_result(&mut app.db())
        .unwrap();
    assert!(
        stored
            .password_hash
            .starts_with("$argon2id$v=19$m=19456,t=2,p=1$")
    );
    assert!(!stored.password_hash.contains(PASSWORD));
}

#[actix_web::test]
async fn emails_are_unique_ignoring_case() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.register("ala@example.org", PASSWORD, "Ala")
            .await
            .status,
        201
    );
    let again = app
        .register("ALA@Example.ORG", PASSWORD, "Another Ala")
        .await;
    let problem = again.assert_problem(409, "email-taken");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("already exists")
    );
}

#[actix_web::test]
async fn each_invalid_field_is_named() {
    let app = TestApp::spawn().await;
    app.register("not-an-email", PASSWORD, "Ala")
        .await
        .assert_invalid_fields(&["email"]);
    app.register("ala@example.org", "123456789", "Ala")
        .await
        .assert_invalid_fields(&["password"]);
    app.register("ala@example.org", &"x".repeat(257), "Ala")
        .await
        .assert_invalid_fields(&["password"]);
    app.register("ala@example.org", PASSWORD, "   ")
        .await
        .assert_invalid_fields(&["display_name"]);
    app.register("ala@example.org", PASSWORD, &"a".repeat(101))
        .await
        .assert_invalid_fields(&["display_name"]);
    app.register("", "short", "").await.assert_invalid_fields(&[
        "email",
        "password",
        "display_name",
    ]);

    let missing = app
        .post_json(
            "/api/v1/auth/register",
            &json!({"email": "ala@example.org"}),
        )
        .await;
    missing.assert_invalid_fields(&["password"]);
    let wrong_type = app
        .post_json(
            "/api/v1/auth/register",
            &json!({"email": 42, "password": PASSWORD, "display_name": "Ala"}),
        )
        .await;
    wrong_type.assert_invalid_fields(&["email"]);

    // Nothing was written by any of them.
    assert_eq!(app.login("ala@example.org", PASSWORD).await.status, 401);
}

#[actix_web::test]
async fn registrations_over_the_limit_from_one_address_get_429() {
    let app = TestApp::spawn_behind_proxy(|config| {
        config.registration_limits.per_address = 3;
    })
    .await;
    for i in 0..3 {
        let created = app
            .register_forwarded(&format!("student{i}@example.org"), "203.0.113.7")
            .await;
        assert_eq!(created.status, 201, "{}", created.text());
    }
    let refused = app
        .register_forwarded("student3@example.org", "203.0.113.7")
        .await;
    refused.assert_problem(429, "too-many-requests");
    let retry_after: u64 = refused.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=3600).contains(&retry_after), "{retry_after}");
    // Another address registers as before.
    let other = app
        .register_forwarded("student3@example.org", "198.51.100.7")
        .await;
    assert_eq!(other.status, 201, "{}", other.text());
}

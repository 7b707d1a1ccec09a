use std::time::Duration;

use hop_tests::{PASSWORD, TestApp};
use serde_json::json;

#[actix_web::test]
async fn login_answers_bearer_tokens_ignoring_email_case() {
    let app = TestApp::spawn().await;
    app.register("ala@example.org", PASSWORD, "Ala").await;
    let response = app.login("ALA@EXAMPLE.org", PASSWORD).await;
    assert_eq!(response.status, 200, "{}", response.text());
    let tokens = response.json();
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 900);
    assert_eq!(tokens["refresh_token"].as_str().unwrap().len(), 43);
    let me = app.get("/api/v1/me", tokens["access_token"].as_str()).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["email"], "ala@example.org");
}

#[actix_web::test]
async fn wrong_password_and_unknown_email_get_the_same_401() {
    let app = TestApp::spawn().await;
    app.register("ala@example.org", PASSWORD, "Ala").await;
    let wrong = app.login("ala@example.org", "not the password").await;
    let unknown = app.login("nobody@example.org", PASSWORD).await;
    let wrong_body = wrong.assert_problem(401, "unauthorized");
    let unknown_body = unknown.assert_problem(401, "unauthorized");
    assert_eq!(wrong_body, unknown_body);
    assert_eq!(wrong.header("www-authenticate"), Some("Bearer"));
}

#[actix_web::test]
async fn login_input_is_validated() {
    let app = TestApp::spawn().await;
    app.login("not-an-email", PASSWORD)
        .await
        .assert_invalid_fields(&["email"]);
    app.login("ala@example.org", "")
        .await
        .assert_invalid_fields(&["password"]);
    app.login("ala@example.org", &"x".repeat(300))
        .await
        .assert_invalid_fields(&["password"]);
    app.post_json("/api/v1/auth/login", &json!({"password": PASSWORD}))
        .await
        .assert_invalid_fields(&["email"]);
}

#[actix_web::test]
async fn repeated_failures_lock_the_account_for_their_address_with_retry_after() {
    let app = TestApp::spawn_with(|config| {
        config.login_limits.failures_per_account_and_address = 3;
        config.login_limits.window = Duration::from_secs(600);
    })
    .await;
    app.register("ala@example.org", PASSWORD, "Ala").await;
    for _ in 0..3 {
        app.login("ala@example.org", "wrong password")
            .await
            .assert_problem(401, "unauthorized");
    }
    // Locked for this address now, even with the right password, and for
    // another spelling of the e-mail.
    let locked = app.login("Ala@Example.org", PASSWORD).await;
    locked.assert_problem(429, "too-many-requests");
    let retry_after: u64 = locked
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!((1..=600).contains(&retry_after), "{retry_after}");

    // Other accounts from the same address still log in.
    let other = app.user().await;
    assert!(!other.access_token.is_empty());
}

#[actix_web::test]
async fn the_address_limit_counts_only_failures() {
    let app = TestApp::spawn_with(|config| {
        config.login_limits.failures_per_address = 4;
        config.login_limits.failures_per_account = 100;
    })
    .await;
    app.register("ala@example.org", PASSWORD, "Ala").await;
    // A dormitory's successful logins never count against its address.
    for _ in 0..6 {
        assert_eq!(app.login("ala@example.org", PASSWORD).await.status, 200);
    }
    for i in 0..4 {
        app.login(&format!("guess{i}@example.org"), PASSWORD)
            .await
            .assert_problem(401, "unauthorized");
    }
    app.login("ala@example.org", PASSWORD)
        .await
        .assert_problem(429, "too-many-requests");
}

#[actix_web::test]
async fn the_client_address_is_the_nearest_hop_a_trusted_proxy_saw() {
    let app = TestApp::spawn_behind_proxy(|config| {
        config.login_limits.failures_per_address = 3;
    })
    .await;
    // The attacker writes a new address at the left each time; the proxy
    // appends the one it saw, which is the one counted.
    for i in 0..3 {
        app.login_forwarded(
            &format!("guess{i}@example.org"),
            PASSWORD,
            &format!("10.9.8.{i}, 203.0.113.5"),
        )
        .await
        .assert_problem(401, "unauthorized");
    }
    app.login_forwarded("guess@example.org", PASSWORD, "10.9.8.200, 203.0.113.5")
        .await
        .assert_problem(429, "too-many-requests");
    // Another client behind the same proxy is not limited.
    app.login_forwarded("guess@example.org", PASSWORD, "198.51.100.7")
        .await
        .assert_problem(401, "unauthorized");
}

#[actix_web::test]
async fn forwarded_addresses_from_an_untrusted_peer_are_ignored() {
    let app = TestApp::spawn_with(|config| {
        config.trust_forwarded_for = true;
        config.trusted_proxies = "10.0.0.0/8".parse().unwrap();
        config.login_limits.failures_per_address = 3;
    })
    .await;
    for i in 0..3 {
        app.login_forwarded(
            &format!("guess{i}@example.org"),
            PASSWORD,
            &format!("203.0.113.{i}"),
        )
        .await
        .assert_problem(401, "unauthorized");
    }
    // Every attempt came from 127.0.0.1, whatever the header said.
    app.login_forwarded("guess@example.org", PASSWORD, "203.0.113.99")
        .await
        .assert_problem(429, "too-many-requests");
}

fn retry_after(response: &hop_tests::TestResponse) -> u64 {
    response
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap()
}

#[actix_web::test]
async fn an_attackers_failures_do_not_lock_the_owner_out() {
    let app = TestApp::spawn_behind_proxy(|_| {}).await;
    app.register("ala@example.org", PASSWORD, "Ala").await;
    const ATTACKER: &str = "203.0.113.66";
    const OWNER: &str = "198.51.100.20";
    for _ in 0..10 {
        app.login_forwarded("ala@example.org", "a wrong guess", ATTACKER)
            .await
            .assert_problem(401, "unauthorized");
    }
    // The attacker's address is stopped, even with the right password…
    for password in ["another guess", PASSWORD] {
        let refused = app
            .login_forwarded("ala@example.org", password, ATTACKER)
            .await;
        refused.assert_problem(429, "too-many-requests");
        assert!((1..=900).contains(&retry_after(&refused)));
    }
    // …the owner, elsewhere, is not.
    let owner = app
        .login_forwarded("ala@example.org", PASSWORD, OWNER)
        .await;
    assert_eq!(owner.status, 200, "{}", owner.text());
}

#[actix_web::test]
async fn many_addresses_against_one_account_meet_a_growing_wait_not_a_lock() {
    let app = TestApp::spawn_behind_proxy(|config| {
        config.login_limits.failures_per_account = 3;
    })
    .await;
    app.register("ala@example.org", PASSWORD, "Ala").await;
    let guessers = ["203.0.113.1", "203.0.113.2", "203.0.113.3"];
    for guesser in guessers {
        app.login_forwarded("ala@example.org", "a wrong guess", guesser)
            .await
            .assert_problem(401, "unauthorized");
    }
    // Three failures: the next try from a failing address waits a second…
    let first = app
        .login_forwarded("ala@example.org", "a wrong guess", guessers[0])
        .await;
    first.assert_problem(429, "too-many-requests");
    assert_eq!(retry_after(&first), 1);
    // …the owner, from an address that has not failed, is not held…
    let owner = app
        .login_forwarded("ala@example.org", PASSWORD, "198.51.100.20")
        .await;
    assert_eq!(owner.status, 200, "{}", owner.text());
    // …and after the wait, another failure doubles it: a back-off, not a
    // fifteen-minute lock.
    actix_web::rt::time::sleep(Duration::from_millis(1_100)).await;
    app.login_forwarded("ala@example.org", "a wrong guess", guessers[1])
        .await
        .assert_problem(401, "unauthorized");
    let second = app
        .login_forwarded("ala@example.org", "a wrong guess", guessers[2])
        .await;
    second.assert_problem(429, "too-many-requests");
    assert_eq!(retry_after(&second), 2);
}

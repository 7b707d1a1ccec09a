//! The personal token: made and rotated by its holder only, stored as a
//! digest, and every other token (missing, malformed, unknown, rotated) is
//! refused without saying which.

use diesel::prelude::*;
use hop_tests::TestApp;
use serde_json::{Value, json};

use super::{feed, fetch, new_token, path_of};

#[actix_web::test]
async fn a_rotated_token_s_old_address_is_404_and_the_new_one_works() {
    let app = TestApp::spawn().await;
    let volunteer = app.user().await;
    let first = new_token(&app, &volunteer).await;
    assert_eq!(first["token"].as_str().expect("token").len(), 43);
    assert_eq!(
        path_of(&first["feed_url"]),
        format!(
            "/api/v1/me/calendar.ics?token={}",
            first["token"].as_str().expect("token")
        )
    );
    feed(&app, &first["feed_url"]).await;

    let second = new_token(&app, &volunteer).await;
    assert_ne!(second["token"], first["token"]);
    fetch(&app, &first["feed_url"])
        .await
        .assert_problem(404, "not-found");
    feed(&app, &second["feed_url"]).await;
}

#[actix_web::test]
async fn only_the_token_s_digest_is_stored() {
    #[derive(QueryableByName)]
    struct Stored {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        is_digest: bool,
        #[diesel(sql_type = diesel::sql_types::Bool)]
        holds_plain: bool,
    }
    let app = TestApp::spawn().await;
    let volunteer = app.user().await;
    let token = new_token(&app, &volunteer).await;
    let plain = token["token"].as_str().expect("token").to_owned();
    let stored: Stored = diesel::sql_query(
        "SELECT token_hash = sha256(convert_to($2, 'UTF8')) AS is_digest, \
                position(convert_to($2, 'UTF8') IN token_hash) > 0 AS holds_plain \
         FROM calendar_tokens WHERE user_id = $1",
    )
    .bind::<diesel::sql_types::Uuid, _>(volunteer.id)
    .bind::<diesel::sql_types::Text, _>(&plain)
    .get_result(&mut app.db())
    .expect("one token row");
    assert!(stored.is_digest && !stored.holds_plain);
}

#[actix_web::test]
async fn a_token_is_made_for_a_signed_in_caller_only() {
    let app = TestApp::spawn().await;
    let anonymous = app.post_json("/api/v1/me/calendar-token", &json!({})).await;
    anonymous.assert_problem(401, "unauthorized");
    let forged = app
        .post_json_as("/api/v1/me/calendar-token", &json!({}), Some("not-a-token"))
        .await;
    forged.assert_problem(401, "unauthorized");
    // The answer carries a secret: never cached.
    let volunteer = app.user().await;
    let answer = app
        .post_json_as(
            "/api/v1/me/calendar-token",
            &json!({}),
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.header("cache-control"), Some("no-store"));
}

#[actix_web::test]
async fn without_a_token_the_feed_is_422_and_with_a_bad_one_404() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let organization = app.organization(&owner, "Fundacja Ślad").await;
    let organization_feed = format!(
        "/api/v1/organizations/{}/calendar.ics",
        organization["id"].as_str().expect("id")
    );
    for feed in ["/api/v1/me/calendar.ics", organization_feed.as_str()] {
        for missing in [
            feed.to_owned(),
            format!("{feed}?token="),
            format!("{feed}?tok=x"),
        ] {
            app.get(&missing, None)
                .await
                .assert_invalid_fields(&["token"]);
        }
        let unknown = "A".repeat(43);
        for bad in [
            unknown.as_str(),
            "short",
            &"A".repeat(44),
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D",
            "%C5%BCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        ] {
            let answer = app.get(&format!("{feed}?token={bad}"), None).await;
            let problem = answer.assert_problem(404, "not-found");
            assert_eq!(
                problem["detail"],
                "No calendar feed has this token: it is unknown, or was replaced by a new one",
                "{bad}: the same answer for every bad token"
            );
        }
    }
}

#[actix_web::test]
async fn a_feed_ignores_an_access_token_and_needs_its_own() {
    let app = TestApp::spawn().await;
    let volunteer = app.user().await;
    // Signed in, but without the feed token: still a 422, never the data.
    app.get("/api/v1/me/calendar.ics", Some(&volunteer.access_token))
        .await
        .assert_invalid_fields(&["token"]);
    // An access token is no feed token.
    let path = format!("/api/v1/me/calendar.ics?token={}", &volunteer.access_token);
    app.get(&path, None).await.assert_problem(404, "not-found");
    let token: Value = new_token(&app, &volunteer).await;
    feed(&app, &token["feed_url"]).await;
}

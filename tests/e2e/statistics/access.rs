//! Only city staff read the statistics; the open data needs no account.

use hop_tests::TestApp;
use serde_json::json;

use super::{PATHS, get};

#[actix_web::test]
async fn only_staff_read_statistics() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let volunteer = app.adult_volunteer().await;
    let owner = app.user_named("Koordynator").await;
    app.published_opportunity(&owner, json!({})).await;
    for path in PATHS {
        app.get(path, None)
            .await
            .assert_problem(401, "unauthorized");
        app.get(path, Some("not-a-token"))
            .await
            .assert_problem(401, "unauthorized");
        get(&app, path, &volunteer)
            .await
            .assert_problem(403, "forbidden");
        // An organisation's owner is not city staff either.
        get(&app, path, &owner)
            .await
            .assert_problem(403, "forbidden");
        let answer = get(&app, path, &staff).await;
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
        assert!(answer.json()["as_of"].is_string(), "{path}");
        // What staff read is kept by no cache.
        assert_eq!(answer.header("cache-control"), Some("no-store"), "{path}");
    }
}

#[actix_web::test]
async fn the_open_data_needs_no_account_and_is_cacheable() {
    let app = TestApp::spawn().await;
    let owner = app.user_named("Koordynator").await;
    app.published_opportunity(&owner, json!({"cause": "seniors"}))
        .await;
    let first = app.get("/api/v1/stats/public/overview", None).await;
    assert_eq!(first.status, 200, "{}", first.text());
    let body = first.json();
    assert_eq!(body["organizations"], json!([{"kind": "ngo", "count": 1}]));
    assert_eq!(
        body["opportunities"],
        json!([{"cause": "seniors", "count": 1}])
    );
    assert_eq!(body["hours"], json!([]));
    assert_eq!(body["hours_total"]["hours"]["value"], 0.0);
    assert!(first.header("last-modified").is_some());
    assert!(first.header("cache-control").unwrap().starts_with("public"));
    let tag = first.header("etag").expect("an ETag").to_owned();

    // The same data: 304 with the same tag, without a body.
    let again = app
        .get_with_headers(
            "/api/v1/stats/public/overview",
            None,
            &[("If-None-Match", &tag)],
        )
        .await;
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), Some(tag.as_str()));

    // New data: a new tag, and the old one no longer matches.
    app.published_opportunity(&owner, json!({"cause": "animals"}))
        .await;
    let changed = app
        .get_with_headers(
            "/api/v1/stats/public/overview",
            None,
            &[("If-None-Match", &tag)],
        )
        .await;
    assert_eq!(changed.status, 200);
    assert_ne!(changed.header("etag"), Some(tag.as_str()));
    assert_eq!(changed.json()["opportunities"].as_array().unwrap().len(), 2);
}

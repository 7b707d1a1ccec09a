//! Every bad report is a clear 4xx naming what is wrong, and writes nothing.

use hop_tests::TestApp;
use serde_json::json;

use super::{entry_count, id, move_into_past, organization, outside_shift, report};

#[actix_web::test]
async fn bad_reports_are_refused_and_write_nothing() {
    let app = TestApp::spawn().await;
    let (owner, organization) = organization(&app).await;
    let volunteer = app.adult_volunteer().await;
    let with = |change: serde_json::Value| {
        let mut body = outside_shift(&organization, 1, 60);
        body.as_object_mut()
            .expect("object")
            .extend(change.as_object().expect("object").clone());
        body
    };
    let tomorrow = (chrono::Utc::now() + chrono::TimeDelta::days(2)).date_naive();
    for (body, field) in [
        (with(json!({"minutes": 0})), "minutes"),
        (with(json!({"minutes": -30})), "minutes"),
        (with(json!({"minutes": 1441})), "minutes"),
        (with(json!({"work_date": tomorrow})), "work_date"),
        (with(json!({"work_date": "1999-12-31"})), "work_date"),
        (with(json!({"work_date": null})), "work_date"),
        (
            with(json!({"description": "x".repeat(1001)})),
            "description",
        ),
        (with(json!({"description": "a\u{0}b"})), "description"),
        (with(json!({"organization_id": null})), "application_id"),
        (
            with(json!({"corrects_id": uuid::Uuid::new_v4()})),
            "application_id",
        ),
    ] {
        report(&app, &volunteer, body.clone())
            .await
            .assert_invalid_fields(&[field]);
    }
    // No such organisation, no such entry, no such sign-up: 404.
    report(
        &app,
        &volunteer,
        with(json!({"organization_id": uuid::Uuid::new_v4()})),
    )
    .await
    .assert_problem(404, "not-found");
    report(
        &app,
        &volunteer,
        json!({"corrects_id": uuid::Uuid::new_v4(), "minutes": 30}),
    )
    .await
    .assert_problem(404, "not-found");
    // An organisation not verified yet takes no hours.
    let unverified = app.organization(&owner, "Fundacja w rejestracji").await;
    report(&app, &volunteer, outside_shift(&unverified, 1, 60))
        .await
        .assert_problem(404, "not-found");

    // 24 hours a day, counting what waits for a decision.
    assert_eq!(
        report(&app, &volunteer, with(json!({"minutes": 1000})))
            .await
            .status,
        201
    );
    let over = report(&app, &volunteer, with(json!({"minutes": 441}))).await;
    over.assert_invalid_fields(&["minutes"]);
    assert!(over.text().contains("24 hours"), "{}", over.text());
    assert_eq!(
        report(&app, &volunteer, with(json!({"minutes": 440})))
            .await
            .status,
        201
    );
    assert_eq!(entry_count(&app, &volunteer), 2);

    // A sign-up: not before its shift, not beyond its length, not on another date.
    let opportunity = app.opportunity(&owner, &organization, json!({})).await;
    let opportunity = app.publish(&owner, &opportunity).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 5).await;
    let application = app.sign_up(&volunteer, &shift).await.json();
    let for_sign_up =
        |minutes: i64| json!({"application_id": application["id"], "minutes": minutes});
    report(&app, &volunteer, for_sign_up(60))
        .await
        .assert_problem(409, "not-worked");
    move_into_past(&app, &shift, 100, 2);
    report(&app, &volunteer, for_sign_up(121))
        .await
        .assert_invalid_fields(&["minutes"]);
    let mut wrong_day = for_sign_up(60);
    wrong_day["work_date"] = json!("2024-01-01");
    report(&app, &volunteer, wrong_day)
        .await
        .assert_invalid_fields(&["work_date"]);
    assert_eq!(entry_count(&app, &volunteer), 2);

    // Another person's sign-up is not the caller's to report: 404, as for none.
    let stranger = app.adult_volunteer().await;
    report(&app, &stranger, for_sign_up(60))
        .await
        .assert_problem(404, "not-found");
    assert_eq!(entry_count(&app, &stranger), 0);
    assert_eq!(report(&app, &volunteer, for_sign_up(120)).await.status, 201);

    // A malformed body is a 4xx too.
    let garbage = app
        .post_raw(
            "/api/v1/me/hours",
            "application/json",
            b"{\"minutes\": \"many\"}".to_vec(),
        )
        .await;
    assert!((400..500).contains(&garbage.status), "{}", garbage.text());
    let _ = id(&organization);
}

//! Reports, decisions one by one and in bulk, corrections and totals.

use hop_tests::TestApp;
use serde_json::{Value, json};

use super::{
    decide, entry_count, id, move_into_past, my_hours, organization, outside_shift, report,
};

async fn kinds_and_bodies(app: &TestApp, user: &hop_tests::TestUser) -> Vec<(String, String)> {
    app.notifications_of(user)
        .await
        .iter()
        .map(|n| {
            (
                n["kind"].as_str().expect("kind").to_owned(),
                n["body"].as_str().expect("body").to_owned(),
            )
        })
        .collect()
}

#[actix_web::test]
async fn a_report_waits_for_a_members_decision_and_the_volunteer_is_told() {
    let app = TestApp::spawn().await;
    let (owner, organization) = organization(&app).await;
    let volunteer = app.user_named("Aistė Kazlauskaitė").await;

    let reported = report(&app, &volunteer, outside_shift(&organization, 2, 150)).await;
    assert_eq!(reported.status, 201, "{}", reported.text());
    let entry = reported.json();
    assert_eq!(entry["status"], "pending");
    assert_eq!(entry["counts"], false);
    assert_eq!(entry["minutes"], 150);
    assert_eq!(entry["organization"]["name"], "Bank Żywności w Toruniu");
    assert_eq!(entry["opportunity"], Value::Null);
    assert_eq!(entry["description"], "Sortowanie darów w magazynie");

    // The organisation's review queue shows it, with who reported it.
    let queue = app
        .get(
            &format!(
                "/api/v1/organizations/{}/hours?status=pending",
                id(&organization)
            ),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(queue.status, 200, "{}", queue.text());
    let queue = queue.json();
    assert_eq!(queue["items"].as_array().expect("items").len(), 1);
    assert_eq!(queue["items"][0]["id"], entry["id"]);
    assert_eq!(queue["items"][0]["volunteer_name"], "Aistė Kazlauskaitė");

    let totals = my_hours(&app, &volunteer).await["totals"].clone();
    assert_eq!(
        (
            totals["approved_minutes"].as_i64(),
            totals["pending_minutes"].as_i64()
        ),
        (Some(0), Some(150))
    );

    let approved = decide(&app, &owner, &entry, "approve").await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    let approved = approved.json();
    assert_eq!(
        (approved["status"].as_str(), approved["counts"].as_bool()),
        (Some("approved"), Some(true))
    );
    assert!(approved["decided_at"].is_string());

    // Decided once: neither decision can be taken again.
    decide(&app, &owner, &entry, "approve")
        .await
        .assert_problem(409, "already-decided");
    decide(&app, &owner, &entry, "reject")
        .await
        .assert_problem(409, "already-decided");

    let second = report(&app, &volunteer, outside_shift(&organization, 1, 45))
        .await
        .json();
    let rejected = decide(&app, &owner, &second, "reject").await;
    assert_eq!(rejected.status, 200, "{}", rejected.text());
    assert_eq!(
        rejected.json()["rejection_reason"],
        "Nikt z nas nie widział tej pracy."
    );
    assert_eq!(rejected.json()["counts"], false);

    let hours = my_hours(&app, &volunteer).await;
    let totals = &hours["totals"];
    assert_eq!(totals["approved_minutes"], 150);
    assert_eq!(totals["pending_minutes"], 0);
    assert_eq!(
        totals["by_organization"],
        json!([{
            "organization_id": organization["id"], "organization_name": "Bank Żywności w Toruniu", "minutes": 150
        }])
    );
    let month = entry["work_date"].as_str().expect("date")[..7].to_owned();
    assert_eq!(
        totals["by_month"],
        json!([{"month": month, "minutes": 150}])
    );
    assert_eq!(totals["by_cause"], json!([{"cause": null, "minutes": 150}]));
    assert_eq!(hours["items"].as_array().expect("items").len(), 2);

    // The volunteer was told of each decision, in their language.
    let told = kinds_and_bodies(&app, &volunteer).await;
    let kinds: Vec<&str> = told.iter().map(|(kind, _)| kind.as_str()).collect();
    assert_eq!(kinds, ["hours_rejected", "hours_approved"]);
    assert!(
        told[0].1.contains("45 min") && told[0].1.contains("Nikt z nas"),
        "{told:?}"
    );
    assert!(
        told[1].1.contains("30 min") && told[1].1.contains("Bank Żywności w Toruniu"),
        "{told:?}"
    );
}

#[actix_web::test]
async fn a_bulk_approval_approves_all_or_nothing() {
    let app = TestApp::spawn().await;
    let (owner, organization) = organization(&app).await;
    let volunteer = app.user().await;
    let mut entries = Vec::new();
    for days_ago in 1..=3 {
        let reported = report(&app, &volunteer, outside_shift(&organization, days_ago, 60)).await;
        assert_eq!(reported.status, 201, "{}", reported.text());
        entries.push(reported.json());
    }
    assert_eq!(
        decide(&app, &owner, &entries[2], "reject").await.status,
        200
    );
    let path = format!("/api/v1/organizations/{}/hours/approve", id(&organization));
    let bulk =
        |ids: Vec<&Value>| json!({"ids": ids.iter().map(|e| e["id"].clone()).collect::<Vec<_>>()});

    // One entry already decided: nothing is approved, and the problem names it.
    let refused = app
        .post_json_as(
            &path,
            &bulk(entries.iter().collect()),
            Some(&owner.access_token),
        )
        .await;
    let problem = refused.assert_problem(409, "already-decided");
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains(id(&entries[2])),
        "{problem}"
    );
    assert_eq!(
        my_hours(&app, &volunteer).await["totals"]["pending_minutes"],
        120
    );

    // Bad lists: empty, repeated, an unknown id.
    for body in [
        json!({"ids": []}),
        json!({"ids": [entries[0]["id"], entries[0]["id"]]}),
        json!({"ids": [entries[0]["id"], uuid::Uuid::new_v4()]}),
    ] {
        app.post_json_as(&path, &body, Some(&owner.access_token))
            .await
            .assert_invalid_fields(&["ids"]);
    }
    assert_eq!(
        my_hours(&app, &volunteer).await["totals"]["pending_minutes"],
        120
    );

    let approved = app
        .post_json_as(
            &path,
            &bulk(vec![&entries[0], &entries[1]]),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    let approved = approved.json();
    assert_eq!(approved.as_array().expect("list").len(), 2);
    assert!(
        approved
            .as_array()
            .expect("list")
            .iter()
            .all(|e| e["status"] == "approved")
    );
    let totals = my_hours(&app, &volunteer).await["totals"].clone();
    assert_eq!(
        (
            totals["approved_minutes"].as_i64(),
            totals["pending_minutes"].as_i64()
        ),
        (Some(120), Some(0))
    );
    let told = kinds_and_bodies(&app, &volunteer).await;
    assert_eq!(
        told.iter()
            .filter(|(kind, _)| kind == "hours_approved")
            .count(),
        2
    );
}

#[actix_web::test]
async fn corrections_replace_what_counts_once_approved() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"cause": "seniors"}))
        .await;
    let shift = app.shift(&owner, &opportunity, 24, 3, 5).await;
    let volunteer = app.adult_volunteer().await;
    let application = app.sign_up(&volunteer, &shift).await.json();
    move_into_past(&app, &shift, 5, 3);
    let attended = app
        .decide(
            &owner,
            &application,
            "attendance",
            &json!({"status": "attended", "hours": 2.5}),
        )
        .await;
    assert_eq!(attended.status, 200, "{}", attended.text());
    let hours = my_hours(&app, &volunteer).await;
    let recorded = hours["items"][0].clone();
    assert_eq!(
        (recorded["minutes"].as_i64(), recorded["counts"].as_bool()),
        (Some(150), Some(true))
    );
    assert_eq!(recorded["opportunity"]["cause"], "seniors");
    assert_eq!(
        hours["totals"]["by_cause"],
        json!([{"cause": "seniors", "minutes": 150}])
    );

    // The volunteer says it was the whole shift: a correction, pending.
    let claimed = report(
        &app,
        &volunteer,
        json!({"application_id": application["id"], "minutes": 180}),
    )
    .await;
    assert_eq!(claimed.status, 201, "{}", claimed.text());
    let claimed = claimed.json();
    assert_eq!(claimed["corrects_id"], recorded["id"]);
    assert_eq!(claimed["work_date"], recorded["work_date"]);
    // One question at a time, and the organisation decides it before changing attendance.
    report(
        &app,
        &volunteer,
        json!({"application_id": application["id"], "minutes": 170}),
    )
    .await
    .assert_problem(409, "already-reported");
    app.decide(
        &owner,
        &application,
        "attendance",
        &json!({"status": "attended", "hours": 2.0}),
    )
    .await
    .assert_problem(409, "hours-pending");
    let totals = my_hours(&app, &volunteer).await["totals"].clone();
    assert_eq!(
        (
            totals["approved_minutes"].as_i64(),
            totals["pending_minutes"].as_i64()
        ),
        (Some(150), Some(180))
    );

    assert_eq!(decide(&app, &owner, &claimed, "approve").await.status, 200);
    let hours = my_hours(&app, &volunteer).await;
    assert_eq!(hours["totals"]["approved_minutes"], 180);
    let original = hours["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|e| e["id"] == recorded["id"])
        .expect("kept")
        .clone();
    assert_eq!(
        (original["minutes"].as_i64(), original["counts"].as_bool()),
        (Some(150), Some(false)),
        "an approved entry never changes"
    );

    // Only the entry that counts is corrected, and a correction changes the minutes.
    report(
        &app,
        &volunteer,
        json!({"corrects_id": recorded["id"], "minutes": 120}),
    )
    .await
    .assert_problem(409, "not-counting");
    report(
        &app,
        &volunteer,
        json!({"corrects_id": claimed["id"], "minutes": 180}),
    )
    .await
    .assert_invalid_fields(&["minutes"]);
    // The organisation's later attendance corrects the volunteer's approved claim.
    let again = app
        .decide(
            &owner,
            &application,
            "attendance",
            &json!({"status": "attended", "hours": 2.0}),
        )
        .await;
    assert_eq!(again.status, 200, "{}", again.text());
    assert_eq!(
        my_hours(&app, &volunteer).await["totals"]["approved_minutes"],
        120
    );

    // Work outside a shift is corrected the same way; a rejected correction leaves it counting.
    let (other_owner, other) = super::organization(&app).await;
    let outside = report(&app, &volunteer, outside_shift(&other, 3, 60))
        .await
        .json();
    assert_eq!(
        decide(&app, &other_owner, &outside, "approve").await.status,
        200
    );
    let fix = report(
        &app,
        &volunteer,
        json!({"corrects_id": outside["id"], "minutes": 90}),
    )
    .await
    .json();
    // One question at a time for work outside a shift too.
    report(
        &app,
        &volunteer,
        json!({"corrects_id": outside["id"], "minutes": 100}),
    )
    .await
    .assert_problem(409, "already-reported");
    assert_eq!(decide(&app, &other_owner, &fix, "reject").await.status, 200);
    assert_eq!(
        my_hours(&app, &volunteer).await["totals"]["approved_minutes"],
        180
    );
    let fix = report(
        &app,
        &volunteer,
        json!({"corrects_id": outside["id"], "minutes": 75}),
    )
    .await;
    assert_eq!(
        fix.status,
        201,
        "a rejected correction does not block the next: {}",
        fix.text()
    );
    assert_eq!(
        decide(&app, &other_owner, &fix.json(), "approve")
            .await
            .status,
        200
    );
    let totals = my_hours(&app, &volunteer).await["totals"].clone();
    assert_eq!(totals["approved_minutes"], 195);
    assert_eq!(totals["by_organization"].as_array().expect("list").len(), 2);
    assert_eq!(entry_count(&app, &volunteer), 6);
}

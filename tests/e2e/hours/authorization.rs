//! Who may do what with hours: no token, another volunteer, another
//! organisation's member, city staff, and nobody on their own hours.

use hop_tests::TestApp;
use serde_json::json;

use super::{decide, id, organization, outside_shift, report};

#[actix_web::test]
async fn hours_are_decided_by_the_organisations_members_only() {
    let app = TestApp::spawn().await;
    let (owner, organization) = organization(&app).await;
    let volunteer = app.user().await;
    let entry = report(&app, &volunteer, outside_shift(&organization, 1, 90))
        .await
        .json();
    let queue = format!("/api/v1/organizations/{}/hours", id(&organization));
    let bulk = format!("{queue}/approve");

    // No token: 401 everywhere.
    for (path, body) in [
        (
            "/api/v1/me/hours".to_owned(),
            Some(outside_shift(&organization, 1, 30)),
        ),
        (
            format!("/api/v1/hours/{}/approve", id(&entry)),
            Some(json!({})),
        ),
        (
            format!("/api/v1/hours/{}/reject", id(&entry)),
            Some(json!({"reason": "no"})),
        ),
        (bulk.clone(), Some(json!({"ids": [entry["id"]]}))),
        ("/api/v1/me/hours".to_owned(), None),
        (queue.clone(), None),
    ] {
        let answer = match body {
            Some(body) => app.post_json(&path, &body).await,
            None => app.get(&path, None).await,
        };
        answer.assert_problem(401, "unauthorized");
    }

    // Another volunteer and another organisation's owner: as if there were no entry.
    let other_volunteer = app.user().await;
    let (other_owner, _) = super::organization(&app).await;
    for stranger in [&other_volunteer, &other_owner] {
        decide(&app, stranger, &entry, "approve")
            .await
            .assert_problem(404, "not-found");
        decide(&app, stranger, &entry, "reject")
            .await
            .assert_problem(404, "not-found");
        app.post_json_as(
            &bulk,
            &json!({"ids": [entry["id"]]}),
            Some(&stranger.access_token),
        )
        .await
        .assert_problem(403, "forbidden");
        app.get(&queue, Some(&stranger.access_token))
            .await
            .assert_problem(403, "forbidden");
        // Nobody corrects another's entry either (after it is approved below it would count).
        report(
            &app,
            stranger,
            json!({"corrects_id": entry["id"], "minutes": 30}),
        )
        .await
        .assert_problem(404, "not-found");
        let theirs = app
            .get("/api/v1/me/hours", Some(&stranger.access_token))
            .await
            .json();
        assert_eq!(theirs["items"], json!([]));
    }

    // Staff look at the queue but do not decide.
    let staff = app.staff().await;
    let seen = app.get(&queue, Some(&staff.access_token)).await;
    assert_eq!(seen.status, 200, "{}", seen.text());
    assert_eq!(seen.json()["items"][0]["id"], entry["id"]);
    decide(&app, &staff, &entry, "approve")
        .await
        .assert_problem(403, "forbidden");
    app.post_json_as(
        &bulk,
        &json!({"ids": [entry["id"]]}),
        Some(&staff.access_token),
    )
    .await
    .assert_problem(403, "forbidden");

    // A member never decides their own hours, alone or in bulk.
    let member = app.adult_volunteer().await;
    app.invite_and_accept(&owner, &organization, &member, "coordinator")
        .await;
    let own = report(&app, &member, outside_shift(&organization, 1, 60))
        .await
        .json();
    decide(&app, &member, &own, "approve")
        .await
        .assert_problem(409, "own-entry");
    app.post_json_as(
        &bulk,
        &json!({"ids": [entry["id"], own["id"]]}),
        Some(&member.access_token),
    )
    .await
    .assert_problem(409, "own-entry");
    assert_eq!(decide(&app, &member, &entry, "approve").await.status, 200);
    assert_eq!(decide(&app, &owner, &own, "approve").await.status, 200);

    // Nor their own sign-up: recording its attendance would approve their hours.
    let opportunity = app.opportunity(&owner, &organization, json!({})).await;
    let opportunity = app.publish(&owner, &opportunity).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 3).await;
    let mine = app.sign_up(&member, &shift).await.json();
    super::move_into_past(&app, &shift, 30, 2);
    app.decide(
        &member,
        &mine,
        "attendance",
        &json!({"status": "attended", "hours": 2.0}),
    )
    .await
    .assert_problem(409, "own-sign-up");
    app.decide(&member, &mine, "accept", &json!({}))
        .await
        .assert_problem(409, "own-sign-up");

    // The approved entry still belongs to its volunteer alone.
    report(
        &app,
        &other_volunteer,
        json!({"corrects_id": entry["id"], "minutes": 30}),
    )
    .await
    .assert_problem(404, "not-found");
}

//! Bad proposals and who may propose, accept, terminate and read.

use hop_tests::TestApp;
use serde_json::json;

use super::{act, agreement_body, day, id, organization_with_opportunity, propose};

#[actix_web::test]
async fn bad_proposals_are_refused_and_write_nothing() {
    let app = TestApp::spawn().await;
    let (owner, organization, _) = organization_with_opportunity(&app).await;
    let volunteer = app.adult_volunteer().await;
    let with = |change: serde_json::Value| {
        let mut body = agreement_body(&volunteer, 1, 20);
        body.as_object_mut()
            .expect("object")
            .extend(change.as_object().expect("object").clone());
        body
    };
    for (change, field) in [
        (json!({"ends_on": day(0), "starts_on": day(5)}), "ends_on"),
        (
            json!({"ends_on": day(-1), "starts_on": day(-10)}),
            "ends_on",
        ),
        (json!({"starts_on": "1999-01-01"}), "starts_on"),
        (json!({"ends_on": day(6 * 366)}), "ends_on"),
        (json!({"hours_per_week": 0}), "hours_per_week"),
        (json!({"hours_per_week": 61}), "hours_per_week"),
        (json!({"scope": "  "}), "scope"),
        (json!({"place": "x".repeat(301)}), "place"),
        (json!({"insurance_statement": null}), "insurance_statement"),
        (
            json!({"volunteer_id": uuid::Uuid::new_v4()}),
            "volunteer_id",
        ),
    ] {
        propose(&app, &owner, &organization, &with(change.clone()))
            .await
            .assert_invalid_fields(&[field]);
    }
    // Longer than 30 days, the state's insurance covers the volunteer.
    let long = propose(
        &app,
        &owner,
        &organization,
        &json!({"insurance_statement": null})
            .as_object()
            .map(|_| {
                let mut body = agreement_body(&volunteer, 1, 60);
                body["insurance_statement"] = serde_json::Value::Null;
                body
            })
            .expect("body"),
    )
    .await;
    assert_eq!(long.status, 201, "{}", long.text());
    let page = app
        .get(
            &format!("/api/v1/organizations/{}/agreements", id(&organization)),
            Some(&owner.access_token),
        )
        .await
        .json();
    assert_eq!(
        page["items"].as_array().expect("items").len(),
        1,
        "only the good proposal was written"
    );
}

#[actix_web::test]
async fn only_the_two_sides_act_on_an_agreement() {
    let app = TestApp::spawn().await;
    let (owner, organization, _) = organization_with_opportunity(&app).await;
    let volunteer = app.adult_volunteer().await;
    let stranger = app.adult_volunteer().await;
    let staff = app.staff().await;
    let (other_owner, _, _) = organization_with_opportunity(&app).await;
    let body = agreement_body(&volunteer, 1, 60);

    propose(&app, &stranger, &organization, &body)
        .await
        .assert_problem(403, "forbidden");
    propose(&app, &staff, &organization, &body)
        .await
        .assert_problem(403, "forbidden");
    app.post_json(
        &format!("/api/v1/organizations/{}/agreements", id(&organization)),
        &body,
    )
    .await
    .assert_problem(401, "unauthorized");
    let agreement = propose(&app, &owner, &organization, &body).await.json();

    // Reading: the two sides and staff; others learn nothing.
    let path = format!("/api/v1/agreements/{}", id(&agreement));
    for reader in [&owner, &volunteer, &staff] {
        assert_eq!(app.get(&path, Some(&reader.access_token)).await.status, 200);
    }
    for outsider in [&stranger, &other_owner] {
        app.get(&path, Some(&outsider.access_token))
            .await
            .assert_problem(404, "not-found");
    }
    app.get(&path, None)
        .await
        .assert_problem(401, "unauthorized");
    let list = format!("/api/v1/organizations/{}/agreements", id(&organization));
    app.get(&list, Some(&stranger.access_token))
        .await
        .assert_problem(403, "forbidden");
    assert_eq!(app.get(&list, Some(&staff.access_token)).await.status, 200);
    let mine = app
        .get("/api/v1/me/agreements", Some(&volunteer.access_token))
        .await
        .json();
    assert_eq!(mine["items"][0]["id"], agreement["id"]);
    let theirs = app
        .get("/api/v1/me/agreements", Some(&stranger.access_token))
        .await
        .json();
    assert_eq!(theirs["items"], json!([]));

    // Accepting is the volunteer's alone.
    for other in [&owner, &stranger, &staff] {
        act(&app, other, &agreement, "accept", &json!({}))
            .await
            .assert_problem(404, "not-found");
    }
    assert_eq!(
        act(&app, &volunteer, &agreement, "accept", &json!({}))
            .await
            .status,
        200
    );

    // Ending it: the two sides, on a day within it; once.
    act(
        &app,
        &stranger,
        &agreement,
        "terminate",
        &json!({"ends_on": day(10)}),
    )
    .await
    .assert_problem(404, "not-found");
    act(
        &app,
        &staff,
        &agreement,
        "terminate",
        &json!({"ends_on": day(10)}),
    )
    .await
    .assert_problem(403, "forbidden");
    for outside in [day(-1), day(61)] {
        act(
            &app,
            &owner,
            &agreement,
            "terminate",
            &json!({"ends_on": outside}),
        )
        .await
        .assert_invalid_fields(&["ends_on"]);
    }
    let ended = act(
        &app,
        &owner,
        &agreement,
        "terminate",
        &json!({"ends_on": day(10)}),
    )
    .await;
    assert_eq!(ended.status, 200, "{}", ended.text());
    assert_eq!(ended.json()["status"], "terminated");
    act(
        &app,
        &volunteer,
        &agreement,
        "terminate",
        &json!({"ends_on": day(5)}),
    )
    .await
    .assert_problem(409, "already-terminated");
    let told: Vec<String> = app
        .notifications_of(&volunteer)
        .await
        .iter()
        .map(|n| n["kind"].as_str().expect("kind").to_owned())
        .collect();
    assert_eq!(told[0], "agreement_terminated");
}

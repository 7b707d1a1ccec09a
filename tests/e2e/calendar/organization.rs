//! An organisation's calendar: its members' feed of all its shifts, refused
//! to everyone else.

use actix_web::http::Method;
use hop_tests::TestApp;
use serde_json::{Value, json};

use super::{feed, fetch, host, id, new_token, patch, sequence, shift_uid, signed_up, utc};

fn feed_of<'a>(token: &'a Value, organization: &Value) -> &'a Value {
    token["organization_feeds"]
        .as_array()
        .expect("organization_feeds")
        .iter()
        .find(|feed| feed["organization_id"] == organization["id"])
        .map(|feed| &feed["feed_url"])
        .unwrap_or_else(|| panic!("no feed of {organization} in {token}"))
}

#[actix_web::test]
async fn members_follow_every_shift_of_their_organisation() {
    let app = TestApp::spawn().await;
    let venue = host(
        &app,
        json!({
            "title": "Wydawanie paczek",
            "location": {"lat": 53.0103, "lon": 18.6057, "address": "ul. Szeroka 1, Toruń"},
        }),
    )
    .await;
    let draft = app
        .opportunity(
            &venue.owner,
            &venue.organization,
            json!({"title": "Kwesta (szkic)"}),
        )
        .await;
    let packing = app.shift(&venue.owner, &venue.opportunity, 24, 3, 3).await;
    let moved = app.shift(&venue.owner, &venue.opportunity, 48, 3, 1).await;
    let cancelled = app.shift(&venue.owner, &venue.opportunity, 72, 3, 2).await;
    let planned = app.shift(&venue.owner, &draft, 96, 2, 4).await;
    let coordinator = app.user_named("Koordynator Kęstutis").await;
    app.invite_and_accept(
        &venue.owner,
        &venue.organization,
        &coordinator,
        "coordinator",
    )
    .await;
    // Two volunteers take `packing`; of `moved`'s one place, the first
    // gets it and the second waits.
    for _ in 0..2 {
        let volunteer = app.adult_volunteer().await;
        signed_up(&app, &volunteer, &packing).await;
        signed_up(&app, &volunteer, &moved).await;
    }

    let owner_token = new_token(&app, &venue.owner).await;
    let coordinator_token = new_token(&app, &coordinator).await;
    let calendar = feed(&app, feed_of(&coordinator_token, &venue.organization)).await;
    assert_eq!(
        calendar.properties["X-WR-CALNAME"],
        "HOP: Bank Żywności w Toruniu"
    );
    assert_eq!(
        calendar.uids(),
        [
            shift_uid(&packing),
            shift_uid(&moved),
            shift_uid(&cancelled),
            shift_uid(&planned)
        ],
        "one event per shift, drafts' too, in the order they start"
    );
    let event = calendar.event(&shift_uid(&packing));
    assert_eq!(event["SUMMARY"], "Wydawanie paczek");
    assert_eq!(event["STATUS"], "CONFIRMED");
    assert_eq!(event["LOCATION"], "ul. Szeroka 1, Toruń");
    assert_eq!(event["GEO"], "53.010300;18.605700");
    assert_eq!(event["DTSTART"], utc(&packing["starts_at"]));
    assert_eq!(
        event["DESCRIPTION"],
        "Places taken: 2 of 3. Waiting list: 0."
    );
    assert_eq!(
        calendar.event(&shift_uid(&moved))["DESCRIPTION"],
        "Places taken: 1 of 1. Waiting list: 1."
    );
    let before = (
        sequence(calendar.event(&shift_uid(&moved))),
        sequence(calendar.event(&shift_uid(&cancelled))),
    );

    let starts = chrono::Utc::now() + chrono::TimeDelta::hours(50);
    let moved_to = patch(
        &app,
        &venue.owner,
        &format!("/api/v1/shifts/{}", id(&moved)),
        json!({"starts_at": starts, "ends_at": starts + chrono::TimeDelta::hours(3)}),
    )
    .await;
    let answer = app
        .send_json(
            Method::DELETE,
            &format!("/api/v1/shifts/{}", id(&cancelled)),
            None,
            Some(&venue.owner.access_token),
        )
        .await;
    assert_eq!(answer.status, 204, "{}", answer.text());

    // The owner's own token reads the same feed.
    let calendar = feed(&app, feed_of(&owner_token, &venue.organization)).await;
    assert_eq!(calendar.events.len(), 4);
    let event = calendar.event(&shift_uid(&moved));
    assert!(sequence(event) > before.0);
    assert_eq!(event["DTSTART"], utc(&moved_to["starts_at"]));
    let event = calendar.event(&shift_uid(&cancelled));
    assert_eq!(event["STATUS"], "CANCELLED");
    assert!(sequence(event) > before.1);
}

#[actix_web::test]
async fn non_members_staff_and_other_organisations_members_are_refused() {
    let app = TestApp::spawn().await;
    let venue = host(&app, json!({})).await;
    app.shift(&venue.owner, &venue.opportunity, 24, 3, 3).await;
    let path = format!(
        "/api/v1/organizations/{}/calendar.ics",
        id(&venue.organization)
    );
    let with = |token: &Value| format!("{path}?token={}", token["token"].as_str().expect("token"));

    let volunteer = app.adult_volunteer().await;
    let other_owner = app.user().await;
    let staff = app.staff().await;
    app.verified_organization(&other_owner, &staff, "Caritas Toruń")
        .await;
    for stranger in [&volunteer, &other_owner, &staff] {
        let token = new_token(&app, stranger).await;
        assert!(
            token["organization_feeds"]
                .as_array()
                .expect("organization_feeds")
                .iter()
                .all(|feed| feed["organization_id"] != venue.organization["id"]),
            "{token}"
        );
        let answer = app.get(&with(&token), None).await;
        let problem = answer.assert_problem(403, "forbidden");
        assert!(!answer.text().contains("BEGIN:VCALENDAR"), "{problem}");
    }

    // An organisation the holder cannot see, or none at all: 404.
    let pending_owner = app.user().await;
    let pending = app
        .organization(&pending_owner, "Fundacja w rejestracji")
        .await;
    let token = new_token(&app, &volunteer).await;
    let token = token["token"].as_str().expect("token");
    for organization in [id(&pending).to_owned(), uuid::Uuid::new_v4().to_string()] {
        app.get(
            &format!("/api/v1/organizations/{organization}/calendar.ics?token={token}"),
            None,
        )
        .await
        .assert_problem(404, "not-found");
    }
    // Its own members see a pending organisation's calendar.
    let pending_token = new_token(&app, &pending_owner).await;
    let calendar = feed(&app, feed_of(&pending_token, &pending)).await;
    assert!(calendar.events.is_empty());
}

#[actix_web::test]
async fn a_member_who_leaves_loses_the_feed() {
    let app = TestApp::spawn().await;
    let venue = host(&app, json!({})).await;
    let coordinator = app.user().await;
    app.invite_and_accept(
        &venue.owner,
        &venue.organization,
        &coordinator,
        "coordinator",
    )
    .await;
    let token = new_token(&app, &coordinator).await;
    let feed_url = feed_of(&token, &venue.organization).clone();
    feed(&app, &feed_url).await;

    let removed = app
        .send_json(
            Method::DELETE,
            &format!(
                "/api/v1/organizations/{}/members/{}",
                id(&venue.organization),
                coordinator.id
            ),
            None,
            Some(&venue.owner.access_token),
        )
        .await;
    assert!(removed.status < 300, "{}", removed.text());
    fetch(&app, &feed_url)
        .await
        .assert_problem(403, "forbidden");
    // Their own calendar still works: the token is theirs, not the organisation's.
    feed(&app, &token["feed_url"]).await;
}

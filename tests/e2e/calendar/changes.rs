//! A change shows as an update of the same event: its `UID` stays, its
//! `SEQUENCE` rises, and a cancellation is `STATUS:CANCELLED`.

use actix_web::http::Method;
use hop_tests::TestApp;
use serde_json::json;

use super::{feed, host, id, new_token, patch, sequence, sign_up_uid, signed_up, utc};

#[actix_web::test]
async fn a_moved_shift_keeps_its_uid_and_raises_its_sequence() {
    let app = TestApp::spawn().await;
    let venue = host(&app, json!({})).await;
    let shift = app.shift(&venue.owner, &venue.opportunity, 48, 3, 5).await;
    let volunteer = app.adult_volunteer().await;
    let sign_up = signed_up(&app, &volunteer, &shift).await;
    let token = new_token(&app, &volunteer).await;
    let uid = sign_up_uid(&sign_up);
    let before = sequence(feed(&app, &token["feed_url"]).await.event(&uid));

    // More places change nothing a calendar shows.
    let path = format!("/api/v1/shifts/{}", id(&shift));
    patch(&app, &venue.owner, &path, json!({"capacity": 8})).await;
    let calendar = feed(&app, &token["feed_url"]).await;
    assert_eq!(sequence(calendar.event(&uid)), before);

    let starts = chrono::Utc::now() + chrono::TimeDelta::hours(50);
    let moved = patch(
        &app,
        &venue.owner,
        &path,
        json!({"starts_at": starts, "ends_at": starts + chrono::TimeDelta::hours(2)}),
    )
    .await;
    let calendar = feed(&app, &token["feed_url"]).await;
    assert_eq!(calendar.events.len(), 1, "the same event, not a second one");
    let event = calendar.event(&uid);
    assert!(sequence(event) > before, "{event:?}");
    assert_eq!(event["DTSTART"], utc(&moved["starts_at"]));
    assert_eq!(event["DTEND"], utc(&moved["ends_at"]));
    assert_eq!(event["STATUS"], "CONFIRMED");
    let after_move = sequence(event);

    // Moving it again raises it again.
    let later = starts + chrono::TimeDelta::hours(24);
    patch(
        &app,
        &venue.owner,
        &path,
        json!({"starts_at": later, "ends_at": later + chrono::TimeDelta::hours(2)}),
    )
    .await;
    let calendar = feed(&app, &token["feed_url"]).await;
    assert!(sequence(calendar.event(&uid)) > after_move);
}

#[actix_web::test]
async fn a_new_place_or_title_raises_the_sequence_and_a_new_description_does_not() {
    let app = TestApp::spawn().await;
    let venue = host(&app, json!({"title": "Sortowanie darów"})).await;
    let shift = app.shift(&venue.owner, &venue.opportunity, 48, 3, 5).await;
    let volunteer = app.adult_volunteer().await;
    let sign_up = signed_up(&app, &volunteer, &shift).await;
    let token = new_token(&app, &volunteer).await;
    let uid = sign_up_uid(&sign_up);
    let path = format!("/api/v1/opportunities/{}", id(&venue.opportunity));
    let first = sequence(feed(&app, &token["feed_url"]).await.event(&uid));

    patch(
        &app,
        &venue.owner,
        &path,
        json!({"description": "Przynieś rękawiczki."}),
    )
    .await;
    assert_eq!(
        sequence(feed(&app, &token["feed_url"]).await.event(&uid)),
        first,
        "the description is not in the feed"
    );

    patch(
        &app,
        &venue.owner,
        &path,
        json!({"location": {"lat": 53.0138, "lon": 18.5984, "address": "ul. Bydgoska 2, Toruń"}}),
    )
    .await;
    let calendar = feed(&app, &token["feed_url"]).await;
    let event = calendar.event(&uid);
    assert!(sequence(event) > first);
    assert_eq!(event["LOCATION"], "ul. Bydgoska 2, Toruń");
    assert_eq!(event["GEO"], "53.013800;18.598400");
    let placed = sequence(event);

    patch(
        &app,
        &venue.owner,
        &path,
        json!({"title": "Sortowanie darów zimowych"}),
    )
    .await;
    let calendar = feed(&app, &token["feed_url"]).await;
    let event = calendar.event(&uid);
    assert!(sequence(event) > placed);
    assert_eq!(event["SUMMARY"], "Sortowanie darów zimowych");
}

#[actix_web::test]
async fn a_cancelled_shift_is_cancelled_under_the_same_uid() {
    let app = TestApp::spawn().await;
    let venue = host(&app, json!({})).await;
    let shift = app.shift(&venue.owner, &venue.opportunity, 48, 3, 5).await;
    let volunteer = app.adult_volunteer().await;
    let sign_up = signed_up(&app, &volunteer, &shift).await;
    let token = new_token(&app, &volunteer).await;
    let uid = sign_up_uid(&sign_up);
    let before = sequence(feed(&app, &token["feed_url"]).await.event(&uid));

    let cancelled = app
        .send_json(
            Method::DELETE,
            &format!("/api/v1/shifts/{}", id(&shift)),
            None,
            Some(&venue.owner.access_token),
        )
        .await;
    assert_eq!(cancelled.status, 204, "{}", cancelled.text());

    let calendar = feed(&app, &token["feed_url"]).await;
    assert_eq!(calendar.events.len(), 1);
    let event = calendar.event(&uid);
    assert_eq!(event["STATUS"], "CANCELLED");
    assert_eq!(event["TRANSP"], "TRANSPARENT");
    assert!(sequence(event) > before);
    assert!(
        event["DESCRIPTION"].ends_with("The organisation has cancelled this shift."),
        "{}",
        event["DESCRIPTION"]
    );
}

#[actix_web::test]
async fn a_withdrawn_or_declined_sign_up_is_cancelled_under_the_same_uid() {
    let app = TestApp::spawn().await;
    let venue = host(&app, json!({})).await;
    let shift = app.shift(&venue.owner, &venue.opportunity, 48, 3, 5).await;
    let reviewed = app
        .opportunity(
            &venue.owner,
            &venue.organization,
            json!({"title": "Dyżur w hospicjum", "requires_review": true}),
        )
        .await;
    let reviewed = app.publish(&venue.owner, &reviewed).await;
    let reviewed_shift = app.shift(&venue.owner, &reviewed, 72, 2, 5).await;
    let volunteer = app.adult_volunteer().await;
    let withdrawn = signed_up(&app, &volunteer, &shift).await;
    let declined = signed_up(&app, &volunteer, &reviewed_shift).await;
    let token = new_token(&app, &volunteer).await;
    let calendar = feed(&app, &token["feed_url"]).await;
    let (withdrawn_uid, declined_uid) = (sign_up_uid(&withdrawn), sign_up_uid(&declined));
    let before = (
        sequence(calendar.event(&withdrawn_uid)),
        sequence(calendar.event(&declined_uid)),
    );
    assert_eq!(calendar.event(&declined_uid)["STATUS"], "TENTATIVE");

    let answer = app
        .decide(&volunteer, &withdrawn, "withdraw", &json!({}))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    let answer = app
        .decide(
            &venue.owner,
            &declined,
            "reject",
            &json!({"reason": "Wszystkie miejsca zajęte."}),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());

    let calendar = feed(&app, &token["feed_url"]).await;
    assert_eq!(calendar.events.len(), 2);
    let event = calendar.event(&withdrawn_uid);
    assert_eq!(event["STATUS"], "CANCELLED");
    assert!(sequence(event) > before.0);
    let event = calendar.event(&declined_uid);
    assert_eq!(event["STATUS"], "CANCELLED");
    assert!(sequence(event) > before.1);

    // Signing up again is a new sign-up: a new event beside the cancelled one.
    let again = signed_up(&app, &volunteer, &shift).await;
    let calendar = feed(&app, &token["feed_url"]).await;
    assert_eq!(calendar.event(&sign_up_uid(&again))["STATUS"], "CONFIRMED");
    assert_eq!(calendar.event(&withdrawn_uid)["STATUS"], "CANCELLED");
}

#[actix_web::test]
async fn a_sign_up_confirmed_after_review_turns_confirmed_with_a_higher_sequence() {
    let app = TestApp::spawn().await;
    let venue = host(&app, json!({"requires_review": true})).await;
    let shift = app.shift(&venue.owner, &venue.opportunity, 48, 3, 5).await;
    let volunteer = app.adult_volunteer().await;
    let sign_up = signed_up(&app, &volunteer, &shift).await;
    let token = new_token(&app, &volunteer).await;
    let uid = sign_up_uid(&sign_up);
    let calendar = feed(&app, &token["feed_url"]).await;
    let before = calendar.event(&uid).clone();
    assert_eq!(before["STATUS"], "TENTATIVE");

    let accepted = app
        .decide(&venue.owner, &sign_up, "accept", &json!({}))
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    let calendar = feed(&app, &token["feed_url"]).await;
    let event = calendar.event(&uid);
    assert_eq!(event["STATUS"], "CONFIRMED");
    assert!(sequence(event) > sequence(&before));
}

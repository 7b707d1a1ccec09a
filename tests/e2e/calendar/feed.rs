//! What a volunteer's feed holds, and how it is written.

use hop_tests::TestApp;
use serde_json::json;

use super::{
    Calendar, feed, fetch, host, id, new_token, patch, sign_up_uid, signed_up, unfold, utc,
};

#[actix_web::test]
async fn confirmed_and_pending_sign_ups_appear_with_title_place_and_utc_times() {
    let app = TestApp::spawn().await;
    let open = host(
        &app,
        json!({
            "title": "Sortowanie żywności",
            "location": {"lat": 53.0103, "lon": 18.6057, "address": "ul. Szeroka 1, 87-100 Toruń"},
        }),
    )
    .await;
    let reviewed = app
        .opportunity(
            &open.owner,
            &open.organization,
            json!({"title": "Dyżur w hospicjum", "requires_review": true, "remote": true, "location": null}),
        )
        .await;
    let reviewed = app.publish(&open.owner, &reviewed).await;
    let volunteer = app.adult_volunteer().await;
    patch(
        &app,
        &volunteer,
        "/api/v1/me",
        json!({"preferred_language": "pl"}),
    )
    .await;

    let sorting = app.shift(&open.owner, &open.opportunity, 48, 3, 5).await;
    let hospice = app.shift(&open.owner, &reviewed, 72, 2, 5).await;
    let full = app.shift(&open.owner, &open.opportunity, 96, 2, 1).await;
    let confirmed = signed_up(&app, &volunteer, &sorting).await;
    let pending = signed_up(&app, &volunteer, &hospice).await;
    let taker = app.adult_volunteer().await;
    signed_up(&app, &taker, &full).await;
    let waitlisted = signed_up(&app, &volunteer, &full).await;
    assert_eq!(
        (
            &confirmed["status"],
            &pending["status"],
            &waitlisted["status"]
        ),
        (&json!("confirmed"), &json!("pending"), &json!("waitlisted"))
    );
    // Someone else's sign-up is not in this feed.
    let other = app.adult_volunteer().await;
    let elsewhere = signed_up(&app, &other, &sorting).await;

    let token = new_token(&app, &volunteer).await;
    let answer = fetch(&app, &token["feed_url"]).await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(
        answer.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    assert_eq!(answer.header("referrer-policy"), Some("no-referrer"));
    let calendar = Calendar::parse(&answer.text());

    assert_eq!(calendar.properties["VERSION"], "2.0");
    assert_eq!(calendar.properties["X-WR-CALNAME"], "HOP: moje zmiany");
    assert_eq!(
        calendar.uids(),
        [
            sign_up_uid(&confirmed),
            sign_up_uid(&pending),
            sign_up_uid(&waitlisted)
        ],
        "one event per sign-up, in the order the shifts start"
    );
    assert!(!calendar.uids().contains(&sign_up_uid(&elsewhere).as_str()));

    let event = calendar.event(&sign_up_uid(&confirmed));
    assert_eq!(event["SUMMARY"], "Sortowanie żywności");
    assert_eq!(event["STATUS"], "CONFIRMED");
    assert_eq!(event["LOCATION"], "ul. Szeroka 1, 87-100 Toruń");
    assert_eq!(event["GEO"], "53.010300;18.605700");
    assert_eq!(event["DTSTART"], utc(&sorting["starts_at"]));
    assert_eq!(event["DTEND"], utc(&sorting["ends_at"]));
    assert!(event["DTSTAMP"].ends_with('Z'));
    assert_eq!(event["SEQUENCE"], "0");
    assert_eq!(
        event["DESCRIPTION"],
        "Bank Żywności w Toruniu\nTwoje miejsce jest potwierdzone."
    );
    assert!(
        event["URL"].ends_with(&format!("/api/v1/opportunities/{}", id(&open.opportunity))),
        "{}",
        event["URL"]
    );

    let event = calendar.event(&sign_up_uid(&pending));
    assert_eq!(event["STATUS"], "TENTATIVE");
    assert_eq!(event["SUMMARY"], "Dyżur w hospicjum");
    assert_eq!(event["LOCATION"], "Zdalnie", "a remote opportunity");
    assert!(!event.contains_key("GEO"));

    let event = calendar.event(&sign_up_uid(&waitlisted));
    assert_eq!(event["STATUS"], "TENTATIVE", "a place may come by itself");
}

#[actix_web::test]
async fn a_long_title_is_folded_at_75_octets_with_crlf_and_read_back_whole() {
    let app = TestApp::spawn().await;
    let title = "Допомога біженцям з України; сортування одягу, ліків і продуктів \
                 у Toruńskim Banku Żywności — zbiórka\\wydawanie paczek";
    let venue = host(
        &app,
        json!({
            "title": title,
            "location": {"lat": 53.0103, "lon": 18.6057, "address": "ul. Żółkiewskiego 12; wejście od podwórza, Toruń"},
        }),
    )
    .await;
    let shift = app.shift(&venue.owner, &venue.opportunity, 24, 4, 3).await;
    let volunteer = app.adult_volunteer().await;
    let sign_up = signed_up(&app, &volunteer, &shift).await;
    let token = new_token(&app, &volunteer).await;

    let answer = fetch(&app, &token["feed_url"]).await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    let body = &answer.body;
    assert!(body.ends_with(b"\r\n"));
    let mut folded = 0;
    for line in body.split(|b| *b == b'\n') {
        if line.is_empty() {
            continue;
        }
        assert_eq!(line.last(), Some(&b'\r'), "a bare LF: {}", answer.text());
        let line = &line[..line.len() - 1];
        assert!(line.len() <= 75, "{} octets: {:?}", line.len(), line);
        let line = std::str::from_utf8(line).expect("a fold never splits a character");
        folded += usize::from(line.starts_with(' '));
    }
    assert!(folded >= 2, "the long title is folded: {}", answer.text());
    let unfolded = unfold(&answer.text());
    assert!(
        unfolded.contains(&format!(
            "SUMMARY:{}\r\n",
            title
                .replace('\\', "\\\\")
                .replace(';', "\\;")
                .replace(',', "\\,")
        )),
        "{unfolded}"
    );
    let calendar = Calendar::parse(&answer.text());
    let event = calendar.event(&sign_up_uid(&sign_up));
    assert_eq!(event["SUMMARY"], title);
    assert_eq!(
        event["LOCATION"],
        "ul. Żółkiewskiego 12; wejście od podwórza, Toruń"
    );
}

#[actix_web::test]
async fn shifts_older_than_90_days_leave_the_feed() {
    use diesel::prelude::*;

    let app = TestApp::spawn().await;
    let venue = host(&app, json!({})).await;
    let volunteer = app.adult_volunteer().await;
    let recent = app.shift(&venue.owner, &venue.opportunity, 24, 2, 3).await;
    let old = app.shift(&venue.owner, &venue.opportunity, 48, 2, 3).await;
    let recent_sign_up = signed_up(&app, &volunteer, &recent).await;
    let old_sign_up = signed_up(&app, &volunteer, &old).await;
    for (shift, days_ago) in [(&recent, 89), (&old, 91)] {
        diesel::sql_query(
            "UPDATE shifts SET starts_at = now() - make_interval(days => $2), \
                               ends_at = now() - make_interval(days => $2) + interval '2 hours' \
             WHERE id = $1::uuid",
        )
        .bind::<diesel::sql_types::Text, _>(id(shift))
        .bind::<diesel::sql_types::Integer, _>(days_ago)
        .execute(&mut app.db())
        .expect("the shift is in the past");
    }

    let token = new_token(&app, &volunteer).await;
    let calendar = feed(&app, &token["feed_url"]).await;
    assert_eq!(calendar.uids(), [sign_up_uid(&recent_sign_up)]);
    assert!(
        !calendar
            .uids()
            .contains(&sign_up_uid(&old_sign_up).as_str())
    );
}

#[actix_web::test]
async fn a_volunteer_without_sign_ups_has_an_empty_calendar() {
    let app = TestApp::spawn().await;
    let volunteer = app.user().await;
    let token = new_token(&app, &volunteer).await;
    let calendar = feed(&app, &token["feed_url"]).await;
    assert!(calendar.events.is_empty());
    assert_eq!(calendar.properties["X-WR-CALNAME"], "HOP: my shifts");
}

use actix_web::http::Method;
use chrono::{TimeDelta, Utc};
use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::Text};
use hop_tests::TestApp;
use serde_json::{Value, json};

fn id(body: &Value) -> &str {
    body["id"].as_str().expect("id")
}

#[derive(QueryableByName)]
struct Kind {
    #[diesel(sql_type = Text)]
    kind: String,
}

fn notifications_of(app: &TestApp, user: uuid::Uuid) -> Vec<String> {
    sql_query("SELECT kind FROM notifications WHERE recipient_id = $1 ORDER BY created_at, kind")
        .bind::<diesel::sql_types::Uuid, _>(user)
        .load::<Kind>(&mut app.db())
        .unwrap()
        .into_iter()
        .map(|row| row.kind)
        .collect()
}

#[actix_web::test]
async fn shifts_are_created_listed_and_validated() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let later = app.shift(&owner, &opportunity, 72, 3, 5).await;
    let sooner = app.shift(&owner, &opportunity, 24, 2, 10).await;
    assert_eq!(sooner["confirmed_count"], 0);
    assert_eq!(sooner["waitlist_count"], 0);

    let path = format!("/api/v1/opportunities/{}/shifts", id(&opportunity));
    let listed = app.get(&format!("{path}?limit=1"), None).await.json();
    assert_eq!(listed["items"][0]["id"], sooner["id"]);
    let cursor = listed["next_cursor"].as_str().unwrap();
    let rest = app
        .get(&format!("{path}?limit=1&cursor={cursor}"), None)
        .await
        .json();
    assert_eq!(rest["items"][0]["id"], later["id"]);
    assert_eq!(rest["next_cursor"], Value::Null);

    let start = Utc::now() + TimeDelta::days(2);
    let cases = [
        (
            json!({"starts_at": start, "ends_at": start, "capacity": 5}),
            vec!["ends_at"],
        ),
        (
            json!({"starts_at": start, "ends_at": start + TimeDelta::hours(25), "capacity": 5}),
            vec!["ends_at"],
        ),
        (
            json!({"starts_at": start, "ends_at": start + TimeDelta::hours(2), "capacity": 0}),
            vec!["capacity"],
        ),
        (
            json!({"starts_at": start, "ends_at": start + TimeDelta::hours(2), "capacity": 10001}),
            vec!["capacity"],
        ),
        (
            json!({"starts_at": Utc::now() - TimeDelta::hours(1), "ends_at": start, "capacity": 5}),
            vec!["starts_at"],
        ),
        (
            json!({"starts_at": "next tuesday", "ends_at": start, "capacity": 5}),
            vec!["starts_at"],
        ),
    ];
    for (body, fields) in cases {
        app.post_json_as(&path, &body, Some(&owner.access_token))
            .await
            .assert_invalid_fields(&fields);
    }
    let stranger = app.user().await;
    let body = json!({"starts_at": start, "ends_at": start + TimeDelta::hours(2), "capacity": 5});
    app.post_json_as(&path, &body, Some(&stranger.access_token))
        .await
        .assert_problem(403, "forbidden");
    app.post_json(&path, &body)
        .await
        .assert_problem(401, "unauthorized");
}

#[actix_web::test]
async fn capacity_cannot_drop_below_the_confirmed_and_growing_it_promotes() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 1).await;
    let first = app.adult_volunteer().await;
    let second = app.adult_volunteer().await;
    assert_eq!(
        app.sign_up(&first, &shift).await.json()["status"],
        "confirmed"
    );
    assert_eq!(
        app.sign_up(&second, &shift).await.json()["status"],
        "waitlisted"
    );

    let path = format!("/api/v1/shifts/{}", id(&shift));
    let stranger = app.user().await;
    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"capacity": 3})),
        Some(&stranger.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    app.send_json(Method::PATCH, &path, Some(&json!({"capacity": 3})), None)
        .await
        .assert_problem(401, "unauthorized");
    let grown = app
        .send_json(
            Method::PATCH,
            &path,
            Some(&json!({"capacity": 2})),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(grown.status, 200, "{}", grown.text());
    assert_eq!(grown.json()["confirmed_count"], 2);
    assert_eq!(grown.json()["waitlist_count"], 0);
    assert_eq!(
        notifications_of(&app, second.id),
        ["signup_waitlisted", "signup_promoted"]
    );

    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"capacity": 1})),
        Some(&owner.access_token),
    )
    .await
    .assert_problem(409, "capacity-below-confirmed");
}

#[actix_web::test]
async fn moving_or_cancelling_a_shift_tells_everyone_and_keeps_history() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 1).await;
    let confirmed = app.adult_volunteer().await;
    let waitlisted = app.adult_volunteer().await;
    let application = app.sign_up(&confirmed, &shift).await.json();
    app.sign_up(&waitlisted, &shift).await;

    let path = format!("/api/v1/shifts/{}", id(&shift));
    let start = Utc::now() + TimeDelta::days(3);
    let moved = app
        .send_json(
            Method::PATCH,
            &path,
            Some(&json!({"starts_at": start, "ends_at": start + TimeDelta::hours(3)})),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text());
    assert!(notifications_of(&app, confirmed.id).contains(&"shift_changed".to_owned()));
    assert!(notifications_of(&app, waitlisted.id).contains(&"shift_changed".to_owned()));

    let cancelled = app
        .send_json(Method::DELETE, &path, None, Some(&owner.access_token))
        .await;
    assert_eq!(cancelled.status, 204, "{}", cancelled.text());
    assert!(notifications_of(&app, confirmed.id).contains(&"shift_cancelled".to_owned()));
    // Gone from the list, but the sign-up is still there for the record.
    let listed = app
        .get(
            &format!("/api/v1/opportunities/{}/shifts", id(&opportunity)),
            None,
        )
        .await
        .json();
    assert_eq!(listed["items"], json!([]));
    let mine = app
        .get("/api/v1/me/applications", Some(&confirmed.access_token))
        .await
        .json();
    assert_eq!(mine["items"][0]["id"], application["id"]);
    assert_eq!(mine["items"][0]["shift"]["cancelled"], true);
    app.send_json(Method::DELETE, &path, None, Some(&owner.access_token))
        .await
        .assert_problem(409, "shift-cancelled");
    app.sign_up(&app.adult_volunteer().await, &shift)
        .await
        .assert_problem(409, "shift-cancelled");
    // A cancelled shift holds no one's time: the volunteer can take another shift then.
    let other = app.shift(&owner, &opportunity, 72, 3, 5).await;
    assert_eq!(
        app.sign_up(&confirmed, &other).await.json()["status"],
        "confirmed"
    );
}

#[actix_web::test]
async fn each_invalid_change_of_a_shift_is_named_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 5).await;
    let path = format!("/api/v1/shifts/{}", id(&shift));
    let starts: chrono::DateTime<Utc> = shift["starts_at"].as_str().unwrap().parse().unwrap();
    let cases = [
        (json!({"capacity": 0}), vec!["capacity"]),
        (json!({"capacity": 10001}), vec!["capacity"]),
        (json!({"capacity": "ten"}), vec!["capacity"]),
        (json!({"ends_at": starts}), vec!["ends_at"]),
        (
            json!({"ends_at": starts - TimeDelta::hours(1)}),
            vec!["ends_at"],
        ),
        (
            json!({"ends_at": starts + TimeDelta::hours(25)}),
            vec!["ends_at"],
        ),
        (
            json!({"starts_at": Utc::now() - TimeDelta::hours(1)}),
            vec!["starts_at"],
        ),
        (json!({"starts_at": "next tuesday"}), vec!["starts_at"]),
        (
            json!({"ends_at": starts, "capacity": 0}),
            vec!["ends_at", "capacity"],
        ),
    ];
    for (body, fields) in cases {
        app.send_json(Method::PATCH, &path, Some(&body), Some(&owner.access_token))
            .await
            .assert_invalid_fields(&fields);
    }
    let listed = app
        .get(
            &format!("/api/v1/opportunities/{}/shifts", id(&opportunity)),
            None,
        )
        .await
        .json();
    assert_eq!(
        listed["items"],
        json!([shift]),
        "no refused change was written"
    );
}

#[actix_web::test]
async fn bad_paging_of_shifts_is_named_and_a_closed_opportunity_takes_none() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    app.shift(&owner, &opportunity, 24, 2, 5).await;
    let path = format!("/api/v1/opportunities/{}/shifts", id(&opportunity));
    for (query, field) in [
        ("?limit=0", "limit"),
        ("?limit=101", "limit"),
        ("?cursor=garbage!", "cursor"),
    ] {
        app.get(&format!("{path}{query}"), None)
            .await
            .assert_invalid_fields(&[field]);
    }

    let closed = app
        .post_json_as(
            &format!("/api/v1/opportunities/{}/close", id(&opportunity)),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(closed.status, 200, "{}", closed.text());
    let start = Utc::now() + TimeDelta::days(2);
    app.post_json_as(
        &path,
        &json!({"starts_at": start, "ends_at": start + TimeDelta::hours(2), "capacity": 5}),
        Some(&owner.access_token),
    )
    .await
    .assert_problem(409, "opportunity-closed");
    let count = app.get(&path, Some(&owner.access_token)).await.json()["items"]
        .as_array()
        .map(Vec::len);
    assert_eq!(count, Some(1), "the refused shift was not written");
}

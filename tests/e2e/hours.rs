//! The hours ledger over HTTP: attendance, reports, decisions, corrections,
//! totals, and who may do what.

mod attendance;
mod authorization;
mod bad_input;
mod reports;

use hop_tests::{TestApp, TestResponse, TestUser};
use serde_json::{Value, json};

/// A verified organisation owned by a new user, and that owner.
pub async fn organization(app: &TestApp) -> (TestUser, Value) {
    let owner = app.user_named("Koordynatorka Żaneta").await;
    let staff = app.staff().await;
    let organization = app
        .verified_organization(&owner, &staff, "Bank Żywności w Toruniu")
        .await;
    (owner, organization)
}

pub fn id(value: &Value) -> &str {
    value["id"].as_str().expect("id")
}

/// `volunteer` reports `body` with `POST /me/hours`.
pub async fn report(app: &TestApp, volunteer: &TestUser, body: Value) -> TestResponse {
    app.post_json_as("/api/v1/me/hours", &body, Some(&volunteer.access_token))
        .await
}

/// Work for `organization` outside any shift, `days_ago` days back.
pub fn outside_shift(organization: &Value, days_ago: i64, minutes: i64) -> Value {
    let date = (chrono::Utc::now() - chrono::TimeDelta::days(days_ago)).date_naive();
    json!({
        "organization_id": id(organization),
        "work_date": date,
        "minutes": minutes,
        "description": "Sortowanie darów w magazynie",
    })
}

/// `member` approves (`approve`) or rejects (`reject`, with a reason) `entry`.
pub async fn decide(app: &TestApp, member: &TestUser, entry: &Value, action: &str) -> TestResponse {
    let body = if action == "reject" {
        json!({"reason": "Nikt z nas nie widział tej pracy."})
    } else {
        json!({})
    };
    app.post_json_as(
        &format!("/api/v1/hours/{}/{action}", id(entry)),
        &body,
        Some(&member.access_token),
    )
    .await
}

/// The caller's `GET /me/hours` answer.
pub async fn my_hours(app: &TestApp, volunteer: &TestUser) -> Value {
    let answer = app
        .get("/api/v1/me/hours?limit=100", Some(&volunteer.access_token))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    answer.json()
}

/// How many ledger entries `volunteer` has, read from the database.
pub fn entry_count(app: &TestApp, volunteer: &TestUser) -> i64 {
    use diesel::prelude::*;
    use diesel::sql_types::{BigInt, Uuid as SqlUuid};
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        count: i64,
    }
    diesel::sql_query("SELECT count(*) AS count FROM hour_entries WHERE volunteer_id = $1")
        .bind::<SqlUuid, _>(volunteer.id)
        .get_result::<Count>(&mut app.db())
        .expect("count")
        .count
}

/// Moves `shift` into the past: it started `hours_ago` hours ago and lasted `length` hours.
pub fn move_into_past(app: &TestApp, shift: &Value, hours_ago: i64, length: i64) {
    use diesel::prelude::*;
    diesel::sql_query(
        "UPDATE shifts SET starts_at = now() - make_interval(hours => $2), \
                           ends_at = now() - make_interval(hours => $2) + make_interval(hours => $3) \
         WHERE id = $1::uuid",
    )
    .bind::<diesel::sql_types::Text, _>(id(shift))
    .bind::<diesel::sql_types::Integer, _>(hours_ago as i32)
    .bind::<diesel::sql_types::Integer, _>(length as i32)
    .execute(&mut app.db())
    .expect("the shift is over");
}

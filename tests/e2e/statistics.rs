//! The city's statistics over HTTP: who may read them, what they count,
//! what they hide, and their CSV and open-data forms.

mod access;
mod bad_input;
mod counts;
mod erasure;
mod formats;
mod suppression;

use chrono::NaiveDate;
use diesel::{RunQueryDsl, sql_query, sql_types};
use hop_tests::{TestApp, TestResponse, TestUser};
use serde_json::Value;
use uuid::Uuid;

pub const PATHS: [&str; 4] = [
    "/api/v1/stats/overview",
    "/api/v1/stats/volunteers?group_by=home_city",
    "/api/v1/stats/hours?group_by=month",
    "/api/v1/stats/skills",
];

pub async fn get(app: &TestApp, path: &str, user: &TestUser) -> TestResponse {
    app.get(path, Some(&user.access_token)).await
}

/// `count` volunteers living in `city`, written straight to the database
/// (statistics only read what is there); answers their ids.
pub fn volunteers_in(
    app: &TestApp,
    city: &str,
    country: &str,
    born: NaiveDate,
    languages: &[&str],
    count: usize,
) -> Vec<Uuid> {
    let mut conn = app.db();
    (0..count)
        .map(|_| {
            let id = Uuid::new_v4();
            sql_query(
                "INSERT INTO users (id, email, display_name, password_hash) \
                 VALUES ($1, $1::text || '@example.org', 'Wolontariusz', 'x')",
            )
            .bind::<sql_types::Uuid, _>(id)
            .execute(&mut conn)
            .expect("insert a user");
            sql_query(
                "INSERT INTO volunteer_profiles (user_id, birth_date, home_city, home_country, language_codes) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind::<sql_types::Uuid, _>(id)
            .bind::<sql_types::Date, _>(born)
            .bind::<sql_types::Text, _>(city)
            .bind::<sql_types::Text, _>(country)
            .bind::<sql_types::Array<sql_types::Text>, _>(
                languages.iter().map(|code| (*code).to_owned()).collect::<Vec<_>>(),
            )
            .execute(&mut conn)
            .expect("insert a profile");
            id
        })
        .collect()
}

/// The row of `rows` whose `group` is `group`.
pub fn row<'a>(body: &'a Value, group: &str) -> &'a Value {
    body["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|row| row["group"] == group)
        .unwrap_or_else(|| panic!("no row {group} in {body}"))
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// A verified organisation's published opportunity for seniors that
/// requires first aid, with a shift of 10 places in two hours.
pub struct Seniors {
    pub owner: TestUser,
    pub organization: Value,
    pub first_aid: String,
    pub shift: Value,
}

pub async fn seniors(app: &TestApp, staff: &TestUser) -> Seniors {
    let owner = app.user_named("Koordynatorka").await;
    let organization = app
        .verified_organization(&owner, staff, "Fundacja Seniorów Toruń")
        .await;
    let first_aid = app.skill_id("first-aid").await;
    let opportunity = app
        .opportunity(
            &owner,
            &organization,
            serde_json::json!({"cause": "seniors", "required_skills": [{"skill_id": first_aid, "min_level": 1}]}),
        )
        .await;
    let opportunity = app.publish(&owner, &opportunity).await;
    let shift = app.shift(&owner, &opportunity, 2, 3, 10).await;
    Seniors {
        owner,
        organization,
        first_aid,
        shift,
    }
}

/// `volunteer` reports `body` with `POST /me/hours` and `owner` approves it.
pub async fn report_and_approve(
    app: &TestApp,
    owner: &TestUser,
    volunteer: &TestUser,
    body: Value,
) -> Value {
    let reported = app
        .post_json_as("/api/v1/me/hours", &body, Some(&volunteer.access_token))
        .await;
    assert_eq!(reported.status, 201, "{}", reported.text());
    let entry = reported.json();
    let approved = app
        .post_json_as(
            &format!(
                "/api/v1/hours/{}/approve",
                entry["id"].as_str().expect("id")
            ),
            &serde_json::json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    entry
}

/// The current month as `YYYY-MM` (Warsaw).
pub fn this_month() -> String {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .format("%Y-%m")
        .to_string()
}

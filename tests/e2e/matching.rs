//! `GET /me/matches` and `GET /opportunities/{id}/candidates` over HTTP, on
//! small hand-built data sets. Shifts are put a few days ahead at hours of
//! Toruń's clock, and volunteers are given windows that cover them, so the
//! tests never go stale and never depend on the time of day they run.

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Warsaw;
use hop_tests::{TestApp, TestResponse, TestUser};
use serde_json::{Value, json};

mod candidates;
mod freshness;
mod matches;
mod privacy;
mod recall;

const MATCHES: &str = "/api/v1/me/matches";
const FACTORS: [&str; 6] = [
    "skills",
    "languages",
    "distance",
    "causes",
    "availability",
    "soon",
];
/// The volunteer's home in the ranking tests: Toruń.
const TORUN: (f64, f64) = (53.0138, 18.5984);
/// Kilometres per degree of latitude on the engine's sphere (6 371.0088 km).
const KM_PER_DEGREE: f64 = 111.195;

fn id(body: &Value) -> &str {
    body["id"].as_str().expect("id")
}

fn items(page: &Value) -> &Vec<Value> {
    page["items"].as_array().expect("items")
}

fn titles(page: &Value) -> Vec<&str> {
    items(page)
        .iter()
        .map(|item| item["opportunity"]["title"].as_str().expect("title"))
        .collect()
}

/// The item of `page` about the opportunity titled `title`.
fn titled<'a>(page: &'a Value, title: &str) -> &'a Value {
    items(page)
        .iter()
        .find(|item| item["opportunity"]["title"] == title)
        .unwrap_or_else(|| panic!("no match titled {title}: {page}"))
}

/// The reason of `item` about `factor`.
fn reason<'a>(item: &'a Value, factor: &str) -> &'a Value {
    item["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .find(|reason| reason["factor"] == factor)
        .unwrap_or_else(|| panic!("no {factor} reason: {item}"))
}

fn points(item: &Value, factor: &str) -> u64 {
    reason(item, factor)["points"].as_u64().expect("points")
}

fn detail<'a>(item: &'a Value, factor: &str) -> &'a str {
    reason(item, factor)["detail"].as_str().expect("detail")
}

/// Every factor once, in the documented order, within its weight, with a
/// detail; the score is their sum.
#[track_caller]
fn assert_explained(item: &Value) {
    let reasons = item["reasons"].as_array().expect("reasons");
    let factors: Vec<&str> = reasons
        .iter()
        .map(|reason| reason["factor"].as_str().expect("factor"))
        .collect();
    assert_eq!(factors, FACTORS, "{item}");
    for (reason, weight) in reasons.iter().zip([30, 10, 20, 15, 15, 10]) {
        assert!(
            reason["points"].as_u64().expect("points") <= weight,
            "{item}"
        );
        assert!(
            reason["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "{item}"
        );
    }
    let sum: u64 = reasons
        .iter()
        .map(|reason| reason["points"].as_u64().expect("points"))
        .sum();
    assert_eq!(item["score"].as_u64(), Some(sum), "{item}");
}

/// The day `days` after today in Toruń.
fn day_ahead(days: u64) -> NaiveDate {
    hop_domain::signup::local_day(Utc::now()) + Days::new(days)
}

/// `hour:minute` on `day` on Toruń's clock, as an instant.
fn at(day: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    Warsaw
        .from_local_datetime(&day.and_hms_opt(hour, minute, 0).expect("a time"))
        .single()
        .expect("a time the clocks do not skip or repeat")
        .with_timezone(&Utc)
}

fn weekday(day: NaiveDate) -> &'static str {
    match day.weekday() {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// A birth date making someone `years` old today and for the next weeks.
fn aged(years: i32) -> NaiveDate {
    let birthday = day_ahead(0) - Days::new(30);
    NaiveDate::from_ymd_opt(
        birthday.year() - years,
        birthday.month(),
        birthday.day().min(28),
    )
    .expect("a date")
}

/// A point `km` north of `from` (and `east` degrees of longitude east).
fn north_of(from: (f64, f64), km: f64, east: f64) -> (f64, f64) {
    (from.0 + km / KM_PER_DEGREE, from.1 + east)
}

fn place(point: (f64, f64)) -> Value {
    json!({"lat": point.0, "lon": point.1})
}

/// The points "soon" gives a first shift at `starts_at` when asked at `now`.
fn soon_points(starts_at: DateTime<Utc>, now: DateTime<Utc>) -> u64 {
    let days = (starts_at - now).num_seconds().max(0) / 86_400;
    u64::try_from(10 - days.min(10)).expect("0 to 10")
}

/// An organisation's owner and their verified organisation.
struct Organizer {
    owner: TestUser,
    organization: Value,
}

impl Organizer {
    async fn new(app: &TestApp, name: &str) -> Self {
        let owner = app.user().await;
        let staff = app.staff().await;
        let organization = app.verified_organization(&owner, &staff, name).await;
        Self {
            owner,
            organization,
        }
    }

    /// A published opportunity made from `body`.
    async fn published(&self, app: &TestApp, body: Value) -> Value {
        let draft = app.opportunity(&self.owner, &self.organization, body).await;
        app.publish(&self.owner, &draft).await
    }

    /// A shift of `opportunity` from `from` to `to` (hours and minutes on
    /// `day`, Toruń time).
    async fn shift(
        &self,
        app: &TestApp,
        opportunity: &Value,
        day: NaiveDate,
        from: (u32, u32),
        to: (u32, u32),
        capacity: i64,
    ) -> Value {
        app.shift_at(
            &self.owner,
            opportunity,
            at(day, from.0, from.1),
            at(day, to.0, to.1),
            capacity,
        )
        .await
    }
}

async fn matches(app: &TestApp, user: &TestUser, query: &str) -> Value {
    let response = app
        .get(&format!("{MATCHES}{query}"), Some(&user.access_token))
        .await;
    assert_eq!(response.status, 200, "{query}: {}", response.text());
    response.json()
}

fn candidates_path(opportunity: &Value) -> String {
    format!("/api/v1/opportunities/{}/candidates", id(opportunity))
}

async fn candidates(app: &TestApp, user: &TestUser, opportunity: &Value) -> TestResponse {
    app.get(&candidates_path(opportunity), Some(&user.access_token))
        .await
}

fn volunteer_ids(page: &Value) -> Vec<String> {
    items(page)
        .iter()
        .map(|item| {
            item["volunteer_id"]
                .as_str()
                .expect("volunteer_id")
                .to_owned()
        })
        .collect()
}

/// A JSON timestamp as an instant.
fn time(value: &Value) -> Option<DateTime<Utc>> {
    value.as_str().and_then(|text| text.parse().ok())
}

/// Query-string form of an instant (`+` would read as a space).
fn query_time(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339().replace('+', "%2B")
}

/// A volunteer of the candidates tests, with what must never be shown.
struct Person {
    user: TestUser,
    birth_date: NaiveDate,
    home: (f64, f64),
}

/// A volunteer named `name`, `years` old, living at `home`, with `profile`
/// (skills, languages, causes, availability, discoverable) over defaults.
async fn person(app: &TestApp, name: &str, years: i32, home: (f64, f64), profile: Value) -> Person {
    let user = app.user_named(name).await;
    let birth_date = aged(years);
    app.put_volunteer_profile(&user, &profile_body(birth_date, home, profile))
        .await;
    Person {
        user,
        birth_date,
        home,
    }
}

/// A whole profile (one is replaced whole): `profile` over the defaults of
/// `person`.
fn profile_body(birth_date: NaiveDate, home: (f64, f64), profile: Value) -> Value {
    let mut body = json!({
        "birth_date": birth_date,
        "home_city": "Toruń",
        "home_country": "PL",
        "home": place(home),
        "max_distance_km": 20,
        "discoverable": true
    });
    if let (Some(body), Some(profile)) = (body.as_object_mut(), profile.as_object()) {
        body.extend(profile.clone());
    }
    body
}

/// The keys of a JSON object, sorted.
fn keys(object: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = object
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

/// The `a` and `b` of each object of `list`, as text, sorted.
fn pairs(list: &Value, a: &str, b: &str) -> Vec<(String, String)> {
    let text = |value: &Value| {
        value
            .as_str()
            .map_or_else(|| value.to_string(), str::to_owned)
    };
    let mut pairs: Vec<(String, String)> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|item| (text(&item[a]), text(&item[b])))
        .collect();
    pairs.sort();
    pairs
}

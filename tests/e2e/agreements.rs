//! Written agreements over HTTP: the 30-day rule on every path that
//! confirms a sign-up, a minor's guardian, and who may do what.

mod rights;
mod rule;

use chrono::{NaiveDate, TimeDelta, Utc};
use hop_tests::{TestApp, TestResponse, TestUser};
use serde_json::{Value, json};

pub fn id(value: &Value) -> &str {
    value["id"].as_str().expect("id")
}

/// Today plus `days`, in Toruń.
pub fn day(days: i64) -> NaiveDate {
    hop_domain::hours::torun_date(Utc::now() + TimeDelta::days(days))
}

/// An agreement's body for `volunteer`, from `from` to `to` days ahead.
pub fn agreement_body(volunteer: &TestUser, from: i64, to: i64) -> Value {
    json!({
        "volunteer_id": volunteer.id,
        "scope": "Sortowanie i pakowanie darów żywnościowych.",
        "manner": "W magazynie, pod kierunkiem koordynatora zmiany.",
        "place": "ul. Szosa Chełmińska 17, Toruń",
        "starts_on": day(from),
        "ends_on": day(to),
        "hours_per_week": 6,
        "termination_terms": "Każda ze stron może rozwiązać porozumienie z 7-dniowym wypowiedzeniem.",
        "insurance_statement": "Organizacja ubezpiecza wolontariusza od następstw nieszczęśliwych wypadków.",
    })
}

pub async fn propose(
    app: &TestApp,
    member: &TestUser,
    organization: &Value,
    body: &Value,
) -> TestResponse {
    app.post_json_as(
        &format!("/api/v1/organizations/{}/agreements", id(organization)),
        body,
        Some(&member.access_token),
    )
    .await
}

pub async fn act(
    app: &TestApp,
    user: &TestUser,
    agreement: &Value,
    action: &str,
    body: &Value,
) -> TestResponse {
    app.post_json_as(
        &format!("/api/v1/agreements/{}/{action}", id(agreement)),
        body,
        Some(&user.access_token),
    )
    .await
}

/// A verified organisation with a published opportunity; its owner.
pub async fn organization_with_opportunity(app: &TestApp) -> (TestUser, Value, Value) {
    let owner = app.user().await;
    let staff = app.staff().await;
    let organization = app
        .verified_organization(&owner, &staff, "Bank Żywności w Toruniu")
        .await;
    let opportunity = app.opportunity(&owner, &organization, json!({})).await;
    let opportunity = app.publish(&owner, &opportunity).await;
    (owner, organization, opportunity)
}

/// The sign-up's current status and pending reason, as the volunteer sees it.
pub async fn standing_of(
    app: &TestApp,
    volunteer: &TestUser,
    application: &Value,
) -> (String, Value) {
    let page = app
        .get(
            "/api/v1/me/applications?limit=100",
            Some(&volunteer.access_token),
        )
        .await
        .json();
    let found = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|item| item["id"] == application["id"])
        .expect("the sign-up is listed")
        .clone();
    (
        found["status"].as_str().expect("status").to_owned(),
        found["pending_reason"].clone(),
    )
}

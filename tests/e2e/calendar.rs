//! Calendar feeds over HTTP: a volunteer's sign-ups and an organisation's
//! shifts as RFC 5545, the same event updated when a shift moves or is
//! cancelled, the personal token and its rotation, and who may read what.

mod changes;
mod feed;
mod organization;
mod tokens;

use std::collections::BTreeMap;

use hop_tests::{TestApp, TestResponse, TestUser};
use serde_json::{Value, json};

pub fn id(value: &Value) -> &str {
    value["id"].as_str().expect("id")
}

/// `user`'s `POST /me/calendar-token` answer.
pub async fn new_token(app: &TestApp, user: &TestUser) -> Value {
    let answer = app
        .post_json_as(
            "/api/v1/me/calendar-token",
            &json!({}),
            Some(&user.access_token),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    answer.json()
}

/// The path and query of a feed address the API handed out (its host is
/// the configured public address, not the test server's).
pub fn path_of(feed_url: &Value) -> String {
    let url = url::Url::parse(feed_url.as_str().expect("a feed URL")).expect("a URL");
    format!("{}?{}", url.path(), url.query().expect("a query"))
}

/// `GET` of a feed address, as a calendar app asks: no `Authorization`.
pub async fn fetch(app: &TestApp, feed_url: &Value) -> TestResponse {
    app.get(&path_of(feed_url), None).await
}

/// The feed at `feed_url`, which must answer 200.
pub async fn feed(app: &TestApp, feed_url: &Value) -> Calendar {
    let answer = fetch(app, feed_url).await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    Calendar::parse(&answer.text())
}

/// A feed read back: the calendar's own properties and each event's, by
/// name (parameters dropped), values unescaped. Enough of RFC 5545 to test
/// HOP's feeds; `tests/calendar/check.py` reads them with an independent
/// parser.
#[derive(Debug)]
pub struct Calendar {
    pub properties: BTreeMap<String, String>,
    pub events: Vec<BTreeMap<String, String>>,
}

/// RFC 5545's unfolding: a CRLF followed by a space or a tab is removed.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

fn unescape(value: &str) -> String {
    let mut text = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => text.push('\n'),
            Some(other) => text.push(other),
            None => panic!("a lone backslash in {value:?}"),
        }
    }
    text
}

impl Calendar {
    pub fn parse(text: &str) -> Self {
        let unfolded = unfold(text);
        let mut properties = BTreeMap::new();
        let mut events = Vec::new();
        let mut event: Option<BTreeMap<String, String>> = None;
        for line in unfolded.split_terminator("\r\n") {
            let (name, value) = line.split_once(':').expect("NAME:value");
            let name = name.split(';').next().expect("a name").to_owned();
            match (name.as_str(), value) {
                ("BEGIN", "VEVENT") => event = Some(BTreeMap::new()),
                ("END", "VEVENT") => events.push(event.take().expect("an open event")),
                ("BEGIN" | "END", _) => {}
                _ => {
                    let into = event.as_mut().unwrap_or(&mut properties);
                    assert!(
                        into.insert(name.clone(), unescape(value)).is_none(),
                        "{name} twice"
                    );
                }
            }
        }
        Self { properties, events }
    }

    /// The event with this `UID`.
    pub fn event(&self, uid: &str) -> &BTreeMap<String, String> {
        self.events
            .iter()
            .find(|event| event["UID"] == uid)
            .unwrap_or_else(|| panic!("no event {uid} in {:?}", self.events))
    }

    pub fn uids(&self) -> Vec<&str> {
        self.events
            .iter()
            .map(|event| event["UID"].as_str())
            .collect()
    }
}

/// An event's `SEQUENCE`.
pub fn sequence(event: &BTreeMap<String, String>) -> u32 {
    event["SEQUENCE"].parse().expect("SEQUENCE is a number")
}

/// RFC 5545's UTC date-time of an RFC 3339 answer field.
pub fn utc(rfc3339: &Value) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339.as_str().expect("a time"))
        .expect("RFC 3339")
        .with_timezone(&chrono::Utc)
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// The `UID` of a sign-up's event in a feed of the test server (whose
/// public address is 127.0.0.1).
pub fn sign_up_uid(application: &Value) -> String {
    format!("sign-up-{}@127.0.0.1", id(application))
}

pub fn shift_uid(shift: &Value) -> String {
    format!("shift-{}@127.0.0.1", id(shift))
}

/// A published opportunity of a new verified organisation, its owner, and
/// the organisation.
pub struct Host {
    pub owner: TestUser,
    pub organization: Value,
    pub opportunity: Value,
}

pub async fn host(app: &TestApp, opportunity: Value) -> Host {
    let owner = app.user_named("Koordynatorka Żaneta").await;
    let staff = app.staff().await;
    let organization = app
        .verified_organization(&owner, &staff, "Bank Żywności w Toruniu")
        .await;
    let draft = app.opportunity(&owner, &organization, opportunity).await;
    let opportunity = app.publish(&owner, &draft).await;
    Host {
        owner,
        organization,
        opportunity,
    }
}

/// `volunteer` signs up for `shift`; the sign-up, answered 201.
pub async fn signed_up(app: &TestApp, volunteer: &TestUser, shift: &Value) -> Value {
    let answer = app.sign_up(volunteer, shift).await;
    assert_eq!(answer.status, 201, "{}", answer.text());
    answer.json()
}

/// `PATCH path` with `body` by `user`, answered 200.
pub async fn patch(app: &TestApp, user: &TestUser, path: &str, body: Value) -> Value {
    let answer = app
        .send_json(
            actix_web::http::Method::PATCH,
            path,
            Some(&body),
            Some(&user.access_token),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    answer.json()
}

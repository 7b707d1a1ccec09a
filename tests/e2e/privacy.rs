//! A person's data rights over HTTP: the export of everything HOP holds
//! about them, the erasure of their account, and the retention job.

mod bad_input;
mod erasure;
mod export;
mod retention;

use actix_web::http::Method;
use hop_tests::{PASSWORD, TestApp, TestResponse, TestUser};
use serde_json::{Value, json};

pub fn id(value: &Value) -> &str {
    value["id"].as_str().expect("id")
}

/// `GET /me/export` as `user`.
pub async fn export(app: &TestApp, user: &TestUser) -> TestResponse {
    app.get("/api/v1/me/export", Some(&user.access_token)).await
}

/// `DELETE /me` as `user` with `body`.
pub async fn erase_with(app: &TestApp, token: &str, body: &Value) -> TestResponse {
    app.send_json(Method::DELETE, "/api/v1/me", Some(body), Some(token))
        .await
}

/// `user` erases their account with the right password.
pub async fn erase(app: &TestApp, user: &TestUser) -> TestResponse {
    erase_with(app, &user.access_token, &json!({"password": PASSWORD})).await
}

/// A date `years` years ago, in Toruń.
pub fn born_years_ago(years: i64) -> chrono::NaiveDate {
    let today = hop_domain::hours::torun_date(chrono::Utc::now());
    today
        .checked_sub_months(chrono::Months::new(
            u32::try_from(years * 12).expect("years"),
        ))
        .expect("a date")
        - chrono::TimeDelta::days(10)
}

/// A person with every kind of data HOP stores, and the people around them.
pub struct World {
    /// The person: a 16-year-old volunteer with a guardian's consent, who is
    /// also a coordinator of a second organisation.
    pub person: TestUser,
    /// The owner of the organisation the person volunteers with.
    pub owner: TestUser,
    pub organization: Value,
    pub opportunity: Value,
    pub shift: Value,
    pub application: Value,
    pub agreement: Value,
    pub certificate: Value,
    /// The owner of the organisation the person coordinates for.
    pub other_owner: TestUser,
    pub other_organization: Value,
    /// The person's calendar feed address.
    pub feed_url: String,
}

/// Builds a [`World`] through the API, as people would.
pub async fn world(app: &TestApp) -> World {
    let staff = app.staff().await;
    let owner = app.user_named("Koordynatorka Żaneta").await;
    let organization = app
        .verified_organization(&owner, &staff, "Bank Żywności w Toruniu")
        .await;
    let person = app.user_named("Olena Kovalenko").await;
    app.put_volunteer_profile(
        &person,
        &json!({
            "birth_date": born_years_ago(16),
            "home_city": "Toruń",
            "home_country": "PL",
            "home": {"lat": 53.0138, "lon": 18.5984},
            "max_distance_km": 25,
            "skills": [{"skill_id": app.skill_id("first-aid").await, "level": 2}],
            "languages": [{"code": "uk", "level": "C2"}, {"code": "pl", "level": "B2"}],
            "availability": [{"weekday": "sat", "start": "09:00", "end": "24:00"}],
            "causes": ["refugees"],
            "discoverable": true,
            "guardian_consent": true,
            "guardian_name": "Iryna Kovalenko",
        }),
    )
    .await;

    // A sign-up for a shift to come.
    let opportunity = app
        .opportunity(&owner, &organization, json!({"min_age": 13}))
        .await;
    let opportunity = app.publish(&owner, &opportunity).await;
    let shift = app.shift(&owner, &opportunity, 48, 3, 4).await;
    let application = app.sign_up(&person, &shift).await;
    assert_eq!(application.status, 201, "{}", application.text());
    let application = application.json();

    // Hours, reported and approved; the organisation's opinion; a certificate.
    let date = (chrono::Utc::now() - chrono::TimeDelta::days(2)).date_naive();
    let reported = app
        .post_json_as(
            "/api/v1/me/hours",
            &json!({"organization_id": organization["id"], "work_date": date, "minutes": 150,
                    "description": "Sortowałam dary z Olą z Mokrego"}),
            Some(&person.access_token),
        )
        .await;
    assert_eq!(reported.status, 201, "{}", reported.text());
    let approved = app
        .post_json_as(
            &format!("/api/v1/hours/{}/approve", id(&reported.json())),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    let opinion = app
        .send_json(
            Method::PUT,
            &format!(
                "/api/v1/organizations/{}/opinions/{}",
                id(&organization),
                person.id
            ),
            Some(&json!({"body": "Olena jest sumienna i punktualna."})),
            Some(&owner.access_token),
        )
        .await;
    assert!(opinion.status < 300, "{}", opinion.text());
    let certificate = app
        .get_with_headers(
            &format!("/api/v1/me/certificates/{}", id(&organization)),
            Some(&person.access_token),
            &[("Accept", "application/json")],
        )
        .await;
    assert_eq!(certificate.status, 200, "{}", certificate.text());
    let certificate = certificate.json();

    // A written agreement, accepted with the guardian's consent.
    let agreement = crate::agreements::propose(
        app,
        &owner,
        &organization,
        &crate::agreements::agreement_body(&person, 7, 20),
    )
    .await;
    assert_eq!(agreement.status, 201, "{}", agreement.text());
    let accepted = crate::agreements::act(
        app,
        &person,
        &agreement.json(),
        "accept",
        &json!({"guardian_consent": true, "guardian_name": "Iryna Kovalenko"}),
    )
    .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    let agreement = accepted.json();

    // The organisation's safeguarding record.
    let recorded = app
        .record_safeguarding(&owner, id(&organization), person.id)
        .await;
    assert!(recorded.status < 300, "{}", recorded.text());

    // A coordinator of another organisation (an invitation accepted), who
    // drafted an opportunity there.
    let other_owner = app.user_named("Marek z Caritasu").await;
    let other_organization = app.organization(&other_owner, "Caritas Toruń").await;
    app.invite_and_accept(&other_owner, &other_organization, &person, "coordinator")
        .await;
    app.opportunity(
        &person,
        &other_organization,
        json!({"title": "Zbiórka zimowa"}),
    )
    .await;
    let feed = app
        .post_json_as(
            "/api/v1/me/calendar-token",
            &serde_json::json!({}),
            Some(&person.access_token),
        )
        .await;
    assert_eq!(feed.status, 200, "{}", feed.text());
    let feed_url = feed.json()["feed_url"]
        .as_str()
        .expect("feed_url")
        .to_owned();
    World {
        feed_url,
        person,
        owner,
        organization,
        opportunity,
        shift,
        application,
        agreement,
        certificate,
        other_owner,
        other_organization,
    }
}

/// A test app whose notifications also write e-mails (to an SMTP server
/// that is not there: they wait in the outbox).
pub async fn app_with_outbox() -> TestApp {
    TestApp::spawn_with(|config| {
        config.mail.smtp_url = Some("smtp://127.0.0.1:1".to_owned().into());
    })
    .await
}

/// Rows of `select` (one JSON column named `row`) from the app's database.
pub fn rows(app: &TestApp, select: &str) -> Vec<Value> {
    use diesel::{QueryableByName, RunQueryDsl, sql_types::Jsonb};
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = Jsonb)]
        row: Value,
    }
    diesel::sql_query(select)
        .load::<Row>(&mut app.db())
        .unwrap_or_else(|err| panic!("{select}: {err}"))
        .into_iter()
        .map(|row| row.row)
        .collect()
}

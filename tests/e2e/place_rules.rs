//! The rules of who may hold a place (minimum age on the shift's day, a
//! guardian's consent for a minor, a safeguarding record for work with
//! children) hold on every path that can break them, not only at sign-up:
//! a change that breaks a live sign-up moves it out of `confirmed` and tells
//! the volunteer, and the freed place goes to the next who may hold it.

use actix_web::http::Method;
use chrono::{DateTime, Datelike, Days, NaiveDate, TimeDelta, Utc};
use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::BigInt};
use hop_tests::{TestApp, TestUser};
use serde_json::{Value, json};

fn id(body: &Value) -> &str {
    body["id"].as_str().expect("id")
}

/// Someone `years` old, a month past their birthday.
fn aged(years: i32) -> NaiveDate {
    let birthday = Utc::now().date_naive() - Days::new(30);
    NaiveDate::from_ymd_opt(
        birthday.year() - years,
        birthday.month(),
        birthday.day().min(28),
    )
    .expect("a date")
}

/// A volunteer whose profile (`birth_date`, a guardian's consent when
/// `consent`) is written through the API, as its later changes are.
async fn volunteer(app: &TestApp, birth_date: NaiveDate, consent: bool) -> TestUser {
    let user = app.user().await;
    app.put_volunteer_profile(&user, &profile(birth_date, consent))
        .await;
    user
}

fn profile(birth_date: NaiveDate, consent: bool) -> Value {
    if consent {
        json!({"birth_date": birth_date, "guardian_consent": true, "guardian_name": "Anna Kowalska"})
    } else {
        json!({"birth_date": birth_date})
    }
}

async fn status_of(app: &TestApp, application: &Value) -> String {
    #[derive(QueryableByName)]
    struct Status {
        #[diesel(sql_type = diesel::sql_types::Text)]
        status: String,
    }
    let found: Status = sql_query("SELECT status FROM applications WHERE id = $1::uuid")
        .bind::<diesel::sql_types::Text, _>(id(application))
        .get_result(&mut app.db())
        .expect("the sign-up");
    found.status
}

async fn kinds_told(app: &TestApp, user: &TestUser) -> Vec<String> {
    app.notifications_of(user)
        .await
        .iter()
        .map(|n| n["kind"].as_str().expect("kind").to_owned())
        .collect()
}

async fn patch(app: &TestApp, owner: &TestUser, path: &str, body: Value) {
    let changed = app
        .send_json(Method::PATCH, path, Some(&body), Some(&owner.access_token))
        .await;
    assert_eq!(changed.status, 200, "{path}: {}", changed.text());
}

async fn shift_counts(app: &TestApp, opportunity: &Value) -> Vec<(i64, i64)> {
    let page = app
        .get(
            &format!("/api/v1/opportunities/{}/shifts", id(opportunity)),
            None,
        )
        .await
        .json();
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|s| {
            (
                s["confirmed_count"].as_i64().expect("confirmed"),
                s["waitlist_count"].as_i64().expect("waitlisted"),
            )
        })
        .collect()
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    count: i64,
}

/// Confirmed sign-ups for work with children with no safeguarding record.
fn unchecked_confirmed(app: &TestApp) -> i64 {
    sql_query(
        "SELECT count(*) AS count FROM applications a \
         JOIN shifts s ON s.id = a.shift_id JOIN opportunities o ON o.id = s.opportunity_id \
         WHERE a.status = 'confirmed' AND o.works_with_children AND NOT EXISTS ( \
             SELECT 1 FROM safeguarding_checks c \
             WHERE c.organization_id = o.organization_id AND c.volunteer_id = a.volunteer_id)",
    )
    .get_result::<Count>(&mut app.db())
    .expect("count")
    .count
}

#[actix_web::test]
async fn turning_on_work_with_children_confirms_no_one_unchecked_by_any_path() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 1).await;
    let holder = volunteer(&app, aged(30), false).await;
    let waiting = volunteer(&app, aged(30), false).await;
    let later = volunteer(&app, aged(30), false).await;
    let held = app.sign_up(&holder, &shift).await.json();
    assert_eq!(held["status"], "confirmed");
    let queued = app.sign_up(&waiting, &shift).await.json();
    assert_eq!(queued["status"], "waitlisted");
    let queued_later = app.sign_up(&later, &shift).await.json();
    assert_eq!(queued_later["status"], "waitlisted");

    let opportunity_path = format!("/api/v1/opportunities/{}", id(&opportunity));
    patch(
        &app,
        &owner,
        &opportunity_path,
        json!({"works_with_children": true}),
    )
    .await;
    // The confirmed place lacked a check: it goes back to review, and told.
    assert_eq!(status_of(&app, &held).await, "pending");
    assert!(
        kinds_told(&app, &holder)
            .await
            .contains(&"signup_pending".to_owned())
    );
    assert_eq!(unchecked_confirmed(&app), 0);

    // A raised capacity and a withdrawal free places: still no one unchecked.
    let shift_path = format!("/api/v1/shifts/{}", id(&shift));
    patch(&app, &owner, &shift_path, json!({"capacity": 3})).await;
    assert_eq!(unchecked_confirmed(&app), 0);
    let withdrawn = app.decide(&holder, &held, "withdraw", &json!({})).await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.text());
    assert_eq!(unchecked_confirmed(&app), 0);
    assert_eq!(shift_counts(&app, &opportunity).await, [(0, 0)]);
    for application in [&queued, &queued_later] {
        assert_eq!(status_of(&app, application).await, "pending");
    }

    // With the check on record, acceptance confirms.
    let organization = opportunity["organization_id"]
        .as_str()
        .expect("organisation");
    let recorded = app
        .record_safeguarding(&owner, organization, waiting.id)
        .await;
    assert_eq!(recorded.status, 204, "{}", recorded.text());
    let accepted = app.decide(&owner, &queued, "accept", &json!({})).await;
    assert_eq!(accepted.json()["status"], "confirmed");
    app.decide(&owner, &queued_later, "accept", &json!({}))
        .await
        .assert_problem(409, "safeguarding-missing");
    assert_eq!(unchecked_confirmed(&app), 0);
}

#[actix_web::test]
async fn a_waitlisted_volunteer_without_a_check_is_not_promoted_into_work_with_children() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(
            &owner,
            json!({"works_with_children": true, "cause": "children"}),
        )
        .await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 1).await;
    let organization = opportunity["organization_id"]
        .as_str()
        .expect("organisation");
    let checked = volunteer(&app, aged(30), false).await;
    let unchecked = volunteer(&app, aged(30), false).await;
    let recorded = app
        .record_safeguarding(&owner, organization, checked.id)
        .await;
    assert_eq!(recorded.status, 204, "{}", recorded.text());
    assert_eq!(
        app.sign_up(&checked, &shift).await.json()["status"],
        "confirmed"
    );
    // Signed up as waitlisted straight into the table, as a shift full before
    // work with children was turned on left them.
    let unchecked_signup = app.sign_up(&unchecked, &shift).await.json();
    assert_eq!(unchecked_signup["status"], "pending");
    sql_query(
        "UPDATE applications SET status = 'waitlisted', pending_reason = NULL WHERE id = $1::uuid",
    )
    .bind::<diesel::sql_types::Text, _>(id(&unchecked_signup))
    .execute(&mut app.db())
    .expect("waitlist");
    sql_query("UPDATE shifts SET waitlist_count = 1 WHERE id = $1::uuid")
        .bind::<diesel::sql_types::Text, _>(id(&shift))
        .execute(&mut app.db())
        .expect("count");
    patch(
        &app,
        &owner,
        &format!("/api/v1/shifts/{}", id(&shift)),
        json!({"capacity": 2}),
    )
    .await;
    assert_eq!(status_of(&app, &unchecked_signup).await, "pending");
    assert_eq!(unchecked_confirmed(&app), 0);
}

#[actix_web::test]
async fn raising_the_minimum_age_releases_those_too_young_and_promotes_the_next() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"min_age": 16}))
        .await;
    let shift = app.shift(&owner, &opportunity, 48, 2, 1).await;
    let teen = volunteer(&app, aged(17), true).await;
    let adult = volunteer(&app, aged(30), false).await;
    let held = app.sign_up(&teen, &shift).await.json();
    assert_eq!(held["status"], "confirmed");
    let queued = app.sign_up(&adult, &shift).await.json();
    assert_eq!(queued["status"], "waitlisted");

    patch(
        &app,
        &owner,
        &format!("/api/v1/opportunities/{}", id(&opportunity)),
        json!({"min_age": 18}),
    )
    .await;
    assert_eq!(status_of(&app, &held).await, "rejected");
    assert!(
        kinds_told(&app, &teen)
            .await
            .contains(&"signup_released".to_owned())
    );
    assert_eq!(status_of(&app, &queued).await, "confirmed");
    assert!(
        kinds_told(&app, &adult)
            .await
            .contains(&"signup_promoted".to_owned())
    );
    assert_eq!(shift_counts(&app, &opportunity).await, [(1, 0)]);
    // The volunteer sees why in plain words.
    let mine = app
        .get("/api/v1/me/applications", Some(&teen.access_token))
        .await
        .json();
    let reason = mine["items"][0]["rejection_reason"]
        .as_str()
        .unwrap_or_default();
    assert!(reason.contains("18"), "{mine}");
}

#[actix_web::test]
async fn moving_a_shift_before_an_18th_birthday_releases_the_place() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"min_age": 18}))
        .await;
    // 18 in five days (Toruń's day), an adult on a shift in a week.
    let today = hop_domain::signup::local_day(Utc::now());
    let birthday = today + Days::new(5);
    let birth_date =
        NaiveDate::from_ymd_opt(birthday.year() - 18, birthday.month(), birthday.day())
            .unwrap_or_else(|| {
                NaiveDate::from_ymd_opt(birthday.year() - 18, 3, 1).expect("a date")
            });
    let soon_adult = volunteer(&app, birth_date, true).await;
    let shift = app.shift(&owner, &opportunity, 24 * 8, 2, 3).await;
    let held = app.sign_up(&soon_adult, &shift).await.json();
    assert_eq!(held["status"], "confirmed", "{held}");

    let starts: DateTime<Utc> = Utc::now() + TimeDelta::hours(30);
    patch(
        &app,
        &owner,
        &format!("/api/v1/shifts/{}", id(&shift)),
        json!({"starts_at": starts, "ends_at": starts + TimeDelta::hours(2)}),
    )
    .await;
    assert_eq!(status_of(&app, &held).await, "rejected");
    assert!(
        kinds_told(&app, &soon_adult)
            .await
            .contains(&"signup_released".to_owned())
    );
    assert_eq!(shift_counts(&app, &opportunity).await, [(0, 0)]);
}

#[actix_web::test]
async fn a_new_birth_date_or_a_withdrawn_consent_releases_the_volunteers_places() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"min_age": 16}))
        .await;
    let first = app.shift(&owner, &opportunity, 48, 2, 5).await;
    let second = app.shift(&owner, &opportunity, 72, 2, 5).await;

    let teen = volunteer(&app, aged(16), true).await;
    let on_first = app.sign_up(&teen, &first).await.json();
    assert_eq!(on_first["status"], "confirmed");
    // A guardian withdraws the consent: it cannot be refused, so the places go.
    app.put_volunteer_profile(&teen, &profile(aged(16), false))
        .await;
    assert_eq!(status_of(&app, &on_first).await, "rejected");
    assert!(
        kinds_told(&app, &teen)
            .await
            .contains(&"signup_released".to_owned())
    );

    let adult = volunteer(&app, aged(30), false).await;
    let on_second = app.sign_up(&adult, &second).await.json();
    assert_eq!(on_second["status"], "confirmed");
    // A corrected birth date makes them 15: too young for this opportunity.
    app.put_volunteer_profile(&adult, &profile(aged(15), true))
        .await;
    assert_eq!(status_of(&app, &on_second).await, "rejected");
    assert_eq!(shift_counts(&app, &opportunity).await, [(0, 0), (0, 0)]);

    // A change that breaks nothing keeps the place.
    let steady = volunteer(&app, aged(40), false).await;
    let kept = app.sign_up(&steady, &first).await.json();
    app.put_volunteer_profile(&steady, &profile(aged(41), false))
        .await;
    assert_eq!(status_of(&app, &kept).await, "confirmed");
}

#[actix_web::test]
async fn attendance_needs_a_held_shift_and_acceptance_one_not_over() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"requires_review": true}))
        .await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 5).await;
    let confirmed_volunteer = volunteer(&app, aged(30), false).await;
    let pending_volunteer = volunteer(&app, aged(30), false).await;
    let confirmed = app.sign_up(&confirmed_volunteer, &shift).await.json();
    let accepted = app.decide(&owner, &confirmed, "accept", &json!({})).await;
    assert_eq!(accepted.json()["status"], "confirmed");
    let pending = app.sign_up(&pending_volunteer, &shift).await.json();
    assert_eq!(pending["status"], "pending");

    // The shift is over (moved into the past here, as time would).
    sql_query(
        "UPDATE shifts SET starts_at = now() - interval '5 hours', ends_at = now() - interval '3 hours' \
         WHERE id = $1::uuid",
    )
    .bind::<diesel::sql_types::Text, _>(id(&shift))
    .execute(&mut app.db())
    .expect("move into the past");
    app.decide(&owner, &pending, "accept", &json!({}))
        .await
        .assert_problem(409, "shift-ended");
    assert_eq!(status_of(&app, &pending).await, "pending");

    // Cancelled (in the table: the API cancels only shifts to come).
    sql_query("UPDATE shifts SET cancelled_at = now() WHERE id = $1::uuid")
        .bind::<diesel::sql_types::Text, _>(id(&shift))
        .execute(&mut app.db())
        .expect("cancel");
    let attended = json!({"status": "attended", "hours": 2});
    app.decide(&owner, &confirmed, "attendance", &attended)
        .await
        .assert_problem(409, "shift-cancelled");
    assert_eq!(status_of(&app, &confirmed).await, "confirmed");

    // A safeguarding check dated in the future is refused.
    let organization = opportunity["organization_id"]
        .as_str()
        .expect("organisation");
    app.send_json(
        Method::PUT,
        &format!("/api/v1/organizations/{organization}/safeguarding/{}", confirmed_volunteer.id),
        Some(&json!({"register_checked_at": Utc::now() + TimeDelta::days(2), "criminal_record_certificate": true})),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["register_checked_at"]);
}

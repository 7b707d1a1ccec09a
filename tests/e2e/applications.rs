use chrono::{NaiveDate, TimeDelta, Utc};
use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::BigInt};
use futures_util::future::join_all;
use hop_tests::{TestApp, TestUser};
use serde_json::{Value, json};

fn id(body: &Value) -> &str {
    body["id"].as_str().expect("id")
}

/// A birth date making someone `years` old, well clear of a birthday, for
/// shifts within the next few days.
fn aged(years: i32) -> NaiveDate {
    let today = Utc::now().date_naive();
    let birthday = today.checked_sub_signed(TimeDelta::days(30)).unwrap();
    NaiveDate::from_ymd_opt(
        birthday.year() - years,
        birthday.month(),
        birthday.day().min(28),
    )
    .unwrap()
}

use chrono::Datelike;

#[actix_web::test]
async fn sign_ups_confirm_waitlist_or_await_review() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 1).await;
    let first = app.adult_volunteer().await;
    let second = app.adult_volunteer().await;
    let confirmed = app.sign_up(&first, &shift).await;
    assert_eq!(confirmed.status, 201, "{}", confirmed.text());
    assert_eq!(confirmed.json()["status"], "confirmed");
    assert_eq!(confirmed.json()["volunteer_id"], first.id.to_string());
    assert_eq!(
        app.sign_up(&second, &shift).await.json()["status"],
        "waitlisted"
    );
    let counts = app
        .get(
            &format!("/api/v1/opportunities/{}/shifts", id(&opportunity)),
            None,
        )
        .await
        .json();
    assert_eq!(counts["items"][0]["confirmed_count"], 1);
    assert_eq!(counts["items"][0]["waitlist_count"], 1);

    let reviewed = app
        .published_opportunity(&owner, json!({"requires_review": true}))
        .await;
    let reviewed_shift = app.shift(&owner, &reviewed, 24, 2, 5).await;
    let pending = app
        .sign_up(&app.adult_volunteer().await, &reviewed_shift)
        .await
        .json();
    assert_eq!(pending["status"], "pending");
    let accepted = app
        .post_json_as(
            &format!("/api/v1/applications/{}/accept", id(&pending)),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    assert_eq!(accepted.json()["status"], "confirmed");
}

#[actix_web::test]
async fn each_rule_refuses_with_its_own_problem() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"min_age": 16}))
        .await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 5).await;

    let no_profile = app.user().await;
    app.sign_up(&no_profile, &shift)
        .await
        .assert_problem(409, "profile-missing");
    let too_young = app.volunteer(aged(14), true).await;
    let problem = app
        .sign_up(&too_young, &shift)
        .await
        .assert_problem(409, "too-young");
    assert!(
        problem["detail"].as_str().unwrap().contains("16"),
        "{problem}"
    );
    let minor = app.volunteer(aged(16), false).await;
    app.sign_up(&minor, &shift)
        .await
        .assert_problem(409, "guardian-consent-missing");
    let consented_minor = app.volunteer(aged(16), true).await;
    assert_eq!(
        app.sign_up(&consented_minor, &shift).await.json()["status"],
        "confirmed"
    );

    let adult = app.adult_volunteer().await;
    assert_eq!(app.sign_up(&adult, &shift).await.status, 201);
    app.sign_up(&adult, &shift)
        .await
        .assert_problem(409, "already-signed-up");
    let overlapping = app.shift(&owner, &opportunity, 25, 2, 5).await;
    app.sign_up(&adult, &overlapping)
        .await
        .assert_problem(409, "overlap");
    // Back to back is fine.
    let next = app.shift(&owner, &opportunity, 26, 2, 5).await;
    assert_eq!(
        app.sign_up(&adult, &next).await.json()["status"],
        "confirmed"
    );

    // Drafts are invisible to strangers; closed ones refuse.
    let staff = app.staff().await;
    let org = app
        .verified_organization(&owner, &staff, "Druga Fundacja")
        .await;
    let draft = app.opportunity(&owner, &org, json!({})).await;
    let draft_shift = app.shift(&owner, &draft, 24, 2, 5).await;
    app.sign_up(&adult, &draft_shift)
        .await
        .assert_problem(404, "not-found");
    app.post_json_as(
        &format!("/api/v1/opportunities/{}/close", id(&opportunity)),
        &json!({}),
        Some(&owner.access_token),
    )
    .await;
    app.sign_up(&app.adult_volunteer().await, &shift)
        .await
        .assert_problem(409, "not-published");
    app.post_json(
        &format!("/api/v1/shifts/{}/applications", id(&shift)),
        &json!({}),
    )
    .await
    .assert_problem(401, "unauthorized");
    app.sign_up(&adult, &json!({"id": uuid::Uuid::new_v4()}))
        .await
        .assert_problem(404, "not-found");
}

#[actix_web::test]
async fn a_started_shift_takes_no_sign_ups() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 5).await;
    sql_query("UPDATE shifts SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour'")
        .execute(&mut app.db())
        .unwrap();
    app.sign_up(&app.adult_volunteer().await, &shift)
        .await
        .assert_problem(409, "shift-started");
}

/// The status of `user`'s live or latest sign-up for `shift`, from their own list.
async fn status_for(app: &TestApp, user: &TestUser, shift: &Value) -> Option<String> {
    let mine = app
        .get(
            "/api/v1/me/applications?limit=100",
            Some(&user.access_token),
        )
        .await
        .json();
    mine["items"]
        .as_array()?
        .iter()
        .find(|a| a["shift_id"] == shift["id"])
        .map(|a| a["status"].as_str().unwrap_or_default().to_owned())
}

#[actix_web::test]
async fn withdrawing_promotes_the_first_waitlisted_who_is_free() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 1).await;
    let holder = app.adult_volunteer().await;
    let busy = app.adult_volunteer().await;
    let free = app.adult_volunteer().await;
    let held = app.sign_up(&holder, &shift).await.json();
    assert_eq!(
        app.sign_up(&busy, &shift).await.json()["status"],
        "waitlisted"
    );
    assert_eq!(
        app.sign_up(&free, &shift).await.json()["status"],
        "waitlisted"
    );
    // `busy` meanwhile takes an overlapping shift elsewhere.
    let elsewhere = app.shift(&owner, &opportunity, 25, 2, 5).await;
    assert_eq!(
        app.sign_up(&busy, &elsewhere).await.json()["status"],
        "confirmed"
    );

    let others = app.adult_volunteer().await;
    app.post_json_as(
        &format!("/api/v1/applications/{}/withdraw", id(&held)),
        &json!({}),
        Some(&others.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    let withdrawn = app
        .post_json_as(
            &format!("/api/v1/applications/{}/withdraw", id(&held)),
            &json!({}),
            Some(&holder.access_token),
        )
        .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.text());
    assert_eq!(withdrawn.json()["status"], "withdrawn");

    assert_eq!(
        status_for(&app, &busy, &shift).await.as_deref(),
        Some("waitlisted"),
        "skipped: would overlap"
    );
    assert_eq!(
        status_for(&app, &free, &shift).await.as_deref(),
        Some("confirmed"),
        "promoted"
    );
    // Withdrawing again is a conflict; signing up again is allowed.
    app.post_json_as(
        &format!("/api/v1/applications/{}/withdraw", id(&held)),
        &json!({}),
        Some(&holder.access_token),
    )
    .await
    .assert_problem(409, "not-withdrawable");
    assert_eq!(
        app.sign_up(&holder, &shift).await.json()["status"],
        "waitlisted"
    );
}

#[actix_web::test]
async fn members_reject_and_record_attendance() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 3, 1).await;
    let first = app.adult_volunteer().await;
    let second = app.adult_volunteer().await;
    let rejected = app.sign_up(&first, &shift).await.json();
    app.sign_up(&second, &shift).await;

    let path = format!("/api/v1/applications/{}/reject", id(&rejected));
    app.post_json_as(
        &path,
        &json!({"reason": "Not this time."}),
        Some(&first.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    let staff = app.staff().await;
    app.post_json_as(
        &path,
        &json!({"reason": "Not this time."}),
        Some(&staff.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    app.post_json_as(&path, &json!({"reason": ""}), Some(&owner.access_token))
        .await
        .assert_invalid_fields(&["reason"]);
    let done = app
        .post_json_as(
            &path,
            &json!({"reason": "Not this time."}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert_eq!(done.json()["rejection_reason"], "Not this time.");

    let listed = app
        .get(
            &format!(
                "/api/v1/opportunities/{}/applications?status=confirmed",
                id(&opportunity)
            ),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(listed.status, 200, "{}", listed.text());
    let promoted = &listed.json()["items"][0];
    assert_eq!(
        promoted["volunteer_id"],
        second.id.to_string(),
        "the waitlisted volunteer moved up"
    );
    app.get(
        &format!("/api/v1/opportunities/{}/applications", id(&opportunity)),
        Some(&first.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    app.get(
        &format!(
            "/api/v1/opportunities/{}/applications?status=maybe",
            id(&opportunity)
        ),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["status"]);

    let attendance = format!(
        "/api/v1/applications/{}/attendance",
        promoted["id"].as_str().unwrap()
    );
    app.post_json_as(
        &attendance,
        &json!({"status": "attended", "hours": 2}),
        Some(&owner.access_token),
    )
    .await
    .assert_problem(409, "shift-not-started");
    sql_query("UPDATE shifts SET starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour'")
        .execute(&mut app.db())
        .unwrap();
    app.post_json_as(
        &attendance,
        &json!({"status": "attended"}),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["hours"]);
    app.post_json_as(
        &attendance,
        &json!({"status": "attended", "hours": 3.5}),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["hours"]);
    app.post_json_as(
        &attendance,
        &json!({"status": "late"}),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["status"]);
    let recorded = app
        .post_json_as(
            &attendance,
            &json!({"status": "attended", "hours": 2.5}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(recorded.status, 200, "{}", recorded.text());
    assert_eq!(recorded.json()["status"], "attended");
    assert_eq!(recorded.json()["hours"], 2.5);
    let past = app
        .get(
            "/api/v1/me/applications?when=past",
            Some(&second.access_token),
        )
        .await
        .json();
    assert_eq!(
        past["items"][0]["opportunity"]["title"],
        opportunity["title"]
    );
    assert_eq!(
        app.get(
            "/api/v1/me/applications?when=upcoming",
            Some(&second.access_token)
        )
        .await
        .json()["items"],
        json!([])
    );
    app.get(
        "/api/v1/me/applications?when=someday",
        Some(&second.access_token),
    )
    .await
    .assert_invalid_fields(&["when"]);
}

#[actix_web::test]
async fn working_with_children_waits_for_the_safeguarding_check() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(
            &owner,
            json!({"works_with_children": true, "cause": "children"}),
        )
        .await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 5).await;
    let volunteer = app.adult_volunteer().await;
    let pending = app.sign_up(&volunteer, &shift).await.json();
    assert_eq!(pending["status"], "pending");
    let accept = format!("/api/v1/applications/{}/accept", id(&pending));
    app.post_json_as(&accept, &json!({}), Some(&owner.access_token))
        .await
        .assert_problem(409, "safeguarding-missing");

    let organization = opportunity["organization_id"].as_str().unwrap();
    let path = format!(
        "/api/v1/organizations/{organization}/safeguarding/{}",
        volunteer.id
    );
    let checked = json!({"register_checked_at": Utc::now() - TimeDelta::days(1), "criminal_record_certificate": true});
    app.send_json(
        actix_web::http::Method::PUT,
        &path,
        Some(&json!({"register_checked_at": Utc::now(), "criminal_record_certificate": false})),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["criminal_record_certificate"]);
    app.send_json(
        actix_web::http::Method::PUT,
        &path,
        Some(&checked),
        Some(&volunteer.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    let recorded = app
        .send_json(
            actix_web::http::Method::PUT,
            &path,
            Some(&checked),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(recorded.status, 204, "{}", recorded.text());
    assert_eq!(
        app.post_json_as(&accept, &json!({}), Some(&owner.access_token))
            .await
            .json()["status"],
        "confirmed"
    );
    // With the check on record, the next sign-up confirms at once.
    let next = app.shift(&owner, &opportunity, 48, 2, 5).await;
    assert_eq!(
        app.sign_up(&volunteer, &next).await.json()["status"],
        "confirmed"
    );
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    count: i64,
}

#[actix_web::test]
async fn fifty_simultaneous_sign_ups_never_overbook_a_shift_of_five() {
    let app = TestApp::spawn_with(|config| config.database.pool_size = 8).await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 5).await;
    let mut volunteers = Vec::new();
    for _ in 0..50 {
        volunteers.push(app.adult_volunteer().await);
    }
    let answers = join_all(
        volunteers
            .iter()
            .map(|volunteer| app.sign_up(volunteer, &shift)),
    )
    .await;
    let mut statuses: Vec<String> = answers
        .iter()
        .map(|answer| {
            assert_eq!(answer.status, 201, "{}", answer.text());
            answer.json()["status"].as_str().unwrap().to_owned()
        })
        .collect();
    statuses.sort();
    assert_eq!(statuses.iter().filter(|s| *s == "confirmed").count(), 5);
    assert_eq!(statuses.iter().filter(|s| *s == "waitlisted").count(), 45);

    let count = |sql: &str| {
        sql_query(sql)
            .get_result::<Count>(&mut app.db())
            .unwrap()
            .count
    };
    assert_eq!(
        count("SELECT count(*) AS count FROM applications WHERE status = 'confirmed'"),
        5
    );
    assert_eq!(
        count("SELECT count(*) AS count FROM applications WHERE status = 'waitlisted'"),
        45
    );
    assert_eq!(
        count("SELECT confirmed_count::bigint AS count FROM shifts"),
        5
    );
    assert_eq!(
        count("SELECT waitlist_count::bigint AS count FROM shifts"),
        45
    );
}

#[actix_web::test]
async fn simultaneous_sign_ups_to_overlapping_shifts_confirm_only_one() {
    let app = TestApp::spawn_with(|config| config.database.pool_size = 8).await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let volunteer = app.adult_volunteer().await;
    let mut shifts = Vec::new();
    for offset in 0..10 {
        // Ten shifts, each overlapping the next.
        shifts.push(app.shift(&owner, &opportunity, 24 + offset, 2, 5).await);
    }
    let answers = join_all(shifts.iter().map(|shift| app.sign_up(&volunteer, shift))).await;
    for answer in &answers {
        assert!(
            matches!(answer.status, 201 | 409),
            "{} {}",
            answer.status,
            answer.text()
        );
        if answer.status == 409 {
            answer.assert_problem(409, "overlap");
        }
    }
    let count = sql_query(
        "SELECT count(*) AS count FROM applications a JOIN applications b \
         ON a.volunteer_id = b.volunteer_id AND a.id < b.id AND a.shift_period && b.shift_period \
         WHERE a.status = 'confirmed' AND b.status = 'confirmed'",
    )
    .get_result::<Count>(&mut app.db())
    .unwrap()
    .count;
    assert_eq!(count, 0, "no two confirmed shifts of one volunteer overlap");
    let confirmed = answers.iter().filter(|a| a.status == 201).count();
    assert!(confirmed >= 1, "at least one sign-up succeeds");
}

#[actix_web::test]
async fn each_invalid_review_input_is_named_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"requires_review": true}))
        .await;
    let shift = app.shift(&owner, &opportunity, 24, 3, 5).await;
    let volunteer = app.adult_volunteer().await;
    let pending = app.sign_up(&volunteer, &shift).await.json();
    let applications = format!("/api/v1/opportunities/{}/applications", id(&opportunity));
    let listed = || async {
        app.get(&applications, Some(&owner.access_token))
            .await
            .json()
    };
    let before = listed().await;

    let reject = format!("/api/v1/applications/{}/reject", id(&pending));
    for (body, field) in [
        (json!({}), "reason"),
        (json!({"reason": "   "}), "reason"),
        (json!({"reason": "x".repeat(1001)}), "reason"),
        (json!({"reason": 42}), "reason"),
    ] {
        app.post_json_as(&reject, &body, Some(&owner.access_token))
            .await
            .assert_invalid_fields(&[field]);
    }
    assert_eq!(listed().await, before, "no refused rejection was written");

    let accepted = app
        .post_json_as(
            &format!("/api/v1/applications/{}/accept", id(&pending)),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(
        accepted.json()["status"],
        "confirmed",
        "{}",
        accepted.text()
    );
    app.post_json_as(
        &format!("/api/v1/applications/{}/accept", id(&pending)),
        &json!({}),
        Some(&owner.access_token),
    )
    .await
    .assert_problem(409, "not-pending");
    sql_query("UPDATE shifts SET starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour'")
        .execute(&mut app.db())
        .unwrap();
    let moved = listed().await;
    let attendance = format!("/api/v1/applications/{}/attendance", id(&pending));
    for (body, field) in [
        (json!({}), "status"),
        (json!({"status": "attended", "hours": 0}), "hours"),
        (json!({"status": "attended", "hours": -1}), "hours"),
        (json!({"status": "attended", "hours": 25}), "hours"),
        (json!({"status": "attended", "hours": "two"}), "hours"),
        (json!({"status": "no_show", "hours": 1}), "hours"),
    ] {
        app.post_json_as(&attendance, &body, Some(&owner.access_token))
            .await
            .assert_invalid_fields(&[field]);
    }
    assert_eq!(listed().await, moved, "no refused attendance was written");

    let safeguarding = format!(
        "/api/v1/organizations/{}/safeguarding/{}",
        opportunity["organization_id"].as_str().unwrap(),
        volunteer.id
    );
    for (body, field) in [
        (
            json!({"register_checked_at": Utc::now() + TimeDelta::days(1), "criminal_record_certificate": true}),
            "register_checked_at",
        ),
        (
            json!({"register_checked_at": "yesterday", "criminal_record_certificate": true}),
            "register_checked_at",
        ),
        (
            json!({"criminal_record_certificate": true}),
            "register_checked_at",
        ),
        (
            json!({"register_checked_at": Utc::now()}),
            "criminal_record_certificate",
        ),
    ] {
        app.send_json(
            actix_web::http::Method::PUT,
            &safeguarding,
            Some(&body),
            Some(&owner.access_token),
        )
        .await
        .assert_invalid_fields(&[field]);
    }
    let checks = sql_query("SELECT count(*) AS count FROM safeguarding_checks")
        .get_result::<Count>(&mut app.db())
        .unwrap()
        .count;
    assert_eq!(checks, 0, "no refused check was recorded");
}

#[actix_web::test]
async fn bad_filters_and_paging_of_sign_up_lists_are_named() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 5).await;
    let volunteer = app.adult_volunteer().await;
    assert_eq!(app.sign_up(&volunteer, &shift).await.status, 201);

    let applications = format!("/api/v1/opportunities/{}/applications", id(&opportunity));
    for (query, fields) in [
        ("?status=maybe", vec!["status"]),
        ("?limit=0", vec!["limit"]),
        ("?limit=101", vec!["limit"]),
        ("?cursor=garbage!", vec!["cursor"]),
        ("?status=maybe&limit=0", vec!["status", "limit"]),
    ] {
        app.get(&format!("{applications}{query}"), Some(&owner.access_token))
            .await
            .assert_invalid_fields(&fields);
    }
    let by_shift = app
        .get(
            &format!("{applications}?shift_id={}", id(&shift)),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(by_shift.status, 200, "{}", by_shift.text());
    assert_eq!(by_shift.json()["items"].as_array().map(Vec::len), Some(1));

    for (query, fields) in [
        ("?status=maybe", vec!["status"]),
        ("?when=someday", vec!["when"]),
        ("?limit=0", vec!["limit"]),
        ("?cursor=garbage!", vec!["cursor"]),
    ] {
        app.get(
            &format!("/api/v1/me/applications{query}"),
            Some(&volunteer.access_token),
        )
        .await
        .assert_invalid_fields(&fields);
    }
    let confirmed = app
        .get(
            "/api/v1/me/applications?status=confirmed&when=upcoming",
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.text());
    assert_eq!(confirmed.json()["items"][0]["shift_id"], shift["id"]);
}

#[actix_web::test]
async fn a_shift_filter_that_is_not_an_id_is_named() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    app.get(
        &format!(
            "/api/v1/opportunities/{}/applications?shift_id=not-a-uuid",
            id(&opportunity)
        ),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["shift_id"]);
}

//! What the statistics count, from facts made through the API: sign-ups,
//! attendance of places, approved hours after a correction, skills.

use diesel::{RunQueryDsl, sql_query, sql_types};
use hop_tests::TestApp;
use serde_json::{Value, json};

use super::{Seniors, get, report_and_approve, seniors, this_month};

fn next_month() -> String {
    let now = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Warsaw);
    let first = now.date_naive().with_day(1).expect("a first day");
    (first + chrono::Months::new(1)).format("%Y-%m").to_string()
}

use chrono::Datelike;

#[actix_web::test]
async fn statistics_count_what_happened() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let Seniors {
        owner,
        organization,
        first_aid,
        shift,
    } = seniors(&app, &staff).await;

    let mut volunteers = Vec::new();
    for _ in 0..6 {
        let volunteer = app.adult_volunteer().await;
        let signed = app.sign_up(&volunteer, &shift).await;
        assert_eq!(signed.status, 201, "{}", signed.text());
        assert_eq!(signed.json()["status"], "confirmed");
        volunteers.push(volunteer);
    }
    // Five of them have the skill the opportunity requires.
    for volunteer in &volunteers[..5] {
        sql_query(
            "INSERT INTO volunteer_skills (user_id, skill_id, level) VALUES ($1, $2::uuid, 2)",
        )
        .bind::<sql_types::Uuid, _>(volunteer.id)
        .bind::<sql_types::Text, _>(&first_aid)
        .execute(&mut app.db())
        .expect("a skill");
    }
    // An hour each today, approved; one is corrected to an hour and a half.
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .date_naive();
    let work = json!({
        "organization_id": organization["id"], "work_date": today, "minutes": 60,
        "description": "Odwiedziny u seniorów",
    });
    let mut entries = Vec::new();
    for volunteer in &volunteers {
        entries.push(report_and_approve(&app, &owner, volunteer, work.clone()).await);
    }
    report_and_approve(
        &app,
        &owner,
        &volunteers[0],
        json!({"corrects_id": entries[0]["id"], "minutes": 90, "description": "Półtorej godziny"}),
    )
    .await;
    // A seventh volunteer's report waits for a decision: it does not count.
    let waiting = app.adult_volunteer().await;
    let pending = app
        .post_json_as("/api/v1/me/hours", &work, Some(&waiting.access_token))
        .await;
    assert_eq!(pending.status, 201, "{}", pending.text());

    let period = format!("from={}&to={}", this_month(), next_month());
    let overview = get(&app, &format!("/api/v1/stats/overview?{period}"), &staff).await;
    assert_eq!(overview.status, 200, "{}", overview.text());
    let overview = overview.json();
    assert_eq!(
        overview["period"],
        json!({"from": this_month(), "to": next_month()})
    );
    assert_eq!(
        overview["volunteers"]["volunteers"]["value"], 7,
        "{overview}"
    );
    assert_eq!(overview["volunteers"]["active"]["value"], 6, "{overview}");
    assert_eq!(
        overview["organizations"],
        json!([{"kind": "ngo", "status": "verified", "count": 1}])
    );
    assert_eq!(
        overview["opportunities"],
        json!([{"cause": "seniors", "count": 1}])
    );
    let confirmed = overview["signups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["status"] == "confirmed")
        .unwrap();
    assert_eq!(confirmed["signups"]["value"], 6);
    assert_eq!(confirmed["volunteers"]["value"], 6);
    assert_eq!(overview["signups_total"]["value"], 6);
    assert_eq!(overview["fill_rate"]["capacity"], 10);
    assert_eq!(overview["fill_rate"]["confirmed"]["value"], 6);
    assert_eq!(overview["fill_rate"]["rate"], 0.6);
    // 5 × 60 + 90 minutes: the correction replaced what it corrects.
    assert_eq!(overview["hours"]["hours"]["value"], 6.5, "{overview}");
    assert_eq!(overview["hours"]["volunteers"]["value"], 6);

    let by_organization = get(
        &app,
        &format!("/api/v1/stats/hours?group_by=organization&{period}"),
        &staff,
    )
    .await
    .json();
    assert_eq!(
        by_organization["rows"],
        json!([{
            "group": "Fundacja Seniorów Toruń", "organization_id": organization["id"],
            "hours": {"value": 6.5, "suppressed": false},
            "volunteers": {"value": 6, "suppressed": false},
        }])
    );
    let by_month = get(
        &app,
        &format!("/api/v1/stats/hours?group_by=month&{period}"),
        &staff,
    )
    .await
    .json();
    assert_eq!(by_month["rows"][0]["group"], this_month());
    assert_eq!(by_month["total"]["hours"]["value"], 6.5);
    // Work outside any opportunity has no cause.
    let by_cause = get(
        &app,
        &format!("/api/v1/stats/hours?group_by=cause&{period}"),
        &staff,
    )
    .await
    .json();
    assert_eq!(by_cause["rows"][0]["group"], Value::Null);

    // Four places are still open and need first aid; five volunteers have it.
    let skills = get(&app, &format!("/api/v1/stats/skills?{period}"), &staff)
        .await
        .json();
    let row = skills["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["slug"] == "first-aid")
        .expect("first aid");
    assert_eq!(row["demand"], 4, "{skills}");
    assert_eq!(row["supply"]["value"], 5);
    assert_eq!(row["gap"], -1);

    // A period before any of it counts none of it.
    let before = get(
        &app,
        "/api/v1/stats/overview?from=2020-01&to=2020-12",
        &staff,
    )
    .await
    .json();
    assert_eq!(before["volunteers"]["volunteers"]["value"], 0);
    assert_eq!(before["signups_total"]["value"], 0);
    assert_eq!(before["fill_rate"]["capacity"], 0);
    assert_eq!(before["fill_rate"]["rate"], Value::Null);
}

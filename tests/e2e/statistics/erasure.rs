//! An erasure removes a person, not the facts statistics count: every
//! statistic answers the same before and after.

use diesel::{RunQueryDsl, sql_query, sql_types};
use hop_tests::{PASSWORD, TestApp};
use serde_json::{Value, json};

use super::{Seniors, get, report_and_approve, seniors, this_month};

fn without_as_of(mut body: Value) -> Value {
    body.as_object_mut().expect("an object").remove("as_of");
    body
}

#[actix_web::test]
async fn statistics_are_the_same_after_an_erasure() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let Seniors {
        owner,
        organization,
        first_aid,
        shift,
    } = seniors(&app, &staff).await;
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .date_naive();
    let mut volunteers = Vec::new();
    for _ in 0..7 {
        let volunteer = app.adult_volunteer().await;
        sql_query(
            "UPDATE volunteer_profiles SET home_city = 'Toruń', home_country = 'PL', \
             language_codes = '{pl,uk}' WHERE user_id = $1",
        )
        .bind::<sql_types::Uuid, _>(volunteer.id)
        .execute(&mut app.db())
        .expect("a home and languages");
        sql_query(
            "INSERT INTO volunteer_skills (user_id, skill_id, level) VALUES ($1, $2::uuid, 2)",
        )
        .bind::<sql_types::Uuid, _>(volunteer.id)
        .bind::<sql_types::Text, _>(&first_aid)
        .execute(&mut app.db())
        .expect("a skill");
        assert_eq!(app.sign_up(&volunteer, &shift).await.status, 201);
        report_and_approve(
            &app,
            &owner,
            &volunteer,
            json!({"organization_id": organization["id"], "work_date": today, "minutes": 120,
                    "description": "Zakupy dla pani Heleny"}),
        )
        .await;
        volunteers.push(volunteer);
    }
    let next = (today.with_day(1).unwrap() + chrono::Months::new(1))
        .format("%Y-%m")
        .to_string();
    let period = format!("from={}&to={next}", this_month());
    let paths: Vec<String> = [
        "overview?",
        "volunteers?group_by=age_band&",
        "volunteers?group_by=home_country&",
        "volunteers?group_by=home_city&",
        "volunteers?group_by=language&",
        "hours?group_by=month&",
        "hours?group_by=organization&",
        "hours?group_by=cause&",
        "skills?",
    ]
    .iter()
    .map(|path| format!("/api/v1/stats/{path}{period}"))
    .chain(["/api/v1/stats/public/overview".to_owned()])
    .collect();
    let mut before = Vec::new();
    for path in &paths {
        let answer = get(&app, path, &staff).await;
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
        before.push(without_as_of(answer.json()));
    }
    // Something is counted in each: the comparison is not of empty tables.
    assert_eq!(
        before[0]["volunteers"]["active"]["value"], 7,
        "{}",
        before[0]
    );
    assert_eq!(before[0]["hours"]["hours"]["value"], 14.0);
    assert_eq!(before[3]["rows"][0]["volunteers"]["value"], 7);

    let leaving = &volunteers[0];
    let erased = app
        .send_json(
            actix_web::http::Method::DELETE,
            "/api/v1/me",
            Some(&json!({"password": PASSWORD})),
            Some(&leaving.access_token),
        )
        .await;
    assert!(
        erased.status == 204 || erased.status == 200,
        "{}",
        erased.text()
    );
    assert_eq!(
        app.get("/api/v1/me", Some(&leaving.access_token))
            .await
            .status,
        401
    );

    for (path, before) in paths.iter().zip(&before) {
        let after = without_as_of(get(&app, path, &staff).await.json());
        assert_eq!(&after, before, "{path} changed with the erasure");
    }
}

use chrono::Datelike;

use actix_web::http::Method;
use chrono::{Days, Months, NaiveDate, Utc};
use hop_tests::{TestApp, TestResponse, TestUser};
use serde_json::{Value, json};

const PATH: &str = "/api/v1/me/volunteer-profile";

async fn put(app: &TestApp, user: &TestUser, body: &Value) -> TestResponse {
    app.send_json(Method::PUT, PATH, Some(body), Some(&user.access_token))
        .await
}

async fn get(app: &TestApp, user: &TestUser) -> TestResponse {
    app.get(PATH, Some(&user.access_token)).await
}

/// Today in Toruń, where ages are counted.
fn today() -> NaiveDate {
    hop_domain::signup::local_day(Utc::now())
}

/// The birth date of someone `years` old today (their birthday).
fn born_years_ago(years: u32) -> String {
    today()
        .checked_sub_months(Months::new(12 * years))
        .expect("a date")
        .to_string()
}

/// The id of the seeded skill with `slug`.
async fn skill_id(app: &TestApp, slug: &str) -> String {
    let page = app
        .get("/api/v1/skills?limit=100&include_deprecated=true", None)
        .await
        .json();
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|skill| skill["slug"] == slug)
        .and_then(|skill| skill["id"].as_str())
        .expect("a seeded skill")
        .to_owned()
}

async fn deprecate(app: &TestApp, id: &str) {
    let staff = app.staff().await;
    let response = app
        .send_json(
            Method::PATCH,
            &format!("/api/v1/skills/{id}"),
            Some(&json!({"deprecated": true})),
            Some(&staff.access_token),
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
}

/// A full profile of an adult from Toruń.
async fn full_profile(app: &TestApp) -> Value {
    json!({
        "birth_date": "1998-04-12",
        "home_city": "Toruń",
        "home_country": "PL",
        "home": {"lat": 53.0138, "lon": 18.5984},
        "max_distance_km": 25,
        "skills": [
            {"skill_id": skill_id(app, "tutoring").await, "level": 3},
            {"skill_id": skill_id(app, "first-aid").await, "level": 1}
        ],
        "languages": [
            {"code": "uk", "level": "B1"},
            {"code": "pl", "level": "C2"}
        ],
        "availability": [
            {"weekday": "sat", "start": "09:00", "end": "13:00"},
            {"weekday": "wed", "start": "16:30", "end": "24:00"},
            {"weekday": "sat", "start": "13:00", "end": "15:00"}
        ],
        "causes": ["refugees", "education"],
        "discoverable": true
    })
}

#[actix_web::test]
async fn before_a_put_there_is_no_profile() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let body = get(&app, &user).await.assert_problem(404, "not-found");
    assert!(body["detail"].as_str().unwrap().contains("PUT"), "{body}");
}

#[actix_web::test]
async fn put_then_get_round_trips_every_field() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let body = full_profile(&app).await;
    let saved = put(&app, &user, &body).await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    let saved = saved.json();
    let shown = get(&app, &user).await;
    assert_eq!(shown.status, 200, "{}", shown.text());
    let shown = shown.json();
    assert_eq!(saved, shown, "PUT answers what GET shows");

    assert_eq!(shown["user_id"], user.id.to_string());
    for field in [
        "birth_date",
        "home_city",
        "home_country",
        "home",
        "max_distance_km",
        "causes",
        "discoverable",
    ] {
        assert_eq!(shown[field], body[field], "{field}");
    }
    // Skills by slug, with what the taxonomy says of them.
    assert_eq!(shown["skills"][0]["slug"], "first-aid");
    assert_eq!(
        shown["skills"][0]["skill_id"],
        body["skills"][1]["skill_id"]
    );
    assert_eq!(shown["skills"][0]["level"], 1);
    assert_eq!(shown["skills"][0]["deprecated"], false);
    assert_eq!(shown["skills"][1]["slug"], "tutoring");
    assert_eq!(shown["skills"][1]["level"], 3);
    // Languages by code; windows in week order.
    assert_eq!(
        shown["languages"],
        json!([{"code": "pl", "level": "C2"}, {"code": "uk", "level": "B1"}])
    );
    assert_eq!(
        shown["availability"],
        json!([
            {"weekday": "wed", "start": "16:30", "end": "24:00"},
            {"weekday": "sat", "start": "09:00", "end": "13:00"},
            {"weekday": "sat", "start": "13:00", "end": "15:00"}
        ])
    );
    assert_eq!(shown["guardian_consent"], false);
    assert_eq!(shown["guardian_name"], Value::Null);
    assert_eq!(shown["guardian_consent_recorded_at"], Value::Null);
}

#[actix_web::test]
async fn codes_are_normalised() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let saved = put(
        &app,
        &user,
        &json!({"home_country": "lt", "languages": [{"code": "LT", "level": "c1"}]}),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    let saved = saved.json();
    assert_eq!(saved["home_country"], "LT");
    assert_eq!(saved["languages"], json!([{"code": "lt", "level": "C1"}]));
}

#[actix_web::test]
async fn a_put_replaces_the_whole_profile() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let first = put(&app, &user, &full_profile(&app).await).await;
    assert_eq!(first.status, 200, "{}", first.text());

    let replaced = put(
        &app,
        &user,
        &json!({"home_city": "Göttingen", "home_country": "DE"}),
    )
    .await;
    assert_eq!(replaced.status, 200, "{}", replaced.text());
    let shown = get(&app, &user).await.json();
    assert_eq!(shown, replaced.json());
    assert_eq!(shown["home_city"], "Göttingen");
    assert_eq!(shown["home_country"], "DE");
    for cleared in ["birth_date", "home", "max_distance_km"] {
        assert_eq!(shown[cleared], Value::Null, "{cleared}");
    }
    for emptied in ["skills", "languages", "availability", "causes"] {
        assert_eq!(shown[emptied], json!([]), "{emptied}");
    }
    assert_eq!(shown["discoverable"], false);
    assert_eq!(shown["created_at"], first.json()["created_at"]);
}

#[actix_web::test]
async fn each_invalid_field_is_named_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let tutoring = skill_id(&app, "tutoring").await;
    let tomorrow = (today() + Days::new(1)).to_string();
    let window = |weekday: &str, start: &str, end: &str| json!({"weekday": weekday, "start": start, "end": end});
    let cases = [
        (json!({"birth_date": tomorrow}), vec!["birth_date"]),
        (
            json!({"birth_date": born_years_ago(12)}),
            vec!["birth_date"],
        ),
        (json!({"birth_date": "17.05.2007"}), vec!["birth_date"]),
        (json!({"home_country": "XX"}), vec!["home_country"]),
        (json!({"home_city": " "}), vec!["home_city"]),
        (
            json!({"home": {"lat": 91.0, "lon": 18.6}}),
            vec!["home.lat"],
        ),
        (
            json!({"home": {"lat": 53.0, "lon": -181.0}}),
            vec!["home.lon"],
        ),
        (json!({"max_distance_km": 1001}), vec!["max_distance_km"]),
        (json!({"max_distance_km": -1}), vec!["max_distance_km"]),
        (
            json!({"skills": [{"skill_id": tutoring, "level": 2}, {"skill_id": tutoring, "level": 4}]}),
            vec!["skills[1].level"],
        ),
        (
            json!({"skills": [{"skill_id": uuid::Uuid::new_v4(), "level": 2}]}),
            vec!["skills[0].skill_id"],
        ),
        (
            json!({"languages": [{"code": "xx", "level": "B2"}]}),
            vec!["languages[0].code"],
        ),
        (
            json!({"languages": [{"code": "pl", "level": "D1"}]}),
            vec!["languages[0].level"],
        ),
        (
            json!({"availability": [window("mon", "09:00", "10:00"), window("tue", "25:00", "26:00")]}),
            vec!["availability[1].start", "availability[1].end"],
        ),
        (
            json!({"availability": [window("mon", "09:00", "10:00"), window("mon", "11:00", "12:00"), window("fri", "14:00", "13:00")]}),
            vec!["availability[2].end"],
        ),
        (
            json!({"availability": [window("mon", "24:00", "24:00")]}),
            vec!["availability[0].start"],
        ),
        (
            json!({"availability": [window("someday", "09:00", "10:00")]}),
            vec!["availability[0].weekday"],
        ),
        (
            json!({"availability": [window("sat", "09:00", "12:00"), window("sun", "09:00", "12:00"), window("sat", "11:00", "14:00")]}),
            vec!["availability"],
        ),
        (
            json!({"causes": ["refugees", "politics"]}),
            vec!["causes[1]"],
        ),
        (
            json!({"birth_date": born_years_ago(15), "guardian_consent": true}),
            vec!["guardian_name"],
        ),
        (
            json!({"guardian_consent": true, "guardian_name": ""}),
            vec!["guardian_name"],
        ),
        // Wrong JSON types are named too.
        (json!({"discoverable": "yes"}), vec!["discoverable"]),
        (
            json!({"skills": [{"skill_id": "not-a-uuid", "level": 1}]}),
            vec!["skills[0].skill_id"],
        ),
        // Every invalid field at once.
        (
            json!({
                "birth_date": tomorrow,
                "home_country": "XX",
                "max_distance_km": 5000,
                "causes": ["politics"]
            }),
            vec!["birth_date", "home_country", "max_distance_km", "causes[0]"],
        ),
    ];
    for (body, fields) in &cases {
        put(&app, &user, body).await.assert_invalid_fields(fields);
    }
    get(&app, &user).await.assert_problem(404, "not-found");

    // A refused PUT leaves an existing profile as it was.
    let saved = put(&app, &user, &full_profile(&app).await).await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    for (body, fields) in &cases {
        put(&app, &user, body).await.assert_invalid_fields(fields);
    }
    assert_eq!(get(&app, &user).await.json(), saved.json());
}

#[actix_web::test]
async fn a_skill_or_language_listed_twice_is_refused() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let tutoring = skill_id(&app, "tutoring").await;
    let cooking = skill_id(&app, "cooking").await;
    put(
        &app,
        &user,
        &json!({"skills": [
            {"skill_id": tutoring, "level": 1},
            {"skill_id": cooking, "level": 2},
            {"skill_id": tutoring, "level": 3}
        ]}),
    )
    .await
    .assert_invalid_fields(&["skills[2].skill_id"]);
    put(
        &app,
        &user,
        &json!({"languages": [{"code": "de", "level": "A2"}, {"code": "DE", "level": "B1"}]}),
    )
    .await
    .assert_invalid_fields(&["languages[1].code"]);
    put(&app, &user, &json!({"causes": ["sport", "sport"]}))
        .await
        .assert_invalid_fields(&["causes[1]"]);
    get(&app, &user).await.assert_problem(404, "not-found");
}

#[actix_web::test]
async fn a_deprecated_skill_stays_on_a_profile_that_has_it_but_cannot_be_added() {
    let app = TestApp::spawn().await;
    let holder = app.user().await;
    let newcomer = app.user().await;
    let sewing = skill_id(&app, "sewing").await;
    let body = json!({"skills": [{"skill_id": sewing, "level": 2}]});
    let saved = put(&app, &holder, &body).await;
    assert_eq!(saved.status, 200, "{}", saved.text());

    deprecate(&app, &sewing).await;

    // Kept (even at a new level) by whoever had it.
    let kept = put(
        &app,
        &holder,
        &json!({"skills": [{"skill_id": sewing, "level": 3}]}),
    )
    .await;
    assert_eq!(kept.status, 200, "{}", kept.text());
    assert_eq!(kept.json()["skills"][0]["deprecated"], true);
    assert_eq!(kept.json()["skills"][0]["level"], 3);
    // Not a new choice for anyone else.
    put(&app, &newcomer, &body)
        .await
        .assert_invalid_fields(&["skills[0].skill_id"]);
    // Once dropped, not added back.
    let dropped = put(&app, &holder, &json!({})).await;
    assert_eq!(dropped.status, 200, "{}", dropped.text());
    put(&app, &holder, &body)
        .await
        .assert_invalid_fields(&["skills[0].skill_id"]);
}

#[actix_web::test]
async fn a_minors_consent_records_who_gave_it_and_when() {
    let app = TestApp::spawn().await;
    let minor = app.user().await;
    let birth_date = born_years_ago(15);
    let before = Utc::now();
    let body = json!({
        "birth_date": birth_date,
        "guardian_consent": true,
        "guardian_name": "  Anna Nowak "
    });
    let saved = put(&app, &minor, &body).await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    let saved = saved.json();
    assert_eq!(saved["birth_date"], birth_date);
    assert_eq!(saved["guardian_consent"], true);
    assert_eq!(saved["guardian_name"], "Anna Nowak");
    let recorded_at: chrono::DateTime<Utc> = saved["guardian_consent_recorded_at"]
        .as_str()
        .expect("recorded_at")
        .parse()
        .expect("an RFC 3339 time");
    assert!(recorded_at >= before - chrono::TimeDelta::seconds(1) && recorded_at <= Utc::now());
    assert_eq!(get(&app, &minor).await.json(), saved);

    // The same guardian's consent again: the time it was recorded stays.
    let again = put(
        &app,
        &minor,
        &json!({
            "birth_date": birth_date,
            "home_city": "Toruń",
            "guardian_consent": true,
            "guardian_name": "Anna Nowak"
        }),
    )
    .await
    .json();
    assert_eq!(
        again["guardian_consent_recorded_at"],
        saved["guardian_consent_recorded_at"]
    );

    // Another guardian: recorded anew.
    let other = put(
        &app,
        &minor,
        &json!({
            "birth_date": birth_date,
            "guardian_consent": true,
            "guardian_name": "Jan Nowak"
        }),
    )
    .await
    .json();
    assert_eq!(other["guardian_name"], "Jan Nowak");
    let renewed: chrono::DateTime<Utc> = other["guardian_consent_recorded_at"]
        .as_str()
        .expect("recorded_at")
        .parse()
        .expect("an RFC 3339 time");
    assert!(renewed > recorded_at, "{renewed} after {recorded_at}");

    // Withdrawn: nothing of it stays, and a name alone records nothing.
    let withdrawn = put(
        &app,
        &minor,
        &json!({
            "birth_date": birth_date,
            "guardian_consent": false,
            "guardian_name": "Jan Nowak"
        }),
    )
    .await
    .json();
    assert_eq!(withdrawn["guardian_consent"], false);
    assert_eq!(withdrawn["guardian_name"], Value::Null);
    assert_eq!(withdrawn["guardian_consent_recorded_at"], Value::Null);

    // A minor may keep a profile without consent (sign-ups ask for it).
    assert_eq!(
        put(&app, &minor, &json!({"birth_date": birth_date}))
            .await
            .status,
        200
    );
    // Thirteen today is old enough.
    assert_eq!(
        put(&app, &minor, &json!({"birth_date": born_years_ago(13)}))
            .await
            .status,
        200
    );
}

#[actix_web::test]
async fn each_volunteer_sees_only_their_own_profile() {
    let app = TestApp::spawn().await;
    let ala = app.user().await;
    let ola = app.user().await;
    let ala_body = full_profile(&app).await;
    assert_eq!(put(&app, &ala, &ala_body).await.status, 200);
    get(&app, &ola).await.assert_problem(404, "not-found");

    let ola_body = json!({"home_city": "Klaipėda", "home_country": "LT", "causes": ["animals"]});
    assert_eq!(put(&app, &ola, &ola_body).await.status, 200);
    let ala_view = get(&app, &ala).await.json();
    let ola_view = get(&app, &ola).await.json();
    assert_eq!(ala_view["user_id"], ala.id.to_string());
    assert_eq!(ala_view["home_city"], "Toruń");
    assert_eq!(ala_view["skills"].as_array().map(Vec::len), Some(2));
    assert_eq!(ola_view["user_id"], ola.id.to_string());
    assert_eq!(ola_view["home_city"], "Klaipėda");
    assert_eq!(ola_view["skills"], json!([]));
}

#[actix_web::test]
async fn without_a_token_the_profile_is_closed() {
    let app = TestApp::spawn().await;
    app.get(PATH, None)
        .await
        .assert_problem(401, "unauthorized");
    app.send_json(
        Method::PUT,
        PATH,
        Some(&json!({"home_city": "Toruń"})),
        None,
    )
    .await
    .assert_problem(401, "unauthorized");
    app.get(PATH, Some("not-a-token"))
        .await
        .assert_problem(401, "unauthorized");
}

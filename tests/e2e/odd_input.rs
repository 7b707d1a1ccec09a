//! Odd input answers a 4xx problem naming what is wrong, never a 500: forged
//! cursors, times at the edges of what chrono reads, NUL characters, and a
//! valid token whose account has been erased.

use actix_web::http::Method;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use diesel::{RunQueryDsl, sql_query};
use hop_tests::{TestApp, TestUser};
use serde_json::{Value, json};
use uuid::Uuid;

/// A cursor as the API encodes them, holding `key`.
fn forged(key: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(key).unwrap())
}

const EXTREME_PAST: &str = "-262143-01-01T00:00:00Z";
const EXTREME_FUTURE: &str = "+262142-12-31T23:59:59Z";

struct World {
    owner: TestUser,
    volunteer: TestUser,
    organization: Value,
    opportunity: Value,
    shift: Value,
}

async fn world(app: &TestApp) -> World {
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let organization = json!({"id": opportunity["organization_id"]});
    let shift = app.shift(&owner, &opportunity, 48, 3, 5).await;
    let volunteer = app.adult_volunteer().await;
    World {
        owner,
        volunteer,
        organization,
        opportunity,
        shift,
    }
}

#[actix_web::test]
async fn forged_cursors_with_extreme_values_are_422_on_every_list() {
    let app = TestApp::spawn().await;
    let w = world(&app).await;
    let org = w.organization["id"].as_str().unwrap();
    let opp = w.opportunity["id"].as_str().unwrap();
    let id = Uuid::new_v4();
    let nul_text = forged(&json!(["a\u{0}b", id]));
    let past = forged(&json!([EXTREME_PAST, id]));
    let future = forged(&json!([EXTREME_FUTURE, id]));
    let cases: Vec<(String, &TestUser)> = vec![
        (format!("/api/v1/organizations?cursor={nul_text}"), &w.owner),
        (
            format!("/api/v1/skills?cursor={}", forged(&json!("\u{0}"))),
            &w.owner,
        ),
        (
            format!("/api/v1/skills?cursor={}", forged(&json!("x".repeat(5000)))),
            &w.owner,
        ),
        (
            format!("/api/v1/organizations/{org}/members?cursor={past}"),
            &w.owner,
        ),
        (
            format!("/api/v1/organizations/{org}/members?cursor={future}"),
            &w.owner,
        ),
        (
            format!("/api/v1/opportunities/{opp}/shifts?cursor={past}"),
            &w.owner,
        ),
        (
            format!("/api/v1/opportunities/{opp}/applications?cursor={future}"),
            &w.owner,
        ),
        (
            format!("/api/v1/me/applications?cursor={past}"),
            &w.volunteer,
        ),
        (format!("/api/v1/me/notifications?cursor={past}"), &w.owner),
        (format!("/api/v1/me/invitations?cursor={past}"), &w.owner),
        (
            format!("/api/v1/organizations/{org}/invitations?cursor={future}"),
            &w.owner,
        ),
        (
            format!(
                "/api/v1/opportunities?cursor={}",
                forged(&json!({"Soonest": [i64::MAX, id]}))
            ),
            &w.owner,
        ),
        (
            format!(
                "/api/v1/opportunities?sort=newest&cursor={}",
                forged(&json!({"Newest": [i64::MIN, id]}))
            ),
            &w.owner,
        ),
    ];
    for (path, user) in cases {
        let response = app.get(&path, Some(&user.access_token)).await;
        assert_eq!(response.status, 422, "{path}: {}", response.text());
        response.assert_invalid_fields(&["cursor"]);
    }
    // Rankings held in memory take any numbers without reaching the database.
    let ranked = forged(&json!([255, i64::MIN, id]));
    let candidates = app
        .get(
            &format!(
                "/api/v1/opportunities/{opp}/candidates?cursor={}",
                forged(&json!([255, id]))
            ),
            Some(&w.owner.access_token),
        )
        .await;
    assert_eq!(candidates.status, 200, "{}", candidates.text());
    let matches = app
        .get(
            &format!("/api/v1/me/matches?cursor={ranked}"),
            Some(&w.volunteer.access_token),
        )
        .await;
    assert!(
        matches.status < 500,
        "{}: {}",
        matches.status,
        matches.text()
    );
}

#[actix_web::test]
async fn times_outside_the_years_1900_to_9999_are_422_naming_the_parameter() {
    let app = TestApp::spawn().await;
    let w = world(&app).await;
    let encode = |at: &str| at.replace('+', "%2B");
    for (query, field) in [
        (format!("from={}", encode(EXTREME_PAST)), "from"),
        (format!("to={}", encode(EXTREME_FUTURE)), "to"),
        ("from=1899-12-31T23:59:59Z".to_owned(), "from"),
        ("to=10000-01-01T00:00:00Z".to_owned(), "to"),
    ] {
        for list in ["/api/v1/opportunities", "/api/v1/me/matches"] {
            let path = format!("{list}?{query}");
            app.get(&path, Some(&w.volunteer.access_token))
                .await
                .assert_invalid_fields(&[field]);
        }
    }
    let edges = app
        .get(
            "/api/v1/opportunities?from=1900-01-01T00:00:00Z&to=9999-12-31T23:59:59Z",
            None,
        )
        .await;
    assert_eq!(edges.status, 200, "{}", edges.text());

    // Shift times are kept to the same years.
    let path = format!(
        "/api/v1/opportunities/{}/shifts",
        w.opportunity["id"].as_str().unwrap()
    );
    let far = json!({
        "starts_at": "+200000-01-01T09:00:00Z",
        "ends_at": "+200000-01-01T12:00:00Z",
        "capacity": 3
    });
    app.post_json_as(&path, &far, Some(&w.owner.access_token))
        .await
        .assert_invalid_fields(&["starts_at"]);
    let safeguarding = format!(
        "/api/v1/organizations/{}/safeguarding/{}",
        w.organization["id"].as_str().unwrap(),
        w.volunteer.id
    );
    app.send_json(
        Method::PUT,
        &safeguarding,
        Some(&json!({"register_checked_at": EXTREME_PAST, "criminal_record_certificate": true})),
        Some(&w.owner.access_token),
    )
    .await
    .assert_invalid_fields(&["register_checked_at"]);
    let shift = format!("/api/v1/shifts/{}", w.shift["id"].as_str().unwrap());
    app.send_json(
        Method::PATCH,
        &shift,
        Some(&json!({"starts_at": EXTREME_FUTURE, "ends_at": EXTREME_FUTURE})),
        Some(&w.owner.access_token),
    )
    .await
    .assert_invalid_fields(&["starts_at"]);
}

#[actix_web::test]
async fn a_nul_character_in_a_parameter_or_a_body_field_is_422_naming_it() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    for path in [
        "/api/v1/organizations?q=a%00b",
        "/api/v1/opportunities?q=bank%00",
        "/api/v1/skills?lang=%00",
        "/api/v1/organizations?kind=ngo%00",
    ] {
        let response = app.get(path, Some(&user.access_token)).await;
        let body = response.assert_problem(422, "validation");
        let field = path.split(['?', '=']).nth(1).unwrap();
        assert_eq!(body["errors"][0]["field"], field, "{path}: {body}");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("NUL"),
            "{body}"
        );
    }
    for (method, path, body, field) in [
        (
            Method::PATCH,
            "/api/v1/me",
            json!({"display_name": "Ala\u{0}"}),
            "display_name",
        ),
        (
            Method::POST,
            "/api/v1/organizations",
            json!({"name": "Caritas", "kind": "ngo", "description": "x\u{0}"}),
            "description",
        ),
        (
            Method::POST,
            "/api/v1/auth/login",
            json!({"email": "a\u{0}@example.org", "password": "whatever-long"}),
            "email",
        ),
    ] {
        let response = app
            .send_json(method, path, Some(&body), Some(&user.access_token))
            .await;
        let problem = response.assert_problem(422, "validation");
        assert_eq!(problem["errors"][0]["field"], field, "{path}: {problem}");
        assert!(
            problem["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("NUL"),
            "{problem}"
        );
    }
}

#[actix_web::test]
async fn a_token_whose_account_was_erased_is_401_everywhere() {
    let app = TestApp::spawn().await;
    let w = world(&app).await;
    let ghost = app.adult_volunteer().await;
    sql_query("DELETE FROM users WHERE id = $1")
        .bind::<diesel::sql_types::Uuid, _>(ghost.id)
        .execute(&mut app.db())
        .expect("erase the account");

    let org = w.organization["id"].as_str().unwrap();
    let opp = w.opportunity["id"].as_str().unwrap();
    let shift = w.shift["id"].as_str().unwrap();
    // Where the caller's own account is read or written, the answer says
    // the account is gone.
    let cases: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, "/api/v1/me".into(), None),
        (
            Method::PATCH,
            "/api/v1/me".into(),
            Some(json!({"display_name": "Ghost"})),
        ),
        (Method::GET, "/api/v1/me/notifications".into(), None),
        (
            Method::PUT,
            "/api/v1/me/volunteer-profile".into(),
            Some(json!({"birth_date": "1990-05-17"})),
        ),
        (
            Method::POST,
            "/api/v1/organizations".into(),
            Some(json!({"name": "Ghost NGO", "kind": "ngo"})),
        ),
    ];
    for (method, path, body) in cases {
        let response = app
            .send_json(
                method.clone(),
                &path,
                body.as_ref(),
                Some(&ghost.access_token),
            )
            .await;
        assert_eq!(response.status, 401, "{method} {path}: {}", response.text());
        response.assert_problem(401, "unauthorized");
    }
    // Where the account's absence only means it is no member, the answer
    // is the one any stranger (or a newcomer) gets: never a 500.
    for (method, path, body) in [
        (
            Method::POST,
            "/api/v1/me/notifications/read-all".to_owned(),
            Some(json!({})),
        ),
        (Method::GET, "/api/v1/me/applications".to_owned(), None),
        (Method::GET, "/api/v1/me/matches".to_owned(), None),
        (Method::GET, "/api/v1/me/volunteer-profile".to_owned(), None),
        (
            Method::POST,
            format!("/api/v1/shifts/{shift}/applications"),
            Some(json!({})),
        ),
        (
            Method::POST,
            format!("/api/v1/organizations/{org}/opportunities"),
            Some(json!({"title": "Ghost work", "cause": "poverty"})),
        ),
        (
            Method::GET,
            format!("/api/v1/opportunities/{opp}/candidates"),
            None,
        ),
        (Method::GET, format!("/api/v1/organizations/{org}"), None),
    ] {
        let response = app
            .send_json(
                method.clone(),
                &path,
                body.as_ref(),
                Some(&ghost.access_token),
            )
            .await;
        assert!(
            response.status < 500,
            "{method} {path}: {} {}",
            response.status,
            response.text()
        );
    }
}

/// Found by schemathesis: a longitude of -5e-324 (a valid double) made
/// PostgreSQL's trigonometry underflow, a 500; and a body that was an array
/// of a struct's fields in order was taken as that struct.
#[actix_web::test]
async fn subnormal_coordinates_are_zero_and_bodies_are_objects() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let organization = app.organization(&owner, "Fundacja Atlas").await;
    let created = app
        .opportunity(
            &owner,
            &organization,
            json!({"location": {"lat": 31.7, "lon": -5e-324, "address": "00"}}),
        )
        .await;
    assert_eq!(created["location"]["lon"], json!(0.0));

    let shift = app.shift(&owner, &created, 48, 3, 5).await;
    let path = format!("/api/v1/shifts/{}", shift["id"].as_str().unwrap());
    for body in [
        json!([]),
        json!([null, null, 3]),
        json!("capacity"),
        json!(7),
    ] {
        app.send_json(Method::PATCH, &path, Some(&body), Some(&owner.access_token))
            .await
            .assert_invalid_fields(&["body"]);
    }
}

//! What a browser does not show, over plain HTTP: who may open the city
//! office's pages, decisions without their form token, input that cannot
//! be used, and the CSV downloads against the API's.

use hop_tests::{TestApp, TestUser};

use super::{Session, encode, get, post, sign_in};
use crate::statistics::{day, this_month, volunteers_in};

const PAGES: [&str; 3] = [
    "/city",
    "/city/organizations",
    "/city/stats/hours-month.csv",
];

#[actix_web::test]
async fn the_city_pages_are_for_city_staff_only() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let pending = app.organization(&owner, "Fundacja Sąsiedzka").await;
    let verify = format!(
        "/city/organizations/{}/verify",
        pending["id"].as_str().expect("id")
    );

    // Anonymous: to the sign-in page and back.
    for path in PAGES {
        let response = get(&app, path, "").await;
        assert_eq!(response.status, 303, "{path}");
        let location = response.header("location").unwrap_or_default();
        assert_eq!(
            location,
            format!("/sign-in?next={}", encode(path)),
            "{path}"
        );
    }
    let anonymous = post(&app, &verify, "", String::new()).await;
    assert_eq!(anonymous.status, 403, "no form token: {}", anonymous.text());

    // Signed in but not staff: the 403 page, and nothing decided.
    let session = sign_in(&app, &owner).await;
    for path in PAGES {
        let response = get(&app, path, &session.cookie).await;
        assert_eq!(response.status, 403, "{path}: {}", response.text());
        assert!(
            response
                .header("content-type")
                .unwrap_or_default()
                .starts_with("text/html")
        );
        assert!(response.text().contains("<h1>"), "{path} is a page");
    }
    for (path, body) in [
        (verify.clone(), format!("csrf={}", session.csrf)),
        (
            verify.replace("/verify", "/reject"),
            format!("csrf={}&reason=Nie", session.csrf),
        ),
    ] {
        let refused = post(&app, &path, &session.cookie, body).await;
        assert_eq!(refused.status, 403, "{path}: {}", refused.text());
    }
    let organization = app
        .get(
            &format!(
                "/api/v1/organizations/{}",
                pending["id"].as_str().expect("id")
            ),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(organization.json()["status"], "pending");
}

/// A staff member signed in through the page, and an organisation's id
/// that waits for verification.
async fn staff_and_pending(app: &TestApp) -> (TestUser, String, Session) {
    let staff = app.staff().await;
    let owner = app.user().await;
    let pending = app.organization(&owner, "Fundacja Sąsiedzka").await;
    let session = sign_in(app, &staff).await;
    (
        staff,
        pending["id"].as_str().expect("id").to_owned(),
        session,
    )
}

#[actix_web::test]
async fn a_decision_without_the_form_token_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let (staff, id, session) = staff_and_pending(&app).await;
    // The details as staff read them; an address that is no web address
    // (written past the API's checks) is text, never a link.
    diesel::RunQueryDsl::execute(
        diesel::sql_query(
            "UPDATE organizations SET website = 'javascript:alert(1)', krs = '0000123456' WHERE id = $1::uuid",
        )
        .bind::<diesel::sql_types::Text, _>(&id),
        &mut app.db(),
    )
    .expect("an odd website");
    let page = get(&app, "/city/organizations", &session.cookie).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains("Fundacja Sąsiedzka") && text.contains("0000123456"),
        "{text}"
    );
    assert!(
        text.contains("javascript:alert(1)") && !text.contains("href=\"javascript:"),
        "{text}"
    );
    for (action, body) in [
        ("verify", String::new()),
        ("reject", "reason=Brak+KRS".to_owned()),
    ] {
        let path = format!("/city/organizations/{id}/{action}");
        let missing = post(&app, &path, &session.cookie, body.clone()).await;
        assert_eq!(missing.status, 403, "{path}");
        let forged = post(
            &app,
            &path,
            &session.cookie,
            format!("csrf={}&{body}", "A".repeat(43)),
        )
        .await;
        assert_eq!(forged.status, 403, "{path}");
    }
    let organization = app
        .get(
            &format!("/api/v1/organizations/{id}"),
            Some(&staff.access_token),
        )
        .await;
    assert_eq!(organization.json()["status"], "pending");
}

#[actix_web::test]
async fn input_that_cannot_be_used_is_a_page_naming_the_field_never_a_500() {
    let app = TestApp::spawn().await;
    let (_, id, session) = staff_and_pending(&app).await;

    // A month that is no month, a period the wrong way round, a period
    // outside the months kept: the form again, the field marked.
    let month = this_month();
    for (path, field) in [
        ("/city?from=2026-13".to_owned(), "period-from"),
        ("/city?from=2026-12&to=2026-01".to_owned(), "period-from"),
        (format!("/city?from={month}&to=2999-01"), "period-to"),
        (
            "/city/stats/skills.csv?from=nonsense".to_owned(),
            "period-from",
        ),
    ] {
        let path = path.as_str();
        let page = get(&app, path, &session.cookie).await;
        assert_eq!(page.status, 422, "{path}: {}", page.text());
        let text = page.text();
        assert!(
            text.contains(&format!("id=\"{field}\" name="))
                && text.contains("aria-invalid=\"true\""),
            "{path}: {text}"
        );
        assert!(
            text.contains(&format!("id=\"{field}-error\"")),
            "{path}: {text}"
        );
    }
    let unknown = get(&app, "/city/stats/passwords.csv", &session.cookie).await;
    assert_eq!(unknown.status, 404);
    let cursor = get(&app, "/city/organizations?after=yesterday", &session.cookie).await;
    assert_eq!(cursor.status, 422);

    // A rejection without its reason: the field in error, nothing decided.
    let reject = format!("/city/organizations/{id}/reject");
    let empty = post(
        &app,
        &reject,
        &session.cookie,
        format!("csrf={}&reason=+", session.csrf),
    )
    .await;
    assert_eq!(empty.status, 422, "{}", empty.text());
    assert!(
        empty.text().contains(&format!("id=\"reason-{id}-error\"")),
        "{}",
        empty.text()
    );
    let long = post(
        &app,
        &reject,
        &session.cookie,
        format!("csrf={}&reason={}", session.csrf, "x".repeat(1001)),
    )
    .await;
    assert_eq!(long.status, 422);

    // Organisations that do not exist, and decisions taken twice.
    for path in [
        "/city/organizations/not-an-id/verify".to_owned(),
        format!("/city/organizations/{}/verify", uuid::Uuid::new_v4()),
    ] {
        let missing = post(
            &app,
            &path,
            &session.cookie,
            format!("csrf={}", session.csrf),
        )
        .await;
        assert_eq!(missing.status, 404, "{path}: {}", missing.text());
    }
    let verify = format!("/city/organizations/{id}/verify");
    let verified = post(
        &app,
        &verify,
        &session.cookie,
        format!("csrf={}", session.csrf),
    )
    .await;
    assert_eq!(verified.status, 303);
    assert_eq!(
        verified.header("location"),
        Some("/city/organizations?done=verified")
    );
    let again = post(
        &app,
        &verify,
        &session.cookie,
        format!("csrf={}", session.csrf),
    )
    .await;
    assert_eq!(again.status, 409);
    assert!(
        again
            .text()
            .contains("This organisation is already verified."),
        "{}",
        again.text()
    );
    let rejected = post(
        &app,
        &reject,
        &session.cookie,
        format!("csrf={}&reason=Brak+KRS", session.csrf),
    )
    .await;
    assert_eq!(rejected.status, 409);
    assert!(
        rejected
            .text()
            .contains("a verified organisation cannot be rejected"),
        "{}",
        rejected.text()
    );
    // A body that is not a form.
    let json = app
        .post_raw(&verify, "application/json", b"{}".to_vec())
        .await;
    assert_eq!(json.status, 415);
}

#[actix_web::test]
async fn a_charts_csv_is_the_apis_csv_of_the_same_period() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let torun = volunteers_in(&app, "Toruń", "PL", day(1990, 3, 1), &["pl"], 5);
    // They have twenty skills between them: more than a chart shows.
    diesel::RunQueryDsl::execute(
        diesel::sql_query(
            "INSERT INTO volunteer_skills (user_id, skill_id, level) \
             SELECT volunteer, skill.id, 1 FROM unnest($1) volunteer, \
             (SELECT id FROM skills ORDER BY slug LIMIT 20) skill",
        )
        .bind::<diesel::sql_types::Array<diesel::sql_types::Uuid>, _>(torun),
        &mut app.db(),
    )
    .expect("skills");
    volunteers_in(&app, "Kaunas", "LT", day(2003, 3, 1), &["lt"], 6);
    let session = sign_in(&app, &staff).await;
    for (page, api) in [
        (
            "volunteers-age-band",
            "/api/v1/stats/volunteers?group_by=age_band&format=csv",
        ),
        (
            "volunteers-country",
            "/api/v1/stats/volunteers?group_by=home_country&format=csv",
        ),
        (
            "hours-month",
            "/api/v1/stats/hours?group_by=month&format=csv",
        ),
        ("overview", "/api/v1/stats/overview?format=csv"),
        ("skills", "/api/v1/stats/skills?format=csv"),
    ] {
        let csv = get(&app, &format!("/city/stats/{page}.csv"), &session.cookie).await;
        assert_eq!(csv.status, 200, "{page}: {}", csv.text());
        assert!(
            csv.header("content-disposition")
                .is_some_and(|value| value.starts_with("attachment")),
            "{page}"
        );
        assert_eq!(csv.header("cache-control"), Some("no-store"), "{page}");
        let from_api = app.get(api, Some(&staff.access_token)).await;
        assert_eq!(csv.text(), from_api.text(), "{page}");
        assert_eq!(csv.header("content-type"), from_api.header("content-type"));
    }
    // Semicolons for a spreadsheet with decimal commas, for a period.
    let month = this_month();
    let semicolons = get(
        &app,
        &format!("/city/stats/volunteers-country.csv?from={month}&to={month}&delimiter=semicolon"),
        &session.cookie,
    )
    .await;
    assert_eq!(semicolons.status, 200);
    assert!(
        semicolons.text().contains("home_country;volunteers;active"),
        "{}",
        semicolons.text()
    );
    assert!(
        semicolons.text().contains("LT;6;0"),
        "{}",
        semicolons.text()
    );

    // The dashboard shows the same numbers, and links them with the period.
    let dashboard = get(
        &app,
        &format!("/city?from={month}&to={month}&semicolon=on&show=country"),
        &session.cookie,
    )
    .await;
    assert_eq!(dashboard.status, 200, "{}", dashboard.text());
    let text = dashboard.text();
    assert!(text.contains("Lithuania"), "{text}");
    assert!(
        text.contains(&format!(
            "/city/stats/volunteers-country.csv?from={month}&amp;to={month}&amp;delimiter=semicolon"
        )),
        "{text}"
    );
    assert!(!text.contains("chart-skills"), "only the section asked for");

    // Of the taxonomy's skills, the fifteen largest shortages are drawn;
    // the CSV has every one.
    let skills = get(&app, "/city?show=skills", &session.cookie).await;
    let text = skills.text();
    assert!(text.contains("Shown: the 15 largest of 20"), "{text}");
    assert_eq!(text.matches("<th scope=\"row\">").count(), 15, "{text}");
    let all = get(&app, "/city/stats/skills.csv", &session.cookie).await;
    assert_eq!(all.text().lines().count(), 21, "{}", all.text());
}

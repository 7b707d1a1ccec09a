//! The city office's pages: a staff member verifies an organisation, reads
//! the dashboard and downloads a chart's CSV, in a real browser, in Polish
//! and in English; and over plain HTTP what a browser does not show (who
//! may open them, forms without their token, input that cannot be used).

use fantoccini::Locator;
use hop_tests::{PASSWORD, TestApp, TestResponse, TestUser, browser::Browser};
use serde_json::{Value, json};

use crate::statistics::{Seniors, day, report_and_approve, seniors, this_month, volunteers_in};

/// The words a person reads and types on the way, in one language.
struct Words {
    accept_language: &'static str,
    lang: &'static str,
    autonym: &'static str,
    password: &'static str,
    sign_in: &'static str,
    city: &'static str,
    organizations: &'static str,
    dashboard: &'static str,
    verify: &'static str,
    reject: &'static str,
    reason_invalid: &'static str,
    verified: &'static str,
    hours_title: &'static str,
    hours_csv: &'static str,
    suppressed: &'static str,
}

const POLISH: Words = Words {
    accept_language: "pl-PL,pl;q=0.9",
    lang: "pl",
    autonym: "Polski",
    password: "Hasło",
    sign_in: "Zaloguj się",
    city: "Urząd miasta",
    organizations: "Organizacje do weryfikacji",
    dashboard: "Pulpit",
    verify: "Zweryfikuj",
    reject: "Odrzuć",
    reason_invalid: "Wpisz powód o długości od 1 do 1000 znaków.",
    verified: "Organizacja jest zweryfikowana.",
    hours_title: "Zatwierdzone godziny według miesięcy",
    hours_csv: "Pobierz „Zatwierdzone godziny według miesięcy” jako CSV",
    suppressed: "mniej niż 5",
};

const ENGLISH: Words = Words {
    accept_language: "en-GB,en;q=0.9",
    lang: "en",
    autonym: "English",
    password: "Password",
    sign_in: "Sign in",
    city: "City office",
    organizations: "Organisations to verify",
    dashboard: "Dashboard",
    verify: "Verify",
    reject: "Reject",
    reason_invalid: "Write a reason of 1 to 1000 characters.",
    verified: "The organisation is verified.",
    hours_title: "Approved hours by month",
    hours_csv: "Download “Approved hours by month” as CSV",
    suppressed: "fewer than 5",
};

/// A GET with `cookie`, as a browser sends it.
async fn get(app: &TestApp, path: &str, cookie: &str) -> TestResponse {
    let mut request = app.client.get(app.url(path));
    if !cookie.is_empty() {
        request = request.insert_header(("cookie", cookie.to_owned()));
    }
    TestResponse::read(request.send().await.expect("GET is sent")).await
}

/// A form POST of `body` with `cookie`.
async fn post(app: &TestApp, path: &str, cookie: &str, body: String) -> TestResponse {
    let mut request = app
        .client
        .post(app.url(path))
        .insert_header(("content-type", "application/x-www-form-urlencoded"));
    if !cookie.is_empty() {
        request = request.insert_header(("cookie", cookie.to_owned()));
    }
    TestResponse::read(request.send_body(body).await.expect("POST is sent")).await
}

/// The value of the cookie `name` the answer sets.
fn set_cookie(response: &TestResponse, name: &str) -> String {
    response
        .headers
        .get_all("set-cookie")
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| value.strip_prefix(&format!("{name}=")))
        .and_then(|value| value.split(';').next())
        .unwrap_or_else(|| panic!("no {name} cookie"))
        .to_owned()
}

/// The value of the first `csrf` field of a page.
fn form_token(page: &TestResponse) -> String {
    let text = page.text();
    let start = text
        .find("name=\"csrf\" value=\"")
        .unwrap_or_else(|| panic!("no form token in {text}"))
        + "name=\"csrf\" value=\"".len();
    text[start..].split('"').next().expect("a token").to_owned()
}

/// Someone signed in through the sign-in page: the cookie to send, and the
/// token their forms carry.
struct Session {
    cookie: String,
    csrf: String,
}

fn encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

async fn sign_in(app: &TestApp, user: &TestUser) -> Session {
    let form = get(app, "/sign-in", "").await;
    let anonymous = set_cookie(&form, "hop_csrf");
    let signed = post(
        app,
        "/sign-in",
        &format!("hop_csrf={anonymous}"),
        format!(
            "csrf={anonymous}&email={}&password={}",
            encode(&user.email),
            encode(PASSWORD)
        ),
    )
    .await;
    assert_eq!(signed.status, 303, "{}", signed.text());
    let cookie = format!("hop_session={}", set_cookie(&signed, "hop_session"));
    let home = get(app, "/", &cookie).await;
    Session {
        csrf: form_token(&home),
        cookie,
    }
}

/// What the city's numbers are made of: six volunteers of a verified
/// organisation's shift (ten places) who worked an hour each this month,
/// five of them with the skill it needs; seven young volunteers from
/// Lithuania and Latvia (two: a cell too small to show); and an
/// organisation waiting for verification.
async fn city_with_volunteering(app: &TestApp) -> (TestUser, Value) {
    let staff = app.staff().await;
    let place: Seniors = seniors(app, &staff).await;
    let (owner, first_aid) = (&place.owner, &place.first_aid);
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .date_naive();
    let work = json!({
        "organization_id": place.organization["id"], "work_date": today, "minutes": 60,
        "description": "Odwiedziny u seniorów",
    });
    for index in 0..6 {
        let volunteer = app.adult_volunteer().await;
        let signed = app.sign_up(&volunteer, &place.shift).await;
        assert_eq!(signed.status, 201, "{}", signed.text());
        if index < 5 {
            diesel::RunQueryDsl::execute(
                diesel::sql_query(
                    "INSERT INTO volunteer_skills (user_id, skill_id, level) VALUES ($1, $2::uuid, 2)",
                )
                .bind::<diesel::sql_types::Uuid, _>(volunteer.id)
                .bind::<diesel::sql_types::Text, _>(first_aid),
                &mut app.db(),
            )
            .expect("a skill");
        }
        report_and_approve(app, owner, &volunteer, work.clone()).await;
    }
    volunteers_in(app, "Kaunas", "LT", day(2003, 2, 1), &["lt"], 5);
    volunteers_in(app, "Daugavpils", "LV", day(2003, 2, 1), &["lv"], 2);
    let applicant = app.user_named("Prezeska").await;
    let pending = app
        .organization(&applicant, "Stowarzyszenie Ciepły Kąt")
        .await;
    (staff, pending)
}

async fn the_city_office_verifies_and_reads_the_numbers(words: &Words) {
    let app = TestApp::spawn().await;
    let (staff, pending) = city_with_volunteering(&app).await;
    let browser = Browser::open(&app.address, words.accept_language).await;

    browser.goto("/sign-in").await;
    browser.check_page("city-sign-in").await;
    browser.fill("E-mail", &staff.email).await;
    browser.fill(words.password, PASSWORD).await;
    browser.press(words.sign_in).await;
    // The account's own setting, chosen with the switcher.
    browser.press(words.autonym).await;
    assert_eq!(browser.lang().await, words.lang);
    browser.check_page("city-home").await;

    browser.follow(words.city).await;
    assert_eq!(browser.path().await, "/city");
    browser.assert_text(words.hours_title).await;
    // Two volunteers from Latvia are too few to show.
    browser.assert_text(words.suppressed).await;
    browser.check_page("city-dashboard").await;

    browser.follow(words.organizations).await;
    browser.assert_text("Stowarzyszenie Ciepły Kąt").await;
    browser.check_page("city-organizations").await;
    // A rejection needs its reason: said next to the field, nothing decided.
    browser.press(words.reject).await;
    browser.assert_text(words.reason_invalid).await;
    let reason = browser.find("textarea[aria-invalid='true']").await;
    let described = reason
        .attr("aria-describedby")
        .await
        .expect("attribute")
        .unwrap_or_default();
    assert!(described.ends_with("-error"), "{described}");
    browser.check_page("city-organizations-error").await;

    browser.press(words.verify).await;
    browser.assert_text(words.verified).await;
    browser.check_page("city-organizations-verified").await;
    let organization = app
        .get(
            &format!(
                "/api/v1/organizations/{}",
                pending["id"].as_str().expect("id")
            ),
            None,
        )
        .await;
    assert_eq!(
        organization.status, 200,
        "verified organisations are public"
    );
    assert_eq!(organization.json()["status"], "verified");

    browser.follow(words.dashboard).await;
    // The hours table, cell by cell: the month's hours and people.
    let cells = browser
        .client
        .find_all(Locator::Css(
            "section[aria-labelledby='chart-hours-heading'] tbody td",
        ))
        .await
        .expect("the hours table");
    let mut shown = Vec::new();
    for cell in cells {
        shown.push(cell.text().await.expect("a cell"));
    }
    assert_eq!(shown, ["6", "6"], "an hour each, six volunteers");

    // The download, as the browser would fetch it: with its session.
    let target = browser.link_target(words.hours_csv).await;
    assert!(
        target.starts_with("/city/stats/hours-month.csv"),
        "{target}"
    );
    let session = browser.cookie("hop_session").await.expect("signed in");
    let csv = get(&app, &target, &format!("hop_session={session}")).await;
    assert_eq!(csv.status, 200, "{}", csv.text());
    assert!(
        csv.header("content-disposition")
            .is_some_and(|value| value.starts_with("attachment; filename=\"hop-hours-month-")),
        "{:?}",
        csv.header("content-disposition")
    );
    let text = csv.text();
    assert!(
        text.contains(&format!(
            "\r\n{},,{},{}\r\n",
            this_month(),
            shown[0],
            shown[1]
        )),
        "{text}"
    );
    browser.close().await;
}

#[actix_web::test]
async fn the_city_office_verifies_an_organisation_and_downloads_its_numbers_in_polish() {
    the_city_office_verifies_and_reads_the_numbers(&POLISH).await;
}

#[actix_web::test]
async fn the_city_office_verifies_an_organisation_and_downloads_its_numbers_in_english() {
    the_city_office_verifies_and_reads_the_numbers(&ENGLISH).await;
}

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

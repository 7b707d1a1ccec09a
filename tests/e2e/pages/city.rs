//! The city office's pages: a staff member verifies an organisation, reads
//! the dashboard and downloads a chart's CSV, in a real browser, in Polish
//! and in English; and over plain HTTP what a browser does not show (who
//! may open them, forms without their token, input that cannot be used).

use fantoccini::Locator;
use hop_tests::{PASSWORD, TestApp, TestResponse, TestUser, browser::Browser};
use serde_json::{Value, json};

mod http;

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

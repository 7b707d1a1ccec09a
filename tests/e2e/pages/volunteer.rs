//! The volunteer's pages: the journey in a real browser (register, fill
//! the profile, search near Toruń, open an opportunity, sign up, see it in
//! my shifts), in Polish and in English; and over plain HTTP what a browser
//! does not show (who may open what, forms without their token, bad input).

use awc::http::header::HeaderMap;
use hop_tests::{PASSWORD, TestApp, TestUser, browser::Browser};
use serde_json::{Value, json};
use uuid::Uuid;

/// What the journey reads and presses, in one language.
struct Texts {
    accept_language: &'static str,
    lang: &'static str,
    name: &'static str,
    email: &'static str,
    password: &'static str,
    register: &'static str,
    profile_title: &'static str,
    day: &'static str,
    month: &'static str,
    year: &'static str,
    home_city: &'static str,
    country: &'static str,
    country_option: &'static str,
    language: &'static str,
    language_level: &'static str,
    cause: &'static str,
    slot: &'static str,
    save: &'static str,
    saved: &'static str,
    nav_search: &'static str,
    near_city: &'static str,
    search: &'static str,
    map_link: &'static str,
    sign_up: &'static str,
    signed_up: &'static str,
    nav_my_shifts: &'static str,
    confirmed: &'static str,
    make_calendar: &'static str,
    calendar_ready: &'static str,
    nav_for_you: &'static str,
    for_you_title: &'static str,
    /// The heading of a match's reasons.
    reasons: &'static str,
    max_distance: &'static str,
    hours: &'static str,
    hours_title: &'static str,
    agreements_title: &'static str,
    certificates_title: &'static str,
}

const POLISH: Texts = Texts {
    accept_language: "pl-PL,pl;q=0.9",
    lang: "pl",
    name: "Imię i nazwisko",
    email: "E-mail",
    password: "Hasło",
    register: "Utwórz konto",
    profile_title: "Mój profil wolontariusza",
    day: "Dzień",
    month: "Miesiąc",
    year: "Rok",
    home_city: "Miejscowość",
    country: "Kraj",
    country_option: "Polska",
    language: "polski",
    language_level: "C2 (biegły)",
    cause: "Społeczność lokalna",
    slot: "sobota, 10:00–14:00",
    save: "Zapisz profil",
    saved: "Profil zapisany.",
    nav_search: "Szukaj ofert",
    near_city: "W pobliżu (miasto)",
    search: "Szukaj",
    map_link: "Zobacz miejsce w OpenStreetMap",
    sign_up: "Zapisz się",
    signed_up: "Jesteś zapisany(-a).",
    nav_my_shifts: "Moje dyżury",
    confirmed: "Potwierdzone",
    make_calendar: "Utwórz nowy adres kalendarza",
    calendar_ready: "Adres Twojego kalendarza jest gotowy.",
    nav_for_you: "Dla ciebie",
    for_you_title: "Oferty pasujące do Twojego profilu",
    reasons: "Dlaczego pasuje",
    max_distance: "Jak daleko dojedziesz (km)",
    hours: "Moje godziny",
    hours_title: "Zatwierdzone",
    agreements_title: "Moje porozumienia",
    certificates_title: "Moje zaświadczenia",
};

const ENGLISH: Texts = Texts {
    accept_language: "en-GB,en;q=0.9",
    lang: "en",
    name: "Your name",
    email: "E-mail",
    password: "Password",
    register: "Create my account",
    profile_title: "My volunteer profile",
    day: "Day",
    month: "Month",
    year: "Year",
    home_city: "Home town",
    country: "Country",
    country_option: "Lithuania",
    language: "Lithuanian",
    language_level: "C2 (proficient)",
    cause: "Local community",
    slot: "Saturday, 10:00–14:00",
    save: "Save my profile",
    saved: "Your profile is saved.",
    nav_search: "Find opportunities",
    near_city: "Near (city)",
    search: "Search",
    map_link: "See the place on OpenStreetMap",
    sign_up: "Sign up",
    signed_up: "You are signed up.",
    nav_my_shifts: "My shifts",
    confirmed: "Confirmed",
    make_calendar: "Make a new calendar address",
    calendar_ready: "Your calendar address is ready.",
    nav_for_you: "For you",
    for_you_title: "Opportunities that fit your profile",
    reasons: "Why it fits",
    max_distance: "How far you travel (km)",
    hours: "My hours",
    hours_title: "Approved",
    agreements_title: "My agreements",
    certificates_title: "My certificates",
};

/// A published opportunity in Toruń's old town with a shift in two days.
async fn opportunity_in_torun(app: &TestApp, title: &str) -> (Value, Value) {
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(
            &owner,
            json!({
                "title": title,
                "description": "Sorting donated food for families in Toruń.",
                "cause": "community",
                "location": {"lat": 53.0103, "lon": 18.6057, "address": "Rynek Staromiejski 1, Toruń"}
            }),
        )
        .await;
    let shift = app.shift(&owner, &opportunity, 48, 3, 5).await;
    (opportunity, shift)
}

/// A published opportunity in Toruń with a shift next Saturday from 10:30
/// to 13:30 on Toruń's clocks.
async fn saturday_opportunity(app: &TestApp, title: &str) {
    use chrono::{Datelike, TimeZone};
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(
            &owner,
            json!({
                "title": title,
                "description": "Walking dogs at the shelter.",
                "cause": "community",
                "location": {"lat": 53.0138, "lon": 18.5984, "address": "Szosa Okrężna 4, Toruń"}
            }),
        )
        .await;
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .date_naive();
    let ahead = (7 + 5 - i64::from(today.weekday().num_days_from_monday())) % 7;
    let saturday = today + chrono::TimeDelta::days(if ahead == 0 { 7 } else { ahead });
    let at = |hour, minute| {
        chrono_tz::Europe::Warsaw
            .from_local_datetime(&saturday.and_hms_opt(hour, minute, 0).expect("a time"))
            .single()
            .expect("one moment")
            .with_timezone(&chrono::Utc)
    };
    app.shift_at(&owner, &opportunity, at(10, 30), at(13, 30), 5)
        .await;
}

async fn journey(texts: &Texts) {
    let app = TestApp::spawn().await;
    let title = format!(
        "Bank żywności {}",
        &Uuid::new_v4().simple().to_string()[..6]
    );
    opportunity_in_torun(&app, &title).await;
    let browser = Browser::open(&app.address, texts.accept_language).await;

    // Register through the foundation's page: it leads to the profile.
    browser.goto("/register").await;
    browser.fill(texts.name, "Ala Nowak").await;
    let email = format!("ala-{}@example.org", Uuid::new_v4().simple());
    browser.fill(texts.email, &email).await;
    browser.fill(texts.password, PASSWORD).await;
    browser.press(texts.register).await;
    assert!(
        browser.path().await.starts_with("/me/profile"),
        "{}",
        browser.path().await
    );
    assert_eq!(browser.lang().await, texts.lang);
    browser.assert_text(texts.profile_title).await;
    browser.check_page("volunteer-profile").await;

    // A birth date that is no date is refused next to its fields.
    browser.fill(texts.day, "31").await;
    browser.fill(texts.month, "2").await;
    browser.fill(texts.year, "1998").await;
    browser.press(texts.save).await;
    let invalid = browser.find("#field-birth_day[aria-invalid='true']").await;
    assert!(invalid.attr("id").await.expect("id").is_some());
    browser.find("#birth-date-error").await;
    browser.check_page("volunteer-profile-error").await;

    browser.fill(texts.day, "17").await;
    browser.fill(texts.month, "5").await;
    browser.fill(texts.year, "1998").await;
    browser.fill(texts.home_city, "Toruń").await;
    browser.fill(texts.max_distance, "10").await;
    browser.select(texts.country, texts.country_option).await;
    browser.select(texts.language, texts.language_level).await;
    browser.tick(texts.cause).await;
    browser.tick(texts.slot).await;
    browser.press(texts.save).await;
    browser.assert_text(texts.saved).await;
    browser.check_page("volunteer-profile-saved").await;
    assert_eq!(
        browser
            .find("#field-birth_year")
            .await
            .prop("value")
            .await
            .expect("value")
            .as_deref(),
        Some("1998")
    );

    // Search near Toruń: the form updates the results in place.
    browser.follow(texts.nav_search).await;
    browser.check_page("volunteer-search").await;
    browser.fill(texts.near_city, "torun").await;
    browser.press_in_place(texts.search).await;
    assert!(
        browser.path().await.contains("near_city=torun"),
        "{}",
        browser.path().await
    );
    browser.assert_text(&title).await;
    browser.check_page("volunteer-search-results").await;

    browser.follow(&title).await;
    browser.assert_text(texts.map_link).await;
    browser.check_page("volunteer-opportunity").await;
    browser.press(texts.sign_up).await;
    browser.assert_text(texts.signed_up).await;
    browser.check_page("volunteer-signed-up").await;

    browser.follow(texts.nav_my_shifts).await;
    browser.assert_text(&title).await;
    browser.assert_text(texts.confirmed).await;
    browser.check_page("volunteer-shifts").await;
    browser.press(texts.make_calendar).await;
    browser.assert_text(texts.calendar_ready).await;
    let feed = browser
        .find("#feed-url")
        .await
        .prop("value")
        .await
        .expect("value")
        .expect("an address");
    assert!(feed.contains("/api/v1/me/calendar.ics?token="), "{feed}");
    browser.check_page("volunteer-calendar").await;

    // Another opportunity in Toruń on Saturday morning, when the profile
    // says the volunteer is free: "for you" ranks it, with its reasons.
    let saturday_title = format!(
        "Sobota w schronisku {}",
        &Uuid::new_v4().simple().to_string()[..6]
    );
    saturday_opportunity(&app, &saturday_title).await;
    browser.follow(texts.nav_for_you).await;
    browser.assert_text(texts.for_you_title).await;
    browser.assert_text(&saturday_title).await;
    browser.assert_text(texts.reasons).await;
    browser.check_page("volunteer-matches").await;
    browser.follow(texts.nav_my_shifts).await;
    browser.follow(texts.hours).await;
    browser.assert_text(texts.hours_title).await;
    browser.check_page("volunteer-hours").await;
    browser.goto("/me/agreements").await;
    browser.assert_text(texts.agreements_title).await;
    browser.check_page("volunteer-agreements").await;
    browser.goto("/me/certificates").await;
    browser.assert_text(texts.certificates_title).await;
    browser.check_page("volunteer-certificates").await;
    browser.close().await;
}

#[actix_web::test]
async fn a_volunteer_registers_fills_the_profile_finds_a_shift_near_torun_and_signs_up_in_polish() {
    journey(&POLISH).await;
}

#[actix_web::test]
async fn a_volunteer_registers_fills_the_profile_finds_a_shift_near_torun_and_signs_up_in_english()
{
    journey(&ENGLISH).await;
}

// Over plain HTTP.

/// A signed-in page session: its cookie and the token its forms carry.
struct PageSession {
    cookie: String,
    csrf: String,
}

struct Answer {
    status: u16,
    headers: HeaderMap,
    body: String,
}

async fn send(app: &TestApp, path: &str, cookie: Option<&str>, form: Option<String>) -> Answer {
    let mut request = match form {
        Some(_) => app.client.post(app.url(path)),
        None => app.client.get(app.url(path)),
    };
    if let Some(cookie) = cookie {
        request = request.insert_header(("cookie", cookie.to_owned()));
    }
    let mut response = match form {
        Some(form) => {
            request
                .insert_header(("content-type", "application/x-www-form-urlencoded"))
                .send_body(form)
                .await
        }
        None => request.send().await,
    }
    .expect("sent");
    let body = response.body().limit(16 * 1024 * 1024).await.expect("body");
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

fn set_cookie(answer: &Answer, name: &str) -> Option<String> {
    answer
        .headers
        .get_all("set-cookie")
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with(&format!("{name}=")))
        .and_then(|value| value.split(';').next())
        .map(str::to_owned)
}

/// The value of the first hidden `csrf` field of a page.
fn csrf_of(page: &str) -> String {
    let start = page
        .find(r#"name="csrf" value=""#)
        .expect("a form with its token")
        + r#"name="csrf" value=""#.len();
    page[start..].split('"').next().expect("a value").to_owned()
}

fn encode(pairs: &[(&str, &str)]) -> String {
    let mut form = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs {
        form.append_pair(name, value);
    }
    form.finish()
}

/// Sends a form of `session`'s, with its token, to `path`.
async fn post(app: &TestApp, session: &PageSession, path: &str, pairs: &[(&str, &str)]) -> Answer {
    let mut form = vec![("csrf", session.csrf.as_str())];
    form.extend_from_slice(pairs);
    send(app, path, Some(&session.cookie), Some(encode(&form))).await
}

/// Signs `user` in through the sign-in page.
async fn sign_in(app: &TestApp, user: &TestUser) -> PageSession {
    let page = send(app, "/sign-in", None, None).await;
    let anonymous = set_cookie(&page, "hop_csrf").expect("a CSRF cookie");
    let token = csrf_of(&page.body);
    let signed_in = send(
        app,
        "/sign-in",
        Some(&anonymous),
        Some(encode(&[
            ("csrf", &token),
            ("email", &user.email),
            ("password", PASSWORD),
        ])),
    )
    .await;
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    let cookie = set_cookie(&signed_in, "hop_session").expect("a session");
    let account = send(app, "/me/account", Some(&cookie), None).await;
    assert_eq!(account.status, 200);
    PageSession {
        csrf: csrf_of(&account.body),
        cookie,
    }
}

#[actix_web::test]
async fn the_personal_pages_send_an_anonymous_visitor_to_sign_in_and_back() {
    let app = TestApp::spawn().await;
    for path in [
        "/me/profile",
        "/me/shifts",
        "/me/matches",
        "/me/hours",
        "/me/agreements",
        "/me/certificates",
    ] {
        let answer = send(&app, path, None, None).await;
        assert_eq!(answer.status, 303, "{path}");
        let location = answer
            .headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(
            location.starts_with("/sign-in?next=%2Fme%2F"),
            "{path}: {location}"
        );
    }
    // The public pages are open to everyone.
    let search = send(&app, "/opportunities", None, None).await;
    assert_eq!(search.status, 200);
}

#[actix_web::test]
async fn every_form_of_the_volunteer_is_refused_without_its_token() {
    let app = TestApp::spawn().await;
    let (_, shift) = opportunity_in_torun(&app, "Sorting food").await;
    let volunteer = app.adult_volunteer().await;
    let session = sign_in(&app, &volunteer).await;
    let shift_id = shift["id"].as_str().expect("id");
    let nobody = Uuid::new_v4();
    for path in [
        format!("/shifts/{shift_id}/sign-up"),
        format!("/me/applications/{nobody}/withdraw"),
        "/me/profile".to_owned(),
        "/me/hours".to_owned(),
        "/me/calendar-token".to_owned(),
        format!("/me/agreements/{nobody}/accept"),
    ] {
        let answer = send(
            &app,
            &path,
            Some(&session.cookie),
            Some("birth_day=1".into()),
        )
        .await;
        assert_eq!(answer.status, 403, "{path}: {}", answer.body);
        assert!(answer.body.contains("<html"), "{path}: a page");
    }
    // Nothing was signed up for.
    let mine = app
        .get("/api/v1/me/applications", Some(&volunteer.access_token))
        .await;
    assert_eq!(mine.json()["items"].as_array().map(Vec::len), Some(0));
}

#[actix_web::test]
async fn a_draft_or_an_unknown_opportunity_is_a_404_page_and_another_volunteers_sign_up_is_not_theirs()
 {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    let organization = app
        .verified_organization(&owner, &staff, "Caritas Toruń")
        .await;
    let draft = app
        .opportunity(&owner, &organization, json!({"title": "Not yet public"}))
        .await;
    let draft_page = send(
        &app,
        &format!("/opportunities/{}", draft["id"].as_str().expect("id")),
        None,
        None,
    )
    .await;
    assert_eq!(draft_page.status, 404);
    assert!(!draft_page.body.contains("Not yet public"));
    for path in [
        "/opportunities/not-an-id",
        &format!("/opportunities/{}", Uuid::new_v4()),
    ] {
        let answer = send(&app, path, None, None).await;
        assert_eq!(answer.status, 404, "{path}");
        assert!(answer.body.contains("<html"), "{path}");
    }

    let (_, shift) = opportunity_in_torun(&app, "Sorting food").await;
    let first = app.adult_volunteer().await;
    let signed_up = app.sign_up(&first, &shift).await;
    assert_eq!(signed_up.status, 201, "{}", signed_up.text());
    let application = signed_up.json()["id"].as_str().expect("id").to_owned();
    let second = app.adult_volunteer().await;
    let session = sign_in(&app, &second).await;
    let answer = post(
        &app,
        &session,
        &format!("/me/applications/{application}/withdraw"),
        &[],
    )
    .await;
    assert_eq!(answer.status, 404, "{}", answer.body);
    let still = app
        .get("/api/v1/me/applications", Some(&first.access_token))
        .await
        .json();
    assert_eq!(still["items"][0]["status"], "confirmed");
    // The owner withdraws it on their own page.
    let owner_session = sign_in(&app, &first).await;
    let withdrawn = post(
        &app,
        &owner_session,
        &format!("/me/applications/{application}/withdraw"),
        &[],
    )
    .await;
    assert_eq!(withdrawn.status, 303, "{}", withdrawn.body);
    let shifts = send(
        &app,
        "/me/shifts?done=withdrawn",
        Some(&owner_session.cookie),
        None,
    )
    .await;
    assert!(
        shifts.body.contains("Your sign-up is withdrawn.") || shifts.body.contains("wycofane"),
        "{}",
        shifts.body
    );
}

#[actix_web::test]
async fn bad_input_is_a_4xx_page_naming_the_field_never_a_500() {
    let app = TestApp::spawn().await;
    let unknown = send(
        &app,
        "/opportunities?near_city=Atlantis&from=yesterday",
        None,
        None,
    )
    .await;
    assert_eq!(unknown.status, 422);
    assert!(
        unknown.body.contains(r#"id="field-near_city""#)
            && unknown.body.contains("field-near_city-error")
    );
    assert!(unknown.body.contains("field-from-error"));
    let no_word = send(&app, "/opportunities?q=%21%21%21", None, None).await;
    assert_eq!(no_word.status, 422);
    assert!(no_word.body.contains("field-q-error"));
    let cursor = send(&app, "/opportunities?cursor=nonsense", None, None).await;
    assert_eq!(cursor.status, 422, "{}", cursor.body);
    let far = send(&app, "/opportunities?lat=95&lon=18", None, None).await;
    assert_eq!(far.status, 422, "{}", far.body);
    assert!(far.body.contains("field-near_city-error"));

    let volunteer = app.user().await;
    let session = sign_in(&app, &volunteer).await;
    for (pairs, field) in [
        (
            vec![
                ("birth_day", "31"),
                ("birth_month", "2"),
                ("birth_year", "2000"),
            ],
            "birth-date-error",
        ),
        (
            vec![
                ("birth_day", "1"),
                ("birth_month", "1"),
                ("birth_year", "2024"),
            ],
            "birth-date-error",
        ),
        (
            vec![("max_distance_km", "far")],
            "field-max_distance_km-error",
        ),
        (
            vec![("max_distance_km", "5000")],
            "field-max_distance_km-error",
        ),
        (vec![("language", "xx=C2")], "languages-error"),
        (
            vec![("skill", &format!("{}=2", Uuid::new_v4()))],
            "skills-error",
        ),
        (
            vec![("guardian_consent", "true")],
            "field-guardian_name-error",
        ),
    ] {
        let answer = post(&app, &session, "/me/profile", &pairs).await;
        assert_eq!(answer.status, 422, "{pairs:?}: {}", answer.body);
        assert!(answer.body.contains(field), "{pairs:?} names {field}");
    }
    let hours = post(
        &app,
        &session,
        "/me/hours",
        &[("target", "nothing"), ("hours", "-1")],
    )
    .await;
    assert_eq!(hours.status, 422, "{}", hours.body);
    let pdf = send(
        &app,
        "/me/certificates/not-an-id.pdf",
        Some(&session.cookie),
        None,
    )
    .await;
    assert_eq!(pdf.status, 404);
}

#[actix_web::test]
async fn a_rule_refusing_a_sign_up_is_shown_in_plain_words_and_a_known_city_fills_the_home() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(
            &owner,
            json!({"title": "Night shelter", "min_age": 18, "cause": "poverty"}),
        )
        .await;
    let shift = app.shift(&owner, &opportunity, 48, 3, 5).await;
    let young = app
        .volunteer(
            chrono::Utc::now().date_naive() - chrono::TimeDelta::days(365 * 16),
            true,
        )
        .await;
    let session = sign_in(&app, &young).await;
    let refused = post(
        &app,
        &session,
        &format!("/shifts/{}/sign-up", shift["id"].as_str().expect("id")),
        &[],
    )
    .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(refused.body.contains("role=\"alert\""));
    assert!(
        refused.body.contains("younger than this opportunity")
            || refused.body.contains("wieku wymaganego"),
        "{}",
        refused.body
    );

    // The profile saved through the page is the API's profile.
    let adult = app.user().await;
    let session = sign_in(&app, &adult).await;
    let saved = post(
        &app,
        &session,
        "/me/profile",
        &[
            ("birth_day", "17"),
            ("birth_month", "5"),
            ("birth_year", "1990"),
            ("home_city", "Klaipeda"),
            ("home_country", "LT"),
            ("max_distance_km", "20"),
            ("language", "lt=C2"),
            ("slot", "sat-0"),
            ("slot", "sat-1"),
            ("cause", "refugees"),
            ("discoverable", "true"),
        ],
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let profile = app
        .get("/api/v1/me/volunteer-profile", Some(&adult.access_token))
        .await
        .json();
    assert_eq!(profile["birth_date"], "1990-05-17");
    assert_eq!(profile["home"]["lat"], 55.7033);
    assert_eq!(profile["languages"], json!([{"code": "lt", "level": "C2"}]));
    assert_eq!(
        profile["availability"],
        json!([{"weekday": "sat", "start": "06:00", "end": "14:00"}])
    );
    assert_eq!(profile["causes"], json!(["refugees"]));
    assert_eq!(profile["discoverable"], true);
    let page = send(&app, "/me/profile?done=saved", Some(&session.cookie), None).await;
    assert!(page.body.contains(r#"value="Klaipeda""#));
    assert!(
        page.body
            .contains(r#"id="slot-sat-1" type="checkbox" name="slot" value="sat-1" checked"#),
        "the grid shows what was saved"
    );
}

#[actix_web::test]
async fn hours_reported_on_the_page_once_approved_give_a_certificate_and_an_agreement_is_accepted()
{
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    let organization = app
        .verified_organization(&owner, &staff, "Caritas Toruń")
        .await;
    let organization_id = organization["id"].as_str().expect("id").to_owned();
    let volunteer = app.adult_volunteer().await;
    let session = sign_in(&app, &volunteer).await;
    let today = chrono::Utc::now().date_naive();
    let yesterday = (today - chrono::TimeDelta::days(1)).to_string();

    // Work outside a shift, reported on the page: pending until approved.
    let target = format!("organization:{organization_id}");
    let reported = post(
        &app,
        &session,
        "/me/hours",
        &[
            ("target", &target),
            ("work_date", &yesterday),
            ("hours", "2,5"),
            ("description", "Sorted winter clothes"),
        ],
    )
    .await;
    assert_eq!(reported.status, 303, "{}", reported.body);
    let hours = send(&app, "/me/hours?done=reported", Some(&session.cookie), None).await;
    assert!(hours.body.contains("status-pending"), "{}", hours.body);
    assert!(hours.body.contains("Caritas Toruń"));
    let entries = app
        .get("/api/v1/me/hours", Some(&volunteer.access_token))
        .await
        .json();
    assert_eq!(entries["items"][0]["minutes"], 150);
    let entry = entries["items"][0]["id"].as_str().expect("id").to_owned();
    let approved = app
        .post_json_as(
            &format!("/api/v1/hours/{entry}/approve"),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());

    // The certificates page offers the organisation's certificate as a PDF.
    let certificates = send(&app, "/me/certificates", Some(&session.cookie), None).await;
    let link = format!("/me/certificates/{organization_id}.pdf");
    assert!(certificates.body.contains(&link), "{}", certificates.body);
    let pdf = send(&app, &link, Some(&session.cookie), None).await;
    assert_eq!(pdf.status, 200, "{}", pdf.body);
    assert_eq!(
        pdf.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/pdf")
    );
    assert!(pdf.body.starts_with("%PDF"));
    // No approved hours with another organisation: said in words, no PDF.
    let other = app
        .verified_organization(&owner, &staff, "Bank Żywności")
        .await;
    let refused = send(
        &app,
        &format!("/me/certificates/{}.pdf", other["id"].as_str().expect("id")),
        Some(&session.cookie),
        None,
    )
    .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(refused.body.contains("role=\"alert\""));

    // An agreement the organisation proposes is accepted on the page.
    let proposed = app
        .post_json_as(
            &format!("/api/v1/organizations/{organization_id}/agreements"),
            &json!({
                "volunteer_id": volunteer.id,
                "scope": "Sorting and packing food donations.",
                "manner": "In the warehouse, in shifts agreed in HOP.",
                "place": "ul. Szosa Chełmińska 17, Toruń",
                "starts_on": (today + chrono::TimeDelta::days(1)).to_string(),
                "ends_on": (today + chrono::TimeDelta::days(90)).to_string(),
                "hours_per_week": 6,
                "termination_terms": "Either side may end it with 7 days' notice."
            }),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(proposed.status, 201, "{}", proposed.text());
    let agreement = proposed.json()["id"].as_str().expect("id").to_owned();
    let page = send(&app, "/me/agreements", Some(&session.cookie), None).await;
    assert!(
        page.body
            .contains(&format!("/me/agreements/{agreement}/accept"))
    );
    let accepted = post(
        &app,
        &session,
        &format!("/me/agreements/{agreement}/accept"),
        &[],
    )
    .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    let mine = app
        .get("/api/v1/me/agreements", Some(&volunteer.access_token))
        .await
        .json();
    assert_eq!(mine["items"][0]["status"], "accepted");
    // Once accepted it waits no more: a second press is a refusal in words.
    let again = post(
        &app,
        &session,
        &format!("/me/agreements/{agreement}/accept"),
        &[],
    )
    .await;
    assert_eq!(again.status, 409, "{}", again.body);
}

#[actix_web::test]
async fn anyone_sees_an_opportunitys_shifts_and_a_visitor_signs_in_before_signing_up() {
    let app = TestApp::spawn().await;
    let (opportunity, shift) = opportunity_in_torun(&app, "Sorting food").await;
    let id = opportunity["id"].as_str().expect("id");
    let page = send(&app, &format!("/opportunities/{id}"), None, None).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(
        "https://www.openstreetmap.org/?mlat=53.01030&amp;mlon=18.60570#map=16/53.01030/18.60570"
    ));
    assert!(
        page.body
            .contains(&format!("/sign-in?next=%2Fopportunities%2F{id}"))
    );
    assert!(
        !page.body.contains("/sign-up\""),
        "no sign-up form before signing in"
    );
    // A form sent while signed out leads to signing in, then back here.
    let anonymous = set_cookie(&page, "hop_csrf").expect("a CSRF cookie");
    let token = csrf_of(&page.body);
    let sent = send(
        &app,
        &format!("/shifts/{}/sign-up", shift["id"].as_str().expect("id")),
        Some(&anonymous),
        Some(encode(&[("csrf", &token), ("opportunity", id)])),
    )
    .await;
    assert_eq!(sent.status, 303);
    assert_eq!(
        sent.headers.get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/sign-in?next=%2Fopportunities%2F{id}").as_str())
    );

    // The heaviest pages stay well under 150 KB before images.
    let search = send(&app, "/opportunities?near_city=Toru%C5%84", None, None).await;
    assert_eq!(search.status, 200);
    assert!(search.body.contains("Sorting food"));
    let volunteer = app.adult_volunteer().await;
    let session = sign_in(&app, &volunteer).await;
    let profile = send(&app, "/me/profile", Some(&session.cookie), None).await;
    for (name, answer) in [
        ("search", &search),
        ("profile", &profile),
        ("opportunity", &page),
    ] {
        assert!(
            answer.body.len() < 150_000,
            "{name}: {} bytes",
            answer.body.len()
        );
    }
}

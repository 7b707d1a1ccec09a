//! The organisation's pages: the coordinator's journey in a real browser
//! (post an opportunity, add a shift, publish, accept a sign-up, record
//! attendance) in Polish and in German, and over plain HTTP what a browser
//! does not show: who may open which page, forms without their token, and
//! input a person can fix.

use diesel::{RunQueryDsl, sql_query};
use hop_domain::{
    i18n::Lang,
    texts::{self, FluentArgs, id},
};
use hop_tests::{PASSWORD, TestApp, TestResponse, TestUser, browser::Browser};
use serde_json::json;

/// The words of the journey in one language: labels, buttons and notices
/// as a person reads them. `{}` stands for the volunteer's name.
struct Words {
    accept_language: &'static str,
    lang: Lang,
    new_opportunity: &'static str,
    title: &'static str,
    title_error: &'static str,
    description: &'static str,
    cause: &'static str,
    cause_option: &'static str,
    requires_review: &'static str,
    address: &'static str,
    lat: &'static str,
    lon: &'static str,
    language: &'static str,
    language_option: &'static str,
    language_level: &'static str,
    save: &'static str,
    created: &'static str,
    day: &'static str,
    start: &'static str,
    end: &'static str,
    places: &'static str,
    add_shift: &'static str,
    shift_added: &'static str,
    publish: &'static str,
    published: &'static str,
    sign_ups: &'static str,
    waiting: &'static str,
    accept: &'static str,
    accepted: &'static str,
    hours: &'static str,
    attended: &'static str,
    attendance_recorded: &'static str,
    attended_status: &'static str,
    back: &'static str,
    candidates: &'static str,
    members_link: &'static str,
    invite_email: &'static str,
    invite: &'static str,
    invited: &'static str,
    hours_link: &'static str,
    /// `{}` the volunteer, `{day}` the day of the work.
    select_hours: &'static str,
    approve_selected: &'static str,
    hours_approved: &'static str,
}

const POLISH: Words = Words {
    accept_language: "pl-PL,pl;q=0.9",
    lang: Lang::Pl,
    new_opportunity: "Nowa oferta",
    title: "Tytuł",
    title_error: "Wpisz tytuł o długości od 3 do 200 znaków.",
    description: "Opis",
    cause: "Obszar działania",
    cause_option: "Uchodźcy",
    requires_review: "Sprawdzamy każde zgłoszenie, zanim zostanie potwierdzone",
    address: "Adres",
    lat: "Szerokość geograficzna",
    lon: "Długość geograficzna",
    language: "Język 1",
    language_option: "ukraiński",
    language_level: "Minimalny poziom języka 1",
    save: "Zapisz ofertę",
    created: "Oferta jest zapisana jako szkic.",
    day: "Dzień",
    start: "Początek",
    end: "Koniec",
    places: "Liczba miejsc",
    add_shift: "Dodaj dyżur",
    shift_added: "Dyżur został dodany.",
    publish: "Opublikuj",
    published: "Oferta jest opublikowana",
    sign_ups: "Zgłoszenia",
    waiting: "czeka na decyzję",
    accept: "Przyjmij: {}",
    accepted: "Zgłoszenie zostało przyjęte.",
    hours: "Przepracowane godziny: {}",
    attended: "Obecność: {}",
    attendance_recorded: "Obecność została zapisana.",
    attended_status: "obecny",
    back: "Wróć do: {}",
    candidates: "Kandydaci",
    members_link: "Członkowie",
    invite_email: "E-mail",
    invite: "Wyślij zaproszenie",
    invited: "Zaproszenie zostało wysłane.",
    hours_link: "Godziny do zatwierdzenia",
    select_hours: "Zaznacz godziny: {}, {day}",
    approve_selected: "Zatwierdź zaznaczone godziny",
    hours_approved: "Godziny zostały zatwierdzone.",
};

const GERMAN: Words = Words {
    accept_language: "de-DE,de;q=0.9",
    lang: Lang::De,
    new_opportunity: "Neues Angebot",
    title: "Titel",
    title_error: "Geben Sie einen Titel mit 3 bis 200 Zeichen ein.",
    description: "Beschreibung",
    cause: "Bereich",
    cause_option: "Geflüchtete",
    requires_review: "Wir prüfen jede Anmeldung, bevor sie bestätigt wird",
    address: "Adresse",
    lat: "Breitengrad",
    lon: "Längengrad",
    language: "Sprache 1",
    language_option: "Ukrainisch",
    language_level: "Mindestniveau der Sprache 1",
    save: "Angebot speichern",
    created: "Das Angebot ist als Entwurf gespeichert.",
    day: "Tag",
    start: "Beginn",
    end: "Ende",
    places: "Plätze",
    add_shift: "Schicht hinzufügen",
    shift_added: "Die Schicht ist hinzugefügt.",
    publish: "Veröffentlichen",
    published: "Das Angebot ist veröffentlicht",
    sign_ups: "Anmeldungen",
    waiting: "wartet auf Prüfung",
    accept: "{} annehmen",
    accepted: "Die Anmeldung ist angenommen.",
    hours: "Geleistete Stunden von {}",
    attended: "{} war da",
    attendance_recorded: "Die Anwesenheit ist erfasst.",
    attended_status: "anwesend",
    back: "Zurück zu {}",
    candidates: "Kandidaten",
    members_link: "Mitglieder",
    invite_email: "E-Mail",
    invite: "Einladung senden",
    invited: "Die Einladung ist verschickt.",
    hours_link: "Zu bestätigende Stunden",
    select_hours: "Stunden von {} {day} auswählen",
    approve_selected: "Ausgewählte Stunden bestätigen",
    hours_approved: "Die Stunden sind bestätigt.",
};

fn named(template: &str, name: &str) -> String {
    template.replace("{}", name)
}

/// A text of the foundation's pages (the sign-in form) in `lang`, as the
/// catalogue has it: those are the foundation's to test.
fn foundation_text(lang: Lang, message: &str) -> String {
    texts::text(lang, message, &FluentArgs::new())
}

/// `user`'s language setting (accounts made through the API start in
/// English; a person picks theirs with the switcher).
fn prefer(app: &TestApp, user: &TestUser, lang: Lang) {
    sql_query("UPDATE users SET preferred_language = $1 WHERE id = $2")
        .bind::<diesel::sql_types::Text, _>(lang.as_str())
        .bind::<diesel::sql_types::Uuid, _>(user.id)
        .execute(&mut app.db())
        .expect("set the language");
}

async fn coordinator_journey(words: &Words) {
    let app = TestApp::spawn().await;
    let coordinator = app.user_named("Maria Nowak").await;
    let staff = app.staff().await;
    let organization = app
        .verified_organization(&coordinator, &staff, "Polska Akcja Humanitarna Toruń")
        .await;
    let volunteer = app.adult_volunteer().await;
    let name = "Test Volunteer";
    prefer(&app, &coordinator, words.lang);

    let browser = Browser::open(&app.address, words.accept_language).await;
    browser.goto("/sign-in").await;
    browser
        .fill(
            &foundation_text(words.lang, id::FIELD_EMAIL),
            &coordinator.email,
        )
        .await;
    browser
        .fill(&foundation_text(words.lang, id::FIELD_PASSWORD), PASSWORD)
        .await;
    browser
        .press(&foundation_text(words.lang, id::SIGN_IN_SUBMIT))
        .await;

    browser.goto("/me/organizations").await;
    assert_eq!(browser.lang().await, words.lang.as_str());
    browser.check_page("organization-mine").await;
    browser.follow("Polska Akcja Humanitarna Toruń").await;
    browser.check_page("organization-overview").await;

    // Post an opportunity: a title too short is refused next to its field.
    browser.follow(words.new_opportunity).await;
    browser.check_page("organization-opportunity-new").await;
    browser.fill(words.title, "Ab").await;
    browser.press(words.save).await;
    browser.assert_text(words.title_error).await;
    browser.find("#field-title[aria-invalid='true']").await;
    browser.check_page("organization-opportunity-error").await;
    browser
        .fill(words.title, "Punkt recepcyjny dla uchodźców")
        .await;
    browser
        .fill(words.description, "Powitanie i pierwsza pomoc na dworcu.")
        .await;
    browser.select(words.cause, words.cause_option).await;
    browser.tick(words.requires_review).await;
    browser
        .fill(words.address, "Toruń Główny, ul. Kujawska 1")
        .await;
    browser.fill(words.lat, "53.0002").await;
    browser.fill(words.lon, "18.6136").await;
    browser.select(words.language, words.language_option).await;
    browser.select(words.language_level, "B1").await;
    browser.press(words.save).await;
    browser.assert_text(words.created).await;
    browser.check_page("organization-opportunity").await;
    let opportunity_path = browser.path().await;
    let opportunity_id = opportunity_path
        .trim_start_matches("/manage/opportunities/")
        .split(['?', '#'])
        .next()
        .expect("the opportunity's id")
        .to_owned();

    // A shift tomorrow morning, on Toruń's clocks.
    let tomorrow = (chrono::Utc::now().with_timezone(&chrono_tz::Europe::Warsaw)
        + chrono::TimeDelta::days(1))
    .format("%Y-%m-%d")
    .to_string();
    browser.fill(words.day, &tomorrow).await;
    browser.fill(words.start, "10:00").await;
    browser.fill(words.end, "13:00").await;
    browser.fill(words.places, "5").await;
    browser.press(words.add_shift).await;
    browser.assert_text(words.shift_added).await;
    browser.assert_text("10:00").await;
    browser.press(words.publish).await;
    browser.assert_text(words.published).await;
    browser
        .check_page("organization-opportunity-published")
        .await;

    // The volunteer signs up; the opportunity reviews every sign-up.
    let shifts = api(
        &app,
        &coordinator,
        &format!("/opportunities/{opportunity_id}/shifts"),
    )
    .await;
    let shift = shifts["items"][0].clone();
    let signed_up = app.sign_up(&volunteer, &shift).await;
    assert_eq!(signed_up.status, 201, "{}", signed_up.text());
    assert_eq!(signed_up.json()["status"], "pending");

    browser.follow(words.sign_ups).await;
    browser.assert_text(words.waiting).await;
    browser.check_page("organization-sign-ups").await;
    browser.press(&named(words.accept, name)).await;
    browser.assert_text(words.accepted).await;

    // The shift has taken place: attendance with the hours worked.
    sql_query(
        "UPDATE shifts SET starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour'",
    )
    .execute(&mut app.db())
    .expect("the shift moves into the past");
    browser
        .goto(&format!("/manage/opportunities/{opportunity_id}/sign-ups"))
        .await;
    browser.fill(&named(words.hours, name), "2,5").await;
    browser.press(&named(words.attended, name)).await;
    browser.assert_text(words.attendance_recorded).await;
    browser.assert_text(words.attended_status).await;
    browser.check_page("organization-attendance").await;
    let decided = app
        .get("/api/v1/me/applications", Some(&volunteer.access_token))
        .await
        .json();
    assert_eq!(decided["items"][0]["status"], "attended");
    assert_eq!(decided["items"][0]["hours"], 2.5);

    // The other pages of the organisation, each checked.
    browser
        .follow(&named(words.back, "Punkt recepcyjny dla uchodźców"))
        .await;
    browser.follow(words.candidates).await;
    browser.check_page("organization-candidates").await;
    let organization_id = organization["id"].as_str().expect("id");
    let overview = format!("/manage/organizations/{organization_id}");
    browser.goto(&overview).await;
    browser.follow(words.members_link).await;
    browser.assert_text("Maria Nowak").await;
    browser.check_page("organization-members").await;
    browser
        .fill(words.invite_email, "anna.kowalska@example.org")
        .await;
    browser.press(words.invite).await;
    browser.assert_text(words.invited).await;
    browser.assert_text("anna.kowalska@example.org").await;

    // The volunteer reports other work for the organisation; the
    // coordinator approves the hours ticked.
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .date_naive();
    let reported = app
        .post_json_as(
            "/api/v1/me/hours",
            &json!({"organization_id": organization_id, "work_date": today, "minutes": 90,
                    "description": "Sorting donated clothes"}),
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(reported.status, 201, "{}", reported.text());
    browser.goto(&overview).await;
    browser.follow(words.hours_link).await;
    browser.assert_text("Sorting donated clothes").await;
    browser.check_page("organization-hours").await;
    let day = hop_domain::notification::work_day_phrase(today, words.lang);
    browser
        .tick(&named(words.select_hours, name).replace("{day}", &day))
        .await;
    browser.press(words.approve_selected).await;
    browser.assert_text(words.hours_approved).await;
    browser.close().await;
}

#[actix_web::test]
async fn a_coordinator_posts_publishes_accepts_and_records_attendance_in_polish() {
    coordinator_journey(&POLISH).await;
}

#[actix_web::test]
async fn a_coordinator_posts_publishes_accepts_and_records_attendance_in_german() {
    coordinator_journey(&GERMAN).await;
}

/// A signed-in session over plain HTTP: its cookie and its forms' token.
struct Session {
    cookie: String,
    csrf: String,
}

fn set_cookie(response: &TestResponse, name: &str) -> Option<String> {
    response
        .headers
        .get_all("set-cookie")
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with(&format!("{name}=")))
        .and_then(|value| value.split(';').next())
        .map(str::to_owned)
}

/// The token a page's forms carry.
fn form_token(html: &str) -> String {
    let start = html
        .find(r#"name="csrf" value=""#)
        .expect("a form with its token")
        + r#"name="csrf" value=""#.len();
    html[start..]
        .split('"')
        .next()
        .expect("the token")
        .to_owned()
}

impl Session {
    /// Signs `user` in, with Polish pages.
    async fn of(app: &TestApp, user: &TestUser) -> Self {
        prefer(app, user, Lang::Pl);
        let page = app.get("/sign-in", None).await;
        let anonymous = set_cookie(&page, "hop_csrf").expect("a CSRF cookie");
        let token = form_token(&page.text());
        let signed_in = app
            .client
            .post(app.url("/sign-in"))
            .insert_header(("content-type", "application/x-www-form-urlencoded"))
            .insert_header(("cookie", anonymous))
            .send_body(form(&[
                ("csrf", token.as_str()),
                ("email", user.email.as_str()),
                ("password", PASSWORD),
            ]))
            .await
            .expect("sent");
        assert_eq!(signed_in.status().as_u16(), 303);
        let cookie = signed_in
            .headers()
            .get_all("set-cookie")
            .filter_map(|value| value.to_str().ok())
            .find(|value| value.starts_with("hop_session="))
            .and_then(|value| value.split(';').next())
            .expect("a session cookie")
            .to_owned();
        let mut session = Self {
            cookie,
            csrf: String::new(),
        };
        let account = session.get(app, "/me/organizations").await;
        session.csrf = form_token(&account.text());
        session
    }

    async fn get(&self, app: &TestApp, path: &str) -> TestResponse {
        let response = app
            .client
            .get(app.url(path))
            .insert_header(("cookie", self.cookie.clone()))
            .insert_header(("accept-language", "pl"))
            .send()
            .await
            .expect("sent");
        read(response).await
    }

    /// Posts `fields` (and the token, unless `with_token` is false).
    async fn post(
        &self,
        app: &TestApp,
        path: &str,
        fields: &[(&str, &str)],
        with_token: bool,
    ) -> TestResponse {
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        if with_token {
            all.push(("csrf", self.csrf.as_str()));
        }
        let response = app
            .client
            .post(app.url(path))
            .insert_header(("content-type", "application/x-www-form-urlencoded"))
            .insert_header(("cookie", self.cookie.clone()))
            .insert_header(("accept-language", "pl"))
            .send_body(form(&all))
            .await
            .expect("sent");
        read(response).await
    }
}

fn form(fields: &[(&str, &str)]) -> String {
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields {
        serializer.append_pair(name, value);
    }
    serializer.finish()
}

async fn read<S>(mut response: awc::ClientResponse<S>) -> TestResponse
where
    S: futures_util::Stream<Item = Result<actix_web::web::Bytes, awc::error::PayloadError>> + Unpin,
{
    let body = response.body().await.expect("body");
    TestResponse {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: body.to_vec(),
    }
}

/// The id a redirect's address names after `prefix`.
fn id_in(location: Option<&str>, prefix: &str) -> String {
    location
        .expect("a redirect")
        .trim_start_matches(prefix)
        .split(['?', '#'])
        .next()
        .expect("an id")
        .to_owned()
}

/// A page that refused a form.
struct Refused(TestResponse);

impl Refused {
    fn mentions(&self, message: &str) {
        let text = self.0.text();
        assert!(
            text.contains(message),
            "{message:?} is not on the page:\n{text}"
        );
    }
}

impl Session {
    /// Posts `fields` with the token; the form works: the answer sends the
    /// browser on (303) to the address returned.
    async fn done(&self, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> String {
        let response = self.post(app, path, fields, true).await;
        assert_eq!(response.status, 303, "{path}: {}", response.text());
        response.header("location").expect("where to").to_owned()
    }

    /// Posts `fields` with the token; the page refuses them with `status`.
    async fn refused(
        &self,
        app: &TestApp,
        path: &str,
        fields: &[(&str, &str)],
        status: u16,
    ) -> Refused {
        let response = self.post(app, path, fields, true).await;
        assert_page(&response, status);
        Refused(response)
    }
}

/// What the API answers `user` at `path` (below `/api/v1`).
async fn api(app: &TestApp, user: &TestUser, path: &str) -> serde_json::Value {
    let response = app
        .get(&format!("/api/v1{path}"), Some(&user.access_token))
        .await;
    assert_eq!(response.status, 200, "{path}: {}", response.text());
    response.json()
}

fn assert_page(response: &TestResponse, status: u16) {
    assert_eq!(response.status, status, "{}", response.text());
    assert!(
        response
            .header("content-type")
            .unwrap_or_default()
            .starts_with("text/html"),
        "a page, not {:?}",
        response.header("content-type")
    );
}

#[actix_web::test]
async fn an_anonymous_visitor_is_sent_to_sign_in_and_back_from_every_page() {
    let app = TestApp::spawn().await;
    let some = "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10";
    for path in [
        "/me/organizations".to_owned(),
        format!("/manage/organizations/{some}"),
        format!("/manage/organizations/{some}/opportunities/new"),
        format!("/manage/organizations/{some}/members"),
        format!("/manage/organizations/{some}/hours"),
        format!("/manage/opportunities/{some}"),
        format!("/manage/opportunities/{some}/edit"),
        format!("/manage/opportunities/{some}/sign-ups"),
        format!("/manage/opportunities/{some}/candidates"),
    ] {
        let response = app.get(&path, None).await;
        assert_eq!(response.status, 303, "{path}");
        let location = response.header("location").unwrap_or_default();
        assert!(
            location.starts_with("/sign-in?next=%2F"),
            "{path}: {location}"
        );
    }
}

#[actix_web::test]
async fn another_organisations_pages_are_refused_and_say_nothing_of_it() {
    let app = TestApp::spawn().await;
    let owner = app.user_named("Owner Of Bank").await;
    let opportunity = app
        .published_opportunity(&owner, json!({"title": "Sorting donations"}))
        .await;
    let organization = opportunity["organization_id"].as_str().expect("id");
    let opportunity_id = opportunity["id"].as_str().expect("id");
    let draft = app
        .opportunity(
            &owner,
            &json!({"id": organization}),
            json!({"title": "A secret draft"}),
        )
        .await;
    let stranger = app.user().await;
    let session = Session::of(&app, &stranger).await;

    for path in [
        format!("/manage/organizations/{organization}"),
        format!("/manage/organizations/{organization}/members"),
        format!("/manage/organizations/{organization}/hours"),
        format!("/manage/organizations/{organization}/opportunities/new"),
        format!("/manage/opportunities/{opportunity_id}"),
        format!("/manage/opportunities/{opportunity_id}/edit"),
        format!("/manage/opportunities/{opportunity_id}/sign-ups"),
        format!("/manage/opportunities/{opportunity_id}/candidates"),
    ] {
        let response = session.get(&app, &path).await;
        assert_page(&response, 403);
        assert!(!response.text().contains("Sorting donations"), "{path}");
    }
    // A draft does not exist for a stranger.
    let hidden = session
        .get(
            &app,
            &format!(
                "/manage/opportunities/{}",
                draft["id"].as_str().expect("id")
            ),
        )
        .await;
    assert_page(&hidden, 404);
    assert!(!hidden.text().contains("A secret draft"));
    // Nor does an address that names nothing.
    assert_page(
        &session.get(&app, "/manage/opportunities/not-an-id").await,
        404,
    );

    // Acting on it is refused the same way, and changes nothing.
    let published = session
        .post(
            &app,
            &format!("/manage/opportunities/{opportunity_id}/close"),
            &[],
            true,
        )
        .await;
    assert_page(&published, 403);
    let still = app
        .get(&format!("/api/v1/opportunities/{opportunity_id}"), None)
        .await
        .json();
    assert_eq!(still["status"], "published");
    let shift = session
        .post(
            &app,
            &format!("/manage/opportunities/{opportunity_id}/shifts"),
            &[
                ("date", "2099-01-01"),
                ("start", "10:00"),
                ("end", "12:00"),
                ("capacity", "3"),
            ],
            true,
        )
        .await;
    assert_page(&shift, 403);
    let invited = session
        .post(
            &app,
            &format!("/manage/organizations/{organization}/members"),
            &[("email", "friend@example.org"), ("role", "owner")],
            true,
        )
        .await;
    assert_page(&invited, 403);

    // Another organisation's sign-up, shift or hours entry, with input a
    // form would refuse, reads as one that does not exist (as in the API),
    // not as "not yours".
    let volunteer = app.adult_volunteer().await;
    let shift = app.shift(&owner, &opportunity, 48, 3, 3).await;
    let signed_up = app.sign_up(&volunteer, &shift).await.json();
    let sign_up_id = signed_up["id"].as_str().expect("id");
    let shift_id = shift["id"].as_str().expect("id");
    for (path, fields) in [
        (
            format!("/manage/applications/{sign_up_id}/reject"),
            vec![("reason", "")],
        ),
        (
            format!("/manage/shifts/{shift_id}/capacity"),
            vec![("capacity", "many")],
        ),
    ] {
        let refused = session.post(&app, &path, &fields, true).await;
        assert_page(&refused, 404);
    }
}

#[actix_web::test]
async fn a_shift_on_a_day_beyond_the_calendar_is_a_field_error_not_a_crash() {
    let app = TestApp::spawn().await;
    let owner = app.user_named("Owner Of Bank").await;
    let opportunity = app
        .published_opportunity(&owner, json!({"title": "Sorting donations"}))
        .await;
    let opportunity_id = opportunity["id"].as_str().expect("id");
    let session = Session::of(&app, &owner).await;
    for date in ["+262142-12-31", "10000-01-01", "31.12.1899"] {
        let answer = session
            .post(
                &app,
                &format!("/manage/opportunities/{opportunity_id}/shifts"),
                &[
                    ("date", date),
                    ("start", "10:00"),
                    ("end", "09:00"),
                    ("capacity", "3"),
                ],
                true,
            )
            .await;
        assert_page(&answer, 422);
        assert!(answer.text().contains("field-date-error"), "{date}");
    }
}

#[actix_web::test]
async fn every_form_without_its_token_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let organization = opportunity["organization_id"].as_str().expect("id");
    let opportunity_id = opportunity["id"].as_str().expect("id");
    let shift = app.shift(&owner, &opportunity, 24, 3, 4).await;
    let shift_id = shift["id"].as_str().expect("id");
    let session = Session::of(&app, &owner).await;
    let some = "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10";
    for path in [
        "/me/organizations".to_owned(),
        format!("/me/invitations/{some}/accept"),
        format!("/manage/organizations/{organization}/opportunities/new"),
        format!("/manage/opportunities/{opportunity_id}/edit"),
        format!("/manage/opportunities/{opportunity_id}/close"),
        format!("/manage/opportunities/{opportunity_id}/shifts"),
        format!("/manage/shifts/{shift_id}/capacity"),
        format!("/manage/shifts/{shift_id}/cancel"),
        format!("/manage/applications/{some}/accept"),
        format!("/manage/hours/{some}/approve"),
        format!("/manage/organizations/{organization}/hours/approve"),
        format!("/manage/organizations/{organization}/members"),
        format!(
            "/manage/organizations/{organization}/members/{}/remove",
            owner.id
        ),
    ] {
        let response = session
            .post(
                &app,
                &path,
                &[("name", "Changed"), ("capacity", "9")],
                false,
            )
            .await;
        assert_page(&response, 403);
    }
    let shifts = api(
        &app,
        &owner,
        &format!("/opportunities/{opportunity_id}/shifts"),
    )
    .await;
    assert_eq!(shifts["items"][0]["capacity"], 4, "the shift is unchanged");
    assert_eq!(shifts["items"][0]["cancelled"], false);
}

#[actix_web::test]
async fn input_a_person_can_fix_is_shown_again_naming_the_field_never_a_500() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let session = Session::of(&app, &owner).await;

    // Registering: the name is too short, the e-mail is not one.
    let refused = session
        .refused(
            &app,
            "/me/organizations",
            &[
                ("name", "A"),
                ("kind", "ngo"),
                ("contact_email", "not an address"),
            ],
            422,
        )
        .await;
    refused.mentions("Wpisz nazwę o długości od 2 do 200 znaków.");
    refused.mentions(r#"id="field-name" name="name" type="text" value="A""#);
    refused.mentions("field-contact_email-error");

    let registered = session
        .done(
            &app,
            "/me/organizations",
            &[("name", "Fundacja Pomocy"), ("kind", "ngo")],
        )
        .await;
    let overview = registered.as_str();
    assert!(overview.ends_with("?done=registered"), "{overview}");
    let page = session.get(&app, overview).await;
    assert_page(&page, 200);
    assert!(page.text().contains("czeka na weryfikację"));
    let organization = id_in(Some(overview), "/manage/organizations/");

    // An opportunity with a place that is not a number.
    let new = format!("/manage/organizations/{organization}/opportunities/new");
    let opportunity = [("title", "Zbiórka żywności"), ("cause", "poverty")];
    let place = [("lat", "north"), ("lon", "18.6")];
    session
        .refused(&app, &new, &[&opportunity[..], &place].concat(), 422)
        .await
        .mentions("Wpisz szerokość geograficzną jako liczbę od -90 do 90.");
    let created = session
        .done(
            &app,
            &new,
            &[&opportunity[..], &[("remote", "on")]].concat(),
        )
        .await;
    let opportunity = id_in(Some(&created), "/manage/opportunities/");

    // A shift on a day that is not one, and one in the past.
    let shifts = format!("/manage/opportunities/{opportunity}/shifts");
    let times = [("start", "10:00"), ("end", "12:00"), ("capacity", "3")];
    for (date, message) in [
        ("31.02.2027", "Wpisz dzień, np. 5.12.2026."),
        ("2020-01-01", "Dyżur musi zaczynać się w przyszłości."),
    ] {
        let fields = [&times[..], &[("date", date)]].concat();
        session
            .refused(&app, &shifts, &fields, 422)
            .await
            .mentions(message);
    }

    // Publishing before the city verified the organisation: a rule, in words.
    session
        .refused(
            &app,
            &format!("/manage/opportunities/{opportunity}/publish"),
            &[],
            409,
        )
        .await
        .mentions("Organizacja czeka na weryfikację przez Centrum Wolontariatu.");
}

#[actix_web::test]
async fn sign_ups_are_checked_decided_and_shifts_and_opportunities_changed_through_the_forms() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(
            &owner,
            json!({"title": "Homework club", "cause": "children", "works_with_children": true}),
        )
        .await;
    let opportunity_id = opportunity["id"].as_str().expect("id");
    let shift = app.shift(&owner, &opportunity, 48, 2, 2).await;
    let shift_id = shift["id"].as_str().expect("id");
    let checked = app.adult_volunteer().await;
    let turned_away = app.adult_volunteer().await;
    let first = app.sign_up(&checked, &shift).await.json();
    let second = app.sign_up(&turned_away, &shift).await.json();
    assert_eq!(first["pending_reason"], "safeguarding");
    let session = Session::of(&app, &owner).await;
    let sign_ups = format!("/manage/opportunities/{opportunity_id}/sign-ups");
    let page = session.get(&app, &sign_ups).await;
    assert_page(&page, 200);
    assert!(page.text().contains("Brakuje weryfikacji bezpieczeństwa."));

    // Accepting before the checks are recorded: the rule, in words.
    let application = |body: &serde_json::Value, action: &str| {
        format!(
            "/manage/applications/{}/{action}",
            body["id"].as_str().expect("id")
        )
    };
    session
        .refused(&app, &application(&first, "accept"), &[], 409)
        .await
        .mentions("najpierw zapisz sprawdzenie rejestru");
    let yesterday = (chrono::Utc::now() - chrono::TimeDelta::days(1))
        .format("%Y-%m-%d")
        .to_string();
    session
        .refused(
            &app,
            &application(&first, "safeguarding"),
            &[("register_checked_on", yesterday.as_str())],
            422,
        )
        .await
        .mentions("Zaznacz to tylko wtedy, gdy macie zaświadczenie o niekaralności");
    for (action, fields) in [
        (
            "safeguarding",
            vec![
                ("register_checked_on", yesterday.as_str()),
                ("certificate", "on"),
            ],
        ),
        ("accept", vec![]),
    ] {
        session
            .done(&app, &application(&first, action), &fields)
            .await;
    }

    // A rejection needs its reason, which the volunteer reads.
    session
        .refused(
            &app,
            &application(&second, "reject"),
            &[("reason", " ")],
            422,
        )
        .await
        .mentions("Wpisz uzasadnienie o długości od 1 do 1000 znaków");
    session
        .done(
            &app,
            &application(&second, "reject"),
            &[("reason", "Wszystkie miejsca są już zajęte.")],
        )
        .await;
    let listed = api(
        &app,
        &owner,
        &format!("/opportunities/{opportunity_id}/applications"),
    )
    .await;
    let status_of = |body: &serde_json::Value| {
        listed["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|item| item["id"] == body["id"])
            .map(|item| item["status"].clone())
    };
    assert_eq!(status_of(&first), Some(json!("confirmed")));
    assert_eq!(status_of(&second), Some(json!("rejected")));

    // Places: not below those confirmed; then more of them.
    session
        .refused(
            &app,
            &format!("/manage/shifts/{shift_id}/capacity"),
            &[("capacity", "0")],
            422,
        )
        .await
        .mentions("Wpisz liczbę miejsc od 1 do 10000");
    session
        .done(
            &app,
            &format!("/manage/shifts/{shift_id}/capacity"),
            &[("capacity", "6")],
        )
        .await;

    // The opportunity's form shows what is stored, and changes it.
    let edit = format!("/manage/opportunities/{opportunity_id}/edit");
    let form = session.get(&app, &edit).await;
    assert_page(&form, 200);
    assert!(form.text().contains(r#"value="Homework club""#));
    session
        .done(
            &app,
            &edit,
            &[
                ("title", "Homework club for teenagers"),
                ("cause", "education"),
                ("min_age", "16"),
                ("works_with_children", "on"),
                ("remote", "on"),
                ("languages_value", "uk"),
                ("languages_level", "B2"),
            ],
        )
        .await;
    let stored = api(&app, &owner, &format!("/opportunities/{opportunity_id}")).await;
    assert_eq!(stored["title"], "Homework club for teenagers");
    assert_eq!(stored["min_age"], 16);
    assert_eq!(
        stored["languages"],
        json!([{"code": "uk", "min_level": "B2"}])
    );

    // Cancelling the shift: it is gone from the opportunity's shifts.
    session
        .done(&app, &format!("/manage/shifts/{shift_id}/cancel"), &[])
        .await;
    let shifts = app
        .get(
            &format!("/api/v1/opportunities/{opportunity_id}/shifts"),
            None,
        )
        .await
        .json();
    assert_eq!(shifts["items"], json!([]));
}

#[actix_web::test]
async fn an_invitation_is_answered_from_my_organisations_and_the_last_owner_stays() {
    let app = TestApp::spawn().await;
    let owner = app.user_named("Olga Owner").await;
    let organization = app.organization(&owner, "Klub Seniora Podgórz").await;
    let organization_id = organization["id"].as_str().expect("id");
    let invitee = app.user_named("Ida Invited").await;
    let declining = app.user_named("Dawid Declining").await;
    for user in [&invitee, &declining] {
        let invited = app
            .invite(&owner, &organization, &user.email, "coordinator")
            .await;
        assert_eq!(invited.status, 202, "{}", invited.text());
    }
    let invitations = |user: &TestUser| {
        let user = user.access_token.clone();
        let app = &app;
        async move {
            app.get("/api/v1/me/invitations", Some(&user)).await.json()["items"][0]["id"]
                .as_str()
                .expect("an invitation")
                .to_owned()
        }
    };

    let session = Session::of(&app, &invitee).await;
    let mine = session.get(&app, "/me/organizations").await;
    assert_page(&mine, 200);
    assert!(mine.text().contains("Dołącz do: Klub Seniora Podgórz"));
    let joined = session
        .done(
            &app,
            &format!("/me/invitations/{}/accept", invitations(&invitee).await),
            &[],
        )
        .await;
    assert_eq!(
        joined,
        format!("/manage/organizations/{organization_id}?done=joined")
    );
    let overview = session.get(&app, &joined).await;
    assert_page(&overview, 200);
    assert!(
        overview
            .text()
            .contains("Jesteś teraz członkiem organizacji.")
    );

    let other = Session::of(&app, &declining).await;
    let declined = other
        .done(
            &app,
            &format!("/me/invitations/{}/decline", invitations(&declining).await),
            &[],
        )
        .await;
    assert_eq!(declined, "/me/organizations?done=declined");
    assert_page(
        &other
            .get(&app, &format!("/manage/organizations/{organization_id}"))
            .await,
        404,
    );

    // The owner cannot leave an organisation without an owner.
    let owners = Session::of(&app, &owner).await;
    owners
        .refused(
            &app,
            &format!(
                "/manage/organizations/{organization_id}/members/{}/remove",
                owner.id
            ),
            &[],
            409,
        )
        .await
        .mentions("Ostatni właściciel nie może odejść");
    owners
        .done(
            &app,
            &format!(
                "/manage/organizations/{organization_id}/members/{}/remove",
                invitee.id
            ),
            &[],
        )
        .await;
    assert_page(
        &session
            .get(&app, &format!("/manage/organizations/{organization_id}"))
            .await,
        404,
    );
}

//! Erasure: the person's identity goes, the facts statistics count stay;
//! their logins end at once, on every instance; the address is free; the
//! organisations' lists keep an "erased volunteer"; a sole owner hands over.

use std::time::{Duration, Instant};

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{NaiveDate, TimeZone, Utc};
use hop_domain::statistics::AgeBand;
use hop_tests::{PASSWORD, TestApp, TestUser};
use serde_json::{Value, json};

use super::{app_with_outbox, erase, erase_with, export, id, rows, world};

/// What statistics count, row by row: every sign-up, hour entry (but for
/// the volunteer's own words), shift, opportunity, organisation's kind and
/// status, agreement (but for the guardian's name), certificate's work,
/// skill and language claim, and each profile's city, country and age band.
fn counted(app: &TestApp) -> Vec<Value> {
    let today = hop_domain::hours::torun_date(Utc::now());
    let mut all = Vec::new();
    for select in [
        "SELECT to_jsonb(a) AS row FROM applications a ORDER BY id",
        "SELECT to_jsonb(e) - 'description' AS row FROM hour_entries e ORDER BY id",
        "SELECT to_jsonb(s) AS row FROM shifts s ORDER BY id",
        "SELECT to_jsonb(o) AS row FROM opportunities o ORDER BY id",
        "SELECT jsonb_build_object('id', id, 'kind', kind, 'status', status) AS row \
         FROM organizations ORDER BY id",
        "SELECT to_jsonb(g) - 'guardian_name' AS row FROM agreements g ORDER BY id",
        "SELECT jsonb_build_object('id', id, 'code', code, 'organization', organization_id, \
                'volunteer', volunteer_id, 'issued_at', issued_at, 'revoked_at', revoked_at, \
                'from', facts->'from', 'to', facts->'to', 'minutes', facts->'total_minutes', \
                'work', facts->'work', 'other', facts->'other_minutes') AS row \
         FROM certificates ORDER BY id",
        "SELECT to_jsonb(k) AS row FROM volunteer_skills k ORDER BY user_id, skill_id",
        "SELECT to_jsonb(l) AS row FROM volunteer_languages l ORDER BY user_id, code",
        "SELECT jsonb_build_object('users', count(*)) AS row FROM users",
    ] {
        all.extend(rows(app, select));
    }
    // The profile row, with the age band as statistics read it.
    for profile in rows(
        app,
        "SELECT jsonb_build_object('user_id', user_id, 'home_city', home_city, \
                'home_country', home_country, 'skill_ids', skill_ids, \
                'language_codes', language_codes, 'created_at', created_at, \
                'birth_date', birth_date, 'erased_age_band', erased_age_band) AS row \
         FROM volunteer_profiles ORDER BY user_id",
    ) {
        let band = profile["erased_age_band"]
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| {
                let birth = profile["birth_date"]
                    .as_str()
                    .map(|day| day.parse::<NaiveDate>().expect("a date"));
                AgeBand::of(birth, today).as_str().to_owned()
            });
        let mut kept = profile.clone();
        let fields = kept.as_object_mut().expect("an object");
        fields.remove("birth_date");
        fields.remove("erased_age_band");
        fields.insert("age_band".into(), band.into());
        all.push(kept);
    }
    all
}

/// Every text the database holds, table by table.
fn everything_stored(app: &TestApp) -> String {
    let tables = rows(
        app,
        "SELECT to_jsonb(table_name::text) AS row FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    tables
        .iter()
        .map(|table| {
            let table = table.as_str().expect("a name");
            rows(
                app,
                &format!("SELECT to_jsonb(t) AS row FROM \"{table}\" t"),
            )
            .iter()
            .map(Value::to_string)
            .collect::<String>()
        })
        .collect()
}

fn claims_of(credential: &str) -> Value {
    let payload = credential.split('.').nth(1).expect("a JWT");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64url")).expect("JSON")
}

#[actix_web::test]
async fn erasure_removes_the_person_and_keeps_every_fact_statistics_count() {
    let app = app_with_outbox().await;
    let w = world(&app).await;
    let stored = everything_stored(&app);
    let identity = [
        "Olena Kovalenko",
        "Iryna Kovalenko",
        w.person.email.as_str(),
        "Sortowałam dary z Olą z Mokrego",
        "Olena jest sumienna i punktualna.",
        "53.0138",
    ];
    for text in identity {
        assert!(stored.contains(text), "the world stores {text}");
    }
    let before = counted(&app);

    let feed_path = w.feed_url[w.feed_url.find("/api/").expect("a path")..].to_owned();
    assert_eq!(app.get(&feed_path, None).await.status, 200);
    let erased = erase(&app, &w.person).await;
    assert_eq!(erased.status, 204, "{}", erased.text());
    // The calendar feed's address stops answering with the account.
    app.get(&feed_path, None)
        .await
        .assert_problem(404, "not-found");

    assert_eq!(counted(&app), before, "statistics count the same rows");
    let stored = everything_stored(&app);
    for text in identity {
        assert!(!stored.contains(text), "{text} is still stored");
    }

    // What stays in the person's place.
    let account = &rows(
        &app,
        &format!(
            "SELECT jsonb_build_object('email', email, 'display_name', display_name, \
                    'is_staff', is_staff, 'erased', erased_at IS NOT NULL) AS row \
             FROM users WHERE id = '{}'",
            w.person.id
        ),
    )[0];
    assert_eq!(account["email"], format!("erased:{}", w.person.id));
    assert_eq!(account["display_name"], "erased volunteer");
    assert_eq!(account["erased"], true);
    let profile = &rows(
        &app,
        &format!(
            "SELECT to_jsonb(p) AS row FROM volunteer_profiles p WHERE user_id = '{}'",
            w.person.id
        ),
    )[0];
    for (field, kept) in [
        ("birth_date", Value::Null),
        ("erased_age_band", json!("under-18")),
        ("home_lat", Value::Null),
        ("home_lon", Value::Null),
        ("reach", Value::Null),
        ("max_distance_km", Value::Null),
        ("causes", json!([])),
        ("discoverable", json!(false)),
        ("availability_days", json!(0)),
        ("guardian_consent", json!(true)),
        ("guardian_name", json!("erased")),
        ("home_city", json!("Toruń")),
        ("home_country", json!("PL")),
    ] {
        assert_eq!(profile[field], kept, "{field}: {profile}");
    }
    assert!(profile["guardian_consent_recorded_at"].is_string());
    for (table, column) in [
        ("refresh_tokens", "user_id"),
        ("notifications", "recipient_id"),
        ("opinions", "volunteer_id"),
        ("organization_members", "user_id"),
        ("volunteer_availability", "user_id"),
    ] {
        let left = rows(
            &app,
            &format!(
                "SELECT to_jsonb(t) AS row FROM {table} t WHERE {column} = '{}'",
                w.person.id
            ),
        );
        assert!(left.is_empty(), "{table}: {left:?}");
    }

    // The certificate stays verifiable, stating the work and no one's name,
    // signed again.
    let code = w.certificate["code"].as_str().expect("code");
    let public = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(public.status, 200, "{}", public.text());
    let public = public.json();
    assert_eq!(public["status"], "valid");
    assert_eq!(public["facts"]["volunteer"]["name"], "erased volunteer");
    assert_eq!(public["facts"]["volunteer"]["erased"], true);
    assert_eq!(public["facts"]["opinion"], Value::Null);
    assert_eq!(public["facts"]["total_minutes"], 150);
    let claims = claims_of(public["credential"].as_str().expect("credential"));
    assert!(
        claims["vc"]["credentialSubject"].get("name").is_none(),
        "{claims}"
    );
    assert_eq!(claims["jti"], format!("urn:uuid:{}", id(&w.certificate)));
    let page = app
        .get_with_headers(
            &format!("/api/v1/certificates/{code}"),
            None,
            &[("Accept", "text/html"), ("Accept-Language", "pl")],
        )
        .await
        .text();
    assert!(
        page.contains("dla wolontariusza, którego dane osobowe zostały później usunięte"),
        "{page}"
    );
    assert!(page.contains("Bank Żywności w Toruniu"), "{page}");
    assert!(!page.contains("erased volunteer"), "{page}");
}

#[actix_web::test]
async fn an_erased_account_is_closed_at_once_and_its_address_is_free_again() {
    let app = TestApp::spawn().await;
    let person = app.user_named("Ala Nowak").await;
    assert_eq!(erase(&app, &person).await.status, 204);

    // The access token: refused at once, everywhere; a second erasure too.
    for path in [
        "/api/v1/me",
        "/api/v1/me/export",
        "/api/v1/me/notifications",
    ] {
        let problem = app
            .get(path, Some(&person.access_token))
            .await
            .assert_problem(401, "unauthorized");
        assert!(
            problem["detail"]
                .as_str()
                .expect("detail")
                .contains("erased"),
            "{problem}"
        );
    }
    erase(&app, &person)
        .await
        .assert_problem(401, "unauthorized");
    // The refresh token ended with every login.
    app.post_json(
        "/api/v1/auth/refresh",
        &json!({"refresh_token": person.refresh_token}),
    )
    .await
    .assert_problem(401, "unauthorized");
    // The address logs in no more, exactly as an unknown one does.
    let old = app.login(&person.email, PASSWORD).await;
    let unknown = app.login("nobody-here@example.org", PASSWORD).await;
    assert_eq!(old.status, 401);
    assert_eq!(old.json()["detail"], unknown.json()["detail"]);

    // The same address registers again: a new person, with nothing of the old.
    let again = app.register(&person.email, PASSWORD, "Ala Nowak").await;
    assert_eq!(again.status, 201, "{}", again.text());
    let new_id = again.json()["id"].as_str().expect("id").to_owned();
    assert_ne!(new_id, person.id.to_string());
    let tokens = app.login(&person.email, PASSWORD).await;
    assert_eq!(tokens.status, 200, "{}", tokens.text());
    let token = tokens.json()["access_token"]
        .as_str()
        .expect("token")
        .to_owned();
    let me = app.get("/api/v1/me", Some(&token)).await.json();
    assert_eq!(me["id"], new_id);
    assert_eq!(me["email"], person.email);
    let fresh = app.get("/api/v1/me/export", Some(&token)).await.json();
    assert_eq!(fresh["account"]["id"], new_id);
}

#[actix_web::test]
async fn organisations_lists_show_an_erased_volunteer() {
    let app = TestApp::spawn().await;
    let w = world(&app).await;
    assert_eq!(erase(&app, &w.person).await.status, 204);
    let owner = Some(w.owner.access_token.as_str());

    let sign_ups = app
        .get(
            &format!("/api/v1/opportunities/{}/applications", id(&w.opportunity)),
            owner,
        )
        .await;
    assert_eq!(sign_ups.status, 200, "{}", sign_ups.text());
    let sign_up = &sign_ups.json()["items"][0];
    assert_eq!(sign_up["id"], w.application["id"]);
    assert_eq!(sign_up["status"], "confirmed", "the place stays as it was");
    assert_eq!(sign_up["volunteer_erased"], true);

    let hours = app
        .get(
            &format!("/api/v1/organizations/{}/hours", id(&w.organization)),
            owner,
        )
        .await
        .json();
    let entry = &hours["items"][0];
    assert_eq!(entry["volunteer_name"], "erased volunteer");
    assert_eq!(entry["volunteer_erased"], true);
    assert_eq!(entry["minutes"], 150);
    assert_eq!(entry["description"], "");

    let agreements = app
        .get(
            &format!("/api/v1/organizations/{}/agreements", id(&w.organization)),
            owner,
        )
        .await
        .json();
    let volunteer = &agreements["items"][0]["volunteer"];
    assert_eq!(volunteer["name"], "erased volunteer");
    assert_eq!(volunteer["erased"], true);
    assert_eq!(agreements["items"][0]["organization"]["erased"], false);
    let agreement = app
        .get(&format!("/api/v1/agreements/{}", id(&w.agreement)), owner)
        .await
        .json();
    assert_eq!(agreement["volunteer"]["erased"], true);
    assert_eq!(agreement["guardian_consent"]["name"], "erased");
    assert_eq!(agreement["status"], "accepted");

    // A coordinator leaves the organisations they were a member of.
    let members = app
        .get(
            &format!(
                "/api/v1/organizations/{}/members",
                id(&w.other_organization)
            ),
            Some(&w.other_owner.access_token),
        )
        .await
        .json();
    let ids: Vec<&str> = members["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|member| member["user_id"].as_str().expect("user_id"))
        .collect();
    assert_eq!(ids, [w.other_owner.id.to_string()]);

    // A volunteer who was not erased is shown as before.
    let other = app.adult_volunteer().await;
    let shift = app.shift(&w.owner, &w.opportunity, 72, 2, 3).await;
    assert_eq!(app.sign_up(&other, &shift).await.status, 201);
    let sign_ups = app
        .get(
            &format!(
                "/api/v1/opportunities/{}/applications?shift_id={}",
                id(&w.opportunity),
                id(&shift)
            ),
            owner,
        )
        .await
        .json();
    assert_eq!(sign_ups["items"][0]["volunteer_erased"], false);

    // The erased volunteer's shift is cancelled: everyone signed up is told,
    // but there is no one left to tell of them (no notification, no e-mail).
    let cancelled = app
        .send_json(
            actix_web::http::Method::DELETE,
            &format!("/api/v1/shifts/{}", id(&w.shift)),
            None,
            owner,
        )
        .await;
    assert_eq!(cancelled.status, 204, "{}", cancelled.text());
    let told = rows(
        &app,
        &format!(
            "SELECT to_jsonb(n) AS row FROM notifications n WHERE recipient_id = '{}'",
            w.person.id
        ),
    );
    assert!(told.is_empty(), "{told:?}");
}

#[actix_web::test]
async fn a_sole_owner_hands_an_organisation_over_first() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;

    // Sole owner, with a coordinator: refused, nothing erased.
    let owner = app.user_named("Jedyna Właścicielka").await;
    let busy = app.organization(&owner, "Fundacja Z Zespołem").await;
    let coordinator = app.user().await;
    app.invite_and_accept(&owner, &busy, &coordinator, "coordinator")
        .await;
    let problem = erase(&app, &owner).await.assert_problem(409, "sole-owner");
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("Fundacja Z Zespołem"),
        "{problem}"
    );
    let me = app.get("/api/v1/me", Some(&owner.access_token)).await;
    assert_eq!(me.status, 200, "nothing was erased");
    assert_eq!(me.json()["display_name"], "Jedyna Właścicielka");

    // Sole owner and sole member, but with an opportunity: refused too.
    let drafter = app.user().await;
    let drafted = app.organization(&drafter, "Fundacja Z Ofertą").await;
    app.opportunity(&drafter, &drafted, json!({})).await;
    erase(&app, &drafter)
        .await
        .assert_problem(409, "sole-owner");

    // One of two owners leaves; the other carries on.
    let partner = app.user().await;
    app.invite_and_accept(&owner, &busy, &partner, "owner")
        .await;
    assert_eq!(erase(&app, &owner).await.status, 204);
    let members = app
        .get(
            &format!("/api/v1/organizations/{}/members", id(&busy)),
            Some(&partner.access_token),
        )
        .await
        .json();
    assert_eq!(members["items"].as_array().expect("items").len(), 2);

    // An organisation that did nothing stays, empty, for staff (and the
    // statistics), without its contact data.
    let loner = app.user().await;
    let quiet = app.organization(&loner, "Fundacja Cicha").await;
    let patched = app
        .send_json(
            actix_web::http::Method::PATCH,
            &format!("/api/v1/organizations/{}", id(&quiet)),
            Some(
                &json!({"contact_email": "loner@example.org", "contact_phone": "+48 600 100 200"}),
            ),
            Some(&loner.access_token),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text());
    assert_eq!(erase(&app, &loner).await.status, 204);
    let kept = app
        .get(
            &format!("/api/v1/organizations/{}", id(&quiet)),
            Some(&staff.access_token),
        )
        .await;
    assert_eq!(kept.status, 200, "{}", kept.text());
    let kept = kept.json();
    assert_eq!(kept["name"], "Fundacja Cicha");
    assert_eq!(kept["contact_email"], Value::Null);
    assert_eq!(kept["contact_phone"], Value::Null);
    let members = app
        .get(
            &format!("/api/v1/organizations/{}/members", id(&quiet)),
            Some(&staff.access_token),
        )
        .await
        .json();
    assert_eq!(members["items"], json!([]));
}

#[actix_web::test]
async fn another_instance_refuses_an_erased_accounts_token_within_seconds() {
    let first = TestApp::spawn().await;
    let second = TestApp::spawn_on(first.config.clone()).await;
    let person = first.user().await;
    assert_eq!(
        second
            .get("/api/v1/me", Some(&person.access_token))
            .await
            .status,
        200
    );
    assert_eq!(erase(&first, &person).await.status, 204);
    let erased = Instant::now();
    loop {
        let answer = second.get("/api/v1/me", Some(&person.access_token)).await;
        if answer.status == 401 {
            answer.assert_problem(401, "unauthorized");
            break;
        }
        assert_eq!(answer.status, 200, "{}", answer.text());
        assert!(
            erased.elapsed() < hop_api::auth::erased::REFRESH_INTERVAL + Duration::from_secs(3),
            "the second instance still takes the token"
        );
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    }
    // A restarted instance knows from the start.
    let third = TestApp::spawn_on(first.config.clone()).await;
    third
        .get("/api/v1/me", Some(&person.access_token))
        .await
        .assert_problem(401, "unauthorized");
}

/// A Warsaw wall-clock time on `day`.
fn warsaw(day: NaiveDate, hour: u32) -> chrono::DateTime<Utc> {
    chrono_tz::Europe::Warsaw
        .from_local_datetime(&day.and_hms_opt(hour, 0, 0).expect("a time"))
        .single()
        .expect("one instant")
        .with_timezone(&Utc)
}

async fn candidate_ids(app: &TestApp, owner: &TestUser, opportunity: &Value) -> Vec<String> {
    let page = app
        .get(
            &format!("/api/v1/opportunities/{}/candidates", id(opportunity)),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.text());
    page.json()["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["volunteer_id"].as_str().expect("id").to_owned())
        .collect()
}

#[actix_web::test]
async fn an_erased_volunteer_is_no_candidate() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"title": "Pomoc w magazynie"}))
        .await;
    let day = hop_domain::hours::torun_date(Utc::now()) + chrono::TimeDelta::days(4);
    app.shift_at(&owner, &opportunity, warsaw(day, 9), warsaw(day, 12), 5)
        .await;
    let weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        [chrono::Datelike::weekday(&day).num_days_from_monday() as usize];
    let volunteer = app.user_named("Kandydatka").await;
    app.put_volunteer_profile(
        &volunteer,
        &json!({
            "birth_date": super::born_years_ago(30),
            "home": {"lat": 53.0103, "lon": 18.6057},
            "max_distance_km": 10,
            "availability": [{"weekday": weekday, "start": "08:00", "end": "13:00"}],
            "discoverable": true,
        }),
    )
    .await;
    assert_eq!(
        candidate_ids(&app, &owner, &opportunity).await,
        [volunteer.id.to_string()]
    );
    assert_eq!(erase(&app, &volunteer).await.status, 204);
    assert!(candidate_ids(&app, &owner, &opportunity).await.is_empty());
}

#[actix_web::test]
async fn a_wrong_password_erases_nothing_and_counts_as_a_failed_login() {
    let app = TestApp::spawn_with(|config| {
        config.login_limits.failures_per_account_and_address = 3;
    })
    .await;
    let person = app.user_named("Ostrożna Osoba").await;
    for _ in 0..3 {
        erase_with(
            &app,
            &person.access_token,
            &json!({"password": "not the password at all"}),
        )
        .await
        .assert_problem(403, "forbidden");
    }
    let limited = erase_with(&app, &person.access_token, &json!({"password": PASSWORD})).await;
    limited.assert_problem(429, "too-many-requests");
    assert!(limited.header("retry-after").is_some());
    let me = app.get("/api/v1/me", Some(&person.access_token)).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["display_name"], "Ostrożna Osoba");
    assert_eq!(export(&app, &person).await.status, 200);
}

//! The 30-day rule: the sign-up that makes work with one organisation span
//! more than 30 days waits until an accepted agreement covers its day.

use hop_tests::TestApp;
use serde_json::json;

use super::{act, agreement_body, day, id, organization_with_opportunity, propose, standing_of};

fn kinds(notifications: &[serde_json::Value]) -> Vec<&str> {
    notifications
        .iter()
        .map(|n| n["kind"].as_str().expect("kind"))
        .collect()
}

#[actix_web::test]
async fn the_sign_up_crossing_day_30_waits_for_an_accepted_agreement() {
    let app = TestApp::spawn().await;
    let (owner, organization, opportunity) = organization_with_opportunity(&app).await;
    let volunteer = app.adult_volunteer().await;
    let first = app.shift(&owner, &opportunity, 2 * 24, 3, 5).await;
    let within = app.shift(&owner, &opportunity, 20 * 24, 3, 5).await;
    let beyond = app.shift(&owner, &opportunity, 40 * 24, 3, 5).await;

    for shift in [&first, &within] {
        let signed = app.sign_up(&volunteer, shift).await;
        assert_eq!(signed.status, 201, "{}", signed.text());
        assert_eq!(signed.json()["status"], "confirmed");
    }
    let crossing = app.sign_up(&volunteer, &beyond).await;
    assert_eq!(crossing.status, 201, "{}", crossing.text());
    let crossing = crossing.json();
    assert_eq!(crossing["status"], "pending");
    assert_eq!(crossing["pending_reason"], "agreement-required");
    assert!(kinds(&app.notifications_of(&owner).await).contains(&"agreement_required"));
    assert_eq!(
        kinds(&app.notifications_of(&volunteer).await)[0],
        "signup_awaits_agreement"
    );

    // The organisation cannot confirm it around the rule.
    app.decide(&owner, &crossing, "accept", &json!({}))
        .await
        .assert_problem(409, "agreement-required");

    // An agreement that does not reach the shift's day changes nothing.
    let short = propose(
        &app,
        &owner,
        &organization,
        &agreement_body(&volunteer, 1, 30),
    )
    .await;
    assert_eq!(short.status, 201, "{}", short.text());
    let short = short.json();
    assert_eq!(short["status"], "proposed");
    assert!(kinds(&app.notifications_of(&volunteer).await).contains(&"agreement_proposed"));
    assert_eq!(
        act(&app, &volunteer, &short, "accept", &json!({}))
            .await
            .status,
        200
    );
    assert_eq!(standing_of(&app, &volunteer, &crossing).await.0, "pending");

    // One that covers it: accepting confirms the waiting sign-up.
    let long = propose(
        &app,
        &owner,
        &organization,
        &agreement_body(&volunteer, 1, 90),
    )
    .await
    .json();
    let accepted = act(&app, &volunteer, &long, "accept", &json!({})).await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    let accepted = accepted.json();
    assert_eq!(accepted["status"], "accepted");
    assert!(accepted["accepted_at"].is_string());
    assert_eq!(accepted["guardian_consent"], serde_json::Value::Null);
    let (status, reason) = standing_of(&app, &volunteer, &crossing).await;
    assert_eq!(
        (status.as_str(), reason),
        ("confirmed", serde_json::Value::Null)
    );

    // Further sign-ups within the agreement are confirmed at once.
    let later = app.shift(&owner, &opportunity, 50 * 24, 3, 5).await;
    assert_eq!(
        app.sign_up(&volunteer, &later).await.json()["status"],
        "confirmed"
    );

    // Ended early, it no longer covers the later shifts: they wait again,
    // their places freed, and the organisation is told.
    let ended = act(
        &app,
        &volunteer,
        &long,
        "terminate",
        &json!({"ends_on": day(35)}),
    )
    .await;
    assert_eq!(ended.status, 200, "{}", ended.text());
    assert_eq!(ended.json()["terminated_on"], json!(day(35)));
    let (status, reason) = standing_of(&app, &volunteer, &crossing).await;
    assert_eq!(
        (status.as_str(), reason),
        ("pending", json!("agreement-required"))
    );
    let shifts = app
        .get(
            &format!(
                "/api/v1/opportunities/{}/shifts?limit=100",
                id(&opportunity)
            ),
            Some(&owner.access_token),
        )
        .await
        .json();
    let shift = shifts["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|shift| shift["id"] == beyond["id"])
        .expect("listed")
        .clone();
    assert_eq!(shift["confirmed_count"], 0, "{shift}");
    assert!(kinds(&app.notifications_of(&owner).await).contains(&"agreement_terminated"));
    // The shift within 30 days of the first never needed one.
    let page = app
        .get(
            "/api/v1/me/applications?status=confirmed",
            Some(&volunteer.access_token),
        )
        .await
        .json();
    assert_eq!(page["items"].as_array().expect("items").len(), 2);
}

#[actix_web::test]
async fn a_waitlisted_sign_up_is_not_promoted_past_the_rule() {
    let app = TestApp::spawn().await;
    let (owner, _, opportunity) = organization_with_opportunity(&app).await;
    let volunteer = app.adult_volunteer().await;
    let taker = app.adult_volunteer().await;
    let first = app.shift(&owner, &opportunity, 2 * 24, 3, 5).await;
    let full = app.shift(&owner, &opportunity, 45 * 24, 3, 1).await;
    let taken = app.sign_up(&taker, &full).await.json();
    assert_eq!(taken["status"], "confirmed");
    // Waitlisted first (no place), then the first shift makes the span cross.
    assert_eq!(
        app.sign_up(&volunteer, &full).await.json()["status"],
        "waitlisted"
    );
    let mine = app.sign_up(&volunteer, &first).await.json();
    assert_eq!(mine["status"], "confirmed");
    // The place frees up: the promotion meets the rule and waits instead.
    assert_eq!(
        app.decide(&taker, &taken, "withdraw", &json!({}))
            .await
            .status,
        200
    );
    let page = app
        .get(
            "/api/v1/me/applications?limit=100",
            Some(&volunteer.access_token),
        )
        .await
        .json();
    let promoted = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|a| a["shift_id"] == full["id"])
        .expect("listed")
        .clone();
    assert_eq!(
        (
            promoted["status"].as_str(),
            promoted["pending_reason"].as_str()
        ),
        (Some("pending"), Some("agreement-required"))
    );
}

#[actix_web::test]
async fn a_minor_accepts_with_a_guardians_consent_on_record() {
    let app = TestApp::spawn().await;
    let (owner, organization, opportunity) = organization_with_opportunity(&app).await;
    let birth = day(-16 * 365);
    let minor = app.volunteer(birth, true).await;
    // A sixteen-year-old's work crosses day 30 too: the later shift waits.
    let first = app.shift(&owner, &opportunity, 2 * 24, 3, 5).await;
    let later = app.shift(&owner, &opportunity, 45 * 24, 3, 5).await;
    assert_eq!(
        app.sign_up(&minor, &first).await.json()["status"],
        "confirmed"
    );
    let waiting = app.sign_up(&minor, &later).await.json();
    assert_eq!(waiting["pending_reason"], "agreement-required");
    let proposed = propose(&app, &owner, &organization, &agreement_body(&minor, 0, 120))
        .await
        .json();

    act(&app, &minor, &proposed, "accept", &json!({}))
        .await
        .assert_problem(409, "guardian-consent-missing");
    act(
        &app,
        &minor,
        &proposed,
        "accept",
        &json!({"guardian_name": "Anna Kowalska"}),
    )
    .await
    .assert_invalid_fields(&["guardian_consent"]);
    act(
        &app,
        &minor,
        &proposed,
        "accept",
        &json!({"guardian_consent": true}),
    )
    .await
    .assert_invalid_fields(&["guardian_name"]);
    let accepted = act(
        &app,
        &minor,
        &proposed,
        "accept",
        &json!({"guardian_name": "Anna Kowalska", "guardian_consent": true}),
    )
    .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    let consent = accepted.json()["guardian_consent"].clone();
    assert_eq!(consent["name"], "Anna Kowalska");
    assert!(consent["consented_at"].is_string());
    // Accepted with the guardian's consent, the agreement confirms the place.
    assert_eq!(standing_of(&app, &minor, &waiting).await.0, "confirmed");
    act(&app, &minor, &proposed, "accept", &json!({}))
        .await
        .assert_problem(409, "not-proposed");

    // The agreement as the document to sign: Polish, with the volunteer's
    // language alongside, every letter of the names as written.
    let pdf = app
        .get_with_headers(
            &format!("/api/v1/agreements/{}", super::id(&proposed)),
            Some(&minor.access_token),
            &[("Accept", "application/pdf")],
        )
        .await;
    assert_eq!(pdf.status, 200, "{}", pdf.text());
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    crate::certificates::keep("agreement-minor.pdf", &pdf.body);
    let text = crate::certificates::pdf_text(&pdf.body);
    for expected in [
        "Porozumienie o wykonywaniu świadczeń wolontariackich",
        "Sortowanie i pakowanie darów żywnościowych.",
        "Za zgodą przedstawiciela ustawowego Anna Kowalska",
        "Każda ze stron może rozwiązać porozumienie",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }

    // Without a birth date on record nobody can tell a minor: refused.
    let unknown = app.user().await;
    let proposed = propose(
        &app,
        &owner,
        &organization,
        &agreement_body(&unknown, 0, 120),
    )
    .await
    .json();
    act(&app, &unknown, &proposed, "accept", &json!({}))
        .await
        .assert_problem(409, "birth-date-missing");
}

#[actix_web::test]
async fn the_agreement_pdf_reads_right_in_polish_latvian_and_ukrainian() {
    let app = TestApp::spawn().await;
    let (owner, organization, _) = organization_with_opportunity(&app).await;
    for (name, lang, title) in [
        (
            "Żaneta Łęcka-Źrebiec",
            "pl",
            "Porozumienie o wykonywaniu świadczeń wolontariackich",
        ),
        ("Ģirts Ķēniņš-Āboliņš", "lv", "Brīvprātīgā darba līgums"),
        ("Юлія Ґалаґан-Їжак", "uk", "Угода про волонтерство"),
    ] {
        let volunteer = app.user_named(name).await;
        let changed = app
            .send_json(
                actix_web::http::Method::PATCH,
                "/api/v1/me",
                Some(&json!({"preferred_language": lang})),
                Some(&volunteer.access_token),
            )
            .await;
        assert_eq!(changed.status, 200, "{}", changed.text());
        let proposed = propose(
            &app,
            &owner,
            &organization,
            &agreement_body(&volunteer, 1, 90),
        )
        .await
        .json();
        let pdf = app
            .get_with_headers(
                &format!("/api/v1/agreements/{}", super::id(&proposed)),
                Some(&owner.access_token),
                &[("Accept", "application/pdf")],
            )
            .await;
        assert_eq!(pdf.status, 200, "{}", pdf.text());
        crate::certificates::keep(&format!("agreement-{lang}.pdf"), &pdf.body);
        let text = crate::certificates::pdf_text(&pdf.body);
        for expected in [name, title, "Bank Żywności w Toruniu", "Okres: od"] {
            assert!(text.contains(expected), "{expected} in:\n{text}");
        }
    }
}

//! Certificates over HTTP: issue from approved hours (PDF and JSON), read
//! back as a person would (pdftotext), verify by code without an account,
//! revoke, re-issue after new hours, and the signed credential.

use std::{io::Write, process::Command};

use hop_tests::{TestApp, TestUser};
use serde_json::{Value, json};

/// Keeps `pdf` as `name` in `HOP_DOCUMENTS_DIR` when that is set, to look
/// at (pdftoppm) or to attach to a review.
pub fn keep(name: &str, pdf: &[u8]) {
    if let Some(dir) = std::env::var_os("HOP_DOCUMENTS_DIR") {
        std::fs::write(std::path::Path::new(&dir).join(name), pdf).expect("the PDF is kept");
    }
}

/// The words a person reads in `pdf`, as poppler's pdftotext extracts them.
pub fn pdf_text(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("pdftotext runs (./scripts/test installs poppler-utils)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(pdf)
        .expect("the PDF is written");
    let output = child.wait_with_output().expect("pdftotext finishes");
    assert!(output.status.success(), "pdftotext reads the PDF");
    // Lines wrap where the layout breaks them: read it as one run of words.
    String::from_utf8(output.stdout)
        .expect("UTF-8 text")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn id(value: &Value) -> &str {
    value["id"].as_str().expect("id")
}

/// A verified organisation with a KRS and an address, and its owner.
async fn organization(app: &TestApp) -> (TestUser, Value) {
    let owner = app.user().await;
    let staff = app.staff().await;
    let organization = app
        .verified_organization(&owner, &staff, "Fundacja Świętego Łazarza — Toruń")
        .await;
    let patched = app
        .send_json(
            actix_web::http::Method::PATCH,
            &format!("/api/v1/organizations/{}", id(&organization)),
            Some(&json!({"krs": "0000123456", "address": "ul. Żeglarska 5, 87-100 Toruń"})),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text());
    (owner, patched.json())
}

/// `volunteer` reports `minutes` outside a shift `days_ago`; `owner` approves.
async fn approved_hours(
    app: &TestApp,
    owner: &TestUser,
    organization: &Value,
    volunteer: &TestUser,
    days_ago: i64,
    minutes: i64,
) {
    let date = (chrono::Utc::now() - chrono::TimeDelta::days(days_ago)).date_naive();
    let reported = app
        .post_json_as(
            "/api/v1/me/hours",
            &json!({"organization_id": organization["id"], "work_date": date, "minutes": minutes}),
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(reported.status, 201, "{}", reported.text());
    let approved = app
        .post_json_as(
            &format!("/api/v1/hours/{}/approve", id(&reported.json())),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
}

async fn certificate_json(app: &TestApp, volunteer: &TestUser, organization: &Value) -> Value {
    let answer = app
        .get_with_headers(
            &format!("/api/v1/me/certificates/{}", id(organization)),
            Some(&volunteer.access_token),
            &[("Accept", "application/json")],
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    answer.json()
}

async fn set_language(app: &TestApp, user: &TestUser, lang: &str) {
    let changed = app
        .send_json(
            actix_web::http::Method::PATCH,
            "/api/v1/me",
            Some(&json!({"preferred_language": lang})),
            Some(&user.access_token),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text());
}

#[actix_web::test]
async fn a_certificate_reads_right_in_every_script_and_anyone_can_verify_it() {
    let app = TestApp::spawn().await;
    let (owner, organization) = organization(&app).await;
    for (name, lang, translated_title) in [
        ("Łucja Źdźbło-Wężyk", "pl", None),
        (
            "Ģirts Ķēniņš-Āboliņš",
            "lv",
            Some("Brīvprātīgā darba apliecība"),
        ),
        (
            "Юлія Ґалаґан-Їжак",
            "uk",
            Some("Довідка про волонтерську діяльність"),
        ),
    ] {
        let volunteer = app.user_named(name).await;
        set_language(&app, &volunteer, lang).await;
        approved_hours(&app, &owner, &organization, &volunteer, 3, 150).await;
        let pdf = app
            .get(
                &format!("/api/v1/me/certificates/{}", id(&organization)),
                Some(&volunteer.access_token),
            )
            .await;
        assert_eq!(pdf.status, 200, "{}", pdf.text());
        assert_eq!(pdf.header("content-type"), Some("application/pdf"));
        assert!(pdf.body.starts_with(b"%PDF-"));
        keep(&format!("certificate-{lang}.pdf"), &pdf.body);
        let text = pdf_text(&pdf.body);
        assert!(text.contains(name), "{name} in:\n{text}");
        assert!(text.contains("Fundacja Świętego Łazarza — Toruń"), "{text}");
        assert!(
            text.contains("Zaświadczenie o wykonaniu świadczeń przez wolontariusza"),
            "{text}"
        );
        assert!(
            text.contains("0000123456") && text.contains("ul. Żeglarska 5"),
            "{text}"
        );
        assert!(text.contains("2 godz. 30 min"), "{text}");
        if let Some(title) = translated_title {
            assert!(text.contains(title), "{title} in:\n{text}");
        }
        // The same facts as JSON: the same certificate, its code printed.
        let json = certificate_json(&app, &volunteer, &organization).await;
        let code = json["code"].as_str().expect("code");
        assert!(text.contains(code), "{code} in:\n{text}");
        assert_eq!(json["facts"]["volunteer"]["name"], name);
        assert_eq!(json["facts"]["total_minutes"], 150);
        assert_eq!(json["facts"]["language"], lang);
        assert!(
            json["verify_url"]
                .as_str()
                .expect("url")
                .ends_with(&format!("/api/v1/certificates/{code}"))
        );

        // Anyone, without an account, sees it is valid and what it states.
        let public = app.get(&format!("/api/v1/certificates/{code}"), None).await;
        assert_eq!(public.status, 200, "{}", public.text());
        let public = public.json();
        assert_eq!(public["status"], "valid");
        assert_eq!(public["facts"], json["facts"]);
        assert_eq!(public["credential"], json["credential"]);
    }
}

#[actix_web::test]
async fn verification_revocation_and_re_issue() {
    let app = TestApp::spawn().await;
    let (owner, organization) = organization(&app).await;
    let volunteer = app.user_named("Aistė Kazlauskaitė").await;
    let path = format!("/api/v1/me/certificates/{}", id(&organization));

    // No approved hours yet: nothing to certify.
    app.get(&path, Some(&volunteer.access_token))
        .await
        .assert_problem(409, "no-approved-hours");
    app.get(&path, None)
        .await
        .assert_problem(401, "unauthorized");
    approved_hours(&app, &owner, &organization, &volunteer, 10, 120).await;
    let first = certificate_json(&app, &volunteer, &organization).await;
    let again = certificate_json(&app, &volunteer, &organization).await;
    assert_eq!(
        again["code"], first["code"],
        "unchanged work, the same certificate"
    );

    // The page in the reader's language.
    let code = first["code"].as_str().expect("code").to_owned();
    let page = app
        .get_with_headers(
            &format!("/api/v1/certificates/{code}"),
            None,
            &[("Accept", "text/html"), ("Accept-Language", "lt, en;q=0.5")],
        )
        .await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let html = page.text();
    assert!(html.contains("Ši pažyma galioja"), "{html}");
    assert!(
        html.contains("Aistė Kazlauskaitė") && html.contains(&code),
        "{html}"
    );

    // Unknown and malformed codes.
    app.get("/api/v1/certificates/00000-00000-00000", None)
        .await
        .assert_problem(404, "not-found");
    app.get("/api/v1/certificates/not-a-code", None)
        .await
        .assert_problem(404, "not-found");

    // An opinion and more hours: a new certificate; the first stays valid.
    let opinion = app
        .send_json(
            actix_web::http::Method::PUT,
            &format!(
                "/api/v1/organizations/{}/opinions/{}",
                id(&organization),
                volunteer.id
            ),
            Some(&json!({"body": "Sumienna, punktualna, świetnie pracuje z seniorami."})),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(opinion.status, 204, "{}", opinion.text());
    approved_hours(&app, &owner, &organization, &volunteer, 2, 60).await;
    let second = certificate_json(&app, &volunteer, &organization).await;
    assert_ne!(second["code"], first["code"]);
    assert_eq!(second["facts"]["total_minutes"], 180);
    assert_eq!(
        second["facts"]["opinion"],
        "Sumienna, punktualna, świetnie pracuje z seniorami."
    );
    let old = app
        .get(&format!("/api/v1/certificates/{code}"), None)
        .await
        .json();
    assert_eq!(
        (
            old["status"].as_str(),
            old["facts"]["total_minutes"].as_i64()
        ),
        (Some("valid"), Some(120))
    );

    // Revoking: the organisation's members only, once, with a reason.
    let revoke = format!("/api/v1/certificates/{code}/revoke");
    let reason = json!({"reason": "Godziny z marca policzono dwa razy."});
    let stranger = app.user().await;
    let staff = app.staff().await;
    app.post_json_as(&revoke, &reason, Some(&stranger.access_token))
        .await
        .assert_problem(404, "not-found");
    app.post_json_as(&revoke, &reason, Some(&volunteer.access_token))
        .await
        .assert_problem(404, "not-found");
    app.post_json_as(&revoke, &reason, Some(&staff.access_token))
        .await
        .assert_problem(403, "forbidden");
    app.post_json(&revoke, &reason)
        .await
        .assert_problem(401, "unauthorized");
    app.post_json_as(&revoke, &json!({"reason": ""}), Some(&owner.access_token))
        .await
        .assert_invalid_fields(&["reason"]);
    let revoked = app
        .post_json_as(&revoke, &reason, Some(&owner.access_token))
        .await;
    assert_eq!(revoked.status, 200, "{}", revoked.text());
    app.post_json_as(&revoke, &reason, Some(&owner.access_token))
        .await
        .assert_problem(409, "already-revoked");
    let public = app
        .get(&format!("/api/v1/certificates/{code}"), None)
        .await
        .json();
    assert_eq!(public["status"], "revoked");
    assert_eq!(
        public["revocation_reason"],
        "Godziny z marca policzono dwa razy."
    );
    let page = app
        .get_with_headers(
            &format!("/api/v1/certificates/{code}"),
            None,
            &[("Accept", "text/html"), ("Accept-Language", "en")],
        )
        .await
        .text();
    assert!(
        page.contains("was revoked on") && page.contains("policzono dwa razy"),
        "{page}"
    );

    // Revoking the latest: the same work is not certified again.
    let latest_revoke = format!(
        "/api/v1/certificates/{}/revoke",
        second["code"].as_str().expect("code")
    );
    assert_eq!(
        app.post_json_as(&latest_revoke, &reason, Some(&owner.access_token))
            .await
            .status,
        200
    );
    app.get_with_headers(
        &path,
        Some(&volunteer.access_token),
        &[("Accept", "application/json")],
    )
    .await
    .assert_problem(409, "certificate-revoked");
    // Nobody writes the opinion of their own work.
    let member = app.user().await;
    app.invite_and_accept(&owner, &organization, &member, "coordinator")
        .await;
    app.send_json(
        actix_web::http::Method::PUT,
        &format!(
            "/api/v1/organizations/{}/opinions/{}",
            id(&organization),
            member.id
        ),
        Some(&json!({"body": "Świetny koordynator."})),
        Some(&member.access_token),
    )
    .await
    .assert_problem(409, "own-opinion");
    // An opinion is 1 to 5 000 characters of text.
    for bad in [
        json!({"body": "  "}),
        json!({"body": "x".repeat(5001)}),
        json!({"body": "a\u{7}b"}),
    ] {
        app.send_json(
            actix_web::http::Method::PUT,
            &format!(
                "/api/v1/organizations/{}/opinions/{}",
                id(&organization),
                volunteer.id
            ),
            Some(&bad),
            Some(&owner.access_token),
        )
        .await
        .assert_invalid_fields(&["body"]);
    }
    // Opinions: the organisation's members only.
    let opinion_path = format!(
        "/api/v1/organizations/{}/opinions/{}",
        id(&organization),
        volunteer.id
    );
    let body = json!({"body": "Opinia"});
    for (user, status) in [(&stranger, 403), (&staff, 403), (&volunteer, 403)] {
        let answer = app
            .send_json(
                actix_web::http::Method::PUT,
                &opinion_path,
                Some(&body),
                Some(&user.access_token),
            )
            .await;
        assert_eq!(answer.status, status, "{}", answer.text());
    }
}

#[actix_web::test]
async fn the_credential_verifies_against_the_published_keys() {
    use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
    let app = TestApp::spawn().await;
    let (owner, organization) = organization(&app).await;
    let volunteer = app.user_named("Gražina Žemaitytė").await;
    approved_hours(&app, &owner, &organization, &volunteer, 5, 90).await;
    let certificate = certificate_json(&app, &volunteer, &organization).await;
    let jwt = certificate["credential"].as_str().expect("credential");

    let keys = app.get("/.well-known/jwks.json", None).await;
    assert_eq!(keys.status, 200);
    assert_eq!(
        keys.header("content-type"),
        Some("application/jwk-set+json")
    );
    let keys = keys.json();
    let header = decode_header(jwt).expect("a JWS header");
    assert_eq!(header.alg, Algorithm::EdDSA);
    let kid = header.kid.expect("kid");
    let key = keys["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .find(|key| key["kid"] == kid)
        .expect("the signing key is published");
    assert_eq!(
        (key["kty"].as_str(), key["crv"].as_str()),
        (Some("OKP"), Some("Ed25519"))
    );
    let decoding = DecodingKey::from_ed_components(key["x"].as_str().expect("x")).expect("key");
    let mut validation = Validation::new(Algorithm::EdDSA);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    let claims = decode::<Value>(jwt, &decoding, &validation)
        .expect("the signature verifies")
        .claims;
    let vc = &claims["vc"];
    assert_eq!(
        vc["type"],
        json!(["VerifiableCredential", "OpenBadgeCredential"])
    );
    assert_eq!(vc["credentialSubject"]["name"], "Gražina Žemaitytė");
    assert_eq!(vc["credentialSubject"]["result"][0]["value"], "1.50");
    assert_eq!(
        vc["credentialSubject"]["achievement"]["creator"]["name"],
        "Fundacja Świętego Łazarza — Toruń"
    );

    // A tampered credential does not verify.
    let mut parts: Vec<String> = jwt.split('.').map(str::to_owned).collect();
    let tampered: String = parts[1]
        .chars()
        .enumerate()
        .map(|(at, c)| {
            if at == 10 {
                if c == 'A' { 'B' } else { 'A' }
            } else {
                c
            }
        })
        .collect();
    parts[1] = tampered;
    assert!(decode::<Value>(&parts.join("."), &decoding, &validation).is_err());

    // The key survives a restart: the same database, a new process, the same kid.
    let second = TestApp::spawn_on(app.config.clone()).await;
    let keys_again = second.get("/.well-known/jwks.json", None).await.json();
    assert_eq!(keys_again["keys"][0]["kid"], kid);

    // Rotating keeps the old key published, so this credential still verifies.
    let rotated = hop_api::certificates::keys::rotate(&mut app.db()).expect("rotates");
    assert_ne!(rotated, kid);
    let after = app.get("/.well-known/jwks.json", None).await.json();
    let kids: Vec<&str> = after["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .map(|k| k["kid"].as_str().expect("kid"))
        .collect();
    assert_eq!(kids, [rotated.as_str(), kid.as_str()]);
}

#[actix_web::test]
async fn the_first_certificates_issued_at_once_all_name_a_committed_key() {
    // A fresh server has no key yet: the first requests, together, make it.
    let app = TestApp::spawn().await;
    let (owner, organization) = organization(&app).await;
    let mut volunteers = Vec::new();
    for n in 0..6 {
        let volunteer = app.user_named(&format!("Wolontariusz {n}")).await;
        approved_hours(&app, &owner, &organization, &volunteer, 1, 60).await;
        volunteers.push(volunteer);
    }
    let path = format!("/api/v1/me/certificates/{}", id(&organization));
    let answers = futures_util::future::join_all(
        volunteers
            .iter()
            .map(|volunteer| app.get(&path, Some(&volunteer.access_token))),
    )
    .await;
    for answer in &answers {
        assert_eq!(answer.status, 200, "{}", answer.text());
    }
    let keys = app.get("/.well-known/jwks.json", None).await.json();
    assert_eq!(
        keys["keys"].as_array().expect("keys").len(),
        1,
        "one key, shared: {keys}"
    );
}

use std::collections::HashSet;

use actix_web::http::Method;
use hop_tests::{TestApp, TestResponse};
use serde_json::{Value, json};
use uuid::Uuid;

/// How many skills the taxonomy migration seeds (none deprecated).
const SEEDED: usize = 54;

/// A GET with an `Accept-Language` header: status, `Content-Language`, body.
async fn get_in(app: &TestApp, path: &str, accept_language: &str) -> (u16, String, Value) {
    let mut response = app
        .client
        .get(app.url(path))
        .insert_header(("Accept-Language", accept_language))
        .send()
        .await
        .expect("GET is sent");
    let content_language = response
        .headers()
        .get("content-language")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = response.json().limit(1 << 20).await.expect("a JSON body");
    (response.status().as_u16(), content_language, body)
}

async fn list(app: &TestApp, query: &str) -> Value {
    let response = app.get(&format!("/api/v1/skills{query}"), None).await;
    assert_eq!(response.status, 200, "{}", response.text());
    response.json()
}

fn items(page: &Value) -> &Vec<Value> {
    page["items"].as_array().expect("items")
}

fn find<'a>(page: &'a Value, slug: &str) -> Option<&'a Value> {
    items(page).iter().find(|skill| skill["slug"] == slug)
}

/// The seeded skill with `slug`, deprecated or not.
async fn seeded(app: &TestApp, slug: &str) -> Value {
    let page = list(app, "?limit=100&include_deprecated=true").await;
    find(&page, slug).cloned().expect("a seeded skill")
}

async fn create(app: &TestApp, token: Option<&str>, body: &Value) -> TestResponse {
    app.post_json_as("/api/v1/skills", body, token).await
}

async fn patch(app: &TestApp, id: &str, token: Option<&str>, body: &Value) -> TestResponse {
    app.send_json(
        Method::PATCH,
        &format!("/api/v1/skills/{id}"),
        Some(body),
        token,
    )
    .await
}

fn bicycle_repair() -> Value {
    json!({
        "slug": "bicycle-repair",
        "category": "transport",
        "labels": {"pl": " Naprawa rowerów ", "en": "Bicycle repair"}
    })
}

#[actix_web::test]
async fn the_seeded_taxonomy_is_listed_in_english_by_default() {
    let app = TestApp::spawn().await;
    let response = app.get("/api/v1/skills", None).await;
    assert_eq!(response.status, 200, "{}", response.text());
    assert_eq!(response.header("content-language"), Some("en"));
    let page = response.json();
    assert_eq!(items(&page).len(), 20, "the default limit");
    assert!(page["next_cursor"].is_string());

    let all = list(&app, "?limit=100").await;
    assert!(all["next_cursor"].is_null());
    assert_eq!(items(&all).len(), SEEDED);
    let first_aid = find(&all, "first-aid").expect("first-aid");
    assert_eq!(first_aid["category"], "health");
    assert_eq!(first_aid["label"], "First aid");
    assert_eq!(first_aid["label_lang"], "en");
    assert_eq!(first_aid["deprecated"], false);
    assert_eq!(
        first_aid["labels"],
        json!({
            "pl": "Pierwsza pomoc",
            "en": "First aid",
            "de": "Erste Hilfe",
            "lt": "Pirmoji pagalba",
            "lv": "Pirmā palīdzība",
            "uk": "Перша допомога"
        })
    );
    assert!(Uuid::parse_str(first_aid["id"].as_str().expect("id")).is_ok());
}

#[actix_web::test]
async fn cursors_visit_every_skill_exactly_once_in_slug_order() {
    let app = TestApp::spawn().await;
    let mut slugs: Vec<String> = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let query = match &cursor {
            Some(cursor) => format!("?limit=7&cursor={cursor}"),
            None => "?limit=7".to_owned(),
        };
        let page = list(&app, &query).await;
        pages += 1;
        assert!(items(&page).len() <= 7);
        slugs.extend(
            items(&page)
                .iter()
                .map(|skill| skill["slug"].as_str().expect("slug").to_owned()),
        );
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
        assert!(pages <= SEEDED, "pagination does not end");
    }
    assert!(slugs.len() >= 40);
    assert_eq!(slugs.len(), SEEDED);
    assert_eq!(pages, SEEDED.div_ceil(7));
    let unique: HashSet<&String> = slugs.iter().collect();
    assert_eq!(unique.len(), slugs.len(), "a skill was listed twice");
    let mut sorted = slugs.clone();
    sorted.sort();
    assert_eq!(slugs, sorted);
}

#[actix_web::test]
async fn page_parameters_outside_the_contract_are_422() {
    let app = TestApp::spawn().await;
    for (query, fields) in [
        ("?limit=0", vec!["limit"]),
        ("?limit=101", vec!["limit"]),
        ("?limit=-1", vec!["limit"]),
        ("?cursor=not-a-cursor", vec!["cursor"]),
        ("?limit=0&cursor=bm9wZQ", vec!["limit", "cursor"]),
        (
            "?lang=fr&category=medicine&limit=500",
            vec!["lang", "category", "limit"],
        ),
    ] {
        app.get(&format!("/api/v1/skills{query}"), None)
            .await
            .assert_invalid_fields(&fields);
    }
    // The bounds themselves are fine.
    assert_eq!(items(&list(&app, "?limit=1").await).len(), 1);
    assert_eq!(items(&list(&app, "?limit=100").await).len(), SEEDED);
}

#[actix_web::test]
async fn lang_uk_gives_ukrainian_labels() {
    let app = TestApp::spawn().await;
    let response = app
        .get("/api/v1/skills?lang=uk&category=health", None)
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
    assert_eq!(response.header("content-language"), Some("uk"));
    let page = response.json();
    assert!(!items(&page).is_empty());
    for skill in items(&page) {
        assert_eq!(skill["category"], "health");
        assert_eq!(skill["label_lang"], "uk");
        assert_eq!(skill["label"], skill["labels"]["uk"]);
    }
    assert_eq!(
        find(&page, "first-aid").expect("first-aid")["label"],
        "Перша допомога"
    );
}

#[actix_web::test]
async fn accept_language_quality_values_pick_the_label() {
    let app = TestApp::spawn().await;
    let (status, content_language, page) =
        get_in(&app, "/api/v1/skills?limit=100", "lt;q=0.9, de-DE;q=1.0").await;
    assert_eq!(status, 200);
    assert_eq!(content_language, "de");
    let first_aid = find(&page, "first-aid").expect("first-aid");
    assert_eq!(first_aid["label"], "Erste Hilfe");
    assert_eq!(first_aid["label_lang"], "de");

    // A region subtag stands for its language; q=0 excludes.
    let (_, content_language, _) = get_in(&app, "/api/v1/skills", "uk-UA").await;
    assert_eq!(content_language, "uk");
    let (_, content_language, _) = get_in(&app, "/api/v1/skills", "lv;q=0, pl;q=0.2").await;
    assert_eq!(content_language, "pl");
    // Nothing supported: English.
    let (_, content_language, _) = get_in(&app, "/api/v1/skills", "fr-FR, es;q=0.8").await;
    assert_eq!(content_language, "en");
    // `?lang=` overrides the header.
    let (_, content_language, page) = get_in(&app, "/api/v1/skills?lang=lt&limit=100", "de").await;
    assert_eq!(content_language, "lt");
    assert_eq!(
        find(&page, "first-aid").expect("first-aid")["label"],
        "Pirmoji pagalba"
    );
}

#[actix_web::test]
async fn an_unsupported_lang_is_422_naming_lang() {
    let app = TestApp::spawn().await;
    let response = app.get("/api/v1/skills?lang=fr", None).await;
    response.assert_invalid_fields(&["lang"]);
    let message = response.json()["errors"][0]["message"].clone();
    assert_eq!(message, "must be one of pl, en, de, lt, lv, uk");
    app.get("/api/v1/skills?category=medicine", None)
        .await
        .assert_invalid_fields(&["category"]);
}

#[actix_web::test]
async fn staff_add_a_skill_and_a_missing_label_falls_back_to_english() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let mut created = app
        .client
        .post(app.url("/api/v1/skills"))
        .bearer_auth(&staff.access_token)
        .insert_header(("Accept-Language", "lv"))
        .send_json(&bicycle_repair())
        .await
        .expect("POST is sent");
    assert_eq!(created.status().as_u16(), 201);
    let skill: Value = created.json().await.expect("JSON");
    assert_eq!(skill["slug"], "bicycle-repair");
    assert_eq!(skill["category"], "transport");
    assert_eq!(skill["deprecated"], false);
    assert_eq!(
        skill["labels"],
        json!({"pl": "Naprawa rowerów", "en": "Bicycle repair", "de": null, "lt": null, "lv": null, "uk": null})
    );
    // No Latvian label: the English one, and the answer says so.
    assert_eq!(skill["label"], "Bicycle repair");
    assert_eq!(skill["label_lang"], "en");

    let page = list(&app, "?lang=lv&category=transport").await;
    let listed = find(&page, "bicycle-repair").expect("the new skill is listed");
    assert_eq!(listed["id"], skill["id"]);
    assert_eq!(listed["label_lang"], "en");
    assert_eq!(listed["label"], "Bicycle repair");
    // Skills that have a Latvian label still show it.
    assert_eq!(
        find(&page, "bicycle-courier").expect("seeded")["label_lang"],
        "lv"
    );

    let in_polish = list(&app, "?lang=pl&category=transport").await;
    let listed = find(&in_polish, "bicycle-repair").expect("listed");
    assert_eq!(listed["label"], "Naprawa rowerów");
    assert_eq!(listed["label_lang"], "pl");
}

#[actix_web::test]
async fn a_duplicate_slug_is_a_409() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let taken = json!({
        "slug": "first-aid",
        "category": "health",
        "labels": {"pl": "Pierwsza pomoc", "en": "First aid"}
    });
    create(&app, Some(&staff.access_token), &taken)
        .await
        .assert_problem(409, "skill-slug-taken");

    let fresh = create(&app, Some(&staff.access_token), &bicycle_repair()).await;
    assert_eq!(fresh.status, 201, "{}", fresh.text());
    create(&app, Some(&staff.access_token), &bicycle_repair())
        .await
        .assert_problem(409, "skill-slug-taken");
    assert_eq!(items(&list(&app, "?limit=100").await).len(), SEEDED + 1);
}

#[actix_web::test]
async fn each_invalid_field_of_a_new_skill_is_named_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let with = |change: &dyn Fn(&mut Value)| {
        let mut body = bicycle_repair();
        change(&mut body);
        body
    };
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (with(&|b| b["slug"] = json!("Bicycle Repair")), vec!["slug"]),
        (
            with(&|b| b["slug"] = json!("bicycle--repair")),
            vec!["slug"],
        ),
        (with(&|b| b["slug"] = json!("a".repeat(65))), vec!["slug"]),
        (with(&|b| b["slug"] = json!(5)), vec!["slug"]),
        (
            with(&|b| b["category"] = json!("bicycles")),
            vec!["category"],
        ),
        (
            with(&|b| b["labels"]["pl"] = json!("  ")),
            vec!["labels.pl"],
        ),
        (
            with(&|b| b["labels"]["en"] = json!("x".repeat(101))),
            vec!["labels.en"],
        ),
        (
            with(&|b| b["labels"]["de"] = json!("Fahrrad\nreparatur")),
            vec!["labels.de"],
        ),
        (with(&|b| b["labels"]["uk"] = json!("")), vec!["labels.uk"]),
        (
            with(&|b| b["labels"] = json!({"en": "Bicycle repair"})),
            vec!["labels.pl"],
        ),
        (
            with(&|b| b["deprecated"] = json!("yes")),
            vec!["deprecated"],
        ),
        (
            json!({"slug": "-", "category": "", "labels": {"pl": "", "en": "", "lt": ""}}),
            vec!["slug", "category", "labels.pl", "labels.en", "labels.lt"],
        ),
    ];
    for (body, fields) in cases {
        create(&app, Some(&staff.access_token), &body)
            .await
            .assert_invalid_fields(&fields);
    }
    // A language the taxonomy does not have is refused, not dropped.
    let body = with(&|b| b["labels"]["ua"] = json!("Ремонт велосипедів"));
    create(&app, Some(&staff.access_token), &body)
        .await
        .assert_invalid_fields(&["labels.ua"]);
    assert!(find(&list(&app, "?limit=100").await, "bicycle-repair").is_none());
}

#[actix_web::test]
async fn only_staff_add_skills() {
    let app = TestApp::spawn().await;
    let volunteer = app.user().await;
    create(&app, Some(&volunteer.access_token), &bicycle_repair())
        .await
        .assert_problem(403, "forbidden");
    create(&app, None, &bicycle_repair())
        .await
        .assert_problem(401, "unauthorized");
    create(&app, Some("not-a-token"), &bicycle_repair())
        .await
        .assert_problem(401, "unauthorized");
    assert!(find(&list(&app, "?limit=100").await, "bicycle-repair").is_none());
}

#[actix_web::test]
async fn a_deprecated_skill_is_hidden_from_new_choices_but_kept() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let first_aid = seeded(&app, "first-aid").await;
    let id = first_aid["id"].as_str().expect("id");

    let response = patch(
        &app,
        id,
        Some(&staff.access_token),
        &json!({"deprecated": true}),
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let changed = response.json();
    assert_eq!(changed["deprecated"], true);
    // Nothing else changed.
    assert_eq!(changed["slug"], "first-aid");
    assert_eq!(changed["labels"], first_aid["labels"]);
    assert_eq!(changed["category"], "health");

    let default = list(&app, "?limit=100").await;
    assert!(find(&default, "first-aid").is_none());
    assert_eq!(items(&default).len(), SEEDED - 1);
    let health = list(&app, "?category=health").await;
    assert!(find(&health, "first-aid").is_none());

    let everything = list(&app, "?limit=100&include_deprecated=true").await;
    assert_eq!(items(&everything).len(), SEEDED);
    assert_eq!(
        find(&everything, "first-aid").expect("still there")["deprecated"],
        true
    );

    // And back.
    let restored = patch(
        &app,
        id,
        Some(&staff.access_token),
        &json!({"deprecated": false}),
    )
    .await;
    assert_eq!(restored.json()["deprecated"], false);
    assert!(find(&list(&app, "?limit=100").await, "first-aid").is_some());
}

#[actix_web::test]
async fn labels_change_one_language_at_a_time() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let created = create(&app, Some(&staff.access_token), &bicycle_repair()).await;
    assert_eq!(created.status, 201, "{}", created.text());
    let id = created.json()["id"].as_str().expect("id").to_owned();

    let response = patch(
        &app,
        &id,
        Some(&staff.access_token),
        &json!({"labels": {"lt": "Dviračių taisymas", "uk": "Ремонт велосипедів", "en": "Bike repair"}, "category": "logistics"}),
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let changed = response.json();
    assert_eq!(changed["category"], "logistics");
    assert_eq!(
        changed["labels"],
        json!({"pl": "Naprawa rowerów", "en": "Bike repair", "de": null, "lt": "Dviračių taisymas", "lv": null, "uk": "Ремонт велосипедів"})
    );

    // null removes an optional label; the others stay.
    let changed = patch(
        &app,
        &id,
        Some(&staff.access_token),
        &json!({"labels": {"uk": null}}),
    )
    .await
    .json();
    assert_eq!(changed["labels"]["uk"], Value::Null);
    assert_eq!(changed["labels"]["lt"], "Dviračių taisymas");
    let (_, _, page) = get_in(&app, "/api/v1/skills?category=logistics", "uk").await;
    let listed = find(&page, "bicycle-repair").expect("listed");
    assert_eq!(listed["label_lang"], "en");
    assert_eq!(listed["label"], "Bike repair");

    // Required labels cannot be removed or emptied; nothing is written.
    for (body, fields) in [
        (json!({"labels": {"pl": null}}), vec!["labels.pl"]),
        (
            json!({"labels": {"en": null, "de": ""}}),
            vec!["labels.en", "labels.de"],
        ),
        (json!({"labels": null}), vec!["labels"]),
        (json!({"category": "bicycles"}), vec!["category"]),
        (
            json!({"category": null, "deprecated": null}),
            vec!["category", "deprecated"],
        ),
    ] {
        patch(&app, &id, Some(&staff.access_token), &body)
            .await
            .assert_invalid_fields(&fields);
    }
    let unchanged = patch(&app, &id, Some(&staff.access_token), &json!({})).await;
    assert_eq!(unchanged.status, 200, "{}", unchanged.text());
    assert_eq!(unchanged.json()["labels"], changed["labels"]);
}

#[actix_web::test]
async fn the_slug_is_stable() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let first_aid = seeded(&app, "first-aid").await;
    let id = first_aid["id"].as_str().expect("id");
    for body in [
        json!({"slug": "emergency-first-aid"}),
        json!({"slug": "first-aid", "deprecated": true}),
        json!({"slug": null}),
    ] {
        let response = patch(&app, id, Some(&staff.access_token), &body).await;
        response.assert_invalid_fields(&["slug"]);
        assert_eq!(
            response.json()["errors"][0]["message"],
            "is stable and cannot be changed"
        );
    }
    let after = seeded(&app, "first-aid").await;
    assert_eq!(after["deprecated"], false);
}

#[actix_web::test]
async fn patching_an_unknown_skill_is_404() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let body = json!({"deprecated": true});
    patch(
        &app,
        &Uuid::new_v4().to_string(),
        Some(&staff.access_token),
        &body,
    )
    .await
    .assert_problem(404, "not-found");
    patch(&app, "not-a-uuid", Some(&staff.access_token), &body)
        .await
        .assert_problem(404, "not-found");
}

#[actix_web::test]
async fn only_staff_change_skills() {
    let app = TestApp::spawn().await;
    let volunteer = app.user().await;
    let first_aid = seeded(&app, "first-aid").await;
    let id = first_aid["id"].as_str().expect("id");
    let body = json!({"deprecated": true});
    patch(&app, id, Some(&volunteer.access_token), &body)
        .await
        .assert_problem(403, "forbidden");
    patch(&app, id, None, &body)
        .await
        .assert_problem(401, "unauthorized");
    assert_eq!(seeded(&app, "first-aid").await["deprecated"], false);
}

//! `GET /opportunities/{id}/candidates`: an opportunity's best volunteers.

use super::*;

#[actix_web::test]
async fn candidates_are_discoverable_fitting_volunteers_showing_only_what_they_agreed_to() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Caritas Toruń").await;
    let first_aid = app.skill_id("first-aid").await;
    let cooking = app.skill_id("cooking").await;
    let day = day_ahead(4);
    let next_week = day_ahead(11);
    let meals_place = (53.0402, 18.6503);
    let opportunity = org
        .published(
            &app,
            json!({
                "title": "Meals for seniors",
                "cause": "seniors",
                "min_age": 18,
                "location": place(meals_place),
                "required_skills": [{"skill_id": first_aid, "min_level": 1}],
                "preferred_skills": [{"skill_id": cooking, "min_level": 1}],
                "languages": [{"code": "pl", "min_level": "B1"}]
            }),
        )
        .await;
    let soon_shift = org
        .shift(&app, &opportunity, day, (10, 0), (12, 0), 5)
        .await;
    let later_shift = org
        .shift(&app, &opportunity, next_week, (10, 0), (12, 0), 5)
        .await;
    let window = json!([{"weekday": weekday(day), "start": "09:00", "end": "13:00"}]);
    let ola = person(
        &app,
        "Ola K.",
        30,
        north_of(meals_place, 0.87, 0.0011),
        json!({
            "skills": [{"skill_id": first_aid, "level": 2}, {"skill_id": cooking, "level": 1}],
            "languages": [{"code": "pl", "level": "C2"}, {"code": "en", "level": "B2"}],
            "causes": ["seniors"], "availability": window
        }),
    )
    .await;
    let signed = person(
        &app,
        "Piotr S.",
        45,
        north_of(meals_place, 3.0, 0.0013),
        json!({
            "skills": [{"skill_id": first_aid, "level": 1}],
            "languages": [{"code": "pl", "level": "C1"}],
            "causes": ["seniors"], "availability": window
        }),
    )
    .await;
    let jan = person(
        &app,
        "Jan N.",
        20,
        north_of(meals_place, 7.5, 0.0017),
        json!({
            "skills": [{"skill_id": first_aid, "level": 1}],
            "languages": [{"code": "pl", "level": "B2"}],
            "availability": window
        }),
    )
    .await;
    // Would fit best, but did not agree to be found.
    let hidden = person(
        &app,
        "Hidden H.",
        30,
        north_of(meals_place, 0.5, 0.0019),
        json!({
            "skills": [{"skill_id": first_aid, "level": 3}, {"skill_id": cooking, "level": 3}],
            "languages": [{"code": "pl", "level": "C2"}],
            "causes": ["seniors"], "availability": window, "discoverable": false
        }),
    )
    .await;
    // Discoverable, but without first aid; and one not free that weekday.
    let no_first_aid = person(
        &app,
        "Ewa B.",
        30,
        north_of(meals_place, 1.0, 0.0023),
        json!({
            "skills": [{"skill_id": cooking, "level": 3}],
            "languages": [{"code": "pl", "level": "C2"}],
            "causes": ["seniors"], "availability": window
        }),
    )
    .await;
    let busy = person(&app, "Adam Z.", 30, north_of(meals_place, 1.5, 0.0029), json!({
        "skills": [{"skill_id": first_aid, "level": 2}],
        "languages": [{"code": "pl", "level": "C2"}],
        "causes": ["seniors"],
        "availability": [{"weekday": weekday(day + Days::new(1)), "start": "09:00", "end": "13:00"}]
    }))
    .await;
    let applied = app.sign_up(&signed.user, &soon_shift).await;
    assert_eq!(applied.status, 201, "{}", applied.text());

    let response = candidates(&app, &org.owner, &opportunity).await;
    assert_eq!(response.status, 200, "{}", response.text());
    assert_eq!(response.header("content-language"), Some("en"));
    let text = response.text();
    let page = response.json();
    assert_eq!(
        volunteer_ids(&page),
        [
            ola.user.id.to_string(),
            signed.user.id.to_string(),
            jan.user.id.to_string()
        ],
        "{page}"
    );
    assert_eq!(page["next_cursor"], Value::Null);
    let mut last_score = u64::MAX;
    for item in items(&page) {
        assert_explained(item);
        let score = item["score"].as_u64().expect("score");
        assert!(score < last_score, "best first: {page}");
        last_score = score;
        assert_eq!(
            keys(item),
            [
                "age_band",
                "display_name",
                "distance_band",
                "languages",
                "reasons",
                "score",
                "shifts",
                "signed_up",
                "skills",
                "volunteer_id"
            ],
            "{item}"
        );
        for skill in item["skills"].as_array().expect("skills") {
            assert_eq!(keys(skill), ["level", "skill_id"], "{item}");
        }
        for language in item["languages"].as_array().expect("languages") {
            assert_eq!(keys(language), ["code", "level"], "{item}");
        }
        // Both shifts are open and inside everyone's window (the one a
        // candidate already holds aside: see below).
        if item["signed_up"] == false {
            assert_eq!(
                item["shifts"],
                json!([soon_shift["id"], later_shift["id"]]),
                "{item}"
            );
        }
    }
    let [first, second, third] = &items(&page)[..] else {
        panic!("three candidates: {page}");
    };
    assert_eq!(first["display_name"], "Ola K.");
    assert_eq!(first["age_band"], "25–34");
    // Bands are measured from the grid cell of the home (53.05, 18.645),
    // 1.1 km from the place, and are coarse.
    assert_eq!(first["distance_band"], "under 5 km");
    assert_eq!(first["signed_up"], false);
    let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    assert_eq!(
        pairs(&first["languages"], "code", "level"),
        [pair("en", "B2"), pair("pl", "C2")]
    );
    let mut wanted_skills = vec![pair(&first_aid, "2"), pair(&cooking, "1")];
    wanted_skills.sort();
    assert_eq!(pairs(&first["skills"], "skill_id", "level"), wanted_skills);
    // Ola: skills 5 of 8 units (18), Polish C2 over B1 (10), her home's
    // cell 1.1 km away (19), seniors (15), fully available (15).
    let ola_points: Vec<u64> = FACTORS[..5].iter().map(|f| points(first, f)).collect();
    assert_eq!(ola_points, [18, 10, 19, 15, 15], "{first}");
    assert_eq!(detail(first, "distance"), "Under 5 km from home");

    assert_eq!(second["display_name"], "Piotr S.");
    assert_eq!(second["age_band"], "35–49");
    assert_eq!(second["distance_band"], "under 5 km");
    assert_eq!(second["signed_up"], true);
    // The shift Piotr holds is marked by `signed_up`, not offered again.
    assert_eq!(second["shifts"], json!([later_shift["id"]]), "{second}");
    assert_eq!(third["display_name"], "Jan N.");
    assert_eq!(third["age_band"], "18–24");
    assert_eq!(third["distance_band"], "5–10 km");
    assert_eq!(third["signed_up"], false);
    assert_eq!(
        detail(third, "causes"),
        "Not among the causes of interest: older people"
    );

    // Nothing private anywhere in the answer.
    for who in [&ola, &signed, &jan, &hidden, &no_first_aid, &busy] {
        let private = [
            who.user.email.clone(),
            who.birth_date.to_string(),
            who.birth_date.format("%d.%m.%Y").to_string(),
            json!(who.home.0).to_string(),
            json!(who.home.1).to_string(),
            format!("{:.4}", who.home.0),
            format!("{:.4}", who.home.1),
        ];
        for secret in private {
            assert!(!text.contains(&secret), "{secret} shown: {text}");
        }
    }
    assert!(!text.contains('@'), "an e-mail address shown: {text}");
    for never in [
        "email",
        "birth_date",
        "home",
        "lat",
        "lon",
        "guardian",
        "max_distance_km",
    ] {
        assert!(
            !text.contains(&format!("\"{never}")),
            "{never} shown: {text}"
        );
    }

    // A page at a time, and in German on request.
    let one = app
        .get(
            &format!("{}?limit=1", candidates_path(&opportunity)),
            Some(&org.owner.access_token),
        )
        .await
        .json();
    assert_eq!(volunteer_ids(&one), [ola.user.id.to_string()]);
    let rest = app
        .get(
            &format!(
                "{}?limit=5&cursor={}",
                candidates_path(&opportunity),
                one["next_cursor"].as_str().expect("a cursor")
            ),
            Some(&org.owner.access_token),
        )
        .await
        .json();
    assert_eq!(
        volunteer_ids(&rest),
        [signed.user.id.to_string(), jan.user.id.to_string()]
    );
    let german = app
        .get(
            &format!("{}?lang=de", candidates_path(&opportunity)),
            Some(&org.owner.access_token),
        )
        .await;
    assert_eq!(german.header("content-language"), Some("de"));
    assert_eq!(
        detail(&items(&german.json())[0], "causes"),
        "Unter den Interessengebieten: Senioren"
    );
    for (query, field) in [
        ("?lang=xx", "lang"),
        ("?limit=0", "limit"),
        ("?cursor=garbage", "cursor"),
    ] {
        app.get(
            &format!("{}{query}", candidates_path(&opportunity)),
            Some(&org.owner.access_token),
        )
        .await
        .assert_invalid_fields(&[field]);
    }
}

#[actix_web::test]
async fn candidates_are_for_the_organisations_members_and_city_staff_only() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Fundacja Dostęp").await;
    let day = day_ahead(3);
    let published = org.published(&app, json!({"title": "Published one"})).await;
    org.shift(&app, &published, day, (10, 0), (12, 0), 5).await;
    let draft = app
        .opportunity(&org.owner, &org.organization, json!({"title": "Draft one"}))
        .await;
    org.shift(&app, &draft, day, (10, 0), (12, 0), 5).await;
    let coordinator = app.user().await;
    app.invite_and_accept(&org.owner, &org.organization, &coordinator, "coordinator")
        .await;
    let stranger_owner = app.user().await;
    app.organization(&stranger_owner, "Inna Fundacja").await;
    let volunteer = app.adult_volunteer().await;
    let staff = app.staff().await;

    for opportunity in [&published, &draft] {
        app.get(&candidates_path(opportunity), None)
            .await
            .assert_problem(401, "unauthorized");
        for allowed in [&org.owner, &coordinator, &staff] {
            let response = candidates(&app, allowed, opportunity).await;
            assert_eq!(response.status, 200, "{}", response.text());
            assert!(response.json()["items"].is_array());
        }
    }
    candidates(&app, &stranger_owner, &published)
        .await
        .assert_problem(403, "forbidden");
    candidates(&app, &volunteer, &published)
        .await
        .assert_problem(403, "forbidden");
    candidates(&app, &stranger_owner, &draft)
        .await
        .assert_problem(404, "not-found");
    candidates(&app, &volunteer, &draft)
        .await
        .assert_problem(404, "not-found");
    app.get(
        &format!("/api/v1/opportunities/{}/candidates", uuid::Uuid::new_v4()),
        Some(&org.owner.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    app.get(
        &format!("/api/v1/opportunities/{}/candidates", uuid::Uuid::new_v4()),
        Some(&staff.access_token),
    )
    .await
    .assert_problem(404, "not-found");
}

#[actix_web::test]
async fn minors_match_only_with_a_guardians_consent_and_the_age_allowed() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Młodzieżowe Centrum").await;
    let day = day_ahead(3);
    let at_sixteen = org
        .published(
            &app,
            json!({"title": "From sixteen", "cause": "animals", "min_age": 16}),
        )
        .await;
    org.shift(&app, &at_sixteen, day, (10, 0), (12, 0), 5).await;
    let adults_only = org
        .published(
            &app,
            json!({"title": "Adults only", "cause": "animals", "min_age": 18}),
        )
        .await;
    org.shift(&app, &adults_only, day, (10, 0), (12, 0), 5)
        .await;
    let profile = |consent: bool| {
        let mut body = json!({
            "birth_date": aged(16),
            "home": place(north_of((53.0103, 18.6057), 2.0, 0.0)),
            "max_distance_km": 10,
            "availability": [{"weekday": weekday(day), "start": "09:00", "end": "13:00"}],
            "causes": ["animals"],
            "discoverable": true
        });
        if consent {
            body["guardian_consent"] = json!(true);
            body["guardian_name"] = json!("Anna Kowalska");
        }
        body
    };
    let without = app.user_named("Kuba bez zgody").await;
    app.put_volunteer_profile(&without, &profile(false)).await;
    let with = app.user_named("Zosia ze zgodą").await;
    app.put_volunteer_profile(&with, &profile(true)).await;
    let adult = app.user_named("Dorosły").await;
    let mut adult_profile = profile(false);
    adult_profile["birth_date"] = json!(aged(30));
    app.put_volunteer_profile(&adult, &adult_profile).await;

    assert_eq!(
        matches(&app, &without, "").await,
        json!({"items": [], "next_cursor": null})
    );
    assert_eq!(titles(&matches(&app, &with, "").await), ["From sixteen"]);
    let mut adult_titles = titles(&matches(&app, &adult, "").await)
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    adult_titles.sort_unstable();
    assert_eq!(adult_titles, ["Adults only", "From sixteen"]);

    let sixteen = candidates(&app, &org.owner, &at_sixteen).await;
    assert_eq!(sixteen.status, 200, "{}", sixteen.text());
    let sixteen = sixteen.json();
    let mut found = volunteer_ids(&sixteen);
    found.sort_unstable();
    let mut expected = vec![with.id.to_string(), adult.id.to_string()];
    expected.sort_unstable();
    assert_eq!(found, expected, "{sixteen}");
    let minor = items(&sixteen)
        .iter()
        .find(|item| item["volunteer_id"] == with.id.to_string())
        .expect("the minor with consent");
    assert_eq!(minor["age_band"], "16–17");
    assert_eq!(minor["display_name"], "Zosia ze zgodą");
    let eighteen = candidates(&app, &org.owner, &adults_only).await.json();
    assert_eq!(volunteer_ids(&eighteen), [adult.id.to_string()]);

    // The engine agrees with the sign-up rules.
    let sign_ups = app
        .get(
            &format!("/api/v1/opportunities/{}/shifts", id(&at_sixteen)),
            None,
        )
        .await
        .json();
    let shift = &items(&sign_ups)[0];
    app.sign_up(&without, shift)
        .await
        .assert_problem(409, "guardian-consent-missing");
    assert_eq!(app.sign_up(&with, shift).await.status, 201);
}

#[actix_web::test]
async fn remote_work_needs_no_home_and_shows_no_distance() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Fundacja Zdalna").await;
    let day = day_ahead(2);
    let remote = org
        .published(
            &app,
            json!({"title": "Online tutoring", "cause": "education",
                   "remote": true, "location": null}),
        )
        .await;
    org.shift(&app, &remote, day, (17, 0), (18, 30), 5).await;
    let on_site = org
        .published(&app, json!({"title": "Tutoring at the library"}))
        .await;
    org.shift(&app, &on_site, day, (17, 0), (18, 30), 5).await;
    // No home and no travel distance: remote work only.
    let volunteer = app.user_named("Marta W.").await;
    app.put_volunteer_profile(
        &volunteer,
        &json!({
            "birth_date": aged(22),
            "availability": [{"weekday": weekday(day), "start": "16:00", "end": "20:00"}],
            "causes": ["education"],
            "discoverable": true
        }),
    )
    .await;

    let page = matches(&app, &volunteer, "").await;
    assert_eq!(titles(&page), ["Online tutoring"], "{page}");
    let item = &items(&page)[0];
    assert_explained(item);
    assert_eq!(points(item, "distance"), 20);
    assert_eq!(detail(item, "distance"), "Remote: no travel");
    assert_eq!(points(item, "causes"), 15);

    let found = candidates(&app, &org.owner, &remote).await;
    assert_eq!(found.status, 200, "{}", found.text());
    let found = found.json();
    assert_eq!(volunteer_ids(&found), [volunteer.id.to_string()], "{found}");
    assert_eq!(items(&found)[0]["distance_band"], "remote");
    assert_eq!(items(&found)[0]["age_band"], "18–24");
    assert_eq!(items(&found)[0]["score"], item["score"]);
    let none = candidates(&app, &org.owner, &on_site).await.json();
    assert_eq!(none, json!({"items": [], "next_cursor": null}));
}

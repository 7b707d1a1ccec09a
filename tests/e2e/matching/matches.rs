//! `GET /me/matches`: a volunteer's best opportunities.

use super::*;

#[actix_web::test]
async fn matches_rank_fitting_opportunities_and_explain_each_factor() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Centrum Wolontariatu Toruń").await;
    let first_aid = app.skill_id("first-aid").await;
    let cooking = app.skill_id("cooking").await;
    let day = day_ahead(3);
    let next_week = day_ahead(10);
    let volunteer = app.user().await;
    // Matches do not depend on being discoverable.
    app.put_volunteer_profile(
        &volunteer,
        &json!({
            "birth_date": aged(30),
            "home_city": "Toruń",
            "home_country": "PL",
            "home": place(TORUN),
            "max_distance_km": 30,
            "skills": [{"skill_id": first_aid, "level": 2}],
            "languages": [{"code": "pl", "level": "C2"}, {"code": "en", "level": "B2"}],
            "availability": [{"weekday": weekday(day), "start": "09:00", "end": "13:00"}],
            "causes": ["seniors"],
            "discoverable": false
        }),
    )
    .await;

    // 10.5 km from home: 10 full kilometres, 10 distance points.
    let away = place(north_of(TORUN, 10.5, 0.0));
    let fitting = [
        // Differs from "Plain" in one factor each.
        (
            "Seniors club",
            json!({"cause": "seniors", "location": away}),
        ),
        (
            "Next door",
            json!({"cause": "poverty", "location": place(TORUN)}),
        ),
        (
            "First aid welcome",
            json!({"cause": "poverty", "location": away,
                   "preferred_skills": [{"skill_id": first_aid, "min_level": 1}]}),
        ),
        (
            "Polish speakers",
            json!({"cause": "poverty", "location": away,
                   "languages": [{"code": "pl", "min_level": "B2"}]}),
        ),
        ("Plain", json!({"cause": "poverty", "location": away})),
    ];
    let mut opportunities = Vec::new();
    let mut morning_shifts = Vec::new();
    for (title, mut body) in fitting {
        body["title"] = json!(title);
        let opportunity = org.published(&app, body).await;
        morning_shifts.push(
            org.shift(&app, &opportunity, day, (10, 0), (12, 0), 5)
                .await,
        );
        opportunities.push(opportunity);
    }
    // First aid also has a shift outside the week (not offered) and one a
    // week later (offered).
    let first_aid_opportunity = &opportunities[2];
    org.shift(&app, first_aid_opportunity, day, (18, 0), (20, 0), 5)
        .await;
    let first_aid_later = org
        .shift(&app, first_aid_opportunity, next_week, (10, 0), (12, 0), 5)
        .await;
    // Half covered by the 09:00–13:00 window: still eligible, 7 of 15.
    let half = org
        .published(
            &app,
            json!({"title": "Half covered", "cause": "poverty", "location": away}),
        )
        .await;
    let half_shift = org.shift(&app, &half, day, (12, 0), (14, 0), 5).await;

    // Each breaks one hard requirement; otherwise they would rank high.
    let seniors = |title: &str, extra: Value| {
        let mut body = json!({"title": title, "cause": "seniors", "location": away});
        if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            body.extend(extra.clone());
        }
        body
    };
    let excluded = [
        seniors(
            "Needs a cook",
            json!({"required_skills": [{"skill_id": cooking, "min_level": 1}]}),
        ),
        seniors(
            "Needs an expert first aider",
            json!({"required_skills": [{"skill_id": first_aid, "min_level": 3}]}),
        ),
        seniors(
            "Needs fluent English",
            json!({"languages": [{"code": "en", "min_level": "C1"}]}),
        ),
        seniors(
            "Too far",
            json!({"location": place(north_of(TORUN, 40.0, 0.0))}),
        ),
        seniors("Over forties", json!({"min_age": 40})),
    ];
    for body in excluded {
        let opportunity = org.published(&app, body).await;
        org.shift(&app, &opportunity, day, (10, 0), (12, 0), 5)
            .await;
    }
    let evening = org
        .published(&app, seniors("Evening only", json!({})))
        .await;
    org.shift(&app, &evening, day, (18, 0), (20, 0), 5).await;
    let full = org
        .published(&app, seniors("Already full", json!({})))
        .await;
    let full_shift = org.shift(&app, &full, day, (10, 0), (12, 0), 1).await;
    let taken = app.sign_up(&app.adult_volunteer().await, &full_shift).await;
    assert_eq!(taken.json()["status"], "confirmed", "{}", taken.text());
    org.published(&app, seniors("No shifts yet", json!({})))
        .await;
    let draft = app
        .opportunity(
            &org.owner,
            &org.organization,
            seniors("Still a draft", json!({})),
        )
        .await;
    org.shift(&app, &draft, day, (10, 0), (12, 0), 5).await;

    let before = Utc::now();
    let page = matches(&app, &volunteer, "").await;
    let after = Utc::now();
    assert_eq!(
        titles(&page),
        [
            "Seniors club",
            "Next door",
            "First aid welcome",
            "Polish speakers",
            "Plain",
            "Half covered"
        ],
        "{page}"
    );
    assert_eq!(page["next_cursor"], Value::Null);
    let mut last_score = u64::MAX;
    for item in items(&page) {
        assert_explained(item);
        let score = item["score"].as_u64().expect("score");
        assert!(score < last_score, "best first, no ties: {page}");
        last_score = score;
        assert_eq!(item["opportunity"]["status"], "published");
        // Soonness follows the first offered shift.
        let first = time(&item["shifts"][0]["starts_at"]).expect("starts_at");
        let soon = points(item, "soon");
        assert!(
            [soon_points(first, before), soon_points(first, after)].contains(&soon),
            "{item}"
        );
    }
    // The points of each factor, soonness aside.
    let expected = [
        ("Seniors club", [15, 5, 10, 15, 15]),
        ("Next door", [15, 5, 20, 0, 15]),
        ("First aid welcome", [22, 5, 10, 0, 15]),
        ("Polish speakers", [15, 10, 10, 0, 15]),
        ("Plain", [15, 5, 10, 0, 15]),
        ("Half covered", [15, 5, 10, 0, 7]),
    ];
    for (title, expected) in expected {
        let item = titled(&page, title);
        let got: Vec<u64> = FACTORS[..5]
            .iter()
            .map(|factor| points(item, factor))
            .collect();
        assert_eq!(got, expected, "{title}: {item}");
    }
    // The shifts offered: in the week, free, soonest first, with their times.
    for ((item, opportunity), shift) in items(&page).iter().zip(&opportunities).zip(&morning_shifts)
    {
        assert_eq!(item["opportunity"]["id"], opportunity["id"]);
        assert_eq!(item["shifts"][0]["id"], shift["id"], "{item}");
        assert_eq!(time(&item["shifts"][0]["starts_at"]), Some(at(day, 10, 0)));
        assert_eq!(time(&item["shifts"][0]["ends_at"]), Some(at(day, 12, 0)));
    }
    let offered: Vec<&Value> = titled(&page, "First aid welcome")["shifts"]
        .as_array()
        .expect("shifts")
        .iter()
        .map(|shift| &shift["id"])
        .collect();
    assert_eq!(offered, [&morning_shifts[2]["id"], &first_aid_later["id"]]);
    assert_eq!(
        titled(&page, "Seniors club")["shifts"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let half_item = titled(&page, "Half covered");
    assert_eq!(half_item["shifts"][0]["id"], half_shift["id"]);
    assert_eq!(
        time(&half_item["shifts"][0]["starts_at"]),
        Some(at(day, 12, 0))
    );
    assert_eq!(half_item["shifts"].as_array().map(Vec::len), Some(1));

    // Details, in English by default.
    let seniors_item = titled(&page, "Seniors club");
    assert_eq!(detail(seniors_item, "distance"), "10.5 km from home");
    assert_eq!(
        detail(seniors_item, "causes"),
        "Among the causes of interest: older people"
    );
    assert_eq!(
        detail(titled(&page, "Next door"), "distance"),
        "0.0 km from home"
    );
    assert_eq!(
        detail(titled(&page, "First aid welcome"), "skills"),
        "Required skills met: 0; preferred skills held: 1 of 1; levels above the minimum: 1"
    );
    assert_eq!(
        detail(half_item, "availability"),
        "Availability covers 50% of the shift"
    );

    // In Polish by `lang`, in German by `Accept-Language`; `lang` wins.
    let english = app.get(MATCHES, Some(&volunteer.access_token)).await;
    assert_eq!(english.header("content-language"), Some("en"));
    let polish = app
        .get(&format!("{MATCHES}?lang=pl"), Some(&volunteer.access_token))
        .await;
    assert_eq!(polish.status, 200, "{}", polish.text());
    assert_eq!(polish.header("content-language"), Some("pl"));
    let polish = polish.json();
    assert_eq!(titles(&polish), titles(&page));
    let seniors_pl = titled(&polish, "Seniors club");
    assert_eq!(detail(seniors_pl, "distance"), "10,5 km od domu");
    assert_eq!(
        detail(seniors_pl, "causes"),
        "Wśród obszarów zainteresowań: seniorzy"
    );
    assert_eq!(seniors_pl["score"], seniors_item["score"]);
    let german = app
        .get_with_headers(
            MATCHES,
            Some(&volunteer.access_token),
            &[("Accept-Language", "de-DE, de;q=0.9, en;q=0.5")],
        )
        .await;
    assert_eq!(german.status, 200, "{}", german.text());
    assert_eq!(german.header("content-language"), Some("de"));
    assert_eq!(
        detail(titled(&german.json(), "Seniors club"), "distance"),
        "10,5 km von zu Hause"
    );
    let overridden = app
        .get_with_headers(
            &format!("{MATCHES}?lang=pl"),
            Some(&volunteer.access_token),
            &[("Accept-Language", "de")],
        )
        .await;
    assert_eq!(overridden.header("content-language"), Some("pl"));
}

#[actix_web::test]
async fn matches_filter_by_cause_remote_and_time_and_page_in_order() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Fundacja Filtry").await;
    let day = day_ahead(3);
    let next_week = day_ahead(10);
    let volunteer = app.user().await;
    app.put_volunteer_profile(
        &volunteer,
        &json!({
            "birth_date": aged(25),
            "home": place(TORUN),
            "max_distance_km": 30,
            "availability": [{"weekday": weekday(day), "start": "08:00", "end": "16:00"}],
            "causes": ["seniors", "animals"]
        }),
    )
    .await;
    let near = place(north_of(TORUN, 2.5, 0.0));
    let seniors_now = org
        .published(
            &app,
            json!({"title": "Seniors this week", "cause": "seniors", "location": near}),
        )
        .await;
    let this_week = org
        .shift(&app, &seniors_now, day, (10, 0), (12, 0), 5)
        .await;
    let later_too = org
        .shift(&app, &seniors_now, next_week, (10, 0), (12, 0), 5)
        .await;
    let remote = org
        .published(
            &app,
            json!({"title": "Remote animal adoption calls", "cause": "animals",
                   "remote": true, "location": null}),
        )
        .await;
    org.shift(&app, &remote, day, (9, 0), (11, 0), 5).await;
    let later = org
        .published(
            &app,
            json!({"title": "Seniors next week", "cause": "seniors", "location": near}),
        )
        .await;
    org.shift(&app, &later, next_week, (13, 0), (15, 0), 5)
        .await;
    let education = org
        .published(
            &app,
            json!({"title": "Homework club", "cause": "education", "location": near}),
        )
        .await;
    org.shift(&app, &education, day, (14, 0), (16, 0), 5).await;

    let all = matches(&app, &volunteer, "").await;
    let all_titles = titles(&all);
    assert_eq!(all_titles.len(), 4, "{all}");
    for item in items(&all) {
        assert_explained(item);
    }

    // Causes: the one asked for only.
    let by_cause = matches(&app, &volunteer, "?cause=seniors").await;
    let mut seniors_titles = titles(&by_cause);
    seniors_titles.sort_unstable();
    assert_eq!(seniors_titles, ["Seniors next week", "Seniors this week"]);
    assert_eq!(
        titles(&matches(&app, &volunteer, "?cause=education").await),
        ["Homework club"]
    );
    assert_eq!(
        items(&matches(&app, &volunteer, "?cause=sport").await).len(),
        0
    );
    // Remote or on site.
    let remote_only = matches(&app, &volunteer, "?remote=true").await;
    assert_eq!(titles(&remote_only), ["Remote animal adoption calls"]);
    let remote_item = &items(&remote_only)[0];
    assert_eq!(points(remote_item, "distance"), 20);
    assert_eq!(detail(remote_item, "distance"), "Remote: no travel");
    let on_site = matches(&app, &volunteer, "?remote=false").await;
    assert_eq!(titles(&on_site).len(), 3);
    assert!(!titles(&on_site).contains(&"Remote animal adoption calls"));

    // A window of shift starts: only the shifts inside it are offered.
    let split = at(day_ahead(6), 0, 0);
    let from_later = matches(&app, &volunteer, &format!("?from={}", query_time(split))).await;
    let mut later_titles = titles(&from_later);
    later_titles.sort_unstable();
    assert_eq!(later_titles, ["Seniors next week", "Seniors this week"]);
    let seniors_later = titled(&from_later, "Seniors this week");
    assert_eq!(seniors_later["shifts"].as_array().map(Vec::len), Some(1));
    assert_eq!(seniors_later["shifts"][0]["id"], later_too["id"]);
    let until_split = matches(&app, &volunteer, &format!("?to={}", query_time(split))).await;
    let mut soon_titles = titles(&until_split);
    soon_titles.sort_unstable();
    assert_eq!(
        soon_titles,
        [
            "Homework club",
            "Remote animal adoption calls",
            "Seniors this week"
        ]
    );
    let seniors_soon = titled(&until_split, "Seniors this week");
    assert_eq!(seniors_soon["shifts"].as_array().map(Vec::len), Some(1));
    assert_eq!(seniors_soon["shifts"][0]["id"], this_week["id"]);
    let narrow = matches(
        &app,
        &volunteer,
        &format!(
            "?from={}&to={}&cause=seniors&remote=false",
            query_time(at(day, 9, 30)),
            query_time(at(day, 10, 30))
        ),
    )
    .await;
    assert_eq!(titles(&narrow), ["Seniors this week"]);

    // One at a time: the same order, nothing twice, then no cursor.
    let mut walked = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..10 {
        let query = match &cursor {
            Some(cursor) => format!("?limit=1&cursor={cursor}"),
            None => "?limit=1".to_owned(),
        };
        let page = matches(&app, &volunteer, &query).await;
        assert!(items(&page).len() <= 1, "{page}");
        walked.extend(titles(&page).into_iter().map(str::to_owned));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(walked, all_titles);
    let two = matches(&app, &volunteer, "?limit=2").await;
    assert_eq!(titles(&two), all_titles[..2]);
    let rest = matches(
        &app,
        &volunteer,
        &format!(
            "?limit=2&cursor={}",
            two["next_cursor"].as_str().expect("a cursor")
        ),
    )
    .await;
    assert_eq!(titles(&rest), all_titles[2..]);
    assert_eq!(rest["next_cursor"], Value::Null);

    // Invalid parameters are named.
    let token = Some(volunteer.access_token.as_str());
    for (query, fields) in [
        ("?cause=politics".to_owned(), vec!["cause"]),
        ("?lang=xx".to_owned(), vec!["lang"]),
        ("?limit=0".to_owned(), vec!["limit"]),
        ("?limit=101".to_owned(), vec!["limit"]),
        ("?cursor=garbage".to_owned(), vec!["cursor"]),
        (
            format!(
                "?from={}&to={}",
                query_time(at(day, 12, 0)),
                query_time(at(day, 10, 0))
            ),
            vec!["to"],
        ),
        (
            format!("?from={0}&to={0}", query_time(at(day, 12, 0))),
            vec!["to"],
        ),
        (
            "?cause=politics&lang=xx&limit=0".to_owned(),
            vec!["cause", "lang", "limit"],
        ),
    ] {
        app.get(&format!("{MATCHES}{query}"), token)
            .await
            .assert_invalid_fields(&fields);
    }
}

#[actix_web::test]
async fn matches_need_a_token_and_a_profile() {
    let app = TestApp::spawn().await;
    app.get(MATCHES, None)
        .await
        .assert_problem(401, "unauthorized");
    app.get(MATCHES, Some("not-a-token"))
        .await
        .assert_problem(401, "unauthorized");
    let newcomer = app.user().await;
    let problem = app
        .get(MATCHES, Some(&newcomer.access_token))
        .await
        .assert_problem(409, "volunteer-profile-missing");
    let said = problem["detail"].as_str().expect("detail");
    assert!(
        said.contains("create") && said.contains("/api/v1/me/volunteer-profile"),
        "{problem}"
    );
    // Without a birth date no shift's age rule can be checked: the
    // problem says what to add.
    app.put_volunteer_profile(&newcomer, &json!({"max_distance_km": 10}))
        .await;
    let problem = app
        .get(MATCHES, Some(&newcomer.access_token))
        .await
        .assert_problem(409, "volunteer-birth-date-missing");
    assert!(
        problem["detail"]
            .as_str()
            .is_some_and(|said| said.contains("birth_date")),
        "{problem}"
    );
    // Once the profile is complete, an empty list rather than a problem.
    app.put_volunteer_profile(&newcomer, &json!({"birth_date": aged(20)}))
        .await;
    let page = matches(&app, &newcomer, "").await;
    assert_eq!(page, json!({"items": [], "next_cursor": null}));
}

#[actix_web::test]
async fn shifts_signed_up_for_are_not_offered_again() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Fundacja Zapisy").await;
    let day = day_ahead(3);
    let next_week = day_ahead(10);
    let volunteer = free_all_day_in_torun(&app, day, 40).await;
    let near = place(north_of(TORUN, 1.2, 0.0));
    let two_shifts = org
        .published(&app, json!({"title": "Two shifts", "location": near}))
        .await;
    let first = org.shift(&app, &two_shifts, day, (10, 0), (12, 0), 5).await;
    let second = org
        .shift(&app, &two_shifts, next_week, (10, 0), (12, 0), 5)
        .await;
    let one_shift = org
        .published(&app, json!({"title": "One shift", "location": near}))
        .await;
    let only = org.shift(&app, &one_shift, day, (14, 0), (16, 0), 5).await;
    let shift_ids = |item: &Value| -> Vec<String> {
        item["shifts"]
            .as_array()
            .expect("shifts")
            .iter()
            .map(|shift| shift["id"].as_str().expect("id").to_owned())
            .collect()
    };

    let page = matches(&app, &volunteer, "").await;
    let mut both = titles(&page);
    both.sort_unstable();
    assert_eq!(both, ["One shift", "Two shifts"]);
    assert_eq!(
        shift_ids(titled(&page, "Two shifts")),
        [id(&first), id(&second)]
    );

    let signed = app.sign_up(&volunteer, &first).await;
    assert_eq!(signed.status, 201, "{}", signed.text());
    let page = matches(&app, &volunteer, "").await;
    assert_eq!(shift_ids(titled(&page, "Two shifts")), [id(&second)]);
    // The soonest offered shift is now a week later.
    assert_eq!(
        time(&titled(&page, "Two shifts")["shifts"][0]["starts_at"]),
        Some(at(next_week, 10, 0))
    );

    let signed = app.sign_up(&volunteer, &only).await;
    assert_eq!(signed.status, 201, "{}", signed.text());
    let page = matches(&app, &volunteer, "").await;
    assert_eq!(titles(&page), ["Two shifts"]);

    // Withdrawing offers the shift again.
    let withdrawn = app
        .post_json_as(
            &format!("/api/v1/applications/{}/withdraw", id(&signed.json())),
            &json!({}),
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.text());
    let page = matches(&app, &volunteer, "").await;
    let mut both = titles(&page);
    both.sort_unstable();
    assert_eq!(both, ["One shift", "Two shifts"]);
    assert_eq!(shift_ids(titled(&page, "One shift")), [id(&only)]);
}

#[actix_web::test]
async fn a_fitting_shift_after_five_that_do_not_fit_is_still_offered() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Bank Żywności").await;
    let volunteer = app.user().await;
    let free_day = day_ahead(7);
    app.put_volunteer_profile(
        &volunteer,
        &json!({
            "birth_date": aged(30),
            "home": place(TORUN),
            "max_distance_km": 10,
            "availability": [{"weekday": weekday(free_day), "start": "09:00", "end": "13:00"}],
            "discoverable": true
        }),
    )
    .await;
    // A shift every day for a week; the volunteer is free on the last one only.
    let daily = org
        .published(
            &app,
            json!({"title": "Daily sorting", "location": place(TORUN)}),
        )
        .await;
    for days in 1..=7 {
        org.shift(&app, &daily, day_ahead(days), (10, 0), (12, 0), 5)
            .await;
    }
    let fitting = at(free_day, 10, 0);

    // The other direction finds the pair.
    let found = candidates(&app, &org.owner, &daily).await.json();
    assert_eq!(volunteer_ids(&found), [volunteer.id.to_string()], "{found}");

    let page = matches(&app, &volunteer, "").await;
    assert_eq!(titles(&page), ["Daily sorting"], "{page}");
    assert_eq!(
        time(&items(&page)[0]["shifts"][0]["starts_at"]),
        Some(fitting)
    );
}

#[actix_web::test]
async fn shifts_clashing_with_a_confirmed_one_are_not_offered() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Fundacja Kolizje").await;
    let day = day_ahead(4);
    let volunteer = free_all_day_in_torun(&app, day, 35).await;
    let near = place(north_of(TORUN, 0.8, 0.0));
    let held = org
        .published(&app, json!({"title": "Held", "location": near}))
        .await;
    let morning = org.shift(&app, &held, day, (9, 0), (12, 0), 5).await;
    let other = org
        .published(&app, json!({"title": "Other", "location": near}))
        .await;
    let clashing = org.shift(&app, &other, day, (11, 0), (13, 0), 5).await;
    let afternoon = org.shift(&app, &other, day, (14, 0), (16, 0), 5).await;

    let signed = app.sign_up(&volunteer, &morning).await;
    assert_eq!(signed.status, 201, "{}", signed.text());
    assert_eq!(signed.json()["status"], "confirmed");
    let page = matches(&app, &volunteer, "").await;
    assert_eq!(titles(&page), ["Other"]);
    let offered: Vec<&str> = titled(&page, "Other")["shifts"]
        .as_array()
        .expect("shifts")
        .iter()
        .filter_map(|shift| shift["id"].as_str())
        .collect();
    // 11:00–13:00 overlaps the confirmed 09:00–12:00: a sign-up would be refused.
    assert_eq!(offered, [id(&afternoon)]);
    assert_ne!(offered, [id(&clashing)]);
}

/// A volunteer of `age` living in Toruń, travelling 10 km, free 08:00–20:00
/// on the weekday of `day`.
pub(super) async fn free_all_day_in_torun(app: &TestApp, day: NaiveDate, age: i32) -> TestUser {
    let volunteer = app.user().await;
    app.put_volunteer_profile(
        &volunteer,
        &json!({
            "birth_date": aged(age),
            "home": place(TORUN),
            "max_distance_km": 10,
            "availability": [{"weekday": weekday(day), "start": "08:00", "end": "20:00"}]
        }),
    )
    .await;
    volunteer
}

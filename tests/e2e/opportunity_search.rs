use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::Text};
use hop_tests::{TestApp, TestUser};
use serde_json::{Value, json};

#[derive(QueryableByName)]
struct SkillId {
    #[diesel(sql_type = Text)]
    id: String,
}

fn titles(page: &Value) -> Vec<&str> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["title"].as_str().unwrap())
        .collect()
}

async fn publish(
    app: &TestApp,
    owner: &TestUser,
    organization: &Value,
    body: Value,
    shift_in_hours: Option<(i64, i64)>,
) -> Value {
    let opportunity = app.opportunity(owner, organization, body).await;
    let path = format!(
        "/api/v1/opportunities/{}/publish",
        opportunity["id"].as_str().unwrap()
    );
    assert_eq!(
        app.post_json_as(&path, &json!({}), Some(&owner.access_token))
            .await
            .status,
        200
    );
    if let Some((hours, capacity)) = shift_in_hours {
        app.shift(owner, &opportunity, hours, 2, capacity).await;
    }
    opportunity
}

#[actix_web::test]
async fn every_filter_and_order_of_the_search() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    let org = app
        .verified_organization(&owner, &staff, "Centrum Wolontariatu")
        .await;
    let skill = sql_query("SELECT id::text AS id FROM skills WHERE slug = 'first-aid'")
        .get_result::<SkillId>(&mut app.db())
        .unwrap()
        .id;
    let torun = json!({"lat": 53.0138, "lon": 18.5984});
    let bydgoszcz = json!({"lat": 53.1235, "lon": 18.0084});
    publish(&app, &owner, &org, json!({"title": "Pomoc dzieciom w świetlicy", "cause": "children", "location": torun, "languages": [{"code": "uk", "min_level": "B1"}]}), Some((48, 5))).await;
    publish(&app, &owner, &org, json!({"title": "Sorting donations", "cause": "poverty", "location": bydgoszcz, "required_skills": [{"skill_id": skill, "min_level": 1}]}), Some((24, 1))).await;
    publish(&app, &owner, &org, json!({"title": "Online tutoring in English", "cause": "education", "remote": true, "location": null}), Some((72, 3))).await;
    publish(
        &app,
        &owner,
        &org,
        json!({"title": "No shifts yet", "cause": "culture", "location": torun}),
        None,
    )
    .await;
    app.opportunity(&owner, &org, json!({"title": "A draft about children"}))
        .await;

    let search = |query: &'static str| {
        let app = &app;
        async move {
            let response = app
                .get(&format!("/api/v1/opportunities{query}"), None)
                .await;
            assert_eq!(response.status, 200, "{query}: {}", response.text());
            response.json()
        }
    };
    // Soonest first, only those with an upcoming shift; drafts never.
    assert_eq!(
        titles(&search("").await),
        [
            "Sorting donations",
            "Pomoc dzieciom w świetlicy",
            "Online tutoring in English"
        ]
    );
    assert_eq!(titles(&search("?sort=newest").await).len(), 4);
    // Text: accents and endings ignored, Polish and English.
    assert_eq!(
        titles(&search("?q=swietlica%20dzieci").await),
        ["Pomoc dzieciom w świetlicy"]
    );
    assert_eq!(
        titles(&search("?q=DZIECI").await),
        ["Pomoc dzieciom w świetlicy"]
    );
    assert_eq!(
        titles(&search("?q=tutor").await),
        ["Online tutoring in English"]
    );
    assert_eq!(titles(&search("?q=donation").await), ["Sorting donations"]);
    assert_eq!(
        titles(&search("?cause=education").await),
        ["Online tutoring in English"]
    );
    assert_eq!(
        titles(&search("?remote=true").await),
        ["Online tutoring in English"]
    );
    assert_eq!(
        titles(&search("?language=uk").await),
        ["Pomoc dzieciom w świetlicy"]
    );
    let by_skill = app
        .get(&format!("/api/v1/opportunities?skill={skill}"), None)
        .await
        .json();
    assert_eq!(titles(&by_skill), ["Sorting donations"]);
    // Near Toruń: Bydgoszcz is about 42 km away.
    assert_eq!(
        titles(&search("?near=53.0138,18.5984&radius_km=10").await),
        ["Pomoc dzieciom w świetlicy"]
    );
    // By distance: both Toruń ones (0 km, in id order), then Bydgoszcz.
    let by_distance = search("?near=53.0138,18.5984&radius_km=60&sort=distance").await;
    let by_distance = titles(&by_distance);
    assert_eq!(by_distance.len(), 3);
    assert_eq!(by_distance[2], "Sorting donations");
    // Shift windows and free places: the 24-hour shift has one place.
    let window = app
        .get(
            &format!(
                "/api/v1/opportunities?from={}&to={}",
                (chrono::Utc::now() + chrono::TimeDelta::hours(36))
                    .to_rfc3339()
                    .replace('+', "%2B"),
                (chrono::Utc::now() + chrono::TimeDelta::hours(60))
                    .to_rfc3339()
                    .replace('+', "%2B")
            ),
            None,
        )
        .await;
    assert_eq!(window.status, 200, "{}", window.text());
    assert_eq!(titles(&window.json()), ["Pomoc dzieciom w świetlicy"]);
    assert_eq!(titles(&search("?open=true").await).len(), 3);

    // Pages of one visit each in order.
    let first = search("?limit=1").await;
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let second = app
        .get(
            &format!("/api/v1/opportunities?limit=1&cursor={cursor}"),
            None,
        )
        .await
        .json();
    assert_eq!(titles(&second), ["Pomoc dzieciom w świetlicy"]);
    app.get(
        &format!("/api/v1/opportunities?limit=1&sort=newest&cursor={cursor}"),
        None,
    )
    .await
    .assert_invalid_fields(&["cursor"]);

    for (query, field) in [
        ("?near=53.0", "near"),
        ("?near=95,18", "near.lat"),
        ("?near=53,18&radius_km=5000", "radius_km"),
        ("?radius_km=5", "radius_km"),
        ("?sort=distance", "sort"),
        ("?sort=random", "sort"),
        ("?language=xx", "language"),
        ("?cause=politics", "cause"),
        ("?q=%20%21%21", "q"),
        ("?limit=0", "limit"),
    ] {
        app.get(&format!("/api/v1/opportunities{query}"), None)
            .await
            .assert_invalid_fields(&[field]);
    }
}

#[actix_web::test]
async fn a_full_shift_no_longer_counts_as_open() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"title": "Only one place"}))
        .await;
    let shift = app.shift(&owner, &opportunity, 24, 2, 1).await;
    assert_eq!(
        titles(
            &app.get("/api/v1/opportunities?open=true", None)
                .await
                .json()
        ),
        ["Only one place"]
    );
    app.sign_up(&app.adult_volunteer().await, &shift).await;
    assert_eq!(
        app.get("/api/v1/opportunities?open=true", None)
            .await
            .json()["items"],
        json!([])
    );
    assert_eq!(
        titles(&app.get("/api/v1/opportunities", None).await.json()),
        ["Only one place"]
    );
}

#[actix_web::test]
async fn pages_by_distance_keep_every_opportunity_at_one_place_once_in_id_order() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    // Seven at one address: equal distances, which the nearest-first index
    // returns in no particular order.
    let mut expected = Vec::new();
    for n in 0..7 {
        let published = app
            .published_opportunity(
                &owner,
                json!({
                    "title": format!("Same place {n}"),
                    "location": {"lat": 53.0103, "lon": 18.6057, "address": "ul. Szeroka 1, Toruń"}
                }),
            )
            .await;
        expected.push(published["id"].as_str().expect("id").to_owned());
    }
    expected.sort();

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..10 {
        let after = cursor
            .as_deref()
            .map_or(String::new(), |cursor| format!("&cursor={cursor}"));
        let page = app
            .get(
                &format!(
                    "/api/v1/opportunities?near=53.0138,18.5984&radius_km=5&sort=distance&limit=2{after}"
                ),
                None,
            )
            .await;
        assert_eq!(page.status, 200, "{}", page.text());
        let page = page.json();
        seen.extend(
            page["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|item| item["id"].as_str().expect("id").to_owned()),
        );
        cursor = page["next_cursor"].as_str().map(str::to_owned);
        if cursor.is_none() {
            break;
        }
    }
    assert_eq!(seen, expected, "every one once, ties in id order");
}

#[actix_web::test]
async fn a_window_that_ends_before_it_starts_is_named() {
    let app = TestApp::spawn().await;
    let from = chrono::Utc::now() + chrono::TimeDelta::days(2);
    let to = from - chrono::TimeDelta::days(1);
    let query = time_query(&[("from", from), ("to", to)]);
    app.get(&format!("/api/v1/opportunities?{query}"), None)
        .await
        .assert_invalid_fields(&["to"]);
}

/// `name=value&…` with RFC 3339 times, escaped for a query string.
fn time_query(pairs: &[(&str, chrono::DateTime<chrono::Utc>)]) -> String {
    pairs
        .iter()
        .map(|(name, at)| format!("{name}={}", at.to_rfc3339().replace('+', "%2B")))
        .collect::<Vec<_>>()
        .join("&")
}

#[actix_web::test]
async fn search_parameters_of_the_wrong_type_are_named() {
    let app = TestApp::spawn().await;
    for (query, field) in [
        ("?remote=maybe", "remote"),
        ("?open=maybe", "open"),
        ("?skill=first-aid", "skill"),
        ("?organization_id=42", "organization_id"),
        ("?from=tomorrow", "from"),
        ("?radius_km=far", "radius_km"),
        ("?limit=ten", "limit"),
    ] {
        app.get(&format!("/api/v1/opportunities{query}"), None)
            .await
            .assert_invalid_fields(&[field]);
    }
}

/// Every page of `query` in turn (100 at a time): the ids in order.
async fn every_page(app: &TestApp, query: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(cursor) => format!("/api/v1/opportunities?limit=100&{query}&cursor={cursor}"),
            None => format!("/api/v1/opportunities?limit=100&{query}"),
        };
        let response = app.get(&path, None).await;
        assert_eq!(response.status, 200, "{query}: {}", response.text());
        let page = response.json();
        ids.extend(
            page["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|o| o["id"].as_str().expect("id").to_owned()),
        );
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return ids,
        }
    }
}

/// The ids PostgreSQL lists for `condition` in `order`, as the API must.
fn listed(app: &TestApp, condition: &str, order: &str) -> Vec<String> {
    #[derive(QueryableByName)]
    struct Id {
        #[diesel(sql_type = Text)]
        id: String,
    }
    sql_query(format!(
        "SELECT id::text AS id FROM opportunities WHERE status = 'published' AND {condition} ORDER BY {order}"
    ))
    .load::<Id>(&mut app.db())
    .expect("list")
    .into_iter()
    .map(|row| row.id)
    .collect()
}

#[actix_web::test]
async fn rare_and_common_searches_page_through_every_match_once_in_order() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    let organization = app
        .verified_organization(&owner, &staff, "Bank Żywności Toruń")
        .await;
    // 1 200 published opportunities straight into the table. `sortowanie`
    // (every one) is common: the search walks the order's index. `paczki
    // zywnosci` (170, all among the latest next shifts) is absent from the sample of
    // the 500 soonest: the search reads its matches through the text index
    // and pages them in memory. Next shifts and publication times repeat,
    // so ties are cut by id.
    sql_query(
        "INSERT INTO opportunities (organization_id, title, cause, status, published_at, \
                                    next_shift_at, search_text, lat, lon) \
         SELECT $1::uuid, 'Sortowanie ' || n, 'poverty', 'published', \
                now() - (n % 50) * interval '1 hour', now() + (n % 70) * interval '1 hour', \
                'sortowanie zywnosci ' || CASE WHEN n % 70 >= 60 THEN 'paczki' ELSE 'magazyn' END, \
                53.0 + (n % 30) * 0.001, 18.6 \
         FROM generate_series(1, 1200) AS n",
    )
    .bind::<Text, _>(organization["id"].as_str().expect("id"))
    .execute(&mut app.db())
    .expect("seed opportunities");
    // With statistics, one word is judged by them (`sortowanie` is among the
    // most common lexemes); two words by the sample.
    sql_query("ANALYZE opportunities")
        .execute(&mut app.db())
        .expect("analyze");

    let near = "near=53.0138,18.5984&radius_km=50";
    for (word, condition) in [
        ("sortowanie", "search_text LIKE '%sortowanie%'"),
        ("paczki%20zywnosci", "search_text LIKE '%paczki%'"),
    ] {
        let soonest = every_page(&app, &format!("q={word}")).await;
        assert_eq!(
            soonest,
            listed(&app, condition, "next_shift_at, id"),
            "{word}"
        );
        let newest = every_page(&app, &format!("q={word}&sort=newest")).await;
        assert_eq!(
            newest,
            listed(&app, condition, "published_at DESC, id DESC"),
            "{word}"
        );
        let by_distance = every_page(&app, &format!("q={word}&{near}&sort=distance")).await;
        let mut unique = by_distance.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), by_distance.len(), "{word}: no repeats");
        let mut all = listed(&app, condition, "id");
        all.sort();
        let missing = all.iter().filter(|id| !unique.contains(id)).count();
        assert_eq!(
            (unique.len(), missing),
            (all.len(), 0),
            "{word}: every match by distance"
        );
    }
    assert_eq!(every_page(&app, "q=sortowanie").await.len(), 1200);
    assert_eq!(every_page(&app, "q=paczki%20zywnosci").await.len(), 170);
    assert!(every_page(&app, "q=nieznanes%C5%82owo").await.is_empty());
}

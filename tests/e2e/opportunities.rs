use actix_web::http::Method;
use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::Text};
use hop_tests::TestApp;
use serde_json::{Value, json};

fn id(body: &Value) -> &str {
    body["id"].as_str().expect("id")
}

#[derive(QueryableByName)]
struct SkillId {
    #[diesel(sql_type = Text)]
    id: String,
}

fn skill_ids(app: &TestApp, count: i64) -> Vec<String> {
    sql_query("SELECT id::text AS id FROM skills WHERE NOT deprecated ORDER BY slug LIMIT $1")
        .bind::<diesel::sql_types::BigInt, _>(count)
        .load::<SkillId>(&mut app.db())
        .unwrap()
        .into_iter()
        .map(|row| row.id)
        .collect()
}

#[actix_web::test]
async fn members_create_drafts_with_every_contract_field() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Fundacja Pomocy").await;
    let skills = skill_ids(&app, 2);
    let body = json!({
        "title": "Homework club",
        "description": "Help primary-school children with homework.",
        "cause": "children",
        "min_age": 18,
        "requires_review": true,
        "works_with_children": true,
        "remote": false,
        "location": {"lat": 53.0138, "lon": 18.5984, "address": "ul. Mickiewicza 2, Toruń"},
        "required_skills": [{"skill_id": skills[0], "min_level": 2}],
        "preferred_skills": [{"skill_id": skills[1], "min_level": 1}],
        "languages": [{"code": "pl", "min_level": "B2"}, {"code": "uk", "min_level": "a2"}]
    });
    let created = app.opportunity(&owner, &org, body).await;
    assert_eq!(created["status"], "draft");
    assert_eq!(created["organization_id"], org["id"]);
    assert_eq!(created["min_age"], 18);
    assert_eq!(
        created["required_skills"],
        json!([{"skill_id": skills[0], "min_level": 2}])
    );
    assert_eq!(
        created["preferred_skills"],
        json!([{"skill_id": skills[1], "min_level": 1}])
    );
    assert_eq!(
        created["languages"],
        json!([{"code": "pl", "min_level": "B2"}, {"code": "uk", "min_level": "A2"}])
    );
    assert_eq!(created["location"]["address"], "ul. Mickiewicza 2, Toruń");

    // The read (one query with the needs as arrays) gives back the very
    // document the write built from the needs' own rows.
    let path = format!("/api/v1/opportunities/{}", id(&created));
    let shown = app.get(&path, Some(&owner.access_token)).await;
    assert_eq!(shown.status, 200);
    assert_eq!(shown.json(), created);
}

#[actix_web::test]
async fn each_invalid_field_of_an_opportunity_is_named() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Fundacja Pomocy").await;
    let path = format!("/api/v1/organizations/{}/opportunities", id(&org));
    let skill = skill_ids(&app, 1).remove(0);
    let base = |extra: Value| {
        let mut body = json!({"title": "Homework club", "cause": "children", "remote": true});
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        body
    };
    let cases = [
        (base(json!({"title": "Hi"})), vec!["title"]),
        (base(json!({"cause": "politics"})), vec!["cause"]),
        (base(json!({"min_age": 12})), vec!["min_age"]),
        (base(json!({"min_age": 100})), vec!["min_age"]),
        (base(json!({"remote": false})), vec!["location"]),
        (
            base(json!({"location": {"lat": -91.0, "lon": 0.0}})),
            vec!["location.lat"],
        ),
        (
            base(json!({"required_skills": [{"skill_id": skill, "min_level": 4}]})),
            vec!["required_skills[0].min_level"],
        ),
        (
            base(
                json!({"required_skills": [{"skill_id": skill, "min_level": 1}], "preferred_skills": [{"skill_id": skill, "min_level": 2}]}),
            ),
            vec!["preferred_skills[0].skill_id"],
        ),
        (
            base(json!({"required_skills": [{"skill_id": uuid::Uuid::new_v4(), "min_level": 1}]})),
            vec!["required_skills"],
        ),
        (
            base(json!({"languages": [{"code": "xx", "min_level": "B1"}]})),
            vec!["languages[0].code"],
        ),
        (
            base(json!({"languages": [{"code": "pl", "min_level": "D1"}]})),
            vec!["languages[0].min_level"],
        ),
    ];
    for (body, fields) in cases {
        app.post_json_as(&path, &body, Some(&owner.access_token))
            .await
            .assert_invalid_fields(&fields);
    }
    let drafts: i64 = {
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            count: i64,
        }
        sql_query("SELECT count(*) AS count FROM opportunities")
            .get_result::<Count>(&mut app.db())
            .unwrap()
            .count
    };
    assert_eq!(drafts, 0, "no refused body wrote anything");
}

#[actix_web::test]
async fn only_members_create_and_change_opportunities() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    let org = app
        .verified_organization(&owner, &staff, "Fundacja Pomocy")
        .await;
    let path = format!("/api/v1/organizations/{}/opportunities", id(&org));
    let body = json!({"title": "Homework club", "cause": "children", "remote": true});
    let stranger = app.user().await;
    let other_owner = app.user().await;
    app.organization(&other_owner, "Inna Fundacja").await;
    app.post_json_as(&path, &body, Some(&stranger.access_token))
        .await
        .assert_problem(403, "forbidden");
    app.post_json_as(&path, &body, Some(&other_owner.access_token))
        .await
        .assert_problem(403, "forbidden");
    app.post_json_as(&path, &body, Some(&staff.access_token))
        .await
        .assert_problem(403, "forbidden");
    app.post_json(&path, &body)
        .await
        .assert_problem(401, "unauthorized");

    let draft = app.opportunity(&owner, &org, body).await;
    let draft_path = format!("/api/v1/opportunities/{}", id(&draft));
    for user in [&stranger, &other_owner, &staff] {
        let response = app
            .send_json(
                Method::PATCH,
                &draft_path,
                Some(&json!({"title": "Hijacked"})),
                Some(&user.access_token),
            )
            .await;
        assert!(matches!(response.status, 403 | 404), "{}", response.text());
    }
    let changed = app
        .send_json(
            Method::PATCH,
            &draft_path,
            Some(&json!({"title": "Homework club (Tuesdays)", "min_age": 16})),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text());
    assert_eq!(changed.json()["title"], "Homework club (Tuesdays)");
    app.send_json(
        Method::PATCH,
        &draft_path,
        Some(&json!({"status": "published"})),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["status"]);
}

#[actix_web::test]
async fn drafts_and_closed_ones_are_private_published_ones_public() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    let stranger = app.user().await;
    let org = app
        .verified_organization(&owner, &staff, "Fundacja Pomocy")
        .await;
    let draft = app.opportunity(&owner, &org, json!({})).await;
    let path = format!("/api/v1/opportunities/{}", id(&draft));
    assert_eq!(app.get(&path, Some(&owner.access_token)).await.status, 200);
    assert_eq!(app.get(&path, Some(&staff.access_token)).await.status, 200);
    app.get(&path, Some(&stranger.access_token))
        .await
        .assert_problem(404, "not-found");
    app.get(&path, None).await.assert_problem(404, "not-found");
    assert_eq!(
        app.get("/api/v1/opportunities", None).await.json()["items"],
        json!([])
    );

    let published = app
        .post_json_as(
            &format!("{path}/publish"),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(published.status, 200);
    assert_eq!(published.json()["status"], "published");
    assert_eq!(app.get(&path, None).await.status, 200);
    let listed = app
        .get("/api/v1/opportunities?cause=poverty&sort=newest", None)
        .await
        .json();
    assert_eq!(listed["items"][0]["id"], draft["id"]);
    assert_eq!(
        app.get("/api/v1/opportunities?cause=animals&sort=newest", None)
            .await
            .json()["items"],
        json!([])
    );
    app.get("/api/v1/opportunities?cause=politics", None)
        .await
        .assert_invalid_fields(&["cause"]);

    app.post_json_as(
        &format!("{path}/publish"),
        &json!({}),
        Some(&owner.access_token),
    )
    .await
    .assert_problem(409, "opportunity-status");
    app.post_json_as(
        &format!("{path}/close"),
        &json!({}),
        Some(&stranger.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    assert_eq!(
        app.post_json_as(
            &format!("{path}/close"),
            &json!({}),
            Some(&owner.access_token)
        )
        .await
        .status,
        200
    );
    app.get(&path, None).await.assert_problem(404, "not-found");
    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"title": "Reopened?"})),
        Some(&owner.access_token),
    )
    .await
    .assert_problem(409, "opportunity-closed");
}

#[actix_web::test]
async fn an_unverified_organisation_cannot_publish_and_is_told_why() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Nowa Fundacja").await;
    let draft = app.opportunity(&owner, &org, json!({})).await;
    let refused = app
        .post_json_as(
            &format!("/api/v1/opportunities/{}/publish", id(&draft)),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    let problem = refused.assert_problem(409, "opportunity-status");
    assert!(
        problem["detail"].as_str().unwrap().contains("not verified"),
        "{problem}"
    );
}

#[actix_web::test]
async fn each_invalid_field_of_a_change_is_named_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Fundacja Pomocy").await;
    let draft = app
        .opportunity(&owner, &org, json!({"title": "Homework club"}))
        .await;
    let path = format!("/api/v1/opportunities/{}", id(&draft));
    let skill = skill_ids(&app, 1).remove(0);
    let cases = [
        (json!({"title": "Hi"}), vec!["title"]),
        (json!({"cause": "politics"}), vec!["cause"]),
        (json!({"min_age": 12}), vec!["min_age"]),
        (json!({"min_age": 100}), vec!["min_age"]),
        (json!({"min_age": "sixteen"}), vec!["min_age"]),
        (
            json!({"location": {"lat": 53.0, "lon": 181.0}}),
            vec!["location.lon"],
        ),
        (
            json!({"required_skills": [{"skill_id": skill, "min_level": 0}]}),
            vec!["required_skills[0].min_level"],
        ),
        (
            json!({"required_skills": [{"skill_id": uuid::Uuid::new_v4(), "min_level": 1}]}),
            vec!["required_skills"],
        ),
        (
            json!({"languages": [{"code": "xx", "min_level": "B1"}]}),
            vec!["languages[0].code"],
        ),
        (
            json!({"languages": [{"code": "pl", "min_level": "D1"}]}),
            vec!["languages[0].min_level"],
        ),
        (json!({"status": "closed"}), vec!["status"]),
        (
            json!({"title": "Hi", "min_age": 12}),
            vec!["title", "min_age"],
        ),
    ];
    for (body, fields) in cases {
        app.send_json(Method::PATCH, &path, Some(&body), Some(&owner.access_token))
            .await
            .assert_invalid_fields(&fields);
    }
    let shown = app.get(&path, Some(&owner.access_token)).await.json();
    assert_eq!(shown, draft, "no refused change was written");
}

#[actix_web::test]
async fn closing_twice_or_publishing_a_closed_one_is_a_conflict() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let path = format!("/api/v1/opportunities/{}", id(&opportunity));
    let closed = app
        .post_json_as(
            &format!("{path}/close"),
            &json!({}),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(closed.status, 200, "{}", closed.text());
    assert_eq!(closed.json()["status"], "closed");
    for action in ["close", "publish"] {
        app.post_json_as(
            &format!("{path}/{action}"),
            &json!({}),
            Some(&owner.access_token),
        )
        .await
        .assert_problem(409, "opportunity-status");
    }
    assert_eq!(
        app.get(&path, Some(&owner.access_token)).await.json(),
        closed.json()
    );
}

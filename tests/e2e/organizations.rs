use actix_web::http::Method;
use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::Text};
use hop_tests::TestApp;
use serde_json::{Value, json};

fn id(body: &Value) -> &str {
    body["id"].as_str().expect("id")
}

#[actix_web::test]
async fn creating_makes_a_pending_organisation_owned_by_its_creator() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let body = json!({
        "name": "Polska Akcja Humanitarna — Toruń",
        "kind": "ngo",
        "description": "Humanitarian aid",
        "contact_email": "torun@pah.org.pl",
        "contact_phone": "+48 56 611 00 00",
        "website": "https://pah.org.pl",
        "address": "ul. Szeroka 1, 87-100 Toruń",
        "location": {"lat": 53.0103, "lon": 18.6057},
        "krs": "0000136833"
    });
    let created = app
        .post_json_as("/api/v1/organizations", &body, Some(&owner.access_token))
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let org = created.json();
    assert_eq!(org["status"], "pending");
    assert_eq!(org["krs"], "0000136833");
    assert_eq!(org["location"], json!({"lat": 53.0103, "lon": 18.6057}));

    let me = app
        .get("/api/v1/me", Some(&owner.access_token))
        .await
        .json();
    assert_eq!(
        me["memberships"],
        json!([{"organization_id": org["id"], "role": "owner"}])
    );
}

#[actix_web::test]
async fn each_invalid_field_of_a_new_organisation_is_named_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let cases = [
        (json!({"name": "X", "kind": "ngo"}), vec!["name"]),
        (
            json!({"name": "Good name", "kind": "company"}),
            vec!["kind"],
        ),
        (
            json!({"name": "Good name", "kind": "ngo", "krs": "12345"}),
            vec!["krs"],
        ),
        (
            json!({"name": "Good name", "kind": "ngo", "contact_email": "nope"}),
            vec!["contact_email"],
        ),
        (
            json!({"name": "Good name", "kind": "ngo", "contact_phone": "call me"}),
            vec!["contact_phone"],
        ),
        (
            json!({"name": "Good name", "kind": "ngo", "website": "pah.org.pl"}),
            vec!["website"],
        ),
        (
            json!({"name": "Good name", "kind": "ngo", "location": {"lat": 95.0, "lon": 18.0}}),
            vec!["location.lat"],
        ),
        (
            json!({"name": "Good name", "kind": "ngo", "location": {"lat": 53.0, "lon": 181.0}}),
            vec!["location.lon"],
        ),
        (
            json!({"name": "Good name", "kind": "ngo", "description": "x".repeat(5001)}),
            vec!["description"],
        ),
        (json!({"kind": "ngo"}), vec!["name"]),
        (
            json!({"name": "", "kind": "", "krs": "abc"}),
            vec!["name", "kind", "krs"],
        ),
    ];
    for (body, fields) in cases {
        app.post_json_as("/api/v1/organizations", &body, Some(&owner.access_token))
            .await
            .assert_invalid_fields(&fields);
    }
    app.post_json(
        "/api/v1/organizations",
        &json!({"name": "Good name", "kind": "ngo"}),
    )
    .await
    .assert_problem(401, "unauthorized");
    let me = app
        .get("/api/v1/me", Some(&owner.access_token))
        .await
        .json();
    assert_eq!(me["memberships"], json!([]));
}

#[actix_web::test]
async fn pending_organisations_are_only_for_members_and_staff() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let stranger = app.user().await;
    let staff = app.staff().await;
    let org = app.organization(&owner, "Hospicjum Toruń").await;
    let path = format!("/api/v1/organizations/{}", id(&org));

    assert_eq!(app.get(&path, Some(&owner.access_token)).await.status, 200);
    assert_eq!(app.get(&path, Some(&staff.access_token)).await.status, 200);
    app.get(&path, Some(&stranger.access_token))
        .await
        .assert_problem(404, "not-found");
    app.get(&path, None).await.assert_problem(404, "not-found");
    app.get("/api/v1/organizations/not-a-uuid", None)
        .await
        .assert_problem(404, "not-found");
    app.get(
        &format!("/api/v1/organizations/{}", uuid::Uuid::new_v4()),
        None,
    )
    .await
    .assert_problem(404, "not-found");

    let public_list = app.get("/api/v1/organizations", None).await.json();
    assert_eq!(public_list["items"], json!([]));

    // Verified: public.
    let verified = app
        .post_json_as(
            &format!("{path}/verify"),
            &json!({}),
            Some(&staff.access_token),
        )
        .await;
    assert_eq!(verified.status, 200);
    assert_eq!(app.get(&path, None).await.json()["status"], "verified");
    assert_eq!(
        app.get(&path, Some(&stranger.access_token)).await.status,
        200
    );
}

#[actix_web::test]
async fn verification_is_for_staff_and_notifies_the_owner() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    let org = app.organization(&owner, "Bank Żywności").await;
    let verify = format!("/api/v1/organizations/{}/verify", id(&org));
    let reject = format!("/api/v1/organizations/{}/reject", id(&org));

    // The owner cannot verify their own organisation; nobody anonymous can.
    app.post_json_as(&verify, &json!({}), Some(&owner.access_token))
        .await
        .assert_problem(403, "forbidden");
    app.post_json(&verify, &json!({}))
        .await
        .assert_problem(401, "unauthorized");
    app.post_json_as(&reject, &json!({"reason": "no"}), Some(&owner.access_token))
        .await
        .assert_problem(403, "forbidden");
    app.post_json_as(&reject, &json!({"reason": "  "}), Some(&staff.access_token))
        .await
        .assert_invalid_fields(&["reason"]);
    app.post_json_as(
        &format!("/api/v1/organizations/{}/verify", uuid::Uuid::new_v4()),
        &json!({}),
        Some(&staff.access_token),
    )
    .await
    .assert_problem(404, "not-found");

    let rejected = app
        .post_json_as(
            &reject,
            &json!({"reason": "The KRS number belongs to another organisation."}),
            Some(&staff.access_token),
        )
        .await;
    assert_eq!(rejected.status, 200, "{}", rejected.text());
    assert_eq!(rejected.json()["status"], "rejected");
    // The members see why.
    let seen = app
        .get(
            &format!("/api/v1/organizations/{}", id(&org)),
            Some(&owner.access_token),
        )
        .await
        .json();
    assert_eq!(
        seen["rejection_reason"],
        "The KRS number belongs to another organisation."
    );
    app.post_json_as(
        &reject,
        &json!({"reason": "again"}),
        Some(&staff.access_token),
    )
    .await
    .assert_problem(409, "review-conflict");

    assert_eq!(
        app.post_json_as(&verify, &json!({}), Some(&staff.access_token))
            .await
            .status,
        200
    );
    app.post_json_as(&verify, &json!({}), Some(&staff.access_token))
        .await
        .assert_problem(409, "review-conflict");
    app.post_json_as(
        &reject,
        &json!({"reason": "changed my mind"}),
        Some(&staff.access_token),
    )
    .await
    .assert_problem(409, "review-conflict");

    #[derive(QueryableByName)]
    struct Kind {
        #[diesel(sql_type = Text)]
        kind: String,
    }
    let kinds: Vec<Kind> =
        sql_query("SELECT kind FROM notifications WHERE recipient_id = $1 ORDER BY created_at")
            .bind::<diesel::sql_types::Uuid, _>(owner.id)
            .load(&mut app.db())
            .unwrap();
    let kinds: Vec<&str> = kinds.iter().map(|k| k.kind.as_str()).collect();
    assert_eq!(kinds, ["organization_rejected", "organization_verified"]);
}

#[actix_web::test]
async fn members_edit_details_but_never_the_status() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let stranger = app.user().await;
    let staff = app.staff().await;
    let org = app
        .verified_organization(&owner, &staff, "Schronisko dla Zwierząt")
        .await;
    let path = format!("/api/v1/organizations/{}", id(&org));

    let changed = app
        .send_json(Method::PATCH, &path, Some(&json!({"description": "Dogs and cats", "website": "https://schronisko.torun.pl", "location": {"lat": 53.02, "lon": 18.6}})), Some(&owner.access_token))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text());
    assert_eq!(changed.json()["website"], "https://schronisko.torun.pl");
    let cleared = app
        .send_json(
            Method::PATCH,
            &path,
            Some(&json!({"website": null, "location": null})),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(cleared.json()["website"], Value::Null);
    assert_eq!(cleared.json()["location"], Value::Null);
    assert_eq!(cleared.json()["description"], "Dogs and cats");

    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"status": "verified"})),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["status"]);
    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"name": "X", "krs": "1"})),
        Some(&owner.access_token),
    )
    .await
    .assert_invalid_fields(&["name", "krs"]);
    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"description": "hijack"})),
        Some(&stranger.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"description": "hijack"})),
        Some(&staff.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"description": "hijack"})),
        None,
    )
    .await
    .assert_problem(401, "unauthorized");
    // A member of another organisation is a stranger here.
    let other_owner = app.user().await;
    app.organization(&other_owner, "Inna Fundacja").await;
    app.send_json(
        Method::PATCH,
        &path,
        Some(&json!({"description": "hijack"})),
        Some(&other_owner.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    assert_eq!(
        app.get(&path, None).await.json()["description"],
        "Dogs and cats"
    );
}

#[actix_web::test]
async fn the_list_searches_ignoring_case_and_accents_and_pages_by_cursor() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    for name in [
        "Fundacja Toruń Pomaga",
        "Stowarzyszenie TORUN Razem",
        "Göttingen Hilft",
        "Klaipėdos savanoriai",
    ] {
        app.verified_organization(&owner, &staff, name).await;
    }
    let pending = app.organization(&owner, "Toruński Klub Seniora").await;

    let found = app.get("/api/v1/organizations?q=torun", None).await.json();
    let names: Vec<&str> = found["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Fundacja Toruń Pomaga", "Stowarzyszenie TORUN Razem"]
    );
    let found = app
        .get("/api/v1/organizations?q=GOTTINGEN", None)
        .await
        .json();
    assert_eq!(found["items"][0]["name"], "Göttingen Hilft");

    // Staff see the pending one too, and can filter by status.
    let all = app
        .get("/api/v1/organizations?q=torun", Some(&staff.access_token))
        .await
        .json();
    assert_eq!(all["items"].as_array().unwrap().len(), 3);
    let pending_only = app
        .get(
            "/api/v1/organizations?status=pending",
            Some(&staff.access_token),
        )
        .await
        .json();
    assert_eq!(pending_only["items"][0]["id"], pending["id"]);
    app.get(
        "/api/v1/organizations?status=pending",
        Some(&owner.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    app.get(
        "/api/v1/organizations?status=maybe",
        Some(&staff.access_token),
    )
    .await
    .assert_invalid_fields(&["status"]);
    app.get("/api/v1/organizations?kind=company", None)
        .await
        .assert_invalid_fields(&["kind"]);
    assert_eq!(
        app.get("/api/v1/organizations?kind=school", None)
            .await
            .json()["items"],
        json!([])
    );

    // Pages of 1 visit every verified organisation once, in name order.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(cursor) => format!("/api/v1/organizations?limit=1&cursor={cursor}"),
            None => "/api/v1/organizations?limit=1".to_owned(),
        };
        let page = app.get(&path, None).await.json();
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["name"].as_str().unwrap().to_owned()),
        );
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(
        seen,
        [
            "Fundacja Toruń Pomaga",
            "Göttingen Hilft",
            "Klaipėdos savanoriai",
            "Stowarzyszenie TORUN Razem"
        ]
    );

    for bad in ["limit=0", "limit=101", "limit=x", "cursor=not-a-cursor"] {
        let response = app.get(&format!("/api/v1/organizations?{bad}"), None).await;
        assert_eq!(response.status, 422, "{bad}: {}", response.text());
    }
    app.get("/api/v1/organizations", Some("garbage-token"))
        .await
        .assert_problem(401, "unauthorized");
}

#[actix_web::test]
async fn a_member_of_another_organisation_is_a_stranger_to_this_one() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Hospicjum Toruń").await;
    let other = app.user().await;
    app.organization(&other, "Inna Fundacja").await;
    let path = format!("/api/v1/organizations/{}", id(&org));

    app.get(&path, Some(&other.access_token))
        .await
        .assert_problem(404, "not-found");
    app.get(&format!("{path}/members"), Some(&other.access_token))
        .await
        .assert_problem(404, "not-found");
    app.post_json_as(
        &format!("{path}/members"),
        &json!({"email": other.email, "role": "owner"}),
        Some(&other.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    app.post_json_as(
        &format!("{path}/verify"),
        &json!({}),
        Some(&other.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    app.post_json_as(
        &format!("{path}/reject"),
        &json!({"reason": "no"}),
        Some(&other.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    let listed = app
        .get(
            "/api/v1/organizations?q=hospicjum",
            Some(&other.access_token),
        )
        .await
        .json();
    assert_eq!(
        listed["items"],
        json!([]),
        "a pending organisation is not listed for others"
    );
}

/// PATCH means one thing: `null` clears what can be empty and is refused,
/// by name, where there is nothing to clear; nothing is written then.
#[actix_web::test]
async fn null_clears_what_can_be_empty_and_is_refused_elsewhere() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Bank Żywności").await;
    let path = format!("/api/v1/organizations/{}", id(&org));
    let token = Some(owner.access_token.as_str());

    for field in ["name", "description", "kind"] {
        app.send_json(
            Method::PATCH,
            &path,
            Some(&json!({ field: null, "website": "https://bank.example" })),
            token,
        )
        .await
        .assert_invalid_fields(&[field]);
    }
    let unchanged = app.get(&path, token).await.json();
    assert_eq!(unchanged["name"], "Bank Żywności");
    assert_eq!(unchanged["website"], Value::Null, "nothing written");

    let opportunity = app
        .opportunity(
            &owner,
            &org,
            json!({"title": "Sorting food", "cause": "poverty"}),
        )
        .await;
    let opportunity_path = format!("/api/v1/opportunities/{}", id(&opportunity));
    for field in ["title", "cause", "min_age", "remote", "languages"] {
        app.send_json(
            Method::PATCH,
            &opportunity_path,
            Some(&json!({ field: null })),
            token,
        )
        .await
        .assert_invalid_fields(&[field]);
    }
    let cleared = app
        .send_json(
            Method::PATCH,
            &opportunity_path,
            Some(&json!({"location": null})),
            token,
        )
        .await;
    assert_eq!(cleared.status, 200, "{}", cleared.text());
    assert_eq!(cleared.json()["location"], Value::Null);

    app.send_json(
        Method::PATCH,
        "/api/v1/me",
        Some(&json!({"display_name": null})),
        token,
    )
    .await
    .assert_invalid_fields(&["display_name"]);
}

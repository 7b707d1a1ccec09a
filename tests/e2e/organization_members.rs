use actix_web::http::Method;
use hop_tests::{TestApp, TestUser};
use serde_json::{Value, json};

async fn setup(app: &TestApp) -> (TestUser, Value, String) {
    let owner = app.user().await;
    let org = app.organization(&owner, "Caritas Toruń").await;
    let path = format!(
        "/api/v1/organizations/{}/members",
        org["id"].as_str().unwrap()
    );
    (owner, org, path)
}

#[actix_web::test]
async fn members_and_staff_list_members_page_by_page() {
    let app = TestApp::spawn().await;
    let (owner, org, path) = setup(&app).await;
    let mut emails = vec![owner.email.clone()];
    for _ in 0..3 {
        let user = app.user().await;
        app.invite_and_accept(&owner, &org, &user, "coordinator")
            .await;
        emails.push(user.email);
    }
    let first = app
        .get(&format!("{path}?limit=2"), Some(&owner.access_token))
        .await;
    assert_eq!(first.status, 200, "{}", first.text());
    let first = first.json();
    let cursor = first["next_cursor"].as_str().expect("a second page");
    let second = app
        .get(
            &format!("{path}?limit=2&cursor={cursor}"),
            Some(&owner.access_token),
        )
        .await
        .json();
    assert_eq!(second["next_cursor"], Value::Null);
    let listed: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(second["items"].as_array().unwrap())
        .map(|m| m["email"].as_str().unwrap())
        .collect();
    assert_eq!(
        listed,
        emails.iter().map(String::as_str).collect::<Vec<_>>()
    );

    let staff = app.staff().await;
    assert_eq!(app.get(&path, Some(&staff.access_token)).await.status, 200);
    let stranger = app.user().await;
    app.get(&path, Some(&stranger.access_token))
        .await
        .assert_problem(404, "not-found");
    app.get(&path, None)
        .await
        .assert_problem(401, "unauthorized");
    app.get(&format!("{path}?limit=500"), Some(&owner.access_token))
        .await
        .assert_invalid_fields(&["limit"]);
}

#[actix_web::test]
async fn owners_remove_members_but_never_the_last_owner() {
    let app = TestApp::spawn().await;
    let (owner, org, path) = setup(&app).await;
    let coordinator = app.user().await;
    let second_owner = app.user().await;
    for (user, role) in [(&coordinator, "coordinator"), (&second_owner, "owner")] {
        app.invite_and_accept(&owner, &org, user, role).await;
    }
    let remove = |user: &TestUser| format!("{path}/{}", user.id);

    app.send_json(
        Method::DELETE,
        &remove(&owner),
        None,
        Some(&coordinator.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    app.send_json(Method::DELETE, &remove(&coordinator), None, None)
        .await
        .assert_problem(401, "unauthorized");
    let stranger = app.user().await;
    app.send_json(
        Method::DELETE,
        &remove(&stranger),
        None,
        Some(&owner.access_token),
    )
    .await
    .assert_problem(404, "not-found");

    assert_eq!(
        app.send_json(
            Method::DELETE,
            &remove(&coordinator),
            None,
            Some(&owner.access_token)
        )
        .await
        .status,
        204
    );
    assert_eq!(
        app.send_json(
            Method::DELETE,
            &remove(&second_owner),
            None,
            Some(&owner.access_token)
        )
        .await
        .status,
        204
    );
    app.send_json(
        Method::DELETE,
        &remove(&owner),
        None,
        Some(&owner.access_token),
    )
    .await
    .assert_problem(409, "last-owner");
    let listed = app.get(&path, Some(&owner.access_token)).await.json();
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
    let me = app
        .get("/api/v1/me", Some(&coordinator.access_token))
        .await
        .json();
    assert_eq!(me["memberships"], json!([]));
}

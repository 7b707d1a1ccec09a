//! Members by consent: an owner invites, the invitee accepts or declines.
//! Nobody becomes a member, let alone the sole owner, without saying yes.

use actix_web::http::Method;
use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::Text};
use hop_tests::{TestApp, TestResponse, TestUser};
use serde_json::{Value, json};
use uuid::Uuid;

fn id(value: &Value) -> &str {
    value["id"].as_str().expect("id")
}

async fn accept(app: &TestApp, invitation: &str, user: Option<&TestUser>) -> TestResponse {
    app.post_json_as(
        &format!("/api/v1/invitations/{invitation}/accept"),
        &json!({}),
        user.map(|u| u.access_token.as_str()),
    )
    .await
}

async fn decline(app: &TestApp, invitation: &str, user: &TestUser) -> TestResponse {
    app.post_json_as(
        &format!("/api/v1/invitations/{invitation}/decline"),
        &json!({}),
        Some(&user.access_token),
    )
    .await
}

async fn memberships(app: &TestApp, user: &TestUser) -> Value {
    app.get("/api/v1/me", Some(&user.access_token)).await.json()["memberships"].clone()
}

async fn my_invitations(app: &TestApp, user: &TestUser) -> Vec<Value> {
    let page = app
        .get("/api/v1/me/invitations", Some(&user.access_token))
        .await;
    assert_eq!(page.status, 200, "{}", page.text());
    page.json()["items"].as_array().unwrap().clone()
}

#[derive(QueryableByName)]
struct Mail {
    #[diesel(sql_type = Text)]
    recipient: String,
    #[diesel(sql_type = Text)]
    subject: String,
}

#[actix_web::test]
async fn an_invitation_to_a_registered_or_an_unknown_address_is_answered_alike() {
    // E-mail on (a server that is not there: the outbox keeps what is due).
    let app = TestApp::spawn_with(|config| {
        config.mail.smtp_url = Some("smtp://127.0.0.1:1".to_owned().into());
    })
    .await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Caritas Toruń").await;
    let registered = app.user().await;
    let unknown = format!("nobody-{}@example.org", Uuid::new_v4().simple());

    let to_registered = app.invite(&owner, &org, &registered.email, "owner").await;
    let to_unknown = app.invite(&owner, &org, &unknown, "owner").await;
    assert_eq!(to_registered.status, 202, "{}", to_registered.text());
    assert_eq!(to_unknown.status, 202, "{}", to_unknown.text());
    assert_eq!(
        to_registered.header("content-type"),
        to_unknown.header("content-type")
    );
    let (a, b) = (to_registered.json(), to_unknown.json());
    let keys = |v: &Value| {
        let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    assert_eq!(keys(&a), keys(&b));
    for field in ["organization_id", "organization_name", "role", "status"] {
        assert_eq!(a[field], b[field], "{field}");
    }
    assert_eq!(a["status"], "pending");
    assert_eq!(b["email"], unknown);

    // The registered invitee is told, in HOP and by e-mail; the unknown
    // address gets nothing from HOP.
    let notifications = app
        .get("/api/v1/me/notifications", Some(&registered.access_token))
        .await
        .json();
    assert_eq!(notifications["items"][0]["kind"], "member_invited");
    assert!(
        notifications["items"][0]["body"]
            .as_str()
            .unwrap()
            .contains("Caritas Toruń")
    );
    let mails: Vec<Mail> = sql_query("SELECT recipient, subject FROM email_outbox")
        .load(&mut app.db())
        .unwrap();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].recipient, registered.email);
    assert_eq!(mails[0].subject, "Invitation to join an organisation");

    // The invitation to the unknown address waits for it to register.
    let newcomer = app
        .register(&unknown.to_uppercase(), hop_tests::PASSWORD, "Nowa Osoba")
        .await;
    assert_eq!(newcomer.status, 201, "{}", newcomer.text());
    let tokens = app.login(&unknown, hop_tests::PASSWORD).await.json();
    let newcomer = TestUser {
        id: newcomer.json()["id"].as_str().unwrap().parse().unwrap(),
        email: unknown.clone(),
        access_token: tokens["access_token"].as_str().unwrap().to_owned(),
        refresh_token: tokens["refresh_token"].as_str().unwrap().to_owned(),
    };
    let waiting = my_invitations(&app, &newcomer).await;
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0]["id"], b["id"]);
    assert_eq!(accept(&app, id(&b), Some(&newcomer)).await.status, 200);
    assert_eq!(
        memberships(&app, &newcomer).await,
        json!([{"organization_id": org["id"], "role": "owner"}])
    );
}

#[actix_web::test]
async fn the_invitee_is_no_member_until_accepting_and_then_has_the_invited_role() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Hospicjum Toruń").await;
    let invitee = app.user().await;
    let invitation = app
        .invite(&owner, &org, &invitee.email.to_uppercase(), "coordinator")
        .await
        .json();
    assert_eq!(invitation["email"], invitee.email.to_lowercase());

    // Not a member: no membership, no sight of the pending organisation, no rights.
    assert_eq!(memberships(&app, &invitee).await, json!([]));
    let org_path = format!("/api/v1/organizations/{}", id(&org));
    app.get(&org_path, Some(&invitee.access_token))
        .await
        .assert_problem(404, "not-found");
    app.get(&format!("{org_path}/members"), Some(&invitee.access_token))
        .await
        .assert_problem(404, "not-found");
    app.send_json(
        Method::PATCH,
        &org_path,
        Some(&json!({"description": "Taken over"})),
        Some(&invitee.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    let members = app
        .get(&format!("{org_path}/members"), Some(&owner.access_token))
        .await
        .json();
    assert_eq!(members["items"].as_array().unwrap().len(), 1);

    // The invitee sees it, with the organisation's name and the role.
    let waiting = my_invitations(&app, &invitee).await;
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0]["organization_name"], "Hospicjum Toruń");
    assert_eq!(waiting[0]["role"], "coordinator");

    let accepted = accept(&app, id(&invitation), Some(&invitee)).await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    assert_eq!(accepted.json()["status"], "accepted");
    assert_eq!(
        memberships(&app, &invitee).await,
        json!([{"organization_id": org["id"], "role": "coordinator"}])
    );
    assert_eq!(
        app.get(&org_path, Some(&invitee.access_token)).await.status,
        200
    );
    assert!(my_invitations(&app, &invitee).await.is_empty());
    // Once is enough.
    accept(&app, id(&invitation), Some(&invitee))
        .await
        .assert_problem(409, "invitation-closed");
}

#[actix_web::test]
async fn only_the_invitee_answers_an_invitation() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Caritas Toruń").await;
    let invitee = app.user().await;
    let invitation = app
        .invite(&owner, &org, &invitee.email, "owner")
        .await
        .json();
    let invitation = id(&invitation);

    let stranger = app.user().await;
    let other_owner = app.user().await;
    app.organization(&other_owner, "Inna Fundacja").await;
    let staff = app.staff().await;
    for someone in [&stranger, &other_owner, &owner, &staff] {
        accept(&app, invitation, Some(someone))
            .await
            .assert_problem(404, "not-found");
        decline(&app, invitation, someone)
            .await
            .assert_problem(404, "not-found");
        assert!(my_invitations(&app, someone).await.is_empty());
    }
    accept(&app, invitation, None)
        .await
        .assert_problem(401, "unauthorized");
    accept(&app, &Uuid::new_v4().to_string(), Some(&invitee))
        .await
        .assert_problem(404, "not-found");
    for someone in [&stranger, &other_owner, &staff] {
        assert_eq!(
            memberships(&app, someone).await.as_array().unwrap().len(),
            { usize::from(someone.id == other_owner.id) }
        );
    }

    // Declined stays declined.
    let declined = decline(&app, invitation, &invitee).await;
    assert_eq!(declined.status, 200, "{}", declined.text());
    assert_eq!(declined.json()["status"], "declined");
    accept(&app, invitation, Some(&invitee))
        .await
        .assert_problem(409, "invitation-closed");
    assert_eq!(memberships(&app, &invitee).await, json!([]));
}

#[actix_web::test]
async fn owners_alone_invite_list_and_revoke_and_a_revoked_invitation_cannot_be_accepted() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Caritas Toruń").await;
    let coordinator = app.user().await;
    app.invite_and_accept(&owner, &org, &coordinator, "coordinator")
        .await;
    let path = format!("/api/v1/organizations/{}/invitations", id(&org));

    // Only owners invite.
    let newcomer = app.user().await;
    app.invite(&coordinator, &org, &newcomer.email, "coordinator")
        .await
        .assert_problem(403, "forbidden");
    let staff = app.staff().await;
    app.invite(&staff, &org, &newcomer.email, "coordinator")
        .await
        .assert_problem(403, "forbidden");
    app.invite(&newcomer, &org, &newcomer.email, "owner")
        .await
        .assert_problem(404, "not-found");
    app.post_json(
        &format!("/api/v1/organizations/{}/members", id(&org)),
        &json!({"email": newcomer.email, "role": "owner"}),
    )
    .await
    .assert_problem(401, "unauthorized");
    app.invite(&owner, &org, "bad", "boss")
        .await
        .assert_invalid_fields(&["email", "role"]);
    app.invite(&owner, &org, &coordinator.email, "owner")
        .await
        .assert_problem(409, "already-member");

    let invitation = app
        .invite(&owner, &org, &newcomer.email, "owner")
        .await
        .json();
    app.invite(&owner, &org, &newcomer.email, "coordinator")
        .await
        .assert_problem(409, "already-invited");

    // Owners list the open invitations; nobody else does.
    let listed = app.get(&path, Some(&owner.access_token)).await;
    assert_eq!(listed.status, 200, "{}", listed.text());
    assert_eq!(listed.json()["items"][0]["id"], invitation["id"]);
    app.get(&path, Some(&coordinator.access_token))
        .await
        .assert_problem(403, "forbidden");
    app.get(&path, Some(&newcomer.access_token))
        .await
        .assert_problem(404, "not-found");
    app.get(&path, None)
        .await
        .assert_problem(401, "unauthorized");

    // Revoking: owners of this organisation only, then it is closed.
    let revoke = format!("{path}/{}", id(&invitation));
    app.send_json(
        Method::DELETE,
        &revoke,
        None,
        Some(&coordinator.access_token),
    )
    .await
    .assert_problem(403, "forbidden");
    let other_owner = app.user().await;
    let other = app.organization(&other_owner, "Inna Fundacja").await;
    app.send_json(
        Method::DELETE,
        &format!(
            "/api/v1/organizations/{}/invitations/{}",
            id(&other),
            id(&invitation)
        ),
        None,
        Some(&other_owner.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    let revoked = app
        .send_json(Method::DELETE, &revoke, None, Some(&owner.access_token))
        .await;
    assert_eq!(revoked.status, 204, "{}", revoked.text());
    app.send_json(Method::DELETE, &revoke, None, Some(&owner.access_token))
        .await
        .assert_problem(409, "invitation-closed");
    accept(&app, id(&invitation), Some(&newcomer))
        .await
        .assert_problem(409, "invitation-closed");
    assert_eq!(memberships(&app, &newcomer).await, json!([]));
    assert!(my_invitations(&app, &newcomer).await.is_empty());
    let listed = app.get(&path, Some(&owner.access_token)).await.json();
    assert_eq!(listed["items"], json!([]));
}

#[actix_web::test]
async fn an_expired_invitation_cannot_be_accepted_and_can_be_made_anew() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Caritas Toruń").await;
    let invitee = app.user().await;
    let invitation = app
        .invite(&owner, &org, &invitee.email, "coordinator")
        .await
        .json();
    assert_eq!(invitation["status"], "pending");
    let invited_at: chrono::DateTime<chrono::Utc> =
        invitation["invited_at"].as_str().unwrap().parse().unwrap();
    let expires_at: chrono::DateTime<chrono::Utc> =
        invitation["expires_at"].as_str().unwrap().parse().unwrap();
    assert_eq!(expires_at - invited_at, chrono::TimeDelta::days(14));

    // Fifteen days pass.
    sql_query(
        "UPDATE organization_invitations \
         SET created_at = created_at - interval '15 days', expires_at = expires_at - interval '15 days'",
    )
    .execute(&mut app.db())
    .unwrap();
    accept(&app, id(&invitation), Some(&invitee))
        .await
        .assert_problem(409, "invitation-expired");
    assert_eq!(memberships(&app, &invitee).await, json!([]));
    assert!(my_invitations(&app, &invitee).await.is_empty());

    let again = app
        .invite(&owner, &org, &invitee.email, "coordinator")
        .await;
    assert_eq!(again.status, 202, "{}", again.text());
    assert_eq!(
        accept(&app, id(&again.json()), Some(&invitee)).await.status,
        200
    );
    accept(&app, id(&invitation), Some(&invitee))
        .await
        .assert_problem(409, "invitation-expired");
}

#[actix_web::test]
async fn an_owner_cannot_hand_an_organisation_to_someone_who_has_not_accepted() {
    // The takeover: add any registered address as owner, then
    // leave, making that person the sole owner without their consent.
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Fundacja Porzucona").await;
    let victim = app.user().await;
    let invited = app.invite(&owner, &org, &victim.email, "owner").await;
    assert_eq!(invited.status, 202, "{}", invited.text());

    let leave = format!("/api/v1/organizations/{}/members/{}", id(&org), owner.id);
    app.send_json(Method::DELETE, &leave, None, Some(&owner.access_token))
        .await
        .assert_problem(409, "last-owner");
    app.send_json(
        Method::DELETE,
        &format!("/api/v1/organizations/{}/members/{}", id(&org), victim.id),
        None,
        Some(&owner.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    assert_eq!(memberships(&app, &victim).await, json!([]));

    // The victim says no: still nothing of theirs.
    let invitation = invited.json();
    assert_eq!(decline(&app, id(&invitation), &victim).await.status, 200);
    app.send_json(Method::DELETE, &leave, None, Some(&owner.access_token))
        .await
        .assert_problem(409, "last-owner");
    assert_eq!(memberships(&app, &victim).await, json!([]));
}

#[actix_web::test]
async fn bad_paging_of_invitations_is_named() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let org = app.organization(&owner, "Caritas Toruń").await;
    for path in [
        "/api/v1/me/invitations".to_owned(),
        format!("/api/v1/organizations/{}/invitations", id(&org)),
    ] {
        app.get(&format!("{path}?limit=0"), Some(&owner.access_token))
            .await
            .assert_invalid_fields(&["limit"]);
        app.get(
            &format!("{path}?cursor=garbage!"),
            Some(&owner.access_token),
        )
        .await
        .assert_invalid_fields(&["cursor"]);
    }
}

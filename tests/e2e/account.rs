use diesel::{RunQueryDsl, sql_query};
use hop_api::accounts::{self, StaffGrant};
use hop_domain::{DisplayName, Email};
use hop_tests::{PASSWORD, TestApp};

#[actix_web::test]
async fn me_shows_the_callers_own_account() {
    let app = TestApp::spawn().await;
    let ala = app.user().await;
    let ola = app.user().await;
    let me = app.get("/api/v1/me", Some(&ala.access_token)).await;
    assert_eq!(me.status, 200);
    let body = me.json();
    assert_eq!(body["id"], ala.id.to_string());
    assert_eq!(body["email"], ala.email);
    assert_eq!(body["is_staff"], false);
    assert_eq!(body["memberships"], serde_json::json!([]));
    // Another user's token shows that user, never Ala.
    assert_eq!(
        app.get("/api/v1/me", Some(&ola.access_token)).await.json()["id"],
        ola.id.to_string()
    );
}

#[actix_web::test]
async fn a_token_outliving_its_account_is_refused() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    sql_query("DELETE FROM users")
        .execute(&mut app.db())
        .unwrap();
    app.get("/api/v1/me", Some(&user.access_token))
        .await
        .assert_problem(401, "unauthorized");
}

#[actix_web::test]
async fn granting_staff_creates_or_promotes_and_is_idempotent() {
    let app = TestApp::spawn().await;
    let email = Email::parse("staff@torun.example.org").unwrap();
    let name = DisplayName::parse("City staff").unwrap();
    let hash =
        || Ok("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".to_owned());
    let mut conn = app.db();
    assert_eq!(
        accounts::grant_staff(&mut conn, &email, &name, hash).unwrap(),
        StaffGrant::Created
    );
    assert_eq!(
        accounts::grant_staff(&mut conn, &email, &name, hash).unwrap(),
        StaffGrant::AlreadyStaff
    );

    let volunteer = app.user().await;
    let promoted = Email::parse(&volunteer.email.to_uppercase()).unwrap();
    assert_eq!(
        accounts::grant_staff(&mut conn, &promoted, &name, hash).unwrap(),
        StaffGrant::Promoted
    );
    let me = app
        .get("/api/v1/me", Some(&volunteer.access_token))
        .await
        .json();
    assert_eq!(me["is_staff"], true);
    // The existing password still works.
    assert_eq!(app.login(&volunteer.email, PASSWORD).await.status, 200);
}

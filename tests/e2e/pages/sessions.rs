//! The pages' sign-ins over their life: signing out everywhere, erasure,
//! retention and the data export see them as the API's logins.

use hop_api::privacy::retention;
use hop_tests::{PASSWORD, TestApp, TestUser};

use crate::privacy::{erase, export, rows};

/// Signs `user` in through the sign-in form, as a browser would: the form's
/// CSRF cookie and field, then the session cookie it answers with.
pub async fn page_session(app: &TestApp, user: &TestUser) -> String {
    let form = app.get("/sign-in", None).await;
    let csrf = form
        .headers
        .get_all("set-cookie")
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| value.strip_prefix("hop_csrf="))
        .and_then(|value| value.split(';').next())
        .expect("a CSRF cookie")
        .to_owned();
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("csrf", &csrf)
        .append_pair("email", &user.email)
        .append_pair("password", PASSWORD)
        .finish();
    let answer = app
        .client
        .post(app.url("/sign-in"))
        .insert_header(("content-type", "application/x-www-form-urlencoded"))
        .insert_header(("cookie", format!("hop_csrf={csrf}")))
        .send_body(body)
        .await
        .expect("sign-in sent");
    assert_eq!(answer.status().as_u16(), 303);
    answer
        .headers()
        .get_all("set-cookie")
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| value.strip_prefix("hop_session="))
        .and_then(|value| value.split(';').next())
        .expect("a session cookie")
        .to_owned()
}

/// The account page with `session`: 200 while it lives, 303 to sign-in after.
async fn account_status(app: &TestApp, session: &str) -> u16 {
    app.client
        .get(app.url("/me/account"))
        .insert_header(("cookie", format!("hop_session={session}")))
        .send()
        .await
        .expect("sent")
        .status()
        .as_u16()
}

/// The form token the session's pages carry.
async fn session_csrf(app: &TestApp, session: &str) -> String {
    let mut page = app
        .client
        .get(app.url("/me/account"))
        .insert_header(("cookie", format!("hop_session={session}")))
        .send()
        .await
        .expect("sent");
    let html = String::from_utf8(page.body().await.expect("body").to_vec()).expect("UTF-8");
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("a form token") + marker.len();
    html[start..start + 43].to_owned()
}

#[actix_web::test]
async fn signing_out_everywhere_ends_every_page_session_and_every_api_login() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let phone = page_session(&app, &user).await;
    let laptop = page_session(&app, &user).await;
    assert_eq!(account_status(&app, &phone).await, 200);

    let csrf = session_csrf(&app, &laptop).await;
    let answer = app
        .client
        .post(app.url("/sign-out-everywhere"))
        .insert_header(("content-type", "application/x-www-form-urlencoded"))
        .insert_header(("cookie", format!("hop_session={laptop}")))
        .send_body(format!("csrf={csrf}"))
        .await
        .expect("sent");
    assert_eq!(answer.status().as_u16(), 303);

    assert_eq!(account_status(&app, &phone).await, 303);
    assert_eq!(account_status(&app, &laptop).await, 303);
    let refreshed = app
        .post_json(
            "/api/v1/auth/refresh",
            &serde_json::json!({"refresh_token": user.refresh_token}),
        )
        .await;
    assert_eq!(refreshed.status, 401, "{}", refreshed.text());
}

#[actix_web::test]
async fn one_sessions_form_token_does_not_work_for_another() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let mine = page_session(&app, &user).await;
    let other = page_session(&app, &app.user().await).await;
    let others_token = session_csrf(&app, &other).await;
    let answer = app
        .client
        .post(app.url("/sign-out-everywhere"))
        .insert_header(("content-type", "application/x-www-form-urlencoded"))
        .insert_header(("cookie", format!("hop_session={mine}")))
        .send_body(format!("csrf={others_token}"))
        .await
        .expect("sent");
    assert_eq!(answer.status().as_u16(), 403);
    assert_eq!(account_status(&app, &mine).await, 200, "nothing was ended");
}

#[actix_web::test]
async fn erasure_ends_page_sessions_and_the_export_lists_them() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let session = page_session(&app, &user).await;

    let exported = export(&app, &user).await;
    assert_eq!(exported.status, 200);
    let sessions = exported.json()["sessions"].clone();
    assert_eq!(
        sessions.as_array().map(Vec::len),
        Some(2),
        "the API login and the page sign-in: {sessions}"
    );
    assert!(!sessions.to_string().contains(&session), "never the token");

    assert_eq!(erase(&app, &user).await.status, 204);
    assert_eq!(account_status(&app, &session).await, 303);
    let left = rows(
        &app,
        &format!(
            "SELECT to_jsonb(w.id) AS row FROM web_sessions w WHERE w.user_id = '{}'",
            user.id
        ),
    );
    assert!(left.is_empty(), "{left:?}");
}

#[actix_web::test]
async fn retention_deletes_page_sessions_long_expired_and_keeps_the_rest() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let live = page_session(&app, &user).await;
    diesel::RunQueryDsl::execute(
        diesel::sql_query(format!(
            "INSERT INTO web_sessions (id, user_id, token_hash, csrf_token, expires_at) \
             SELECT gen_random_uuid(), '{}', sha256(gen_random_uuid()::text::bytea), 'x', expires_at \
             FROM (VALUES (now() - interval '40 days'), (now() - interval '1 day')) AS t(expires_at)",
            user.id
        )),
        &mut app.db(),
    )
    .expect("insert sessions");
    let purged = retention::purge(&mut app.db(), &app.config.retention).expect("a pass");
    assert_eq!(purged.refresh_tokens, 1, "the one expired 40 days ago");
    let left = rows(
        &app,
        &format!(
            "SELECT to_jsonb(count(*)) AS row FROM web_sessions WHERE user_id = '{}'",
            user.id
        ),
    );
    assert_eq!(left, [serde_json::json!(2)]);
    assert_eq!(account_status(&app, &live).await, 200);
}

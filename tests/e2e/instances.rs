//! Two instances on one database, as behind a load balancer: the attempt
//! limits count on both, and the writing background jobs run one at a time.
//! (Each e-mail sent once: `notifications`.)

use std::time::Duration;

use diesel::{Connection, PgConnection, RunQueryDsl, sql_query};
use hop_api::auth::limiter::store::{self as windows, Scope};
use hop_tests::{PASSWORD, TestApp};
use serde_json::{Value, json};

use crate::privacy::rows;

/// A first instance adjusted by `adjust`, and a second on its database.
async fn two_instances(adjust: impl FnOnce(&mut hop_api::Config)) -> (TestApp, TestApp) {
    let first = TestApp::spawn_with(adjust).await;
    let second = TestApp::spawn_on(first.config.clone()).await;
    (first, second)
}

/// A wrong password for ala@example.org on `app`, `times` times.
async fn fail_login(app: &TestApp, times: usize) {
    for _ in 0..times {
        app.login("ala@example.org", "wrong password")
            .await
            .assert_problem(401, "unauthorized");
    }
}

#[actix_web::test]
async fn failed_logins_on_either_instance_add_up_to_the_lock() {
    let (a, b) = two_instances(|config| {
        config.login_limits.failures_per_account_and_address = 3;
        config.login_limits.window = Duration::from_secs(600);
    })
    .await;
    a.register("ala@example.org", PASSWORD, "Ala").await;
    for app in [&a, &b, &a] {
        fail_login(app, 1).await;
    }
    // Three failures in all: both refuse, even the right password.
    for app in [&a, &b] {
        let locked = app.login("ala@example.org", PASSWORD).await;
        locked.assert_problem(429, "too-many-requests");
        let retry_after: u64 = locked.header("retry-after").unwrap().parse().unwrap();
        assert!((590..=600).contains(&retry_after), "{retry_after}");
    }
}

#[actix_web::test]
async fn a_success_on_one_instance_clears_the_pair_for_the_other() {
    let (a, b) = two_instances(|config| {
        config.login_limits.failures_per_account_and_address = 3;
    })
    .await;
    a.register("ala@example.org", PASSWORD, "Ala").await;
    fail_login(&a, 2).await;
    assert_eq!(b.login("ala@example.org", PASSWORD).await.status, 200);
    // Had the success been forgotten on `b` only, the second failure here
    // would be the fourth and the next try refused.
    fail_login(&a, 2).await;
    assert_eq!(a.login("ala@example.org", PASSWORD).await.status, 200);
}

#[actix_web::test]
async fn registrations_from_one_address_count_on_both_instances() {
    let (a, b) = two_instances(|config| {
        config.registration_limits.per_address = 3;
    })
    .await;
    for (i, app) in [&a, &b, &a].into_iter().enumerate() {
        let made = app
            .register(&format!("person{i}@example.org"), PASSWORD, "Ala")
            .await;
        assert_eq!(made.status, 201, "{}", made.text());
    }
    b.register("person3@example.org", PASSWORD, "Ala")
        .await
        .assert_problem(429, "too-many-requests");
}

fn windows_stored(app: &TestApp) -> Vec<Value> {
    rows(
        app,
        "SELECT to_jsonb(scope || ' ' || key || ' ' || count) AS row FROM limit_windows \
         ORDER BY scope, key",
    )
}

#[actix_web::test]
async fn ended_windows_start_again_and_the_retention_job_deletes_them() {
    let app = TestApp::spawn().await;
    let conn = &mut app.db();
    let hour = Duration::from_secs(3600);
    for _ in 0..2 {
        windows::count_attempt(
            conn,
            &[
                (Scope::LoginAccount, "ala@example.org"),
                (Scope::LoginAddress, "192.0.2.1"),
            ],
            hour,
        )
        .unwrap();
    }
    assert_eq!(
        windows_stored(&app),
        [
            "login_account ala@example.org 2",
            "login_address 192.0.2.1 2"
        ]
    );
    // The address's window ends; its next failure opens a new one.
    sql_query("UPDATE limit_windows SET ends_at = now() WHERE scope = 'login_address'")
        .execute(conn)
        .unwrap();
    let found = windows::count_attempt(conn, &[(Scope::LoginAddress, "192.0.2.1")], hour).unwrap();
    let window = found.get(Scope::LoginAddress).expect("counted");
    assert_eq!(window.count, 1);
    assert_eq!(
        window.ends_at - found.now.unwrap(),
        chrono::TimeDelta::hours(1)
    );

    // Retention deletes what has ended and keeps what still limits.
    sql_query("UPDATE limit_windows SET ends_at = now() - interval '1 second' WHERE scope = 'login_account'")
        .execute(conn)
        .unwrap();
    let purged = hop_api::privacy::retention::purge(conn, &app.config.retention).unwrap();
    assert_eq!(purged.limit_windows, 1);
    assert_eq!(windows_stored(&app), ["login_address 192.0.2.1 1"]);
}

/// An opportunity whose cached next shift has lapsed (it names an hour
/// ago; its real next shift is in two days).
async fn lapsed_opportunity(app: &TestApp) -> String {
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    app.shift(&owner, &opportunity, 48, 2, 5).await;
    let id = opportunity["id"].as_str().expect("id").to_owned();
    sql_query(format!(
        "UPDATE opportunities SET next_shift_at = now() - interval '1 hour' WHERE id = '{id}'"
    ))
    .execute(&mut app.db())
    .unwrap();
    id
}

fn lapsed(app: &TestApp, id: &str) -> bool {
    rows(
        app,
        &format!(
            "SELECT to_jsonb(next_shift_at < now()) AS row FROM opportunities WHERE id = '{id}'"
        ),
    )[0]
    .as_bool()
    .expect("a next shift")
}

#[actix_web::test]
async fn the_next_shift_refresher_runs_on_one_instance_at_a_time() {
    let (a, _b) = two_instances(|_| {}).await;
    let id = lapsed_opportunity(&a).await;
    // While another instance refreshes (holds the lock), this one leaves it.
    let mut other = a.db();
    other
        .transaction::<_, diesel::result::Error, _>(|other| {
            sql_query("SELECT pg_advisory_xact_lock(1023, 0)").execute(other)?;
            let mut conn: PgConnection = a.db();
            assert_eq!(hop_api::refresh_next_shifts_once(&mut conn)?, None);
            assert!(lapsed(&a, &id));
            Ok(())
        })
        .unwrap();
    let refreshed = hop_api::refresh_next_shifts_once(&mut a.db()).unwrap();
    assert!(refreshed.is_some());
    assert!(!lapsed(&a, &id), "moved on to the shift in two days");
}

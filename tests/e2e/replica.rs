//! Reads routed to a read replica (`HOP_DATABASE_REPLICA_URL`, `db::replica`).
//! CI has no streaming replica: the test database stands in for its own
//! replica (never behind), reached through the replica's own read-only
//! pool, and the routing shows in the metrics. `scripts/cluster` checks a
//! real replica, paused and stopped.

use std::time::{Duration, Instant};

use hop_api::{Config, config::ReplicaConfig};
use hop_tests::TestApp;
use serde_json::json;

fn replica(config: &mut Config, url: &str) {
    config.replica = Some(ReplicaConfig {
        url: url.to_owned().into(),
        pool_size: 2,
        max_lag: Duration::from_secs(10),
    });
}

fn replica_of_itself(config: &mut Config) {
    let url = secrecy::ExposeSecret::expose_secret(&config.database_url).to_owned();
    replica(config, &url);
}

/// The value of the series `series` (name and labels, exactly as rendered).
async fn metric(app: &TestApp, series: &str) -> Option<f64> {
    let text = app.get("/metrics", None).await.text();
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map(|value| value.trim().parse().expect("a number"))
}

async fn reads(app: &TestApp, pool: &str) -> f64 {
    metric(app, &format!("hop_database_reads_total{{pool=\"{pool}\"}}"))
        .await
        .unwrap_or(0.0)
}

/// Waits for the lag probe's first measurement (once a second).
async fn wait_until_usable(app: &TestApp) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while metric(app, "hop_replica_usable").await != Some(1.0) {
        assert!(Instant::now() < deadline, "the replica never became usable");
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

#[actix_web::test]
async fn stale_tolerant_reads_go_to_a_current_replica_and_own_reads_to_the_primary() {
    let app = TestApp::spawn_with(replica_of_itself).await;
    wait_until_usable(&app).await;
    assert_eq!(metric(&app, "hop_replica_lag_seconds").await, Some(0.0));
    // Writes work: the replica's read-only sessions are not used for them.
    let owner = app.user().await;
    let opportunity = app
        .published_opportunity(&owner, json!({"title": "Reading from the replica"}))
        .await;
    // Search lists opportunities with a shift ahead.
    app.shift(&owner, &opportunity, 48, 2, 3).await;
    let volunteer = app.adult_volunteer().await;
    let on_primary = reads(&app, "primary").await;
    let on_replica = reads(&app, "replica").await;

    let search = app.get("/api/v1/opportunities?q=replica", None).await;
    assert_eq!(search.status, 200, "{}", search.text());
    assert_eq!(
        search.json()["items"][0]["id"],
        opportunity["id"],
        "{}",
        search.text()
    );
    for path in ["/api/v1/organizations", "/api/v1/stats/public/overview"] {
        let answer = app.get(path, None).await;
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
    }
    let matches = app
        .get("/api/v1/me/matches", Some(&volunteer.access_token))
        .await;
    assert_eq!(matches.status, 200, "{}", matches.text());
    // One's own opportunity, read back: the primary, not a routed read.
    let own = format!(
        "/api/v1/opportunities/{}",
        opportunity["id"].as_str().unwrap()
    );
    assert_eq!(app.get(&own, Some(&owner.access_token)).await.status, 200);

    // Search, the listing, the statistics and the matching index's catch-up
    // (the background one too, every second).
    assert!(
        reads(&app, "replica").await >= on_replica + 4.0,
        "{} → {}",
        on_replica,
        reads(&app, "replica").await
    );
    assert_eq!(reads(&app, "primary").await, on_primary);
}

#[actix_web::test]
async fn reads_answer_from_the_primary_while_the_replica_cannot_be_reached() {
    // Nothing listens on port 1.
    let app = TestApp::spawn_with(|config| {
        replica(config, "postgres://postgres:postgres@127.0.0.1:1/hop");
    })
    .await;
    let owner = app.user().await;
    app.published_opportunity(&owner, json!({"title": "Reading from the primary"}))
        .await;
    for path in [
        "/api/v1/opportunities?q=primary",
        "/api/v1/organizations",
        "/api/v1/stats/public/overview",
    ] {
        let answer = app.get(path, None).await;
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
    }
    // The probe has tried (and failed) by now.
    actix_web::rt::time::sleep(Duration::from_millis(1_500)).await;
    assert_eq!(metric(&app, "hop_replica_usable").await, Some(0.0));
    assert!(reads(&app, "primary").await >= 3.0);
    assert_eq!(reads(&app, "replica").await, 0.0);
}

#[actix_web::test]
async fn without_a_replica_the_metrics_say_nothing_of_one() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/api/v1/opportunities", None).await.status, 200);
    let text = app.get("/metrics", None).await.text();
    assert!(!text.contains("hop_replica_usable"), "{text}");
    assert!(!text.contains("hop_database_reads"), "{text}");
}

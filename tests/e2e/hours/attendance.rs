//! The hours ledger: attendance recorded by the organisation becomes an
//! approved entry, and a change of attendance is a correction — an entry is
//! never rewritten.

use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types};
use hop_tests::TestApp;
use serde_json::{Value, json};
use uuid::Uuid;

#[derive(QueryableByName, Debug, PartialEq, Eq)]
struct Entry {
    #[diesel(sql_type = sql_types::Uuid)]
    id: Uuid,
    #[diesel(sql_type = sql_types::Integer)]
    minutes: i32,
    #[diesel(sql_type = sql_types::Text)]
    status: String,
    #[diesel(sql_type = sql_types::Nullable<sql_types::Uuid>)]
    corrects_id: Option<Uuid>,
}

fn entries(app: &TestApp, application: &Value) -> Vec<Entry> {
    sql_query(
        "SELECT id, minutes, status, corrects_id FROM hour_entries \
         WHERE application_id = $1::uuid ORDER BY created_at, id",
    )
    .bind::<sql_types::Text, _>(application["id"].as_str().expect("id"))
    .load(&mut app.db())
    .expect("the ledger")
}

/// The minutes that count: approved entries nothing corrects.
fn counted(entries: &[Entry]) -> i32 {
    entries
        .iter()
        .filter(|e| e.status == "approved" && !entries.iter().any(|o| o.corrects_id == Some(e.id)))
        .map(|e| e.minutes)
        .sum()
}

#[actix_web::test]
async fn attendance_is_on_the_ledger_and_a_change_is_a_correction() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 24, 3, 5).await;
    let volunteer = app.adult_volunteer().await;
    let application = app.sign_up(&volunteer, &shift).await.json();
    sql_query(
        "UPDATE shifts SET starts_at = now() - interval '5 hours', ends_at = now() - interval '2 hours' \
         WHERE id = $1::uuid",
    )
    .bind::<sql_types::Text, _>(shift["id"].as_str().expect("id"))
    .execute(&mut app.db())
    .expect("the shift is over");

    let attend = |hours: f64| json!({"status": "attended", "hours": hours});
    let recorded = app
        .decide(&owner, &application, "attendance", &attend(2.5))
        .await;
    assert_eq!(recorded.status, 200, "{}", recorded.text());
    let ledger = entries(&app, &application);
    assert_eq!(ledger.len(), 1);
    assert_eq!(
        (ledger[0].minutes, ledger[0].status.as_str()),
        (150, "approved")
    );
    assert_eq!(counted(&ledger), 150);

    // The same attendance again writes nothing.
    app.decide(&owner, &application, "attendance", &attend(2.5))
        .await;
    assert_eq!(entries(&app, &application).len(), 1);

    // Other hours: a correction of the first entry, which stays as it was.
    app.decide(&owner, &application, "attendance", &attend(3.0))
        .await;
    let ledger = entries(&app, &application);
    assert_eq!(ledger.len(), 2);
    assert_eq!(ledger[0].minutes, 150, "a decided entry never changes");
    assert_eq!(ledger[1].corrects_id, Some(ledger[0].id));
    assert_eq!(counted(&ledger), 180);

    // A no-show after all voids what counted; attending again counts again.
    let no_show = app
        .decide(
            &owner,
            &application,
            "attendance",
            &json!({"status": "no_show"}),
        )
        .await;
    assert_eq!(no_show.status, 200, "{}", no_show.text());
    let ledger = entries(&app, &application);
    assert_eq!((ledger.len(), counted(&ledger)), (3, 0));
    app.decide(&owner, &application, "attendance", &attend(1.0))
        .await;
    let ledger = entries(&app, &application);
    assert_eq!((ledger.len(), counted(&ledger)), (4, 60));
}

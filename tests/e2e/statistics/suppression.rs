//! A group of fewer than five people is never shown, and cannot be found
//! by subtracting what is shown from a total.

use hop_tests::TestApp;
use serde_json::{Value, json};

use super::{day, get, row, volunteers_in};

fn hidden(row: &Value, column: &str) -> bool {
    row[column] == json!({"value": null, "suppressed": true})
}

#[actix_web::test]
async fn four_volunteers_are_suppressed_and_not_recoverable_from_totals() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    volunteers_in(&app, "Toruń", "PL", day(1990, 3, 1), &["pl"], 6);
    volunteers_in(&app, "Bydgoszcz", "PL", day(1988, 7, 9), &["pl"], 5);
    // The group of four: minors, in a small town, speaking Ukrainian.
    volunteers_in(&app, "Chełmża", "PL", day(2012, 5, 5), &["pl", "uk"], 4);

    let answer = get(&app, "/api/v1/stats/volunteers?group_by=home_city", &staff).await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    let body = answer.json();
    assert_eq!(body["min_count"], 5);
    // Chełmża is named by too few to be named at all: its four are the
    // row of merged small places, and hidden.
    assert!(!body.to_string().contains("Chełmża"), "{body}");
    let merged = body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["merged"] == true)
        .expect("the merged row");
    assert!(hidden(merged, "volunteers"), "{body}");
    assert_eq!(row(&body, "Toruń")["volunteers"]["value"], 6);
    assert_eq!(body["total"]["volunteers"]["value"], 15);
    // Were Bydgoszcz shown, 15 - 6 - 5 would give the four away: it is
    // hidden with it, and what is hidden adds up to more than one group.
    assert!(hidden(row(&body, "Bydgoszcz"), "volunteers"), "{body}");
    let rows = body["rows"].as_array().unwrap();
    let shown: u64 = rows
        .iter()
        .filter_map(|row| row["volunteers"]["value"].as_u64())
        .sum();
    let hidden_rows = rows.iter().filter(|row| hidden(row, "volunteers")).count();
    assert_eq!(15 - shown, 9);
    assert!(
        hidden_rows >= 2,
        "a lone hidden cell is the total minus the rest"
    );
    // Nobody was active: no one is not a person, and is shown.
    assert!(rows.iter().all(|row| row["active"]["value"] == 0), "{body}");
    assert_eq!(body["total"]["active"]["value"], 0);

    // By age band the four minors are hidden, and so the adults' band too.
    let bands = get(&app, "/api/v1/stats/volunteers?group_by=age_band", &staff)
        .await
        .json();
    assert!(hidden(row(&bands, "under-18"), "volunteers"), "{bands}");
    assert!(hidden(row(&bands, "35-49"), "volunteers"), "{bands}");
    assert_eq!(bands["total"]["volunteers"]["value"], 15);

    // Languages overlap (a person in each they speak): no total gives a
    // language away, so only the small one is hidden.
    let languages = get(&app, "/api/v1/stats/volunteers?group_by=language", &staff)
        .await
        .json();
    assert!(hidden(row(&languages, "uk"), "volunteers"), "{languages}");
    assert_eq!(row(&languages, "pl")["volunteers"]["value"], 15);

    // The CSV says `<5` where JSON says suppressed.
    let csv = get(
        &app,
        "/api/v1/stats/volunteers?group_by=home_city&format=csv",
        &staff,
    )
    .await
    .text();
    assert!(csv.contains("(each under 5),<5,0\r\n"), "{csv}");
    assert!(!csv.contains("Chełmża"), "{csv}");
    assert!(csv.contains("Toruń,6,0\r\n"), "{csv}");
    assert!(csv.contains("total,15,0\r\n"), "{csv}");
}

#[actix_web::test]
async fn the_threshold_is_configurable() {
    let app = TestApp::spawn_with(|config| config.statistics.min_count = 3).await;
    let staff = app.staff().await;
    volunteers_in(&app, "Toruń", "PL", day(1990, 3, 1), &[], 4);
    volunteers_in(&app, "Chełmża", "PL", day(1990, 3, 1), &[], 3);
    let body = get(&app, "/api/v1/stats/volunteers?group_by=home_city", &staff)
        .await
        .json();
    assert_eq!(body["min_count"], 3);
    assert_eq!(row(&body, "Chełmża")["volunteers"]["value"], 3);
    assert_eq!(row(&body, "Toruń")["volunteers"]["value"], 4);
}

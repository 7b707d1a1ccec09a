//! CSV as Excel in a Polish locale opens it: UTF-8 with a byte-order mark,
//! RFC 4180 quoting, CRLF, a header row, and a semicolon when asked.

use hop_tests::TestApp;

use super::{day, get, volunteers_in};

const BOM: &str = "\u{feff}";

#[actix_web::test]
async fn csv_opens_in_excel() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    volunteers_in(&app, "Toruń", "PL", day(1990, 3, 1), &[], 5);
    volunteers_in(
        &app,
        "Nowe Miasto, Lubawskie",
        "PL",
        day(1990, 3, 1),
        &[],
        5,
    );
    // A "city" a spreadsheet would run as a formula.
    volunteers_in(
        &app,
        "=HYPERLINK(\"http://x.example\")",
        "PL",
        day(1990, 3, 1),
        &[],
        5,
    );

    let answer = app
        .get_with_headers(
            "/api/v1/stats/volunteers?group_by=home_city",
            Some(&staff.access_token),
            &[("Accept", "text/csv")],
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(
        answer.header("content-type"),
        Some("text/csv; charset=utf-8; header=present")
    );
    assert!(
        answer.header("content-disposition").is_some_and(
            |value| value.starts_with("attachment; filename=\"hop-volunteers-home_city-")
        ),
        "{:?}",
        answer.header("content-disposition")
    );
    let text = answer.text();
    assert!(text.starts_with(BOM), "{text:?}");
    let lines: Vec<&str> = text[BOM.len()..].split("\r\n").collect();
    assert!(
        answer.header("last-modified").is_some(),
        "when the facts were gathered"
    );
    assert_eq!(lines[0], "home_city,volunteers,active");
    // A formula is written as text; quotes inside a value are doubled
    // and a comma inside one is quoted (RFC 4180). Rows come in the
    // database's collation, the total last.
    let mut rows = lines[1..4].to_vec();
    rows.sort_unstable();
    assert_eq!(
        rows,
        [
            "\"'=HYPERLINK(\"\"http://x.example\"\")\",5,0",
            "\"Nowe Miasto, Lubawskie\",5,0",
            "Toruń,5,0",
        ]
    );
    assert_eq!(lines[4], "total,15,0");
    assert_eq!(lines[5], "");

    let semicolons = get(
        &app,
        "/api/v1/stats/volunteers?group_by=home_city&format=csv&delimiter=semicolon",
        &staff,
    )
    .await
    .text();
    assert!(
        semicolons.contains("\r\nNowe Miasto, Lubawskie;5;0\r\n"),
        "{semicolons}"
    );

    // `format=json` wins over `Accept`.
    let json = app
        .get_with_headers(
            "/api/v1/stats/volunteers?group_by=home_city&format=json",
            Some(&staff.access_token),
            &[("Accept", "text/csv")],
        )
        .await;
    assert_eq!(json.header("content-type"), Some("application/json"));

    for path in [
        "/api/v1/stats/overview?format=csv",
        "/api/v1/stats/hours?group_by=organization&format=csv",
        "/api/v1/stats/skills?format=csv",
    ] {
        let answer = get(&app, path, &staff).await;
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
        assert!(answer.text().starts_with(BOM), "{path}");
    }
    let overview = get(&app, "/api/v1/stats/overview?format=csv", &staff)
        .await
        .text();
    assert!(
        overview.contains("\r\nvolunteers,,registered,15\r\n"),
        "{overview}"
    );
}

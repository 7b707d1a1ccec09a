//! Every bad parameter is a 422 naming it.

use hop_tests::TestApp;

use super::{get, this_month};

#[actix_web::test]
async fn bad_parameters_are_named() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let month = this_month();
    let cases: Vec<(String, &str)> = vec![
        ("/api/v1/stats/overview?from=2026-13".into(), "from"),
        ("/api/v1/stats/overview?from=2026/01".into(), "from"),
        ("/api/v1/stats/overview?to=yesterday".into(), "to"),
        (
            format!("/api/v1/stats/overview?from={month}&to=2001-01"),
            "from",
        ),
        // Beyond the months statistics are kept for.
        (
            "/api/v1/stats/overview?from=1999-01&to=1999-02".into(),
            "from",
        ),
        ("/api/v1/stats/skills?to=2999-12".into(), "to"),
        ("/api/v1/stats/overview?format=xml".into(), "format"),
        (
            "/api/v1/stats/overview?format=csv&delimiter=tab".into(),
            "delimiter",
        ),
        ("/api/v1/stats/volunteers".into(), "group_by"),
        (
            "/api/v1/stats/volunteers?group_by=shoe_size".into(),
            "group_by",
        ),
        ("/api/v1/stats/hours?group_by=home_city".into(), "group_by"),
        ("/api/v1/stats/hours?group_by=month&from=%00".into(), "from"),
    ];
    for (path, field) in cases {
        let answer = get(&app, &path, &staff).await;
        answer.assert_problem(422, "validation");
        assert_eq!(
            answer.json()["errors"][0]["field"],
            field,
            "{path}: {}",
            answer.text()
        );
    }
}

//! Candidates never locate a volunteer: only verified organisations see
//! them, distances come from a coarse grid cell of the home, and a minor's
//! entry carries no distance at all (security issue: a 14-year-old's home
//! was narrowed to about 130 m by moving a draft's place over a grid).

use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::Double};
use hop_domain::{matching::privacy::home_cell, organization::Coordinates};

use super::*;

/// A draft in Toruń for anyone from 13, with a shift in four days.
async fn draft_with_shift(
    app: &TestApp,
    owner: &TestUser,
    organization: &Value,
) -> (Value, NaiveDate) {
    let day = day_ahead(4);
    let draft = app
        .opportunity(
            owner,
            organization,
            json!({"title": "Park clean-up", "cause": "environment", "min_age": 13,
                   "location": place(TORUN)}),
        )
        .await;
    app.shift_at(owner, &draft, at(day, 10, 0), at(day, 12, 0), 5)
        .await;
    (draft, day)
}

fn profile_for(day: NaiveDate) -> Value {
    json!({
        "availability": [{"weekday": weekday(day), "start": "09:00", "end": "13:00"}],
        "max_distance_km": 30
    })
}

#[actix_web::test]
async fn an_unverified_organisation_sees_no_candidates() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let pending = app.organization(&owner, "Fresh Foundation").await;
    let (draft, day) = draft_with_shift(&app, &owner, &pending).await;
    person(
        &app,
        "Ola K.",
        30,
        north_of(TORUN, 1.0, 0.0),
        profile_for(day),
    )
    .await;

    let refused = candidates(&app, &owner, &draft).await;
    refused.assert_problem(403, "forbidden");
    // Not staff either: staff verify first, and then see them like members.
    let staff = app.staff().await;
    candidates(&app, &staff, &draft)
        .await
        .assert_problem(403, "forbidden");

    let path = format!("/api/v1/organizations/{}/verify", id(&pending));
    let verified = app
        .post_json_as(&path, &json!({}), Some(&staff.access_token))
        .await;
    assert_eq!(verified.status, 200, "{}", verified.text());
    let seen = candidates(&app, &owner, &draft).await;
    assert_eq!(seen.status, 200, "{}", seen.text());
    assert_eq!(items(&seen.json()).len(), 1, "{}", seen.text());
}

#[actix_web::test]
async fn a_minors_entry_carries_no_distance() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Harcerze Toruń").await;
    let (draft, day) = draft_with_shift(&app, &org.owner, &org.organization).await;
    let mut minor = profile_for(day);
    minor["guardian_consent"] = json!(true);
    minor["guardian_name"] = json!("Anna Kowalska");
    let child = person(&app, "Kuba W.", 14, north_of(TORUN, 0.4, 0.0), minor).await;
    let adult = person(
        &app,
        "Ola K.",
        30,
        north_of(TORUN, 6.0, 0.0),
        profile_for(day),
    )
    .await;

    for lang in ["en", "pl", "uk"] {
        let response = app
            .get(
                &format!("{}?lang={lang}", candidates_path(&draft)),
                Some(&org.owner.access_token),
            )
            .await;
        assert_eq!(response.status, 200, "{}", response.text());
        let page = response.json();
        let entry = |who: &Person| {
            items(&page)
                .iter()
                .find(|item| item["volunteer_id"] == who.user.id.to_string())
                .cloned()
                .unwrap_or_else(|| panic!("{} is a candidate: {page}", who.user.id))
        };
        let child_entry = entry(&child);
        assert_eq!(child_entry["age_band"], "13–15");
        assert_eq!(child_entry["distance_band"], Value::Null, "{child_entry}");
        // Fixed points, whatever the distance: the score tells nothing either.
        assert_eq!(points(&child_entry, "distance"), 10, "{child_entry}");
        let said = detail(&child_entry, "distance");
        assert!(!said.chars().any(|c| c.is_ascii_digit()), "{said}");
        assert_explained(&child_entry);
        // An adult is told in a band, measured from the home's cell.
        assert_eq!(entry(&adult)["distance_band"], "5–10 km");
    }
}

/// What an organisation sees of a candidate, without who they are.
fn seen_of(page: &Value, who: &Person) -> Value {
    let mut item = items(page)
        .iter()
        .find(|item| item["volunteer_id"] == who.user.id.to_string())
        .cloned()
        .unwrap_or_else(|| panic!("{} is a candidate: {page}", who.user.id));
    let object = item.as_object_mut().expect("an object");
    object.remove("volunteer_id");
    object.remove("display_name");
    item
}

#[actix_web::test]
async fn moving_the_place_over_a_grid_cannot_tell_apart_two_homes_of_one_cell() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Polska Akcja Humanitarna").await;
    let (draft, day) = draft_with_shift(&app, &org.owner, &org.organization).await;
    // Two homes 1.6 km apart in the same cell of the grid.
    let cell = home_cell(Coordinates::new(TORUN.0, TORUN.1).expect("a place"));
    let west = (cell.lat() - 0.007, cell.lon() - 0.012);
    let east = (cell.lat() + 0.007, cell.lon() + 0.012);
    let a = person(&app, "Ala A.", 30, west, profile_for(day)).await;
    let b = person(&app, "Ala B.", 30, east, profile_for(day)).await;
    // The profiles are the same but for the home, so the answers must be too,
    // wherever the place goes: near either home, between them, and around.
    let mut probes = vec![west, east, (cell.lat(), cell.lon())];
    for step in -3..=3 {
        let offset = f64::from(step) * 0.004;
        probes.push((cell.lat() + offset, cell.lon() - 0.02));
        probes.push((cell.lat() - 0.015, cell.lon() + offset * 1.5));
    }
    probes.push(north_of(west, 29.5, 0.0));
    let patch_path = format!("/api/v1/opportunities/{}", id(&draft));
    for probe in probes {
        let moved = app
            .send_json(
                actix_web::http::Method::PATCH,
                &patch_path,
                Some(&json!({"location": place(probe)})),
                Some(&org.owner.access_token),
            )
            .await;
        assert_eq!(moved.status, 200, "{}", moved.text());
        let page = candidates(&app, &org.owner, &draft).await.json();
        let (seen_a, seen_b) = (seen_of(&page, &a), seen_of(&page, &b));
        assert_eq!(
            seen_a, seen_b,
            "at {probe:?} the homes are told apart: {page}"
        );
        assert!(!detail(&seen_a, "distance").contains('.'), "{seen_a}");
    }
}

#[actix_web::test]
async fn the_database_snaps_homes_to_the_same_cell_as_the_domain() {
    let app = TestApp::spawn().await;
    let homes = [
        TORUN,
        (54.8985, 23.9036),
        (51.5413, 9.9158),
        (55.8714, 26.5161),
        (-33.8688, 151.2093),
        (0.0001, -0.0001),
        (89.999, 179.999),
    ];
    #[derive(QueryableByName)]
    struct Cell {
        #[diesel(sql_type = Double)]
        lat: f64,
        #[diesel(sql_type = Double)]
        lon: f64,
    }
    for (index, home) in homes.into_iter().enumerate() {
        let who = person(&app, &format!("Home {index}"), 30, home, json!({})).await;
        let stored: Cell = sql_query(
            "SELECT home_cell_lat AS lat, home_cell_lon AS lon FROM volunteer_profiles WHERE user_id = $1",
        )
        .bind::<diesel::sql_types::Uuid, _>(who.user.id)
        .get_result(&mut app.db())
        .expect("the stored cell");
        let cell = home_cell(Coordinates::new(home.0, home.1).expect("a place"));
        assert_eq!(
            (stored.lat, stored.lon),
            (cell.lat(), cell.lon()),
            "{home:?}"
        );
    }
}

//! Matching answers from an in-memory index: every write committed before a
//! request is in its answer, whichever of the eight tables it touched.

use actix_web::http::Method;

use super::matches::free_all_day_in_torun;
use super::*;

#[actix_web::test]
async fn matches_follow_a_place_taken_a_shift_moved_and_an_opportunity_closed() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Fundacja Świeże Dane").await;
    let day = day_ahead(3);
    let volunteer = free_all_day_in_torun(&app, day, 30).await;
    let rival = free_all_day_in_torun(&app, day, 30).await;
    let near = place(north_of(TORUN, 1.0, 0.0));
    let one_place = org
        .published(&app, json!({"title": "One place", "location": near}))
        .await;
    let only = org.shift(&app, &one_place, day, (10, 0), (12, 0), 1).await;
    let moving = org
        .published(&app, json!({"title": "Moving", "location": near}))
        .await;
    let moved = org.shift(&app, &moving, day, (10, 0), (12, 0), 5).await;
    assert_eq!(
        sorted(titles(&matches(&app, &volunteer, "").await)),
        ["Moving", "One place"]
    );

    // Someone else takes the only place: the shift is full, not offered.
    let taken = app.sign_up(&rival, &only).await;
    assert_eq!(taken.json()["status"], "confirmed", "{}", taken.text());
    assert_eq!(titles(&matches(&app, &volunteer, "").await), ["Moving"]);

    // The shift moves to a night the volunteer is not free: nothing fits.
    let night = json!({"starts_at": at(day, 21, 0), "ends_at": at(day, 23, 0)});
    let patched = app
        .send_json(
            Method::PATCH,
            &format!("/api/v1/shifts/{}", id(&moved)),
            Some(&night),
            Some(&org.owner.access_token),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text());
    assert!(items(&matches(&app, &volunteer, "").await).is_empty());

    // The rival withdraws: the place is free again and offered.
    let withdrawn = app
        .post_json_as(
            &format!("/api/v1/applications/{}/withdraw", id(&taken.json())),
            &json!({}),
            Some(&rival.access_token),
        )
        .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.text());
    assert_eq!(titles(&matches(&app, &volunteer, "").await), ["One place"]);

    // Closed, it is gone.
    let closed = app
        .post_json_as(
            &format!("/api/v1/opportunities/{}/close", id(&one_place)),
            &json!({}),
            Some(&org.owner.access_token),
        )
        .await;
    assert_eq!(closed.status, 200, "{}", closed.text());
    assert!(items(&matches(&app, &volunteer, "").await).is_empty());
}

#[actix_web::test]
async fn candidates_follow_a_profile_hidden_changed_and_shown_again() {
    let app = TestApp::spawn().await;
    let org = Organizer::new(&app, "Fundacja Kandydaci").await;
    let first_aid = app.skill_id("first-aid").await;
    let day = day_ahead(4);
    let opportunity = org
        .published(
            &app,
            json!({
                "title": "First aid at the marathon",
                "location": place(TORUN),
                "required_skills": [{"skill_id": first_aid, "min_level": 2}]
            }),
        )
        .await;
    org.shift(&app, &opportunity, day, (9, 0), (12, 0), 5).await;
    let window = json!([{"weekday": weekday(day), "start": "08:00", "end": "13:00"}]);
    let fitting = json!({"skills": [{"skill_id": first_aid, "level": 3}], "availability": window});
    let ola = person(&app, "Ola", 30, TORUN, fitting.clone()).await;
    let listed = |page: TestResponse| volunteer_ids(&page.json());
    assert_eq!(
        listed(candidates(&app, &org.owner, &opportunity).await),
        [ola.user.id.to_string()]
    );

    let mut hidden = fitting.clone();
    hidden["discoverable"] = json!(false);
    app.put_volunteer_profile(&ola.user, &profile_body(ola.birth_date, ola.home, hidden))
        .await;
    assert!(listed(candidates(&app, &org.owner, &opportunity).await).is_empty());

    // Shown again but with the skill below the level asked: still no one.
    let mut weaker = fitting.clone();
    weaker["skills"] = json!([{"skill_id": first_aid, "level": 1}]);
    app.put_volunteer_profile(&ola.user, &profile_body(ola.birth_date, ola.home, weaker))
        .await;
    assert!(listed(candidates(&app, &org.owner, &opportunity).await).is_empty());

    app.put_volunteer_profile(&ola.user, &profile_body(ola.birth_date, ola.home, fitting))
        .await;
    assert_eq!(
        listed(candidates(&app, &org.owner, &opportunity).await),
        [ola.user.id.to_string()]
    );
}

fn sorted(mut titles: Vec<&str>) -> Vec<&str> {
    titles.sort_unstable();
    titles
}

#[test]
fn the_change_log_forgets_only_what_is_old_and_over() {
    use diesel::RunQueryDsl;
    let database = hop_tests::TestDatabase::migrated();
    let mut conn = database.connect();
    diesel::sql_query(
        // Old and over (a transaction long ended), recent, and one of a
        // transaction that may still run (this one's: the cluster's horizon
        // is shared with the tests running beside it).
        "INSERT INTO matching_changes (xid, subject, subject_id, recorded_at) VALUES \
         ('3', 'volunteer', gen_random_uuid(), now() - interval '11 minutes'), \
         ('3', 'volunteer', gen_random_uuid(), now() - interval '9 minutes'), \
         (pg_current_xact_id(), 'all', NULL, now())",
    )
    .execute(&mut conn)
    .expect("changes are written");
    let forgotten = hop_api::matching::store::forget_changes_older_than(&mut conn, 10)
        .expect("old changes are forgotten");
    assert_eq!(forgotten, 1);
    let horizon = hop_api::matching::store::horizon(&mut conn).expect("a horizon");
    let left = hop_api::matching::store::changes_since(&mut conn, 0).expect("the log is read");
    assert_eq!(left.iter().filter(|change| change.id.is_some()).count(), 2);
    assert!(
        left.iter()
            .all(|change| change.horizon.parse::<u64>().is_ok())
    );
    assert!(horizon > 0);
}

#[test]
fn the_index_says_it_is_loaded_only_once_it_is() {
    let database = hop_tests::TestDatabase::migrated();
    let mut conn = database.connect();
    let index = hop_api::matching::index::MatchingIndex::empty();
    assert!(!index.is_loaded(), "/readyz answers 503 until it is");
    index
        .catch_up(&mut conn, std::time::Instant::now())
        .expect("the index loads");
    assert!(index.is_loaded());
}

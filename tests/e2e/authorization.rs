//! Who may call what, for every endpoint of opportunities, shifts, sign-ups
//! and notifications: no token, a token that is not valid, city staff,
//! another organisation's member, and volunteers other than the one a
//! resource belongs to. Each answer is checked for its status and problem
//! `type`, and every refused write is checked to have changed nothing.

use actix_web::http::Method;
use chrono::{TimeDelta, Utc};
use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::BigInt};
use hop_tests::{TestApp, TestResponse, TestUser};
use serde_json::{Value, json};
use uuid::Uuid;

fn id(body: &Value) -> &str {
    body["id"].as_str().expect("id")
}

/// Who sends a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    /// No `Authorization` header.
    Anonymous,
    /// A bearer token that is not one of ours.
    BadToken,
    /// The owner of the organisation the resources belong to.
    Owner,
    /// The owner of another, verified organisation.
    Rival,
    /// City staff.
    Staff,
    /// The volunteer the sign-up and the notification belong to.
    Volunteer,
    /// Another volunteer, with a sign-up of their own.
    Other,
}

use Caller::*;

/// One organisation with a published opportunity (review required) and a
/// draft, a shift on each, a pending sign-up of `volunteer` and one of
/// `other`, and a second, unverified organisation of the same owner.
struct World {
    app: TestApp,
    owner: TestUser,
    rival: TestUser,
    staff: TestUser,
    volunteer: TestUser,
    other: TestUser,
    organization: Value,
    unverified: Value,
    published: Value,
    draft: Value,
    shift: Value,
    draft_shift: Value,
    application: Value,
    notification: String,
}

impl World {
    async fn build() -> Self {
        let app = TestApp::spawn().await;
        let owner = app.user_named("Owner").await;
        let rival = app.user_named("Rival").await;
        let staff = app.staff().await;
        let organization = app
            .verified_organization(&owner, &staff, "Bank Żywności Toruń")
            .await;
        app.verified_organization(&rival, &staff, "Inna Fundacja")
            .await;
        let unverified = app.organization(&owner, "Fundacja w Rejestracji").await;
        let published = app
            .opportunity(&owner, &organization, json!({"requires_review": true}))
            .await;
        let published = app.publish(&owner, &published).await;
        let draft = app
            .opportunity(&owner, &organization, json!({"title": "Secret draft"}))
            .await;
        let shift = app.shift(&owner, &published, 48, 2, 5).await;
        let draft_shift = app.shift(&owner, &draft, 48, 2, 5).await;
        let volunteer = app.adult_volunteer().await;
        let other = app.adult_volunteer().await;
        let application = app.sign_up(&volunteer, &shift).await;
        assert_eq!(application.status, 201, "{}", application.text());
        let application = application.json();
        assert_eq!(application["status"], "pending");
        let theirs = app.sign_up(&other, &shift).await;
        assert_eq!(theirs.status, 201, "{}", theirs.text());
        let notifications = app
            .get("/api/v1/me/notifications", Some(&volunteer.access_token))
            .await
            .json();
        let notification = notifications["items"][0]["id"]
            .as_str()
            .expect("the volunteer was told of the sign-up")
            .to_owned();
        Self {
            app,
            owner,
            rival,
            staff,
            volunteer,
            other,
            organization,
            unverified,
            published,
            draft,
            shift,
            draft_shift,
            application,
            notification,
        }
    }

    fn token(&self, caller: Caller) -> Option<&str> {
        match caller {
            Anonymous => None,
            BadToken => Some("not-a-token"),
            Owner => Some(&self.owner.access_token),
            Rival => Some(&self.rival.access_token),
            Staff => Some(&self.staff.access_token),
            Volunteer => Some(&self.volunteer.access_token),
            Other => Some(&self.other.access_token),
        }
    }

    async fn send(
        &self,
        caller: Caller,
        method: &Method,
        path: &str,
        body: Option<&Value>,
    ) -> TestResponse {
        self.app
            .send_json(method.clone(), path, body, self.token(caller))
            .await
    }

    /// Sends each request as each caller and checks the answer: a status
    /// below 400 is checked alone, any other with its problem `type`.
    async fn check(&self, cases: &[Case]) {
        for case in cases {
            for &(caller, status, problem) in &case.expect {
                let response = self
                    .send(caller, &case.method, &case.path, case.body.as_ref())
                    .await;
                let context = format!(
                    "{} {} as {caller:?}: {} {}",
                    case.method,
                    case.path,
                    response.status,
                    response.text()
                );
                assert_eq!(response.status, status, "{context}");
                if status >= 400 {
                    response.assert_problem(status, problem);
                }
            }
        }
    }

    /// Everything a refused write could have changed, as its owners see it.
    async fn snapshot(&self) -> Vec<Value> {
        let mut seen = Vec::new();
        for (caller, path) in [
            (
                Owner,
                format!("/api/v1/opportunities/{}", id(&self.published)),
            ),
            (Owner, format!("/api/v1/opportunities/{}", id(&self.draft))),
            (
                Owner,
                format!("/api/v1/opportunities/{}/shifts", id(&self.published)),
            ),
            (
                Owner,
                format!("/api/v1/opportunities/{}/shifts", id(&self.draft)),
            ),
            (
                Owner,
                format!("/api/v1/opportunities/{}/applications", id(&self.published)),
            ),
            (
                Owner,
                format!("/api/v1/opportunities/{}/applications", id(&self.draft)),
            ),
            (Owner, "/api/v1/opportunities?sort=newest".to_owned()),
            (Volunteer, "/api/v1/me/applications".to_owned()),
            (Other, "/api/v1/me/applications".to_owned()),
            (Volunteer, "/api/v1/me/notifications".to_owned()),
            (Other, "/api/v1/me/notifications".to_owned()),
            (Owner, "/api/v1/me/notifications".to_owned()),
            (Volunteer, "/api/v1/me/volunteer-profile".to_owned()),
        ] {
            let response = self.app.get(&path, self.token(caller)).await;
            assert_eq!(response.status, 200, "{path}: {}", response.text());
            seen.push(json!({"path": path, "as": format!("{caller:?}"), "body": response.json()}));
        }
        for table in [
            "opportunities",
            "shifts",
            "applications",
            "safeguarding_checks",
            "notifications",
        ] {
            seen.push(json!({table: count(&self.app, table)}));
        }
        seen
    }
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    count: i64,
}

fn count(app: &TestApp, table: &str) -> i64 {
    sql_query(format!("SELECT count(*) AS count FROM {table}"))
        .get_result::<Count>(&mut app.db())
        .unwrap()
        .count
}

/// One request and what each caller gets for it.
struct Case {
    method: Method,
    path: String,
    body: Option<Value>,
    expect: Vec<(Caller, u16, &'static str)>,
}

fn case(
    method: Method,
    path: String,
    body: Option<Value>,
    expect: &[(Caller, u16, &'static str)],
) -> Case {
    Case {
        method,
        path,
        body,
        expect: expect.to_vec(),
    }
}

const UNAUTHORIZED: (u16, &str) = (401, "unauthorized");
const FORBIDDEN: (u16, &str) = (403, "forbidden");
const NOT_FOUND: (u16, &str) = (404, "not-found");

const fn as_(
    caller: Caller,
    (status, problem): (u16, &'static str),
) -> (Caller, u16, &'static str) {
    (caller, status, problem)
}

/// Members act on what only insiders see: staff see it but may not act,
/// strangers learn nothing.
const MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE: &[(Caller, u16, &str)] = &[
    as_(Anonymous, UNAUTHORIZED),
    as_(Rival, NOT_FOUND),
    as_(Staff, FORBIDDEN),
    as_(Volunteer, NOT_FOUND),
];

/// Members act on what everyone sees: the others are refused outright.
const MEMBERS_ACT_ON_WHAT_ALL_SEE: &[(Caller, u16, &str)] = &[
    as_(Anonymous, UNAUTHORIZED),
    as_(BadToken, UNAUTHORIZED),
    as_(Rival, FORBIDDEN),
    as_(Staff, FORBIDDEN),
    as_(Volunteer, FORBIDDEN),
];

/// Seen by the organisation's members and staff only.
const ONLY_INSIDERS_SEE: &[(Caller, u16, &str)] = &[
    as_(Anonymous, NOT_FOUND),
    as_(BadToken, UNAUTHORIZED),
    as_(Rival, NOT_FOUND),
    as_(Volunteer, NOT_FOUND),
    (Staff, 200, ""),
    (Owner, 200, ""),
];

/// Public: anyone sees it, but a token that is not valid is refused.
const ANYONE_SEES: &[(Caller, u16, &str)] = &[
    as_(BadToken, UNAUTHORIZED),
    (Anonymous, 200, ""),
    (Rival, 200, ""),
];

/// The volunteer's own: everyone else learns nothing of it.
const ONLY_THE_VOLUNTEER: &[(Caller, u16, &str)] = &[
    as_(Anonymous, UNAUTHORIZED),
    as_(BadToken, UNAUTHORIZED),
    as_(Owner, NOT_FOUND),
    as_(Rival, NOT_FOUND),
    as_(Staff, NOT_FOUND),
    as_(Other, NOT_FOUND),
];

#[actix_web::test]
async fn opportunity_endpoints_refuse_whoever_may_not_see_or_change_them() {
    let world = World::build().await;
    let published = format!("/api/v1/opportunities/{}", id(&world.published));
    let draft = format!("/api/v1/opportunities/{}", id(&world.draft));
    let create = json!({"title": "Hijacked opportunity", "cause": "poverty", "remote": true});
    let change = json!({"title": "Hijacked title"});
    let before = world.snapshot().await;

    world
        .check(&[
            // Members of a verified organisation create; it is public, so others are refused.
            case(
                Method::POST,
                format!(
                    "/api/v1/organizations/{}/opportunities",
                    id(&world.organization)
                ),
                Some(create.clone()),
                MEMBERS_ACT_ON_WHAT_ALL_SEE,
            ),
            // An unverified organisation exists only for its members and staff.
            case(
                Method::POST,
                format!(
                    "/api/v1/organizations/{}/opportunities",
                    id(&world.unverified)
                ),
                Some(create.clone()),
                MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE,
            ),
            case(
                Method::POST,
                format!("/api/v1/organizations/{}/opportunities", Uuid::new_v4()),
                Some(create.clone()),
                &[as_(Owner, NOT_FOUND)],
            ),
            // A draft is seen by its members and staff only.
            case(Method::GET, draft.clone(), None, ONLY_INSIDERS_SEE),
            case(Method::GET, published.clone(), None, ANYONE_SEES),
            case(
                Method::GET,
                format!("/api/v1/opportunities/{}", Uuid::new_v4()),
                None,
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::GET,
                "/api/v1/opportunities/not-a-uuid".to_owned(),
                None,
                &[as_(Owner, NOT_FOUND)],
            ),
            // Changing: a published one is seen, so the refusal is a 403;
            // a draft is not, so strangers get a 404.
            case(
                Method::PATCH,
                published.clone(),
                Some(change.clone()),
                MEMBERS_ACT_ON_WHAT_ALL_SEE,
            ),
            case(
                Method::PATCH,
                draft.clone(),
                Some(change.clone()),
                MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE,
            ),
            case(
                Method::PATCH,
                format!("/api/v1/opportunities/{}", Uuid::new_v4()),
                Some(change.clone()),
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::POST,
                format!("{draft}/publish"),
                Some(json!({})),
                MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE,
            ),
            case(
                Method::POST,
                format!("{published}/publish"),
                Some(json!({})),
                &[
                    as_(Anonymous, UNAUTHORIZED),
                    as_(Rival, FORBIDDEN),
                    as_(Staff, FORBIDDEN),
                ],
            ),
            case(
                Method::POST,
                format!("{published}/close"),
                Some(json!({})),
                MEMBERS_ACT_ON_WHAT_ALL_SEE,
            ),
            case(
                Method::POST,
                format!("{draft}/close"),
                Some(json!({})),
                MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE,
            ),
            case(
                Method::POST,
                format!("/api/v1/opportunities/{}/close", Uuid::new_v4()),
                Some(json!({})),
                &[as_(Owner, NOT_FOUND)],
            ),
        ])
        .await;
    assert_eq!(
        world.snapshot().await,
        before,
        "a refused write changed something"
    );

    // The search shows no one a draft, not even its own members.
    for caller in [Anonymous, Owner, Rival, Staff] {
        let found = world
            .app
            .get("/api/v1/opportunities?sort=newest", world.token(caller))
            .await;
        assert_eq!(found.status, 200, "{}", found.text());
        let ids: Vec<Value> = found.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["id"].clone())
            .collect();
        assert_eq!(ids, [world.published["id"].clone()], "as {caller:?}");
    }

    // The same requests from the owner go through: the refusals above were
    // about the caller, not the path.
    for (method, path, body, status) in [
        (Method::PATCH, draft.clone(), Some(change.clone()), 200),
        (
            Method::POST,
            format!("{draft}/publish"),
            Some(json!({})),
            200,
        ),
        (
            Method::POST,
            format!("{published}/close"),
            Some(json!({})),
            200,
        ),
        (
            Method::POST,
            format!(
                "/api/v1/organizations/{}/opportunities",
                id(&world.unverified)
            ),
            Some(create.clone()),
            201,
        ),
    ] {
        let response = world.send(Owner, &method, &path, body.as_ref()).await;
        assert_eq!(
            response.status,
            status,
            "{method} {path}: {}",
            response.text()
        );
    }
}

#[actix_web::test]
async fn shift_endpoints_refuse_whoever_may_not_see_or_change_them() {
    let world = World::build().await;
    let published_shifts = format!("/api/v1/opportunities/{}/shifts", id(&world.published));
    let draft_shifts = format!("/api/v1/opportunities/{}/shifts", id(&world.draft));
    let shift = format!("/api/v1/shifts/{}", id(&world.shift));
    let draft_shift = format!("/api/v1/shifts/{}", id(&world.draft_shift));
    let start = Utc::now() + TimeDelta::days(5);
    let create = json!({"starts_at": start, "ends_at": start + TimeDelta::hours(2), "capacity": 3});
    let change =
        json!({"capacity": 50, "starts_at": start, "ends_at": start + TimeDelta::hours(1)});
    let before = world.snapshot().await;

    world
        .check(&[
            case(Method::GET, published_shifts.clone(), None, ANYONE_SEES),
            case(Method::GET, draft_shifts.clone(), None, ONLY_INSIDERS_SEE),
            case(
                Method::GET,
                format!("/api/v1/opportunities/{}/shifts", Uuid::new_v4()),
                None,
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::POST,
                published_shifts.clone(),
                Some(create.clone()),
                MEMBERS_ACT_ON_WHAT_ALL_SEE,
            ),
            case(
                Method::POST,
                draft_shifts.clone(),
                Some(create.clone()),
                MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE,
            ),
            case(
                Method::POST,
                format!("/api/v1/opportunities/{}/shifts", Uuid::new_v4()),
                Some(create.clone()),
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::PATCH,
                shift.clone(),
                Some(change.clone()),
                MEMBERS_ACT_ON_WHAT_ALL_SEE,
            ),
            case(
                Method::PATCH,
                draft_shift.clone(),
                Some(change.clone()),
                MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE,
            ),
            case(
                Method::PATCH,
                format!("/api/v1/shifts/{}", Uuid::new_v4()),
                Some(change.clone()),
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::DELETE,
                shift.clone(),
                None,
                MEMBERS_ACT_ON_WHAT_ALL_SEE,
            ),
            case(
                Method::DELETE,
                draft_shift.clone(),
                None,
                MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE,
            ),
            case(
                Method::DELETE,
                format!("/api/v1/shifts/{}", Uuid::new_v4()),
                None,
                &[as_(Owner, NOT_FOUND)],
            ),
        ])
        .await;
    assert_eq!(
        world.snapshot().await,
        before,
        "a refused write changed something"
    );

    for (method, path, body, status) in [
        (
            Method::POST,
            draft_shifts.clone(),
            Some(create.clone()),
            201,
        ),
        (
            Method::PATCH,
            draft_shift.clone(),
            Some(change.clone()),
            200,
        ),
        (Method::DELETE, draft_shift.clone(), None, 204),
        (
            Method::PATCH,
            shift.clone(),
            Some(json!({"capacity": 6})),
            200,
        ),
        (Method::DELETE, shift.clone(), None, 204),
    ] {
        let response = world.send(Owner, &method, &path, body.as_ref()).await;
        assert_eq!(
            response.status,
            status,
            "{method} {path}: {}",
            response.text()
        );
    }
}

#[actix_web::test]
async fn sign_up_endpoints_refuse_other_volunteers_and_other_organisations() {
    let world = World::build().await;
    let application = format!("/api/v1/applications/{}", id(&world.application));
    let unknown = format!("/api/v1/applications/{}", Uuid::new_v4());
    let reject = json!({"reason": "Not this time."});
    let no_show = json!({"status": "no_show"});
    let checked = json!({
        "register_checked_at": Utc::now() - TimeDelta::days(1),
        "criminal_record_certificate": true
    });
    let safeguarding = format!(
        "/api/v1/organizations/{}/safeguarding/{}",
        id(&world.organization),
        world.volunteer.id
    );
    let before = world.snapshot().await;

    // Deciding on a sign-up: members only. Staff are told no; anyone else,
    // the volunteer included, learns nothing of it.
    let decide = [
        as_(Anonymous, UNAUTHORIZED),
        as_(BadToken, UNAUTHORIZED),
        as_(Rival, NOT_FOUND),
        as_(Staff, FORBIDDEN),
        as_(Volunteer, NOT_FOUND),
        as_(Other, NOT_FOUND),
    ];
    world
        .check(&[
            case(
                Method::POST,
                format!("/api/v1/shifts/{}/applications", id(&world.shift)),
                Some(json!({})),
                &[as_(Anonymous, UNAUTHORIZED), as_(BadToken, UNAUTHORIZED)],
            ),
            // A draft's shift does not exist for volunteers.
            case(
                Method::POST,
                format!("/api/v1/shifts/{}/applications", id(&world.draft_shift)),
                Some(json!({})),
                &[as_(Volunteer, NOT_FOUND), as_(Other, NOT_FOUND)],
            ),
            case(
                Method::GET,
                format!(
                    "/api/v1/opportunities/{}/applications",
                    id(&world.published)
                ),
                None,
                &[
                    as_(Anonymous, UNAUTHORIZED),
                    as_(BadToken, UNAUTHORIZED),
                    as_(Rival, FORBIDDEN),
                    as_(Volunteer, FORBIDDEN),
                    as_(Other, FORBIDDEN),
                    (Staff, 200, ""),
                    (Owner, 200, ""),
                ],
            ),
            case(
                Method::GET,
                format!("/api/v1/opportunities/{}/applications", id(&world.draft)),
                None,
                &[
                    as_(Anonymous, UNAUTHORIZED),
                    as_(Rival, NOT_FOUND),
                    as_(Volunteer, NOT_FOUND),
                    (Staff, 200, ""),
                ],
            ),
            case(
                Method::POST,
                format!("{application}/accept"),
                Some(json!({})),
                &decide,
            ),
            case(
                Method::POST,
                format!("{application}/reject"),
                Some(reject.clone()),
                &decide,
            ),
            case(
                Method::POST,
                format!("{application}/attendance"),
                Some(no_show.clone()),
                &decide,
            ),
            // Withdrawing: the volunteer alone.
            case(
                Method::POST,
                format!("{application}/withdraw"),
                Some(json!({})),
                ONLY_THE_VOLUNTEER,
            ),
            case(
                Method::POST,
                format!("{unknown}/accept"),
                Some(json!({})),
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::POST,
                format!("{unknown}/reject"),
                Some(reject.clone()),
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::POST,
                format!("{unknown}/attendance"),
                Some(no_show.clone()),
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::POST,
                format!("{unknown}/withdraw"),
                Some(json!({})),
                &[as_(Volunteer, NOT_FOUND)],
            ),
            // The safeguarding check: the organisation's members record it;
            // a volunteer cannot vouch for themselves.
            case(
                Method::PUT,
                safeguarding.clone(),
                Some(checked.clone()),
                &[
                    as_(Anonymous, UNAUTHORIZED),
                    as_(BadToken, UNAUTHORIZED),
                    as_(Rival, FORBIDDEN),
                    as_(Staff, FORBIDDEN),
                    as_(Volunteer, FORBIDDEN),
                    as_(Other, FORBIDDEN),
                ],
            ),
            case(
                Method::PUT,
                format!(
                    "/api/v1/organizations/{}/safeguarding/{}",
                    id(&world.unverified),
                    world.volunteer.id
                ),
                Some(checked.clone()),
                MEMBERS_ACT_ON_WHAT_ONLY_INSIDERS_SEE,
            ),
            case(
                Method::PUT,
                format!(
                    "/api/v1/organizations/{}/safeguarding/{}",
                    id(&world.organization),
                    Uuid::new_v4()
                ),
                Some(checked.clone()),
                &[as_(Owner, NOT_FOUND)],
            ),
            case(
                Method::GET,
                "/api/v1/me/applications".to_owned(),
                None,
                &[as_(Anonymous, UNAUTHORIZED), as_(BadToken, UNAUTHORIZED)],
            ),
        ])
        .await;
    assert_eq!(
        world.snapshot().await,
        before,
        "a refused write changed something"
    );

    // Each volunteer lists their own sign-ups only; members of an
    // organisation have none of their own.
    for (caller, expected) in [
        (Volunteer, vec![world.volunteer.id.to_string()]),
        (Other, vec![world.other.id.to_string()]),
        (Owner, vec![]),
        (Rival, vec![]),
        (Staff, vec![]),
    ] {
        let mine = world
            .app
            .get("/api/v1/me/applications", world.token(caller))
            .await;
        assert_eq!(mine.status, 200, "{}", mine.text());
        let volunteers: Vec<String> = mine.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["volunteer_id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(volunteers, expected, "as {caller:?}");
    }

    // The owner and the volunteer get through where the others did not.
    for (caller, method, path, body, status) in [
        (Owner, Method::PUT, safeguarding.clone(), Some(checked), 204),
        (
            Owner,
            Method::POST,
            format!("{application}/accept"),
            Some(json!({})),
            200,
        ),
        (
            Volunteer,
            Method::POST,
            format!("{application}/withdraw"),
            Some(json!({})),
            200,
        ),
    ] {
        let response = world.send(caller, &method, &path, body.as_ref()).await;
        assert_eq!(
            response.status,
            status,
            "{method} {path}: {}",
            response.text()
        );
    }
}

#[actix_web::test]
async fn notifications_are_read_and_marked_by_their_recipient_alone() {
    let world = World::build().await;
    let read = format!("/api/v1/me/notifications/{}/read", world.notification);
    let before = world.snapshot().await;

    world
        .check(&[
            case(
                Method::GET,
                "/api/v1/me/notifications".to_owned(),
                None,
                &[as_(Anonymous, UNAUTHORIZED), as_(BadToken, UNAUTHORIZED)],
            ),
            case(
                Method::POST,
                read.clone(),
                Some(json!({})),
                ONLY_THE_VOLUNTEER,
            ),
            case(
                Method::POST,
                "/api/v1/me/notifications/not-a-uuid/read".to_owned(),
                Some(json!({})),
                &[as_(Volunteer, NOT_FOUND)],
            ),
            case(
                Method::POST,
                "/api/v1/me/notifications/read-all".to_owned(),
                Some(json!({})),
                &[as_(Anonymous, UNAUTHORIZED), as_(BadToken, UNAUTHORIZED)],
            ),
        ])
        .await;
    assert_eq!(
        world.snapshot().await,
        before,
        "a refused write changed something"
    );

    // Others marking all of theirs read leaves the volunteer's unread.
    for caller in [Owner, Rival, Staff] {
        let all = world
            .send(
                caller,
                &Method::POST,
                "/api/v1/me/notifications/read-all",
                Some(&json!({})),
            )
            .await;
        assert_eq!(all.status, 200, "{}", all.text());
    }
    let unread = world
        .app
        .get(
            "/api/v1/me/notifications?unread=true",
            world.token(Volunteer),
        )
        .await
        .json();
    assert!(
        unread["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|item| item["id"] == world.notification.as_str()),
        "{unread}"
    );
    // No one else's list shows it.
    for caller in [Owner, Rival, Staff, Other] {
        let page = world
            .app
            .get("/api/v1/me/notifications", world.token(caller))
            .await
            .json();
        assert!(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|item| item["id"] != world.notification.as_str()),
            "as {caller:?}: {page}"
        );
    }

    let marked = world
        .send(Volunteer, &Method::POST, &read, Some(&json!({})))
        .await;
    assert_eq!(marked.status, 200, "{}", marked.text());
    assert_eq!(marked.json()["id"], world.notification.as_str());
}

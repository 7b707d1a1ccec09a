//! The export holds every kind of data HOP stores about the caller, and
//! nothing of anyone else's; and no table that names a person is left out
//! of it unnoticed.

use std::collections::BTreeSet;

use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::Text};
use hop_api::privacy::export::{DERIVED, EXPORTED, NOT_EXPORTED};
use hop_tests::TestApp;

use super::{app_with_outbox, export, id, world};

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

/// Every column of the schema that ties a row to a person: a foreign key
/// to `users`, or a name people's columns have.
fn personal_columns(app: &TestApp) -> Vec<Column> {
    sql_query(
        "SELECT DISTINCT c.table_name::text AS table_name, c.column_name::text AS column_name \
         FROM information_schema.columns c \
         WHERE c.table_schema = 'public' AND c.table_name <> '__diesel_schema_migrations' \
           AND (c.column_name IN ('user_id', 'volunteer_id', 'recipient_id', 'recipient', \
                                  'member_id', 'person_id', 'owner_id', 'account_id') \
                OR c.column_name LIKE '%\\_by' OR c.column_name LIKE '%email%' \
                OR (c.table_name, c.column_name) IN ( \
                    SELECT kcu.table_name, kcu.column_name \
                    FROM information_schema.referential_constraints rc \
                    JOIN information_schema.key_column_usage kcu \
                      ON kcu.constraint_name = rc.constraint_name \
                     AND kcu.constraint_schema = rc.constraint_schema \
                    JOIN information_schema.constraint_column_usage ccu \
                      ON ccu.constraint_name = rc.unique_constraint_name \
                     AND ccu.constraint_schema = rc.unique_constraint_schema \
                    WHERE ccu.table_name = 'users' AND ccu.column_name = 'id')) \
         UNION SELECT 'users', 'id' \
         ORDER BY 1, 2",
    )
    .load(&mut app.db())
    .expect("the schema's columns")
}

#[actix_web::test]
async fn every_column_that_names_a_person_is_exported_or_explained() {
    let app = TestApp::spawn().await;
    let listed: BTreeSet<(&str, &str)> = EXPORTED
        .iter()
        .map(|(table, column, _)| (*table, *column))
        .chain(
            NOT_EXPORTED
                .iter()
                .map(|(table, column, _)| (*table, *column)),
        )
        .collect();
    let found = personal_columns(&app);
    let missing: Vec<String> = found
        .iter()
        .filter(|c| !listed.contains(&(c.table_name.as_str(), c.column_name.as_str())))
        .map(|c| format!("{}.{}", c.table_name, c.column_name))
        .collect();
    assert!(
        missing.is_empty(),
        "personal data the export does not cover: {missing:?}; add each to \
         hop_api::privacy::export::EXPORTED (with the section that shows it, and export it) \
         or to NOT_EXPORTED with why"
    );
    // And the lists name nothing that is not there.
    let found: BTreeSet<(&str, &str)> = found
        .iter()
        .map(|c| (c.table_name.as_str(), c.column_name.as_str()))
        .collect();
    let stale: Vec<_> = listed.difference(&found).collect();
    assert!(stale.is_empty(), "listed but not in the schema: {stale:?}");
    for (_, _, why) in NOT_EXPORTED {
        assert!(why.len() > 20, "say why: {why}");
    }
}

#[actix_web::test]
async fn the_export_holds_every_kind_of_data_hop_stores() {
    let app = app_with_outbox().await;
    let w = world(&app).await;
    let answer = export(&app, &w.person).await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.header("content-type"), Some("application/json"));
    let disposition = answer.header("content-disposition").expect("an attachment");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert_eq!(
        disposition,
        format!("attachment; filename=\"hop-export-{today}.json\"")
    );
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    let data = answer.json();
    assert_eq!(data["format"], "hop-export/1");
    assert_eq!(data["truncated"], serde_json::json!([]));

    // Every section the lists name holds the person's rows.
    let sections: BTreeSet<&str> = EXPORTED
        .iter()
        .map(|(_, _, section)| *section)
        .chain(DERIVED.iter().copied())
        .collect();
    for section in &sections {
        let value = &data[*section];
        let filled = match value {
            serde_json::Value::Array(items) => !items.is_empty(),
            serde_json::Value::Object(fields) => !fields.is_empty(),
            _ => false,
        };
        assert!(filled, "section {section} is empty: {value}");
    }
    // … and the document has no section the lists do not name.
    let keys: BTreeSet<&str> = data
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .filter(|key| !["format", "exported_at", "truncated"].contains(key))
        .collect();
    assert_eq!(keys, sections);

    // What each holds, read back.
    assert_eq!(data["account"]["id"], w.person.id.to_string());
    assert_eq!(data["account"]["email"], w.person.email);
    assert_eq!(data["account"]["display_name"], "Olena Kovalenko");
    let profile = &data["volunteer_profile"];
    assert_eq!(profile["home_city"], "Toruń");
    assert_eq!(profile["home"]["lat"], 53.0138);
    assert_eq!(profile["guardian_name"], "Iryna Kovalenko");
    assert_eq!(profile["skills"][0]["slug"], "first-aid");
    assert_eq!(profile["languages"].as_array().expect("languages").len(), 2);
    assert_eq!(
        profile["availability"],
        serde_json::json!([{"weekday": "sat", "start": "09:00", "end": "24:00"}])
    );
    assert_eq!(data["sign_ups"][0]["id"], w.application["id"]);
    assert_eq!(data["sign_ups"][0]["shift_id"], w.shift["id"]);
    assert_eq!(data["sign_ups"][0]["opportunity_id"], w.opportunity["id"]);
    assert_eq!(
        data["hours"][0]["description"],
        "Sortowałam dary z Olą z Mokrego"
    );
    assert_eq!(data["hours"][0]["status"], "approved");
    assert_eq!(data["agreements"][0]["id"], w.agreement["id"]);
    assert_eq!(data["agreements"][0]["guardian_name"], "Iryna Kovalenko");
    assert_eq!(data["certificates"][0]["code"], w.certificate["code"]);
    assert_eq!(
        data["certificates"][0]["facts"]["opinion"],
        "Olena jest sumienna i punktualna."
    );
    assert_eq!(
        data["opinions"][0]["body"],
        "Olena jest sumienna i punktualna."
    );
    assert_eq!(
        data["safeguarding_checks"][0]["organization_id"],
        w.organization["id"]
    );
    assert_eq!(
        data["memberships"][0]["organization_id"],
        w.other_organization["id"]
    );
    assert_eq!(data["memberships"][0]["role"], "coordinator");
    assert_eq!(data["invitations"][0]["status"], "accepted");
    assert!(
        data["emails"]
            .as_array()
            .expect("emails")
            .iter()
            .all(|email| email["recipient"] == w.person.email.as_str())
    );
    let consents: BTreeSet<&str> = data["consents"]
        .as_array()
        .expect("consents")
        .iter()
        .map(|consent| consent["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(
        consents,
        BTreeSet::from([
            "agreement-accepted",
            "agreement-guardian-consent",
            "discoverable",
            "guardian-consent",
            "invitation-accepted",
        ])
    );
    let guardian = data["consents"]
        .as_array()
        .expect("consents")
        .iter()
        .find(|consent| consent["kind"] == "guardian-consent")
        .expect("the profile's consent");
    assert!(guardian["given_at"].is_string(), "{guardian}");
    let session = &data["sessions"][0];
    assert_eq!(session["active"], true);
    assert!(session["started_at"].is_string());
    assert!(
        data["acts"]
            .as_array()
            .expect("acts")
            .iter()
            .any(|act| act["kind"] == "opportunity-created"
                && act["organization_id"] == w.other_organization["id"]),
        "{}",
        data["acts"]
    );

    // No secret: no password hash, no token, no token hash.
    let text = answer.text();
    for secret in [
        "argon2",
        "password",
        "token_hash",
        w.person.refresh_token.as_str(),
        w.person.access_token.as_str(),
    ] {
        assert!(!text.contains(secret), "the export holds {secret}");
    }
}

#[actix_web::test]
async fn an_export_holds_the_callers_data_alone() {
    let app = TestApp::spawn().await;
    let w = world(&app).await;
    // The owner's export has their organisation and their acts, never the
    // person's profile, hours or opinions.
    let theirs = export(&app, &w.owner).await;
    assert_eq!(theirs.status, 200, "{}", theirs.text());
    let theirs = theirs.json();
    assert_eq!(theirs["account"]["id"], w.owner.id.to_string());
    assert_eq!(theirs["volunteer_profile"], serde_json::Value::Null);
    for section in [
        "sign_ups",
        "hours",
        "agreements",
        "certificates",
        "opinions",
        "safeguarding_checks",
    ] {
        assert_eq!(theirs[section], serde_json::json!([]), "{section}");
    }
    assert_eq!(
        theirs["memberships"][0]["organization_id"],
        w.organization["id"]
    );
    let acts: BTreeSet<&str> = theirs["acts"]
        .as_array()
        .expect("acts")
        .iter()
        .map(|act| act["kind"].as_str().expect("kind"))
        .collect();
    for kind in [
        "hours-decided",
        "agreement-proposed",
        "opinion-written",
        "safeguarding-recorded",
        "opportunity-created",
    ] {
        assert!(acts.contains(kind), "{kind} in {acts:?}");
    }
    assert!(!theirs.to_string().contains("Olena"));
    assert!(!theirs.to_string().contains(&w.person.email));
    // A newcomer's export: an account, and nothing else.
    let newcomer = app.user().await;
    let fresh = export(&app, &newcomer).await.json();
    assert_eq!(fresh["account"]["email"], newcomer.email);
    assert_eq!(fresh["sessions"].as_array().expect("sessions").len(), 1);
    assert_eq!(fresh["sign_ups"], serde_json::json!([]));
    assert_eq!(id(&fresh["account"]), newcomer.id.to_string());
}

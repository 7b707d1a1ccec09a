//! A certificate as an Open Badges 3.0 credential (`OpenBadgeCredential`,
//! W3C Verifiable Credentials 2.0), secured as a JWT signed with EdDSA
//! (the VC-JWT format Open Badges 3.0 names): `iss`, `jti`, `nbf`, `sub`
//! and the credential itself in `vc`.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::model::CertificateFacts;

/// The credential's claims for the certificate `id` with `facts`, issued
/// by the service at `base` (its public address) at `issued_at`.
pub fn claims(
    id: uuid::Uuid,
    code: &str,
    facts: &CertificateFacts,
    base: &url::Url,
    issued_at: DateTime<Utc>,
) -> Value {
    let base = base.as_str().trim_end_matches('/');
    let verify_url = format!("{base}/api/v1/certificates/{code}");
    let credential_id = format!("urn:uuid:{id}");
    let hours = f64::from(facts.total_minutes) / 60.0;
    let mut results = vec![json!({
        "type": ["Result"],
        "resultDescription": format!("{verify_url}#hours"),
        "value": format!("{hours:.2}"),
    })];
    let mut descriptions = vec![json!({
        "id": format!("{verify_url}#hours"),
        "type": ["ResultDescription"],
        "name": "Approved volunteering hours",
        "resultType": "ext:Hours",
    })];
    let mut skills: Vec<(&str, &str)> = facts
        .work
        .iter()
        .flat_map(|work| {
            work.skills
                .iter()
                .map(|skill| (skill.slug.as_str(), skill.name.as_str()))
        })
        .collect();
    skills.sort_unstable();
    skills.dedup_by_key(|skill| skill.0);
    for (slug, name) in skills {
        let description = format!("{verify_url}#skill-{slug}");
        descriptions.push(json!({
            "id": description,
            "type": ["ResultDescription"],
            "name": name,
            "resultType": "Status",
        }));
        results.push(json!({
            "type": ["Result"],
            "resultDescription": description,
            "status": "Completed",
        }));
    }
    let mut credential = json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": format!("Volunteering with {}", facts.organization.name),
        "issuer": {
            "id": base,
            "type": ["Profile"],
            "name": "HOP — Toruń Volunteering Center",
        },
        "validFrom": issued_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": format!("{verify_url}#achievement"),
                "type": ["Achievement"],
                "achievementType": "ext:Volunteering",
                "name": format!("Volunteering with {}", facts.organization.name),
                "description": format!(
                    "{:.2} approved hours of volunteering from {} to {}",
                    hours, facts.from, facts.to
                ),
                "criteria": {
                    "narrative": "Hours of volunteering approved by the organisation in HOP's ledger."
                },
                "creator": {
                    "id": format!("{base}/api/v1/organizations/{}", facts.organization.id),
                    "type": ["Profile"],
                    "name": facts.organization.name,
                },
                "resultDescription": descriptions,
            },
            "result": results,
        },
        "evidence": [{
            "id": verify_url,
            "type": ["Evidence"],
            "name": format!("Certificate {code}"),
        }],
    });
    // An erased volunteer's credential states the work, not whose it was.
    if !facts.volunteer.erased
        && let Some(subject) = credential
            .get_mut("credentialSubject")
            .and_then(Value::as_object_mut)
    {
        subject.insert("name".into(), json!(facts.volunteer.name));
    }
    json!({
        "iss": base,
        "jti": credential_id,
        "nbf": issued_at.timestamp(),
        "iat": issued_at.timestamp(),
        "sub": format!("{verify_url}#subject"),
        "vc": credential,
    })
}

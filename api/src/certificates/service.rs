//! Use cases of certificates: issue (or re-issue), verify, revoke, opinions.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::{
    documents::{self, CertificateFacts as DocumentFacts, LineKind, OpportunityWork},
    hours::torun_date,
    i18n::Lang,
    organization::RejectionReason,
    volunteering::Cause,
};
use uuid::Uuid;

use super::{
    credential,
    keys::Signer,
    model::{
        CertificateFacts, CertifiedSkill, CertifiedVolunteer, CertifiedWork, IssuingOrganization,
    },
    store::{self, CertificateRow, NewCertificate},
};
use crate::{
    error::ApiError,
    pdf::{self, Mark, Paragraph, Style},
};

/// Where certificates are issued: the Volunteering Center's city.
const PLACE_OF_ISSUE: &str = "Toruń";

/// Crockford's base32 (no I, L, O, U): codes read aloud and typed from paper.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A verification code: 15 random symbols (75 bits) in three groups.
fn new_code() -> String {
    let mut bytes = [0u8; 15];
    OsRng.fill_bytes(&mut bytes);
    let symbols: Vec<char> = bytes
        .iter()
        .map(|byte| char::from(CODE_ALPHABET[usize::from(byte & 31)]))
        .collect();
    symbols
        .chunks(5)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether `code` has the shape of a verification code (checked before
/// any query).
pub fn is_code(code: &str) -> bool {
    code.len() == 17
        && code.split('-').count() == 3
        && code
            .split('-')
            .all(|group| group.len() == 5 && group.bytes().all(|b| CODE_ALPHABET.contains(&b)))
}

pub fn verify_url(public_url: &url::Url, code: &str) -> String {
    format!(
        "{}/api/v1/certificates/{code}",
        public_url.as_str().trim_end_matches('/')
    )
}

fn no_hours() -> ApiError {
    ApiError::conflict(
        "no-approved-hours",
        "you have no approved hours with this organisation yet; a certificate states approved work",
    )
}

/// The facts of the volunteer's approved work with the organisation now.
fn current_facts(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
    now: DateTime<Utc>,
) -> Result<CertificateFacts, ApiError> {
    let org = crate::organizations::store::find(conn, organization)?
        .ok_or_else(|| ApiError::NotFound("No organisation with this id".into()))?;
    // HOP signs what a verified organisation confirmed, nothing else.
    if org.status != hop_domain::organization::OrganizationStatus::Verified.as_str() {
        return Err(ApiError::conflict(
            "organization-not-verified",
            "the organisation is not verified by the city; HOP certifies work for verified ones",
        ));
    }
    let person = crate::accounts::store::find_by_id(conn, volunteer)?.ok_or(
        ApiError::Unauthorized("The account of this access token no longer exists"),
    )?;
    let lang = Lang::parse(&person.preferred_language).unwrap_or(Lang::DEFAULT);
    let work = store::approved_work(conn, volunteer, organization)?;
    let (Some(from), Some(to)) = (
        work.iter().map(|w| w.first_day).min(),
        work.iter().map(|w| w.last_day).max(),
    ) else {
        return Err(no_hours());
    };
    let opportunity_ids: Vec<Uuid> = work.iter().filter_map(|w| w.opportunity_id).collect();
    let skills = store::skills_of(conn, &opportunity_ids, lang.as_str())?;
    let minutes = |m: i64| u32::try_from(m).unwrap_or(u32::MAX);
    let mut certified = Vec::new();
    let mut other_minutes = 0;
    for row in &work {
        match (row.opportunity_id, &row.title, &row.cause) {
            (Some(id), Some(title), Some(cause)) => certified.push(CertifiedWork {
                opportunity_id: id,
                title: title.clone(),
                cause: cause.clone(),
                minutes: minutes(row.minutes),
                skills: skills
                    .iter()
                    .filter(|skill| skill.opportunity_id == id)
                    .map(|skill| CertifiedSkill {
                        slug: skill.slug.clone(),
                        name_pl: skill.name_pl.clone(),
                        name: skill.name.clone(),
                    })
                    .collect(),
            }),
            _ => other_minutes += minutes(row.minutes),
        }
    }
    Ok(CertificateFacts {
        organization: IssuingOrganization {
            id: org.id,
            name: org.name,
            krs: org.krs,
            address: org.address,
        },
        volunteer: CertifiedVolunteer {
            name: person.display_name,
            erased: false,
        },
        from,
        to,
        total_minutes: work.iter().map(|w| minutes(w.minutes)).sum(),
        work: certified,
        other_minutes,
        opinion: store::opinion(conn, organization, volunteer)?,
        place_of_issue: PLACE_OF_ISSUE.to_owned(),
        issued_on: torun_date(now),
        language: lang.as_str().to_owned(),
    })
}

/// The volunteer's certificate from the organisation: the latest one when
/// it states the approved work as it is now, else a new one (older ones
/// stay verifiable).
pub fn issue(
    conn: &mut PgConnection,
    signer: &Signer,
    public_url: &url::Url,
    volunteer: Uuid,
    organization: Uuid,
    now: DateTime<Utc>,
) -> Result<CertificateRow, ApiError> {
    // One issue at a time per volunteer and organisation: two requests at
    // once get the same certificate, not two.
    store::lock_issue(conn, volunteer, organization)?;
    let facts = current_facts(conn, volunteer, organization, now)?;
    if let Some(latest) = store::latest(conn, volunteer, organization)?
        && serde_json::from_value::<CertificateFacts>(latest.facts.clone())
            .is_ok_and(|issued| issued.same_as(&facts))
    {
        // A revoked certificate stays revoked: the same facts are not
        // certified again until the work on record changes.
        if latest.revoked_at.is_some() {
            return Err(ApiError::conflict(
                "certificate-revoked",
                "the organisation revoked the certificate of exactly this work; \
                 a new one is issued once the approved hours change",
            ));
        }
        return Ok(latest);
    }
    let id = Uuid::new_v4();
    let code = new_code();
    let jwt = signer.sign(&credential::claims(id, &code, &facts, public_url, now))?;
    let stored = serde_json::to_value(&facts)
        .map_err(|err| ApiError::internal(format!("certificate facts: {err}")))?;
    Ok(store::insert(
        conn,
        &NewCertificate {
            id,
            code: &code,
            organization_id: organization,
            volunteer_id: volunteer,
            facts: &stored,
            language: &facts.language,
            credential: &jwt,
            kid: &signer.kid,
            issued_at: now,
        },
    )?)
}

fn cause_of(code: &str) -> Cause {
    Cause::parse(code).unwrap_or(Cause::Community)
}

/// The document facts for the texts, borrowing from `facts`.
fn document_facts<'a>(
    facts: &'a CertificateFacts,
    code: &'a str,
    url: &'a str,
) -> DocumentFacts<'a> {
    DocumentFacts {
        organization: &facts.organization.name,
        krs: facts.organization.krs.as_deref(),
        address: facts.organization.address.as_deref(),
        volunteer: &facts.volunteer.name,
        volunteer_erased: facts.volunteer.erased,
        from: facts.from,
        to: facts.to,
        total_minutes: facts.total_minutes,
        opportunities: facts
            .work
            .iter()
            .map(|work| OpportunityWork {
                title: &work.title,
                cause: cause_of(&work.cause),
                minutes: work.minutes,
                skills: work
                    .skills
                    .iter()
                    .map(|skill| (skill.name_pl.as_str(), skill.name.as_str()))
                    .collect(),
            })
            .collect(),
        other_minutes: facts.other_minutes,
        opinion: facts.opinion.as_deref(),
        place: &facts.place_of_issue,
        issued_on: facts.issued_on,
        verify_url: url,
        code,
    }
}

/// Lines of a document as paragraphs of the PDF.
pub fn paragraphs(lines: Vec<documents::Line>) -> Vec<Paragraph> {
    lines
        .into_iter()
        .map(|line| match line.kind {
            LineKind::Title => Paragraph::new(Style::Title, line.text),
            LineKind::Heading => Paragraph::new(Style::Heading, line.text),
            LineKind::Body => Paragraph::new(Style::Body, line.text),
            LineKind::Quoted => Paragraph::new(Style::Body, line.text).indented(14.0),
            LineKind::Translation => Paragraph::new(Style::Small, line.text).indented(8.0),
        })
        .collect()
}

/// The certificate as an A4 PDF: Polish with the volunteer's language
/// alongside, and the QR code of its public address.
/// Issues (or answers again) `volunteer`'s certificate of their work with
/// `organization`, and with `as_pdf` draws it: `GET
/// /me/certificates/{organization_id}` and the certificates page.
pub async fn issue_document(
    database: &crate::db::Database,
    documents: std::sync::Arc<super::Documents>,
    volunteer: Uuid,
    organization: Uuid,
    as_pdf: bool,
) -> Result<(CertificateRow, Option<Vec<u8>>), ApiError> {
    // The key is loaded (or made) and committed on its own, before any
    // certificate names it: never inside a transaction that may roll back.
    let docs = documents.clone();
    let signer = crate::db::run(database, move |conn| docs.keys.signer(conn)).await?;
    let docs = documents.clone();
    let row = crate::db::transaction(database, move |conn| {
        issue(
            conn,
            &signer,
            &docs.public_url,
            volunteer,
            organization,
            Utc::now(),
        )
    })
    .await?;
    if !as_pdf {
        return Ok((row, None));
    }
    // Rendered after the transaction, off the async workers: a PDF holds
    // no connection and no lock while it is drawn.
    let drawn = row.clone();
    let pdf = actix_web::web::block(move || pdf(&drawn, &documents.public_url))
        .await
        .map_err(|err| ApiError::internal(err.to_string()))??;
    Ok((row, Some(pdf)))
}

pub fn pdf(row: &CertificateRow, public_url: &url::Url) -> Result<Vec<u8>, ApiError> {
    let facts: CertificateFacts = serde_json::from_value(row.facts.clone())
        .map_err(|err| ApiError::internal(format!("stored certificate facts: {err}")))?;
    let url = verify_url(public_url, &row.code);
    let lang = Lang::parse(&facts.language).unwrap_or(Lang::DEFAULT);
    let lines = documents::certificate(&document_facts(&facts, &row.code, &url), lang);
    pdf::render(
        &format!("Zaświadczenie {}", row.code),
        "pl",
        &paragraphs(lines),
        Mark::qr(&url).as_ref(),
    )
    .map_err(ApiError::internal)
}

/// The public page's sentences for a certificate, in `lang`.
pub fn verification_texts(
    verification: &super::model::CertificateVerification,
    public_url: &url::Url,
    lang: Lang,
) -> documents::Verification {
    let url = verify_url(public_url, &verification.code);
    let facts = document_facts(&verification.facts, &verification.code, &url);
    let validity = match (&verification.revoked_at, &verification.revocation_reason) {
        (Some(at), Some(reason)) => documents::Validity::Revoked {
            on: torun_date(*at),
            reason,
        },
        _ => documents::Validity::Valid,
    };
    documents::verification(&facts, torun_date(verification.issued_at), validity, lang)
}

/// A member of the certificate's organisation revokes it with a reason.
pub fn revoke(
    conn: &mut PgConnection,
    code: &str,
    member: Uuid,
    reason: &RejectionReason,
    now: DateTime<Utc>,
) -> Result<CertificateRow, ApiError> {
    let not_found = || ApiError::NotFound("No certificate with this code".into());
    let row = store::lock_by_code(conn, code)?.ok_or_else(not_found)?;
    let viewer = crate::organizations::viewer(conn, row.organization_id, Some(member))?;
    if !viewer.can_edit() {
        return Err(if viewer.is_staff {
            ApiError::Forbidden("Only the organisation's members revoke its certificates")
        } else {
            not_found()
        });
    }
    if row.revoked_at.is_some() {
        return Err(ApiError::conflict(
            "already-revoked",
            "the certificate was already revoked",
        ));
    }
    Ok(store::revoke(conn, row.id, member, reason.as_str(), now)?)
}

/// Takes the name and the organisation's opinion out of every certificate
/// of `volunteer`, whose account is being erased, and signs each one's
/// credential again without them (same id, code and issue date; the
/// current key). The work stays verifiable by its code. Returns how many.
pub fn erase_volunteer(
    conn: &mut PgConnection,
    signer: &Signer,
    public_url: &url::Url,
    volunteer: Uuid,
) -> Result<usize, ApiError> {
    let issued = store::of_volunteer_for_update(conn, volunteer)?;
    for row in &issued {
        let mut facts: CertificateFacts = serde_json::from_value(row.facts.clone())
            .map_err(|err| ApiError::internal(format!("stored certificate facts: {err}")))?;
        facts.volunteer = CertifiedVolunteer {
            name: hop_domain::erasure::ERASED_NAME.to_owned(),
            erased: true,
        };
        facts.opinion = None;
        let jwt = signer.sign(&credential::claims(
            row.id,
            &row.code,
            &facts,
            public_url,
            row.issued_at,
        ))?;
        let stored = serde_json::to_value(&facts)
            .map_err(|err| ApiError::internal(format!("certificate facts: {err}")))?;
        store::replace_facts(conn, row.id, &stored, &jwt, &signer.kid)?;
    }
    Ok(issued.len())
}

/// A member writes (or rewrites) the organisation's opinion of a volunteer;
/// the next certificate states it.
pub fn put_opinion(
    conn: &mut PgConnection,
    organization: Uuid,
    volunteer: Uuid,
    member: Uuid,
    body: &str,
) -> Result<(), ApiError> {
    let (_, viewer) = crate::organizations::visible(conn, organization, Some(member))?;
    if !viewer.can_edit() {
        return Err(ApiError::Forbidden(
            "Only the organisation's members write its opinions",
        ));
    }
    if volunteer == member {
        return Err(ApiError::conflict(
            "own-opinion",
            "nobody writes the organisation's opinion of their own work",
        ));
    }
    if crate::accounts::store::find_by_id(conn, volunteer)?.is_none() {
        return Err(ApiError::NotFound("No volunteer with this id".into()));
    }
    store::put_opinion(conn, organization, volunteer, body, member)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_75_random_bits_in_three_readable_groups() {
        let codes: Vec<String> = (0..200).map(|_| new_code()).collect();
        for code in &codes {
            assert!(is_code(code), "{code}");
            assert!(!code.contains(['I', 'L', 'O', 'U']), "{code}");
        }
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
        for bad in [
            "",
            "ABCDE-FGHJK",
            "ABCDE-FGHJK-MNPQI",
            "abcde-fghjk-mnpqr",
            "ABCDE_FGHJK_MNPQR",
        ] {
            assert!(!is_code(bad), "{bad}");
        }
    }
}

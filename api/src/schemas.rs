//! Named schemas of the domain's closed sets of names. Each lists its values
//! from the domain type, so the spec cannot drift from what the service
//! accepts, and generated clients get one type per set (`Cause`, not a
//! string, nor one inline enum per field). Bodies and parameters refer to
//! them with `#[schema(value_type = schemas::Cause)]`.

use std::borrow::Cow;

use hop_domain::{
    i18n, invitation, matching, notification, opportunity, organization, signup, skill, volunteer,
    volunteering,
};
use utoipa::{
    PartialSchema, ToSchema,
    openapi::{
        RefOr, Schema,
        schema::{ObjectBuilder, Type},
    },
};

/// A string schema with `values` as its enum, the first as its example.
fn closed_set<'a>(description: &str, values: impl IntoIterator<Item = &'a str>) -> RefOr<Schema> {
    let values: Vec<&str> = values.into_iter().collect();
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
        .examples(values.first().copied())
        .enum_values(Some(values))
        .into()
}

macro_rules! closed_sets {
    ($($(#[doc = $doc:literal])+ $schema:ident => $values:expr;)+) => {$(
        $(#[doc = $doc])+
        pub struct $schema;

        impl PartialSchema for $schema {
            fn schema() -> RefOr<Schema> {
                closed_set(concat!($($doc),+).trim(), $values)
            }
        }

        impl ToSchema for $schema {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($schema))
            }
        }
    )+};
}

closed_sets! {
    /// A cause an opportunity serves and a volunteer may care about.
    Cause => volunteering::Cause::ALL.iter().map(|cause| cause.as_str());
    /// An opportunity's state: only `published` ones are listed publicly.
    OpportunityStatus => opportunity::OpportunityStatus::ALL.iter().map(|s| s.as_str());
    /// What kind of body an organisation is.
    OrganizationKind => organization::OrganizationKind::ALL.iter().map(|kind| kind.as_str());
    /// Where an organisation's verification by the city's staff stands.
    OrganizationStatus => organization::OrganizationStatus::ALL.iter().map(|s| s.as_str());
    /// A member's role in an organisation.
    MemberRole => organization::MemberRole::ALL.iter().map(|role| role.as_str());
    /// Where a sign-up stands.
    ApplicationStatus => signup::ApplicationStatus::ALL.iter().map(|s| s.as_str());
    /// Where an invitation to an organisation stands.
    InvitationStatus => invitation::InvitationStatus::ALL.iter().map(|s| s.as_str());
    /// What a notification tells.
    NotificationKind => notification::NotificationKind::ALL.iter().map(|kind| kind.as_str());
    /// What part of a match's score a reason explains.
    Factor => matching::Factor::ALL.iter().map(|factor| factor.as_str());
    /// A language level on the Common European Framework scale, A1 (lowest) to C2 (the server also takes lower case).
    CefrLevel => volunteering::CefrLevel::ALL.map(volunteering::CefrLevel::as_str);
    /// A day of the week.
    Weekday => volunteer::Weekday::ALL.iter().map(|day| day.as_str());
    /// A language people speak, as its ISO 639-1 code (the server also takes upper case).
    LanguageCode => hop_domain::language::LanguageCode::ALL.iter().copied();
    /// One of the six languages HOP speaks, as an ISO 639-1 code (the server also takes upper case).
    Lang => i18n::Lang::codes();
    /// The area a skill belongs to.
    SkillCategory => skill::SkillCategory::ALL.map(skill::SkillCategory::as_str);
    /// How far an adult candidate lives from the place, coarsely, or `remote`.
    DistanceBand => matching::privacy::DistanceBand::ALL
        .iter()
        .map(|band| band.as_str())
        .chain([crate::matching::model::REMOTE]);
    /// A candidate's age, in bands (a minor's is the youngest two).
    AgeBand => crate::matching::model::AGE_BANDS;
    /// The order of a search: by the next shift, by distance from `near`, or newest first.
    SearchSort => ["soonest", "distance", "newest"];
    /// Whether a sign-up's shift is still to come (`upcoming`: it has not ended) or `past`.
    ShiftTime => ["upcoming", "past"];
    /// Why a sign-up is pending.
    PendingReason => [signup::PendingReason::Review, signup::PendingReason::Safeguarding, signup::PendingReason::AgreementRequired].map(signup::PendingReason::as_str);
    /// Where an agreement stands.
    AgreementStatus => hop_domain::agreement::AgreementStatus::ALL.iter().map(|s| s.as_str());
    /// Whether a certificate stands.
    CertificateStatus => ["valid", "revoked"];
    /// Where an entry of the hours ledger stands.
    HourStatus => hop_domain::hours::HourStatus::ALL.iter().map(|s| s.as_str());
    /// What the city's volunteer statistics group by.
    VolunteerGrouping => hop_domain::statistics::facts::VolunteerGroup::ALL.iter().map(|g| g.as_str());
    /// What the city's hours statistics group by.
    HoursGrouping => hop_domain::statistics::facts::HoursGroup::ALL.iter().map(|g| g.as_str());
    /// The answer's format: JSON, or CSV (as `Accept: text/csv` asks).
    StatsFormat => ["json", "csv"];
    /// The separator of a CSV answer: `semicolon` for Excel's Polish default.
    CsvDelimiter => ["comma", "semicolon"];
    /// What a consent on record in a data export is.
    ConsentKind => crate::privacy::model::CONSENT_KINDS;
    /// What a person did for an organisation (or as city staff), in a data export.
    ActKind => crate::privacy::model::ACT_KINDS;
    /// What the organisation records for a confirmed sign-up after its shift.
    Attendance => [signup::ApplicationStatus::Attended, signup::ApplicationStatus::NoShow].map(signup::ApplicationStatus::as_str);
}

#[cfg(test)]
mod tests {
    use utoipa::openapi::schema::{Schema, SchemaType};

    use super::*;

    fn values<S: PartialSchema>() -> Vec<String> {
        let RefOr::T(Schema::Object(object)) = S::schema() else {
            panic!("a closed set is an inline object schema");
        };
        assert!(object.schema_type == SchemaType::new(Type::String));
        object
            .enum_values
            .expect("a closed set lists its values")
            .into_iter()
            .map(|value| value.as_str().expect("names are strings").to_owned())
            .collect()
    }

    #[test]
    fn every_value_parses_back_into_the_domain_type() {
        for value in values::<Cause>() {
            assert!(volunteering::Cause::parse(&value).is_ok(), "{value}");
        }
        for value in values::<Lang>() {
            assert!(i18n::Lang::parse(&value).is_ok(), "{value}");
        }
        assert_eq!(values::<Cause>().len(), volunteering::Cause::ALL.len());
        assert_eq!(values::<Lang>().len(), i18n::Lang::ALL.len());
        assert_eq!(values::<CefrLevel>(), ["A1", "A2", "B1", "B2", "C1", "C2"]);
    }
}

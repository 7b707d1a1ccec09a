//! Erasing an account (GDPR art. 17): what takes the place of the person's
//! identity, what becomes of the organisations they belong to, and what of
//! them the statistics keep.
//!
//! Erasure keeps facts without identity (sign-ups, hours, agreements,
//! certificates' records, skills, languages, the home city and country) so
//! every statistic reads the same before and after; it removes the name,
//! the e-mail address, contact data, the birth date (the age band stays),
//! the home's coordinates, guardians' names and the free texts about them.

use chrono::NaiveDate;

use crate::{organization::MemberRole, statistics::AgeBand};

/// The name an erased account answers with wherever a list must keep its
/// row (an organisation's sign-ups, hours, agreements). Stable, so pages can
/// translate it; the `erased` flag beside it is what tells it apart from a
/// person who calls themself that.
pub const ERASED_NAME: &str = "erased volunteer";

/// What replaces a guardian's name on an erased account's agreements and
/// profile: that a guardian consented, and when, stays on record.
pub const ERASED_GUARDIAN: &str = "erased";

/// The e-mail column of an erased account. It holds no `@`, so no address
/// HOP accepts ([`crate::Email::parse`]) can ever equal it: nobody can
/// register it (and so block an erasure), log in with it, or be sent mail
/// at it, and the erased person's own address is free to register again.
/// Unique because the account's id is.
pub fn placeholder_email(account: impl std::fmt::Display) -> String {
    format!("erased:{account}")
}

/// The age band the statistics count an erased volunteer in from now on:
/// the one of their birth date on the day of erasure.
pub fn kept_age_band(birth: Option<NaiveDate>, erased_on: NaiveDate) -> AgeBand {
    AgeBand::of(birth, erased_on)
}

/// What else an organisation has besides the person being erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OrganizationActivity {
    /// Owners other than the person.
    pub other_owners: u32,
    /// Coordinators other than the person.
    pub other_coordinators: u32,
    /// Anything done in its name: opportunities (and so shifts and
    /// sign-ups), hours, agreements, certificates, opinions, safeguarding
    /// records, open invitations.
    pub has_records: bool,
}

/// What erasing one member does to their organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganizationFate {
    /// The person leaves; others (or nobody but staff, for an untouched
    /// organisation) carry on.
    Leave,
    /// The person is its only owner and it has members or records: someone
    /// must be made owner first, or no one could manage what it holds.
    HandOverFirst,
    /// The person is its only member and it has done nothing: they leave
    /// and it stays, empty, for city staff, who still count it (the
    /// statistics of organisations by kind and status must not change).
    /// Its contact data was the person's to answer, so it goes with them.
    LeaveEmpty,
}

/// The rule of erasure for one membership: a sole owner hands a living
/// organisation over first; nobody else is ever held back.
pub fn organization_fate(role: MemberRole, activity: OrganizationActivity) -> OrganizationFate {
    let others = activity.other_owners + activity.other_coordinators;
    match role {
        MemberRole::Coordinator => OrganizationFate::Leave,
        MemberRole::Owner if activity.other_owners > 0 => OrganizationFate::Leave,
        MemberRole::Owner if others > 0 || activity.has_records => OrganizationFate::HandOverFirst,
        MemberRole::Owner => OrganizationFate::LeaveEmpty,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn activity(owners: u32, coordinators: u32, records: bool) -> OrganizationActivity {
        OrganizationActivity {
            other_owners: owners,
            other_coordinators: coordinators,
            has_records: records,
        }
    }

    #[test]
    fn a_sole_owner_hands_a_living_organisation_over_first() {
        use OrganizationFate::*;
        let owner = MemberRole::Owner;
        assert_eq!(
            organization_fate(owner, activity(0, 1, false)),
            HandOverFirst
        );
        assert_eq!(
            organization_fate(owner, activity(0, 0, true)),
            HandOverFirst
        );
        assert_eq!(organization_fate(owner, activity(0, 0, false)), LeaveEmpty);
        assert_eq!(organization_fate(owner, activity(1, 0, true)), Leave);
        assert_eq!(
            organization_fate(MemberRole::Coordinator, activity(0, 0, true)),
            Leave
        );
    }

    #[test]
    fn the_placeholder_is_never_an_address() {
        let placeholder = placeholder_email("0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10");
        assert!(crate::Email::parse(&placeholder).is_err(), "{placeholder}");
        assert_ne!(
            placeholder,
            placeholder_email("5b1c9e2a-7d3f-4a8b-9c6e-1f2a3b4c5d6e")
        );
        // Within the column's length check (3 to 254 characters).
        assert!((3..=254).contains(&placeholder.chars().count()));
    }

    #[test]
    fn the_band_kept_is_the_one_of_the_day_of_erasure() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            kept_age_band(Some(day(2009, 6, 1)), day(2026, 11, 30)),
            AgeBand::Under18
        );
        assert_eq!(kept_age_band(None, day(2026, 11, 30)), AgeBand::Unknown);
    }

    proptest! {
        /// No erasure leaves an organisation that has members or records
        /// without an owner.
        #[test]
        fn no_living_organisation_is_left_without_an_owner(
            owners in 0u32..4,
            coordinators in 0u32..4,
            records in any::<bool>(),
        ) {
            let fate = organization_fate(MemberRole::Owner, activity(owners, coordinators, records));
            if fate != OrganizationFate::HandOverFirst {
                // The owner is gone: the others are what is left.
                prop_assert!(owners > 0 || (coordinators == 0 && !records), "{fate:?}");
            }
        }

        /// Only a sole owner is ever held back.
        #[test]
        fn only_a_sole_owner_is_held_back(
            owner in any::<bool>(),
            owners in 0u32..4,
            coordinators in 0u32..4,
            records in any::<bool>(),
        ) {
            let role = if owner { MemberRole::Owner } else { MemberRole::Coordinator };
            let fate = organization_fate(role, activity(owners, coordinators, records));
            if fate == OrganizationFate::HandOverFirst {
                prop_assert!(owner && owners == 0);
            }
            if fate == OrganizationFate::LeaveEmpty {
                prop_assert!(owner && owners == 0 && coordinators == 0 && !records);
            }
        }
    }
}

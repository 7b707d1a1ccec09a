//! Organisations: their values, who may see and change them, and the
//! verification they go through before they may publish.

use crate::InvalidValue;

string_enum!(
    /// What kind of body runs the organisation.
    OrganizationKind { Ngo = "ngo", Public = "public", University = "university", School = "school", Informal = "informal" }
);

string_enum!(
    /// Where the organisation stands with city staff.
    OrganizationStatus { Pending = "pending", Verified = "verified", Rejected = "rejected" }
);

string_enum!(
    /// A member's role: owners also manage the members.
    MemberRole { Owner = "owner", Coordinator = "coordinator" }
);

/// A staff decision on an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    Verify,
    Reject,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReviewConflict {
    #[error("the organisation is already verified")]
    AlreadyVerified,
    #[error("the organisation is already rejected")]
    AlreadyRejected,
    #[error("a verified organisation cannot be rejected; it has been vouched for")]
    VerifiedCannotBeRejected,
}

impl OrganizationStatus {
    /// The status after `review`. A pending organisation can go either way;
    /// a rejected one can be verified once it has put things right; a
    /// verified one stays verified. Repeating a decision is a conflict.
    pub fn review(self, review: Review) -> Result<Self, ReviewConflict> {
        match (self, review) {
            (Self::Pending | Self::Rejected, Review::Verify) => Ok(Self::Verified),
            (Self::Pending, Review::Reject) => Ok(Self::Rejected),
            (Self::Verified, Review::Verify) => Err(ReviewConflict::AlreadyVerified),
            (Self::Rejected, Review::Reject) => Err(ReviewConflict::AlreadyRejected),
            (Self::Verified, Review::Reject) => Err(ReviewConflict::VerifiedCannotBeRejected),
        }
    }
}

/// Who is asking about an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewer {
    pub is_staff: bool,
    /// The viewer's role in this organisation, if a member.
    pub role: Option<MemberRole>,
}

impl Viewer {
    pub const ANONYMOUS: Self = Self {
        is_staff: false,
        role: None,
    };

    /// A member of the organisation, or city staff: who sees what is not
    /// public.
    fn is_inside(self) -> bool {
        self.is_staff || self.role.is_some()
    }

    /// Verified organisations are public; others only for members and staff.
    pub fn can_see(self, status: OrganizationStatus) -> bool {
        status == OrganizationStatus::Verified || self.is_inside()
    }

    /// Members see each other; staff see everyone's members.
    pub fn can_see_members(self) -> bool {
        self.is_inside()
    }

    /// An organisation's sign-ups (who applied, for which shift) are for
    /// its members and staff.
    pub fn can_see_sign_ups(self) -> bool {
        self.is_inside()
    }

    /// Published opportunities are public; drafts and closed ones only for
    /// the organisation's members and staff.
    pub fn can_see_opportunity(self, public: bool) -> bool {
        public || self.is_inside()
    }

    /// Members change their organisation and its opportunities; staff review
    /// but do not act for it.
    pub fn can_edit(self) -> bool {
        self.role.is_some()
    }

    /// Accepting, rejecting and recording attendance are the members'
    /// decisions: staff may look but not decide.
    pub fn can_decide_sign_ups(self) -> bool {
        self.can_edit()
    }

    /// An opportunity's candidates (volunteers' names, age bands and
    /// distance bands) are for its organisation's members and staff, and
    /// only once staff have verified the organisation: anyone can register
    /// one, and a stranger must not search the volunteers through it.
    pub fn can_see_candidates(self, organization: OrganizationStatus) -> bool {
        organization == OrganizationStatus::Verified && self.is_inside()
    }

    /// Anyone lists verified organisations; only staff list them by any
    /// other status (pending review, rejected). `None`: the status the list
    /// shows when none is asked for.
    pub fn may_list_by_status(
        self,
        asked: Option<OrganizationStatus>,
    ) -> Result<Option<OrganizationStatus>, StaffOnly> {
        match (self.is_staff, asked) {
            (true, asked) => Ok(asked),
            (false, None | Some(OrganizationStatus::Verified)) => {
                Ok(Some(OrganizationStatus::Verified))
            }
            (false, Some(_)) => Err(StaffOnly),
        }
    }

    pub fn can_manage_members(self) -> bool {
        self.role == Some(MemberRole::Owner)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an organisation needs at least one owner; add another owner first")]
pub struct LastOwner;

/// Only city staff may do this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("only city staff may do this")]
pub struct StaffOnly;

/// Whether a member of `role` may leave, given how many owners there are.
pub fn check_member_removal(role: MemberRole, owners: usize) -> Result<(), LastOwner> {
    if role == MemberRole::Owner && owners <= 1 {
        Err(LastOwner)
    } else {
        Ok(())
    }
}

text_value!(
    /// 2 to 200 characters.
    OrganizationName, 2, 200, multiline = false
);
text_value!(
    /// Up to 5 000 characters; may be empty.
    Description, 0, 5000, multiline = true
);
text_value!(
    /// A postal address, 1 to 300 characters.
    Address, 1, 300, multiline = false
);
text_value!(
    /// Why staff rejected an organisation, shown to its members: 1 to 1 000 characters.
    RejectionReason, 1, 1000, multiline = true
);

/// A KRS number (Poland's National Court Register): exactly 10 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Krs(String);

impl Krs {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let trimmed = raw.trim();
        if trimmed.len() == 10 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(trimmed.to_owned()))
        } else {
            Err(InvalidValue::new(
                "must be exactly 10 digits, e.g. 0000123456",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A telephone number: an optional leading `+`, then 6 to 15 digits, with
/// spaces or dashes between groups allowed and kept as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let trimmed = raw.trim();
        let body = trimmed.strip_prefix('+').unwrap_or(trimmed);
        let digits = body.bytes().filter(u8::is_ascii_digit).count();
        let only_allowed = body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b' ' || b == b'-');
        if only_allowed
            && (6..=15).contains(&digits)
            && body.starts_with(|c: char| c.is_ascii_digit())
        {
            Ok(Self(trimmed.to_owned()))
        } else {
            Err(InvalidValue::new(
                "must be a telephone number such as +48 56 611 00 00",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A web address: `http://` or `https://`, a host, at most 300 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Website(String);

impl Website {
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let trimmed = raw.trim();
        let rest = trimmed
            .strip_prefix("https://")
            .or_else(|| trimmed.strip_prefix("http://"));
        let host = rest.map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""));
        let valid = trimmed.len() <= 300
            && !trimmed.chars().any(|c| c.is_whitespace() || c.is_control())
            && host.is_some_and(|host| {
                host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
            });
        if valid {
            Ok(Self(trimmed.to_owned()))
        } else {
            Err(InvalidValue::new(
                "must be a web address such as https://pah.org.pl",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A point on Earth in degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    lat: f64,
    lon: f64,
}

/// Degrees closer to zero than a nanodegree (a tenth of a millimetre) are
/// zero: PostgreSQL's trigonometry refuses a result that underflows to zero
/// (`radians(-5e-324)`), which such a value would give.
fn flush_to_zero(degrees: f64) -> f64 {
    if degrees.abs() < 1e-9 { 0.0 } else { degrees }
}

impl Coordinates {
    /// Errors name the offending part: `lat` or `lon`.
    pub fn new(lat: f64, lon: f64) -> Result<Self, (&'static str, InvalidValue)> {
        if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
            return Err(("lat", InvalidValue::new("must be between -90 and 90")));
        }
        if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
            return Err(("lon", InvalidValue::new("must be between -180 and 180")));
        }
        Ok(Self {
            lat: flush_to_zero(lat),
            lon: flush_to_zero(lon),
        })
    }

    pub fn lat(self) -> f64 {
        self.lat
    }

    pub fn lon(self) -> f64 {
        self.lon
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn degrees_too_small_to_mean_anything_are_zero() {
        let tiny = Coordinates::new(-5e-324, 1e-12).unwrap();
        assert_eq!((tiny.lat(), tiny.lon()), (0.0, 0.0));
        assert_eq!(tiny.lat().to_bits(), 0.0f64.to_bits(), "not -0.0");
        let small = Coordinates::new(1e-9, -2e-9).unwrap();
        assert_eq!((small.lat(), small.lon()), (1e-9, -2e-9));
    }

    #[test]
    fn review_transitions() {
        use OrganizationStatus::*;
        assert_eq!(Pending.review(Review::Verify), Ok(Verified));
        assert_eq!(Pending.review(Review::Reject), Ok(Rejected));
        assert_eq!(Rejected.review(Review::Verify), Ok(Verified));
        assert_eq!(
            Verified.review(Review::Verify),
            Err(ReviewConflict::AlreadyVerified)
        );
        assert_eq!(
            Rejected.review(Review::Reject),
            Err(ReviewConflict::AlreadyRejected)
        );
        assert_eq!(
            Verified.review(Review::Reject),
            Err(ReviewConflict::VerifiedCannotBeRejected)
        );
    }

    #[test]
    fn who_sees_and_changes_what() {
        let member = Viewer {
            is_staff: false,
            role: Some(MemberRole::Coordinator),
        };
        let owner = Viewer {
            is_staff: false,
            role: Some(MemberRole::Owner),
        };
        let staff = Viewer {
            is_staff: true,
            role: None,
        };
        let stranger = Viewer::ANONYMOUS;
        for status in OrganizationStatus::ALL {
            assert!(member.can_see(*status) && staff.can_see(*status));
            assert_eq!(
                stranger.can_see(*status),
                *status == OrganizationStatus::Verified
            );
        }
        assert!(member.can_edit() && !member.can_manage_members());
        assert!(owner.can_manage_members());
        assert!(!staff.can_edit() && !staff.can_manage_members() && staff.can_see_members());
        assert!(!stranger.can_see_members());
        let verified = OrganizationStatus::Verified;
        assert!(member.can_see_candidates(verified) && owner.can_see_candidates(verified));
        assert!(staff.can_see_candidates(verified) && !stranger.can_see_candidates(verified));
        // Anyone can register an organisation: until staff verify it, its
        // members search no volunteers, and neither does anyone through it.
        for unverified in [OrganizationStatus::Pending, OrganizationStatus::Rejected] {
            for viewer in [member, owner, staff, stranger] {
                assert!(!viewer.can_see_candidates(unverified));
            }
        }
    }

    #[test]
    fn the_last_owner_cannot_leave() {
        assert_eq!(check_member_removal(MemberRole::Owner, 1), Err(LastOwner));
        assert_eq!(check_member_removal(MemberRole::Owner, 2), Ok(()));
        assert_eq!(check_member_removal(MemberRole::Coordinator, 1), Ok(()));
    }

    #[test]
    fn values_are_validated() {
        assert!(OrganizationName::parse(" PAH Toruń ").is_ok());
        assert!(OrganizationName::parse("P").is_err());
        assert!(OrganizationName::parse(&"a".repeat(201)).is_err());
        assert!(Description::parse("").is_ok());
        assert!(Description::parse("Line one\nline two").is_ok());
        assert!(Krs::parse("0000123456").is_ok());
        for bad in ["123456789", "00001234567", "00001234a6", ""] {
            assert!(Krs::parse(bad).is_err(), "{bad}");
        }
        assert!(Phone::parse("+48 56 611 00 00").is_ok());
        assert!(Phone::parse("600-100-200").is_ok());
        for bad in ["call me", "+", "12345", "+48 (56) 611"] {
            assert!(Phone::parse(bad).is_err(), "{bad}");
        }
        assert!(Website::parse("https://pah.org.pl/torun").is_ok());
        for bad in [
            "pah.org.pl",
            "ftp://pah.org.pl",
            "https://localhost",
            "https://a b.pl",
        ] {
            assert!(Website::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Coordinates::new(91.0, 0.0).unwrap_err().0, "lat");
        assert_eq!(Coordinates::new(0.0, f64::NAN).unwrap_err().0, "lon");
        assert!(OrganizationKind::parse("ngo").is_ok());
        assert!(
            OrganizationKind::parse("company")
                .unwrap_err()
                .message
                .contains("informal")
        );
    }

    proptest! {
        #[test]
        fn coordinates_hold_only_valid_points(lat in -200.0f64..200.0, lon in -400.0f64..400.0) {
            let valid = (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
            prop_assert_eq!(Coordinates::new(lat, lon).is_ok(), valid);
        }

        #[test]
        fn krs_is_exactly_ten_digits(raw in "[0-9a-z]{0,12}") {
            let valid = raw.len() == 10 && raw.bytes().all(|b| b.is_ascii_digit());
            prop_assert_eq!(Krs::parse(&raw).is_ok(), valid);
        }

        #[test]
        fn a_status_never_reviews_into_itself(index in 0usize..3, verify in any::<bool>()) {
            let status = OrganizationStatus::ALL[index];
            let review = if verify { Review::Verify } else { Review::Reject };
            if let Ok(next) = status.review(review) {
                prop_assert_ne!(next, status);
            }
        }
    }
}

#[cfg(test)]
mod viewer_tests {
    use super::*;

    const STRANGER: Viewer = Viewer::ANONYMOUS;
    const STAFF: Viewer = Viewer {
        is_staff: true,
        role: None,
    };
    const COORDINATOR: Viewer = Viewer {
        is_staff: false,
        role: Some(MemberRole::Coordinator),
    };

    #[test]
    fn staff_look_members_decide_strangers_see_what_is_public() {
        for viewer in [STAFF, COORDINATOR] {
            assert!(viewer.can_see_sign_ups());
            assert!(viewer.can_see_opportunity(false));
        }
        assert!(!STRANGER.can_see_sign_ups());
        assert!(!STRANGER.can_see_opportunity(false));
        assert!(STRANGER.can_see_opportunity(true));
        assert!(COORDINATOR.can_decide_sign_ups());
        assert!(!STAFF.can_decide_sign_ups());
        assert!(!STRANGER.can_decide_sign_ups());
    }

    #[test]
    fn only_staff_list_organisations_by_a_status_other_than_verified() {
        use OrganizationStatus::*;
        assert_eq!(STRANGER.may_list_by_status(None), Ok(Some(Verified)));
        assert_eq!(
            STRANGER.may_list_by_status(Some(Verified)),
            Ok(Some(Verified))
        );
        assert_eq!(STRANGER.may_list_by_status(Some(Pending)), Err(StaffOnly));
        assert_eq!(
            COORDINATOR.may_list_by_status(Some(Rejected)),
            Err(StaffOnly)
        );
        assert_eq!(STAFF.may_list_by_status(None), Ok(None));
        assert_eq!(STAFF.may_list_by_status(Some(Pending)), Ok(Some(Pending)));
    }
}

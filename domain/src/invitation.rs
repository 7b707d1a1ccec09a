//! Invitations to an organisation: nobody becomes a member without saying
//! yes. An owner invites an e-mail address with a role; the person whose
//! account has that address accepts or declines within
//! [`INVITATION_LIFETIME`]; until then they are not a member and have no
//! rights. Owners may revoke an invitation still open.

use chrono::{DateTime, TimeDelta, Utc};

use crate::{
    Email,
    organization::{MemberRole, Viewer},
};

/// How long an invitation stays open.
pub const INVITATION_LIFETIME: TimeDelta = TimeDelta::days(14);

string_enum!(
    /// Where an invitation stands. `expired` is stored only when a new
    /// invitation to the same address replaces one that ran out; any
    /// `pending` one past its expiry reads as `expired`.
    InvitationStatus {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
        Revoked = "revoked",
        Expired = "expired",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvitationRefusal {
    #[error("only the organisation's owners invite members")]
    NotAnOwner,
    /// Told as "no such invitation": an invitation is nobody else's business.
    #[error("the invitation is addressed to someone else")]
    NotTheInvitee,
    #[error("the invitation has expired; ask the organisation for a new one")]
    Expired,
    #[error("the invitation is no longer open: it was {0}")]
    Closed(InvitationStatus),
}

/// Whether `viewer` may invite someone as `role`: owners may invite owners
/// and coordinators; nobody else may invite.
pub fn check_invite(viewer: Viewer, role: MemberRole) -> Result<(), InvitationRefusal> {
    match (viewer.can_manage_members(), role) {
        (true, MemberRole::Owner | MemberRole::Coordinator) => Ok(()),
        (false, _) => Err(InvitationRefusal::NotAnOwner),
    }
}

/// When an invitation made at `invited_at` stops being open.
pub fn expires_at(invited_at: DateTime<Utc>) -> DateTime<Utc> {
    invited_at + INVITATION_LIFETIME
}

/// An invitation as stored: the (normalised) address it was sent to, its
/// stored status and its expiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invitation<'a> {
    pub email: &'a str,
    pub status: InvitationStatus,
    pub expires_at: DateTime<Utc>,
}

impl Invitation<'_> {
    /// The status at `now`: an open invitation past its expiry is expired.
    pub fn status_at(&self, now: DateTime<Utc>) -> InvitationStatus {
        match self.status {
            InvitationStatus::Pending if now >= self.expires_at => InvitationStatus::Expired,
            status => status,
        }
    }

    /// Whether the invitation is addressed to the account with `email`
    /// (compared as addresses are: ignoring case).
    pub fn is_for(&self, email: &Email) -> bool {
        self.email == email.normalized()
    }

    /// Whether the account with `email` may accept or decline it at `now`:
    /// only its invitee, and only while it is open.
    pub fn check_answer(&self, email: &Email, now: DateTime<Utc>) -> Result<(), InvitationRefusal> {
        if !self.is_for(email) {
            return Err(InvitationRefusal::NotTheInvitee);
        }
        self.check_open(now)
    }

    /// Whether `viewer` may revoke it at `now`: an owner, while it is open.
    pub fn check_revoke(
        &self,
        viewer: Viewer,
        now: DateTime<Utc>,
    ) -> Result<(), InvitationRefusal> {
        if !viewer.can_manage_members() {
            return Err(InvitationRefusal::NotAnOwner);
        }
        self.check_open(now)
    }

    fn check_open(&self, now: DateTime<Utc>) -> Result<(), InvitationRefusal> {
        match self.status_at(now) {
            InvitationStatus::Pending => Ok(()),
            InvitationStatus::Expired => Err(InvitationRefusal::Expired),
            closed => Err(InvitationRefusal::Closed(closed)),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, day, 12, 0, 0).unwrap()
    }

    const OWNER: Viewer = Viewer {
        is_staff: false,
        role: Some(MemberRole::Owner),
    };
    const COORDINATOR: Viewer = Viewer {
        is_staff: false,
        role: Some(MemberRole::Coordinator),
    };
    const STAFF: Viewer = Viewer {
        is_staff: true,
        role: None,
    };

    fn open(email: &str) -> Invitation<'_> {
        Invitation {
            email,
            status: InvitationStatus::Pending,
            expires_at: expires_at(at(1)),
        }
    }

    #[test]
    fn only_owners_invite_with_either_role() {
        for role in MemberRole::ALL {
            assert_eq!(check_invite(OWNER, *role), Ok(()));
            for viewer in [COORDINATOR, STAFF, Viewer::ANONYMOUS] {
                assert_eq!(
                    check_invite(viewer, *role),
                    Err(InvitationRefusal::NotAnOwner)
                );
            }
        }
    }

    #[test]
    fn invitations_expire_after_fourteen_days() {
        assert_eq!(expires_at(at(1)), at(15));
        let invitation = open("ala@example.org");
        assert_eq!(invitation.status_at(at(14)), InvitationStatus::Pending);
        assert_eq!(invitation.status_at(at(15)), InvitationStatus::Expired);
        let ala = Email::parse("ala@example.org").unwrap();
        assert_eq!(
            invitation.check_answer(&ala, at(15)),
            Err(InvitationRefusal::Expired)
        );
        assert_eq!(
            invitation.check_revoke(OWNER, at(16)),
            Err(InvitationRefusal::Expired)
        );
    }

    #[test]
    fn only_the_invitee_answers_and_only_while_open() {
        let invitation = open("ala@example.org");
        let ala = Email::parse("Ala@Example.org").unwrap();
        let ola = Email::parse("ola@example.org").unwrap();
        assert_eq!(invitation.check_answer(&ala, at(2)), Ok(()));
        assert_eq!(
            invitation.check_answer(&ola, at(2)),
            Err(InvitationRefusal::NotTheInvitee)
        );
        for status in [
            InvitationStatus::Accepted,
            InvitationStatus::Declined,
            InvitationStatus::Revoked,
        ] {
            let closed = Invitation {
                status,
                ..invitation
            };
            assert_eq!(
                closed.check_answer(&ala, at(2)),
                Err(InvitationRefusal::Closed(status))
            );
            // Closed stays closed, whatever the clock says.
            assert_eq!(closed.status_at(at(30)), status);
        }
    }

    #[test]
    fn only_owners_revoke_open_invitations() {
        let invitation = open("ala@example.org");
        assert_eq!(invitation.check_revoke(OWNER, at(2)), Ok(()));
        for viewer in [COORDINATOR, STAFF, Viewer::ANONYMOUS] {
            assert_eq!(
                invitation.check_revoke(viewer, at(2)),
                Err(InvitationRefusal::NotAnOwner)
            );
        }
        let accepted = Invitation {
            status: InvitationStatus::Accepted,
            ..invitation
        };
        assert_eq!(
            accepted.check_revoke(OWNER, at(2)),
            Err(InvitationRefusal::Closed(InvitationStatus::Accepted))
        );
    }

    proptest! {
        #[test]
        fn an_answer_is_allowed_only_to_the_invitee_of_an_open_invitation(
            status in 0usize..5,
            minutes in -30_000i64..30_000,
            same in any::<bool>(),
        ) {
            let status = InvitationStatus::ALL[status];
            let invitation = Invitation { email: "ala@example.org", status, expires_at: at(15) };
            let now = at(15) + TimeDelta::minutes(minutes);
            let email = Email::parse(if same { "ALA@example.org" } else { "ola@example.org" }).unwrap();
            let allowed = invitation.check_answer(&email, now).is_ok();
            prop_assert_eq!(
                allowed,
                same && status == InvitationStatus::Pending && now < at(15)
            );
        }
    }
}

# Notifications: a short title and a body of whole sentences.
#
# Sentences address the reader without a grammatical gender, so one text
# fits everyone, and use the polite "you" where a language has one.
# $organization, $what and $when are each empty when the fact is unknown,
# and otherwise start with a space: write "organisation{ $organization }."
# so the sentence reads well either way. $organization and $what come
# quoted (see quoted), $when from shift-time.

quoted = “{ $text }”

organization_verified =
    .title = Organisation verified
    .body = The Volunteering Center has verified the organisation{ $organization }. You can now publish volunteering opportunities.
organization_rejected =
    .title = Organisation not verified
    .body = The Volunteering Center has not verified the organisation{ $organization }.
member_invited =
    .title = Invitation to join an organisation
    .body = You have been invited to join the organisation{ $organization }. You can accept or decline the invitation in HOP within 14 days.
signup_confirmed =
    .title = Sign-up confirmed
    .body = Your sign-up for the shift{ $what }{ $when } is confirmed.
signup_pending =
    .title = Sign-up received
    .body = Your sign-up for the shift{ $what }{ $when } is waiting for the organisation’s review.
signup_waitlisted =
    .title = You are on the waiting list
    .body = The shift{ $what }{ $when } is full, so you are on its waiting list. If a place becomes free, it will be yours automatically.
signup_promoted =
    .title = A place has become free
    .body = A place has become free on the shift{ $what }{ $when }, and it is yours: your sign-up is now confirmed.
signup_released =
    .title = Sign-up released
    .body = Your sign-up for the shift{ $what }{ $when } no longer meets the opportunity's rules (age or a guardian's consent), so its place has been released.
signup_rejected =
    .title = Sign-up declined
    .body = The organisation has declined your sign-up for the shift{ $what }{ $when }.
shift_changed =
    .title = Shift rescheduled
    .body = The organisation has moved the shift{ $what } you signed up for.
# Follows shift_changed's body when the shift's new time is known.
shift-changed-new-time = It now starts{ $when }.
shift_cancelled =
    .title = Shift cancelled
    .body = The shift{ $what }{ $when } has been cancelled.

hours_approved =
    .title = Hours approved
    .body = The organisation{ $organization } has approved your volunteering hours{ $on }{ $amount }.
hours_rejected =
    .title = Hours not approved
    .body = The organisation{ $organization } has not approved your volunteering hours{ $on }{ $amount }.
signup_awaits_agreement =
    .title = A written agreement is needed
    .body = Your sign-up for the shift{ $what }{ $when } waits for a written volunteering agreement: your work with this organisation would span more than 30 days. Once you accept the agreement the organisation proposes, your place is confirmed if one is free.
agreement_required =
    .title = Agreement needed for a sign-up
    .body = A sign-up for the shift{ $what }{ $when } waits for a written volunteering agreement: the volunteer’s work with your organisation would span more than 30 days. Propose an agreement that covers the shift’s day.
agreement_proposed =
    .title = Volunteering agreement proposed
    .body = The organisation{ $organization } proposes a written volunteering agreement. You can read and accept it in HOP.
agreement_terminated =
    .title = Volunteering agreement terminated
    .body = The volunteering agreement with the organisation{ $organization } has been terminated. HOP shows the day it ends.

# Follows a rejection's body when the organisation or the staff gave one.
rejection-reason = Reason: { $reason }
# The line that signs e-mails.
signature = HOP — Toruń Volunteering Center

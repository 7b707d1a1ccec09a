# The organisation's pages: registering an organisation, its opportunities
# and shifts, sign-ups, candidates, hours and members. "HOP" stays as it is.

org-mine-title = My organisations
org-mine-memberships = Organisations I work for
org-mine-none = You are not a member of any organisation yet. Register yours below, or ask its owner to invite your e-mail address.
org-mine-invitations = Invitations waiting for your answer
org-invitation-accept = Join { $organization }
org-invitation-decline = Decline the invitation of { $organization }
org-role-label = Your role:
org-status-label = Status:
org-register-title = Register an organisation
org-register-lead = You become its owner. It waits for the Volunteering Center to verify it before its opportunities can be published.
org-register-submit = Register the organisation

org-field-name = Name of the organisation
org-field-kind = Kind
org-field-description = Description
org-field-contact-email = Contact e-mail
org-field-contact-phone = Contact phone
org-field-website = Website
org-field-address = Address
org-field-krs = KRS number
org-field-krs-hint = Optional: the 10 digits of the National Court Register.
org-field-title = Title
org-field-cause = Cause
org-field-min-age = Minimum age
org-field-min-age-hint = 13 to 99. Minors also need their guardian's consent.
org-field-rules = Sign-ups
org-field-requires-review = We review every sign-up before it is confirmed
org-field-works-with-children = The work is with children (safeguarding checks are required)
org-field-remote = Remote: done from home
org-field-place = Place
org-field-place-hint = Where volunteers come, unless the work is remote. Latitude and longitude in degrees, for example 53.0103 and 18.6057 for Toruń's old town.
org-field-lat = Latitude
org-field-lon = Longitude
org-field-required-skills = Skills required
org-field-required-skill-n = Required skill { $n }
org-field-required-level-n = Minimum level of required skill { $n }
org-field-preferred-skills = Skills welcome
org-field-preferred-skill-n = Welcome skill { $n }
org-field-preferred-level-n = Minimum level of welcome skill { $n }
org-field-languages = Languages
org-field-language-n = Language { $n }
org-field-language-level-n = Minimum level of language { $n }
org-none-chosen = (none)
org-field-date = Day
org-field-date-hint = For example 2026-12-05 or 5.12.2026.
org-field-start = Starts at
org-field-end = Ends at
org-field-time-hint = Toruń time, for example 09:00.
org-field-end-hint = Toruń time, for example 12:30. A time before the start means the next day.
org-field-capacity = Places

org-field-invalid = { $value ->
        [name] Enter a name of 2 to 200 characters.
        [description] The description is too long.
        [kind] Choose a kind from the list.
        [contact_email] Enter an e-mail address such as ala@example.org.
        [contact_phone] Enter a phone number, for example +48 56 611 00 00.
        [website] Enter a web address starting with https://.
        [address] Enter an address of at most 300 characters.
        [krs] A KRS number has 10 digits.
        [lat] Enter the latitude as a number from -90 to 90.
        [lon] Enter the longitude as a number from -180 to 180.
        [location] Give the place's latitude and longitude, or mark the work as remote.
        [title] Enter a title of 3 to 200 characters.
        [cause] Choose a cause from the list.
        [min_age] Enter an age from 13 to 99.
        [required_skills] Choose each skill once, with a level.
        [preferred_skills] Choose each skill once, with a level, and not among the required ones.
        [languages] Choose each language once, with a level.
        [date] Enter the day, for example 2026-12-05.
        [start] Enter the starting time, for example 09:00.
        [end] Enter the ending time, for example 12:30.
        [starts_at] The shift must start in the future.
        [ends_at] The shift must end after it starts, at most 24 hours later.
        [capacity] Enter a number of places from 1 to 10000, not below those already confirmed.
        [hours] Enter the hours worked: more than 0 and at most the length of the shift.
        [reason] Enter a reason of 1 to 1000 characters; the volunteer reads it.
        [email] Enter an e-mail address such as ala@example.org.
        [role] Choose a role from the list.
        [register_checked_at] Enter the day the register was checked; it cannot be in the future.
        [criminal_record_certificate] Tick this only when you hold the certificate; it is required.
        [ids] Tick at least one entry.
       *[other] Check this field.
    }
org-fix-fields = Some fields need your attention; see the messages next to them.
org-refused = { $value ->
        [opportunity-status] This cannot be done in the opportunity's present state.
        [opportunity-closed] The opportunity is closed and can no longer be changed.
        [organization-not-verified] The Volunteering Center has not verified the organisation yet.
        [shift-cancelled] The shift was cancelled.
        [shift-ended] The shift has ended; its sign-ups can no longer be accepted.
        [shift-not-started] Attendance is recorded once the shift has started.
        [shift-started] The shift has already started.
        [not-pending] Only a sign-up that waits for review can be accepted.
        [not-rejectable] Only a waiting, confirmed or waitlisted sign-up can be rejected.
        [not-confirmed] Attendance is recorded for confirmed sign-ups only.
        [own-sign-up] You cannot decide on your own sign-up.
        [safeguarding-missing] This opportunity works with children: record the register check and the criminal-record certificate first.
        [agreement-required] The volunteer's work would last more than 30 days: a written agreement must cover the shift's day first.
        [overlap] The volunteer already holds a confirmed shift at that time.
        [too-young] The volunteer is younger than the opportunity's minimum age.
        [guardian-consent-missing] The volunteer is a minor without a recorded guardian's consent.
        [birth-date-missing] The volunteer's profile has no birth date.
        [profile-missing] The volunteer has no profile.
        [capacity-below-confirmed] There cannot be fewer places than volunteers already confirmed.
        [last-owner] The last owner cannot leave: make another member an owner first.
        [already-member] This person is already a member.
        [already-invited] An invitation to this address is already open.
        [invitation-expired] The invitation has expired. Ask for a new one.
        [invitation-closed] The invitation was already answered or withdrawn.
        [already-decided] These hours were already decided on.
        [own-entry] You cannot decide on your own hours.
        [superseded] These hours were replaced by a correction.
       *[other] This cannot be done right now.
    }
org-publish-unverified = The organisation waits for the Volunteering Center's verification. Its opportunities can be published once it is verified.

org-done-registered = The organisation is registered. It waits for the Volunteering Center's verification.
org-done-joined = You are now a member of the organisation.
org-done-invitation-declined = You declined the invitation.
org-done-opportunity-created = The opportunity is saved as a draft. Add shifts, then publish it.
org-done-saved = Changes saved.
org-done-published = The opportunity is published: volunteers can find it and sign up.
org-done-closed = The opportunity is closed.
org-done-shift-added = The shift is added.
org-done-shift-changed = The places are changed.
org-done-shift-cancelled = The shift is cancelled; everyone signed up is told.
org-done-accepted = The sign-up is accepted.
org-done-rejected = The sign-up is rejected; the volunteer is told why.
org-done-attendance = Attendance is recorded.
org-done-safeguarding = The safeguarding checks are recorded.
org-done-hours-approved = The hours are approved.
org-done-hours-rejected = The hours are rejected; the volunteer is told why.
org-done-invited = The invitation is sent. The person becomes a member when they accept it.
org-done-removed = The member is removed.

org-role = { $value ->
        [owner] owner
       *[coordinator] coordinator
    }
org-status = { $value ->
        [verified] verified
        [rejected] rejected
       *[pending] waiting for verification
    }
org-kind = { $value ->
        [ngo] Non-governmental organisation
        [public] Public institution
        [university] University
        [school] School
       *[informal] Informal group
    }
org-pending-note = The Volunteering Center verifies every new organisation. You can prepare opportunities and shifts now; they can be published once it is verified.
org-rejected-note = The Volunteering Center did not verify the organisation: { $reason }
org-manage-nav = Working with this page
org-new-opportunity = New opportunity
org-members-link = Members
org-hours-link = Hours to approve
org-opportunities = Opportunities
org-opportunities-none = No opportunities yet.
org-opportunities-by-status = { $value ->
        [draft] Drafts
        [published] Published
       *[closed] Closed
    }
org-opportunity-status = { $value ->
        [draft] draft
        [published] published
       *[closed] closed
    }

org-opportunity-new-title = New opportunity
org-opportunity-edit-title = Change the opportunity
org-opportunity-save = Save the opportunity
org-cause = { $value ->
        [children] Children and youth
        [seniors] Older people
        [disability] People with disabilities
        [health] Health
        [education] Education
        [refugees] Refugees
        [poverty] Poverty
        [animals] Animals
        [environment] Environment
        [culture] Culture
        [sport] Sport
        [community] Local community
        [emergency] Emergencies
       *[human_rights] Human rights
    }
org-skill-level = { $value ->
        [1] basic
        [2] experienced
       *[3] expert
    }
org-language-name = { $value ->
        [pl] Polish
        [en] English
        [de] German
        [uk] Ukrainian
        [ru] Russian
        [be] Belarusian
        [lt] Lithuanian
        [lv] Latvian
        [fr] French
        [es] Spanish
        [it] Italian
        [cs] Czech
       *[sk] Slovak
    }

org-signups-link = Sign-ups
org-candidates-link = Candidates
org-edit-link = Change the opportunity
org-publish = Publish
org-close = Close the opportunity
org-shifts = Shifts
org-shifts-none = No shifts yet. Add the first one below.
org-shifts-caption = Shifts of { $title }
org-shift-when-heading = When
org-shift-when = { $start }, until { $end }
org-shift-capacity = Places
org-shift-confirmed = Confirmed
org-shift-waitlist = Waiting list
org-shift-actions = Actions
org-shift-new-capacity = Places
org-shift-save-capacity = Change the places
org-shift-cancel = Cancel the shift
org-shift-cancelled = (cancelled)
org-shift-new = Add a shift
org-shift-new-lead = Day and times on Toruń's clocks.
org-shift-add = Add the shift

org-signups-title = Sign-ups: { $title }
org-back-to-opportunity = Back to { $title }
org-back-to-organization = Back to { $organization }
org-signups-none = Nobody has signed up yet.
org-signups-more = Older sign-ups
org-signups-caption = { $count ->
        [one] One sign-up
       *[other] { $count } sign-ups
    }
org-volunteer = Volunteer
org-volunteer-erased = (account deleted)
org-status-heading = Status
org-application-status = { $value ->
        [pending] waiting for review
        [confirmed] confirmed
        [waitlisted] on the waiting list
        [rejected] rejected
        [withdrawn] withdrawn
        [attended] attended
       *[no_show] did not come
    }
org-pending-reason = { $value ->
        [review] You review every sign-up.
        [safeguarding] The safeguarding checks are missing.
       *[agreement-required] A written agreement must cover the shift's day.
    }
org-safeguarding-note = This opportunity works with children. Before a sign-up is confirmed, record that you checked the sex-offender register and hold the volunteer's criminal-record certificate.
org-safeguarding-date = Day { $name } was checked in the register
org-safeguarding-certificate = We hold { $name }'s criminal-record certificate
org-safeguarding-submit = Record the checks of { $name }
org-accept = Accept { $name }
org-reject-reason = Reason for rejecting { $name }
org-reject = Reject { $name }
org-attendance-hours = Hours worked by { $name }
org-attended = { $name } came
org-no-show = { $name } did not come

org-candidates-title = Candidates: { $title }
org-candidates-lead = Volunteers who chose to be found, best first. Each score is explained factor by factor.
org-candidates-none = No volunteer fits this opportunity's open shifts yet.
org-candidates-unverified = Candidates are shown once the Volunteering Center has verified the organisation.
org-candidates-more = More candidates
org-candidate-score = Score { $score } of 100
org-candidate-age = age { $band }
org-candidate-signed-up = already signed up
org-candidate-reasons = Why { $name } fits
org-reason-factor = Factor
org-reason-points = Points
org-reason-detail = Detail
org-factor = { $value ->
        [skills] Skills
        [languages] Languages
        [distance] Distance
        [causes] Causes
        [availability] Availability
       *[soon] How soon
    }

org-hours-title = Hours to approve: { $organization }
org-hours-none = No hours wait for approval.
org-hours-more = More hours
org-hours-caption = { $count ->
        [one] One entry waits for approval
       *[other] { $count } entries wait for approval
    }
org-hours-select = Select
org-hours-select-one = Select the hours of { $name } { $day }
org-hours-work = Work
org-hours-amount = Hours
org-hours-approve = Approve the hours of { $name } { $day }
org-hours-reject-reason = Reason for rejecting the hours of { $name } { $day }
org-hours-reject = Reject the hours of { $name } { $day }
org-hours-approve-selected = Approve the selected hours

org-members-title = Members: { $organization }
org-members-caption = Members and their roles
org-member-name = Name
org-member-email = E-mail
org-member-role = Role
org-member-remove = Remove { $name }
org-invitations-open = Invitations not answered yet
org-invite-title = Invite a member
org-invite-lead = The person accepts the invitation with the account of this e-mail address. Owners also manage the members.
org-invite-submit = Send the invitation

# The volunteer's pages: search, an opportunity, sign-ups, the profile,
# matches, hours, agreements and certificates.

## Shared

# $start is the shift's start as it stands in a sentence ("on Saturday 5
# December 2026 at 9:00"); $hour and $minute its end in Toruń's time.
vol-shift-time = Shift { $start }, until { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) }
vol-any = Any
vol-next-page = Next page
vol-pages = More results
vol-fix-fields = Some fields need your attention: see the messages next to them.
vol-remote = Remote: no travel needed
# The distance in kilometres with one decimal: $km whole kilometres and $tenths the tenth.
vol-distance = { $km }.{ $tenths } km away
vol-free-places = { $count ->
        [0] No free places
        [one] 1 free place
       *[other] { $count } free places
    }
vol-no-upcoming-shift = No upcoming shifts yet.
vol-cause = { $value ->
        [children] Children
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
        [human_rights] Human rights
       *[other] Other
    }
vol-language-name = { $value ->
        [pl] Polish
        [en] English
        [de] German
        [lt] Lithuanian
        [lv] Latvian
        [uk] Ukrainian
        [ru] Russian
        [be] Belarusian
        [fr] French
        [es] Spanish
        [it] Italian
       *[other] { $value }
    }
# A sign-up's status.
vol-status = { $value ->
        [pending] Waiting for the organisation
        [confirmed] Confirmed
        [waitlisted] On the waiting list
        [rejected] Not accepted
        [withdrawn] Withdrawn
        [attended] Attended
        [no_show] Recorded as absent
       *[other] { $value }
    }
# Why a rule refused what the person asked; $value is the rule's name.
vol-refusal = { $value ->
        [not-published] This opportunity no longer takes sign-ups.
        [shift-cancelled] This shift was cancelled.
        [shift-started] This shift has already started.
        [shift-ended] This shift has already ended.
        [profile-missing] Fill in your volunteer profile first: the organisation needs your age.
        [birth-date-missing] Add your birth date to your profile first: some shifts have a minimum age.
        [too-young] You are younger than this opportunity's minimum age on the day of the shift.
        [guardian-consent-missing] You are under 18: record your parent's or guardian's consent in your profile first.
        [already-signed-up] You are already signed up for this shift.
        [overlap] You already have a confirmed shift at this time.
        [safeguarding-missing] This opportunity works with children: the organisation must record its safeguarding checks first.
        [agreement-required] Your work with this organisation would last over 30 days: a written agreement must be accepted first.
        [not-withdrawable] This sign-up can no longer be withdrawn.
        [not-worked] You can report hours only for a shift you worked.
        [already-reported] You have already reported hours for this; wait for the organisation's decision.
        [hours-pending] Hours for this wait for a decision.
        [not-counting] Only approved hours can be corrected.
        [too-many-pending] Too many of your reports wait for this organisation's decision. Try again once it has decided.
        [organization-not-verified] This organisation is not verified by the city yet.
        [not-proposed] This agreement is no longer waiting for you.
        [no-approved-hours] You have no approved hours with this organisation yet.
        [certificate-revoked] The certificate of exactly this work was revoked. Contact the organisation.
        [own-sign-up] Someone else in the organisation must decide on your own sign-up.
       *[other] This could not be done because of one of HOP's rules.
    }
vol-column-opportunity = Opportunity
vol-column-shift = Shift
vol-column-status = Status
vol-column-action = Action
vol-column-organization = Organisation
vol-column-time = Time
vol-column-day = Day
vol-column-factor = Factor
vol-column-why = Why
vol-column-points = Points
vol-column-certificate = Certificate

## Search

vol-search-title = Find opportunities
vol-filter-cause = Cause
vol-filter-skill = Skill
vol-filter-language = Language
vol-filter-radius = Within
vol-radius-option = { $km } km
vol-filter-from = From (day)
vol-filter-to = Until (day)
vol-filter-open = Only with free places
vol-filter-apply = Show
vol-near-city-hint = A town or a district of Toruń, e.g. Toruń, Podgórz, Bydgoszcz or Kaunas.
vol-near-me = Use my location
vol-near-me-locating = Finding your location…
vol-near-me-failed = Your location is not available. Type a town instead.
vol-near-me-used = Searching near your location.
vol-results = Results
vol-results-count = { $count ->
        [0] Nothing found. Try fewer filters or a larger distance.
        [one] 1 opportunity on this page.
       *[other] { $count } opportunities on this page.
    }
vol-search-error = { $value ->
        [near_city] We do not know this place. Type a town or a district of Toruń, e.g. Toruń or Podgórz.
        [skill] Choose a skill from the list.
        [radius_km] Choose a distance from the list.
        [from] Enter a day, e.g. 2026-12-05.
        [to] Enter a day after the "from" day, e.g. 2026-12-31.
        [q] Enter at least one word.
        [cause] Choose a cause from the list.
        [language] Choose a language from the list.
       *[other] Check this field.
    }
vol-search-start-again = This search could not be read. Start a new search.

## An opportunity

vol-min-age = From age { $age }
vol-requires-review = The organisation reviews sign-ups
vol-works-with-children = Works with children
vol-where = Where
vol-map-link = See the place on OpenStreetMap
vol-what-it-takes = What it takes
# $level is 1 (basic), 2 (experienced) or 3 (expert).
vol-skill-required = { $skill } (required, { $level ->
        [1] basic
        [2] experienced
       *[3] expert
    } level)
vol-skill-preferred = { $skill } (welcome, { $level ->
        [1] basic
        [2] experienced
       *[3] expert
    } level)
# $level is a CEFR level such as B1.
vol-language-needed = { $language } at level { $level } or above
vol-shifts = Shifts
vol-free-places-of = { $count ->
        [0] No free places
        [one] 1 free place
       *[other] { $count } free places
    } of { $capacity }
vol-waitlist = { $count ->
        [one] 1 person on the waiting list
       *[other] { $count } people on the waiting list
    }
vol-sign-up = Sign up
vol-join-waitlist = Join the waiting list
vol-sign-in-to-sign-up = Sign in to sign up
vol-see-my-shifts = See my shifts
vol-back-to-search = Back to the search
vol-signed-up-confirmed = You are signed up. The shift is in your shifts and calendar.
vol-signed-up-pending = You are signed up. The organisation will confirm your place.
vol-signed-up-waitlisted = The shift is full: you are on the waiting list and move up when a place frees.

## My shifts

vol-my-shifts-title = My shifts
vol-my-shifts-caption = Your sign-ups, newest first
vol-no-sign-ups = You have not signed up for any shift yet.
vol-shift-cancelled = (cancelled)
vol-withdraw = Withdraw
vol-withdrawn = Your sign-up is withdrawn.
vol-calendar = Calendar
vol-calendar-hint = Subscribe to your shifts in your calendar app. Making a new address ends the old one.
vol-calendar-make = Make a new calendar address
vol-calendar-new = Your calendar address is ready. It is shown only now: copy it or subscribe, and keep it private.
vol-calendar-subscribe = Subscribe in my calendar app
vol-calendar-address = Calendar address

## Profile

vol-profile-title = My volunteer profile
vol-profile-lead = Tell us what you can do and when you are free: we suggest opportunities that fit, and organisations see only what you allow.
vol-profile-saved = Your profile is saved.
vol-profile-about = About you
vol-birth-date = Birth date
vol-birth-date-hint = For example 17 5 2004. Some opportunities have a minimum age; volunteers are at least 13.
vol-birth-day = Day
vol-birth-month = Month
vol-birth-year = Year
vol-home-city = Home town
vol-home-city-hint = Distances are measured from the centre of the town or district you name.
vol-home-country = Country
vol-not-said = Not given
vol-country-name = { $value ->
        [PL] Poland
        [DE] Germany
        [LT] Lithuania
        [LV] Latvia
        [UA] Ukraine
        [BY] Belarus
        [CZ] Czechia
        [SK] Slovakia
        [FR] France
        [ES] Spain
        [IT] Italy
        [GB] United Kingdom
       *[other] { $value }
    }
vol-max-distance = How far you travel (km)
vol-max-distance-hint = From 0 to 1000 km.
vol-profile-skills = Skills
vol-skills-hint = Choose a level for the skills you have; leave the others at "none".
vol-skill-category = { $value ->
        [care] Care
        [health] Health
        [education] Education
        [languages] Languages
        [logistics] Logistics
        [technology] Technology
        [environment] Environment
        [culture] Culture
        [sport] Sport
        [administration] Administration
        [communication] Communication
        [transport] Transport
        [crisis] Crisis response
       *[other] Other
    }
vol-level-none = None
vol-skill-level = { $value ->
        [1] Basic
        [2] Experienced
       *[3] Expert
    }
vol-cefr-level = { $value ->
        [A1] A1 (beginner)
        [A2] A2 (elementary)
        [B1] B1 (intermediate)
        [B2] B2 (upper intermediate)
        [C1] C1 (advanced)
       *[C2] C2 (proficient)
    }
vol-profile-languages = Languages
vol-languages-legend = The languages you speak, with your level
vol-profile-availability = When you are free
vol-availability-hint = Tick the parts of the week you are usually free, in Toruń's time.
vol-availability-caption = Weekly availability
vol-weekday = Day
vol-weekday-name = { $value ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }
# The label of one cell of the week's grid: $weekday is a day's name,
# $from and $to times such as 06:00.
vol-slot-label = { $weekday }, { $from }–{ $to }
vol-profile-causes = Causes
vol-causes-legend = Causes you care about
vol-profile-sharing = Being found
vol-discoverable = Organisations may find me among the candidates for their opportunities
vol-discoverable-hint = They see your name, skills, languages, an age band and a distance band; never your birth date, home or e-mail address.
vol-guardian-legend = For volunteers under 18
vol-guardian-hint = A parent or legal guardian must consent to a minor taking part.
vol-guardian-consent = My parent or guardian consents
vol-guardian-name = Name of the parent or guardian
vol-profile-save = Save my profile
vol-profile-error = { $value ->
        [birth_date] Enter a real birth date: day, month and year, e.g. 17 5 2004. Volunteers are at least 13.
        [home_city] Enter a town of 1 to 100 characters.
        [home] The place of your home could not be used. Check the town.
        [home_country] Choose a country from the list.
        [max_distance_km] Enter a whole number of kilometres from 0 to 1000.
        [skills] Check the skills: each at most once, at a level from the list.
        [languages] Check the languages: each at most once, at a level from the list.
        [availability] Check the times you are free.
        [causes] Choose causes from the list.
        [guardian_name] Name the parent or guardian who consents (2 to 200 characters); consent is needed for volunteers under 18.
       *[other] Check this field.
    }

## For you

vol-matches-title = For you
vol-matches-lead = Opportunities that fit your profile, best first, with the reasons.
vol-matches-none = Nothing fits your profile right now. More time free, a larger distance or more causes may help.
vol-matches-missing = { $value ->
        [volunteer-profile-missing] Fill in your volunteer profile first: matches are found for it.
        [volunteer-birth-date-missing] Add your birth date to your profile: matches depend on your age on each shift's day.
       *[other] Complete your profile first.
    }
vol-go-to-profile = Go to my profile
vol-score = Fit: { $score } of 100
vol-reasons = Why it fits
vol-factor = { $value ->
        [skills] Skills
        [languages] Languages
        [distance] Distance
        [causes] Causes
        [availability] Time
        [soon] How soon
       *[other] { $value }
    }

## Hours

vol-hours-title = My hours
vol-hours-approved = Approved
vol-hours-pending = Waiting for approval
vol-hours-by-organization = Approved hours by organisation
vol-hours-entries = Reported hours
vol-hours-none = No hours yet.
vol-hours-status = { $value ->
        [pending] Waiting for approval
        [approved] Approved
        [rejected] Not approved
       *[other] { $value }
    }
vol-hours-report = Report hours
vol-hours-nothing-to-report = Once you have worked a shift, you can report its hours here.
vol-hours-for = What the hours are for
vol-hours-outside-shift = { $organization }: work outside a shift
vol-hours-day = Day of the work
vol-hours-day-hint = Needed for work outside a shift; a shift's own day is used otherwise.
vol-hours-amount = Hours
vol-hours-amount-hint = For example 2.5 for two and a half hours.
vol-hours-description = What you did
vol-hours-submit = Report the hours
vol-hours-reported = Your hours are reported. The organisation will approve them.
vol-hours-error = { $value ->
        [target] Choose what the hours are for.
        [work_date] Enter the day of the work, e.g. 2026-11-28, not in the future.
        [minutes] Enter the hours, more than 0 and at most the shift's length (24 at most).
        [description] Describe the work in at most 1000 characters.
       *[other] Check this field.
    }

## Agreements

vol-agreements-title = My agreements
vol-agreements-lead = Work with an organisation that lasts over 30 days needs a written agreement (the act on volunteering). Read it and accept it here.
vol-agreements-none = You have no agreements.
vol-agreement-status = { $value ->
        [proposed] Waiting for your acceptance
        [accepted] Accepted
        [terminated] Ended
       *[other] { $value }
    }
vol-agreement-scope = What you will do
vol-agreement-place = Where
vol-agreement-period = When
vol-agreement-period-value = From { $from } until { $until }, { $hours ->
        [one] 1 hour a week
       *[other] { $hours } hours a week
    }
vol-agreement-termination = How it can be ended
vol-agreement-insurance = Insurance
vol-agreement-guardian-hint = Only for volunteers under 18: the parent or guardian who consents.
vol-agreement-accept = Accept the agreement
vol-agreement-accepted = You have accepted the agreement.
vol-agreement-guardian-invalid = To accept for a volunteer under 18, tick the consent and name the parent or guardian (2 to 200 characters).

## Certificates

vol-certificates-title = My certificates
vol-certificates-lead = A certificate states your approved work with an organisation (the act on volunteering), with a code anyone can check.
vol-certificates-none = You have no approved hours yet.
vol-certificates-caption = Organisations you have approved hours with
vol-certificate-download = Download the certificate from { $organization } (PDF)

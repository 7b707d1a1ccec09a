# The city office's pages (city staff only): organisations to verify, and
# the dashboard of the statistics. "HOP" stays as it is.

city-nav-label = City office
city-nav-dashboard = Dashboard
city-nav-organizations = Organisations to verify

# A calendar date. $month is january … december; $day and $year are numbers.
city-date = { $day } { $month ->
        [january] January
        [february] February
        [march] March
        [april] April
        [may] May
        [june] June
        [july] July
        [august] August
        [september] September
        [october] October
        [november] November
       *[december] December
    } { $year }
# A month of a year, as a chart's or a table's label.
city-month = { $month ->
        [january] January
        [february] February
        [march] March
        [april] April
        [may] May
        [june] June
        [july] July
        [august] August
        [september] September
        [october] October
        [november] November
       *[december] December
    } { $year }
# The character between the whole part and the tenths of a number (12.5).
city-decimal-separator = .
city-percent = { $value }%

# An organisation's kind ($value: ngo, public, university, school, informal).
city-org-kind = { $value ->
        [ngo] Non-governmental organisation
        [public] Public institution
        [university] University
        [school] School
       *[informal] Informal group
    }
# An organisation's status ($value: pending, verified, rejected).
city-org-status = { $value ->
        [pending] Waiting for verification
        [verified] Verified
       *[rejected] Rejected
    }

city-orgs-title = Organisations to verify
city-orgs-lead = Check each organisation before it may publish opportunities. Its owners are told of your decision; a rejected organisation reads your reason and may apply again.
city-orgs-pending = Waiting for verification
city-orgs-none-pending = No organisation is waiting for verification.
city-orgs-next-page = Next organisations waiting
city-orgs-decided = Recently decided
city-orgs-none-decided = No organisation has been decided yet.
city-org-kind-label = Kind
city-org-registered = Registered on
city-org-reviewed = Decided on
city-org-krs = KRS number
city-org-email = E-mail
city-org-phone = Telephone
city-org-website = Website
city-org-address = Address
city-org-description = About the organisation
city-org-reason = Reason given
city-org-not-given = not given
city-verify = Verify
city-reject = Reject
city-reject-reason = Reason for rejecting
city-reject-reason-hint = The organisation's members read it: say what to put right (up to 1000 characters).
city-reject-reason-invalid = Write a reason of 1 to 1000 characters.
# Someone decided before this decision arrived ($value: already-verified,
# already-rejected, verified-cannot-be-rejected).
city-review-conflict = { $value ->
        [already-verified] This organisation is already verified.
        [already-rejected] This organisation is already rejected.
       *[verified-cannot-be-rejected] This organisation is verified, and a verified organisation cannot be rejected.
    }
city-done-verified = The organisation is verified. Its owners have been told and it may now publish opportunities.
city-done-rejected = The organisation is rejected. Its owners have been told, with your reason.

city-dashboard-title = Volunteering in numbers
city-dashboard-lead = The statistics of volunteering through HOP. To keep people from being recognised, a count of fewer than { $min } people is not shown.
# $when is a moment as it stands in a sentence: “on Saturday 5 December 2026 at 09:00”.
city-as-of = Figures gathered { $when }.
city-period-legend = Period
city-period-from = First month
city-period-to = Last month
city-period-hint = As YYYY-MM, between { $first } and { $last }.
city-period-from-invalid = Enter a first month between { $first } and { $last } (as YYYY-MM), not after the last month.
city-period-to-invalid = Enter a last month between { $first } and { $last } (as YYYY-MM), not before the first month.
city-show-legend = Show
city-csv-legend = CSV files
city-csv-semicolon = For a spreadsheet with decimal commas
city-csv-semicolon-hint = Separates the columns with semicolons and writes 12,5 rather than 12.5, as Excel in Polish, German, Lithuanian, Latvian or Ukrainian expects.
city-period-submit = Show
city-period = { $from } – { $to }
city-period-of = Period: { $period }.

city-glance = At a glance
city-glance-registered = Registered volunteers
city-glance-active = Volunteers active in the period
city-glance-hours = Approved hours
city-glance-fill = Places filled

city-suppressed = fewer than { $min }
city-total = Total
city-csv-link = Download “{ $chart }” as CSV
city-chart-name = { $chart }: bar chart. The same figures are in the table beside it.

city-age-title = Volunteers by age band
city-age-band-label = Age band
# An age band ($value: band- and the statistics' name of the band:
# band-under-18, band-18-24, band-25-34, band-35-49, band-50-64,
# band-65-plus, band-unknown).
city-age-band = { $value ->
        [band-under-18] under 18
        [band-18-24] 18–24
        [band-25-34] 25–34
        [band-35-49] 35–49
        [band-50-64] 50–64
        [band-65-plus] 65 and over
       *[band-unknown] age not given
    }
city-registered = Registered
city-active = Active in the period

city-country-title = Volunteers by home country
city-country-label = Country
city-country-none = not given
# A country by its ISO 3166-1 code; other codes are shown as they are.
city-country = { $value ->
        [PL] Poland
        [DE] Germany
        [LT] Lithuania
        [LV] Latvia
        [UA] Ukraine
        [BY] Belarus
        [CZ] Czechia
        [SK] Slovakia
        [EE] Estonia
        [FR] France
        [ES] Spain
        [IT] Italy
        [GB] United Kingdom
        [IE] Ireland
        [NL] Netherlands
        [PT] Portugal
        [TR] Türkiye
        [GE] Georgia
        [US] United States
       *[other] { $value }
    }

city-hours-title = Approved hours by month
city-hours-month = Month
city-hours = Hours
city-hours-people = Volunteers who worked them

city-fill-title = Fill rate of shifts
city-fill-lead = Places in the shifts starting in the period, and how many of them are taken by confirmed volunteers.
city-fill-capacity = Places
city-fill-confirmed = Confirmed
city-fill-rate = Filled
city-fill-none = No shift starts in the period.
city-measure = Measure
city-value = Value

city-skills-title = Skills: supply against demand
city-skills-lead = Volunteers who have each skill, against the open places that need it in shifts starting in the period; the largest shortage first.
city-skill = Skill
city-skills-supply = Volunteers with the skill
city-skills-demand = Open places needing it
city-skills-gap = Shortage
city-skills-none = No volunteer has a skill and no open place needs one in this period.
city-no-data = Nothing to show for this period.
city-top-rows = Shown: the { $shown } largest of { $all }; the CSV file has them all.

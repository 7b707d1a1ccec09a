# Why a volunteer and an opportunity match: the detail of each reason.
#
# Phrases read the same in both directions (a volunteer's matches, an
# organisation's candidates), so they name facts rather than "you". Counts
# stand after a colon where a language would otherwise inflect the noun.

reason-no-skills-asked = No skills asked for
reason-skills = Required skills met: { $required }; preferred skills held: { $held } of { $preferred }; levels above the minimum: { $above }
reason-no-languages-asked = No languages asked for
reason-languages = Required languages met: { $required }; levels above the minimum: { $above }
reason-remote = Remote: no travel
# The distance in kilometres with one decimal, rounded down: $km whole
# kilometres and $tenths the tenth.
reason-distance = { $km }.{ $tenths } km from home
# Bands of kilometres, as an organisation reads a volunteer's distance.
reason-distance-under = Under { $to } km from home
reason-distance-between = { $from }–{ $to } km from home
reason-distance-over = { $from } km or more from home
reason-within-reach = Within travel distance
# $cause is one of the cause-… names below.
reason-cause-shared = Among the causes of interest: { $cause }
reason-cause-other = Not among the causes of interest: { $cause }
reason-availability = Availability covers { $percent }% of the shift
reason-soon-within-the-hour = First shift in less than an hour
# Up to two days counts hours, then whole days.
reason-soon-hours = First shift in { $hours } { $hours ->
        [one] hour
       *[other] hours
    }
reason-soon-days = First shift in { $days } { $days ->
        [one] day
       *[other] days
    }

# A cause's name, as the complement of the headings above.
cause-children = children
cause-seniors = older people
cause-disability = people with disabilities
cause-health = health
cause-education = education
cause-refugees = refugees
cause-poverty = poverty
cause-animals = animals
cause-environment = environment
cause-culture = culture
cause-sport = sport
cause-community = local community
cause-emergency = emergencies
cause-human-rights = human rights

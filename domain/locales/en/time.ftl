# When a shift starts, in Toruń's local time, as it stands in a sentence
# (with the preposition the language puts before a moment). $weekday is
# monday … sunday, $month january … december; $day, $year, $hour and
# $minute are numbers.
shift-time = on { $weekday ->
        [monday] Monday
        [tuesday] Tuesday
        [wednesday] Wednesday
        [thursday] Thursday
        [friday] Friday
        [saturday] Saturday
       *[sunday] Sunday
    } { $day } { $month ->
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
    } { $year } at { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
# The date hours were worked on, as it follows "hours" in a sentence.
# $month is january … december; $day and $year are numbers.
work-day = on { $day } { $month ->
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
# An amount of time worked: $hours and $minutes are whole numbers (minutes 0–59).
duration = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes } min
        }
    }

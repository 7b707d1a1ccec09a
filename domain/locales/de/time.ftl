# Schichtbeginn in Toruńer Ortszeit, wie er im Satz steht:
# „am Samstag, 5. Dezember 2026, um 9:00 Uhr“.
shift-time = am { $weekday ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
       *[sunday] Sonntag
    }, { $day }. { $month ->
        [january] Januar
        [february] Februar
        [march] März
        [april] April
        [may] Mai
        [june] Juni
        [july] Juli
        [august] August
        [september] September
        [october] Oktober
        [november] November
       *[december] Dezember
    } { $year }, um { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) } Uhr
work-day = vom { $day }. { $month ->
        [january] Januar
        [february] Februar
        [march] März
        [april] April
        [may] Mai
        [june] Juni
        [july] Juli
        [august] August
        [september] September
        [october] Oktober
        [november] November
       *[december] Dezember
    } { $year }
duration = { $hours ->
        [0] { $minutes } Min.
       *[other] { $minutes ->
            [0] { $hours } Std.
           *[other] { $hours } Std. { $minutes } Min.
        }
    }

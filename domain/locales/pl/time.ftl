# Początek zmiany w czasie lokalnym Torunia, tak jak stoi w zdaniu
# (z przyimkiem): „w sobotę 5 grudnia 2026 r. o godz. 9:00”.
shift-time = { $weekday ->
        [monday] w poniedziałek
        [tuesday] we wtorek
        [wednesday] w środę
        [thursday] w czwartek
        [friday] w piątek
        [saturday] w sobotę
       *[sunday] w niedzielę
    } { $day } { $month ->
        [january] stycznia
        [february] lutego
        [march] marca
        [april] kwietnia
        [may] maja
        [june] czerwca
        [july] lipca
        [august] sierpnia
        [september] września
        [october] października
        [november] listopada
       *[december] grudnia
    } { $year } r. o godz. { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) }
work-day = z { $day } { $month ->
        [january] stycznia
        [february] lutego
        [march] marca
        [april] kwietnia
        [may] maja
        [june] czerwca
        [july] lipca
        [august] sierpnia
        [september] września
        [october] października
        [november] listopada
       *[december] grudnia
    } { $year } r.
duration = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } godz.
           *[other] { $hours } godz. { $minutes } min
        }
    }

# Початок зміни за місцевим часом Торуня: «у суботу, 5 грудня 2026 р., о 9:00».
shift-time = у { $weekday ->
        [monday] понеділок
        [tuesday] вівторок
        [wednesday] середу
        [thursday] четвер
        [friday] п’ятницю
        [saturday] суботу
       *[sunday] неділю
    }, { $day } { $month ->
        [january] січня
        [february] лютого
        [march] березня
        [april] квітня
        [may] травня
        [june] червня
        [july] липня
        [august] серпня
        [september] вересня
        [october] жовтня
        [november] листопада
       *[december] грудня
    } { $year } р., о { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) }
work-day = за { $day } { $month ->
        [january] січня
        [february] лютого
        [march] березня
        [april] квітня
        [may] травня
        [june] червня
        [july] липня
        [august] серпня
        [september] вересня
        [october] жовтня
        [november] листопада
       *[december] грудня
    } { $year } р.
duration = { $hours ->
        [0] { $minutes } хв
       *[other] { $minutes ->
            [0] { $hours } год
           *[other] { $hours } год { $minutes } хв
        }
    }

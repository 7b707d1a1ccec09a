# Pamainos pradžia Torunės vietos laiku: „šeštadienį, 2026 m. gruodžio 5 d., 9:00“.
shift-time = { $weekday ->
        [monday] pirmadienį
        [tuesday] antradienį
        [wednesday] trečiadienį
        [thursday] ketvirtadienį
        [friday] penktadienį
        [saturday] šeštadienį
       *[sunday] sekmadienį
    }, { $year } m. { $month ->
        [january] sausio
        [february] vasario
        [march] kovo
        [april] balandžio
        [may] gegužės
        [june] birželio
        [july] liepos
        [august] rugpjūčio
        [september] rugsėjo
        [october] spalio
        [november] lapkričio
       *[december] gruodžio
    } { $day } d., { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) }
work-day = už { $year } m. { $month ->
        [january] sausio
        [february] vasario
        [march] kovo
        [april] balandžio
        [may] gegužės
        [june] birželio
        [july] liepos
        [august] rugpjūčio
        [september] rugsėjo
        [october] spalio
        [november] lapkričio
       *[december] gruodžio
    } { $day } d.
duration = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } val.
           *[other] { $hours } val. { $minutes } min
        }
    }

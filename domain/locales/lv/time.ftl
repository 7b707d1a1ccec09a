# Maiņas sākums Toruņas vietējā laikā: „sestdien, 2026. gada 5. decembrī, plkst. 9.00“.
shift-time = { $weekday ->
        [monday] pirmdien
        [tuesday] otrdien
        [wednesday] trešdien
        [thursday] ceturtdien
        [friday] piektdien
        [saturday] sestdien
       *[sunday] svētdien
    }, { $year }. gada { $day }. { $month ->
        [january] janvārī
        [february] februārī
        [march] martā
        [april] aprīlī
        [may] maijā
        [june] jūnijā
        [july] jūlijā
        [august] augustā
        [september] septembrī
        [october] oktobrī
        [november] novembrī
       *[december] decembrī
    }, plkst. { $hour }.{ NUMBER($minute, minimumIntegerDigits: 2) }
work-day = { $year }. gada { $day }. { $month ->
        [january] janvārī
        [february] februārī
        [march] martā
        [april] aprīlī
        [may] maijā
        [june] jūnijā
        [july] jūlijā
        [august] augustā
        [september] septembrī
        [october] oktobrī
        [november] novembrī
       *[december] decembrī
    }
duration = { $hours ->
        [0] { $minutes } min
       *[other] { $minutes ->
            [0] { $hours } st.
           *[other] { $hours } st. { $minutes } min
        }
    }

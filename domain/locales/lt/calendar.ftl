# Kalendoriaus prenumeratos: ką kalendoriaus programa rodo šalia pasiūlymo
# pavadinimo ir vietos, su „jūs“.

calendar-mine = HOP: mano pamainos
calendar-organization = HOP: { $organization }
calendar-remote = Nuotoliniu būdu
calendar-sign-up = { $status ->
        [pending] Jūsų registracija laukia organizacijos sprendimo.
        [waitlisted] Esate laukiančiųjų sąraše: atsilaisvinus vietai, ją gausite automatiškai.
        [rejected] Organizacija atmetė jūsų registraciją.
        [withdrawn] Jūsų registracija atšaukta.
        [attended] Jūsų dalyvavimas užregistruotas.
        [no_show] Jūsų neatvykimas užregistruotas.
        [cancelled] Organizacija atšaukė šią pamainą.
       *[confirmed] Jūsų vieta patvirtinta.
    }
calendar-places = Užimta vietų: { $taken } iš { $capacity }. Laukiančiųjų sąraše: { $waiting }.

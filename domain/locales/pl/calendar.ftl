# Kanały kalendarza: co aplikacja kalendarza pokazuje obok tytułu i miejsca
# oferty. Zdania unikają czasu przeszłego w drugiej osobie.

calendar-mine = HOP: moje zmiany
calendar-organization = HOP: { $organization }
calendar-remote = Zdalnie
calendar-sign-up = { $status ->
        [pending] Twoje zgłoszenie czeka na decyzję organizacji.
        [waitlisted] Jesteś na liście rezerwowej: jeśli miejsce się zwolni, otrzymasz je automatycznie.
        [rejected] Organizacja odrzuciła Twoje zgłoszenie.
        [withdrawn] Twoje zgłoszenie zostało wycofane.
        [attended] Twoja obecność została potwierdzona.
        [no_show] Odnotowano Twoją nieobecność.
        [cancelled] Organizacja odwołała tę zmianę.
       *[confirmed] Twoje miejsce jest potwierdzone.
    }
calendar-places = Zajęte miejsca: { $taken } z { $capacity }. Lista rezerwowa: { $waiting }.

# Kalendāra abonementi: ko kalendāra lietotne rāda blakus piedāvājuma
# nosaukumam un vietai, ar „jūs“.

calendar-mine = HOP: manas maiņas
calendar-organization = HOP: { $organization }
calendar-remote = Attālināti
calendar-sign-up = { $status ->
        [pending] Jūsu pieteikums gaida organizācijas lēmumu.
        [waitlisted] Jūs esat gaidīšanas sarakstā: ja kāda vieta atbrīvosies, jūs to saņemsiet automātiski.
        [rejected] Organizācija noraidīja jūsu pieteikumu.
        [withdrawn] Jūsu pieteikums ir atsaukts.
        [attended] Jūsu dalība ir reģistrēta.
        [no_show] Jūsu prombūtne ir reģistrēta.
        [cancelled] Organizācija atcēla šo maiņu.
       *[confirmed] Jūsu vieta ir apstiprināta.
    }
calendar-places = Aizņemtās vietas: { $taken } no { $capacity }. Gaidīšanas sarakstā: { $waiting }.

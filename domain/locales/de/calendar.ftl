# Kalender-Abonnements: was eine Kalender-App neben Titel und Ort des
# Angebots zeigt, mit „Sie“.

calendar-mine = HOP: meine Schichten
calendar-organization = HOP: { $organization }
calendar-remote = Online
calendar-sign-up = { $status ->
        [pending] Ihre Anmeldung wartet auf die Entscheidung der Organisation.
        [waitlisted] Sie stehen auf der Warteliste: Wird ein Platz frei, erhalten Sie ihn automatisch.
        [rejected] Die Organisation hat Ihre Anmeldung abgelehnt.
        [withdrawn] Ihre Anmeldung wurde zurückgezogen.
        [attended] Ihre Teilnahme wurde erfasst.
        [no_show] Ihre Abwesenheit wurde erfasst.
        [cancelled] Die Organisation hat diese Schicht abgesagt.
       *[confirmed] Ihr Platz ist bestätigt.
    }
calendar-places = Belegte Plätze: { $taken } von { $capacity }. Warteliste: { $waiting }.

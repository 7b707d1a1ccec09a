# Die Seiten für Freiwillige: Suche, ein Angebot, Anmeldungen, das Profil,
# Vorschläge, Stunden, Vereinbarungen und Bescheinigungen.

## Gemeinsam

# $start ist der Beginn des Einsatzes, wie er im Satz steht („am Samstag,
# 5. Dezember 2026, um 9:00 Uhr“); $hour und $minute sein Ende (Toruńer Zeit).
vol-shift-time = Einsatz { $start }, bis { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) } Uhr
vol-any = Alle
vol-next-page = Nächste Seite
vol-pages = Weitere Ergebnisse
vol-fix-fields = Einige Felder müssen korrigiert werden: Siehe die Hinweise daneben.
vol-remote = Aus der Ferne: keine Anreise nötig
# Die Entfernung in Kilometern mit einer Nachkommastelle: $km ganze Kilometer, $tenths die Zehntel.
vol-distance = { $km },{ $tenths } km entfernt
vol-free-places = { $count ->
        [0] Keine freien Plätze
        [one] 1 freier Platz
       *[other] { $count } freie Plätze
    }
vol-no-upcoming-shift = Noch keine kommenden Einsätze.
vol-cause = { $value ->
        [children] Kinder
        [seniors] Ältere Menschen
        [disability] Menschen mit Behinderung
        [health] Gesundheit
        [education] Bildung
        [refugees] Geflüchtete
        [poverty] Armut
        [animals] Tiere
        [environment] Umwelt
        [culture] Kultur
        [sport] Sport
        [community] Nachbarschaft
        [emergency] Notlagen
        [human_rights] Menschenrechte
       *[other] Anderes
    }
vol-language-name = { $value ->
        [pl] Polnisch
        [en] Englisch
        [de] Deutsch
        [lt] Litauisch
        [lv] Lettisch
        [uk] Ukrainisch
        [ru] Russisch
        [be] Belarussisch
        [fr] Französisch
        [es] Spanisch
        [it] Italienisch
       *[other] { $value }
    }
# Der Stand einer Anmeldung.
vol-status = { $value ->
        [pending] Wartet auf die Organisation
        [confirmed] Bestätigt
        [waitlisted] Auf der Warteliste
        [rejected] Nicht angenommen
        [withdrawn] Zurückgezogen
        [attended] Teilgenommen
        [no_show] Als abwesend vermerkt
       *[other] { $value }
    }
# Warum eine Regel ablehnte, worum jemand bat; $value ist der Name der Regel.
vol-refusal = { $value ->
        [not-published] Dieses Angebot nimmt keine Anmeldungen mehr an.
        [shift-cancelled] Dieser Einsatz wurde abgesagt.
        [shift-started] Dieser Einsatz hat schon begonnen.
        [shift-ended] Dieser Einsatz ist schon vorbei.
        [profile-missing] Füllen Sie zuerst Ihr Freiwilligenprofil aus: Die Organisation braucht Ihr Alter.
        [birth-date-missing] Tragen Sie zuerst Ihr Geburtsdatum im Profil ein: Manche Einsätze haben ein Mindestalter.
        [too-young] Am Tag des Einsatzes sind Sie jünger als das Mindestalter dieses Angebots.
        [guardian-consent-missing] Sie sind unter 18: Tragen Sie zuerst die Einwilligung eines Elternteils oder Vormunds im Profil ein.
        [already-signed-up] Sie sind für diesen Einsatz schon angemeldet.
        [overlap] Zu dieser Zeit haben Sie schon einen bestätigten Einsatz.
        [safeguarding-missing] Dieses Angebot arbeitet mit Kindern: Die Organisation muss zuerst ihre Schutzprüfungen vermerken.
        [agreement-required] Ihre Mitarbeit bei dieser Organisation würde über 30 Tage dauern: Zuerst muss eine schriftliche Vereinbarung angenommen werden.
        [not-withdrawable] Diese Anmeldung kann nicht mehr zurückgezogen werden.
        [not-worked] Stunden können nur für einen geleisteten Einsatz gemeldet werden.
        [already-reported] Diese Stunden sind schon gemeldet; warten Sie auf die Entscheidung der Organisation.
        [hours-pending] Die Stunden dafür warten auf eine Entscheidung.
        [not-counting] Nur bestätigte Stunden können korrigiert werden.
        [too-many-pending] Zu viele Ihrer Meldungen warten auf die Entscheidung dieser Organisation. Versuchen Sie es erneut, wenn sie entschieden hat.
        [organization-not-verified] Diese Organisation ist von der Stadt noch nicht geprüft.
        [not-proposed] Diese Vereinbarung wartet nicht mehr auf Sie.
        [no-approved-hours] Sie haben bei dieser Organisation noch keine bestätigten Stunden.
        [certificate-revoked] Die Bescheinigung genau dieser Arbeit wurde widerrufen. Wenden Sie sich an die Organisation.
        [own-sign-up] Über Ihre eigene Anmeldung muss jemand anderes in der Organisation entscheiden.
       *[other] Das war wegen einer der Regeln von HOP nicht möglich.
    }
vol-column-opportunity = Angebot
vol-column-shift = Einsatz
vol-column-status = Stand
vol-column-action = Aktion
vol-column-organization = Organisation
vol-column-time = Zeit
vol-column-day = Tag
vol-column-factor = Faktor
vol-column-why = Warum
vol-column-points = Punkte
vol-column-certificate = Bescheinigung

## Suche

vol-search-title = Angebote finden
vol-filter-cause = Anliegen
vol-filter-skill = Fähigkeit
vol-filter-language = Sprache
vol-filter-radius = Im Umkreis von
vol-radius-option = { $km } km
vol-filter-from = Ab (Tag)
vol-filter-to = Bis (Tag)
vol-filter-open = Nur mit freien Plätzen
vol-filter-apply = Anzeigen
vol-near-city-hint = Ein Ort oder ein Stadtteil von Toruń, z. B. Toruń, Podgórz, Bydgoszcz oder Göttingen.
vol-near-me = Meinen Standort verwenden
vol-near-me-locating = Ihr Standort wird ermittelt…
vol-near-me-failed = Ihr Standort ist nicht verfügbar. Geben Sie stattdessen einen Ort ein.
vol-near-me-used = Suche in der Nähe Ihres Standorts.
vol-results = Ergebnisse
vol-results-count = { $count ->
        [0] Nichts gefunden. Versuchen Sie weniger Filter oder einen größeren Umkreis.
        [one] 1 Angebot auf dieser Seite.
       *[other] { $count } Angebote auf dieser Seite.
    }
vol-search-error = { $value ->
        [near_city] Diesen Ort kennen wir nicht. Geben Sie einen Ort oder einen Stadtteil von Toruń ein, z. B. Toruń oder Podgórz.
        [skill] Wählen Sie eine Fähigkeit aus der Liste.
        [radius_km] Wählen Sie eine Entfernung aus der Liste.
        [from] Geben Sie einen Tag ein, z. B. 2026-12-05.
        [to] Geben Sie einen Tag nach dem „Ab“-Tag ein, z. B. 2026-12-31.
        [q] Geben Sie mindestens ein Wort ein.
        [cause] Wählen Sie ein Anliegen aus der Liste.
        [language] Wählen Sie eine Sprache aus der Liste.
       *[other] Prüfen Sie dieses Feld.
    }
vol-search-start-again = Diese Suche ließ sich nicht lesen. Beginnen Sie eine neue Suche.

## Ein Angebot

vol-min-age = Ab { $age } Jahren
vol-requires-review = Die Organisation prüft Anmeldungen
vol-works-with-children = Arbeit mit Kindern
vol-where = Wo
vol-map-link = Den Ort auf OpenStreetMap ansehen
vol-what-it-takes = Was es braucht
# $level ist 1 (Grundkenntnisse), 2 (erfahren) oder 3 (Expertin/Experte).
vol-skill-required = { $skill } (erforderlich, Stufe { $level ->
        [1] Grundkenntnisse
        [2] erfahren
       *[3] Expertenniveau
    })
vol-skill-preferred = { $skill } (willkommen, Stufe { $level ->
        [1] Grundkenntnisse
        [2] erfahren
       *[3] Expertenniveau
    })
# $level ist eine GER-Stufe wie B1.
vol-language-needed = { $language } auf Stufe { $level } oder höher
vol-shifts = Einsätze
vol-free-places-of = { $count ->
        [0] Keine freien Plätze
        [one] 1 freier Platz
       *[other] { $count } freie Plätze
    } von { $capacity }
vol-waitlist = { $count ->
        [one] 1 Person auf der Warteliste
       *[other] { $count } Personen auf der Warteliste
    }
vol-sign-up = Anmelden
vol-join-waitlist = Auf die Warteliste
vol-sign-in-to-sign-up = Zum Anmelden einloggen
vol-see-my-shifts = Meine Einsätze ansehen
vol-back-to-search = Zurück zur Suche
vol-signed-up-confirmed = Sie sind angemeldet. Der Einsatz steht in Ihren Einsätzen und im Kalender.
vol-signed-up-pending = Sie sind angemeldet. Die Organisation bestätigt Ihren Platz.
vol-signed-up-waitlisted = Der Einsatz ist voll: Sie stehen auf der Warteliste und rücken nach, sobald ein Platz frei wird.

## Meine Einsätze

vol-my-shifts-title = Meine Einsätze
vol-my-shifts-caption = Ihre Anmeldungen, die neuesten zuerst
vol-no-sign-ups = Sie haben sich noch für keinen Einsatz angemeldet.
vol-shift-cancelled = (abgesagt)
vol-withdraw = Zurückziehen
vol-withdrawn = Ihre Anmeldung ist zurückgezogen.
vol-calendar = Kalender
vol-calendar-hint = Abonnieren Sie Ihre Einsätze in Ihrer Kalender-App. Eine neue Adresse beendet die alte.
vol-calendar-make = Neue Kalenderadresse erstellen
vol-calendar-new = Ihre Kalenderadresse ist bereit. Sie wird nur jetzt gezeigt: Kopieren oder abonnieren Sie sie und geben Sie sie nicht weiter.
vol-calendar-subscribe = In meiner Kalender-App abonnieren
vol-calendar-address = Kalenderadresse

## Profil

vol-profile-title = Mein Freiwilligenprofil
vol-profile-lead = Sagen Sie uns, was Sie können und wann Sie Zeit haben: Wir schlagen passende Angebote vor, und Organisationen sehen nur, was Sie erlauben.
vol-profile-saved = Ihr Profil ist gespeichert.
vol-profile-about = Über Sie
vol-birth-date = Geburtsdatum
vol-birth-date-hint = Zum Beispiel 17 5 2004. Manche Angebote haben ein Mindestalter; Freiwillige sind mindestens 13.
vol-birth-day = Tag
vol-birth-month = Monat
vol-birth-year = Jahr
vol-home-city = Wohnort
vol-home-city-hint = Entfernungen werden von der Mitte des genannten Ortes oder Stadtteils gemessen.
vol-home-country = Land
vol-not-said = Keine Angabe
vol-country-name = { $value ->
        [PL] Polen
        [DE] Deutschland
        [LT] Litauen
        [LV] Lettland
        [UA] Ukraine
        [BY] Belarus
        [CZ] Tschechien
        [SK] Slowakei
        [FR] Frankreich
        [ES] Spanien
        [IT] Italien
        [GB] Vereinigtes Königreich
       *[other] { $value }
    }
vol-max-distance = Wie weit Sie fahren (km)
vol-max-distance-hint = Von 0 bis 1000 km.
vol-profile-skills = Fähigkeiten
vol-skills-hint = Wählen Sie die Stufe der Fähigkeiten, die Sie haben; lassen Sie die anderen auf „keine“.
vol-skill-category = { $value ->
        [care] Betreuung
        [health] Gesundheit
        [education] Bildung
        [languages] Sprachen
        [logistics] Logistik
        [technology] Technik
        [environment] Umwelt
        [culture] Kultur
        [sport] Sport
        [administration] Verwaltung
        [communication] Kommunikation
        [transport] Transport
        [crisis] Krisenhilfe
       *[other] Anderes
    }
vol-level-none = Keine
vol-skill-level = { $value ->
        [1] Grundkenntnisse
        [2] Erfahren
       *[3] Expertenniveau
    }
vol-cefr-level = { $value ->
        [A1] A1 (Anfänger)
        [A2] A2 (Grundlagen)
        [B1] B1 (Mittelstufe)
        [B2] B2 (gute Mittelstufe)
        [C1] C1 (fortgeschritten)
       *[C2] C2 (sehr gut)
    }
vol-profile-languages = Sprachen
vol-languages-legend = Die Sprachen, die Sie sprechen, mit Ihrer Stufe
vol-profile-availability = Wann Sie Zeit haben
vol-availability-hint = Kreuzen Sie die Zeiten der Woche an, zu denen Sie meist Zeit haben (Toruńer Zeit).
vol-availability-caption = Wöchentliche Verfügbarkeit
vol-weekday = Tag
vol-weekday-name = { $value ->
        [mon] Montag
        [tue] Dienstag
        [wed] Mittwoch
        [thu] Donnerstag
        [fri] Freitag
        [sat] Samstag
       *[sun] Sonntag
    }
# Die Beschriftung eines Feldes im Wochenraster: $weekday ist ein Tag,
# $from und $to Uhrzeiten wie 06:00.
vol-slot-label = { $weekday }, { $from }–{ $to }
vol-profile-causes = Anliegen
vol-causes-legend = Anliegen, die Ihnen wichtig sind
vol-profile-sharing = Gefunden werden
vol-discoverable = Organisationen dürfen mich unter den Kandidaten für ihre Angebote finden
vol-discoverable-hint = Sie sehen Ihren Namen, Ihre Fähigkeiten, Sprachen, eine Altersgruppe und eine Entfernungsstufe; nie Ihr Geburtsdatum, Ihre Wohnung oder Ihre E-Mail-Adresse.
vol-guardian-legend = Für Freiwillige unter 18
vol-guardian-hint = Minderjährige brauchen die Einwilligung eines Elternteils oder Vormunds.
vol-guardian-consent = Mein Elternteil oder Vormund willigt ein
vol-guardian-name = Name des Elternteils oder Vormunds
vol-profile-save = Mein Profil speichern
vol-profile-error = { $value ->
        [birth_date] Geben Sie ein echtes Geburtsdatum ein: Tag, Monat und Jahr, z. B. 17 5 2004. Freiwillige sind mindestens 13.
        [home_city] Geben Sie einen Ort mit 1 bis 100 Zeichen ein.
        [home] Der Ort Ihrer Wohnung ließ sich nicht verwenden. Prüfen Sie den Ort.
        [home_country] Wählen Sie ein Land aus der Liste.
        [max_distance_km] Geben Sie eine ganze Zahl von Kilometern zwischen 0 und 1000 ein.
        [skills] Prüfen Sie die Fähigkeiten: jede höchstens einmal, mit einer Stufe aus der Liste.
        [languages] Prüfen Sie die Sprachen: jede höchstens einmal, mit einer Stufe aus der Liste.
        [availability] Prüfen Sie die angekreuzten Zeiten.
        [causes] Wählen Sie Anliegen aus der Liste.
        [guardian_name] Nennen Sie den Elternteil oder Vormund, der einwilligt (2 bis 200 Zeichen); Freiwillige unter 18 brauchen die Einwilligung.
       *[other] Prüfen Sie dieses Feld.
    }

## Für Sie

vol-matches-title = Für Sie
vol-matches-lead = Angebote, die zu Ihrem Profil passen, die besten zuerst, mit den Gründen.
vol-matches-none = Gerade passt nichts zu Ihrem Profil. Mehr freie Zeit, ein größerer Umkreis oder mehr Anliegen können helfen.
vol-matches-missing = { $value ->
        [volunteer-profile-missing] Füllen Sie zuerst Ihr Freiwilligenprofil aus: Dafür werden Vorschläge gesucht.
        [volunteer-birth-date-missing] Tragen Sie Ihr Geburtsdatum im Profil ein: Vorschläge hängen von Ihrem Alter am Tag des Einsatzes ab.
       *[other] Vervollständigen Sie zuerst Ihr Profil.
    }
vol-go-to-profile = Zu meinem Profil
vol-score = Passung: { $score } von 100
vol-reasons = Warum es passt
vol-factor = { $value ->
        [skills] Fähigkeiten
        [languages] Sprachen
        [distance] Entfernung
        [causes] Anliegen
        [availability] Zeit
        [soon] Wie bald
       *[other] { $value }
    }

## Stunden

vol-hours-title = Meine Stunden
vol-hours-approved = Bestätigt
vol-hours-pending = Warten auf Bestätigung
vol-hours-by-organization = Bestätigte Stunden nach Organisation
vol-hours-entries = Gemeldete Stunden
vol-hours-none = Noch keine Stunden.
vol-hours-status = { $value ->
        [pending] Wartet auf Bestätigung
        [approved] Bestätigt
        [rejected] Nicht bestätigt
       *[other] { $value }
    }
vol-hours-report = Stunden melden
vol-hours-nothing-to-report = Sobald Sie einen Einsatz geleistet haben, können Sie hier seine Stunden melden.
vol-hours-for = Wofür die Stunden sind
vol-hours-outside-shift = { $organization }: Arbeit außerhalb eines Einsatzes
vol-hours-day = Tag der Arbeit
vol-hours-day-hint = Nötig für Arbeit außerhalb eines Einsatzes; sonst gilt der Tag des Einsatzes.
vol-hours-amount = Stunden
vol-hours-amount-hint = Zum Beispiel 2,5 für zweieinhalb Stunden.
vol-hours-description = Was Sie getan haben
vol-hours-submit = Stunden melden
vol-hours-reported = Ihre Stunden sind gemeldet. Die Organisation bestätigt sie.
vol-hours-error = { $value ->
        [target] Wählen Sie, wofür die Stunden sind.
        [work_date] Geben Sie den Tag der Arbeit ein, z. B. 2026-11-28, nicht in der Zukunft.
        [minutes] Geben Sie die Stunden ein: mehr als 0 und höchstens die Länge des Einsatzes (höchstens 24).
        [description] Beschreiben Sie die Arbeit in höchstens 1000 Zeichen.
       *[other] Prüfen Sie dieses Feld.
    }

## Vereinbarungen

vol-agreements-title = Meine Vereinbarungen
vol-agreements-lead = Mitarbeit bei einer Organisation über mehr als 30 Tage braucht eine schriftliche Vereinbarung (polnisches Gesetz über das Ehrenamt). Lesen Sie sie und nehmen Sie sie hier an.
vol-agreements-none = Sie haben keine Vereinbarungen.
vol-agreement-status = { $value ->
        [proposed] Wartet auf Ihre Annahme
        [accepted] Angenommen
        [terminated] Beendet
       *[other] { $value }
    }
vol-agreement-scope = Was Sie tun werden
vol-agreement-place = Wo
vol-agreement-period = Wann
vol-agreement-period-value = Vom { $from } bis { $until }, { $hours ->
        [one] 1 Stunde pro Woche
       *[other] { $hours } Stunden pro Woche
    }
vol-agreement-termination = Wie sie beendet werden kann
vol-agreement-insurance = Versicherung
vol-agreement-guardian-hint = Nur für Freiwillige unter 18: der Elternteil oder Vormund, der einwilligt.
vol-agreement-accept = Vereinbarung annehmen
vol-agreement-accepted = Sie haben die Vereinbarung angenommen.
vol-agreement-guardian-invalid = Um für Freiwillige unter 18 anzunehmen, kreuzen Sie die Einwilligung an und nennen Sie den Elternteil oder Vormund (2 bis 200 Zeichen).

## Bescheinigungen

vol-certificates-title = Meine Bescheinigungen
vol-certificates-lead = Eine Bescheinigung weist Ihre bestätigte Arbeit bei einer Organisation nach (polnisches Gesetz über das Ehrenamt), mit einem Code, den jeder prüfen kann.
vol-certificates-none = Sie haben noch keine bestätigten Stunden.
vol-certificates-caption = Organisationen, bei denen Sie bestätigte Stunden haben
vol-certificate-download = Bescheinigung von { $organization } herunterladen (PDF)

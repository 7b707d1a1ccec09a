# Die Seiten der Organisationen: eine Organisation registrieren, ihre Angebote
# und Schichten, Anmeldungen, Kandidaten, Stunden und Mitglieder. „HOP“ bleibt.

org-mine-title = Meine Organisationen
org-mine-memberships = Organisationen, für die ich arbeite
org-mine-none = Sie sind noch Mitglied keiner Organisation. Registrieren Sie Ihre unten oder bitten Sie ihre Inhaberin oder ihren Inhaber, Ihre E-Mail-Adresse einzuladen.
org-mine-invitations = Einladungen, die auf Ihre Antwort warten
org-invitation-accept = { $organization } beitreten
org-invitation-decline = Einladung von { $organization } ablehnen
org-role-label = Ihre Rolle:
org-status-label = Status:
org-register-title = Eine Organisation registrieren
org-register-lead = Sie werden ihre Inhaberin oder ihr Inhaber. Das Freiwilligenzentrum prüft sie, bevor ihre Angebote veröffentlicht werden können.
org-register-submit = Organisation registrieren

org-field-name = Name der Organisation
org-field-kind = Art
org-field-description = Beschreibung
org-field-contact-email = Kontakt-E-Mail
org-field-contact-phone = Kontakttelefon
org-field-website = Website
org-field-address = Adresse
org-field-krs = KRS-Nummer
org-field-krs-hint = Freiwillig: die 10 Ziffern des polnischen Landesgerichtsregisters.
org-field-title = Titel
org-field-cause = Bereich
org-field-min-age = Mindestalter
org-field-min-age-hint = 13 bis 99. Minderjährige brauchen außerdem die Zustimmung ihrer Erziehungsberechtigten.
org-field-rules = Anmeldungen
org-field-requires-review = Wir prüfen jede Anmeldung, bevor sie bestätigt wird
org-field-works-with-children = Arbeit mit Kindern (Schutzprüfungen sind nötig)
org-field-remote = Aus der Ferne: von zu Hause
org-field-place = Ort
org-field-place-hint = Wohin die Freiwilligen kommen, außer bei Arbeit aus der Ferne. Breite und Länge in Grad, zum Beispiel 53.0103 und 18.6057 für die Altstadt von Toruń.
org-field-lat = Breitengrad
org-field-lon = Längengrad
org-field-required-skills = Erforderliche Fähigkeiten
org-field-required-skill-n = Erforderliche Fähigkeit { $n }
org-field-required-level-n = Mindestniveau der erforderlichen Fähigkeit { $n }
org-field-preferred-skills = Willkommene Fähigkeiten
org-field-preferred-skill-n = Willkommene Fähigkeit { $n }
org-field-preferred-level-n = Mindestniveau der willkommenen Fähigkeit { $n }
org-field-languages = Sprachen
org-field-language-n = Sprache { $n }
org-field-language-level-n = Mindestniveau der Sprache { $n }
org-none-chosen = (keine)
org-field-date = Tag
org-field-date-hint = Zum Beispiel 5.12.2026 oder 2026-12-05.
org-field-start = Beginn
org-field-end = Ende
org-field-time-hint = Ortszeit Toruń, zum Beispiel 09:00.
org-field-end-hint = Ortszeit Toruń, zum Beispiel 12:30. Eine Uhrzeit vor dem Beginn bedeutet den nächsten Tag.
org-field-capacity = Plätze

org-field-invalid = { $value ->
        [name] Geben Sie einen Namen mit 2 bis 200 Zeichen ein.
        [description] Die Beschreibung ist zu lang.
        [kind] Wählen Sie eine Art aus der Liste.
        [contact_email] Geben Sie eine E-Mail-Adresse wie ala@example.org ein.
        [contact_phone] Geben Sie eine Telefonnummer ein, zum Beispiel +48 56 611 00 00.
        [website] Geben Sie eine Webadresse ein, die mit https:// beginnt.
        [address] Geben Sie eine Adresse mit höchstens 300 Zeichen ein.
        [krs] Eine KRS-Nummer hat 10 Ziffern.
        [lat] Geben Sie den Breitengrad als Zahl von -90 bis 90 ein.
        [lon] Geben Sie den Längengrad als Zahl von -180 bis 180 ein.
        [location] Geben Sie Breiten- und Längengrad des Ortes an oder markieren Sie die Arbeit als Fernarbeit.
        [title] Geben Sie einen Titel mit 3 bis 200 Zeichen ein.
        [cause] Wählen Sie einen Bereich aus der Liste.
        [min_age] Geben Sie ein Alter von 13 bis 99 ein.
        [required_skills] Wählen Sie jede Fähigkeit nur einmal, mit einem Niveau.
        [preferred_skills] Wählen Sie jede Fähigkeit nur einmal, mit einem Niveau, und nicht unter den erforderlichen.
        [languages] Wählen Sie jede Sprache nur einmal, mit einem Niveau.
        [date] Geben Sie den Tag ein, zum Beispiel 5.12.2026.
        [start] Geben Sie die Anfangszeit ein, zum Beispiel 09:00.
        [end] Geben Sie die Endzeit ein, zum Beispiel 12:30.
        [starts_at] Die Schicht muss in der Zukunft beginnen.
        [ends_at] Die Schicht muss nach ihrem Beginn enden, höchstens 24 Stunden später.
        [capacity] Geben Sie 1 bis 10000 Plätze ein, nicht weniger als bereits bestätigt.
        [hours] Geben Sie die geleisteten Stunden ein: mehr als 0 und höchstens die Länge der Schicht.
        [reason] Geben Sie eine Begründung mit 1 bis 1000 Zeichen ein; die oder der Freiwillige liest sie.
        [email] Geben Sie eine E-Mail-Adresse wie ala@example.org ein.
        [role] Wählen Sie eine Rolle aus der Liste.
        [register_checked_at] Geben Sie den Tag der Registerabfrage ein; er darf nicht in der Zukunft liegen.
        [criminal_record_certificate] Kreuzen Sie dies nur an, wenn Ihnen das Führungszeugnis vorliegt; es ist erforderlich.
        [ids] Wählen Sie mindestens einen Eintrag.
       *[other] Prüfen Sie dieses Feld.
    }
org-fix-fields = Einige Felder brauchen Ihre Aufmerksamkeit; siehe die Hinweise daneben.
org-refused = { $value ->
        [opportunity-status] Das ist im jetzigen Zustand des Angebots nicht möglich.
        [opportunity-closed] Das Angebot ist geschlossen und kann nicht mehr geändert werden.
        [organization-not-verified] Das Freiwilligenzentrum hat die Organisation noch nicht geprüft.
        [shift-cancelled] Die Schicht wurde abgesagt.
        [shift-ended] Die Schicht ist vorbei; Anmeldungen dafür können nicht mehr angenommen werden.
        [shift-not-started] Die Anwesenheit wird erfasst, sobald die Schicht begonnen hat.
        [shift-started] Die Schicht hat schon begonnen.
        [not-pending] Nur eine Anmeldung, die auf Prüfung wartet, kann angenommen werden.
        [not-rejectable] Nur eine wartende, bestätigte oder nachgerückte Anmeldung kann abgelehnt werden.
        [not-confirmed] Die Anwesenheit wird nur für bestätigte Anmeldungen erfasst.
        [own-sign-up] Über Ihre eigene Anmeldung können Sie nicht entscheiden.
        [safeguarding-missing] Dieses Angebot ist Arbeit mit Kindern: Erfassen Sie zuerst die Registerabfrage und das Führungszeugnis.
        [agreement-required] Die Arbeit würde länger als 30 Tage dauern: Zuerst muss eine schriftliche Vereinbarung den Tag der Schicht abdecken.
        [overlap] Die oder der Freiwillige hat zu dieser Zeit schon eine bestätigte Schicht.
        [too-young] Die oder der Freiwillige ist jünger als das Mindestalter des Angebots.
        [guardian-consent-missing] Die oder der Freiwillige ist minderjährig, und es ist keine Zustimmung der Erziehungsberechtigten erfasst.
        [birth-date-missing] Im Profil der oder des Freiwilligen fehlt das Geburtsdatum.
        [profile-missing] Die oder der Freiwillige hat kein Profil.
        [capacity-below-confirmed] Es kann nicht weniger Plätze geben als bereits bestätigte Freiwillige.
        [last-owner] Die letzte Inhaberin oder der letzte Inhaber kann nicht gehen: Machen Sie zuerst ein anderes Mitglied zur Inhaberin oder zum Inhaber.
        [already-member] Diese Person ist bereits Mitglied.
        [already-invited] Eine Einladung an diese Adresse ist bereits offen.
        [invitation-expired] Die Einladung ist abgelaufen. Bitten Sie um eine neue.
        [invitation-closed] Die Einladung wurde bereits beantwortet oder zurückgezogen.
        [already-decided] Über diese Stunden wurde bereits entschieden.
        [own-entry] Über Ihre eigenen Stunden können Sie nicht entscheiden.
        [superseded] Diese Stunden wurden durch eine Korrektur ersetzt.
       *[other] Das ist gerade nicht möglich.
    }
org-publish-unverified = Die Organisation wartet auf die Prüfung durch das Freiwilligenzentrum. Ihre Angebote können veröffentlicht werden, sobald sie geprüft ist.

org-done-registered = Die Organisation ist registriert. Sie wartet auf die Prüfung durch das Freiwilligenzentrum.
org-done-joined = Sie sind jetzt Mitglied der Organisation.
org-done-invitation-declined = Sie haben die Einladung abgelehnt.
org-done-opportunity-created = Das Angebot ist als Entwurf gespeichert. Fügen Sie Schichten hinzu und veröffentlichen Sie es dann.
org-done-saved = Änderungen gespeichert.
org-done-published = Das Angebot ist veröffentlicht: Freiwillige können es finden und sich anmelden.
org-done-closed = Das Angebot ist geschlossen.
org-done-shift-added = Die Schicht ist hinzugefügt.
org-done-shift-changed = Die Zahl der Plätze ist geändert.
org-done-shift-cancelled = Die Schicht ist abgesagt; alle Angemeldeten werden benachrichtigt.
org-done-accepted = Die Anmeldung ist angenommen.
org-done-rejected = Die Anmeldung ist abgelehnt; die oder der Freiwillige erfährt den Grund.
org-done-attendance = Die Anwesenheit ist erfasst.
org-done-safeguarding = Die Schutzprüfungen sind erfasst.
org-done-hours-approved = Die Stunden sind bestätigt.
org-done-hours-rejected = Die Stunden sind abgelehnt; die oder der Freiwillige erfährt den Grund.
org-done-invited = Die Einladung ist verschickt. Die Person wird Mitglied, wenn sie sie annimmt.
org-done-removed = Das Mitglied ist entfernt.

org-role = { $value ->
        [owner] Inhaber/in
       *[coordinator] Koordinator/in
    }
org-status = { $value ->
        [verified] geprüft
        [rejected] abgelehnt
       *[pending] wartet auf Prüfung
    }
org-kind = { $value ->
        [ngo] Nichtregierungsorganisation
        [public] Öffentliche Einrichtung
        [university] Hochschule
        [school] Schule
       *[informal] Informelle Gruppe
    }
org-pending-note = Das Freiwilligenzentrum prüft jede neue Organisation. Sie können schon jetzt Angebote und Schichten vorbereiten; veröffentlicht werden sie nach der Prüfung.
org-rejected-note = Das Freiwilligenzentrum hat die Organisation nicht bestätigt: { $reason }
org-manage-nav = Arbeit mit dieser Seite
org-new-opportunity = Neues Angebot
org-members-link = Mitglieder
org-hours-link = Zu bestätigende Stunden
org-opportunities = Angebote
org-opportunities-none = Noch keine Angebote.
org-opportunities-by-status = { $value ->
        [draft] Entwürfe
        [published] Veröffentlicht
       *[closed] Geschlossen
    }
org-opportunity-status = { $value ->
        [draft] Entwurf
        [published] veröffentlicht
       *[closed] geschlossen
    }

org-opportunity-new-title = Neues Angebot
org-opportunity-edit-title = Angebot ändern
org-opportunity-save = Angebot speichern
org-cause = { $value ->
        [children] Kinder und Jugendliche
        [seniors] Ältere Menschen
        [disability] Menschen mit Behinderungen
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
       *[human_rights] Menschenrechte
    }
org-skill-level = { $value ->
        [1] Grundkenntnisse
        [2] erfahren
       *[3] Fachkraft
    }
org-language-name = { $value ->
        [pl] Polnisch
        [en] Englisch
        [de] Deutsch
        [uk] Ukrainisch
        [ru] Russisch
        [be] Belarussisch
        [lt] Litauisch
        [lv] Lettisch
        [fr] Französisch
        [es] Spanisch
        [it] Italienisch
        [cs] Tschechisch
       *[sk] Slowakisch
    }

org-signups-link = Anmeldungen
org-candidates-link = Kandidaten
org-edit-link = Angebot ändern
org-publish = Veröffentlichen
org-close = Angebot schließen
org-shifts = Schichten
org-shifts-none = Noch keine Schichten. Fügen Sie unten die erste hinzu.
org-shifts-caption = Schichten von { $title }
org-shift-when-heading = Wann
org-shift-when = { $start }, bis { $end }
org-shift-capacity = Plätze
org-shift-confirmed = Bestätigt
org-shift-waitlist = Warteliste
org-shift-actions = Aktionen
org-shift-new-capacity = Plätze
org-shift-save-capacity = Plätze ändern
org-shift-cancel = Schicht absagen
org-shift-cancelled = (abgesagt)
org-shift-new = Schicht hinzufügen
org-shift-new-lead = Tag und Uhrzeiten nach Ortszeit Toruń.
org-shift-add = Schicht hinzufügen

org-signups-title = Anmeldungen: { $title }
org-back-to-opportunity = Zurück zu { $title }
org-back-to-organization = Zurück zu { $organization }
org-signups-none = Noch niemand hat sich angemeldet.
org-signups-more = Ältere Anmeldungen
org-signups-caption = { $count ->
        [one] Eine Anmeldung
       *[other] { $count } Anmeldungen
    }
org-volunteer = Freiwillige/r
org-volunteer-erased = (Konto gelöscht)
org-status-heading = Status
org-application-status = { $value ->
        [pending] wartet auf Prüfung
        [confirmed] bestätigt
        [waitlisted] auf der Warteliste
        [rejected] abgelehnt
        [withdrawn] zurückgezogen
        [attended] anwesend
       *[no_show] nicht erschienen
    }
org-pending-reason = { $value ->
        [review] Sie prüfen jede Anmeldung.
        [safeguarding] Die Schutzprüfungen fehlen.
       *[agreement-required] Eine schriftliche Vereinbarung muss den Tag der Schicht abdecken.
    }
org-safeguarding-note = Dieses Angebot ist Arbeit mit Kindern. Bevor eine Anmeldung bestätigt wird, erfassen Sie, dass Sie das Register für Sexualstraftäter abgefragt haben und Ihnen das Führungszeugnis der oder des Freiwilligen vorliegt.
org-safeguarding-date = Tag der Registerabfrage für { $name }
org-safeguarding-certificate = Uns liegt das Führungszeugnis von { $name } vor
org-safeguarding-submit = Prüfungen von { $name } erfassen
org-accept = { $name } annehmen
org-reject-reason = Grund für die Ablehnung von { $name }
org-reject = { $name } ablehnen
org-attendance-hours = Geleistete Stunden von { $name }
org-attended = { $name } war da
org-no-show = { $name } ist nicht erschienen

org-candidates-title = Kandidaten: { $title }
org-candidates-lead = Freiwillige, die gefunden werden möchten, die passendsten zuerst. Jede Punktzahl wird Faktor für Faktor erklärt.
org-candidates-none = Noch niemand passt zu den offenen Schichten dieses Angebots.
org-candidates-unverified = Kandidaten erscheinen, sobald das Freiwilligenzentrum die Organisation geprüft hat.
org-candidates-more = Weitere Kandidaten
org-candidate-score = { $score } von 100 Punkten
org-candidate-age = Alter { $band }
org-candidate-signed-up = bereits angemeldet
org-candidate-reasons = Warum { $name } passt
org-reason-factor = Faktor
org-reason-points = Punkte
org-reason-detail = Einzelheiten
org-factor = { $value ->
        [skills] Fähigkeiten
        [languages] Sprachen
        [distance] Entfernung
        [causes] Bereiche
        [availability] Verfügbarkeit
       *[soon] Zeitnähe
    }

org-hours-title = Zu bestätigende Stunden: { $organization }
org-hours-none = Keine Stunden warten auf Bestätigung.
org-hours-more = Weitere Stunden
org-hours-caption = { $count ->
        [one] Ein Eintrag wartet auf Bestätigung
       *[other] { $count } Einträge warten auf Bestätigung
    }
org-hours-select = Auswählen
org-hours-select-one = Stunden von { $name } { $day } auswählen
org-hours-work = Tätigkeit
org-hours-amount = Stunden
org-hours-approve = Stunden von { $name } { $day } bestätigen
org-hours-reject-reason = Grund für die Ablehnung der Stunden von { $name } { $day }
org-hours-reject = Stunden von { $name } { $day } ablehnen
org-hours-approve-selected = Ausgewählte Stunden bestätigen

org-members-title = Mitglieder: { $organization }
org-members-caption = Mitglieder und ihre Rollen
org-member-name = Name
org-member-email = E-Mail
org-member-role = Rolle
org-member-remove = { $name } entfernen
org-invitations-open = Noch nicht beantwortete Einladungen
org-invite-title = Ein Mitglied einladen
org-invite-lead = Die Person nimmt die Einladung mit dem Konto dieser E-Mail-Adresse an. Inhaber/innen verwalten auch die Mitglieder.
org-invite-submit = Einladung senden

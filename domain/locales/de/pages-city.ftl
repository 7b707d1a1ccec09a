# Die Seiten des Stadtamts (nur für Mitarbeitende der Stadt): Organisationen
# zur Prüfung und das Dashboard der Statistiken. „HOP“ bleibt unverändert.

city-nav-label = Stadtamt
city-nav-dashboard = Übersicht
city-nav-organizations = Organisationen zur Prüfung

# Ein Datum. $month ist january … december; $day und $year sind Zahlen.
city-date = { $day }. { $month ->
        [january] Januar
        [february] Februar
        [march] März
        [april] April
        [may] Mai
        [june] Juni
        [july] Juli
        [august] August
        [september] September
        [october] Oktober
        [november] November
       *[december] Dezember
    } { $year }
# Ein Monat eines Jahres, als Beschriftung eines Diagramms oder einer Tabelle.
city-month = { $month ->
        [january] Januar
        [february] Februar
        [march] März
        [april] April
        [may] Mai
        [june] Juni
        [july] Juli
        [august] August
        [september] September
        [october] Oktober
        [november] November
       *[december] Dezember
    } { $year }
# Das Zeichen zwischen ganzem Teil und Zehnteln (12,5).
city-decimal-separator = ,
city-percent = { $value } %

# Art der Organisation ($value: ngo, public, university, school, informal).
city-org-kind = { $value ->
        [ngo] Nichtregierungsorganisation
        [public] Öffentliche Einrichtung
        [university] Hochschule
        [school] Schule
       *[informal] Informelle Gruppe
    }
# Stand der Organisation ($value: pending, verified, rejected).
city-org-status = { $value ->
        [pending] Wartet auf Prüfung
        [verified] Geprüft
       *[rejected] Abgelehnt
    }

city-orgs-title = Organisationen zur Prüfung
city-orgs-lead = Prüfen Sie jede Organisation, bevor sie Angebote veröffentlichen darf. Ihre Eigentümer erfahren Ihre Entscheidung; eine abgelehnte Organisation liest Ihre Begründung und kann sich erneut bewerben.
city-orgs-pending = Warten auf Prüfung
city-orgs-none-pending = Keine Organisation wartet auf Prüfung.
city-orgs-next-page = Weitere wartende Organisationen
city-orgs-decided = Zuletzt entschieden
city-orgs-none-decided = Es wurde noch über keine Organisation entschieden.
city-org-kind-label = Art
city-org-registered = Registriert am
city-org-reviewed = Entschieden am
city-org-krs = KRS-Nummer
city-org-email = E-Mail
city-org-phone = Telefon
city-org-website = Website
city-org-address = Adresse
city-org-description = Über die Organisation
city-org-reason = Angegebene Begründung
city-org-not-given = nicht angegeben
city-verify = Bestätigen
city-reject = Ablehnen
city-reject-reason = Grund der Ablehnung
city-reject-reason-hint = Die Mitglieder der Organisation lesen ihn: Schreiben Sie, was sie ändern sollen (bis zu 1000 Zeichen).
city-reject-reason-invalid = Schreiben Sie einen Grund mit 1 bis 1000 Zeichen.
# Jemand hat vorher entschieden ($value: already-verified,
# already-rejected, verified-cannot-be-rejected).
city-review-conflict = { $value ->
        [already-verified] Diese Organisation ist bereits geprüft.
        [already-rejected] Diese Organisation ist bereits abgelehnt.
       *[verified-cannot-be-rejected] Diese Organisation ist geprüft, und eine geprüfte Organisation kann nicht abgelehnt werden.
    }
city-done-verified = Die Organisation ist geprüft. Ihre Eigentümer wurden benachrichtigt; sie kann jetzt Angebote veröffentlichen.
city-done-rejected = Die Organisation ist abgelehnt. Ihre Eigentümer wurden mit Ihrer Begründung benachrichtigt.

city-dashboard-title = Ehrenamt in Zahlen
city-dashboard-lead = Die Statistiken des Ehrenamts über HOP. Damit niemand erkennbar wird, werden Zahlen von weniger als { $min } Personen nicht gezeigt.
# $when ist ein Zeitpunkt, wie er im Satz steht: „am Samstag, 5. Dezember 2026 um 09:00“.
city-as-of = Daten erhoben { $when }.
city-period-legend = Zeitraum
city-period-from = Erster Monat
city-period-to = Letzter Monat
city-period-hint = Als JJJJ-MM, zwischen { $first } und { $last }.
city-period-from-invalid = Geben Sie einen ersten Monat zwischen { $first } und { $last } ein (als JJJJ-MM), nicht nach dem letzten Monat.
city-period-to-invalid = Geben Sie einen letzten Monat zwischen { $first } und { $last } ein (als JJJJ-MM), nicht vor dem ersten Monat.
city-show-legend = Anzeigen
city-csv-legend = CSV-Dateien
city-csv-semicolon = Für eine Tabellenkalkulation mit Dezimalkomma
city-csv-semicolon-hint = Trennt die Spalten mit Semikolons und schreibt 12,5 statt 12.5, wie es Excel auf Deutsch erwartet.
city-period-submit = Anzeigen
city-period = { $from } – { $to }
city-period-of = Zeitraum: { $period }.

city-glance = Auf einen Blick
city-glance-registered = Registrierte Freiwillige
city-glance-active = Im Zeitraum aktive Freiwillige
city-glance-hours = Bestätigte Stunden
city-glance-fill = Besetzte Plätze

city-suppressed = weniger als { $min }
city-total = Gesamt
city-csv-link = „{ $chart }“ als CSV herunterladen
city-chart-name = { $chart }: Balkendiagramm. Dieselben Zahlen stehen in der Tabelle daneben.

city-age-title = Freiwillige nach Altersgruppe
city-age-band-label = Altersgruppe
# Eine Altersgruppe ($value: band- und der Name der Gruppe in den Statistiken:
# band-under-18, band-18-24, band-25-34, band-35-49, band-50-64,
# band-65-plus, band-unknown).
city-age-band = { $value ->
        [band-under-18] unter 18
        [band-18-24] 18–24
        [band-25-34] 25–34
        [band-35-49] 35–49
        [band-50-64] 50–64
        [band-65-plus] 65 und älter
       *[band-unknown] Alter nicht angegeben
    }
city-registered = Registriert
city-active = Im Zeitraum aktiv

city-country-title = Freiwillige nach Wohnsitzland
city-country-label = Land
city-country-none = nicht angegeben
# Ein Land nach seinem ISO-3166-1-Code; andere Codes werden so gezeigt, wie sie sind.
city-country = { $value ->
        [PL] Polen
        [DE] Deutschland
        [LT] Litauen
        [LV] Lettland
        [UA] Ukraine
        [BY] Belarus
        [CZ] Tschechien
        [SK] Slowakei
        [EE] Estland
        [FR] Frankreich
        [ES] Spanien
        [IT] Italien
        [GB] Vereinigtes Königreich
        [IE] Irland
        [NL] Niederlande
        [PT] Portugal
        [TR] Türkei
        [GE] Georgien
        [US] Vereinigte Staaten
       *[other] { $value }
    }

city-hours-title = Bestätigte Stunden nach Monat
city-hours-month = Monat
city-hours = Stunden
city-hours-people = Freiwillige, die sie geleistet haben

city-fill-title = Besetzung der Schichten
city-fill-lead = Plätze in den Schichten, die im Zeitraum beginnen, und wie viele davon bestätigte Freiwillige einnehmen.
city-fill-capacity = Plätze
city-fill-confirmed = Bestätigt
city-fill-rate = Besetzt
city-fill-none = Im Zeitraum beginnt keine Schicht.
city-measure = Kennzahl
city-value = Wert

city-skills-title = Fähigkeiten: Angebot und Bedarf
city-skills-lead = Freiwillige, die eine Fähigkeit haben, gegenüber den offenen Plätzen, die sie brauchen, in Schichten, die im Zeitraum beginnen; der größte Mangel zuerst.
city-skill = Fähigkeit
city-skills-supply = Freiwillige mit der Fähigkeit
city-skills-demand = Offene Plätze, die sie brauchen
city-skills-gap = Mangel
city-skills-none = In diesem Zeitraum hat kein Freiwilliger eine Fähigkeit, und kein offener Platz braucht eine.
city-no-data = Für diesen Zeitraum gibt es nichts zu zeigen.
city-top-rows = Gezeigt: die { $shown } größten von { $all }; die CSV-Datei enthält alle.

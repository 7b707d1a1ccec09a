# Warum Freiwillige und Angebote zueinander passen: die Einzelheiten jedes Grundes.
# Die Sätze lesen sich in beide Richtungen gleich, nennen also Tatsachen.

reason-no-skills-asked = Keine Kenntnisse verlangt
reason-skills = Erfüllte Pflichtkenntnisse: { $required }; vorhandene Wunschkenntnisse: { $held } von { $preferred }; Stufen über dem Minimum: { $above }
reason-no-languages-asked = Keine Sprachkenntnisse verlangt
reason-languages = Erfüllte Sprachanforderungen: { $required }; Stufen über dem Minimum: { $above }
reason-remote = Aus der Ferne: keine Anreise
reason-distance = { $km },{ $tenths } km von zu Hause
reason-distance-under = Unter { $to } km von zu Hause
reason-distance-between = { $from }–{ $to } km von zu Hause
reason-distance-over = { $from } km oder mehr von zu Hause
reason-within-reach = In Reichweite
reason-cause-shared = Unter den Interessengebieten: { $cause }
reason-cause-other = Nicht unter den Interessengebieten: { $cause }
reason-availability = Die Verfügbarkeit deckt { $percent } % der Schicht ab
reason-soon-within-the-hour = Erste Schicht in weniger als einer Stunde
# Dativ nach „in“.
reason-soon-hours = Erste Schicht in { $hours } { $hours ->
        [one] Stunde
       *[other] Stunden
    }
reason-soon-days = Erste Schicht in { $days } { $days ->
        [one] Tag
       *[other] Tagen
    }

cause-children = Kinder
cause-seniors = Senioren
cause-disability = Menschen mit Behinderung
cause-health = Gesundheit
cause-education = Bildung
cause-refugees = Geflüchtete
cause-poverty = Armut
cause-animals = Tiere
cause-environment = Umwelt
cause-culture = Kultur
cause-sport = Sport
cause-community = Nachbarschaft
cause-emergency = Katastrophenhilfe
cause-human-rights = Menschenrechte

# Kāpēc brīvprātīgais un piedāvājums der viens otram: katra iemesla apraksts.

reason-no-skills-asked = Prasmes netiek prasītas
reason-skills = Izpildītās obligātās prasmes: { $required }; vēlamās prasmes: { $held } no { $preferred }; līmeņi virs minimuma: { $above }
reason-no-languages-asked = Valodu zināšanas netiek prasītas
reason-languages = Izpildītās valodu prasības: { $required }; līmeņi virs minimuma: { $above }
reason-remote = Attālināti: nav jābrauc
reason-distance = { $km },{ $tenths } km no mājām
reason-distance-under = Mazāk nekā { $to } km no mājām
reason-distance-between = { $from }–{ $to } km no mājām
reason-distance-over = { $from } km vai vairāk no mājām
reason-within-reach = Sasniedzamā attālumā
reason-cause-shared = Starp interešu jomām: { $cause }
reason-cause-other = Nav starp interešu jomām: { $cause }
reason-availability = Pieejamība aptver { $percent }% no maiņas
reason-soon-within-the-hour = Pirmā maiņa ātrāk nekā pēc stundas
# Pēc „pēc“: vienskaitļa ģenitīvs, daudzskaitļa datīvs.
reason-soon-hours = Pirmā maiņa pēc { $hours } { $hours ->
        [one] stundas
       *[other] stundām
    }
reason-soon-days = Pirmā maiņa pēc { $days } { $days ->
        [one] dienas
       *[other] dienām
    }

cause-children = bērni
cause-seniors = seniori
cause-disability = cilvēki ar invaliditāti
cause-health = veselība
cause-education = izglītība
cause-refugees = bēgļi
cause-poverty = nabadzība
cause-animals = dzīvnieki
cause-environment = vide
cause-culture = kultūra
cause-sport = sports
cause-community = vietējā kopiena
cause-emergency = ārkārtas situācijas
cause-human-rights = cilvēktiesības

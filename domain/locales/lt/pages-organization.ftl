# Organizacijų puslapiai: organizacijos registracija, jos pasiūlymai ir
# pamainos, registracijos, kandidatai, valandos ir nariai. „HOP“ nekeičiamas.

org-mine-title = Mano organizacijos
org-mine-memberships = Organizacijos, kuriose dirbu
org-mine-none = Dar nesate jokios organizacijos narys. Užregistruokite savo organizaciją žemiau arba paprašykite jos savininko pakviesti jūsų el. pašto adresą.
org-mine-invitations = Kvietimai, laukiantys jūsų atsakymo
org-invitation-accept = Prisijungti prie { $organization }
org-invitation-decline = Atmesti { $organization } kvietimą
org-role-label = Jūsų vaidmuo:
org-status-label = Būsena:
org-register-title = Užregistruoti organizaciją
org-register-lead = Tapsite jos savininku. Savanorystės centras turi ją patikrinti, kol jos pasiūlymus bus galima paskelbti.
org-register-submit = Užregistruoti organizaciją

org-field-name = Organizacijos pavadinimas
org-field-kind = Rūšis
org-field-description = Aprašymas
org-field-contact-email = Kontaktinis el. paštas
org-field-contact-phone = Kontaktinis telefonas
org-field-website = Svetainė
org-field-address = Adresas
org-field-krs = KRS numeris
org-field-krs-hint = Neprivaloma: 10 skaitmenų Lenkijos nacionalinio teismų registro numeris.
org-field-title = Pavadinimas
org-field-cause = Sritis
org-field-min-age = Mažiausias amžius
org-field-min-age-hint = Nuo 13 iki 99 metų. Nepilnamečiams dar reikia globėjo sutikimo.
org-field-rules = Registracijos
org-field-requires-review = Kiekvieną registraciją peržiūrime prieš ją patvirtindami
org-field-works-with-children = Darbas su vaikais (reikia saugumo patikrų)
org-field-remote = Nuotoliniu būdu: iš namų
org-field-place = Vieta
org-field-place-hint = Kur ateina savanoriai, nebent darbas nuotolinis. Platuma ir ilguma laipsniais, pavyzdžiui, 53.0103 ir 18.6057 Torunės senamiesčiui.
org-field-lat = Platuma
org-field-lon = Ilguma
org-field-required-skills = Būtini įgūdžiai
org-field-required-skill-n = Būtinas įgūdis { $n }
org-field-required-level-n = Mažiausias būtino įgūdžio { $n } lygis
org-field-preferred-skills = Pageidaujami įgūdžiai
org-field-preferred-skill-n = Pageidaujamas įgūdis { $n }
org-field-preferred-level-n = Mažiausias pageidaujamo įgūdžio { $n } lygis
org-field-languages = Kalbos
org-field-language-n = Kalba { $n }
org-field-language-level-n = Mažiausias kalbos { $n } lygis
org-none-chosen = (nėra)
org-field-date = Diena
org-field-date-hint = Pavyzdžiui, 2026-12-05 arba 5.12.2026.
org-field-start = Pradžia
org-field-end = Pabaiga
org-field-time-hint = Torunės laikas, pavyzdžiui, 09:00.
org-field-end-hint = Torunės laikas, pavyzdžiui, 12:30. Laikas prieš pradžią reiškia kitą dieną.
org-field-capacity = Vietos

org-field-invalid = { $value ->
        [name] Įveskite pavadinimą nuo 2 iki 200 simbolių.
        [description] Aprašymas per ilgas.
        [kind] Pasirinkite rūšį iš sąrašo.
        [contact_email] Įveskite el. pašto adresą, pavyzdžiui, ala@example.org.
        [contact_phone] Įveskite telefono numerį, pavyzdžiui, +48 56 611 00 00.
        [website] Įveskite svetainės adresą, prasidedantį https://.
        [address] Įveskite ne ilgesnį kaip 300 simbolių adresą.
        [krs] KRS numerį sudaro 10 skaitmenų.
        [lat] Įveskite platumą kaip skaičių nuo -90 iki 90.
        [lon] Įveskite ilgumą kaip skaičių nuo -180 iki 180.
        [location] Nurodykite vietos platumą ir ilgumą arba pažymėkite, kad darbas nuotolinis.
        [title] Įveskite pavadinimą nuo 3 iki 200 simbolių.
        [cause] Pasirinkite sritį iš sąrašo.
        [min_age] Įveskite amžių nuo 13 iki 99 metų.
        [required_skills] Kiekvieną įgūdį pasirinkite tik kartą, su lygiu.
        [preferred_skills] Kiekvieną įgūdį pasirinkite tik kartą, su lygiu, ir ne iš būtinųjų.
        [languages] Kiekvieną kalbą pasirinkite tik kartą, su lygiu.
        [date] Įveskite dieną, pavyzdžiui, 2026-12-05.
        [start] Įveskite pradžios laiką, pavyzdžiui, 09:00.
        [end] Įveskite pabaigos laiką, pavyzdžiui, 12:30.
        [starts_at] Pamaina turi prasidėti ateityje.
        [ends_at] Pamaina turi baigtis po pradžios, ne vėliau kaip po 24 valandų.
        [capacity] Įveskite vietų skaičių nuo 1 iki 10000, ne mažesnį nei jau patvirtintų.
        [hours] Įveskite dirbtas valandas: daugiau nei 0 ir ne daugiau nei pamainos trukmė.
        [reason] Įveskite priežastį nuo 1 iki 1000 simbolių; savanoris ją perskaitys.
        [email] Įveskite el. pašto adresą, pavyzdžiui, ala@example.org.
        [role] Pasirinkite vaidmenį iš sąrašo.
        [register_checked_at] Įveskite registro patikros dieną; ji negali būti ateityje.
        [criminal_record_certificate] Pažymėkite tik tada, kai turite pažymą apie neteistumą; ji privaloma.
        [ids] Pažymėkite bent vieną įrašą.
       *[other] Patikrinkite šį lauką.
    }
org-fix-fields = Kai kuriuos laukus reikia pataisyti; žr. pranešimus prie jų.
org-refused = { $value ->
        [opportunity-status] Esant dabartinei pasiūlymo būsenai, to padaryti negalima.
        [opportunity-closed] Pasiūlymas uždarytas ir jo keisti nebegalima.
        [organization-not-verified] Savanorystės centras dar nepatikrino organizacijos.
        [shift-cancelled] Pamaina atšaukta.
        [shift-ended] Pamaina baigėsi; registracijų į ją priimti nebegalima.
        [shift-not-started] Dalyvavimas žymimas prasidėjus pamainai.
        [shift-started] Pamaina jau prasidėjo.
        [not-pending] Priimti galima tik peržiūros laukiančią registraciją.
        [not-rejectable] Atmesti galima tik laukiančią, patvirtintą arba rezervo sąraše esančią registraciją.
        [not-confirmed] Dalyvavimas žymimas tik patvirtintoms registracijoms.
        [own-sign-up] Negalite spręsti dėl savo registracijos.
        [safeguarding-missing] Šis pasiūlymas apima darbą su vaikais: pirmiausia įrašykite registro patikrą ir pažymą apie neteistumą.
        [agreement-required] Savanorio darbas truktų ilgiau nei 30 dienų: pirmiausia pamainos dieną turi apimti rašytinė sutartis.
        [overlap] Savanoris tuo metu jau turi patvirtintą pamainą.
        [too-young] Savanoris jaunesnis nei pasiūlymo mažiausias amžius.
        [guardian-consent-missing] Savanoris nepilnametis, o globėjo sutikimas neįrašytas.
        [birth-date-missing] Savanorio profilyje nėra gimimo datos.
        [profile-missing] Savanoris neturi profilio.
        [capacity-below-confirmed] Vietų negali būti mažiau nei jau patvirtintų savanorių.
        [last-owner] Paskutinis savininkas negali išeiti: pirmiausia savininku paskirkite kitą narį.
        [already-member] Šis asmuo jau yra narys.
        [already-invited] Kvietimas šiuo adresu jau atviras.
        [invitation-expired] Kvietimo galiojimas baigėsi. Paprašykite naujo.
        [invitation-closed] Į kvietimą jau atsakyta arba jis atšauktas.
        [already-decided] Dėl šių valandų jau nuspręsta.
        [own-entry] Negalite spręsti dėl savo valandų.
        [superseded] Šias valandas pakeitė pataisymas.
       *[other] Dabar to padaryti negalima.
    }
org-publish-unverified = Organizacija laukia Savanorystės centro patikros. Jos pasiūlymus bus galima paskelbti, kai ji bus patikrinta.

org-done-registered = Organizacija užregistruota. Ji laukia Savanorystės centro patikros.
org-done-joined = Dabar esate organizacijos narys.
org-done-invitation-declined = Kvietimą atmetėte.
org-done-opportunity-created = Pasiūlymas išsaugotas kaip juodraštis. Pridėkite pamainų ir tada jį paskelbkite.
org-done-saved = Pakeitimai išsaugoti.
org-done-published = Pasiūlymas paskelbtas: savanoriai gali jį rasti ir užsiregistruoti.
org-done-closed = Pasiūlymas uždarytas.
org-done-shift-added = Pamaina pridėta.
org-done-shift-changed = Vietų skaičius pakeistas.
org-done-shift-cancelled = Pamaina atšaukta; visiems užsiregistravusiems pranešta.
org-done-accepted = Registracija priimta.
org-done-rejected = Registracija atmesta; savanoris sužinos priežastį.
org-done-attendance = Dalyvavimas pažymėtas.
org-done-safeguarding = Saugumo patikros įrašytos.
org-done-hours-approved = Valandos patvirtintos.
org-done-hours-rejected = Valandos atmestos; savanoris sužinos priežastį.
org-done-invited = Kvietimas išsiųstas. Asmuo taps nariu, kai jį priims.
org-done-removed = Narys pašalintas.

org-role = { $value ->
        [owner] savininkas
       *[coordinator] koordinatorius
    }
org-status = { $value ->
        [verified] patikrinta
        [rejected] atmesta
       *[pending] laukia patikros
    }
org-kind = { $value ->
        [ngo] Nevyriausybinė organizacija
        [public] Viešoji įstaiga
        [university] Universitetas
        [school] Mokykla
       *[informal] Neformali grupė
    }
org-pending-note = Savanorystės centras tikrina kiekvieną naują organizaciją. Jau dabar galite rengti pasiūlymus ir pamainas; paskelbti juos galėsite po patikros.
org-rejected-note = Savanorystės centras organizacijos nepatvirtino: { $reason }
org-manage-nav = Darbas su šiuo puslapiu
org-new-opportunity = Naujas pasiūlymas
org-members-link = Nariai
org-hours-link = Tvirtintinos valandos
org-opportunities = Pasiūlymai
org-opportunities-none = Pasiūlymų dar nėra.
org-opportunities-by-status = { $value ->
        [draft] Juodraščiai
        [published] Paskelbti
       *[closed] Uždaryti
    }
org-opportunity-status = { $value ->
        [draft] juodraštis
        [published] paskelbtas
       *[closed] uždarytas
    }

org-opportunity-new-title = Naujas pasiūlymas
org-opportunity-edit-title = Keisti pasiūlymą
org-opportunity-save = Išsaugoti pasiūlymą
org-cause = { $value ->
        [children] Vaikai ir jaunimas
        [seniors] Vyresnio amžiaus žmonės
        [disability] Žmonės su negalia
        [health] Sveikata
        [education] Švietimas
        [refugees] Pabėgėliai
        [poverty] Skurdas
        [animals] Gyvūnai
        [environment] Aplinka
        [culture] Kultūra
        [sport] Sportas
        [community] Vietos bendruomenė
        [emergency] Nelaimės
       *[human_rights] Žmogaus teisės
    }
org-skill-level = { $value ->
        [1] pradinis
        [2] patyręs
       *[3] ekspertas
    }
org-language-name = { $value ->
        [pl] lenkų
        [en] anglų
        [de] vokiečių
        [uk] ukrainiečių
        [ru] rusų
        [be] baltarusių
        [lt] lietuvių
        [lv] latvių
        [fr] prancūzų
        [es] ispanų
        [it] italų
        [cs] čekų
       *[sk] slovakų
    }

org-signups-link = Registracijos
org-candidates-link = Kandidatai
org-edit-link = Keisti pasiūlymą
org-publish = Paskelbti
org-close = Uždaryti pasiūlymą
org-shifts = Pamainos
org-shifts-none = Pamainų dar nėra. Pridėkite pirmąją žemiau.
org-shifts-caption = Pamainos: { $title }
org-shift-when-heading = Kada
org-shift-when = { $start }, iki { $end }
org-shift-capacity = Vietos
org-shift-confirmed = Patvirtinti
org-shift-waitlist = Rezervo sąrašas
org-shift-actions = Veiksmai
org-shift-new-capacity = Vietos
org-shift-save-capacity = Keisti vietų skaičių
org-shift-cancel = Atšaukti pamainą
org-shift-cancelled = (atšaukta)
org-shift-new = Pridėti pamainą
org-shift-new-lead = Diena ir laikas pagal Torunės laikrodį.
org-shift-add = Pridėti pamainą

org-signups-title = Registracijos: { $title }
org-back-to-opportunity = Atgal į: { $title }
org-back-to-organization = Atgal į: { $organization }
org-signups-none = Dar niekas neužsiregistravo.
org-signups-more = Senesnės registracijos
org-signups-caption = { $count ->
        [one] { $count } registracija
        [few] { $count } registracijos
        [many] { $count } registracijos
       *[other] { $count } registracijų
    }
org-volunteer = Savanoris
org-volunteer-erased = (paskyra ištrinta)
org-status-heading = Būsena
org-application-status = { $value ->
        [pending] laukia peržiūros
        [confirmed] patvirtinta
        [waitlisted] rezervo sąraše
        [rejected] atmesta
        [withdrawn] atsiimta
        [attended] dalyvavo
       *[no_show] neatvyko
    }
org-pending-reason = { $value ->
        [review] Jūs peržiūrite kiekvieną registraciją.
        [safeguarding] Trūksta saugumo patikrų.
       *[agreement-required] Pamainos dieną turi apimti rašytinė sutartis.
    }
org-safeguarding-note = Šis pasiūlymas apima darbą su vaikais. Prieš patvirtindami registraciją įrašykite, kad patikrinote seksualinių nusikaltėlių registrą ir turite savanorio pažymą apie neteistumą.
org-safeguarding-date = Registro patikros diena: { $name }
org-safeguarding-certificate = Turime pažymą apie neteistumą: { $name }
org-safeguarding-submit = Įrašyti patikras: { $name }
org-accept = Priimti: { $name }
org-reject-reason = Atmetimo priežastis: { $name }
org-reject = Atmesti: { $name }
org-attendance-hours = Dirbtos valandos: { $name }
org-attended = Dalyvavo: { $name }
org-no-show = Neatvyko: { $name }

org-candidates-title = Kandidatai: { $title }
org-candidates-lead = Savanoriai, sutikę būti surasti, geriausiai tinkantys pirmiau. Kiekvienas balas paaiškintas pagal veiksnius.
org-candidates-none = Šio pasiūlymo atviroms pamainoms dar niekas netinka.
org-candidates-unverified = Kandidatai bus rodomi, kai Savanorystės centras patikrins organizaciją.
org-candidates-more = Daugiau kandidatų
org-candidate-score = { $score } balai iš 100
org-candidate-age = amžius { $band }
org-candidate-signed-up = jau užsiregistravęs
org-candidate-reasons = Kodėl tinka: { $name }
org-reason-factor = Veiksnys
org-reason-points = Balai
org-reason-detail = Išsamiau
org-factor = { $value ->
        [skills] Įgūdžiai
        [languages] Kalbos
        [distance] Atstumas
        [causes] Sritys
        [availability] Užimtumas
       *[soon] Artumas laike
    }

org-hours-title = Tvirtintinos valandos: { $organization }
org-hours-none = Jokios valandos nelaukia patvirtinimo.
org-hours-more = Daugiau valandų
org-hours-caption = { $count ->
        [one] { $count } įrašas laukia patvirtinimo
        [few] { $count } įrašai laukia patvirtinimo
        [many] { $count } įrašo laukia patvirtinimo
       *[other] { $count } įrašų laukia patvirtinimo
    }
org-hours-select = Pasirinkti
org-hours-select-one = Pasirinkti valandas: { $name }, { $day }
org-hours-work = Darbas
org-hours-amount = Valandos
org-hours-approve = Patvirtinti valandas: { $name }, { $day }
org-hours-reject-reason = Valandų atmetimo priežastis: { $name }, { $day }
org-hours-reject = Atmesti valandas: { $name }, { $day }
org-hours-approve-selected = Patvirtinti pasirinktas valandas

org-members-title = Nariai: { $organization }
org-members-caption = Nariai ir jų vaidmenys
org-member-name = Vardas
org-member-email = El. paštas
org-member-role = Vaidmuo
org-member-remove = Pašalinti: { $name }
org-invitations-open = Neatsakyti kvietimai
org-invite-title = Pakviesti narį
org-invite-lead = Asmuo priima kvietimą iš paskyros su šiuo el. pašto adresu. Savininkai taip pat tvarko narius.
org-invite-submit = Siųsti kvietimą

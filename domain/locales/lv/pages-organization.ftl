# Organizāciju lapas: organizācijas reģistrācija, tās piedāvājumi un maiņas,
# pieteikumi, kandidāti, stundas un biedri. “HOP” paliek nemainīts.

org-mine-title = Manas organizācijas
org-mine-memberships = Organizācijas, kurās strādāju
org-mine-none = Jūs vēl neesat nevienas organizācijas biedrs. Reģistrējiet savu organizāciju zemāk vai lūdziet tās īpašniekam uzaicināt jūsu e-pasta adresi.
org-mine-invitations = Uzaicinājumi, kas gaida jūsu atbildi
org-invitation-accept = Pievienoties: { $organization }
org-invitation-decline = Noraidīt uzaicinājumu no: { $organization }
org-role-label = Jūsu loma:
org-status-label = Statuss:
org-register-title = Reģistrēt organizāciju
org-register-lead = Jūs kļūsiet par tās īpašnieku. Brīvprātīgo centram tā jāpārbauda, pirms tās piedāvājumus var publicēt.
org-register-submit = Reģistrēt organizāciju

org-field-name = Organizācijas nosaukums
org-field-kind = Veids
org-field-description = Apraksts
org-field-contact-email = Kontakta e-pasts
org-field-contact-phone = Kontakta tālrunis
org-field-website = Tīmekļa vietne
org-field-address = Adrese
org-field-krs = KRS numurs
org-field-krs-hint = Nav obligāti: Polijas Valsts tiesu reģistra numura 10 cipari.
org-field-title = Nosaukums
org-field-cause = Joma
org-field-min-age = Minimālais vecums
org-field-min-age-hint = No 13 līdz 99 gadiem. Nepilngadīgajiem vajadzīga arī aizbildņa piekrišana.
org-field-rules = Pieteikumi
org-field-requires-review = Mēs pārskatām katru pieteikumu, pirms to apstiprinām
org-field-works-with-children = Darbs ar bērniem (vajadzīgas drošības pārbaudes)
org-field-remote = Attālināti: no mājām
org-field-place = Vieta
org-field-place-hint = Kur ierodas brīvprātīgie, ja vien darbs nav attālināts. Platums un garums grādos, piemēram, 53.0103 un 18.6057 Toruņas vecpilsētai.
org-field-lat = Platums
org-field-lon = Garums
org-field-required-skills = Vajadzīgās prasmes
org-field-required-skill-n = Vajadzīgā prasme { $n }
org-field-required-level-n = Vajadzīgās prasmes { $n } minimālais līmenis
org-field-preferred-skills = Vēlamās prasmes
org-field-preferred-skill-n = Vēlamā prasme { $n }
org-field-preferred-level-n = Vēlamās prasmes { $n } minimālais līmenis
org-field-languages = Valodas
org-field-language-n = Valoda { $n }
org-field-language-level-n = Valodas { $n } minimālais līmenis
org-none-chosen = (nav)
org-field-date = Diena
org-field-date-hint = Piemēram, 5.12.2026 vai 2026-12-05.
org-field-start = Sākums
org-field-end = Beigas
org-field-time-hint = Toruņas laiks, piemēram, 09:00.
org-field-end-hint = Toruņas laiks, piemēram, 12:30. Laiks pirms sākuma nozīmē nākamo dienu.
org-field-capacity = Vietas

org-field-invalid = { $value ->
        [name] Ievadiet nosaukumu no 2 līdz 200 rakstzīmēm.
        [description] Apraksts ir pārāk garš.
        [kind] Izvēlieties veidu no saraksta.
        [contact_email] Ievadiet e-pasta adresi, piemēram, ala@example.org.
        [contact_phone] Ievadiet tālruņa numuru, piemēram, +48 56 611 00 00.
        [website] Ievadiet tīmekļa adresi, kas sākas ar https://.
        [address] Ievadiet adresi ne garāku par 300 rakstzīmēm.
        [krs] KRS numurā ir 10 cipari.
        [lat] Ievadiet platumu kā skaitli no -90 līdz 90.
        [lon] Ievadiet garumu kā skaitli no -180 līdz 180.
        [location] Norādiet vietas platumu un garumu vai atzīmējiet, ka darbs ir attālināts.
        [title] Ievadiet nosaukumu no 3 līdz 200 rakstzīmēm.
        [cause] Izvēlieties jomu no saraksta.
        [min_age] Ievadiet vecumu no 13 līdz 99 gadiem.
        [required_skills] Katru prasmi izvēlieties tikai vienreiz, ar līmeni.
        [preferred_skills] Katru prasmi izvēlieties tikai vienreiz, ar līmeni, un ne no vajadzīgajām.
        [languages] Katru valodu izvēlieties tikai vienreiz, ar līmeni.
        [date] Ievadiet dienu, piemēram, 5.12.2026.
        [start] Ievadiet sākuma laiku, piemēram, 09:00.
        [end] Ievadiet beigu laiku, piemēram, 12:30.
        [starts_at] Maiņai jāsākas nākotnē.
        [ends_at] Maiņai jābeidzas pēc sākuma, ne vēlāk kā pēc 24 stundām.
        [capacity] Ievadiet vietu skaitu no 1 līdz 10000, ne mazāku par jau apstiprinātajiem.
        [hours] Ievadiet nostrādātās stundas: vairāk par 0 un ne vairāk par maiņas ilgumu.
        [reason] Ievadiet iemeslu no 1 līdz 1000 rakstzīmēm; brīvprātīgais to izlasīs.
        [email] Ievadiet e-pasta adresi, piemēram, ala@example.org.
        [role] Izvēlieties lomu no saraksta.
        [register_checked_at] Ievadiet reģistra pārbaudes dienu; tā nevar būt nākotnē.
        [criminal_record_certificate] Atzīmējiet to tikai tad, ja jums ir izziņa par sodāmību; tā ir obligāta.
        [ids] Atzīmējiet vismaz vienu ierakstu.
       *[other] Pārbaudiet šo lauku.
    }
org-fix-fields = Dažiem laukiem vajadzīga jūsu uzmanība; skatiet paziņojumus pie tiem.
org-refused = { $value ->
        [opportunity-status] Pašreizējā piedāvājuma stāvoklī to nevar izdarīt.
        [opportunity-closed] Piedāvājums ir slēgts, un to vairs nevar mainīt.
        [organization-not-verified] Brīvprātīgo centrs vēl nav pārbaudījis organizāciju.
        [shift-cancelled] Maiņa ir atcelta.
        [shift-ended] Maiņa ir beigusies; pieteikumus uz to vairs nevar pieņemt.
        [shift-not-started] Klātbūtni atzīmē, kad maiņa ir sākusies.
        [shift-started] Maiņa jau ir sākusies.
        [not-pending] Pieņemt var tikai pieteikumu, kas gaida pārskatīšanu.
        [not-rejectable] Noraidīt var tikai gaidošu, apstiprinātu vai rezerves sarakstā esošu pieteikumu.
        [not-confirmed] Klātbūtni atzīmē tikai apstiprinātiem pieteikumiem.
        [own-sign-up] Jūs nevarat lemt par savu pieteikumu.
        [safeguarding-missing] Šis piedāvājums ietver darbu ar bērniem: vispirms ierakstiet reģistra pārbaudi un izziņu par sodāmību.
        [agreement-required] Brīvprātīgā darbs ilgtu vairāk nekā 30 dienas: vispirms maiņas dienai jābūt ietvertai rakstiskā līgumā.
        [overlap] Brīvprātīgajam tajā laikā jau ir apstiprināta maiņa.
        [too-young] Brīvprātīgais ir jaunāks par piedāvājuma minimālo vecumu.
        [guardian-consent-missing] Brīvprātīgais ir nepilngadīgs, un aizbildņa piekrišana nav ierakstīta.
        [birth-date-missing] Brīvprātīgā profilā nav dzimšanas datuma.
        [profile-missing] Brīvprātīgajam nav profila.
        [capacity-below-confirmed] Vietu nevar būt mazāk nekā jau apstiprināto brīvprātīgo.
        [last-owner] Pēdējais īpašnieks nevar aiziet: vispirms padariet par īpašnieku citu biedru.
        [already-member] Šī persona jau ir biedrs.
        [already-invited] Uzaicinājums uz šo adresi jau ir atvērts.
        [invitation-expired] Uzaicinājuma termiņš ir beidzies. Palūdziet jaunu.
        [invitation-closed] Uz uzaicinājumu jau atbildēts, vai tas ir atsaukts.
        [already-decided] Par šīm stundām jau ir lemts.
        [own-entry] Jūs nevarat lemt par savām stundām.
        [superseded] Šīs stundas aizstāja labojums.
       *[other] Pašlaik to nevar izdarīt.
    }
org-publish-unverified = Organizācija gaida Brīvprātīgo centra pārbaudi. Tās piedāvājumus varēs publicēt, kad tā būs pārbaudīta.

org-done-registered = Organizācija ir reģistrēta. Tā gaida Brīvprātīgo centra pārbaudi.
org-done-joined = Tagad esat organizācijas biedrs.
org-done-invitation-declined = Jūs noraidījāt uzaicinājumu.
org-done-opportunity-created = Piedāvājums saglabāts kā melnraksts. Pievienojiet maiņas un tad to publicējiet.
org-done-saved = Izmaiņas saglabātas.
org-done-published = Piedāvājums ir publicēts: brīvprātīgie to var atrast un pieteikties.
org-done-closed = Piedāvājums ir slēgts.
org-done-shift-added = Maiņa ir pievienota.
org-done-shift-changed = Vietu skaits ir mainīts.
org-done-shift-cancelled = Maiņa ir atcelta; visi pieteikušies saņems ziņu.
org-done-accepted = Pieteikums ir pieņemts.
org-done-rejected = Pieteikums ir noraidīts; brīvprātīgais uzzinās iemeslu.
org-done-attendance = Klātbūtne ir atzīmēta.
org-done-safeguarding = Drošības pārbaudes ir ierakstītas.
org-done-hours-approved = Stundas ir apstiprinātas.
org-done-hours-rejected = Stundas ir noraidītas; brīvprātīgais uzzinās iemeslu.
org-done-invited = Uzaicinājums ir nosūtīts. Persona kļūs par biedru, kad to pieņems.
org-done-removed = Biedrs ir noņemts.

org-role = { $value ->
        [owner] īpašnieks
       *[coordinator] koordinators
    }
org-status = { $value ->
        [verified] pārbaudīta
        [rejected] noraidīta
       *[pending] gaida pārbaudi
    }
org-kind = { $value ->
        [ngo] Nevalstiska organizācija
        [public] Valsts iestāde
        [university] Universitāte
        [school] Skola
       *[informal] Neformāla grupa
    }
org-pending-note = Brīvprātīgo centrs pārbauda katru jaunu organizāciju. Jūs jau tagad varat sagatavot piedāvājumus un maiņas; publicēt tos varēs pēc pārbaudes.
org-rejected-note = Brīvprātīgo centrs neapstiprināja organizāciju: { $reason }
org-manage-nav = Darbs ar šo lapu
org-new-opportunity = Jauns piedāvājums
org-members-link = Biedri
org-hours-link = Apstiprināmās stundas
org-opportunities = Piedāvājumi
org-opportunities-none = Piedāvājumu vēl nav.
org-opportunities-by-status = { $value ->
        [draft] Melnraksti
        [published] Publicēti
       *[closed] Slēgti
    }
org-opportunity-status = { $value ->
        [draft] melnraksts
        [published] publicēts
       *[closed] slēgts
    }

org-opportunity-new-title = Jauns piedāvājums
org-opportunity-edit-title = Mainīt piedāvājumu
org-opportunity-save = Saglabāt piedāvājumu
org-cause = { $value ->
        [children] Bērni un jaunieši
        [seniors] Seniori
        [disability] Cilvēki ar invaliditāti
        [health] Veselība
        [education] Izglītība
        [refugees] Bēgļi
        [poverty] Nabadzība
        [animals] Dzīvnieki
        [environment] Vide
        [culture] Kultūra
        [sport] Sports
        [community] Vietējā kopiena
        [emergency] Ārkārtas situācijas
       *[human_rights] Cilvēktiesības
    }
org-skill-level = { $value ->
        [1] pamata
        [2] pieredzējis
       *[3] eksperts
    }
org-language-name = { $value ->
        [pl] poļu
        [en] angļu
        [de] vācu
        [uk] ukraiņu
        [ru] krievu
        [be] baltkrievu
        [lt] lietuviešu
        [lv] latviešu
        [fr] franču
        [es] spāņu
        [it] itāļu
        [cs] čehu
       *[sk] slovāku
    }

org-signups-link = Pieteikumi
org-candidates-link = Kandidāti
org-edit-link = Mainīt piedāvājumu
org-publish = Publicēt
org-close = Slēgt piedāvājumu
org-shifts = Maiņas
org-shifts-none = Maiņu vēl nav. Pievienojiet pirmo zemāk.
org-shifts-caption = Maiņas: { $title }
org-shift-when-heading = Kad
org-shift-when = { $start }, līdz { $end }
org-shift-capacity = Vietas
org-shift-confirmed = Apstiprināti
org-shift-waitlist = Rezerves saraksts
org-shift-actions = Darbības
org-shift-new-capacity = Vietas
org-shift-save-capacity = Mainīt vietu skaitu
org-shift-cancel = Atcelt maiņu
org-shift-cancelled = (atcelta)
org-shift-new = Pievienot maiņu
org-shift-new-lead = Diena un laiks pēc Toruņas pulksteņa.
org-shift-add = Pievienot maiņu

org-signups-title = Pieteikumi: { $title }
org-back-to-opportunity = Atpakaļ uz: { $title }
org-back-to-organization = Atpakaļ uz: { $organization }
org-signups-none = Vēl neviens nav pieteicies.
org-signups-more = Vecāki pieteikumi
org-signups-caption = { $count ->
        [zero] { $count } pieteikumu
        [one] { $count } pieteikums
       *[other] { $count } pieteikumi
    }
org-volunteer = Brīvprātīgais
org-volunteer-erased = (konts dzēsts)
org-status-heading = Statuss
org-application-status = { $value ->
        [pending] gaida pārskatīšanu
        [confirmed] apstiprināts
        [waitlisted] rezerves sarakstā
        [rejected] noraidīts
        [withdrawn] atsaukts
        [attended] piedalījās
       *[no_show] neieradās
    }
org-pending-reason = { $value ->
        [review] Jūs pārskatāt katru pieteikumu.
        [safeguarding] Trūkst drošības pārbaužu.
       *[agreement-required] Maiņas dienai jābūt ietvertai rakstiskā līgumā.
    }
org-safeguarding-note = Šis piedāvājums ietver darbu ar bērniem. Pirms pieteikuma apstiprināšanas ierakstiet, ka pārbaudījāt dzimumnoziedznieku reģistru un jums ir brīvprātīgā izziņa par sodāmību.
org-safeguarding-date = Reģistra pārbaudes diena: { $name }
org-safeguarding-certificate = Mums ir izziņa par sodāmību: { $name }
org-safeguarding-submit = Ierakstīt pārbaudes: { $name }
org-accept = Pieņemt: { $name }
org-reject-reason = Noraidīšanas iemesls: { $name }
org-reject = Noraidīt: { $name }
org-attendance-hours = Nostrādātās stundas: { $name }
org-attended = Piedalījās: { $name }
org-no-show = Neieradās: { $name }

org-candidates-title = Kandidāti: { $title }
org-candidates-lead = Brīvprātīgie, kas piekrituši, ka viņus var atrast, vispiemērotākie vispirms. Katrs vērtējums paskaidrots pa faktoriem.
org-candidates-none = Šī piedāvājuma atvērtajām maiņām vēl neviens neatbilst.
org-candidates-unverified = Kandidāti būs redzami, kad Brīvprātīgo centrs būs pārbaudījis organizāciju.
org-candidates-more = Vairāk kandidātu
org-candidate-score = { $score } punkti no 100
org-candidate-age = vecums { $band }
org-candidate-signed-up = jau pieteicies
org-candidate-reasons = Kāpēc atbilst: { $name }
org-reason-factor = Faktors
org-reason-points = Punkti
org-reason-detail = Sīkāk
org-factor = { $value ->
        [skills] Prasmes
        [languages] Valodas
        [distance] Attālums
        [causes] Jomas
        [availability] Pieejamība
       *[soon] Tuvums laikā
    }

org-hours-title = Apstiprināmās stundas: { $organization }
org-hours-none = Nevienas stundas negaida apstiprinājumu.
org-hours-more = Vairāk stundu
org-hours-caption = { $count ->
        [zero] { $count } ierakstu gaida apstiprinājumu
        [one] { $count } ieraksts gaida apstiprinājumu
       *[other] { $count } ieraksti gaida apstiprinājumu
    }
org-hours-select = Atlasīt
org-hours-select-one = Atlasīt stundas: { $name }, { $day }
org-hours-work = Darbs
org-hours-amount = Stundas
org-hours-approve = Apstiprināt stundas: { $name }, { $day }
org-hours-reject-reason = Stundu noraidīšanas iemesls: { $name }, { $day }
org-hours-reject = Noraidīt stundas: { $name }, { $day }
org-hours-approve-selected = Apstiprināt atlasītās stundas

org-members-title = Biedri: { $organization }
org-members-caption = Biedri un viņu lomas
org-member-name = Vārds
org-member-email = E-pasts
org-member-role = Loma
org-member-remove = Noņemt: { $name }
org-invitations-open = Neatbildēti uzaicinājumi
org-invite-title = Uzaicināt biedru
org-invite-lead = Persona pieņem uzaicinājumu no konta ar šo e-pasta adresi. Īpašnieki pārvalda arī biedrus.
org-invite-submit = Nosūtīt uzaicinājumu

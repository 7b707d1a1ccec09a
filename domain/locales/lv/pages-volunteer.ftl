# Brīvprātīgā lapas: meklēšana, piedāvājums, pieteikšanās, profils,
# ieteikumi, stundas, līgumi un izziņas.

## Kopīgie

# $start ir maiņas sākums, kā tas stāv teikumā („sestdien, 2026. gada
# 5. decembrī, plkst. 9.00”); $hour un $minute – tās beigas Toruņas laikā.
vol-shift-time = Maiņa { $start }, līdz { $hour }.{ NUMBER($minute, minimumIntegerDigits: 2) }
vol-any = Jebkurš
vol-next-page = Nākamā lapa
vol-pages = Vairāk rezultātu
vol-fix-fields = Dažus laukus jālabo: skatiet paziņojumus blakus tiem.
vol-remote = Attālināti: nav jābrauc
# Attālums kilometros ar vienu ciparu aiz komata: $km – veseli kilometri, $tenths – desmitdaļas.
vol-distance = { $km },{ $tenths } km attālumā
vol-free-places = { $count ->
        [0] Brīvu vietu nav
        [zero] { $count } brīvu vietu
        [one] { $count } brīva vieta
       *[other] { $count } brīvas vietas
    }
vol-no-upcoming-shift = Gaidāmu maiņu vēl nav.
vol-cause = { $value ->
        [children] Bērni
        [seniors] Vecāka gadagājuma cilvēki
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
        [human_rights] Cilvēktiesības
       *[other] Cits
    }
vol-language-name = { $value ->
        [pl] poļu
        [en] angļu
        [de] vācu
        [lt] lietuviešu
        [lv] latviešu
        [uk] ukraiņu
        [ru] krievu
        [be] baltkrievu
        [fr] franču
        [es] spāņu
        [it] itāļu
       *[other] { $value }
    }
# Pieteikuma statuss.
vol-status = { $value ->
        [pending] Gaida organizācijas lēmumu
        [confirmed] Apstiprināts
        [waitlisted] Gaidītāju sarakstā
        [rejected] Nav pieņemts
        [withdrawn] Atsaukts
        [attended] Piedalījās
        [no_show] Atzīmēta neierašanās
       *[other] { $value }
    }
# Kāpēc noteikums neļāva to, kas lūgts; $value ir noteikuma nosaukums.
vol-refusal = { $value ->
        [not-published] Šis piedāvājums vairs nepieņem pieteikumus.
        [shift-cancelled] Šī maiņa ir atcelta.
        [shift-started] Šī maiņa jau ir sākusies.
        [shift-ended] Šī maiņa jau ir beigusies.
        [profile-missing] Vispirms aizpildiet brīvprātīgā profilu: organizācijai jāzina jūsu vecums.
        [birth-date-missing] Vispirms profilā norādiet dzimšanas datumu: dažām maiņām ir vecuma ierobežojums.
        [too-young] Maiņas dienā jūs būsiet jaunāks par šī piedāvājuma minimālo vecumu.
        [guardian-consent-missing] Jums nav 18 gadu: vispirms profilā ierakstiet vecāku vai aizbildņa piekrišanu.
        [already-signed-up] Jūs jau esat pieteicies šai maiņai.
        [overlap] Šajā laikā jums jau ir cita apstiprināta maiņa.
        [safeguarding-missing] Šis piedāvājums ietver darbu ar bērniem: organizācijai vispirms jāieraksta drošības pārbaudes.
        [agreement-required] Jūsu darbs ar šo organizāciju ilgtu vairāk nekā 30 dienas: vispirms jāpieņem rakstisks līgums.
        [not-withdrawable] Šo pieteikumu vairs nevar atsaukt.
        [not-worked] Stundas var ziņot tikai par nostrādātu maiņu.
        [already-reported] Šīs stundas jau ir paziņotas; gaidiet organizācijas lēmumu.
        [hours-pending] Šīs stundas gaida lēmumu.
        [not-counting] Labot var tikai apstiprinātas stundas.
        [too-many-pending] Pārāk daudz jūsu ziņojumu gaida šīs organizācijas lēmumu. Mēģiniet vēlreiz, kad tā būs izlēmusi.
        [organization-not-verified] Pilsēta šo organizāciju vēl nav pārbaudījusi.
        [not-proposed] Šis līgums jūs vairs negaida.
        [no-approved-hours] Jums šajā organizācijā vēl nav apstiprinātu stundu.
        [certificate-revoked] Tieši šī darba izziņa ir atsaukta. Sazinieties ar organizāciju.
        [own-sign-up] Par jūsu paša pieteikumu jālemj kādam citam no organizācijas.
       *[other] To neizdevās izdarīt kāda HOP noteikuma dēļ.
    }
vol-column-opportunity = Piedāvājums
vol-column-shift = Maiņa
vol-column-status = Statuss
vol-column-action = Darbība
vol-column-organization = Organizācija
vol-column-time = Laiks
vol-column-day = Diena
vol-column-factor = Faktors
vol-column-why = Kāpēc
vol-column-points = Punkti
vol-column-certificate = Izziņa

## Meklēšana

vol-search-title = Atrodiet brīvprātīgo darbu
vol-filter-cause = Joma
vol-filter-skill = Prasme
vol-filter-language = Valoda
vol-filter-radius = Rādiusā
vol-radius-option = { $km } km
vol-filter-from = No (dienas)
vol-filter-to = Līdz (dienai)
vol-filter-open = Tikai ar brīvām vietām
vol-filter-apply = Rādīt
vol-near-city-hint = Pilsēta vai Toruņas rajons, piemēram, Toruń, Podgórz, Bydgoszcz vai Daugavpils.
vol-near-me = Izmantot manu atrašanās vietu
vol-near-me-locating = Nosaka jūsu atrašanās vietu…
vol-near-me-failed = Jūsu atrašanās vieta nav pieejama. Ierakstiet pilsētu.
vol-near-me-used = Meklē jūsu atrašanās vietas tuvumā.
vol-results = Rezultāti
vol-results-count = { $count ->
        [0] Nekas netika atrasts. Mēģiniet ar mazāk filtriem vai lielāku attālumu.
        [zero] { $count } piedāvājumu šajā lapā.
        [one] { $count } piedāvājums šajā lapā.
       *[other] { $count } piedāvājumi šajā lapā.
    }
vol-search-error = { $value ->
        [near_city] Šo vietu mēs nezinām. Ierakstiet pilsētu vai Toruņas rajonu, piemēram, Toruń vai Podgórz.
        [skill] Izvēlieties prasmi no saraksta.
        [radius_km] Izvēlieties attālumu no saraksta.
        [from] Ierakstiet dienu, piemēram, 2026-12-05.
        [to] Ierakstiet dienu pēc “no” dienas, piemēram, 2026-12-31.
        [q] Ierakstiet vismaz vienu vārdu.
        [cause] Izvēlieties jomu no saraksta.
        [language] Izvēlieties valodu no saraksta.
       *[other] Pārbaudiet šo lauku.
    }
vol-search-start-again = Šo meklēšanu neizdevās nolasīt. Sāciet jaunu meklēšanu.

## Piedāvājums

vol-min-age = No { $age } gadu vecuma
vol-requires-review = Organizācija izskata pieteikumus
vol-works-with-children = Darbs ar bērniem
vol-where = Kur
vol-map-link = Skatīt vietu OpenStreetMap kartē
vol-what-it-takes = Kas nepieciešams
# $level ir 1 (pamata), 2 (pieredzējis) vai 3 (eksperts).
vol-skill-required = { $skill } (obligāti, līmenis: { $level ->
        [1] pamata
        [2] pieredzējis
       *[3] eksperts
    })
vol-skill-preferred = { $skill } (vēlams, līmenis: { $level ->
        [1] pamata
        [2] pieredzējis
       *[3] eksperts
    })
# $level ir EKP līmenis, piemēram, B1.
vol-language-needed = { $language } valoda vismaz { $level } līmenī
vol-shifts = Maiņas
vol-free-places-of = Brīvas vietas: { $count } no { $capacity }
vol-waitlist = Gaidītāju sarakstā: { $count }
vol-sign-up = Pieteikties
vol-join-waitlist = Pieteikties gaidītāju sarakstā
vol-sign-in-to-sign-up = Piesakieties, lai pieteiktos maiņai
vol-see-my-shifts = Skatīt manas maiņas
vol-back-to-search = Atpakaļ uz meklēšanu
vol-signed-up-confirmed = Jūs esat pieteicies. Maiņa ir jūsu maiņu sarakstā un kalendārā.
vol-signed-up-pending = Jūs esat pieteicies. Organizācija apstiprinās jūsu vietu.
vol-signed-up-waitlisted = Maiņa ir pilna: jūs esat gaidītāju sarakstā un pavirzīsieties uz priekšu, kad atbrīvosies vieta.

## Manas maiņas

vol-my-shifts-title = Manas maiņas
vol-my-shifts-caption = Jūsu pieteikumi, jaunākie vispirms
vol-no-sign-ups = Jūs vēl neesat pieteicies nevienai maiņai.
vol-shift-cancelled = (atcelta)
vol-withdraw = Atsaukt pieteikumu
vol-withdrawn = Jūsu pieteikums ir atsaukts.
vol-calendar = Kalendārs
vol-calendar-hint = Abonējiet savas maiņas kalendāra lietotnē. Jauna adrese izbeidz veco.
vol-calendar-make = Izveidot jaunu kalendāra adresi
vol-calendar-new = Jūsu kalendāra adrese ir gatava. Tā tiek rādīta tikai tagad: nokopējiet vai abonējiet to un nevienam nedodiet.
vol-calendar-subscribe = Abonēt manā kalendāra lietotnē
vol-calendar-address = Kalendāra adrese

## Profils

vol-profile-title = Mans brīvprātīgā profils
vol-profile-lead = Pastāstiet, ko protat un kad jums ir laiks: mēs ieteiksim piemērotus piedāvājumus, un organizācijas redzēs tikai to, ko atļausiet.
vol-profile-saved = Jūsu profils ir saglabāts.
vol-profile-about = Par jums
vol-birth-date = Dzimšanas datums
vol-birth-date-hint = Piemēram, 17 5 2004. Dažiem piedāvājumiem ir vecuma ierobežojums; brīvprātīgajiem ir vismaz 13 gadu.
vol-birth-day = Diena
vol-birth-month = Mēnesis
vol-birth-year = Gads
vol-home-city = Dzīvesvieta
vol-home-city-hint = Attālumus mēra no norādītās pilsētas vai rajona centra.
vol-home-country = Valsts
vol-not-said = Nav norādīts
vol-country-name = { $value ->
        [PL] Polija
        [DE] Vācija
        [LT] Lietuva
        [LV] Latvija
        [UA] Ukraina
        [BY] Baltkrievija
        [CZ] Čehija
        [SK] Slovākija
        [FR] Francija
        [ES] Spānija
        [IT] Itālija
        [GB] Apvienotā Karaliste
       *[other] { $value }
    }
vol-max-distance = Cik tālu jūs braucat (km)
vol-max-distance-hint = No 0 līdz 1000 km.
vol-profile-skills = Prasmes
vol-skills-hint = Izvēlieties savu prasmju līmeni; pārējās atstājiet “nav”.
vol-skill-category = { $value ->
        [care] Aprūpe
        [health] Veselība
        [education] Izglītība
        [languages] Valodas
        [logistics] Loģistika
        [technology] Tehnoloģijas
        [environment] Vide
        [culture] Kultūra
        [sport] Sports
        [administration] Administrēšana
        [communication] Komunikācija
        [transport] Transports
        [crisis] Krīžu reaģēšana
       *[other] Cits
    }
vol-level-none = Nav
vol-skill-level = { $value ->
        [1] Pamata
        [2] Pieredzējis
       *[3] Eksperts
    }
vol-cefr-level = { $value ->
        [A1] A1 (iesācējs)
        [A2] A2 (pamata)
        [B1] B1 (vidējais)
        [B2] B2 (augstāks vidējais)
        [C1] C1 (augstākais)
       *[C2] C2 (brīvi)
    }
vol-profile-languages = Valodas
vol-languages-legend = Valodas, kurās runājat, un jūsu līmenis
vol-profile-availability = Kad jums ir laiks
vol-availability-hint = Atzīmējiet nedēļas laikus, kad parasti esat brīvs (Toruņas laikā).
vol-availability-caption = Nedēļas pieejamība
vol-weekday = Diena
vol-weekday-name = { $value ->
        [mon] pirmdiena
        [tue] otrdiena
        [wed] trešdiena
        [thu] ceturtdiena
        [fri] piektdiena
        [sat] sestdiena
       *[sun] svētdiena
    }
# Viena nedēļas režģa lauciņa nosaukums: $weekday ir dienas nosaukums,
# $from un $to – laiks, piemēram, 06:00.
vol-slot-label = { $weekday }, { $from }–{ $to }
vol-profile-causes = Jomas
vol-causes-legend = Jomas, kas jums ir svarīgas
vol-profile-sharing = Redzamība
vol-discoverable = Organizācijas drīkst mani atrast starp kandidātiem saviem piedāvājumiem
vol-discoverable-hint = Tās redz jūsu vārdu, prasmes, valodas, vecuma grupu un attāluma grupu; nekad dzimšanas datumu, mājvietu vai e-pasta adresi.
vol-guardian-legend = Brīvprātīgajiem, kas jaunāki par 18 gadiem
vol-guardian-hint = Nepilngadīgā dalībai vajadzīga vecāku vai likumīgā aizbildņa piekrišana.
vol-guardian-consent = Mani vecāki vai aizbildnis piekrīt
vol-guardian-name = Vecāka vai aizbildņa vārds un uzvārds
vol-profile-save = Saglabāt profilu
vol-profile-error = { $value ->
        [birth_date] Ierakstiet īstu dzimšanas datumu: dienu, mēnesi un gadu, piemēram, 17 5 2004. Brīvprātīgajiem ir vismaz 13 gadu.
        [home_city] Ierakstiet apdzīvotu vietu (no 1 līdz 100 rakstzīmēm).
        [home] Jūsu mājvietu neizdevās izmantot. Pārbaudiet apdzīvoto vietu.
        [home_country] Izvēlieties valsti no saraksta.
        [max_distance_km] Ierakstiet veselu kilometru skaitu no 0 līdz 1000.
        [skills] Pārbaudiet prasmes: katru ne vairāk kā vienu reizi, ar līmeni no saraksta.
        [languages] Pārbaudiet valodas: katru ne vairāk kā vienu reizi, ar līmeni no saraksta.
        [availability] Pārbaudiet atzīmētos laikus.
        [causes] Izvēlieties jomas no saraksta.
        [guardian_name] Norādiet vecāku vai aizbildni, kas piekrīt (no 2 līdz 200 rakstzīmēm); jaunākiem par 18 gadiem vajadzīga piekrišana.
       *[other] Pārbaudiet šo lauku.
    }

## Jums

vol-matches-title = Jums
vol-matches-lead = Jūsu profilam atbilstoši piedāvājumi, labākie vispirms, ar iemesliem.
vol-matches-none = Pašlaik jūsu profilam nekas neatbilst. Var palīdzēt vairāk brīva laika, lielāks attālums vai vairāk jomu.
vol-matches-missing = { $value ->
        [volunteer-profile-missing] Vispirms aizpildiet brīvprātīgā profilu: piedāvājumi tiek meklēti tam.
        [volunteer-birth-date-missing] Profilā norādiet dzimšanas datumu: ieteikumi ir atkarīgi no jūsu vecuma maiņas dienā.
       *[other] Vispirms aizpildiet profilu.
    }
vol-go-to-profile = Uz manu profilu
vol-score = Atbilstība: { $score } no 100
vol-reasons = Kāpēc tas atbilst
vol-factor = { $value ->
        [skills] Prasmes
        [languages] Valodas
        [distance] Attālums
        [causes] Jomas
        [availability] Laiks
        [soon] Cik drīz
       *[other] { $value }
    }

## Stundas

vol-hours-title = Manas stundas
vol-hours-approved = Apstiprinātas
vol-hours-pending = Gaida apstiprinājumu
vol-hours-by-organization = Apstiprinātās stundas pa organizācijām
vol-hours-entries = Paziņotās stundas
vol-hours-none = Stundu vēl nav.
vol-hours-status = { $value ->
        [pending] Gaida apstiprinājumu
        [approved] Apstiprināts
        [rejected] Nav apstiprināts
       *[other] { $value }
    }
vol-hours-report = Paziņot stundas
vol-hours-nothing-to-report = Kad būsiet nostrādājis maiņu, šeit varēsiet paziņot tās stundas.
vol-hours-for = Par ko ir šīs stundas
vol-hours-outside-shift = { $organization }: darbs ārpus maiņas
vol-hours-day = Darba diena
vol-hours-day-hint = Vajadzīga darbam ārpus maiņas; citādi izmanto maiņas dienu.
vol-hours-amount = Stundas
vol-hours-amount-hint = Piemēram, 2,5 ir divarpus stundas.
vol-hours-description = Ko jūs darījāt
vol-hours-submit = Paziņot stundas
vol-hours-reported = Jūsu stundas ir paziņotas. Organizācija tās apstiprinās.
vol-hours-error = { $value ->
        [target] Izvēlieties, par ko ir šīs stundas.
        [work_date] Ierakstiet darba dienu, piemēram, 2026-11-28, ne nākotnē.
        [minutes] Ierakstiet stundas: vairāk par 0 un ne vairāk par maiņas ilgumu (ne vairāk kā 24).
        [description] Aprakstiet darbu ne vairāk kā 1000 rakstzīmēs.
       *[other] Pārbaudiet šo lauku.
    }

## Līgumi

vol-agreements-title = Mani līgumi
vol-agreements-lead = Darbam ar organizāciju, kas ilgst vairāk nekā 30 dienas, vajadzīgs rakstisks līgums (Polijas brīvprātīgā darba likums). Izlasiet un pieņemiet to šeit.
vol-agreements-none = Jums nav līgumu.
vol-agreement-status = { $value ->
        [proposed] Gaida jūsu piekrišanu
        [accepted] Pieņemts
        [terminated] Izbeigts
       *[other] { $value }
    }
vol-agreement-scope = Ko jūs darīsiet
vol-agreement-place = Kur
vol-agreement-period = Kad
vol-agreement-period-value = No { $from } līdz { $until }, stundas nedēļā: { $hours }
vol-agreement-termination = Kā to var izbeigt
vol-agreement-insurance = Apdrošināšana
vol-agreement-guardian-hint = Tikai brīvprātīgajiem, kas jaunāki par 18 gadiem: vecāks vai aizbildnis, kas piekrīt.
vol-agreement-accept = Pieņemt līgumu
vol-agreement-accepted = Jūs esat pieņēmis līgumu.
vol-agreement-guardian-invalid = Lai pieņemtu par brīvprātīgo, kas jaunāks par 18 gadiem, atzīmējiet piekrišanu un norādiet vecāku vai aizbildni (no 2 līdz 200 rakstzīmēm).

## Izziņas

vol-certificates-title = Manas izziņas
vol-certificates-lead = Izziņa apliecina jūsu apstiprināto darbu organizācijā (Polijas brīvprātīgā darba likums), ar kodu, ko ikviens var pārbaudīt.
vol-certificates-none = Jums vēl nav apstiprinātu stundu.
vol-certificates-caption = Organizācijas, kurās jums ir apstiprinātas stundas
vol-certificate-download = Lejupielādēt organizācijas “{ $organization }” izziņu (PDF)

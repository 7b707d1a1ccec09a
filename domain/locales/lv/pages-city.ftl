# Pilsētas domes lapas (tikai darbiniekiem): pārbaudāmās organizācijas un
# statistikas pārskats. “HOP” paliek nemainīgs.

city-nav-label = Pilsētas dome
city-nav-dashboard = Pārskats
city-nav-organizations = Pārbaudāmās organizācijas

# Datums. $month ir january … december; $day un $year ir skaitļi.
city-date = { $year }. gada { $day }. { $month ->
        [january] janvāris
        [february] februāris
        [march] marts
        [april] aprīlis
        [may] maijs
        [june] jūnijs
        [july] jūlijs
        [august] augusts
        [september] septembris
        [october] oktobris
        [november] novembris
       *[december] decembris
    }
# Gada mēnesis kā diagrammas vai tabulas etiķete.
city-month = { $year }. gada { $month ->
        [january] janvāris
        [february] februāris
        [march] marts
        [april] aprīlis
        [may] maijs
        [june] jūnijs
        [july] jūlijs
        [august] augusts
        [september] septembris
        [october] oktobris
        [november] novembris
       *[december] decembris
    }
# Zīme starp veselo daļu un desmitdaļām (12,5).
city-decimal-separator = ,
city-percent = { $value }%

# Organizācijas veids ($value: ngo, public, university, school, informal).
city-org-kind = { $value ->
        [ngo] Nevalstiskā organizācija
        [public] Publiska iestāde
        [university] Universitāte
        [school] Skola
       *[informal] Neformāla grupa
    }
# Organizācijas statuss ($value: pending, verified, rejected).
city-org-status = { $value ->
        [pending] Gaida pārbaudi
        [verified] Pārbaudīta
       *[rejected] Noraidīta
    }

city-orgs-title = Pārbaudāmās organizācijas
city-orgs-lead = Pārbaudiet katru organizāciju, pirms tā drīkst publicēt piedāvājumus. Tās īpašniekiem paziņo jūsu lēmumu; noraidīta organizācija izlasa jūsu pamatojumu un var pieteikties vēlreiz.
city-orgs-pending = Gaida pārbaudi
city-orgs-none-pending = Neviena organizācija negaida pārbaudi.
city-orgs-next-page = Nākamās gaidošās organizācijas
city-orgs-decided = Nesen izlemtās
city-orgs-none-decided = Vēl nav pieņemts neviens lēmums.
city-org-kind-label = Veids
city-org-registered = Reģistrēta
city-org-reviewed = Lēmuma datums
city-org-krs = KRS numurs
city-org-email = E-pasts
city-org-phone = Tālrunis
city-org-website = Tīmekļa vietne
city-org-address = Adrese
city-org-description = Par organizāciju
city-org-reason = Norādītais pamatojums
city-org-not-given = nav norādīts
city-verify = Apstiprināt
city-reject = Noraidīt
city-reject-reason = Noraidīšanas iemesls
city-reject-reason-hint = To izlasīs organizācijas biedri: uzrakstiet, kas jālabo (līdz 1000 rakstzīmēm).
city-reject-reason-invalid = Uzrakstiet iemeslu no 1 līdz 1000 rakstzīmēm.
# Kāds izlēma agrāk ($value: already-verified, already-rejected,
# verified-cannot-be-rejected).
city-review-conflict = { $value ->
        [already-verified] Šī organizācija jau ir pārbaudīta.
        [already-rejected] Šī organizācija jau ir noraidīta.
       *[verified-cannot-be-rejected] Šī organizācija ir pārbaudīta, un pārbaudītu organizāciju nevar noraidīt.
    }
city-done-verified = Organizācija ir pārbaudīta. Tās īpašniekiem ir paziņots, un tā tagad var publicēt piedāvājumus.
city-done-rejected = Organizācija ir noraidīta. Tās īpašniekiem ir paziņots kopā ar jūsu pamatojumu.

city-dashboard-title = Brīvprātīgais darbs skaitļos
city-dashboard-lead = Brīvprātīgā darba statistika HOP. Lai nevienu nevarētu atpazīt, skaitļi, kas mazāki par { $min } cilvēkiem, netiek rādīti.
# $when ir brīdis, kā tas stāv teikumā: “sestdien, 2026. gada 5. decembrī, plkst. 9.00”.
city-as-of = Dati apkopoti { $when }.
city-period-legend = Periods
city-period-from = Pirmais mēnesis
city-period-to = Pēdējais mēnesis
city-period-hint = Formātā GGGG-MM, no { $first } līdz { $last }.
city-period-from-invalid = Ievadiet pirmo mēnesi no { $first } līdz { $last } (formātā GGGG-MM), ne vēlāku par pēdējo.
city-period-to-invalid = Ievadiet pēdējo mēnesi no { $first } līdz { $last } (formātā GGGG-MM), ne agrāku par pirmo.
city-show-legend = Rādīt
city-csv-legend = CSV faili
city-csv-semicolon = Izklājlapai ar decimālkomatu
city-csv-semicolon-hint = Atdala kolonnas ar semikoliem un raksta 12,5, nevis 12.5, kā sagaida Excel latviešu valodā.
city-period-submit = Rādīt
city-period = { $from } – { $to }
city-period-of = Periods: { $period }.

city-glance = Īsumā
city-glance-registered = Reģistrētie brīvprātīgie
city-glance-active = Periodā aktīvie brīvprātīgie
city-glance-hours = Apstiprinātās stundas
city-glance-fill = Aizpildītās vietas

city-suppressed = mazāk nekā { $min }
city-total = Kopā
city-csv-link = Lejupielādēt “{ $chart }” CSV formātā
city-chart-name = { $chart }: stabiņu diagramma. Tie paši skaitļi ir tabulā blakus.

city-age-title = Brīvprātīgie pa vecuma grupām
city-age-band-label = Vecuma grupa
# Vecuma grupa ($value: band- un grupas nosaukums statistikā:
# band-under-18, band-18-24, band-25-34, band-35-49, band-50-64,
# band-65-plus, band-unknown).
city-age-band = { $value ->
        [band-under-18] jaunāki par 18
        [band-18-24] 18–24
        [band-25-34] 25–34
        [band-35-49] 35–49
        [band-50-64] 50–64
        [band-65-plus] 65 un vecāki
       *[band-unknown] vecums nav norādīts
    }
city-registered = Reģistrētie
city-active = Aktīvi periodā

city-country-title = Brīvprātīgie pa dzīvesvietas valstīm
city-country-label = Valsts
city-country-none = nav norādīta
# Valsts pēc ISO 3166-1 koda; citi kodi tiek rādīti tādi, kādi tie ir.
city-country = { $value ->
        [PL] Polija
        [DE] Vācija
        [LT] Lietuva
        [LV] Latvija
        [UA] Ukraina
        [BY] Baltkrievija
        [CZ] Čehija
        [SK] Slovākija
        [EE] Igaunija
        [FR] Francija
        [ES] Spānija
        [IT] Itālija
        [GB] Apvienotā Karaliste
        [IE] Īrija
        [NL] Nīderlande
        [PT] Portugāle
        [TR] Turcija
        [GE] Gruzija
        [US] Amerikas Savienotās Valstis
       *[other] { $value }
    }

city-hours-title = Apstiprinātās stundas pa mēnešiem
city-hours-month = Mēnesis
city-hours = Stundas
city-hours-people = Brīvprātīgie, kas tās nostrādāja

city-fill-title = Maiņu aizpildījums
city-fill-lead = Vietas maiņās, kas sākas periodā, un cik no tām aizņēmuši apstiprināti brīvprātīgie.
city-fill-capacity = Vietas
city-fill-confirmed = Apstiprinātas
city-fill-rate = Aizpildīts
city-fill-none = Šajā periodā nesākas neviena maiņa.
city-measure = Rādītājs
city-value = Vērtība

city-skills-title = Prasmes: piedāvājums un pieprasījums
city-skills-lead = Brīvprātīgie, kuriem ir prasme, pret brīvajām vietām, kurām tā vajadzīga, maiņās, kas sākas periodā; lielākais trūkums vispirms.
city-skill = Prasme
city-skills-supply = Brīvprātīgie ar prasmi
city-skills-demand = Brīvās vietas, kurām tā vajadzīga
city-skills-gap = Trūkst
city-skills-none = Šajā periodā nevienam brīvprātīgajam nav prasmes, un nevienai brīvajai vietai tā nav vajadzīga.
city-no-data = Šim periodam nav ko rādīt.
city-top-rows = Parādīti { $shown } lielākie no { $all }; CSV failā ir visi.

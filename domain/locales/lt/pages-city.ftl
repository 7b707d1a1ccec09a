# Miesto savivaldybės puslapiai (tik darbuotojams): tikrintinos organizacijos
# ir statistikos suvestinė. „HOP“ lieka nepakitęs.

city-nav-label = Miesto savivaldybė
city-nav-dashboard = Suvestinė
city-nav-organizations = Tikrintinos organizacijos

# Data. $month yra january … december; $day ir $year yra skaičiai.
city-date = { $year } m. { $month ->
        [january] sausio
        [february] vasario
        [march] kovo
        [april] balandžio
        [may] gegužės
        [june] birželio
        [july] liepos
        [august] rugpjūčio
        [september] rugsėjo
        [october] spalio
        [november] lapkričio
       *[december] gruodžio
    } { $day } d.
# Metų mėnuo kaip diagramos ar lentelės žymė.
city-month = { $year } m. { $month ->
        [january] sausis
        [february] vasaris
        [march] kovas
        [april] balandis
        [may] gegužė
        [june] birželis
        [july] liepa
        [august] rugpjūtis
        [september] rugsėjis
        [october] spalis
        [november] lapkritis
       *[december] gruodis
    }
# Ženklas tarp sveikosios dalies ir dešimtųjų (12,5).
city-decimal-separator = ,
city-percent = { $value } %

# Organizacijos rūšis ($value: ngo, public, university, school, informal).
city-org-kind = { $value ->
        [ngo] Nevyriausybinė organizacija
        [public] Viešoji įstaiga
        [university] Universitetas
        [school] Mokykla
       *[informal] Neformali grupė
    }
# Organizacijos būsena ($value: pending, verified, rejected).
city-org-status = { $value ->
        [pending] Laukia patikrinimo
        [verified] Patikrinta
       *[rejected] Atmesta
    }

city-orgs-title = Tikrintinos organizacijos
city-orgs-lead = Patikrinkite kiekvieną organizaciją, kol ji dar negali skelbti pasiūlymų. Jos savininkams pranešama apie sprendimą; atmesta organizacija perskaito jūsų priežastį ir gali kreiptis iš naujo.
city-orgs-pending = Laukia patikrinimo
city-orgs-none-pending = Patikrinimo nelaukia nė viena organizacija.
city-orgs-next-page = Kitos laukiančios organizacijos
city-orgs-decided = Neseniai priimti sprendimai
city-orgs-none-decided = Dar nepriimtas nė vienas sprendimas.
city-org-kind-label = Rūšis
city-org-registered = Užregistruota
city-org-reviewed = Sprendimo data
city-org-krs = KRS numeris
city-org-email = El. paštas
city-org-phone = Telefonas
city-org-website = Svetainė
city-org-address = Adresas
city-org-description = Apie organizaciją
city-org-reason = Nurodyta priežastis
city-org-not-given = nenurodyta
city-verify = Patvirtinti
city-reject = Atmesti
city-reject-reason = Atmetimo priežastis
city-reject-reason-hint = Ją perskaitys organizacijos nariai: parašykite, ką pataisyti (iki 1000 ženklų).
city-reject-reason-invalid = Parašykite priežastį nuo 1 iki 1000 ženklų.
# Kažkas nusprendė anksčiau ($value: already-verified, already-rejected,
# verified-cannot-be-rejected).
city-review-conflict = { $value ->
        [already-verified] Ši organizacija jau patikrinta.
        [already-rejected] Ši organizacija jau atmesta.
       *[verified-cannot-be-rejected] Ši organizacija patikrinta, o patikrintos organizacijos atmesti negalima.
    }
city-done-verified = Organizacija patikrinta. Jos savininkams pranešta, dabar ji gali skelbti pasiūlymus.
city-done-rejected = Organizacija atmesta. Jos savininkams pranešta kartu su jūsų priežastimi.

city-dashboard-title = Savanorystė skaičiais
city-dashboard-lead = Savanorystės per HOP statistika. Kad nė vieno žmogaus nebūtų galima atpažinti, mažesni nei { $min } žmonių skaičiai nerodomi.
# $when yra akimirka, kaip ji stovi sakinyje: „šeštadienį, 2026 m. gruodžio 5 d., 9:00“.
city-as-of = Duomenys surinkti { $when }.
city-period-legend = Laikotarpis
city-period-from = Pirmasis mėnuo
city-period-to = Paskutinis mėnuo
city-period-hint = Formatu MMMM-MM, nuo { $first } iki { $last }.
city-period-from-invalid = Įveskite pirmąjį mėnesį nuo { $first } iki { $last } (formatu MMMM-MM), ne vėlesnį už paskutinį.
city-period-to-invalid = Įveskite paskutinį mėnesį nuo { $first } iki { $last } (formatu MMMM-MM), ne ankstesnį už pirmąjį.
city-show-legend = Rodyti
city-csv-legend = CSV failai
city-csv-semicolon = Skaičiuoklei su dešimtainiu kableliu
city-csv-semicolon-hint = Stulpelius skiria kabliataškiais ir rašo 12,5 vietoj 12.5, kaip tikisi lietuviškas Excel.
city-period-submit = Rodyti
city-period = { $from } – { $to }
city-period-of = Laikotarpis: { $period }.

city-glance = Trumpai
city-glance-registered = Užsiregistravę savanoriai
city-glance-active = Laikotarpiu aktyvūs savanoriai
city-glance-hours = Patvirtintos valandos
city-glance-fill = Užimtos vietos

city-suppressed = mažiau nei { $min }
city-total = Iš viso
city-csv-link = Atsisiųsti „{ $chart }“ CSV formatu
city-chart-name = { $chart }: stulpelinė diagrama. Tie patys skaičiai yra lentelėje šalia.

city-age-title = Savanoriai pagal amžiaus grupę
city-age-band-label = Amžiaus grupė
# Amžiaus grupė ($value: band- ir grupės pavadinimas statistikoje:
# band-under-18, band-18-24, band-25-34, band-35-49, band-50-64,
# band-65-plus, band-unknown).
city-age-band = { $value ->
        [band-under-18] jaunesni nei 18
        [band-18-24] 18–24
        [band-25-34] 25–34
        [band-35-49] 35–49
        [band-50-64] 50–64
        [band-65-plus] 65 ir vyresni
       *[band-unknown] amžius nenurodytas
    }
city-registered = Užsiregistravę
city-active = Aktyvūs laikotarpiu

city-country-title = Savanoriai pagal gyvenamąją šalį
city-country-label = Šalis
city-country-none = nenurodyta
# Šalis pagal ISO 3166-1 kodą; kiti kodai rodomi tokie, kokie yra.
city-country = { $value ->
        [PL] Lenkija
        [DE] Vokietija
        [LT] Lietuva
        [LV] Latvija
        [UA] Ukraina
        [BY] Baltarusija
        [CZ] Čekija
        [SK] Slovakija
        [EE] Estija
        [FR] Prancūzija
        [ES] Ispanija
        [IT] Italija
        [GB] Jungtinė Karalystė
        [IE] Airija
        [NL] Nyderlandai
        [PT] Portugalija
        [TR] Turkija
        [GE] Sakartvelas
        [US] Jungtinės Valstijos
       *[other] { $value }
    }

city-hours-title = Patvirtintos valandos pagal mėnesį
city-hours-month = Mėnuo
city-hours = Valandos
city-hours-people = Jas dirbę savanoriai

city-fill-title = Pamainų užpildymas
city-fill-lead = Vietos pamainose, kurios prasideda laikotarpiu, ir kiek jų užėmė patvirtinti savanoriai.
city-fill-capacity = Vietos
city-fill-confirmed = Patvirtinta
city-fill-rate = Užpildyta
city-fill-none = Šiuo laikotarpiu neprasideda nė viena pamaina.
city-measure = Rodiklis
city-value = Reikšmė

city-skills-title = Įgūdžiai: pasiūla ir paklausa
city-skills-lead = Savanoriai, turintys įgūdį, palyginti su laisvomis vietomis, kurioms jo reikia, pamainose, prasidedančiose laikotarpiu; didžiausias trūkumas pirmiausia.
city-skill = Įgūdis
city-skills-supply = Savanoriai su įgūdžiu
city-skills-demand = Laisvos vietos, kurioms jo reikia
city-skills-gap = Trūksta
city-skills-none = Šiuo laikotarpiu nė vienas savanoris neturi įgūdžio ir nė vienai laisvai vietai jo nereikia.
city-no-data = Šiam laikotarpiui nėra ką rodyti.
city-top-rows = Rodoma { $shown } didžiausių iš { $all }; CSV faile yra visi.

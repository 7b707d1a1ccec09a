# Savanorio puslapiai: paieška, pasiūlymas, registracijos, profilis,
# pasiūlymai jums, valandos, susitarimai ir pažymos.

## Bendri

# $start yra pamainos pradžia, kaip ji stovi sakinyje („šeštadienį, 2026 m.
# gruodžio 5 d., 9:00“); $hour ir $minute – jos pabaiga Torunės laiku.
vol-shift-time = Pamaina { $start }, iki { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) }
vol-any = Bet kuris
vol-next-page = Kitas puslapis
vol-pages = Daugiau rezultatų
vol-fix-fields = Kai kuriuos laukus reikia pataisyti: žr. pranešimus šalia jų.
vol-remote = Nuotoliniu būdu: keliauti nereikia
# Atstumas kilometrais su vienu skaitmeniu po kablelio: $km – sveiki kilometrai, $tenths – dešimtosios.
vol-distance = už { $km },{ $tenths } km
vol-free-places = { $count ->
        [0] Laisvų vietų nėra
        [one] { $count } laisva vieta
        [few] { $count } laisvos vietos
       *[other] { $count } laisvų vietų
    }
vol-no-upcoming-shift = Artėjančių pamainų dar nėra.
vol-cause = { $value ->
        [children] Vaikai
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
        [emergency] Ekstremalios situacijos
        [human_rights] Žmogaus teisės
       *[other] Kita
    }
vol-language-name = { $value ->
        [pl] lenkų
        [en] anglų
        [de] vokiečių
        [lt] lietuvių
        [lv] latvių
        [uk] ukrainiečių
        [ru] rusų
        [be] baltarusių
        [fr] prancūzų
        [es] ispanų
        [it] italų
       *[other] { $value }
    }
# Registracijos būsena.
vol-status = { $value ->
        [pending] Laukia organizacijos sprendimo
        [confirmed] Patvirtinta
        [waitlisted] Laukiančiųjų sąraše
        [rejected] Nepriimta
        [withdrawn] Atšaukta
        [attended] Dalyvavo
        [no_show] Pažymėtas neatvykimas
       *[other] { $value }
    }
# Kodėl taisyklė neleido to, ko prašyta; $value yra taisyklės pavadinimas.
vol-refusal = { $value ->
        [not-published] Šis pasiūlymas nebepriima registracijų.
        [shift-cancelled] Ši pamaina atšaukta.
        [shift-started] Ši pamaina jau prasidėjo.
        [shift-ended] Ši pamaina jau baigėsi.
        [profile-missing] Pirmiausia užpildykite savanorio profilį: organizacijai reikia žinoti jūsų amžių.
        [birth-date-missing] Pirmiausia profilyje nurodykite gimimo datą: kai kurioms pamainoms taikomas amžiaus cenzas.
        [too-young] Pamainos dieną būsite jaunesni, nei reikalauja šis pasiūlymas.
        [guardian-consent-missing] Jums nėra 18 metų: pirmiausia profilyje įrašykite tėvų ar globėjo sutikimą.
        [already-signed-up] Į šią pamainą jau esate užsiregistravę.
        [overlap] Šiuo metu jau turite kitą patvirtintą pamainą.
        [safeguarding-missing] Šis pasiūlymas susijęs su darbu su vaikais: organizacija pirmiausia turi įrašyti apsaugos patikras.
        [agreement-required] Jūsų darbas su šia organizacija truktų ilgiau nei 30 dienų: pirmiausia reikia priimti rašytinį susitarimą.
        [not-withdrawable] Šios registracijos nebegalima atšaukti.
        [not-worked] Valandas galima pranešti tik už atidirbtą pamainą.
        [already-reported] Šios valandos jau praneštos; palaukite organizacijos sprendimo.
        [hours-pending] Šios valandos laukia sprendimo.
        [not-counting] Taisyti galima tik patvirtintas valandas.
        [too-many-pending] Per daug jūsų pranešimų laukia šios organizacijos sprendimo. Bandykite dar kartą, kai ji nuspręs.
        [organization-not-verified] Miestas šios organizacijos dar nepatikrino.
        [not-proposed] Šis susitarimas jūsų nebelaukia.
        [no-approved-hours] Šioje organizacijoje dar neturite patvirtintų valandų.
        [certificate-revoked] Būtent šio darbo pažyma buvo atšaukta. Kreipkitės į organizaciją.
        [own-sign-up] Dėl jūsų pačių registracijos turi nuspręsti kitas organizacijos narys.
       *[other] To padaryti nepavyko dėl vienos iš HOP taisyklių.
    }
vol-column-opportunity = Pasiūlymas
vol-column-shift = Pamaina
vol-column-status = Būsena
vol-column-action = Veiksmas
vol-column-organization = Organizacija
vol-column-time = Laikas
vol-column-day = Diena
vol-column-factor = Veiksnys
vol-column-why = Kodėl
vol-column-points = Taškai
vol-column-certificate = Pažyma

## Paieška

vol-search-title = Raskite savanorystės pasiūlymų
vol-filter-cause = Sritis
vol-filter-skill = Įgūdis
vol-filter-language = Kalba
vol-filter-radius = Spinduliu
vol-radius-option = { $km } km
vol-filter-from = Nuo (dienos)
vol-filter-to = Iki (dienos)
vol-filter-open = Tik su laisvomis vietomis
vol-filter-apply = Rodyti
vol-near-city-hint = Miestas ar Torunės rajonas, pvz., Toruń, Podgórz, Bydgoszcz ar Kaunas.
vol-near-me = Naudoti mano vietą
vol-near-me-locating = Nustatoma jūsų vieta…
vol-near-me-failed = Jūsų vieta nepasiekiama. Įrašykite miestą.
vol-near-me-used = Ieškoma netoli jūsų vietos.
vol-results = Rezultatai
vol-results-count = { $count ->
        [0] Nieko nerasta. Pabandykite su mažiau filtrų arba didesniu atstumu.
        [one] { $count } pasiūlymas šiame puslapyje.
        [few] { $count } pasiūlymai šiame puslapyje.
       *[other] { $count } pasiūlymų šiame puslapyje.
    }
vol-search-error = { $value ->
        [near_city] Šios vietos nežinome. Įrašykite miestą ar Torunės rajoną, pvz., Toruń arba Podgórz.
        [skill] Pasirinkite įgūdį iš sąrašo.
        [radius_km] Pasirinkite atstumą iš sąrašo.
        [from] Įrašykite dieną, pvz., 2026-12-05.
        [to] Įrašykite vėlesnę nei „nuo“ dieną, pvz., 2026-12-31.
        [q] Įrašykite bent vieną žodį.
        [cause] Pasirinkite sritį iš sąrašo.
        [language] Pasirinkite kalbą iš sąrašo.
       *[other] Patikrinkite šį lauką.
    }
vol-search-start-again = Šios paieškos nepavyko perskaityti. Pradėkite naują paiešką.

## Pasiūlymas

vol-min-age = Nuo { $age } metų
vol-requires-review = Organizacija peržiūri registracijas
vol-works-with-children = Darbas su vaikais
vol-where = Kur
vol-map-link = Žiūrėti vietą OpenStreetMap žemėlapyje
vol-what-it-takes = Ko reikia
# $level yra 1 (pradinis), 2 (patyręs) arba 3 (ekspertas).
vol-skill-required = { $skill } (būtina, lygis: { $level ->
        [1] pradinis
        [2] patyręs
       *[3] ekspertas
    })
vol-skill-preferred = { $skill } (pageidautina, lygis: { $level ->
        [1] pradinis
        [2] patyręs
       *[3] ekspertas
    })
# $level yra BEKM lygis, pvz., B1.
vol-language-needed = { $language } kalba: ne žemesnis nei { $level } lygis
vol-shifts = Pamainos
vol-free-places-of = { $count ->
        [0] Laisvų vietų nėra
        [one] { $count } laisva vieta
        [few] { $count } laisvos vietos
       *[other] { $count } laisvų vietų
    } iš { $capacity }
vol-waitlist = Laukiančiųjų sąraše: { $count }
vol-sign-up = Registruotis
vol-join-waitlist = Įrašyti į laukiančiųjų sąrašą
vol-sign-in-to-sign-up = Prisijunkite, kad užsiregistruotumėte
vol-see-my-shifts = Žiūrėti mano pamainas
vol-back-to-search = Atgal į paiešką
vol-signed-up-confirmed = Užsiregistravote. Pamaina yra jūsų pamainų sąraše ir kalendoriuje.
vol-signed-up-pending = Užsiregistravote. Organizacija patvirtins jūsų vietą.
vol-signed-up-waitlisted = Pamaina pilna: esate laukiančiųjų sąraše ir pakilsite, kai atsilaisvins vieta.

## Mano pamainos

vol-my-shifts-title = Mano pamainos
vol-my-shifts-caption = Jūsų registracijos, naujausios pirmos
vol-no-sign-ups = Dar nesate užsiregistravę į jokią pamainą.
vol-shift-cancelled = (atšaukta)
vol-withdraw = Atšaukti registraciją
vol-withdrawn = Jūsų registracija atšaukta.
vol-calendar = Kalendorius
vol-calendar-hint = Prenumeruokite savo pamainas kalendoriaus programoje. Naujas adresas panaikina senąjį.
vol-calendar-make = Sukurti naują kalendoriaus adresą
vol-calendar-new = Jūsų kalendoriaus adresas paruoštas. Jis rodomas tik dabar: nukopijuokite arba prenumeruokite ir niekam neduokite.
vol-calendar-subscribe = Prenumeruoti mano kalendoriaus programoje
vol-calendar-address = Kalendoriaus adresas

## Profilis

vol-profile-title = Mano savanorio profilis
vol-profile-lead = Papasakokite, ką mokate ir kada turite laiko: pasiūlysime tinkamų pasiūlymų, o organizacijos matys tik tai, ką leisite.
vol-profile-saved = Jūsų profilis išsaugotas.
vol-profile-about = Apie jus
vol-birth-date = Gimimo data
vol-birth-date-hint = Pavyzdžiui, 17 5 2004. Kai kuriems pasiūlymams taikomas amžiaus cenzas; savanoriams yra bent 13 metų.
vol-birth-day = Diena
vol-birth-month = Mėnuo
vol-birth-year = Metai
vol-home-city = Gyvenamoji vieta
vol-home-city-hint = Atstumai matuojami nuo nurodyto miesto ar rajono centro.
vol-home-country = Šalis
vol-not-said = Nenurodyta
vol-country-name = { $value ->
        [PL] Lenkija
        [DE] Vokietija
        [LT] Lietuva
        [LV] Latvija
        [UA] Ukraina
        [BY] Baltarusija
        [CZ] Čekija
        [SK] Slovakija
        [FR] Prancūzija
        [ES] Ispanija
        [IT] Italija
        [GB] Jungtinė Karalystė
       *[other] { $value }
    }
vol-max-distance = Kaip toli keliaujate (km)
vol-max-distance-hint = Nuo 0 iki 1000 km.
vol-profile-skills = Įgūdžiai
vol-skills-hint = Pasirinkite turimų įgūdžių lygį; kitus palikite „nėra“.
vol-skill-category = { $value ->
        [care] Priežiūra
        [health] Sveikata
        [education] Švietimas
        [languages] Kalbos
        [logistics] Logistika
        [technology] Technologijos
        [environment] Aplinka
        [culture] Kultūra
        [sport] Sportas
        [administration] Administravimas
        [communication] Komunikacija
        [transport] Transportas
        [crisis] Reagavimas į krizes
       *[other] Kita
    }
vol-level-none = Nėra
vol-skill-level = { $value ->
        [1] Pradinis
        [2] Patyręs
       *[3] Ekspertas
    }
vol-cefr-level = { $value ->
        [A1] A1 (pradedantysis)
        [A2] A2 (pagrindinis)
        [B1] B1 (vidutinis)
        [B2] B2 (aukštesnysis vidutinis)
        [C1] C1 (aukštasis)
       *[C2] C2 (puikus)
    }
vol-profile-languages = Kalbos
vol-languages-legend = Kalbos, kuriomis kalbate, ir jūsų lygis
vol-profile-availability = Kada turite laiko
vol-availability-hint = Pažymėkite savaitės laiką, kai paprastai esate laisvi (Torunės laiku).
vol-availability-caption = Savaitės užimtumas
vol-weekday = Diena
vol-weekday-name = { $value ->
        [mon] pirmadienis
        [tue] antradienis
        [wed] trečiadienis
        [thu] ketvirtadienis
        [fri] penktadienis
        [sat] šeštadienis
       *[sun] sekmadienis
    }
# Vieno savaitės tinklelio langelio etiketė: $weekday yra dienos pavadinimas,
# $from ir $to – laikas, pvz., 06:00.
vol-slot-label = { $weekday }, { $from }–{ $to }
vol-profile-causes = Sritys
vol-causes-legend = Jums svarbios sritys
vol-profile-sharing = Matomumas
vol-discoverable = Organizacijos gali mane rasti tarp kandidatų į savo pasiūlymus
vol-discoverable-hint = Jos mato jūsų vardą, įgūdžius, kalbas, amžiaus grupę ir atstumo grupę; niekada gimimo datos, namų ar el. pašto adreso.
vol-guardian-legend = Jaunesniems nei 18 metų savanoriams
vol-guardian-hint = Nepilnamečio dalyvavimui reikia tėvų ar teisėto globėjo sutikimo.
vol-guardian-consent = Mano tėvai ar globėjas sutinka
vol-guardian-name = Tėvo, motinos ar globėjo vardas ir pavardė
vol-profile-save = Išsaugoti profilį
vol-profile-error = { $value ->
        [birth_date] Įrašykite tikrą gimimo datą: dieną, mėnesį ir metus, pvz., 17 5 2004. Savanoriams yra bent 13 metų.
        [home_city] Įrašykite vietovę (nuo 1 iki 100 simbolių).
        [home] Jūsų namų vietos nepavyko panaudoti. Patikrinkite vietovę.
        [home_country] Pasirinkite šalį iš sąrašo.
        [max_distance_km] Įrašykite sveikąjį kilometrų skaičių nuo 0 iki 1000.
        [skills] Patikrinkite įgūdžius: kiekvieną ne daugiau kaip kartą, su lygiu iš sąrašo.
        [languages] Patikrinkite kalbas: kiekvieną ne daugiau kaip kartą, su lygiu iš sąrašo.
        [availability] Patikrinkite pažymėtą laiką.
        [causes] Pasirinkite sritis iš sąrašo.
        [guardian_name] Nurodykite sutinkantį tėvą, motiną ar globėją (nuo 2 iki 200 simbolių); jaunesniems nei 18 metų reikia sutikimo.
       *[other] Patikrinkite šį lauką.
    }

## Jums

vol-matches-title = Jums
vol-matches-lead = Jūsų profiliui tinkantys pasiūlymai, geriausi pirmi, su priežastimis.
vol-matches-none = Šiuo metu jūsų profiliui niekas netinka. Gali padėti daugiau laisvo laiko, didesnis atstumas ar daugiau sričių.
vol-matches-missing = { $value ->
        [volunteer-profile-missing] Pirmiausia užpildykite savanorio profilį: pasiūlymai parenkami pagal jį.
        [volunteer-birth-date-missing] Profilyje nurodykite gimimo datą: pasiūlymai priklauso nuo jūsų amžiaus pamainos dieną.
       *[other] Pirmiausia užpildykite profilį.
    }
vol-go-to-profile = Į mano profilį
vol-score = Tinkamumas: { $score } iš 100
vol-reasons = Kodėl tinka
vol-factor = { $value ->
        [skills] Įgūdžiai
        [languages] Kalbos
        [distance] Atstumas
        [causes] Sritys
        [availability] Laikas
        [soon] Kaip greitai
       *[other] { $value }
    }

## Valandos

vol-hours-title = Mano valandos
vol-hours-approved = Patvirtinta
vol-hours-pending = Laukia patvirtinimo
vol-hours-by-organization = Patvirtintos valandos pagal organizaciją
vol-hours-entries = Praneštos valandos
vol-hours-none = Valandų dar nėra.
vol-hours-status = { $value ->
        [pending] Laukia patvirtinimo
        [approved] Patvirtinta
        [rejected] Nepatvirtinta
       *[other] { $value }
    }
vol-hours-report = Pranešti valandas
vol-hours-nothing-to-report = Atidirbę pamainą čia galėsite pranešti jos valandas.
vol-hours-for = Už ką šios valandos
vol-hours-outside-shift = { $organization }: darbas ne pamainos metu
vol-hours-day = Darbo diena
vol-hours-day-hint = Reikia darbui ne pamainos metu; kitu atveju naudojama pamainos diena.
vol-hours-amount = Valandos
vol-hours-amount-hint = Pavyzdžiui, 2,5 – dvi su puse valandos.
vol-hours-description = Ką veikėte
vol-hours-submit = Pranešti valandas
vol-hours-reported = Jūsų valandos praneštos. Organizacija jas patvirtins.
vol-hours-error = { $value ->
        [target] Pasirinkite, už ką šios valandos.
        [work_date] Įrašykite darbo dieną, pvz., 2026-11-28, ne ateityje.
        [minutes] Įrašykite valandas: daugiau nei 0 ir ne daugiau nei truko pamaina (daugiausia 24).
        [description] Aprašykite darbą ne daugiau kaip 1000 simbolių.
       *[other] Patikrinkite šį lauką.
    }

## Susitarimai

vol-agreements-title = Mano susitarimai
vol-agreements-lead = Ilgesniam nei 30 dienų darbui su organizacija reikia rašytinio susitarimo (Lenkijos savanorystės įstatymas). Perskaitykite ir priimkite jį čia.
vol-agreements-none = Susitarimų neturite.
vol-agreement-status = { $value ->
        [proposed] Laukia jūsų sutikimo
        [accepted] Priimtas
        [terminated] Nutrauktas
       *[other] { $value }
    }
vol-agreement-scope = Ką darysite
vol-agreement-place = Kur
vol-agreement-period = Kada
vol-agreement-period-value = Nuo { $from } iki { $until }, valandų per savaitę: { $hours }
vol-agreement-termination = Kaip jį galima nutraukti
vol-agreement-insurance = Draudimas
vol-agreement-guardian-hint = Tik jaunesniems nei 18 metų savanoriams: sutinkantis tėvas, motina ar globėjas.
vol-agreement-accept = Priimti susitarimą
vol-agreement-accepted = Susitarimą priėmėte.
vol-agreement-guardian-invalid = Norėdami priimti už jaunesnį nei 18 metų savanorį, pažymėkite sutikimą ir nurodykite tėvą, motiną ar globėją (nuo 2 iki 200 simbolių).

## Pažymos

vol-certificates-title = Mano pažymos
vol-certificates-lead = Pažyma patvirtina jūsų patvirtintą darbą organizacijoje (Lenkijos savanorystės įstatymas) ir turi kodą, kurį gali patikrinti bet kas.
vol-certificates-none = Patvirtintų valandų dar neturite.
vol-certificates-caption = Organizacijos, kuriose turite patvirtintų valandų
vol-certificate-download = Atsisiųsti organizacijos „{ $organization }“ pažymą (PDF)

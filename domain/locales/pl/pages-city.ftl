# Strony urzędu miasta (tylko dla pracowników): organizacje do weryfikacji
# i pulpit statystyk. „HOP” zostaje bez zmian.

city-nav-label = Urząd miasta
city-nav-dashboard = Pulpit
city-nav-organizations = Organizacje do weryfikacji

# Data. $month to january … december; $day i $year to liczby.
city-date = { $day } { $month ->
        [january] stycznia
        [february] lutego
        [march] marca
        [april] kwietnia
        [may] maja
        [june] czerwca
        [july] lipca
        [august] sierpnia
        [september] września
        [october] października
        [november] listopada
       *[december] grudnia
    } { $year } r.
# Miesiąc roku jako etykieta wykresu lub tabeli (mianownik).
city-month = { $month ->
        [january] styczeń
        [february] luty
        [march] marzec
        [april] kwiecień
        [may] maj
        [june] czerwiec
        [july] lipiec
        [august] sierpień
        [september] wrzesień
        [october] październik
        [november] listopad
       *[december] grudzień
    } { $year }
# Znak między częścią całkowitą a dziesiątymi (12,5).
city-decimal-separator = ,
city-percent = { $value }%

# Rodzaj organizacji ($value: ngo, public, university, school, informal).
city-org-kind = { $value ->
        [ngo] Organizacja pozarządowa
        [public] Instytucja publiczna
        [university] Uczelnia
        [school] Szkoła
       *[informal] Grupa nieformalna
    }
# Stan organizacji ($value: pending, verified, rejected).
city-org-status = { $value ->
        [pending] Czeka na weryfikację
        [verified] Zweryfikowana
       *[rejected] Odrzucona
    }

city-orgs-title = Organizacje do weryfikacji
city-orgs-lead = Sprawdź każdą organizację, zanim będzie mogła publikować oferty. Jej właściciele dostaną wiadomość o decyzji; odrzucona organizacja przeczyta uzasadnienie i może zgłosić się ponownie.
city-orgs-pending = Czekają na weryfikację
city-orgs-none-pending = Żadna organizacja nie czeka na weryfikację.
city-orgs-next-page = Kolejne oczekujące organizacje
city-orgs-decided = Ostatnie decyzje
city-orgs-none-decided = Nie podjęto jeszcze żadnej decyzji.
city-org-kind-label = Rodzaj
city-org-registered = Zarejestrowana
city-org-reviewed = Data decyzji
city-org-krs = Numer KRS
city-org-email = E-mail
city-org-phone = Telefon
city-org-website = Strona internetowa
city-org-address = Adres
city-org-description = O organizacji
city-org-reason = Uzasadnienie
city-org-not-given = nie podano
city-verify = Zweryfikuj
city-reject = Odrzuć
city-reject-reason = Powód odrzucenia
city-reject-reason-hint = Przeczytają go członkowie organizacji: napisz, co mają poprawić (do 1000 znaków).
city-reject-reason-invalid = Wpisz powód o długości od 1 do 1000 znaków.
# Ktoś zdecydował wcześniej ($value: already-verified, already-rejected,
# verified-cannot-be-rejected).
city-review-conflict = { $value ->
        [already-verified] Ta organizacja jest już zweryfikowana.
        [already-rejected] Ta organizacja jest już odrzucona.
       *[verified-cannot-be-rejected] Ta organizacja jest zweryfikowana, a zweryfikowanej organizacji nie można odrzucić.
    }
city-done-verified = Organizacja jest zweryfikowana. Jej właściciele dostali wiadomość i mogą już publikować oferty.
city-done-rejected = Organizacja jest odrzucona. Jej właściciele dostali wiadomość z uzasadnieniem.

city-dashboard-title = Wolontariat w liczbach
city-dashboard-lead = Statystyki wolontariatu prowadzonego przez HOP. Aby nikogo nie dało się rozpoznać, liczby mniejsze niż { $min } osób nie są pokazywane.
# $when to chwila tak, jak stoi w zdaniu: „w sobotę 5 grudnia 2026 r. o godz. 9:00”.
city-as-of = Dane zebrane { $when }.
city-period-legend = Okres
city-period-from = Pierwszy miesiąc
city-period-to = Ostatni miesiąc
city-period-hint = W formacie RRRR-MM, od { $first } do { $last }.
city-period-from-invalid = Wpisz pierwszy miesiąc od { $first } do { $last } (w formacie RRRR-MM), nie późniejszy niż ostatni.
city-period-to-invalid = Wpisz ostatni miesiąc od { $first } do { $last } (w formacie RRRR-MM), nie wcześniejszy niż pierwszy.
city-show-legend = Pokaż
city-csv-legend = Pliki CSV
city-csv-semicolon = Dla arkusza z przecinkiem dziesiętnym
city-csv-semicolon-hint = Kolumny rozdziela średnikami i zapisuje 12,5 zamiast 12.5, czego oczekuje Excel w polskiej wersji językowej.
city-period-submit = Pokaż
city-period = { $from } – { $to }
city-period-of = Okres: { $period }.

city-glance = W skrócie
city-glance-registered = Zarejestrowani wolontariusze
city-glance-active = Wolontariusze aktywni w okresie
city-glance-hours = Zatwierdzone godziny
city-glance-fill = Zajęte miejsca

city-suppressed = mniej niż { $min }
city-total = Razem
city-csv-link = Pobierz „{ $chart }” jako CSV
city-chart-name = { $chart }: wykres słupkowy. Te same dane są w tabeli obok.

city-age-title = Wolontariusze według wieku
city-age-band-label = Przedział wieku
# Przedział wieku ($value: band- i nazwa przedziału w statystykach:
# band-under-18, band-18-24, band-25-34, band-35-49, band-50-64,
# band-65-plus, band-unknown).
city-age-band = { $value ->
        [band-under-18] poniżej 18 lat
        [band-18-24] 18–24 lata
        [band-25-34] 25–34 lata
        [band-35-49] 35–49 lat
        [band-50-64] 50–64 lata
        [band-65-plus] 65 lat i więcej
       *[band-unknown] wiek nieznany
    }
city-registered = Zarejestrowani
city-active = Aktywni w okresie

city-country-title = Wolontariusze według kraju zamieszkania
city-country-label = Kraj
city-country-none = nie podano
# Kraj według kodu ISO 3166-1; inne kody są pokazywane tak, jak są.
city-country = { $value ->
        [PL] Polska
        [DE] Niemcy
        [LT] Litwa
        [LV] Łotwa
        [UA] Ukraina
        [BY] Białoruś
        [CZ] Czechy
        [SK] Słowacja
        [EE] Estonia
        [FR] Francja
        [ES] Hiszpania
        [IT] Włochy
        [GB] Wielka Brytania
        [IE] Irlandia
        [NL] Holandia
        [PT] Portugalia
        [TR] Turcja
        [GE] Gruzja
        [US] Stany Zjednoczone
       *[other] { $value }
    }

city-hours-title = Zatwierdzone godziny według miesięcy
city-hours-month = Miesiąc
city-hours = Godziny
city-hours-people = Wolontariusze, którzy je przepracowali

city-fill-title = Obsadzenie zmian
city-fill-lead = Miejsca na zmianach zaczynających się w okresie i ile z nich zajęli potwierdzeni wolontariusze.
city-fill-capacity = Miejsca
city-fill-confirmed = Potwierdzone
city-fill-rate = Obsadzenie
city-fill-none = W tym okresie nie zaczyna się żadna zmiana.
city-measure = Miara
city-value = Wartość

city-skills-title = Umiejętności: podaż a zapotrzebowanie
city-skills-lead = Wolontariusze, którzy mają daną umiejętność, wobec wolnych miejsc, które jej wymagają, na zmianach zaczynających się w okresie; największe braki najpierw.
city-skill = Umiejętność
city-skills-supply = Wolontariusze z umiejętnością
city-skills-demand = Wolne miejsca, które jej wymagają
city-skills-gap = Brakuje
city-skills-none = W tym okresie żaden wolontariusz nie ma umiejętności i żadne wolne miejsce jej nie wymaga.
city-no-data = Brak danych dla tego okresu.
city-top-rows = Pokazano { $shown } największych z { $all }; plik CSV zawiera wszystkie.

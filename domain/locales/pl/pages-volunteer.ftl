# Strony wolontariusza: wyszukiwanie, oferta, zapisy, profil, dopasowania,
# godziny, porozumienia i zaświadczenia.

## Wspólne

# $start to początek zmiany tak, jak stoi w zdaniu („w sobotę 5 grudnia
# 2026 r. o godz. 9:00”); $hour i $minute to jej koniec w czasie Torunia.
vol-shift-time = Dyżur { $start }, do { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) }
vol-any = Dowolne
vol-next-page = Następna strona
vol-pages = Więcej wyników
vol-fix-fields = Niektóre pola wymagają poprawy: zobacz komunikaty przy nich.
vol-remote = Zdalnie: bez dojazdu
# Odległość w kilometrach z jednym miejscem po przecinku: $km to pełne kilometry, $tenths dziesiąte części.
vol-distance = { $km },{ $tenths } km stąd
vol-free-places = { $count ->
        [0] Brak wolnych miejsc
        [one] 1 wolne miejsce
        [few] { $count } wolne miejsca
       *[other] { $count } wolnych miejsc
    }
vol-no-upcoming-shift = Na razie brak nadchodzących dyżurów.
vol-cause = { $value ->
        [children] Dzieci
        [seniors] Seniorzy
        [disability] Osoby z niepełnosprawnościami
        [health] Zdrowie
        [education] Edukacja
        [refugees] Uchodźcy
        [poverty] Ubóstwo
        [animals] Zwierzęta
        [environment] Środowisko
        [culture] Kultura
        [sport] Sport
        [community] Społeczność lokalna
        [emergency] Sytuacje kryzysowe
        [human_rights] Prawa człowieka
       *[other] Inne
    }
vol-language-name = { $value ->
        [pl] polski
        [en] angielski
        [de] niemiecki
        [lt] litewski
        [lv] łotewski
        [uk] ukraiński
        [ru] rosyjski
        [be] białoruski
        [fr] francuski
        [es] hiszpański
        [it] włoski
       *[other] { $value }
    }
# Stan zgłoszenia na dyżur.
vol-status = { $value ->
        [pending] Czeka na organizację
        [confirmed] Potwierdzone
        [waitlisted] Na liście rezerwowej
        [rejected] Nieprzyjęte
        [withdrawn] Wycofane
        [attended] Obecność potwierdzona
        [no_show] Odnotowana nieobecność
       *[other] { $value }
    }
# Dlaczego zasada nie pozwoliła na to, o co ktoś prosił; $value to nazwa zasady.
vol-refusal = { $value ->
        [not-published] Ta oferta nie przyjmuje już zgłoszeń.
        [shift-cancelled] Ten dyżur został odwołany.
        [shift-started] Ten dyżur już się zaczął.
        [shift-ended] Ten dyżur już się skończył.
        [profile-missing] Najpierw wypełnij profil wolontariusza: organizacja musi znać Twój wiek.
        [birth-date-missing] Najpierw dodaj datę urodzenia w profilu: niektóre dyżury mają dolną granicę wieku.
        [too-young] W dniu dyżuru nie będziesz mieć jeszcze wieku wymaganego w tej ofercie.
        [guardian-consent-missing] Masz mniej niż 18 lat: najpierw zapisz w profilu zgodę rodzica lub opiekuna.
        [already-signed-up] Jesteś już zapisany(-a) na ten dyżur.
        [overlap] O tej porze masz już inny potwierdzony dyżur.
        [safeguarding-missing] Ta oferta dotyczy pracy z dziećmi: organizacja musi najpierw odnotować wymagane sprawdzenia.
        [agreement-required] Twoja współpraca z tą organizacją trwałaby ponad 30 dni: najpierw trzeba przyjąć pisemne porozumienie.
        [not-withdrawable] Tego zgłoszenia nie można już wycofać.
        [not-worked] Godziny można zgłosić tylko za przepracowany dyżur.
        [already-reported] Te godziny są już zgłoszone; poczekaj na decyzję organizacji.
        [hours-pending] Godziny za ten dyżur czekają na decyzję.
        [not-counting] Poprawić można tylko zatwierdzone godziny.
        [too-many-pending] Zbyt wiele Twoich zgłoszeń czeka na decyzję tej organizacji. Spróbuj ponownie, gdy je rozpatrzy.
        [organization-not-verified] Ta organizacja nie została jeszcze zweryfikowana przez miasto.
        [not-proposed] To porozumienie nie czeka już na Ciebie.
        [no-approved-hours] Nie masz jeszcze zatwierdzonych godzin w tej organizacji.
        [certificate-revoked] Zaświadczenie o dokładnie tej pracy zostało unieważnione. Skontaktuj się z organizacją.
        [own-sign-up] O Twoim własnym zgłoszeniu musi zdecydować ktoś inny z organizacji.
       *[other] Nie udało się tego zrobić z powodu jednej z zasad HOP.
    }
vol-column-opportunity = Oferta
vol-column-shift = Dyżur
vol-column-status = Stan
vol-column-action = Działanie
vol-column-organization = Organizacja
vol-column-time = Czas
vol-column-day = Dzień
vol-column-factor = Czynnik
vol-column-why = Dlaczego
vol-column-points = Punkty
vol-column-certificate = Zaświadczenie

## Wyszukiwanie

vol-search-title = Znajdź wolontariat
vol-filter-cause = Cel
vol-filter-skill = Umiejętność
vol-filter-language = Język
vol-filter-radius = W promieniu
vol-radius-option = { $km } km
vol-filter-from = Od dnia
vol-filter-to = Do dnia
vol-filter-open = Tylko z wolnymi miejscami
vol-filter-apply = Pokaż
vol-near-city-hint = Miejscowość lub dzielnica Torunia, np. Toruń, Podgórz, Bydgoszcz albo Kowno (Kaunas).
vol-near-me = Użyj mojej lokalizacji
vol-near-me-locating = Ustalanie Twojej lokalizacji…
vol-near-me-failed = Lokalizacja jest niedostępna. Wpisz miejscowość.
vol-near-me-used = Szukamy w pobliżu Twojej lokalizacji.
vol-results = Wyniki
vol-results-count = { $count ->
        [0] Nic nie znaleziono. Spróbuj z mniejszą liczbą filtrów albo większą odległością.
        [one] 1 oferta na tej stronie.
        [few] { $count } oferty na tej stronie.
       *[other] { $count } ofert na tej stronie.
    }
vol-search-error = { $value ->
        [near_city] Nie znamy tego miejsca. Wpisz miejscowość lub dzielnicę Torunia, np. Toruń albo Podgórz.
        [skill] Wybierz umiejętność z listy.
        [radius_km] Wybierz odległość z listy.
        [from] Wpisz dzień, np. 2026-12-05.
        [to] Wpisz dzień późniejszy niż „od dnia”, np. 2026-12-31.
        [q] Wpisz co najmniej jedno słowo.
        [cause] Wybierz cel z listy.
        [language] Wybierz język z listy.
       *[other] Sprawdź to pole.
    }
vol-search-start-again = Nie udało się odczytać tego wyszukiwania. Zacznij nowe.

## Oferta

vol-min-age = Od { $age } lat
vol-requires-review = Organizacja rozpatruje zgłoszenia
vol-works-with-children = Praca z dziećmi
vol-where = Gdzie
vol-map-link = Zobacz miejsce w OpenStreetMap
vol-what-it-takes = Czego potrzeba
# $level: 1 (podstawowy), 2 (doświadczony) lub 3 (ekspercki).
vol-skill-required = { $skill } (wymagane, poziom { $level ->
        [1] podstawowy
        [2] średnio zaawansowany
       *[3] ekspercki
    })
vol-skill-preferred = { $skill } (mile widziane, poziom { $level ->
        [1] podstawowy
        [2] średnio zaawansowany
       *[3] ekspercki
    })
# $level to poziom CEFR, np. B1.
vol-language-needed = { $language } na poziomie co najmniej { $level }
vol-shifts = Dyżury
vol-free-places-of = { $count ->
        [0] Brak wolnych miejsc
        [one] 1 wolne miejsce
        [few] { $count } wolne miejsca
       *[other] { $count } wolnych miejsc
    } z { $capacity }
vol-waitlist = { $count ->
        [one] 1 osoba na liście rezerwowej
        [few] { $count } osoby na liście rezerwowej
       *[other] { $count } osób na liście rezerwowej
    }
vol-sign-up = Zapisz się
vol-join-waitlist = Zapisz się na listę rezerwową
vol-sign-in-to-sign-up = Zaloguj się, aby się zapisać
vol-see-my-shifts = Zobacz moje dyżury
vol-back-to-search = Wróć do wyszukiwania
vol-signed-up-confirmed = Jesteś zapisany(-a). Dyżur jest w Twoich dyżurach i w kalendarzu.
vol-signed-up-pending = Jesteś zapisany(-a). Organizacja potwierdzi Twoje miejsce.
vol-signed-up-waitlisted = Dyżur jest pełny: jesteś na liście rezerwowej i przesuniesz się w górę, gdy zwolni się miejsce.

## Moje dyżury

vol-my-shifts-title = Moje dyżury
vol-my-shifts-caption = Twoje zgłoszenia, od najnowszych
vol-no-sign-ups = Nie zapisałeś(-aś) się jeszcze na żaden dyżur.
vol-shift-cancelled = (odwołany)
vol-withdraw = Wycofaj zgłoszenie
vol-withdrawn = Twoje zgłoszenie zostało wycofane.
vol-calendar = Kalendarz
vol-calendar-hint = Subskrybuj swoje dyżury w aplikacji kalendarza. Nowy adres unieważnia poprzedni.
vol-calendar-make = Utwórz nowy adres kalendarza
vol-calendar-new = Adres Twojego kalendarza jest gotowy. Widać go tylko teraz: skopiuj go albo zasubskrybuj i nikomu nie udostępniaj.
vol-calendar-subscribe = Subskrybuj w mojej aplikacji kalendarza
vol-calendar-address = Adres kalendarza

## Profil

vol-profile-title = Mój profil wolontariusza
vol-profile-lead = Napisz, co potrafisz i kiedy masz czas: podpowiemy pasujące oferty, a organizacje zobaczą tylko to, na co pozwolisz.
vol-profile-saved = Profil zapisany.
vol-profile-about = O Tobie
vol-birth-date = Data urodzenia
vol-birth-date-hint = Na przykład 17 5 2004. Niektóre oferty mają dolną granicę wieku; wolontariusze mają co najmniej 13 lat.
vol-birth-day = Dzień
vol-birth-month = Miesiąc
vol-birth-year = Rok
vol-home-city = Miejscowość
vol-home-city-hint = Odległości liczymy od środka podanej miejscowości lub dzielnicy.
vol-home-country = Kraj
vol-not-said = Nie podano
vol-country-name = { $value ->
        [PL] Polska
        [DE] Niemcy
        [LT] Litwa
        [LV] Łotwa
        [UA] Ukraina
        [BY] Białoruś
        [CZ] Czechy
        [SK] Słowacja
        [FR] Francja
        [ES] Hiszpania
        [IT] Włochy
        [GB] Wielka Brytania
       *[other] { $value }
    }
vol-max-distance = Jak daleko dojedziesz (km)
vol-max-distance-hint = Od 0 do 1000 km.
vol-profile-skills = Umiejętności
vol-skills-hint = Wybierz poziom umiejętności, które masz; pozostałe zostaw na „brak”.
vol-skill-category = { $value ->
        [care] Opieka
        [health] Zdrowie
        [education] Edukacja
        [languages] Języki
        [logistics] Logistyka
        [technology] Technologia
        [environment] Środowisko
        [culture] Kultura
        [sport] Sport
        [administration] Administracja
        [communication] Komunikacja
        [transport] Transport
        [crisis] Reagowanie kryzysowe
       *[other] Inne
    }
vol-level-none = Brak
vol-skill-level = { $value ->
        [1] Podstawowy
        [2] Średnio zaawansowany
       *[3] Ekspercki
    }
vol-cefr-level = { $value ->
        [A1] A1 (początkujący)
        [A2] A2 (podstawowy)
        [B1] B1 (średni)
        [B2] B2 (średnio zaawansowany)
        [C1] C1 (zaawansowany)
       *[C2] C2 (biegły)
    }
vol-profile-languages = Języki
vol-languages-legend = Języki, którymi mówisz, z Twoim poziomem
vol-profile-availability = Kiedy masz czas
vol-availability-hint = Zaznacz pory tygodnia, w których zwykle masz czas (czas toruński).
vol-availability-caption = Dostępność w tygodniu
vol-weekday = Dzień
vol-weekday-name = { $value ->
        [mon] poniedziałek
        [tue] wtorek
        [wed] środa
        [thu] czwartek
        [fri] piątek
        [sat] sobota
       *[sun] niedziela
    }
# Etykieta jednej kratki tygodnia: $weekday to nazwa dnia, $from i $to
# godziny, np. 06:00.
vol-slot-label = { $weekday }, { $from }–{ $to }
vol-profile-causes = Cele
vol-causes-legend = Cele, na których Ci zależy
vol-profile-sharing = Widoczność
vol-discoverable = Organizacje mogą mnie znaleźć wśród kandydatów do swoich ofert
vol-discoverable-hint = Widzą Twoje imię, umiejętności, języki, przedział wieku i przedział odległości; nigdy daty urodzenia, adresu ani e-maila.
vol-guardian-legend = Dla wolontariuszy poniżej 18 lat
vol-guardian-hint = Udział osoby niepełnoletniej wymaga zgody rodzica lub opiekuna prawnego.
vol-guardian-consent = Mój rodzic lub opiekun wyraża zgodę
vol-guardian-name = Imię i nazwisko rodzica lub opiekuna
vol-profile-save = Zapisz profil
vol-profile-error = { $value ->
        [birth_date] Wpisz prawdziwą datę urodzenia: dzień, miesiąc i rok, np. 17 5 2004. Wolontariusze mają co najmniej 13 lat.
        [home_city] Wpisz miejscowość (od 1 do 100 znaków).
        [home] Nie udało się ustalić miejsca Twojego domu. Sprawdź miejscowość.
        [home_country] Wybierz kraj z listy.
        [max_distance_km] Wpisz liczbę całkowitą kilometrów od 0 do 1000.
        [skills] Sprawdź umiejętności: każda najwyżej raz, z poziomem z listy.
        [languages] Sprawdź języki: każdy najwyżej raz, z poziomem z listy.
        [availability] Sprawdź zaznaczone pory.
        [causes] Wybierz cele z listy.
        [guardian_name] Podaj imię i nazwisko rodzica lub opiekuna, który wyraża zgodę (od 2 do 200 znaków); osoby poniżej 18 lat potrzebują zgody.
       *[other] Sprawdź to pole.
    }

## Dla ciebie

vol-matches-title = Dla ciebie
vol-matches-lead = Oferty pasujące do Twojego profilu, od najlepszych, z uzasadnieniem.
vol-matches-none = Teraz nic nie pasuje do Twojego profilu. Może pomóc więcej wolnego czasu, większa odległość albo więcej celów.
vol-matches-missing = { $value ->
        [volunteer-profile-missing] Najpierw wypełnij profil wolontariusza: to do niego dobieramy oferty.
        [volunteer-birth-date-missing] Dodaj datę urodzenia w profilu: dopasowanie zależy od Twojego wieku w dniu dyżuru.
       *[other] Najpierw uzupełnij profil.
    }
vol-go-to-profile = Przejdź do mojego profilu
vol-score = Dopasowanie: { $score } na 100
vol-reasons = Dlaczego pasuje
vol-factor = { $value ->
        [skills] Umiejętności
        [languages] Języki
        [distance] Odległość
        [causes] Cele
        [availability] Czas
        [soon] Jak szybko
       *[other] { $value }
    }

## Godziny

vol-hours-title = Moje godziny
vol-hours-approved = Zatwierdzone
vol-hours-pending = Czekają na zatwierdzenie
vol-hours-by-organization = Zatwierdzone godziny według organizacji
vol-hours-entries = Zgłoszone godziny
vol-hours-none = Na razie brak godzin.
vol-hours-status = { $value ->
        [pending] Czeka na zatwierdzenie
        [approved] Zatwierdzone
        [rejected] Niezatwierdzone
       *[other] { $value }
    }
vol-hours-report = Zgłoś godziny
vol-hours-nothing-to-report = Po przepracowanym dyżurze możesz zgłosić tu jego godziny.
vol-hours-for = Za co są te godziny
vol-hours-outside-shift = { $organization }: praca poza dyżurem
vol-hours-day = Dzień pracy
vol-hours-day-hint = Potrzebny przy pracy poza dyżurem; w przeciwnym razie liczy się dzień dyżuru.
vol-hours-amount = Godziny
vol-hours-amount-hint = Na przykład 2,5 to dwie i pół godziny.
vol-hours-description = Co robiłeś(-aś)
vol-hours-submit = Zgłoś godziny
vol-hours-reported = Godziny zgłoszone. Organizacja je zatwierdzi.
vol-hours-error = { $value ->
        [target] Wybierz, za co są te godziny.
        [work_date] Wpisz dzień pracy, np. 2026-11-28, nie z przyszłości.
        [minutes] Wpisz liczbę godzin: więcej niż 0 i najwyżej tyle, ile trwał dyżur (najwyżej 24).
        [description] Opisz pracę w najwyżej 1000 znakach.
       *[other] Sprawdź to pole.
    }

## Porozumienia

vol-agreements-title = Moje porozumienia
vol-agreements-lead = Współpraca z organizacją dłuższa niż 30 dni wymaga pisemnego porozumienia (ustawa o działalności pożytku publicznego i o wolontariacie). Przeczytaj je i przyjmij tutaj.
vol-agreements-none = Nie masz porozumień.
vol-agreement-status = { $value ->
        [proposed] Czeka na Twoją akceptację
        [accepted] Przyjęte
        [terminated] Zakończone
       *[other] { $value }
    }
vol-agreement-scope = Co będziesz robić
vol-agreement-place = Gdzie
vol-agreement-period = Kiedy
vol-agreement-period-value = Od { $from } do { $until }, { $hours ->
        [one] 1 godzina tygodniowo
        [few] { $hours } godziny tygodniowo
       *[other] { $hours } godzin tygodniowo
    }
vol-agreement-termination = Jak można je zakończyć
vol-agreement-insurance = Ubezpieczenie
vol-agreement-guardian-hint = Tylko dla wolontariuszy poniżej 18 lat: rodzic lub opiekun, który wyraża zgodę.
vol-agreement-accept = Przyjmij porozumienie
vol-agreement-accepted = Porozumienie zostało przyjęte.
vol-agreement-guardian-invalid = Aby przyjąć porozumienie za osobę poniżej 18 lat, zaznacz zgodę i podaj imię i nazwisko rodzica lub opiekuna (od 2 do 200 znaków).

## Zaświadczenia

vol-certificates-title = Moje zaświadczenia
vol-certificates-lead = Zaświadczenie potwierdza Twoją zatwierdzoną pracę w organizacji (ustawa o działalności pożytku publicznego i o wolontariacie) i ma kod, który każdy może sprawdzić.
vol-certificates-none = Nie masz jeszcze zatwierdzonych godzin.
vol-certificates-caption = Organizacje, w których masz zatwierdzone godziny
vol-certificate-download = Pobierz zaświadczenie od organizacji { $organization } (PDF)

# Strony organizacji: rejestracja organizacji, jej oferty i dyżury,
# zgłoszenia, kandydaci, godziny i członkowie. „HOP” zostaje bez zmian.

org-mine-title = Moje organizacje
org-mine-memberships = Organizacje, w których działam
org-mine-none = Nie należysz jeszcze do żadnej organizacji. Zarejestruj swoją poniżej albo poproś jej właściciela o zaproszenie na Twój adres e-mail.
org-mine-invitations = Zaproszenia czekające na Twoją odpowiedź
org-invitation-accept = Dołącz do: { $organization }
org-invitation-decline = Odrzuć zaproszenie od: { $organization }
org-role-label = Twoja rola:
org-status-label = Status:
org-register-title = Zarejestruj organizację
org-register-lead = Zostaniesz jej właścicielem. Zanim jej oferty zostaną opublikowane, Centrum Wolontariatu musi ją zweryfikować.
org-register-submit = Zarejestruj organizację

org-field-name = Nazwa organizacji
org-field-kind = Rodzaj
org-field-description = Opis
org-field-contact-email = E-mail kontaktowy
org-field-contact-phone = Telefon kontaktowy
org-field-website = Strona internetowa
org-field-address = Adres
org-field-krs = Numer KRS
org-field-krs-hint = Nieobowiązkowo: 10 cyfr numeru w Krajowym Rejestrze Sądowym.
org-field-title = Tytuł
org-field-cause = Obszar działania
org-field-min-age = Minimalny wiek
org-field-min-age-hint = Od 13 do 99 lat. Osoby niepełnoletnie potrzebują też zgody opiekuna.
org-field-rules = Zgłoszenia
org-field-requires-review = Sprawdzamy każde zgłoszenie, zanim zostanie potwierdzone
org-field-works-with-children = Praca z dziećmi (wymagana jest weryfikacja bezpieczeństwa)
org-field-remote = Zdalnie: z domu
org-field-place = Miejsce
org-field-place-hint = Dokąd przychodzą wolontariusze, chyba że praca jest zdalna. Szerokość i długość geograficzna w stopniach, np. 53.0103 i 18.6057 dla toruńskiej starówki.
org-field-lat = Szerokość geograficzna
org-field-lon = Długość geograficzna
org-field-required-skills = Wymagane umiejętności
org-field-required-skill-n = Wymagana umiejętność { $n }
org-field-required-level-n = Minimalny poziom wymaganej umiejętności { $n }
org-field-preferred-skills = Mile widziane umiejętności
org-field-preferred-skill-n = Mile widziana umiejętność { $n }
org-field-preferred-level-n = Minimalny poziom mile widzianej umiejętności { $n }
org-field-languages = Języki
org-field-language-n = Język { $n }
org-field-language-level-n = Minimalny poziom języka { $n }
org-none-chosen = (brak)
org-field-date = Dzień
org-field-date-hint = Na przykład 5.12.2026 albo 2026-12-05.
org-field-start = Początek
org-field-end = Koniec
org-field-time-hint = Czas toruński, na przykład 09:00.
org-field-end-hint = Czas toruński, na przykład 12:30. Godzina wcześniejsza niż początek oznacza następny dzień.
org-field-capacity = Liczba miejsc

org-field-invalid = { $value ->
        [name] Wpisz nazwę o długości od 2 do 200 znaków.
        [description] Opis jest za długi.
        [kind] Wybierz rodzaj z listy.
        [contact_email] Wpisz adres e-mail, np. ala@example.org.
        [contact_phone] Wpisz numer telefonu, np. +48 56 611 00 00.
        [website] Wpisz adres strony zaczynający się od https://.
        [address] Wpisz adres o długości najwyżej 300 znaków.
        [krs] Numer KRS ma 10 cyfr.
        [lat] Wpisz szerokość geograficzną jako liczbę od -90 do 90.
        [lon] Wpisz długość geograficzną jako liczbę od -180 do 180.
        [location] Podaj szerokość i długość geograficzną miejsca albo zaznacz pracę zdalną.
        [title] Wpisz tytuł o długości od 3 do 200 znaków.
        [cause] Wybierz obszar działania z listy.
        [min_age] Wpisz wiek od 13 do 99 lat.
        [required_skills] Wybierz każdą umiejętność tylko raz, z poziomem.
        [preferred_skills] Wybierz każdą umiejętność tylko raz, z poziomem, i nie spośród wymaganych.
        [languages] Wybierz każdy język tylko raz, z poziomem.
        [date] Wpisz dzień, np. 5.12.2026.
        [start] Wpisz godzinę początku, np. 09:00.
        [end] Wpisz godzinę końca, np. 12:30.
        [starts_at] Dyżur musi zaczynać się w przyszłości.
        [ends_at] Dyżur musi kończyć się po początku, najwyżej 24 godziny później.
        [capacity] Wpisz liczbę miejsc od 1 do 10000, nie mniejszą niż liczba już potwierdzonych.
        [hours] Wpisz przepracowane godziny: więcej niż 0 i najwyżej tyle, ile trwał dyżur.
        [reason] Wpisz uzasadnienie o długości od 1 do 1000 znaków; wolontariusz je przeczyta.
        [email] Wpisz adres e-mail, np. ala@example.org.
        [role] Wybierz rolę z listy.
        [register_checked_at] Wpisz dzień sprawdzenia rejestru; nie może być w przyszłości.
        [criminal_record_certificate] Zaznacz to tylko wtedy, gdy macie zaświadczenie o niekaralności; jest wymagane.
        [ids] Zaznacz co najmniej jeden wpis.
       *[other] Sprawdź to pole.
    }
org-fix-fields = Niektóre pola wymagają poprawy; zobacz komunikaty przy nich.
org-refused = { $value ->
        [opportunity-status] Nie można tego zrobić przy obecnym stanie oferty.
        [opportunity-closed] Oferta jest zamknięta i nie można jej już zmieniać.
        [organization-not-verified] Centrum Wolontariatu nie zweryfikowało jeszcze organizacji.
        [shift-cancelled] Dyżur został odwołany.
        [shift-ended] Dyżur się skończył; zgłoszeń na niego nie można już przyjąć.
        [shift-not-started] Obecność zapisuje się po rozpoczęciu dyżuru.
        [shift-started] Dyżur już się zaczął.
        [not-pending] Przyjąć można tylko zgłoszenie, które czeka na decyzję.
        [not-rejectable] Odrzucić można tylko zgłoszenie oczekujące, potwierdzone lub z listy rezerwowej.
        [not-confirmed] Obecność zapisuje się tylko dla potwierdzonych zgłoszeń.
        [own-sign-up] Nie możesz decydować o własnym zgłoszeniu.
        [safeguarding-missing] Ta oferta obejmuje pracę z dziećmi: najpierw zapisz sprawdzenie rejestru i zaświadczenie o niekaralności.
        [agreement-required] Praca wolontariusza trwałaby ponad 30 dni: dzień dyżuru musi najpierw objąć pisemne porozumienie.
        [overlap] Wolontariusz ma już potwierdzony dyżur w tym czasie.
        [too-young] Wolontariusz jest młodszy niż minimalny wiek w ofercie.
        [guardian-consent-missing] Wolontariusz jest niepełnoletni i nie ma zapisanej zgody opiekuna.
        [birth-date-missing] W profilu wolontariusza brakuje daty urodzenia.
        [profile-missing] Wolontariusz nie ma profilu.
        [capacity-below-confirmed] Miejsc nie może być mniej niż już potwierdzonych wolontariuszy.
        [last-owner] Ostatni właściciel nie może odejść: najpierw nadaj rolę właściciela innemu członkowi.
        [already-member] Ta osoba już jest członkiem.
        [already-invited] Zaproszenie na ten adres jest już otwarte.
        [invitation-expired] Zaproszenie wygasło. Poproś o nowe.
        [invitation-closed] Na zaproszenie już odpowiedziano albo je wycofano.
        [already-decided] O tych godzinach już zdecydowano.
        [own-entry] Nie możesz decydować o własnych godzinach.
        [superseded] Te godziny zastąpiła korekta.
       *[other] Nie można tego teraz zrobić.
    }
org-publish-unverified = Organizacja czeka na weryfikację przez Centrum Wolontariatu. Jej oferty można opublikować, gdy zostanie zweryfikowana.

org-done-registered = Organizacja jest zarejestrowana. Czeka na weryfikację przez Centrum Wolontariatu.
org-done-joined = Jesteś teraz członkiem organizacji.
org-done-invitation-declined = Zaproszenie zostało odrzucone.
org-done-opportunity-created = Oferta jest zapisana jako szkic. Dodaj dyżury, a potem ją opublikuj.
org-done-saved = Zmiany zapisane.
org-done-published = Oferta jest opublikowana: wolontariusze mogą ją znaleźć i się zgłosić.
org-done-closed = Oferta jest zamknięta.
org-done-shift-added = Dyżur został dodany.
org-done-shift-changed = Liczba miejsc została zmieniona.
org-done-shift-cancelled = Dyżur został odwołany; wszyscy zgłoszeni dostaną wiadomość.
org-done-accepted = Zgłoszenie zostało przyjęte.
org-done-rejected = Zgłoszenie zostało odrzucone; wolontariusz dowie się dlaczego.
org-done-attendance = Obecność została zapisana.
org-done-safeguarding = Weryfikacja bezpieczeństwa została zapisana.
org-done-hours-approved = Godziny zostały zatwierdzone.
org-done-hours-rejected = Godziny zostały odrzucone; wolontariusz dowie się dlaczego.
org-done-invited = Zaproszenie zostało wysłane. Osoba zostanie członkiem, gdy je przyjmie.
org-done-removed = Członek został usunięty.

org-role = { $value ->
        [owner] właściciel
       *[coordinator] koordynator
    }
org-status = { $value ->
        [verified] zweryfikowana
        [rejected] odrzucona
       *[pending] czeka na weryfikację
    }
org-kind = { $value ->
        [ngo] Organizacja pozarządowa
        [public] Instytucja publiczna
        [university] Uczelnia
        [school] Szkoła
       *[informal] Grupa nieformalna
    }
org-pending-note = Centrum Wolontariatu weryfikuje każdą nową organizację. Już teraz możesz przygotować oferty i dyżury; opublikujesz je po weryfikacji.
org-rejected-note = Centrum Wolontariatu nie zweryfikowało organizacji: { $reason }
org-manage-nav = Praca z tą stroną
org-new-opportunity = Nowa oferta
org-members-link = Członkowie
org-hours-link = Godziny do zatwierdzenia
org-opportunities = Oferty
org-opportunities-none = Nie ma jeszcze ofert.
org-opportunities-by-status = { $value ->
        [draft] Szkice
        [published] Opublikowane
       *[closed] Zamknięte
    }
org-opportunity-status = { $value ->
        [draft] szkic
        [published] opublikowana
       *[closed] zamknięta
    }

org-opportunity-new-title = Nowa oferta
org-opportunity-edit-title = Zmień ofertę
org-opportunity-save = Zapisz ofertę
org-cause = { $value ->
        [children] Dzieci i młodzież
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
       *[human_rights] Prawa człowieka
    }
org-skill-level = { $value ->
        [1] podstawowy
        [2] doświadczony
       *[3] ekspert
    }
org-language-name = { $value ->
        [pl] polski
        [en] angielski
        [de] niemiecki
        [uk] ukraiński
        [ru] rosyjski
        [be] białoruski
        [lt] litewski
        [lv] łotewski
        [fr] francuski
        [es] hiszpański
        [it] włoski
        [cs] czeski
       *[sk] słowacki
    }

org-signups-link = Zgłoszenia
org-candidates-link = Kandydaci
org-edit-link = Zmień ofertę
org-publish = Opublikuj
org-close = Zamknij ofertę
org-shifts = Dyżury
org-shifts-none = Nie ma jeszcze dyżurów. Dodaj pierwszy poniżej.
org-shifts-caption = Dyżury: { $title }
org-shift-when-heading = Kiedy
org-shift-when = { $start }, do { $end }
org-shift-capacity = Miejsca
org-shift-confirmed = Potwierdzeni
org-shift-waitlist = Lista rezerwowa
org-shift-actions = Działania
org-shift-new-capacity = Miejsca
org-shift-save-capacity = Zmień liczbę miejsc
org-shift-cancel = Odwołaj dyżur
org-shift-cancelled = (odwołany)
org-shift-new = Dodaj dyżur
org-shift-new-lead = Dzień i godziny według czasu toruńskiego.
org-shift-add = Dodaj dyżur

org-signups-title = Zgłoszenia: { $title }
org-back-to-opportunity = Wróć do: { $title }
org-back-to-organization = Wróć do: { $organization }
org-signups-none = Nikt się jeszcze nie zgłosił.
org-signups-more = Starsze zgłoszenia
org-signups-caption = { $count ->
        [one] Jedno zgłoszenie
        [few] { $count } zgłoszenia
       *[many] { $count } zgłoszeń
    }
org-volunteer = Wolontariusz
org-volunteer-erased = (konto usunięte)
org-status-heading = Status
org-application-status = { $value ->
        [pending] czeka na decyzję
        [confirmed] potwierdzone
        [waitlisted] na liście rezerwowej
        [rejected] odrzucone
        [withdrawn] wycofane
        [attended] obecny
       *[no_show] nieobecny
    }
org-pending-reason = { $value ->
        [review] Sprawdzacie każde zgłoszenie.
        [safeguarding] Brakuje weryfikacji bezpieczeństwa.
       *[agreement-required] Dzień dyżuru musi objąć pisemne porozumienie.
    }
org-safeguarding-note = Ta oferta obejmuje pracę z dziećmi. Zanim potwierdzisz zgłoszenie, zapisz, że sprawdziliście Rejestr Sprawców Przestępstw na Tle Seksualnym i macie zaświadczenie o niekaralności wolontariusza.
org-safeguarding-date = Dzień sprawdzenia w rejestrze: { $name }
org-safeguarding-certificate = Mamy zaświadczenie o niekaralności: { $name }
org-safeguarding-submit = Zapisz weryfikację: { $name }
org-accept = Przyjmij: { $name }
org-reject-reason = Powód odrzucenia: { $name }
org-reject = Odrzuć: { $name }
org-attendance-hours = Przepracowane godziny: { $name }
org-attended = Obecność: { $name }
org-no-show = Nieobecność: { $name }

org-candidates-title = Kandydaci: { $title }
org-candidates-lead = Wolontariusze, którzy zgodzili się, by ich znaleziono, od najlepiej dopasowanych. Każdy wynik jest wyjaśniony czynnik po czynniku.
org-candidates-none = Nikt jeszcze nie pasuje do otwartych dyżurów tej oferty.
org-candidates-unverified = Kandydaci pojawią się, gdy Centrum Wolontariatu zweryfikuje organizację.
org-candidates-more = Więcej kandydatów
org-candidate-score = Wynik { $score } na 100
org-candidate-age = wiek { $band }
org-candidate-signed-up = już zgłoszony
org-candidate-reasons = Dlaczego pasuje: { $name }
org-reason-factor = Czynnik
org-reason-points = Punkty
org-reason-detail = Szczegóły
org-factor = { $value ->
        [skills] Umiejętności
        [languages] Języki
        [distance] Odległość
        [causes] Obszary działania
        [availability] Dostępność
       *[soon] Termin
    }

org-hours-title = Godziny do zatwierdzenia: { $organization }
org-hours-none = Żadne godziny nie czekają na zatwierdzenie.
org-hours-more = Więcej godzin
org-hours-caption = { $count ->
        [one] Jeden wpis czeka na zatwierdzenie
        [few] { $count } wpisy czekają na zatwierdzenie
       *[many] { $count } wpisów czeka na zatwierdzenie
    }
org-hours-select = Zaznacz
org-hours-select-one = Zaznacz godziny: { $name }, { $day }
org-hours-work = Praca
org-hours-amount = Godziny
org-hours-approve = Zatwierdź godziny: { $name }, { $day }
org-hours-reject-reason = Powód odrzucenia godzin: { $name }, { $day }
org-hours-reject = Odrzuć godziny: { $name }, { $day }
org-hours-approve-selected = Zatwierdź zaznaczone godziny

org-members-title = Członkowie: { $organization }
org-members-caption = Członkowie i ich role
org-member-name = Imię i nazwisko
org-member-email = E-mail
org-member-role = Rola
org-member-remove = Usuń: { $name }
org-invitations-open = Zaproszenia bez odpowiedzi
org-invite-title = Zaproś członka
org-invite-lead = Osoba przyjmuje zaproszenie z konta o tym adresie e-mail. Właściciele zarządzają też członkami.
org-invite-submit = Wyślij zaproszenie

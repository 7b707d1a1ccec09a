# Powiadomienia: krótki tytuł i treść z pełnych zdań. Zdania unikają
# czasu przeszłego w drugiej osobie, więc pasują do każdego.
# $organization, $what i $when są puste, gdy fakt jest nieznany, a w
# przeciwnym razie zaczynają się od spacji.

quoted = „{ $text }”

organization_verified =
    .title = Organizacja zweryfikowana
    .body = Centrum Wolontariatu zweryfikowało organizację{ $organization }. Możesz już publikować oferty wolontariatu.
organization_rejected =
    .title = Organizacja niezweryfikowana
    .body = Centrum Wolontariatu nie zweryfikowało organizacji{ $organization }.
member_invited =
    .title = Zaproszenie do organizacji
    .body = Zaproszono Cię do organizacji{ $organization }. Zaproszenie możesz przyjąć lub odrzucić w HOP w ciągu 14 dni.
signup_confirmed =
    .title = Zgłoszenie potwierdzone
    .body = Twoje zgłoszenie na zmianę{ $what }{ $when } zostało potwierdzone.
signup_pending =
    .title = Zgłoszenie czeka na decyzję
    .body = Twoje zgłoszenie na zmianę{ $what }{ $when } czeka na decyzję organizacji.
signup_waitlisted =
    .title = Jesteś na liście rezerwowej
    .body = Na zmianie{ $what }{ $when } nie ma już wolnych miejsc, więc trafiasz na listę rezerwową. Jeśli miejsce się zwolni, otrzymasz je automatycznie.
signup_promoted =
    .title = Zwolniło się miejsce
    .body = Na zmianie{ $what }{ $when } zwolniło się miejsce i jest Twoje: Twoje zgłoszenie zostało potwierdzone.
signup_released =
    .title = Zgłoszenie wygasło
    .body = Zgłoszenie na zmianę{ $what }{ $when } nie spełnia już zasad oferty (wiek albo zgoda opiekuna), więc miejsce zostało zwolnione.
signup_rejected =
    .title = Zgłoszenie odrzucone
    .body = Organizacja odrzuciła Twoje zgłoszenie na zmianę{ $what }{ $when }.
shift_changed =
    .title = Zmiana terminu
    .body = Organizacja przesunęła zmianę{ $what }, na którą masz zgłoszenie.
shift-changed-new-time = Teraz zaczyna się{ $when }.
shift_cancelled =
    .title = Zmiana odwołana
    .body = Zmiana{ $what }{ $when } została odwołana.
hours_approved =
    .title = Godziny zatwierdzone
    .body = Organizacja{ $organization } zatwierdziła Twoje godziny wolontariatu{ $on }{ $amount }.
hours_rejected =
    .title = Godziny niezatwierdzone
    .body = Organizacja{ $organization } nie zatwierdziła Twoich godzin wolontariatu{ $on }{ $amount }.
signup_awaits_agreement =
    .title = Potrzebne porozumienie
    .body = Twoje zgłoszenie na zmianę{ $what }{ $when } czeka na pisemne porozumienie wolontariackie: Twoja praca dla tej organizacji trwałaby dłużej niż 30 dni. Gdy przyjmiesz porozumienie zaproponowane przez organizację, miejsce zostanie potwierdzone, jeśli jest wolne.
agreement_required =
    .title = Zgłoszenie wymaga porozumienia
    .body = Zgłoszenie na zmianę{ $what }{ $when } czeka na pisemne porozumienie wolontariackie: praca wolontariusza dla Waszej organizacji trwałaby dłużej niż 30 dni. Zaproponuj porozumienie obejmujące dzień tej zmiany.
agreement_proposed =
    .title = Propozycja porozumienia
    .body = Organizacja{ $organization } proponuje pisemne porozumienie wolontariackie. Możesz je przeczytać i przyjąć w HOP.
agreement_terminated =
    .title = Porozumienie rozwiązane
    .body = Porozumienie wolontariackie z organizacją{ $organization } zostało rozwiązane. Dzień jego zakończenia znajdziesz w HOP.

rejection-reason = Powód: { $reason }
signature = HOP — Toruńskie Centrum Wolontariatu

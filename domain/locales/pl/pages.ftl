# Strony internetowe. „HOP” to nazwa serwisu i zostaje bez zmian.
site-name = HOP Toruń
language-autonym = Polski
skip-to-content = Przejdź do treści
nav-label = Główne
nav-search = Szukaj ofert
nav-for-you = Dla ciebie
nav-my-shifts = Moje dyżury
nav-profile = Profil
nav-organizations = Organizacje
nav-city = Urząd miasta
nav-account = Konto
nav-sign-in = Zaloguj się
nav-register = Załóż konto
nav-sign-out = Wyloguj się
language-switcher = Język:
footer-api = API dla programistów

home-title = Wolontariat w Toruniu
home-lead = Znajdź dyżur, który pasuje do twojego tygodnia, blisko ciebie, w twoim języku, i zapisz się w minutę.
home-volunteers = Dla wolontariuszy
home-volunteers-text = Powiedz nam, co umiesz i kiedy masz czas; podpowiemy pasujące oferty i powiemy dlaczego.
home-organizations = Dla organizacji
home-organizations-text = Publikuj oferty z dyżurami, przeglądaj zgłoszenia, potwierdzaj obecność i godziny.

search-text = Czym chcesz się zająć?
search-near-city = W pobliżu (miasto)
search-submit = Szukaj

done-signed-out = Wylogowano.
done-registered = Konto gotowe. Opowiedz nam o sobie, a podpowiemy pasujące oferty.
done-saved = Zapisano.

field-email = E-mail
field-email-invalid = Wpisz adres e-mail, np. ala@example.org.
field-password = Hasło
field-new-password = Hasło
field-new-password-hint = Co najmniej 10 znaków. Dobrze sprawdza się kilka słów, które zapamiętasz.
field-new-password-invalid = Hasło musi mieć co najmniej 10 znaków (i najwyżej 256 bajtów).
field-display-name = Imię i nazwisko
field-display-name-invalid = Wpisz imię od 1 do 100 znaków.

sign-in-title = Logowanie
sign-in-submit = Zaloguj się
sign-in-no-account = Nie masz jeszcze konta?
sign-in-wrong = Błędny e-mail lub hasło.
sign-in-locked = Zbyt wiele nieudanych prób. Spróbuj ponownie za { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }.

register-title = Załóż konto
register-lead = Jedno konto wystarczy, by być wolontariuszem i pracować dla organizacji.
register-submit = Utwórz konto
register-have-account = Masz już konto?
register-email-taken = Konto z tym adresem e-mail już istnieje. Zaloguj się.
register-too-many = Z tej sieci założono zbyt wiele kont. Spróbuj ponownie za { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }.

account-title = Konto
account-signed-in-as = Zalogowano jako { $name }.
account-sessions = Gdzie jesteś zalogowany
account-sign-out-everywhere-hint = Wylogowuje cię na wszystkich urządzeniach i odbiera dostęp wszystkim aplikacjom używającym twojego konta. Użyj, jeśli zgubisz telefon albo logowałeś się na cudzym komputerze.
account-sign-out-everywhere = Wyloguj mnie wszędzie

error-home-link = Wróć na stronę główną
error-forged-title = Formularz wygasł
error-forged = Dla twojego bezpieczeństwa formularza nie wysłano. Wróć, odśwież stronę i spróbuj ponownie.
error-not-a-form-title = To nie jest formularz
error-not-a-form = Ten adres przyjmuje formularze wysłane ze stron HOP.
error-forbidden-title = Brak dostępu
error-forbidden = Twoje konto nie ma dostępu do tej strony.
error-not-found-title = Nie ma takiej strony
error-not-found = Pod tym adresem nic nie ma. Możliwe, że zostało usunięte.
error-too-many-title = Zbyt wiele prób
error-too-many = Odczekaj kilka minut i spróbuj ponownie.
error-unavailable-title = Zaraz wracamy
error-unavailable = HOP nie może teraz połączyć się z bazą danych. Spróbuj ponownie za chwilę.
error-internal-title = Coś poszło nie tak
error-internal = Nie udało się wyświetlić tej strony. Zespół został powiadomiony; spróbuj ponownie później.
error-bad-request-title = Nie udało się
error-bad-request = Sprawdź, co zostało wpisane, i spróbuj ponownie.

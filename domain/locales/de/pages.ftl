# Die Webseiten. „HOP“ ist der Name des Dienstes und bleibt unverändert.
site-name = HOP Toruń
language-autonym = Deutsch
skip-to-content = Zum Inhalt springen
nav-label = Hauptmenü
nav-search = Angebote finden
nav-for-you = Für Sie
nav-my-shifts = Meine Schichten
nav-profile = Profil
nav-organizations = Organisationen
nav-city = Stadtverwaltung
nav-account = Konto
nav-sign-in = Anmelden
nav-register = Registrieren
nav-sign-out = Abmelden
language-switcher = Sprache:
footer-api = Programmierschnittstelle (API)

home-title = Ehrenamt in Toruń
home-lead = Finden Sie eine Schicht in Ihrer Nähe, in Ihrer Sprache und zu einer Zeit, die Ihnen passt, und melden Sie sich in einer Minute an.
home-volunteers = Für Freiwillige
home-volunteers-text = Sagen Sie uns, was Sie können und wann Sie Zeit haben; wir schlagen Ihnen passende Angebote vor und sagen Ihnen, warum sie passen.
home-organizations = Für Organisationen
home-organizations-text = Veröffentlichen Sie Angebote mit Schichten, prüfen Sie Anmeldungen, bestätigen Sie Teilnahme und Stunden.

search-text = Was möchten Sie tun?
search-near-city = In der Nähe von (Ort)
search-submit = Suchen

done-signed-out = Sie haben sich abgemeldet.
done-registered = Ihr Konto ist eingerichtet. Erzählen Sie uns etwas über sich, damit wir Ihnen passende Angebote vorschlagen können.
done-saved = Gespeichert.

field-email = E-Mail-Adresse
field-email-invalid = Geben Sie eine E-Mail-Adresse ein, zum Beispiel ala@example.org.
field-password = Passwort
field-new-password = Passwort
field-new-password-hint = Mindestens 10 Zeichen. Gut eignen sich einige Wörter, die Sie sich leicht merken können.
field-new-password-invalid = Das Passwort muss mindestens 10 Zeichen (und höchstens 256 Byte) lang sein.
field-display-name = Ihr Name
field-display-name-invalid = Geben Sie einen Namen mit 1 bis 100 Zeichen ein.

sign-in-title = Anmelden
sign-in-submit = Anmelden
sign-in-no-account = Noch kein Konto?
sign-in-wrong = Die E-Mail-Adresse oder das Passwort ist falsch.
# Dativ nach „in“.
sign-in-locked = Zu viele fehlgeschlagene Versuche. Versuchen Sie es in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } erneut.

register-title = Registrieren
register-lead = Ein Konto genügt, um sich ehrenamtlich zu engagieren und für Organisationen tätig zu sein.
register-submit = Mein Konto erstellen
register-have-account = Schon registriert?
register-email-taken = Zu dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich stattdessen an.
register-too-many = Aus diesem Netzwerk wurden zu viele Konten erstellt. Versuchen Sie es in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } erneut.

account-title = Konto
account-signed-in-as = Sie sind als { $name } angemeldet.
account-sessions = Wo Sie angemeldet sind
account-sign-out-everywhere-hint = Meldet Sie auf allen Geräten ab und beendet den Zugriff aller Apps auf Ihr Konto. Nutzen Sie dies, wenn Sie Ihr Smartphone verloren oder sich an einem fremden Computer angemeldet haben.
account-sign-out-everywhere = Überall abmelden

error-home-link = Zurück zur Startseite
error-forged-title = Das Formular ist abgelaufen
error-forged = Zu Ihrer Sicherheit wurde das Formular nicht gesendet. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
error-not-a-form-title = Kein Formular
error-not-a-form = Diese Adresse nimmt nur Formulare entgegen, die von den Seiten von HOP gesendet werden.
error-forbidden-title = Kein Zugriff
error-forbidden = Mit Ihrem Konto können Sie diese Seite nicht öffnen.
error-not-found-title = Seite nicht gefunden
error-not-found = Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite entfernt.
error-too-many-title = Zu viele Versuche
error-too-many = Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.
error-unavailable-title = Gleich wieder da
error-unavailable = HOP kann seine Datenbank gerade nicht erreichen. Bitte versuchen Sie es gleich noch einmal.
error-internal-title = Etwas ist schiefgelaufen
error-internal = Diese Seite konnte nicht angezeigt werden. Das Team wurde benachrichtigt; bitte versuchen Sie es später erneut.
error-bad-request-title = Das hat nicht geklappt
error-bad-request = Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut.

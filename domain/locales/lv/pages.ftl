# Tīmekļa lapas, ar „jūs”. „HOP” ir pakalpojuma nosaukums, un to nemaina.
site-name = HOP Toruń
language-autonym = Latviešu
skip-to-content = Pāriet uz saturu
nav-label = Galvenā izvēlne
nav-search = Meklēt piedāvājumus
nav-for-you = Jums
nav-my-shifts = Manas maiņas
nav-profile = Profils
nav-organizations = Organizācijas
nav-city = Pilsētas pašvaldība
nav-account = Konts
nav-sign-in = Pieslēgties
nav-register = Reģistrēties
nav-sign-out = Atslēgties
language-switcher = Valoda:
footer-api = API izstrādātājiem

home-title = Brīvprātīgais darbs Toruņā
home-lead = Atrodiet maiņu tuvumā, savā valodā un jums ērtā laikā, un piesakieties vienā minūtē.
home-volunteers = Brīvprātīgajiem
home-volunteers-text = Pastāstiet, ko protat un kad jums ir laiks; mēs ieteiksim piemērotus piedāvājumus un paskaidrosim, kāpēc tie der.
home-organizations = Organizācijām
home-organizations-text = Publicējiet piedāvājumus ar maiņām, izskatiet pieteikumus, apstipriniet dalību un stundas.

search-text = Ko jūs vēlētos darīt?
search-near-city = Tuvumā (pilsēta)
search-submit = Meklēt

done-signed-out = Jūs atslēdzāties no HOP.
done-registered = Jūsu konts ir gatavs. Pastāstiet par sevi, lai mēs varētu ieteikt jums piemērotus piedāvājumus.
done-saved = Saglabāts.

field-email = E-pasts
field-email-invalid = Ievadiet e-pasta adresi, piemēram, ala@example.org.
field-password = Parole
field-new-password = Parole
field-new-password-hint = Vismaz 10 rakstzīmes. Labi der daži vārdi, kurus viegli atcerēsieties.
field-new-password-invalid = Parolē jābūt vismaz 10 rakstzīmēm (un ne vairāk kā 256 baitiem).
field-display-name = Jūsu vārds
field-display-name-invalid = Ievadiet vārdu no 1 līdz 100 rakstzīmēm.

sign-in-title = Pieslēgšanās
sign-in-submit = Pieslēgties
sign-in-no-account = Vēl nav konta?
sign-in-wrong = Nepareiza e-pasta adrese vai parole.
# Pēc „pēc”: vienskaitļa ģenitīvs, daudzskaitļa datīvs; [1] bez skaitļa.
sign-in-locked = Pārāk daudz neveiksmīgu mēģinājumu. Mēģiniet vēlreiz pēc { $minutes ->
        [1] minūtes
        [zero] { $minutes } minūtēm
        [one] { $minutes } minūtes
       *[other] { $minutes } minūtēm
    }.

register-title = Reģistrācija
register-lead = Ar vienu kontu pietiek, lai veiktu brīvprātīgo darbu un strādātu organizāciju labā.
register-submit = Izveidot kontu
register-have-account = Jau ir konts?
register-email-taken = Konts ar šo e-pasta adresi jau ir. Pieslēdzieties tam.
register-too-many = No šī tīkla ir izveidots pārāk daudz kontu. Mēģiniet vēlreiz pēc { $minutes ->
        [1] minūtes
        [zero] { $minutes } minūtēm
        [one] { $minutes } minūtes
       *[other] { $minutes } minūtēm
    }.

account-title = Konts
account-signed-in-as = Jūs lietojat HOP kā { $name }.
account-sessions = Kur jūs lietojat HOP
account-sign-out-everywhere-hint = Atslēdz jūs visās ierīcēs un pārtrauc visu lietotņu piekļuvi jūsu kontam. Izmantojiet to, ja pazaudējāt tālruni vai pieslēdzāties svešā datorā.
account-sign-out-everywhere = Atslēgties visur

error-home-link = Atpakaļ uz sākumlapu
error-forged-title = Veidlapa vairs nav derīga
error-forged = Jūsu drošības labad veidlapa netika nosūtīta. Atgriezieties, pārlādējiet lapu un mēģiniet vēlreiz.
error-not-a-form-title = Šī nav veidlapa
error-not-a-form = Šī adrese pieņem tikai veidlapas, kas nosūtītas no HOP lapām.
error-forbidden-title = Piekļuve liegta
error-forbidden = Ar savu kontu jūs nevarat atvērt šo lapu.
error-not-found-title = Lapa nav atrasta
error-not-found = Šajā adresē nekā nav. Iespējams, lapa ir dzēsta.
error-too-many-title = Pārāk daudz mēģinājumu
error-too-many = Lūdzu, uzgaidiet dažas minūtes un mēģiniet vēlreiz.
error-unavailable-title = Drīz būsim atpakaļ
error-unavailable = HOP pašlaik nevar piekļūt savai datubāzei. Lūdzu, mēģiniet vēlreiz pēc brīža.
error-internal-title = Kaut kas nogāja greizi
error-internal = Šo lapu neizdevās parādīt. Komanda ir informēta; lūdzu, mēģiniet vēlreiz vēlāk.
error-bad-request-title = To neizdevās izdarīt
error-bad-request = Pārbaudiet ievadīto un mēģiniet vēlreiz.

# Interneto puslapiai, su „jūs“. „HOP“ yra paslaugos pavadinimas ir nekeičiamas.
site-name = HOP Toruń
language-autonym = Lietuvių
skip-to-content = Pereiti prie turinio
nav-label = Pagrindinis meniu
nav-search = Ieškoti pasiūlymų
nav-for-you = Jums
nav-my-shifts = Mano pamainos
nav-profile = Profilis
nav-organizations = Organizacijos
nav-city = Miesto savivaldybė
nav-account = Paskyra
nav-sign-in = Prisijungti
nav-register = Registruotis
nav-sign-out = Atsijungti
language-switcher = Kalba:
footer-api = API programuotojams

home-title = Savanorystė Torunėje
home-lead = Raskite pamainą netoliese, savo kalba ir jums patogiu laiku, ir užsiregistruokite per minutę.
home-volunteers = Savanoriams
home-volunteers-text = Papasakokite, ką mokate ir kada turite laiko, o mes parinksime tinkamų pasiūlymų ir paaiškinsime, kodėl jie tinka.
home-organizations = Organizacijoms
home-organizations-text = Skelbkite pasiūlymus su pamainomis, peržiūrėkite registracijas, tvirtinkite dalyvavimą ir valandas.

search-text = Ką norėtumėte veikti?
search-near-city = Netoli (miesto)
search-submit = Ieškoti

done-signed-out = Atsijungėte.
done-registered = Jūsų paskyra paruošta. Papasakokite apie save, kad galėtume parinkti jums tinkamų pasiūlymų.
done-saved = Išsaugota.

field-email = El. paštas
field-email-invalid = Įveskite el. pašto adresą, pvz., ala@example.org.
field-password = Slaptažodis
field-new-password = Slaptažodis
field-new-password-hint = Ne mažiau kaip 10 simbolių. Gerai tinka keli žodžiai, kuriuos lengvai prisiminsite.
field-new-password-invalid = Slaptažodį turi sudaryti ne mažiau kaip 10 simbolių (ir ne daugiau kaip 256 baitai).
field-display-name = Jūsų vardas
field-display-name-invalid = Įveskite vardą nuo 1 iki 100 simbolių.

sign-in-title = Prisijungimas
sign-in-submit = Prisijungti
sign-in-no-account = Dar neturite paskyros?
sign-in-wrong = Neteisingas el. pašto adresas arba slaptažodis.
# Kilmininkas po „po“; [1] – be skaičiaus.
sign-in-locked = Per daug nesėkmingų bandymų. Bandykite dar kartą po { $minutes ->
        [1] minutės
        [one] { $minutes } minutės
        [few] { $minutes } minučių
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }.

register-title = Registracija
register-lead = Vienos paskyros pakanka ir savanoriauti, ir dirbti organizacijoms.
register-submit = Sukurti paskyrą
register-have-account = Jau turite paskyrą?
register-email-taken = Paskyra su šiuo el. pašto adresu jau yra. Prisijunkite prie jos.
register-too-many = Iš šio tinklo sukurta per daug paskyrų. Bandykite dar kartą po { $minutes ->
        [1] minutės
        [one] { $minutes } minutės
        [few] { $minutes } minučių
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }.

account-title = Paskyra
account-signed-in-as = Prisijungta kaip { $name }.
account-sessions = Kur prisijungta
account-sign-out-everywhere-hint = Atjungia jus visuose įrenginiuose ir panaikina visų programėlių prieigą prie jūsų paskyros. Naudokite, jei pametėte telefoną arba prisijungėte svetimame kompiuteryje.
account-sign-out-everywhere = Atsijungti visur

error-home-link = Grįžti į pradžios puslapį
error-forged-title = Formos galiojimas baigėsi
error-forged = Jūsų saugumui forma nebuvo išsiųsta. Grįžkite atgal, atnaujinkite puslapį ir bandykite dar kartą.
error-not-a-form-title = Tai ne forma
error-not-a-form = Šiuo adresu priimamos tik formos, išsiųstos iš HOP puslapių.
error-forbidden-title = Prieiga negalima
error-forbidden = Su savo paskyra šio puslapio atidaryti negalite.
error-not-found-title = Puslapis nerastas
error-not-found = Šiuo adresu nieko nėra. Galbūt puslapis buvo pašalintas.
error-too-many-title = Per daug bandymų
error-too-many = Palaukite kelias minutes ir bandykite dar kartą.
error-unavailable-title = Netrukus grįšime
error-unavailable = HOP šiuo metu negali prisijungti prie savo duomenų bazės. Bandykite dar kartą po akimirkos.
error-internal-title = Kažkas nepavyko
error-internal = Nepavyko parodyti šio puslapio. Komanda apie tai informuota; bandykite dar kartą vėliau.
error-bad-request-title = Nepavyko atlikti
error-bad-request = Patikrinkite, ką įvedėte, ir bandykite dar kartą.

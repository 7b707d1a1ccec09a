# Pranešimai: trumpas pavadinimas ir tekstas pilnais sakiniais, su „jūs“.
# $organization, $what ir $when yra tušti, kai faktas nežinomas, o kitaip
# prasideda tarpu.

quoted = „{ $text }“

organization_verified =
    .title = Organizacija patvirtinta
    .body = Savanorystės centras patvirtino organizaciją{ $organization }. Dabar galite skelbti savanorystės pasiūlymus.
organization_rejected =
    .title = Organizacija nepatvirtinta
    .body = Savanorystės centras nepatvirtino organizacijos{ $organization }.
member_invited =
    .title = Kvietimas prisijungti prie organizacijos
    .body = Esate kviečiami prisijungti prie organizacijos{ $organization }. Kvietimą HOP sistemoje galite priimti arba atmesti per 14 dienų.
signup_confirmed =
    .title = Registracija patvirtinta
    .body = Jūsų registracija į pamainą{ $what }{ $when } patvirtinta.
signup_pending =
    .title = Registracija gauta
    .body = Jūsų registracija į pamainą{ $what }{ $when } laukia organizacijos sprendimo.
signup_waitlisted =
    .title = Esate laukiančiųjų sąraše
    .body = Pamainoje{ $what }{ $when } laisvų vietų nebėra, todėl esate laukiančiųjų sąraše. Atsilaisvinus vietai, ją gausite automatiškai.
signup_promoted =
    .title = Atsilaisvino vieta
    .body = Pamainoje{ $what }{ $when } atsilaisvino vieta, ir ji skirta jums: jūsų registracija patvirtinta.
signup_released =
    .title = Registracija panaikinta
    .body = Jūsų registracija į pamainą{ $what }{ $when } nebeatitinka pasiūlymo taisyklių (amžius arba globėjo sutikimas), todėl vieta atlaisvinta.
signup_rejected =
    .title = Registracija atmesta
    .body = Organizacija atmetė jūsų registraciją į pamainą{ $what }{ $when }.
shift_changed =
    .title = Pamaina perkelta
    .body = Organizacija perkėlė pamainą{ $what }, į kurią esate užsiregistravę.
shift-changed-new-time = Dabar ji prasideda{ $when }.
shift_cancelled =
    .title = Pamaina atšaukta
    .body = Pamaina{ $what }{ $when } atšaukta.
hours_approved =
    .title = Valandos patvirtintos
    .body = Organizacija{ $organization } patvirtino jūsų savanorystės valandas{ $on }{ $amount }.
hours_rejected =
    .title = Valandos nepatvirtintos
    .body = Organizacija{ $organization } nepatvirtino jūsų savanorystės valandų{ $on }{ $amount }.
signup_awaits_agreement =
    .title = Reikalinga rašytinė sutartis
    .body = Jūsų registracija į pamainą{ $what }{ $when } laukia rašytinės savanorystės sutarties: jūsų veikla šioje organizacijoje truktų ilgiau nei 30 dienų. Kai priimsite organizacijos pasiūlytą sutartį, jūsų vieta bus patvirtinta, jei yra laisvų vietų.
agreement_required =
    .title = Registracijai reikia sutarties
    .body = Registracija į pamainą{ $what }{ $when } laukia rašytinės savanorystės sutarties: savanorio veikla jūsų organizacijoje truktų ilgiau nei 30 dienų. Pasiūlykite sutartį, apimančią pamainos dieną.
agreement_proposed =
    .title = Pasiūlyta savanorystės sutartis
    .body = Organizacija{ $organization } siūlo rašytinę savanorystės sutartį. Ją galite perskaityti ir priimti HOP sistemoje.
agreement_terminated =
    .title = Savanorystės sutartis nutraukta
    .body = Savanorystės sutartis su organizacija{ $organization } nutraukta. Jos pabaigos dieną rasite HOP sistemoje.

rejection-reason = Priežastis: { $reason }
signature = HOP — Torunės savanorystės centras

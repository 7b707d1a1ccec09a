# Paziņojumi: īss virsraksts un teksts pilnos teikumos, ar „jūs“.
# $organization, $what un $when ir tukši, ja fakts nav zināms, citādi
# sākas ar atstarpi.

quoted = „{ $text }”

organization_verified =
    .title = Organizācija apstiprināta
    .body = Brīvprātīgā darba centrs ir apstiprinājis organizāciju{ $organization }. Tagad varat publicēt brīvprātīgā darba piedāvājumus.
organization_rejected =
    .title = Organizācija nav apstiprināta
    .body = Brīvprātīgā darba centrs nav apstiprinājis organizāciju{ $organization }.
member_invited =
    .title = Uzaicinājums pievienoties organizācijai
    .body = Jums ir uzaicinājums pievienoties organizācijai{ $organization }. Uzaicinājumu HOP varat pieņemt vai noraidīt 14 dienu laikā.
signup_confirmed =
    .title = Pieteikums apstiprināts
    .body = Jūsu pieteikums maiņai{ $what }{ $when } ir apstiprināts.
signup_pending =
    .title = Pieteikums saņemts
    .body = Jūsu pieteikums maiņai{ $what }{ $when } gaida organizācijas lēmumu.
signup_waitlisted =
    .title = Jūs esat gaidīšanas sarakstā
    .body = Maiņā{ $what }{ $when } brīvu vietu vairs nav, tāpēc jūsu pieteikums ir gaidīšanas sarakstā. Ja kāda vieta atbrīvosies, jūs to saņemsiet automātiski.
signup_promoted =
    .title = Atbrīvojās vieta
    .body = Maiņā{ $what }{ $when } atbrīvojās vieta, un tā ir jūsu: jūsu pieteikums tagad ir apstiprināts.
signup_released =
    .title = Pieteikums atcelts
    .body = Jūsu pieteikums maiņai{ $what }{ $when } vairs neatbilst piedāvājuma noteikumiem (vecums vai aizbildņa piekrišana), tāpēc vieta ir atbrīvota.
signup_rejected =
    .title = Pieteikums noraidīts
    .body = Organizācija noraidīja jūsu pieteikumu maiņai{ $what }{ $when }.
shift_changed =
    .title = Maiņa pārcelta
    .body = Organizācija ir pārcēlusi maiņu{ $what }, uz kuru jums ir pieteikums.
shift-changed-new-time = Tagad tā sākas{ $when }.
shift_cancelled =
    .title = Maiņa atcelta
    .body = Maiņa{ $what }{ $when } ir atcelta.
hours_approved =
    .title = Stundas apstiprinātas
    .body = Organizācija{ $organization } apstiprināja jūsu brīvprātīgā darba stundas{ $on }{ $amount }.
hours_rejected =
    .title = Stundas nav apstiprinātas
    .body = Organizācija{ $organization } neapstiprināja jūsu brīvprātīgā darba stundas{ $on }{ $amount }.
signup_awaits_agreement =
    .title = Nepieciešams rakstisks līgums
    .body = Jūsu pieteikums maiņai{ $what }{ $when } gaida rakstisku brīvprātīgā darba līgumu: jūsu darbs šajā organizācijā ilgtu vairāk nekā 30 dienas. Kad pieņemsiet organizācijas piedāvāto līgumu, jūsu vieta tiks apstiprināta, ja kāda ir brīva.
agreement_required =
    .title = Pieteikumam nepieciešams līgums
    .body = Pieteikums maiņai{ $what }{ $when } gaida rakstisku brīvprātīgā darba līgumu: brīvprātīgā darbs jūsu organizācijā ilgtu vairāk nekā 30 dienas. Piedāvājiet līgumu, kas aptver maiņas dienu.
agreement_proposed =
    .title = Piedāvāts brīvprātīgā darba līgums
    .body = Organizācija{ $organization } piedāvā rakstisku brīvprātīgā darba līgumu. To varat izlasīt un pieņemt HOP.
agreement_terminated =
    .title = Brīvprātīgā darba līgums izbeigts
    .body = Brīvprātīgā darba līgums ar organizāciju{ $organization } ir izbeigts. Tā beigu dienu redzēsiet HOP.

rejection-reason = Iemesls: { $reason }
signature = HOP — Toruņas Brīvprātīgā darba centrs

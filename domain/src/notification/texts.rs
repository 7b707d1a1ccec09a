//! The words of notifications in each of HOP's six languages.
//!
//! Sentences address the reader without a grammatical gender (Polish avoids
//! past-tense "you", Latvian past participles), so one text fits everyone;
//! they use the polite "you" where a language has one (Sie, jūs, ви).

use super::{NotificationKind as Kind, Parts};
use crate::i18n::Lang;

/// The title and body (without the reason) of `kind` in `lang`.
pub(super) fn text(kind: Kind, lang: Lang, parts: &Parts) -> (&'static str, String) {
    match lang {
        Lang::Pl => pl(kind, parts),
        Lang::En => en(kind, parts),
        Lang::De => de(kind, parts),
        Lang::Lt => lt(kind, parts),
        Lang::Lv => lv(kind, parts),
        Lang::Uk => uk(kind, parts),
    }
}

/// The word before a rejection's reason.
pub(super) fn reason_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "Powód",
        Lang::En => "Reason",
        Lang::De => "Begründung",
        Lang::Lt => "Priežastis",
        Lang::Lv => "Iemesls",
        Lang::Uk => "Причина",
    }
}

/// The line that signs e-mails.
pub(super) fn signature(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "HOP — Toruńskie Centrum Wolontariatu",
        Lang::En => "HOP — Toruń Volunteering Center",
        Lang::De => "HOP — Freiwilligenzentrum Toruń",
        Lang::Lt => "HOP — Torunės savanorystės centras",
        Lang::Lv => "HOP — Toruņas Brīvprātīgā darba centrs",
        Lang::Uk => "HOP — Волонтерський центр Торуня",
    }
}

/// `sentence` followed by `then` when the shift's new time is known.
fn with_new_time(sentence: String, then: impl FnOnce() -> String, parts: &Parts) -> String {
    if parts.when.is_empty() {
        sentence
    } else {
        format!("{sentence} {}", then())
    }
}

fn pl(kind: Kind, p: &Parts) -> (&'static str, String) {
    let Parts {
        organization,
        what,
        when,
        ..
    } = p;
    match kind {
        Kind::OrganizationVerified => (
            "Organizacja zweryfikowana",
            format!(
                "Centrum Wolontariatu zweryfikowało organizację{organization}. \
                 Możesz już publikować oferty wolontariatu."
            ),
        ),
        Kind::OrganizationRejected => (
            "Organizacja niezweryfikowana",
            format!("Centrum Wolontariatu nie zweryfikowało organizacji{organization}."),
        ),
        Kind::MemberInvited => (
            "Zaproszenie do organizacji",
            format!(
                "Zaproszono Cię do organizacji{organization}. Zaproszenie możesz przyjąć \
                 lub odrzucić w HOP w ciągu 14 dni."
            ),
        ),
        Kind::SignupConfirmed => (
            "Zgłoszenie potwierdzone",
            format!("Twoje zgłoszenie na zmianę{what}{when} zostało potwierdzone."),
        ),
        Kind::SignupPending => (
            "Zgłoszenie czeka na decyzję",
            format!("Twoje zgłoszenie na zmianę{what}{when} czeka na decyzję organizacji."),
        ),
        Kind::SignupWaitlisted => (
            "Jesteś na liście rezerwowej",
            format!(
                "Na zmianie{what}{when} nie ma już wolnych miejsc, więc trafiasz na listę \
                 rezerwową. Jeśli miejsce się zwolni, otrzymasz je automatycznie."
            ),
        ),
        Kind::SignupPromoted => (
            "Zwolniło się miejsce",
            format!(
                "Na zmianie{what}{when} zwolniło się miejsce i jest Twoje: \
                 Twoje zgłoszenie zostało potwierdzone."
            ),
        ),
        Kind::SignupReleased => (
            "Zgłoszenie wygasło",
            format!(
                "Zgłoszenie na zmianę{what}{when} nie spełnia już zasad oferty \
                 (wiek albo zgoda opiekuna), więc miejsce zostało zwolnione."
            ),
        ),
        Kind::SignupRejected => (
            "Zgłoszenie odrzucone",
            format!("Organizacja odrzuciła Twoje zgłoszenie na zmianę{what}{when}."),
        ),
        Kind::ShiftChanged => (
            "Zmiana terminu",
            with_new_time(
                format!("Organizacja przesunęła zmianę{what}, na którą masz zgłoszenie."),
                || format!("Teraz zaczyna się{when}."),
                p,
            ),
        ),
        Kind::ShiftCancelled => (
            "Zmiana odwołana",
            format!("Zmiana{what}{when} została odwołana."),
        ),
    }
}

fn en(kind: Kind, p: &Parts) -> (&'static str, String) {
    let Parts {
        organization,
        what,
        when,
        ..
    } = p;
    match kind {
        Kind::OrganizationVerified => (
            "Organisation verified",
            format!(
                "The Volunteering Center has verified the organisation{organization}. \
                 You can now publish volunteering opportunities."
            ),
        ),
        Kind::OrganizationRejected => (
            "Organisation not verified",
            format!("The Volunteering Center has not verified the organisation{organization}."),
        ),
        Kind::MemberInvited => (
            "Invitation to join an organisation",
            format!(
                "You have been invited to join the organisation{organization}. You can accept \
                 or decline the invitation in HOP within 14 days."
            ),
        ),
        Kind::SignupConfirmed => (
            "Sign-up confirmed",
            format!("Your sign-up for the shift{what}{when} is confirmed."),
        ),
        Kind::SignupPending => (
            "Sign-up received",
            format!(
                "Your sign-up for the shift{what}{when} is waiting for the organisation’s review."
            ),
        ),
        Kind::SignupWaitlisted => (
            "You are on the waiting list",
            format!(
                "The shift{what}{when} is full, so you are on its waiting list. \
                 If a place becomes free, it will be yours automatically."
            ),
        ),
        Kind::SignupPromoted => (
            "A place has become free",
            format!(
                "A place has become free on the shift{what}{when}, and it is yours: \
                 your sign-up is now confirmed."
            ),
        ),
        Kind::SignupReleased => (
            "Sign-up released",
            format!(
                "Your sign-up for the shift{what}{when} no longer meets the opportunity's rules \
                 (age or a guardian's consent), so its place has been released."
            ),
        ),
        Kind::SignupRejected => (
            "Sign-up declined",
            format!("The organisation has declined your sign-up for the shift{what}{when}."),
        ),
        Kind::ShiftChanged => (
            "Shift rescheduled",
            with_new_time(
                format!("The organisation has moved the shift{what} you signed up for."),
                || format!("It now starts{when}."),
                p,
            ),
        ),
        Kind::ShiftCancelled => (
            "Shift cancelled",
            format!("The shift{what}{when} has been cancelled."),
        ),
    }
}

fn de(kind: Kind, p: &Parts) -> (&'static str, String) {
    let Parts {
        organization,
        what,
        when,
        ..
    } = p;
    match kind {
        Kind::OrganizationVerified => (
            "Organisation verifiziert",
            format!(
                "Das Freiwilligenzentrum hat die Organisation{organization} verifiziert. \
                 Sie können jetzt Freiwilligenangebote veröffentlichen."
            ),
        ),
        Kind::OrganizationRejected => (
            "Organisation nicht verifiziert",
            format!(
                "Das Freiwilligenzentrum hat die Organisation{organization} nicht verifiziert."
            ),
        ),
        Kind::MemberInvited => (
            "Einladung in eine Organisation",
            format!(
                "Sie wurden eingeladen, der Organisation{organization} beizutreten. Sie können \
                 die Einladung innerhalb von 14 Tagen in HOP annehmen oder ablehnen."
            ),
        ),
        Kind::SignupConfirmed => (
            "Anmeldung bestätigt",
            format!("Ihre Anmeldung für die Schicht{what}{when} ist bestätigt."),
        ),
        Kind::SignupPending => (
            "Anmeldung eingegangen",
            format!(
                "Ihre Anmeldung für die Schicht{what}{when} wartet auf die Prüfung \
                 durch die Organisation."
            ),
        ),
        Kind::SignupWaitlisted => (
            "Sie stehen auf der Warteliste",
            format!(
                "Die Schicht{what}{when} ist ausgebucht, daher stehen Sie auf der Warteliste. \
                 Wird ein Platz frei, erhalten Sie ihn automatisch."
            ),
        ),
        Kind::SignupPromoted => (
            "Ein Platz ist frei geworden",
            format!(
                "Bei der Schicht{what}{when} ist ein Platz frei geworden, und er gehört Ihnen: \
                 Ihre Anmeldung ist jetzt bestätigt."
            ),
        ),
        Kind::SignupReleased => (
            "Anmeldung aufgehoben",
            format!(
                "Ihre Anmeldung für die Schicht{what}{when} erfüllt die Regeln des Angebots \
                 (Alter oder Einwilligung der Erziehungsberechtigten) nicht mehr; \
                 der Platz wurde freigegeben."
            ),
        ),
        Kind::SignupRejected => (
            "Anmeldung abgelehnt",
            format!("Die Organisation hat Ihre Anmeldung für die Schicht{what}{when} abgelehnt."),
        ),
        Kind::ShiftChanged => (
            "Schicht verlegt",
            with_new_time(
                format!(
                    "Die Organisation hat die Schicht{what}, für die Sie angemeldet sind, verlegt."
                ),
                || format!("Sie beginnt jetzt{when}."),
                p,
            ),
        ),
        Kind::ShiftCancelled => (
            "Schicht abgesagt",
            format!("Die Schicht{what}{when} wurde abgesagt."),
        ),
    }
}

fn lt(kind: Kind, p: &Parts) -> (&'static str, String) {
    let Parts {
        organization,
        what,
        when,
        ..
    } = p;
    match kind {
        Kind::OrganizationVerified => (
            "Organizacija patvirtinta",
            format!(
                "Savanorystės centras patvirtino organizaciją{organization}. \
                 Dabar galite skelbti savanorystės pasiūlymus."
            ),
        ),
        Kind::OrganizationRejected => (
            "Organizacija nepatvirtinta",
            format!("Savanorystės centras nepatvirtino organizacijos{organization}."),
        ),
        Kind::MemberInvited => (
            "Kvietimas prisijungti prie organizacijos",
            format!(
                "Esate kviečiami prisijungti prie organizacijos{organization}. Kvietimą HOP \
                 sistemoje galite priimti arba atmesti per 14 dienų."
            ),
        ),
        Kind::SignupConfirmed => (
            "Registracija patvirtinta",
            format!("Jūsų registracija į pamainą{what}{when} patvirtinta."),
        ),
        Kind::SignupPending => (
            "Registracija gauta",
            format!("Jūsų registracija į pamainą{what}{when} laukia organizacijos sprendimo."),
        ),
        Kind::SignupWaitlisted => (
            "Esate laukiančiųjų sąraše",
            format!(
                "Pamainoje{what}{when} laisvų vietų nebėra, todėl esate laukiančiųjų sąraše. \
                 Atsilaisvinus vietai, ją gausite automatiškai."
            ),
        ),
        Kind::SignupPromoted => (
            "Atsilaisvino vieta",
            format!(
                "Pamainoje{what}{when} atsilaisvino vieta, ir ji skirta jums: \
                 jūsų registracija patvirtinta."
            ),
        ),
        Kind::SignupReleased => (
            "Registracija panaikinta",
            format!(
                "Jūsų registracija į pamainą{what}{when} nebeatitinka pasiūlymo taisyklių \
                 (amžius arba globėjo sutikimas), todėl vieta atlaisvinta."
            ),
        ),
        Kind::SignupRejected => (
            "Registracija atmesta",
            format!("Organizacija atmetė jūsų registraciją į pamainą{what}{when}."),
        ),
        Kind::ShiftChanged => (
            "Pamaina perkelta",
            with_new_time(
                format!("Organizacija perkėlė pamainą{what}, į kurią esate užsiregistravę."),
                || format!("Dabar ji prasideda{when}."),
                p,
            ),
        ),
        Kind::ShiftCancelled => ("Pamaina atšaukta", format!("Pamaina{what}{when} atšaukta.")),
    }
}

fn lv(kind: Kind, p: &Parts) -> (&'static str, String) {
    let Parts {
        organization,
        what,
        when,
        ..
    } = p;
    match kind {
        Kind::OrganizationVerified => (
            "Organizācija apstiprināta",
            format!(
                "Brīvprātīgā darba centrs ir apstiprinājis organizāciju{organization}. \
                 Tagad varat publicēt brīvprātīgā darba piedāvājumus."
            ),
        ),
        Kind::OrganizationRejected => (
            "Organizācija nav apstiprināta",
            format!("Brīvprātīgā darba centrs nav apstiprinājis organizāciju{organization}."),
        ),
        Kind::MemberInvited => (
            "Uzaicinājums pievienoties organizācijai",
            format!(
                "Jums ir uzaicinājums pievienoties organizācijai{organization}. Uzaicinājumu \
                 HOP varat pieņemt vai noraidīt 14 dienu laikā."
            ),
        ),
        Kind::SignupConfirmed => (
            "Pieteikums apstiprināts",
            format!("Jūsu pieteikums maiņai{what}{when} ir apstiprināts."),
        ),
        Kind::SignupPending => (
            "Pieteikums saņemts",
            format!("Jūsu pieteikums maiņai{what}{when} gaida organizācijas lēmumu."),
        ),
        Kind::SignupWaitlisted => (
            "Jūs esat gaidīšanas sarakstā",
            format!(
                "Maiņā{what}{when} brīvu vietu vairs nav, tāpēc jūsu pieteikums ir gaidīšanas \
                 sarakstā. Ja kāda vieta atbrīvosies, jūs to saņemsiet automātiski."
            ),
        ),
        Kind::SignupPromoted => (
            "Atbrīvojās vieta",
            format!(
                "Maiņā{what}{when} atbrīvojās vieta, un tā ir jūsu: \
                 jūsu pieteikums tagad ir apstiprināts."
            ),
        ),
        Kind::SignupReleased => (
            "Pieteikums atcelts",
            format!(
                "Jūsu pieteikums maiņai{what}{when} vairs neatbilst piedāvājuma noteikumiem \
                 (vecums vai aizbildņa piekrišana), tāpēc vieta ir atbrīvota."
            ),
        ),
        Kind::SignupRejected => (
            "Pieteikums noraidīts",
            format!("Organizācija noraidīja jūsu pieteikumu maiņai{what}{when}."),
        ),
        Kind::ShiftChanged => (
            "Maiņa pārcelta",
            with_new_time(
                format!("Organizācija ir pārcēlusi maiņu{what}, uz kuru jums ir pieteikums."),
                || format!("Tagad tā sākas{when}."),
                p,
            ),
        ),
        Kind::ShiftCancelled => ("Maiņa atcelta", format!("Maiņa{what}{when} ir atcelta.")),
    }
}

fn uk(kind: Kind, p: &Parts) -> (&'static str, String) {
    let Parts {
        organization,
        what,
        when,
        ..
    } = p;
    match kind {
        Kind::OrganizationVerified => (
            "Організацію підтверджено",
            format!(
                "Волонтерський центр підтвердив організацію{organization}. \
                 Тепер ви можете публікувати волонтерські пропозиції."
            ),
        ),
        Kind::OrganizationRejected => (
            "Організацію не підтверджено",
            format!("Волонтерський центр не підтвердив організацію{organization}."),
        ),
        Kind::MemberInvited => (
            "Запрошення до організації",
            format!(
                "Вас запрошено приєднатися до організації{organization}. Прийняти або \
                 відхилити запрошення в HOP можна протягом 14 днів."
            ),
        ),
        Kind::SignupConfirmed => (
            "Заявку підтверджено",
            format!("Вашу заявку на зміну{what}{when} підтверджено."),
        ),
        Kind::SignupPending => (
            "Заявку отримано",
            format!("Ваша заявка на зміну{what}{when} очікує на розгляд організацією."),
        ),
        Kind::SignupWaitlisted => (
            "Ви в списку очікування",
            format!(
                "На зміні{what}{when} немає вільних місць, тому вашу заявку додано до списку \
                 очікування. Якщо місце звільниться, ви отримаєте його автоматично."
            ),
        ),
        Kind::SignupPromoted => (
            "Звільнилося місце",
            format!(
                "На зміні{what}{when} звільнилося місце, і воно ваше: вашу заявку підтверджено."
            ),
        ),
        Kind::SignupReleased => (
            "Заявку анульовано",
            format!(
                "Ваша заявка на зміну{what}{when} більше не відповідає правилам пропозиції \
                 (вік або згода опікуна), тому місце звільнено."
            ),
        ),
        Kind::SignupRejected => (
            "Заявку відхилено",
            format!("Організація відхилила вашу заявку на зміну{what}{when}."),
        ),
        Kind::ShiftChanged => (
            "Зміну перенесено",
            with_new_time(
                format!("Організація перенесла зміну{what}, на яку ви записані."),
                || format!("Тепер вона починається{when}."),
                p,
            ),
        ),
        Kind::ShiftCancelled => ("Зміну скасовано", format!("Зміну{what}{when} скасовано.")),
    }
}

// Calendar words, Monday first and January first.

pub(super) const PL_WEEKDAYS_ACCUSATIVE: [&str; 7] = [
    "poniedziałek",
    "wtorek",
    "środę",
    "czwartek",
    "piątek",
    "sobotę",
    "niedzielę",
];
pub(super) const PL_MONTHS_GENITIVE: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

pub(super) const EN_WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub(super) const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub(super) const DE_WEEKDAYS: [&str; 7] = [
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
];
pub(super) const DE_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

pub(super) const LT_WEEKDAYS_ACCUSATIVE: [&str; 7] = [
    "pirmadienį",
    "antradienį",
    "trečiadienį",
    "ketvirtadienį",
    "penktadienį",
    "šeštadienį",
    "sekmadienį",
];
pub(super) const LT_MONTHS_GENITIVE: [&str; 12] = [
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
];

pub(super) const LV_WEEKDAYS: [&str; 7] = [
    "pirmdien",
    "otrdien",
    "trešdien",
    "ceturtdien",
    "piektdien",
    "sestdien",
    "svētdien",
];
pub(super) const LV_MONTHS_LOCATIVE: [&str; 12] = [
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
];

pub(super) const UK_WEEKDAYS_ACCUSATIVE: [&str; 7] = [
    "понеділок",
    "вівторок",
    "середу",
    "четвер",
    "п’ятницю",
    "суботу",
    "неділю",
];
pub(super) const UK_MONTHS_GENITIVE: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

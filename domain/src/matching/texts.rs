//! The reasons' details in HOP's six languages.
//!
//! Phrases read the same in both directions (a volunteer's matches, an
//! organisation's candidates), so they name facts rather than "you". Counts
//! stand after a colon where a language would otherwise inflect the noun;
//! hours and days take each language's plural forms.

use super::{Detail, privacy::DistanceBand};
use crate::{i18n::Lang, volunteering::Cause};

pub(super) fn render(detail: &Detail, lang: Lang) -> String {
    match *detail {
        Detail::NoSkillsAsked => no_skills_asked(lang).to_owned(),
        Detail::Skills {
            required,
            preferred,
            preferred_held,
            levels_above,
        } => skills(lang, required, preferred_held, preferred, levels_above),
        Detail::NoLanguagesAsked => no_languages_asked(lang).to_owned(),
        Detail::Languages {
            required,
            levels_above,
        } => languages(lang, required, levels_above),
        Detail::Remote => remote(lang).to_owned(),
        Detail::Distance { metres } => distance(lang, metres),
        Detail::DistanceBand { band } => distance_band(lang, band),
        Detail::WithinReach => within_reach(lang).to_owned(),
        Detail::Cause { cause, shared } => {
            format!(
                "{}: {}",
                cause_heading(lang, shared),
                cause_label(cause, lang)
            )
        }
        Detail::Availability { percent } => availability(lang, percent),
        Detail::Soon { hours } => soon(lang, hours),
    }
}

fn no_skills_asked(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "Nie są wymagane żadne umiejętności",
        Lang::En => "No skills asked for",
        Lang::De => "Keine Kenntnisse verlangt",
        Lang::Lt => "Įgūdžių nereikalaujama",
        Lang::Lv => "Prasmes netiek prasītas",
        Lang::Uk => "Навички не потрібні",
    }
}

fn skills(lang: Lang, required: u16, held: u16, preferred: u16, above: u16) -> String {
    match lang {
        Lang::Pl => format!(
            "Spełnione wymagane umiejętności: {required}; posiadane preferowane: {held} z {preferred}; poziomy ponad minimum: {above}"
        ),
        Lang::En => format!(
            "Required skills met: {required}; preferred skills held: {held} of {preferred}; levels above the minimum: {above}"
        ),
        Lang::De => format!(
            "Erfüllte Pflichtkenntnisse: {required}; vorhandene Wunschkenntnisse: {held} von {preferred}; Stufen über dem Minimum: {above}"
        ),
        Lang::Lt => format!(
            "Atitinkami privalomi įgūdžiai: {required}; turimi pageidaujami įgūdžiai: {held} iš {preferred}; lygiai virš minimumo: {above}"
        ),
        Lang::Lv => format!(
            "Izpildītās obligātās prasmes: {required}; vēlamās prasmes: {held} no {preferred}; līmeņi virs minimuma: {above}"
        ),
        Lang::Uk => format!(
            "Обов’язкові навички виконано: {required}; бажані навички: {held} з {preferred}; рівні понад мінімум: {above}"
        ),
    }
}

fn no_languages_asked(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "Nie jest wymagana znajomość języków",
        Lang::En => "No languages asked for",
        Lang::De => "Keine Sprachkenntnisse verlangt",
        Lang::Lt => "Kalbų mokėjimo nereikalaujama",
        Lang::Lv => "Valodu zināšanas netiek prasītas",
        Lang::Uk => "Знання мов не потрібне",
    }
}

fn languages(lang: Lang, required: u16, above: u16) -> String {
    match lang {
        Lang::Pl => {
            format!("Spełnione wymagania językowe: {required}; poziomy ponad minimum: {above}")
        }
        Lang::En => {
            format!("Required languages met: {required}; levels above the minimum: {above}")
        }
        Lang::De => {
            format!("Erfüllte Sprachanforderungen: {required}; Stufen über dem Minimum: {above}")
        }
        Lang::Lt => {
            format!("Atitinkami kalbų reikalavimai: {required}; lygiai virš minimumo: {above}")
        }
        Lang::Lv => {
            format!("Izpildītās valodu prasības: {required}; līmeņi virs minimuma: {above}")
        }
        Lang::Uk => format!("Мовні вимоги виконано: {required}; рівні понад мінімум: {above}"),
    }
}

fn remote(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "Zdalnie: bez dojazdu",
        Lang::En => "Remote: no travel",
        Lang::De => "Aus der Ferne: keine Anreise",
        Lang::Lt => "Nuotoliniu būdu: vykti nereikia",
        Lang::Lv => "Attālināti: nav jābrauc",
        Lang::Uk => "Дистанційно: їхати не потрібно",
    }
}

/// Kilometres with one decimal (rounded down, as the points count them),
/// in the language's decimal separator.
fn distance(lang: Lang, metres: u32) -> String {
    let (km, tenths) = (metres / 1000, metres % 1000 / 100);
    match lang {
        Lang::En => format!("{km}.{tenths} km from home"),
        Lang::Pl => format!("{km},{tenths} km od domu"),
        Lang::De => format!("{km},{tenths} km von zu Hause"),
        Lang::Lt => format!("{km},{tenths} km nuo namų"),
        Lang::Lv => format!("{km},{tenths} km no mājām"),
        Lang::Uk => format!("{km},{tenths} км від дому"),
    }
}

/// A band of kilometres from home, as an organisation reads it.
fn distance_band(lang: Lang, band: DistanceBand) -> String {
    match band {
        DistanceBand::Under5Km => match lang {
            Lang::En => "Under 5 km from home".to_owned(),
            Lang::Pl => "Poniżej 5 km od domu".to_owned(),
            Lang::De => "Unter 5 km von zu Hause".to_owned(),
            Lang::Lt => "Mažiau nei 5 km nuo namų".to_owned(),
            Lang::Lv => "Mazāk nekā 5 km no mājām".to_owned(),
            Lang::Uk => "Менше ніж 5 км від дому".to_owned(),
        },
        DistanceBand::From5To10Km => between(lang, 5, 10),
        DistanceBand::From10To25Km => between(lang, 10, 25),
        DistanceBand::From25To50Km => between(lang, 25, 50),
        DistanceBand::Over50Km => match lang {
            Lang::En => "50 km or more from home".to_owned(),
            Lang::Pl => "50 km lub więcej od domu".to_owned(),
            Lang::De => "50 km oder mehr von zu Hause".to_owned(),
            Lang::Lt => "50 km ar daugiau nuo namų".to_owned(),
            Lang::Lv => "50 km vai vairāk no mājām".to_owned(),
            Lang::Uk => "50 км або більше від дому".to_owned(),
        },
    }
}

fn between(lang: Lang, from: u32, to: u32) -> String {
    match lang {
        Lang::En => format!("{from}–{to} km from home"),
        Lang::Pl => format!("{from}–{to} km od domu"),
        Lang::De => format!("{from}–{to} km von zu Hause"),
        Lang::Lt => format!("{from}–{to} km nuo namų"),
        Lang::Lv => format!("{from}–{to} km no mājām"),
        Lang::Uk => format!("{from}–{to} км від дому"),
    }
}

fn within_reach(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "W zasięgu dojazdu",
        Lang::En => "Within travel distance",
        Lang::De => "In Reichweite",
        Lang::Lt => "Pasiekiama",
        Lang::Lv => "Sasniedzamā attālumā",
        Lang::Uk => "У межах доїзду",
    }
}

fn cause_heading(lang: Lang, shared: bool) -> &'static str {
    match (lang, shared) {
        (Lang::Pl, true) => "Wśród obszarów zainteresowań",
        (Lang::Pl, false) => "Poza obszarami zainteresowań",
        (Lang::En, true) => "Among the causes of interest",
        (Lang::En, false) => "Not among the causes of interest",
        (Lang::De, true) => "Unter den Interessengebieten",
        (Lang::De, false) => "Nicht unter den Interessengebieten",
        (Lang::Lt, true) => "Tarp domėjimosi sričių",
        (Lang::Lt, false) => "Ne tarp domėjimosi sričių",
        (Lang::Lv, true) => "Starp interešu jomām",
        (Lang::Lv, false) => "Nav starp interešu jomām",
        (Lang::Uk, true) => "Серед сфер інтересів",
        (Lang::Uk, false) => "Поза сферами інтересів",
    }
}

/// A cause's name, as a heading's complement (nominative, lower case but
/// in German).
pub(super) fn cause_label(cause: Cause, lang: Lang) -> &'static str {
    let [pl, en, de, lt, lv, uk] = match cause {
        Cause::Children => ["dzieci", "children", "Kinder", "vaikai", "bērni", "діти"],
        Cause::Seniors => [
            "seniorzy",
            "older people",
            "Senioren",
            "senjorai",
            "seniori",
            "люди похилого віку",
        ],
        Cause::Disability => [
            "osoby z niepełnosprawnościami",
            "people with disabilities",
            "Menschen mit Behinderung",
            "žmonės su negalia",
            "cilvēki ar invaliditāti",
            "люди з інвалідністю",
        ],
        Cause::Health => [
            "zdrowie",
            "health",
            "Gesundheit",
            "sveikata",
            "veselība",
            "здоров’я",
        ],
        Cause::Education => [
            "edukacja",
            "education",
            "Bildung",
            "švietimas",
            "izglītība",
            "освіта",
        ],
        Cause::Refugees => [
            "uchodźcy",
            "refugees",
            "Geflüchtete",
            "pabėgėliai",
            "bēgļi",
            "біженці",
        ],
        Cause::Poverty => [
            "ubóstwo",
            "poverty",
            "Armut",
            "skurdas",
            "nabadzība",
            "бідність",
        ],
        Cause::Animals => [
            "zwierzęta",
            "animals",
            "Tiere",
            "gyvūnai",
            "dzīvnieki",
            "тварини",
        ],
        Cause::Environment => [
            "środowisko",
            "environment",
            "Umwelt",
            "aplinka",
            "vide",
            "довкілля",
        ],
        Cause::Culture => [
            "kultura",
            "culture",
            "Kultur",
            "kultūra",
            "kultūra",
            "культура",
        ],
        Cause::Sport => ["sport", "sport", "Sport", "sportas", "sports", "спорт"],
        Cause::Community => [
            "społeczność lokalna",
            "local community",
            "Nachbarschaft",
            "vietos bendruomenė",
            "vietējā kopiena",
            "місцева громада",
        ],
        Cause::Emergency => [
            "sytuacje kryzysowe",
            "emergencies",
            "Katastrophenhilfe",
            "ekstremalios situacijos",
            "ārkārtas situācijas",
            "надзвичайні ситуації",
        ],
        Cause::HumanRights => [
            "prawa człowieka",
            "human rights",
            "Menschenrechte",
            "žmogaus teisės",
            "cilvēktiesības",
            "права людини",
        ],
    };
    match lang {
        Lang::Pl => pl,
        Lang::En => en,
        Lang::De => de,
        Lang::Lt => lt,
        Lang::Lv => lv,
        Lang::Uk => uk,
    }
}

fn availability(lang: Lang, percent: u8) -> String {
    match lang {
        Lang::Pl => format!("Dostępność obejmuje {percent}% zmiany"),
        Lang::En => format!("Availability covers {percent}% of the shift"),
        Lang::De => format!("Die Verfügbarkeit deckt {percent} % der Schicht ab"),
        Lang::Lt => format!("Galimas laikas apima {percent} % pamainos"),
        Lang::Lv => format!("Pieejamība aptver {percent}% no maiņas"),
        Lang::Uk => format!("Доступність охоплює {percent}% зміни"),
    }
}

/// Up to two days counts hours, then whole days.
fn soon(lang: Lang, hours: u32) -> String {
    if hours == 0 {
        return within_the_hour(lang).to_owned();
    }
    let (n, unit) = if hours < 48 {
        (hours, Unit::Hour)
    } else {
        (hours / 24, Unit::Day)
    };
    let word = unit_word(lang, unit, n);
    match lang {
        Lang::Pl => format!("Pierwsza zmiana za {n} {word}"),
        Lang::En => format!("First shift in {n} {word}"),
        Lang::De => format!("Erste Schicht in {n} {word}"),
        Lang::Lt => format!("Pirmoji pamaina po {n} {word}"),
        Lang::Lv => format!("Pirmā maiņa pēc {n} {word}"),
        Lang::Uk => format!("Перша зміна через {n} {word}"),
    }
}

fn within_the_hour(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "Pierwsza zmiana za niecałą godzinę",
        Lang::En => "First shift in less than an hour",
        Lang::De => "Erste Schicht in weniger als einer Stunde",
        Lang::Lt => "Pirmoji pamaina greičiau nei po valandos",
        Lang::Lv => "Pirmā maiņa ātrāk nekā pēc stundas",
        Lang::Uk => "Перша зміна менш ніж за годину",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Hour,
    Day,
}

/// The plural categories the words below need (CLDR's rules for integers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plural {
    One,
    Few,
    Many,
}

/// Polish and Ukrainian: one (1; Ukrainian also 21, 31…), few (2–4, 22–24…
/// but not 12–14), many (the rest).
fn slavic(n: u32, one_only_for_1: bool) -> Plural {
    let (last, last_two) = (n % 10, n % 100);
    let one = if one_only_for_1 {
        n == 1
    } else {
        last == 1 && last_two != 11
    };
    if one {
        Plural::One
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        Plural::Few
    } else {
        Plural::Many
    }
}

/// Lithuanian and Latvian after a preposition take one form for 1, 21, 31…
/// (not 11) and another for every other number.
fn baltic(n: u32) -> Plural {
    if n % 10 == 1 && n % 100 != 11 {
        Plural::One
    } else {
        Plural::Many
    }
}

/// The word for `n` hours or days after each language's "in" (Polish
/// "za" and Ukrainian "через" take the accusative, Lithuanian "po" the
/// genitive, Latvian "pēc" the genitive singular and dative plural, German
/// "in" the dative).
fn unit_word(lang: Lang, unit: Unit, n: u32) -> &'static str {
    use Plural::*;
    use Unit::*;
    match (lang, unit) {
        (Lang::Pl, Hour) => match slavic(n, true) {
            One => "godzinę",
            Few => "godziny",
            Many => "godzin",
        },
        (Lang::Pl, Day) => match slavic(n, true) {
            One => "dzień",
            Few | Many => "dni",
        },
        (Lang::Uk, Hour) => match slavic(n, false) {
            One => "годину",
            Few => "години",
            Many => "годин",
        },
        (Lang::Uk, Day) => match slavic(n, false) {
            One => "день",
            Few => "дні",
            Many => "днів",
        },
        (Lang::En, Hour) if n == 1 => "hour",
        (Lang::En, Hour) => "hours",
        (Lang::En, Day) if n == 1 => "day",
        (Lang::En, Day) => "days",
        (Lang::De, Hour) if n == 1 => "Stunde",
        (Lang::De, Hour) => "Stunden",
        (Lang::De, Day) if n == 1 => "Tag",
        (Lang::De, Day) => "Tagen",
        (Lang::Lt, Hour) => match baltic(n) {
            One => "valandos",
            _ => "valandų",
        },
        (Lang::Lt, Day) => match baltic(n) {
            One => "dienos",
            _ => "dienų",
        },
        (Lang::Lv, Hour) => match baltic(n) {
            One => "stundas",
            _ => "stundām",
        },
        (Lang::Lv, Day) => match baltic(n) {
            One => "dienas",
            _ => "dienām",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(detail: Detail) -> Vec<String> {
        Lang::ALL.iter().map(|lang| detail.text(*lang)).collect()
    }

    #[test]
    fn every_detail_reads_in_every_language() {
        let details = [
            Detail::NoSkillsAsked,
            Detail::Skills {
                required: 1,
                preferred: 2,
                preferred_held: 1,
                levels_above: 2,
            },
            Detail::NoLanguagesAsked,
            Detail::Languages {
                required: 2,
                levels_above: 3,
            },
            Detail::Remote,
            Detail::Distance { metres: 3_456 },
            Detail::Cause {
                cause: Cause::Seniors,
                shared: true,
            },
            Detail::Availability { percent: 75 },
            Detail::Soon { hours: 44 },
        ];
        for detail in details {
            let texts = all(detail);
            for (lang, text) in Lang::ALL.iter().zip(&texts) {
                assert!(!text.trim().is_empty(), "{detail:?} in {lang}");
            }
            // Each language has its own words.
            for (i, text) in texts.iter().enumerate() {
                assert!(!texts[..i].contains(text), "{detail:?}: {text}");
            }
        }
    }

    #[test]
    fn numbers_read_as_each_language_writes_them() {
        assert_eq!(
            Detail::Distance { metres: 3_456 }.text(Lang::En),
            "3.4 km from home"
        );
        assert_eq!(
            Detail::Distance { metres: 3_456 }.text(Lang::Pl),
            "3,4 km od domu"
        );
        assert_eq!(
            Detail::Distance { metres: 999 }.text(Lang::De),
            "0,9 km von zu Hause"
        );
        assert_eq!(
            Detail::Availability { percent: 75 }.text(Lang::De),
            "Die Verfügbarkeit deckt 75 % der Schicht ab"
        );
        assert_eq!(
            Detail::Cause {
                cause: Cause::HumanRights,
                shared: false
            }
            .text(Lang::En),
            "Not among the causes of interest: human rights"
        );
    }

    #[test]
    fn hours_and_days_take_their_plural_forms() {
        let soon = |hours, lang| Detail::Soon { hours }.text(lang);
        assert_eq!(soon(0, Lang::En), "First shift in less than an hour");
        assert_eq!(soon(1, Lang::En), "First shift in 1 hour");
        assert_eq!(soon(47, Lang::En), "First shift in 47 hours");
        assert_eq!(soon(48, Lang::En), "First shift in 2 days");
        assert_eq!(soon(1, Lang::Pl), "Pierwsza zmiana za 1 godzinę");
        assert_eq!(soon(3, Lang::Pl), "Pierwsza zmiana za 3 godziny");
        assert_eq!(soon(12, Lang::Pl), "Pierwsza zmiana za 12 godzin");
        assert_eq!(soon(21, Lang::Pl), "Pierwsza zmiana za 21 godzin");
        assert_eq!(soon(22, Lang::Pl), "Pierwsza zmiana za 22 godziny");
        assert_eq!(soon(5 * 24, Lang::Pl), "Pierwsza zmiana za 5 dni");
        assert_eq!(soon(21, Lang::Uk), "Перша зміна через 21 годину");
        assert_eq!(soon(11, Lang::Uk), "Перша зміна через 11 годин");
        assert_eq!(soon(3 * 24, Lang::Uk), "Перша зміна через 3 дні");
        assert_eq!(soon(5 * 24, Lang::Uk), "Перша зміна через 5 днів");
        assert_eq!(soon(21, Lang::Lt), "Pirmoji pamaina po 21 valandos");
        assert_eq!(soon(11, Lang::Lt), "Pirmoji pamaina po 11 valandų");
        assert_eq!(soon(21 * 24, Lang::Lv), "Pirmā maiņa pēc 21 dienas");
        assert_eq!(soon(10 * 24, Lang::Lv), "Pirmā maiņa pēc 10 dienām");
        assert_eq!(soon(1, Lang::De), "Erste Schicht in 1 Stunde");
        assert_eq!(soon(3 * 24, Lang::De), "Erste Schicht in 3 Tagen");
    }

    #[test]
    fn every_cause_has_a_label_in_every_language() {
        for cause in Cause::ALL {
            for lang in Lang::ALL {
                assert!(!cause_label(*cause, lang).is_empty(), "{cause} in {lang}");
            }
        }
        assert_eq!(cause_label(Cause::Animals, Lang::Pl), "zwierzęta");
    }
}

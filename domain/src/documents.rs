//! The texts of HOP's documents: the certificate of volunteering
//! (zaświadczenie, art. 44 sec. 4 of the act on volunteering), the written
//! agreement (art. 44 sec. 2), and the public page that verifies a
//! certificate. A document is in Polish, the language of the law, with
//! the volunteer's own language alongside: each line in Polish is followed
//! by its translation. Layout is the caller's; this says what the lines are.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;

use crate::{
    InvalidValue,
    i18n::Lang,
    matching::texts::cause_label,
    notification::duration,
    texts::{self, id},
    volunteering::Cause,
};

text_value!(
    /// An organisation's opinion of a volunteer's work (art. 44 sec. 5): 1 to 5 000 characters.
    Opinion, 1, 5000, multiline = true
);

/// What a line of a document is, for its layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Heading,
    Body,
    /// The same line in the volunteer's language, after the Polish one.
    Translation,
    /// Text the parties wrote themselves (scope, opinion): shown as given.
    Quoted,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub text: String,
}

/// Work on one opportunity, as a certificate states it.
#[derive(Debug, Clone)]
pub struct OpportunityWork<'a> {
    pub title: &'a str,
    pub cause: Cause,
    pub minutes: u32,
    /// The skills it asked for, each named in Polish and in the
    /// volunteer's language (the same name twice when that is Polish).
    pub skills: Vec<(&'a str, &'a str)>,
}

/// The facts a certificate states.
#[derive(Debug, Clone)]
pub struct CertificateFacts<'a> {
    pub organization: &'a str,
    pub krs: Option<&'a str>,
    pub address: Option<&'a str>,
    pub volunteer: &'a str,
    /// The volunteer's account was erased since: the public page says so
    /// instead of naming anyone (`volunteer` is then a marker, not a name).
    pub volunteer_erased: bool,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub total_minutes: u32,
    pub opportunities: Vec<OpportunityWork<'a>>,
    /// Approved work outside any opportunity.
    pub other_minutes: u32,
    pub opinion: Option<&'a str>,
    pub place: &'a str,
    pub issued_on: NaiveDate,
    pub verify_url: &'a str,
    pub code: &'a str,
}

/// The facts an agreement states.
#[derive(Debug, Clone)]
pub struct AgreementFacts<'a> {
    pub organization: &'a str,
    pub volunteer: &'a str,
    pub scope: &'a str,
    pub manner: &'a str,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub place: &'a str,
    pub hours_per_week: u32,
    pub termination_terms: &'a str,
    pub insurance_statement: Option<&'a str>,
    pub accepted_on: Option<NaiveDate>,
    /// A minor's guardian and the day of their consent.
    pub guardian: Option<(&'a str, NaiveDate)>,
    pub terminated_on: Option<NaiveDate>,
}

/// Lines in Polish, each followed by its translation into `lang`.
struct Bilingual {
    lang: Lang,
    lines: Vec<Line>,
}

impl Bilingual {
    fn new(lang: Lang) -> Self {
        Self {
            lang,
            lines: Vec::new(),
        }
    }

    /// The message `id` with `args`, in Polish as `kind`, then translated.
    fn say(&mut self, kind: LineKind, id: &str, args: &dyn Fn(Lang) -> FluentArgs<'static>) {
        self.lines.push(Line {
            kind,
            text: texts::text(Lang::Pl, id, &args(Lang::Pl)),
        });
        if self.lang != Lang::Pl {
            self.lines.push(Line {
                kind: LineKind::Translation,
                text: texts::text(self.lang, id, &args(self.lang)),
            });
        }
    }

    fn quote(&mut self, text: &str) {
        self.lines.push(Line {
            kind: LineKind::Quoted,
            text: text.to_owned(),
        });
    }
}

fn no_args(_: Lang) -> FluentArgs<'static> {
    FluentArgs::new()
}

fn args<const N: usize>(pairs: [(&'static str, String); N]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

/// The lines of a certificate, in Polish with `lang` alongside.
pub fn certificate(facts: &CertificateFacts<'_>, lang: Lang) -> Vec<Line> {
    let mut doc = Bilingual::new(lang);
    doc.say(LineKind::Title, id::CERTIFICATE_TITLE, &no_args);
    doc.say(LineKind::Body, id::CERTIFICATE_INTRO, &|_| {
        args([
            ("organization", facts.organization.to_owned()),
            ("volunteer", facts.volunteer.to_owned()),
            ("from", facts.from.to_string()),
            ("to", facts.to.to_string()),
        ])
    });
    if let Some(krs) = facts.krs {
        doc.say(LineKind::Body, id::CERTIFICATE_KRS, &|_| {
            args([("krs", krs.to_owned())])
        });
    }
    if let Some(address) = facts.address {
        doc.say(LineKind::Body, id::CERTIFICATE_ADDRESS, &|_| {
            args([("address", address.to_owned())])
        });
    }
    doc.say(LineKind::Heading, id::CERTIFICATE_TOTAL, &|lang| {
        args([("hours", duration(facts.total_minutes, lang))])
    });
    if !facts.opportunities.is_empty() {
        doc.say(LineKind::Heading, id::CERTIFICATE_BY_OPPORTUNITY, &no_args);
    }
    for work in &facts.opportunities {
        doc.say(LineKind::Body, id::CERTIFICATE_OPPORTUNITY, &|lang| {
            args([
                ("title", work.title.to_owned()),
                ("cause", cause_label(work.cause, lang)),
                ("hours", duration(work.minutes, lang)),
            ])
        });
        if !work.skills.is_empty() {
            doc.say(LineKind::Body, id::CERTIFICATE_SKILLS, &|lang| {
                let names: Vec<&str> = work
                    .skills
                    .iter()
                    .map(|(polish, own)| if lang == Lang::Pl { *polish } else { *own })
                    .collect();
                args([("skills", names.join(", "))])
            });
        }
    }
    if facts.other_minutes > 0 {
        doc.say(LineKind::Body, id::CERTIFICATE_OTHER_WORK, &|lang| {
            args([("hours", duration(facts.other_minutes, lang))])
        });
    }
    if let Some(opinion) = facts.opinion {
        doc.say(LineKind::Heading, id::CERTIFICATE_OPINION, &no_args);
        doc.quote(opinion);
    }
    doc.say(LineKind::Body, id::CERTIFICATE_ISSUED, &|_| {
        args([
            ("place", facts.place.to_owned()),
            ("date", facts.issued_on.to_string()),
        ])
    });
    doc.say(LineKind::Body, id::CERTIFICATE_LEGAL, &no_args);
    doc.say(LineKind::Body, id::CERTIFICATE_VERIFY, &|_| {
        args([
            ("url", facts.verify_url.to_owned()),
            ("code", facts.code.to_owned()),
        ])
    });
    doc.lines
}

/// The lines of an agreement, in Polish with `lang` alongside.
pub fn agreement(facts: &AgreementFacts<'_>, lang: Lang) -> Vec<Line> {
    let mut doc = Bilingual::new(lang);
    doc.say(LineKind::Title, id::AGREEMENT_TITLE, &no_args);
    doc.say(LineKind::Body, id::AGREEMENT_PARTIES, &|_| {
        args([
            ("organization", facts.organization.to_owned()),
            ("volunteer", facts.volunteer.to_owned()),
        ])
    });
    doc.say(LineKind::Body, id::AGREEMENT_PERIOD, &|_| {
        args([
            ("from", facts.from.to_string()),
            ("to", facts.to.to_string()),
        ])
    });
    doc.say(LineKind::Body, id::AGREEMENT_PLACE, &|_| {
        args([("place", facts.place.to_owned())])
    });
    doc.say(LineKind::Body, id::AGREEMENT_HOURS, &|_| {
        args([("hours", facts.hours_per_week.to_string())])
    });
    doc.say(LineKind::Heading, id::AGREEMENT_SCOPE, &no_args);
    doc.quote(facts.scope);
    doc.say(LineKind::Heading, id::AGREEMENT_MANNER, &no_args);
    doc.quote(facts.manner);
    doc.say(LineKind::Heading, id::AGREEMENT_TERMINATION, &no_args);
    doc.quote(facts.termination_terms);
    if let Some(insurance) = facts.insurance_statement {
        doc.say(LineKind::Heading, id::AGREEMENT_INSURANCE, &no_args);
        doc.quote(insurance);
    }
    match facts.accepted_on {
        Some(date) => doc.say(LineKind::Body, id::AGREEMENT_ACCEPTED, &|_| {
            args([("date", date.to_string())])
        }),
        None => doc.say(LineKind::Body, id::AGREEMENT_NOT_ACCEPTED, &no_args),
    }
    if let Some((guardian, date)) = facts.guardian {
        doc.say(LineKind::Body, id::AGREEMENT_GUARDIAN, &|_| {
            args([
                ("guardian", guardian.to_owned()),
                ("date", date.to_string()),
            ])
        });
    }
    if let Some(date) = facts.terminated_on {
        doc.say(LineKind::Body, id::AGREEMENT_ENDED, &|_| {
            args([("date", date.to_string())])
        });
    }
    doc.lines
}

/// The public verification page's sentences, in the reader's `lang`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub title: String,
    pub status: String,
    pub reason: Option<String>,
    pub issued_by: String,
    pub hours: String,
}

/// Whether a certificate stands, for its public page.
#[derive(Debug, Clone, Copy)]
pub enum Validity<'a> {
    Valid,
    Revoked { on: NaiveDate, reason: &'a str },
}

pub fn verification(
    facts: &CertificateFacts<'_>,
    issued_on: NaiveDate,
    validity: Validity<'_>,
    lang: Lang,
) -> Verification {
    let text = |id: &str, args: FluentArgs<'static>| texts::text(lang, id, &args);
    let (status, reason) = match validity {
        Validity::Valid => (text(id::VERIFY_VALID, FluentArgs::new()), None),
        Validity::Revoked { on, reason } => (
            text(id::VERIFY_REVOKED, args([("date", on.to_string())])),
            Some(text(
                id::VERIFY_REASON,
                args([("reason", reason.to_owned())]),
            )),
        ),
    };
    Verification {
        title: text(id::VERIFY_TITLE, args([("code", facts.code.to_owned())])),
        status,
        reason,
        issued_by: if facts.volunteer_erased {
            text(
                id::VERIFY_ISSUED_TO_ERASED,
                args([
                    ("organization", facts.organization.to_owned()),
                    ("date", issued_on.to_string()),
                ]),
            )
        } else {
            text(
                id::VERIFY_ISSUED_BY,
                args([
                    ("organization", facts.organization.to_owned()),
                    ("volunteer", facts.volunteer.to_owned()),
                    ("date", issued_on.to_string()),
                ]),
            )
        },
        hours: text(
            id::VERIFY_HOURS,
            args([
                ("hours", duration(facts.total_minutes, lang)),
                ("from", facts.from.to_string()),
                ("to", facts.to.to_string()),
            ]),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> CertificateFacts<'static> {
        CertificateFacts {
            organization: "Bank Żywności w Toruniu",
            krs: Some("0000123456"),
            address: Some("ul. Szosa Chełmińska 17, Toruń"),
            volunteer: "Gražina Žemaitytė",
            volunteer_erased: false,
            from: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
            total_minutes: 1530,
            opportunities: vec![OpportunityWork {
                title: "Sortowanie darów",
                cause: Cause::Poverty,
                minutes: 1410,
                skills: vec![("Pierwsza pomoc", "Pirmoji pagalba")],
            }],
            other_minutes: 120,
            opinion: Some("Sumienna i punktualna."),
            place: "Toruń",
            issued_on: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            verify_url: "https://hop.torun.pl/api/v1/certificates/ABCD-EFGH-JKLM",
            code: "ABCD-EFGH-JKLM",
        }
    }

    #[test]
    fn a_certificate_is_polish_with_the_volunteers_language_alongside() {
        let lines = certificate(&facts(), Lang::Lt);
        assert_eq!(lines[0].kind, LineKind::Title);
        assert_eq!(
            lines[0].text,
            "Zaświadczenie o wykonaniu świadczeń przez wolontariusza"
        );
        assert_eq!(lines[1].kind, LineKind::Translation);
        assert_eq!(lines[1].text, "Savanoriškos veiklos pažyma");
        let all: String = lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        for expected in [
            "Gražina Žemaitytė",
            "0000123456",
            "25 godz. 30 min",
            "25 val. 30 min",
            "Sortowanie darów (ubóstwo)",
            "Pierwsza pomoc",
            "Pirmoji pagalba",
            "2 godz.",
            "Sumienna i punktualna.",
            "ABCD-EFGH-JKLM",
            "2026-03-01",
        ] {
            assert!(all.contains(expected), "{expected} in\n{all}");
        }
        // Every Polish line has its translation; text of the parties once.
        let translations = lines
            .iter()
            .filter(|l| l.kind == LineKind::Translation)
            .count();
        let quoted = lines.iter().filter(|l| l.kind == LineKind::Quoted).count();
        assert_eq!(translations * 2 + quoted, lines.len());
    }

    #[test]
    fn a_polish_volunteer_reads_it_once() {
        let lines = certificate(&facts(), Lang::Pl);
        assert!(lines.iter().all(|l| l.kind != LineKind::Translation));
        let lines = certificate(&facts(), Lang::Uk);
        assert!(
            lines
                .iter()
                .any(|l| l.text == "Довідка про волонтерську діяльність")
        );
    }

    #[test]
    fn an_agreement_states_its_terms_and_a_minors_guardian() {
        let facts = AgreementFacts {
            organization: "Polska Akcja Humanitarna",
            volunteer: "Jānis Bērziņš",
            scope: "Sortowanie darów.",
            manner: "W magazynie.",
            from: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2027, 6, 30).unwrap(),
            place: "Toruń",
            hours_per_week: 6,
            termination_terms: "Z 7-dniowym wypowiedzeniem.",
            insurance_statement: None,
            accepted_on: NaiveDate::from_ymd_opt(2026, 12, 1),
            guardian: Some((
                "Anna Bērziņa",
                NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            )),
            terminated_on: None,
        };
        let lines = agreement(&facts, Lang::Lv);
        let all: String = lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        for expected in [
            "Porozumienie o wykonywaniu świadczeń wolontariackich",
            "Brīvprātīgā darba līgums",
            "Jānis Bērziņš",
            "Anna Bērziņa",
            "Sortowanie darów.",
            "Liczba godzin tygodniowo: 6",
            "2027-06-30",
        ] {
            assert!(all.contains(expected), "{expected} in\n{all}");
        }
        assert!(
            !all.contains("Ubezpieczenie"),
            "no insurance statement given"
        );
    }

    #[test]
    fn the_verification_page_says_valid_or_revoked_in_the_readers_language() {
        let facts = facts();
        let issued = facts.issued_on;
        let valid = verification(&facts, issued, Validity::Valid, Lang::De);
        assert!(valid.status.starts_with("Diese Bescheinigung ist gültig"));
        assert_eq!(valid.reason, None);
        let revoked = verification(
            &facts,
            issued,
            Validity::Revoked {
                on: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
                reason: "Błąd w godzinach",
            },
            Lang::En,
        );
        assert_eq!(
            revoked.status,
            "This certificate was revoked on 2026-12-02."
        );
        assert_eq!(revoked.reason.as_deref(), Some("Reason: Błąd w godzinach"));
    }

    #[test]
    fn an_erased_volunteer_is_named_nowhere_on_the_page() {
        let facts = CertificateFacts {
            volunteer: crate::erasure::ERASED_NAME,
            volunteer_erased: true,
            ..facts()
        };
        for lang in Lang::ALL {
            let page = verification(&facts, facts.issued_on, Validity::Valid, lang);
            assert!(
                !page.issued_by.contains("erased volunteer"),
                "{lang:?}: {}",
                page.issued_by
            );
            assert!(
                page.issued_by.contains("Bank Żywności w Toruniu"),
                "{}",
                page.issued_by
            );
            assert!(page.hours.contains("2026-03-01"), "{}", page.hours);
        }
        let page = verification(&facts, facts.issued_on, Validity::Valid, Lang::En);
        assert_eq!(
            page.issued_by,
            "Issued by Bank Żywności w Toruniu on 2026-11-30 to a volunteer whose personal data has since been erased."
        );
    }
}

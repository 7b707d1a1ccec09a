//! Notifications: what happened, told to the person it concerns in their
//! own language (pl, en, de, lt, lv, uk).
//!
//! A notification is stored as its kind and the facts of the event (names,
//! titles, times); its text is rendered from them when it is read or
//! mailed, so a person who changes their language reads old notifications
//! in the new one. Shift times are shown in Toruń's local time
//! (Europe/Warsaw), the time on the volunteer's watch.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc, Weekday};
use chrono_tz::Europe::Warsaw;
use fluent_bundle::FluentArgs;

use crate::{
    i18n::Lang,
    texts::{self, id},
};

string_enum!(
    /// What a notification tells. The names are stored with each notification.
    NotificationKind {
        OrganizationVerified = "organization_verified",
        OrganizationRejected = "organization_rejected",
        SignupConfirmed = "signup_confirmed",
        SignupPending = "signup_pending",
        SignupWaitlisted = "signup_waitlisted",
        SignupPromoted = "signup_promoted",
        SignupRejected = "signup_rejected",
        SignupReleased = "signup_released",
        ShiftChanged = "shift_changed",
        ShiftCancelled = "shift_cancelled",
        MemberInvited = "member_invited",
        HoursApproved = "hours_approved",
        HoursRejected = "hours_rejected",
        SignupAwaitsAgreement = "signup_awaits_agreement",
        AgreementRequired = "agreement_required",
        AgreementProposed = "agreement_proposed",
        AgreementTerminated = "agreement_terminated",
    }
);

/// The facts a notification's text mentions, as the event recorded them.
/// Each may be missing (say, in a notification recorded before a fact was
/// kept); the text then leaves it out and still reads as a sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts<'a> {
    /// The organisation verified, rejected, or inviting.
    pub organization_name: Option<&'a str>,
    /// The opportunity the shift belongs to.
    pub opportunity_title: Option<&'a str>,
    /// When the shift starts (its new start, for a changed shift).
    pub shift_starts_at: Option<DateTime<Utc>>,
    /// Why an organisation, a sign-up or hours were rejected.
    pub reason: Option<&'a str>,
    /// The date hours were worked on.
    pub work_date: Option<NaiveDate>,
    /// How many minutes the hours decided on hold.
    pub minutes: Option<u32>,
}

/// A notification's text: a short title and a body of whole sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub title: String,
    pub body: String,
}

/// The notification's title and body in `lang`.
pub fn render(kind: NotificationKind, facts: &Facts<'_>, lang: Lang) -> Rendered {
    let mut args = sentence_parts(facts, lang);
    let message = message_of(kind);
    let title = texts::attribute(lang, message, "title", &args);
    let mut body = texts::attribute(lang, message, "body", &args);
    if kind == NotificationKind::ShiftChanged && facts.shift_starts_at.is_some() {
        body.push(' ');
        body.push_str(&texts::text(lang, id::SHIFT_CHANGED_NEW_TIME, &args));
    }
    let rejection = matches!(
        kind,
        NotificationKind::OrganizationRejected
            | NotificationKind::SignupRejected
            | NotificationKind::HoursRejected
    );
    if rejection && let Some(reason) = facts.reason.map(str::trim).filter(|r| !r.is_empty()) {
        args.set("reason", reason);
        body.push(' ');
        body.push_str(&texts::text(lang, id::REJECTION_REASON, &args));
    }
    Rendered { title, body }
}

/// The notification as an e-mail: its title as the subject; its body,
/// then a signature naming the service, as the plain-text content.
pub fn render_email(kind: NotificationKind, facts: &Facts<'_>, lang: Lang) -> Rendered {
    let Rendered { title, body } = render(kind, facts, lang);
    let signature = texts::text(lang, id::SIGNATURE, &FluentArgs::new());
    Rendered {
        body: format!("{body}\n\n-- \n{signature}\n"),
        title,
    }
}

/// The message whose `title` and `body` tell `kind`.
fn message_of(kind: NotificationKind) -> &'static str {
    match kind {
        NotificationKind::OrganizationVerified => id::ORGANIZATION_VERIFIED,
        NotificationKind::OrganizationRejected => id::ORGANIZATION_REJECTED,
        NotificationKind::SignupConfirmed => id::SIGNUP_CONFIRMED,
        NotificationKind::SignupPending => id::SIGNUP_PENDING,
        NotificationKind::SignupWaitlisted => id::SIGNUP_WAITLISTED,
        NotificationKind::SignupPromoted => id::SIGNUP_PROMOTED,
        NotificationKind::SignupRejected => id::SIGNUP_REJECTED,
        NotificationKind::SignupReleased => id::SIGNUP_RELEASED,
        NotificationKind::ShiftChanged => id::SHIFT_CHANGED,
        NotificationKind::ShiftCancelled => id::SHIFT_CANCELLED,
        NotificationKind::MemberInvited => id::MEMBER_INVITED,
        NotificationKind::HoursApproved => id::HOURS_APPROVED,
        NotificationKind::HoursRejected => id::HOURS_REJECTED,
        NotificationKind::SignupAwaitsAgreement => id::SIGNUP_AWAITS_AGREEMENT,
        NotificationKind::AgreementRequired => id::AGREEMENT_REQUIRED,
        NotificationKind::AgreementProposed => id::AGREEMENT_PROPOSED,
        NotificationKind::AgreementTerminated => id::AGREEMENT_TERMINATED,
    }
}

/// The pieces the sentences are made of, each with its leading space when
/// present and empty when the fact is missing, so a message reads
/// `…shift{ $what }{ $when } is confirmed.` either way: `organization` and
/// `what` quoted in the language's marks, `when` as [`local_time_phrase`].
fn sentence_parts<'a>(facts: &Facts<'_>, lang: Lang) -> FluentArgs<'a> {
    let quoted = |text: Option<&str>| {
        text.map(str::trim)
            .filter(|text| !text.is_empty())
            .map(|text| {
                let mut args = FluentArgs::new();
                args.set("text", text);
                format!(" {}", texts::text(lang, id::QUOTED, &args))
            })
            .unwrap_or_default()
    };
    let mut args = FluentArgs::new();
    args.set("organization", quoted(facts.organization_name));
    args.set("what", quoted(facts.opportunity_title));
    args.set(
        "when",
        facts
            .shift_starts_at
            .map(|at| format!(" {}", local_time_phrase(at, lang)))
            .unwrap_or_default(),
    );
    args.set(
        "on",
        facts
            .work_date
            .map(|date| format!(" {}", work_day_phrase(date, lang)))
            .unwrap_or_default(),
    );
    args.set(
        "amount",
        facts
            .minutes
            .map(|minutes| format!(" ({})", duration(minutes, lang)))
            .unwrap_or_default(),
    );
    args
}

/// The months as Fluent's `$month` selector names them, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "On 5 December 2026" in `lang`: the date hours were worked on, as it
/// follows "hours" in a sentence.
pub fn work_day_phrase(date: NaiveDate, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    args.set("day", date.day());
    args.set("month", MONTHS[date.month0() as usize]);
    args.set("year", date.year());
    texts::text(lang, id::WORK_DAY, &args)
}

/// "3 h 30 min" in `lang`.
pub fn duration(minutes: u32, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    args.set("hours", minutes / 60);
    args.set("minutes", minutes % 60);
    texts::text(lang, id::DURATION, &args)
}

/// "On Saturday 5 December 2026 at 09:00" in `lang`, in Toruń's local time,
/// with the preposition each language puts before a moment in a sentence.
pub fn local_time_phrase(at: DateTime<Utc>, lang: Lang) -> String {
    let local = at.with_timezone(&Warsaw);
    let weekday = match local.weekday() {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    };
    let mut args = FluentArgs::new();
    args.set("weekday", weekday);
    args.set("day", local.day());
    args.set("month", MONTHS[local.month0() as usize]);
    args.set("year", local.year());
    args.set("hour", local.hour());
    args.set("minute", local.minute());
    texts::text(lang, id::SHIFT_TIME, &args)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    /// Saturday 5 December 2026, 09:00 in Toruń (CET, UTC+1).
    fn winter_shift() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 5, 8, 0, 0).unwrap()
    }

    fn all_facts() -> Facts<'static> {
        Facts {
            organization_name: Some("Bank Żywności w Toruniu"),
            opportunity_title: Some("Sortowanie darów"),
            shift_starts_at: Some(winter_shift()),
            reason: Some("Brak numeru KRS"),
            work_date: NaiveDate::from_ymd_opt(2026, 12, 5),
            minutes: Some(210),
        }
    }

    /// How each language writes 09:00 on the 5th.
    fn time_of_day(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "09:00",
            Lang::Lv => "9.00",
            _ => "9:00",
        }
    }

    #[test]
    fn every_kind_renders_in_every_language_with_its_facts() {
        let facts = all_facts();
        for &kind in NotificationKind::ALL {
            for lang in Lang::ALL {
                let Rendered { title, body } = render(kind, &facts, lang);
                let context = format!("{kind} in {lang}: {title} / {body}");
                assert!(!title.trim().is_empty(), "{context}");
                assert!(body.ends_with('.') || body.ends_with("KRS"), "{context}");
                assert!(!body.contains("  ") && !body.contains(".."), "{context}");
                match kind {
                    NotificationKind::OrganizationVerified
                    | NotificationKind::OrganizationRejected
                    | NotificationKind::MemberInvited
                    | NotificationKind::AgreementProposed
                    | NotificationKind::AgreementTerminated => {
                        assert!(body.contains("Bank Żywności w Toruniu"), "{context}");
                    }
                    NotificationKind::HoursApproved | NotificationKind::HoursRejected => {
                        assert!(body.contains("Bank Żywności w Toruniu"), "{context}");
                        assert!(body.contains(" 5"), "{context}");
                        assert!(body.contains("2026"), "{context}");
                        assert!(body.contains("(3 "), "{context}");
                        assert!(body.contains(" 30 "), "{context}");
                    }
                    _ => {
                        assert!(body.contains("Sortowanie darów"), "{context}");
                        assert!(body.contains(" 5"), "{context}");
                        assert!(body.contains("2026"), "{context}");
                        assert!(body.contains(time_of_day(lang)), "{context}");
                    }
                }
                let mentions_reason = body.contains("Brak numeru KRS");
                assert_eq!(
                    mentions_reason,
                    matches!(
                        kind,
                        NotificationKind::OrganizationRejected
                            | NotificationKind::SignupRejected
                            | NotificationKind::HoursRejected
                    ),
                    "{context}"
                );
            }
        }
    }

    #[test]
    fn texts_differ_between_kinds_and_languages() {
        let facts = all_facts();
        let mut seen = std::collections::HashSet::new();
        for &kind in NotificationKind::ALL {
            for lang in Lang::ALL {
                let rendered = render(kind, &facts, lang);
                assert!(seen.insert(rendered.title.clone()), "{rendered:?}");
                assert!(seen.insert(rendered.body), "{kind} {lang}");
            }
        }
    }

    #[test]
    fn missing_facts_are_left_out_cleanly() {
        for &kind in NotificationKind::ALL {
            for lang in Lang::ALL {
                let Rendered { title, body } = render(kind, &Facts::default(), lang);
                let context = format!("{kind} in {lang}: {body}");
                assert!(!title.is_empty() && !body.is_empty(), "{context}");
                assert!(!body.contains("  "), "{context}");
                assert!(!body.contains(" ."), "{context}");
                assert!(!body.contains(" ,"), "{context}");
                for (open, close) in [("„", "”"), ("“", "”"), ("„", "“"), ("«", "»")]
                {
                    assert!(!body.contains(&format!("{open}{close}")), "{context}");
                }
            }
        }
    }

    #[test]
    fn polish_and_ukrainian_read_naturally() {
        let facts = all_facts();
        assert_eq!(
            render(NotificationKind::SignupConfirmed, &facts, Lang::Pl),
            Rendered {
                title: "Zgłoszenie potwierdzone".into(),
                body: "Twoje zgłoszenie na zmianę „Sortowanie darów” w sobotę 5 grudnia 2026 r. \
                       o godz. 9:00 zostało potwierdzone."
                    .into(),
            }
        );
        let uk = render(NotificationKind::ShiftCancelled, &facts, Lang::Uk);
        assert_eq!(uk.title, "Зміну скасовано");
        assert_eq!(
            uk.body,
            "Зміну «Sortowanie darów» у суботу, 5 грудня 2026 р., о 9:00 скасовано."
        );
        let rejected = render(NotificationKind::OrganizationRejected, &facts, Lang::Uk);
        assert!(
            rejected.body.ends_with("Причина: Brak numeru KRS"),
            "{rejected:?}"
        );
    }

    #[test]
    fn ukrainian_titles_are_cyrillic() {
        for &kind in NotificationKind::ALL {
            let title = render(kind, &Facts::default(), Lang::Uk).title;
            assert!(
                title
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                "{title}"
            );
        }
    }

    #[test]
    fn hours_decisions_name_the_day_and_the_amount() {
        let facts = all_facts();
        assert_eq!(
            render(NotificationKind::HoursApproved, &facts, Lang::Pl).body,
            "Organizacja „Bank Żywności w Toruniu” zatwierdziła Twoje godziny wolontariatu \
             z 5 grudnia 2026 r. (3 godz. 30 min)."
        );
        assert_eq!(
            render(NotificationKind::HoursRejected, &facts, Lang::En).body,
            "The organisation “Bank Żywności w Toruniu” has not approved your volunteering \
             hours on 5 December 2026 (3 h 30 min). Reason: Brak numeru KRS"
        );
        assert_eq!(duration(60, Lang::De), "1 Std.");
        assert_eq!(duration(45, Lang::Uk), "45 хв");
        assert_eq!(duration(0, Lang::En), "0 min");
        assert_eq!(duration(125, Lang::Lt), "2 val. 5 min");
        let lv = NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
        assert_eq!(work_day_phrase(lv, Lang::Lv), "2027. gada 31. janvārī");
    }

    #[test]
    fn times_are_local_to_torun_across_the_clock_change() {
        // 08:00 UTC is 09:00 in winter (CET) and 10:00 in summer (CEST).
        let summer = Utc.with_ymd_and_hms(2026, 7, 4, 8, 0, 0).unwrap();
        assert_eq!(
            local_time_phrase(winter_shift(), Lang::En),
            "on Saturday 5 December 2026 at 09:00"
        );
        assert_eq!(
            local_time_phrase(summer, Lang::En),
            "on Saturday 4 July 2026 at 10:00"
        );
        // 23:30 UTC on 31 December is already New Year's Day in Toruń.
        let new_year = Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap();
        assert_eq!(
            local_time_phrase(new_year, Lang::De),
            "am Freitag, 1. Januar 2027, um 0:30 Uhr"
        );
    }

    #[test]
    fn dates_follow_each_languages_grammar() {
        // Tuesday 8 September 2026, 16:45 in Toruń.
        let tuesday = Utc.with_ymd_and_hms(2026, 9, 8, 14, 45, 0).unwrap();
        let phrases: Vec<String> = Lang::ALL
            .into_iter()
            .map(|lang| local_time_phrase(tuesday, lang))
            .collect();
        assert_eq!(
            phrases,
            [
                "we wtorek 8 września 2026 r. o godz. 16:45",
                "on Tuesday 8 September 2026 at 16:45",
                "am Dienstag, 8. September 2026, um 16:45 Uhr",
                "antradienį, 2026 m. rugsėjo 8 d., 16:45",
                "otrdien, 2026. gada 8. septembrī, plkst. 16.45",
                "у вівторок, 8 вересня 2026 р., о 16:45",
            ]
        );
    }

    #[test]
    fn e_mails_carry_the_title_as_subject_and_a_signature() {
        let mail = render_email(NotificationKind::SignupPromoted, &all_facts(), Lang::De);
        assert_eq!(mail.title, "Ein Platz ist frei geworden");
        assert!(mail.body.starts_with("Bei der Schicht „Sortowanie darów“"));
        assert!(mail.body.ends_with("HOP — Freiwilligenzentrum Toruń\n"));
    }

    #[test]
    fn stored_kind_names_are_kept() {
        let names: Vec<&str> = NotificationKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "organization_verified",
                "organization_rejected",
                "signup_confirmed",
                "signup_pending",
                "signup_waitlisted",
                "signup_promoted",
                "signup_rejected",
                "signup_released",
                "shift_changed",
                "shift_cancelled",
                "member_invited",
                "hours_approved",
                "hours_rejected",
                "signup_awaits_agreement",
                "agreement_required",
                "agreement_proposed",
                "agreement_terminated",
            ]
        );
        for &kind in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(kind.as_str()), Ok(kind));
        }
        assert!(NotificationKind::parse("party_invitation").is_err());
    }
}

//! Calendar feeds (RFC 5545): a volunteer's sign-ups, and an organisation's
//! shifts, as events a calendar app subscribes to and refreshes.
//!
//! An event keeps its `UID` for life; a change of what a calendar shows
//! raises its `SEQUENCE`, and a cancelled shift or a sign-up that no longer
//! holds a place stays in the feed as `STATUS:CANCELLED`, so a subscribed
//! calendar updates or removes the event it has rather than keeping a stale
//! copy. Times are written in UTC (`…Z`): every calendar app shows them in
//! its own zone, and no `VTIMEZONE` has to be kept in step with Poland's
//! clock changes.

pub mod ical;

use chrono::{DateTime, TimeDelta, Utc};
use fluent_bundle::FluentArgs;

use crate::{
    i18n::Lang,
    organization::Viewer,
    signup::ApplicationStatus,
    texts::{self, id},
};

/// How far back a feed reaches: shifts that started up to 90 days ago stay,
/// so last month's shifts remain in a calendar; older ones leave the feed
/// (calendar apps keep or drop them by their own rules).
pub const WINDOW_DAYS: i64 = 90;

/// The most events one feed holds: the earliest from the window's start on.
/// A volunteer has far fewer; an organisation with more shifts than this
/// sees the later ones as the earlier ones leave the window.
pub const MAX_EVENTS: usize = 500;

/// The earliest start of a shift a feed asked for at `now` shows.
pub fn window_start(now: DateTime<Utc>) -> DateTime<Utc> {
    now - TimeDelta::days(WINDOW_DAYS)
}

/// An event's status (RFC 5545, 3.8.1.11).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    Tentative,
    Confirmed,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tentative => "TENTATIVE",
            Self::Confirmed => "CONFIRMED",
            Self::Cancelled => "CANCELLED",
        }
    }
}

/// What a volunteer's calendar shows of a sign-up: a confirmed place (and,
/// after the shift, attendance or absence recorded: the shift took place) is
/// confirmed; a sign-up awaiting the organisation, or waiting for a place
/// that comes by itself when one frees up, is tentative; a cancelled shift,
/// a withdrawn or a declined sign-up is cancelled, so the calendar removes it.
pub fn sign_up_status(status: ApplicationStatus, shift_cancelled: bool) -> EventStatus {
    if shift_cancelled {
        return EventStatus::Cancelled;
    }
    match status {
        ApplicationStatus::Confirmed | ApplicationStatus::Attended | ApplicationStatus::NoShow => {
            EventStatus::Confirmed
        }
        ApplicationStatus::Pending | ApplicationStatus::Waitlisted => EventStatus::Tentative,
        ApplicationStatus::Rejected | ApplicationStatus::Withdrawn => EventStatus::Cancelled,
    }
}

/// What an organisation's calendar shows of one of its shifts.
pub fn shift_status(cancelled: bool) -> EventStatus {
    if cancelled {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    }
}

/// The `SEQUENCE` of a revision count kept in the database (never negative
/// there; a negative one reads as 0).
pub fn sequence(revision: i32) -> u32 {
    u32::try_from(revision).unwrap_or(0)
}

/// The `SEQUENCE` of a sign-up's event: the shift's revisions (moved,
/// re-placed, renamed, cancelled) plus the sign-up's (each change of its
/// status). Both only ever rise, so their sum does: every change a calendar
/// must take is a higher number than the one it holds.
pub fn sign_up_sequence(shift_revision: i32, sign_up_revision: i32) -> u32 {
    sequence(shift_revision).saturating_add(sequence(sign_up_revision))
}

/// An organisation's calendar is for its members, each with their own
/// token. Staff, who look at organisations but do not act for them, and
/// anyone else are refused.
pub fn may_follow_organization(viewer: Viewer) -> bool {
    viewer.role.is_some()
}

/// Where an event happens, as far as a calendar shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub remote: bool,
    pub address: Option<String>,
    /// Latitude and longitude in degrees.
    pub point: Option<(f64, f64)>,
}

/// One `VEVENT`.
#[derive(Debug, Clone)]
pub struct Event {
    pub uid: String,
    pub sequence: u32,
    /// When what the event shows last changed (`DTSTAMP`, `LAST-MODIFIED`).
    pub stamp: DateTime<Utc>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: EventStatus,
    pub summary: String,
    pub place: Place,
    pub url: Option<String>,
    pub description: String,
}

/// A whole feed: its name, the language of HOP's own words in it, events.
#[derive(Debug, Clone)]
pub struct Feed {
    pub name: String,
    pub lang: Lang,
    pub events: Vec<Event>,
}

/// How often a calendar app is asked to refresh (RFC 7986's
/// `REFRESH-INTERVAL`, and the older `X-PUBLISHED-TTL`).
const REFRESH: &str = "PT1H";

const PRODUCT: &str = "-//Torun Volunteering Center//HOP//EN";

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The feed as an iCalendar object.
pub fn render(feed: &Feed) -> String {
    let mut out = ical::Writer::new();
    out.begin("VCALENDAR");
    out.raw("VERSION", "2.0");
    out.raw("PRODID", PRODUCT);
    out.raw("CALSCALE", "GREGORIAN");
    out.text("NAME", &feed.name);
    out.text("X-WR-CALNAME", &feed.name);
    out.raw("REFRESH-INTERVAL;VALUE=DURATION", REFRESH);
    out.raw("X-PUBLISHED-TTL", REFRESH);
    for event in &feed.events {
        render_event(&mut out, event, feed.lang);
    }
    out.end("VCALENDAR");
    out.finish()
}

fn render_event(out: &mut ical::Writer, event: &Event, lang: Lang) {
    out.begin("VEVENT");
    out.text("UID", &event.uid);
    out.raw("DTSTAMP", &utc(event.stamp));
    out.raw("LAST-MODIFIED", &utc(event.stamp));
    out.raw("SEQUENCE", &event.sequence.to_string());
    out.raw("DTSTART", &utc(event.starts_at));
    out.raw("DTEND", &utc(event.ends_at));
    out.raw("STATUS", event.status.as_str());
    // A cancelled event keeps no time busy.
    let transparency = match event.status {
        EventStatus::Cancelled => "TRANSPARENT",
        EventStatus::Tentative | EventStatus::Confirmed => "OPAQUE",
    };
    out.raw("TRANSP", transparency);
    out.text("SUMMARY", &event.summary);
    let location = match (&event.place.address, event.place.remote) {
        (Some(address), _) => Some(address.clone()),
        (None, true) => Some(texts::text(lang, id::CALENDAR_REMOTE, &FluentArgs::new())),
        (None, false) => None,
    };
    if let Some(location) = location {
        out.text("LOCATION", &location);
    }
    if let Some((lat, lon)) = event.place.point {
        out.raw("GEO", &format!("{lat:.6};{lon:.6}"));
    }
    if let Some(url) = &event.url {
        out.raw("URL", url);
    }
    out.text("DESCRIPTION", &event.description);
    out.end("VEVENT");
}

/// The name of a volunteer's own calendar.
pub fn my_calendar_name(lang: Lang) -> String {
    texts::text(lang, id::CALENDAR_MINE, &FluentArgs::new())
}

/// The name of an organisation's calendar.
pub fn organization_calendar_name(organization: &str, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    args.set("organization", organization.to_owned());
    texts::text(lang, id::CALENDAR_ORGANIZATION, &args)
}

/// What a sign-up's event says: the organisation, then where the sign-up
/// stands.
pub fn sign_up_description(
    organization: &str,
    status: ApplicationStatus,
    shift_cancelled: bool,
    lang: Lang,
) -> String {
    let mut args = FluentArgs::new();
    let key = if shift_cancelled {
        "cancelled"
    } else {
        status.as_str()
    };
    args.set("status", key);
    format!(
        "{organization}\n{}",
        texts::text(lang, id::CALENDAR_SIGN_UP, &args)
    )
}

/// What a shift's event in its organisation's calendar says: the places
/// taken and the waiting list.
pub fn places_description(taken: i32, capacity: i32, waiting: i32, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    args.set("taken", taken);
    args.set("capacity", capacity);
    args.set("waiting", waiting);
    texts::text(lang, id::CALENDAR_PLACES, &args)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;
    use crate::organization::MemberRole;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 5, hour, 0, 0).unwrap()
    }

    fn event(status: EventStatus) -> Event {
        Event {
            uid: "sign-up-1@hop.torun.pl".into(),
            sequence: 2,
            stamp: at(8),
            starts_at: at(9),
            ends_at: at(13),
            status,
            summary: "Zbiórka żywności; sortowanie, pakowanie".into(),
            place: Place {
                remote: false,
                address: Some("ul. Szeroka 1, 87-100 Toruń".into()),
                point: Some((53.0103, 18.6057)),
            },
            url: Some("https://hop.torun.pl/api/v1/opportunities/1".into()),
            description: "Bank Żywności\nTwoje miejsce jest potwierdzone.".into(),
        }
    }

    #[test]
    fn a_sign_up_shows_as_its_status_says() {
        use ApplicationStatus as S;
        let expected = [
            (S::Pending, EventStatus::Tentative),
            (S::Confirmed, EventStatus::Confirmed),
            (S::Waitlisted, EventStatus::Tentative),
            (S::Rejected, EventStatus::Cancelled),
            (S::Withdrawn, EventStatus::Cancelled),
            (S::Attended, EventStatus::Confirmed),
            (S::NoShow, EventStatus::Confirmed),
        ];
        assert_eq!(expected.len(), S::ALL.len(), "every status is decided");
        for (status, shown) in expected {
            assert_eq!(sign_up_status(status, false), shown, "{status}");
            assert_eq!(
                sign_up_status(status, true),
                EventStatus::Cancelled,
                "{status} of a cancelled shift"
            );
        }
        assert_eq!(shift_status(false), EventStatus::Confirmed);
        assert_eq!(shift_status(true), EventStatus::Cancelled);
    }

    #[test]
    fn only_members_follow_an_organisation() {
        let member = |role| Viewer {
            is_staff: false,
            role: Some(role),
        };
        assert!(may_follow_organization(member(MemberRole::Owner)));
        assert!(may_follow_organization(member(MemberRole::Coordinator)));
        assert!(!may_follow_organization(Viewer {
            is_staff: true,
            role: None
        }));
        assert!(!may_follow_organization(Viewer::ANONYMOUS));
    }

    #[test]
    fn an_event_carries_its_identity_time_place_and_status() {
        let feed = Feed {
            name: my_calendar_name(Lang::Pl),
            lang: Lang::Pl,
            events: vec![event(EventStatus::Confirmed)],
        };
        let text = render(&feed);
        for line in [
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
            "X-WR-CALNAME:HOP: moje zmiany\r\n",
            "BEGIN:VEVENT\r\nUID:sign-up-1@hop.torun.pl\r\n",
            "DTSTAMP:20261205T080000Z\r\n",
            "SEQUENCE:2\r\n",
            "DTSTART:20261205T090000Z\r\nDTEND:20261205T130000Z\r\n",
            "STATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\n",
            "SUMMARY:Zbiórka żywności\\; sortowanie\\, pakowanie\r\n",
            "LOCATION:ul. Szeroka 1\\, 87-100 Toruń\r\n",
            "GEO:53.010300;18.605700\r\n",
            "DESCRIPTION:Bank Żywności\\nTwoje miejsce jest potwierdzone.\r\n",
            "END:VEVENT\r\nEND:VCALENDAR\r\n",
        ] {
            assert!(text.contains(line), "{line:?} missing from {text}");
        }
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn a_cancelled_event_keeps_no_time_busy_and_a_remote_one_says_so() {
        let mut cancelled = event(EventStatus::Cancelled);
        cancelled.place = Place {
            remote: true,
            address: None,
            point: None,
        };
        let text = render(&Feed {
            name: my_calendar_name(Lang::Uk),
            lang: Lang::Uk,
            events: vec![cancelled],
        });
        assert!(text.contains("STATUS:CANCELLED\r\nTRANSP:TRANSPARENT\r\n"));
        assert!(text.contains("LOCATION:Дистанційно\r\n"), "{text}");
        assert!(!text.contains("GEO:"));
    }

    #[test]
    fn descriptions_are_in_the_reader_s_language() {
        assert_eq!(
            sign_up_description(
                "Bank Żywności",
                ApplicationStatus::Confirmed,
                true,
                Lang::Pl
            ),
            "Bank Żywności\nOrganizacja odwołała tę zmianę."
        );
        assert_eq!(
            sign_up_description("Caritas", ApplicationStatus::Pending, false, Lang::En),
            "Caritas\nYour sign-up is waiting for the organisation's decision."
        );
        assert_eq!(
            places_description(3, 10, 2, Lang::De),
            "Belegte Plätze: 3 von 10. Warteliste: 2."
        );
        for status in ApplicationStatus::ALL {
            for lang in Lang::ALL {
                let text = sign_up_description("X", *status, false, lang);
                assert!(!text.contains("calendar-"), "{lang} {status}: {text}");
            }
        }
    }

    proptest! {
        /// Each revision of the shift or of the sign-up raises the sequence.
        #[test]
        fn a_sign_up_s_sequence_rises_with_either_revision(
            shift in 0..1_000_000i32,
            sign_up in 0..1_000_000i32,
        ) {
            let now = sign_up_sequence(shift, sign_up);
            prop_assert!(sign_up_sequence(shift + 1, sign_up) > now);
            prop_assert!(sign_up_sequence(shift, sign_up + 1) > now);
        }

        /// Every feed, whatever its texts, is lines of at most 75 octets
        /// ending in CRLF, one event per input.
        #[test]
        fn every_feed_is_well_formed(
            titles in proptest::collection::vec("\\PC{0,120}", 0..6),
        ) {
            let events = titles
                .iter()
                .map(|title| Event { summary: title.clone(), ..event(EventStatus::Tentative) })
                .collect::<Vec<_>>();
            let text = render(&Feed { name: my_calendar_name(Lang::Lt), lang: Lang::Lt, events });
            prop_assert!(text.ends_with("\r\n"));
            for line in text.split_terminator("\r\n") {
                prop_assert!(line.len() <= ical::MAX_LINE_OCTETS);
                prop_assert!(!line.contains(['\r', '\n']));
            }
            prop_assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), titles.len());
        }
    }
}

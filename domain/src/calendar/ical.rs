//! RFC 5545 content lines: escaping TEXT values, folding at 75 octets, CRLF.
//!
//! Written here rather than taken from the `icalendar` crate: its writer
//! (0.17) folds with a byte index checked against the *character* at that
//! index (`chars().nth(byte_pos)`), writes a carriage return inside a TEXT
//! value unescaped (a title holding "\r" would end the content line), escapes
//! only the properties it knows to be TEXT, and orders parameters by a hash
//! map. What HOP needs is this small: a few properties, escaped and folded.

/// The most octets of one line, not counting its CRLF (RFC 5545, 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

const CRLF: &str = "\r\n";

/// A TEXT value (RFC 5545, 3.3.11) as it stands in a content line: `\`, `;`
/// and `,` escaped with a backslash, a line break (LF, CRLF or a lone CR) as
/// `\n`. Other control characters cannot stand in TEXT and are dropped (HOP's
/// texts refuse them on input; the writer stays total regardless).
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                escaped.push_str("\\n");
            }
            '\t' => escaped.push('\t'),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Appends `line` (one content line, unfolded) to `out`, folded so that no
/// line exceeds [`MAX_LINE_OCTETS`] octets: a break is CRLF and one space,
/// and falls only between two characters, never inside a UTF-8 sequence.
/// Every line ends with CRLF.
pub fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    // The first line has all 75 octets; a continuation spends one on its space.
    let mut room = MAX_LINE_OCTETS;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str(CRLF);
            return;
        }
        // A character is at most 4 octets and `room` at least 74: the cut
        // always moves on.
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str(CRLF);
        out.push(' ');
        rest = tail;
        room = MAX_LINE_OCTETS - 1;
    }
}

/// An iCalendar object being written, content line by content line.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    /// A property whose value is written as given: a date-time, an integer,
    /// a URI, a fixed keyword. The caller makes sure it needs no escaping.
    pub fn raw(&mut self, name: &str, value: &str) {
        let line = format!("{name}:{value}");
        fold_into(&mut self.out, &line);
    }

    /// A property of type TEXT, escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape_text(value));
    }

    pub fn begin(&mut self, component: &str) {
        self.raw("BEGIN", component);
    }

    pub fn end(&mut self, component: &str) {
        self.raw("END", component);
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// RFC 5545's unfolding: a CRLF followed by one space or tab is removed.
    fn unfold(folded: &str) -> String {
        folded.replace("\r\n ", "").replace("\r\n\t", "")
    }

    /// The inverse of [`escape_text`] for what it writes.
    fn unescape(escaped: &str) -> String {
        let mut text = String::new();
        let mut chars = escaped.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n' | 'N') => text.push('\n'),
                    Some(other) => text.push(other),
                    None => panic!("a lone backslash ends {escaped:?}"),
                }
            } else {
                text.push(c);
            }
        }
        text
    }

    fn folded(line: &str) -> String {
        let mut out = String::new();
        fold_into(&mut out, line);
        out
    }

    #[test]
    fn special_characters_of_text_are_escaped() {
        assert_eq!(
            escape_text("Bank Żywności; Toruń, ul. Szeroka 1\\2\nparter"),
            "Bank Żywności\\; Toruń\\, ul. Szeroka 1\\\\2\\nparter"
        );
        assert_eq!(escape_text("a\r\nb\rc"), "a\\nb\\nc");
        assert_eq!(escape_text("a\u{7}b\tc"), "ab\tc");
        // A colon needs no escape in a value.
        assert_eq!(escape_text("10:00"), "10:00");
    }

    #[test]
    fn a_line_of_75_octets_stays_whole_and_one_of_76_is_folded() {
        let exact = "S".repeat(MAX_LINE_OCTETS);
        assert_eq!(folded(&exact), format!("{exact}\r\n"));
        let longer = "S".repeat(MAX_LINE_OCTETS + 1);
        assert_eq!(folded(&longer), format!("{exact}\r\n S\r\n"));
    }

    #[test]
    fn a_fold_never_falls_inside_a_character() {
        // "SUMMARY:" is 8 octets; 33 two-octet letters bring it to 74, and
        // the next letter would end at octet 76: it goes to the next line whole.
        let line = format!("SUMMARY:{}", "ż".repeat(40));
        let out = folded(&line);
        let first = out.split("\r\n").next().unwrap();
        assert_eq!(first.len(), 74, "{out:?}");
        assert_eq!(unfold(&out), format!("{line}\r\n"));
        // Four-octet characters (emoji) as well.
        let line = format!("X:{}", "🙂".repeat(40));
        for piece in folded(&line).split("\r\n") {
            assert!(piece.len() <= MAX_LINE_OCTETS);
        }
    }

    #[test]
    fn the_writer_ends_every_line_with_crlf() {
        let mut writer = Writer::new();
        writer.begin("VCALENDAR");
        writer.text("X-WR-CALNAME", "Grafik, dyżury; wolontariat");
        writer.end("VCALENDAR");
        assert_eq!(
            writer.finish(),
            "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Grafik\\, dyżury\\; wolontariat\r\nEND:VCALENDAR\r\n"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Any text, Polish, Ukrainian, emoji or control characters: every
        /// line is at most 75 octets and valid UTF-8 on its own (a byte-wise
        /// cut would leave half a character at a line's end), every line ends
        /// with CRLF, and unfolding then unescaping gives the text back.
        #[test]
        fn folding_keeps_lines_short_whole_and_reversible(
            text in "(\\PC|[ąęłńóśźżĄŁŻ]|[ґєіїҐЄІЇабвгд]|[;,\\\\\n\t]|\r\n|\r|[\\x00-\\x1f]|🙂){0,200}",
            name in "(SUMMARY|LOCATION|DESCRIPTION|X-WR-CALNAME)",
        ) {
            let mut writer = Writer::new();
            writer.text(&name, &text);
            let out = writer.finish();
            prop_assert!(out.ends_with("\r\n"));
            let bytes = out.as_bytes();
            for line in bytes.split(|b| *b == b'\n') {
                if line.is_empty() {
                    continue;
                }
                prop_assert_eq!(line.last(), Some(&b'\r'), "a bare LF in {:?}", out);
                let line = &line[..line.len() - 1];
                prop_assert!(line.len() <= MAX_LINE_OCTETS, "{} octets", line.len());
                prop_assert!(std::str::from_utf8(line).is_ok(), "a character is split: {:?}", line);
            }
            let unfolded = unfold(&out);
            let value = unfolded
                .strip_prefix(&format!("{name}:"))
                .and_then(|rest| rest.strip_suffix("\r\n"))
                .expect("one content line");
            prop_assert!(!value.contains(['\r', '\n']), "a raw line break in {:?}", value);
            let expected: String = text
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .chars()
                .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
                .collect();
            prop_assert_eq!(unescape(value), expected);
        }

        /// A line is folded only when it must be, and into as few lines as
        /// the limit allows.
        #[test]
        fn short_lines_are_left_whole(line in "[A-Z]{1,5}:[a-z ]{0,69}") {
            prop_assert_eq!(folded(&line), format!("{line}\r\n"));
        }
    }
}

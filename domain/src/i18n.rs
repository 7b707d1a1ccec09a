//! The languages HOP speaks and how a request picks one.
//!
//! Labels exist in Polish and English always, and in German, Lithuanian,
//! Latvian and Ukrainian when someone wrote them (Toruń, its partner cities
//! and its newer residents). A request names a language with `?lang=` or
//! lets `Accept-Language` choose; a missing label falls back to English, then
//! Polish, and the answer says which language it used.

use std::fmt;

use crate::InvalidValue;

/// A language labels are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Pl,
    En,
    De,
    Lt,
    Lv,
    Uk,
}

impl Lang {
    /// Every language, in the order lists of them are shown.
    pub const ALL: [Lang; 6] = [Lang::Pl, Lang::En, Lang::De, Lang::Lt, Lang::Lv, Lang::Uk];

    /// The language of an answer when the request expresses no usable preference.
    pub const DEFAULT: Lang = Lang::En;

    /// The ISO 639-1 code.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
            Lang::De => "de",
            Lang::Lt => "lt",
            Lang::Lv => "lv",
            Lang::Uk => "uk",
        }
    }

    /// One of the six ISO 639-1 codes, ignoring case and surrounding space.
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        Self::from_code(raw.trim()).ok_or_else(|| {
            InvalidValue::new(format!("must be one of {}", Self::codes().join(", ")))
        })
    }

    /// Whether every labelled thing has a text in this language (Polish and
    /// English do; the others are optional).
    pub fn is_required(self) -> bool {
        matches!(self, Lang::Pl | Lang::En)
    }

    pub fn codes() -> [&'static str; 6] {
        Self::ALL.map(Lang::as_str)
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|lang| lang.as_str().eq_ignore_ascii_case(code))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language of an answer: `explicit` (the `?lang=` parameter) when
/// given, which must then be one of the six; otherwise the best supported
/// language of `accept_language` (the header), otherwise [`Lang::DEFAULT`].
/// An empty `explicit` counts as not given.
pub fn negotiate(
    explicit: Option<&str>,
    accept_language: Option<&str>,
) -> Result<Lang, InvalidValue> {
    match explicit.map(str::trim).filter(|raw| !raw.is_empty()) {
        Some(raw) => Lang::parse(raw),
        None => Ok(accept_language
            .and_then(from_accept_language)
            .unwrap_or(Lang::DEFAULT)),
    }
}

/// The supported language an `Accept-Language` header (RFC 9110 §12.5.4)
/// prefers most, if it accepts any.
///
/// - Quality values weigh each range; `q=0` means "not this one".
/// - A range with subtags (`de-DE`, `uk-UA`) stands for its primary
///   language; a bare range (`de`) for the same language overrides it.
/// - `*` gives every language not named otherwise its weight.
/// - Among equal weights a named language beats the wildcard, then the
///   range listed first wins (for `*`: English, then [`Lang::ALL`]'s order).
/// - Malformed elements are ignored; the rest of the header still counts.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let ranges: Vec<(Range, u16)> = header.split(',').filter_map(parse_element).collect();
    let wildcard = ranges
        .iter()
        .enumerate()
        .find(|(_, (range, _))| matches!(range, Range::Any))
        .map(|(position, (_, q))| (*q, position));

    Lang::ALL
        .into_iter()
        .filter_map(|lang| {
            let named = |bare: bool| {
                ranges
                    .iter()
                    .enumerate()
                    .filter(move |(_, (range, _))| {
                        matches!(range, Range::Lang { lang: l, bare: b } if *l == lang && *b == bare)
                    })
                    .map(|(position, (_, q))| (*q, position))
            };
            // The first bare range decides; else the best of the ranges with
            // subtags (the earliest among equals); else the wildcard.
            let (q, position, from_wildcard) = named(true)
                .next()
                .or_else(|| {
                    named(false).min_by_key(|(q, position)| (std::cmp::Reverse(*q), *position))
                })
                .map(|(q, position)| (q, position, false))
                .or_else(|| wildcard.map(|(q, position)| (q, position, true)))?;
            (q > 0).then_some((lang, q, position, from_wildcard))
        })
        .min_by_key(|(lang, q, position, from_wildcard)| {
            let wildcard_rank = match (from_wildcard, lang) {
                (false, _) => 0,
                (true, lang) if *lang == Lang::DEFAULT => 0,
                (true, lang) => 1 + *lang as usize,
            };
            (std::cmp::Reverse(*q), *from_wildcard, *position, wildcard_rank)
        })
        .map(|(lang, ..)| lang)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Range {
    /// `*`
    Any,
    /// A supported primary language; `bare` when the range has no subtags.
    Lang { lang: Lang, bare: bool },
    /// A well-formed range of a language HOP does not speak.
    Other,
}

/// One list element: `language-range [ OWS ";" OWS "q=" qvalue ]`, with the
/// weight in thousandths (1000 when absent). `None` for malformed elements.
fn parse_element(element: &str) -> Option<(Range, u16)> {
    let element = element.trim_matches(is_ows);
    if element.is_empty() {
        return None;
    }
    let mut parts = element.split(';');
    let range = parse_range(parts.next()?.trim_matches(is_ows))?;
    let q = match parts.next() {
        None => 1000,
        Some(weight) => {
            let weight = weight.trim_matches(is_ows);
            let value = weight
                .strip_prefix("q=")
                .or_else(|| weight.strip_prefix("Q="))?;
            parse_qvalue(value)?
        }
    };
    // Accept-Language takes no parameters besides the weight.
    if parts.next().is_some() {
        return None;
    }
    Some((range, q))
}

fn is_ows(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// `(1*8ALPHA *("-" 1*8alphanum)) / "*"`
fn parse_range(raw: &str) -> Option<Range> {
    if raw == "*" {
        return Some(Range::Any);
    }
    let mut subtags = raw.split('-');
    let primary = subtags.next()?;
    let well_formed_primary =
        (1..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let mut bare = true;
    for subtag in subtags {
        bare = false;
        if !(1..=8).contains(&subtag.len()) || !subtag.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
    }
    if !well_formed_primary {
        return None;
    }
    Some(match Lang::from_code(primary) {
        Some(lang) => Range::Lang { lang, bare },
        None => Range::Other,
    })
}

/// `( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
fn parse_qvalue(raw: &str) -> Option<u16> {
    let (whole, fraction) = match raw.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (raw, ""),
    };
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |acc, digit| acc * 10 + u16::from(digit - b'0'));
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// A text in every required language and in some of the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels<T> {
    pl: T,
    en: T,
    de: Option<T>,
    lt: Option<T>,
    lv: Option<T>,
    uk: Option<T>,
}

impl<T> Labels<T> {
    /// Labels with the required languages only.
    pub fn new(pl: T, en: T) -> Self {
        Self {
            pl,
            en,
            de: None,
            lt: None,
            lv: None,
            uk: None,
        }
    }

    /// The Polish text, which is always there.
    pub fn pl(&self) -> &T {
        &self.pl
    }

    /// The English text, which is always there.
    pub fn en(&self) -> &T {
        &self.en
    }

    pub fn get(&self, lang: Lang) -> Option<&T> {
        match lang {
            Lang::Pl => Some(&self.pl),
            Lang::En => Some(&self.en),
            Lang::De => self.de.as_ref(),
            Lang::Lt => self.lt.as_ref(),
            Lang::Lv => self.lv.as_ref(),
            Lang::Uk => self.uk.as_ref(),
        }
    }

    pub fn set(&mut self, lang: Lang, text: T) {
        match lang {
            Lang::Pl => self.pl = text,
            Lang::En => self.en = text,
            Lang::De => self.de = Some(text),
            Lang::Lt => self.lt = Some(text),
            Lang::Lv => self.lv = Some(text),
            Lang::Uk => self.uk = Some(text),
        }
    }

    /// Removes an optional language's text; a required one cannot be removed.
    pub fn clear(&mut self, lang: Lang) -> Result<(), InvalidValue> {
        let slot = match lang {
            Lang::Pl | Lang::En => return Err(required_label()),
            Lang::De => &mut self.de,
            Lang::Lt => &mut self.lt,
            Lang::Lv => &mut self.lv,
            Lang::Uk => &mut self.uk,
        };
        *slot = None;
        Ok(())
    }

    /// Every language with its text, if any, in the order of [`Lang::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (Lang, Option<&T>)> {
        Lang::ALL.into_iter().map(|lang| (lang, self.get(lang)))
    }

    /// The text in `preferred`, falling back to English, then Polish, with
    /// the language it is in.
    pub fn pick_text(&self, preferred: Lang) -> (Lang, &T) {
        match self.get(preferred) {
            Some(text) => (preferred, text),
            // The fallback is English, then Polish; English is required, so
            // the chain always ends there.
            None => (Lang::En, &self.en),
        }
    }
}

impl<T: AsRef<str>> Labels<T> {
    /// [`Labels::pick_text`] as a string.
    pub fn pick(&self, preferred: Lang) -> (Lang, &str) {
        let (lang, text) = self.pick_text(preferred);
        (lang, text.as_ref())
    }
}

/// Why a required language's label cannot be removed.
pub fn required_label() -> InvalidValue {
    let required: Vec<&str> = Lang::ALL
        .into_iter()
        .filter(|lang| lang.is_required())
        .map(Lang::as_str)
        .collect();
    InvalidValue::new(format!(
        "cannot be removed: every label needs a text in {}",
        required.join(" and ")
    ))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn codes_parse_ignoring_case_and_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.as_str()).unwrap(), lang);
            assert_eq!(Lang::parse(&lang.as_str().to_uppercase()).unwrap(), lang);
            assert_eq!(lang.to_string(), lang.as_str());
        }
        assert_eq!(Lang::parse(" uk ").unwrap(), Lang::Uk);
    }

    #[test]
    fn unknown_codes_name_the_supported_ones() {
        for raw in ["fr", "ua", "", "en-GB", "*", "polski"] {
            assert_eq!(
                Lang::parse(raw).unwrap_err().message,
                "must be one of pl, en, de, lt, lv, uk",
                "{raw:?}"
            );
        }
    }

    #[test]
    fn an_explicit_language_wins_over_the_header() {
        assert_eq!(negotiate(Some("lv"), Some("de")).unwrap(), Lang::Lv);
        assert!(negotiate(Some("fr"), Some("de")).is_err());
        // An empty parameter is no parameter.
        assert_eq!(negotiate(Some(""), Some("de")).unwrap(), Lang::De);
        assert_eq!(negotiate(None, None).unwrap(), Lang::En);
    }

    fn accept(header: &str) -> Option<Lang> {
        from_accept_language(header)
    }

    #[test]
    fn the_highest_quality_wins() {
        assert_eq!(accept("lt;q=0.9, de-DE;q=1.0"), Some(Lang::De));
        assert_eq!(accept("de;q=0.5, uk;q=0.8, pl;q=0.7"), Some(Lang::Uk));
        assert_eq!(accept("fr-FR, fr;q=0.9, lv;q=0.1"), Some(Lang::Lv));
        assert_eq!(
            accept("pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7"),
            Some(Lang::Pl)
        );
    }

    #[test]
    fn equal_qualities_go_to_the_first_listed() {
        assert_eq!(accept("lt, lv"), Some(Lang::Lt));
        assert_eq!(accept("lv;q=0.5, lt;q=0.5"), Some(Lang::Lv));
        assert_eq!(accept("uk-UA, pl"), Some(Lang::Uk));
    }

    #[test]
    fn region_subtags_stand_for_their_language() {
        assert_eq!(accept("uk-UA"), Some(Lang::Uk));
        assert_eq!(accept("DE-at"), Some(Lang::De));
        assert_eq!(accept("en-GB;q=0.3, lt-LT;q=0.4"), Some(Lang::Lt));
        // The bare range is the language itself and overrides its regions.
        assert_eq!(accept("de-DE, de;q=0, pl;q=0.1"), Some(Lang::Pl));
        // Among regions of one language the best counts.
        assert_eq!(accept("de-AT;q=0.2, de-DE;q=0.9, pl;q=0.5"), Some(Lang::De));
    }

    #[test]
    fn zero_quality_excludes() {
        assert_eq!(accept("de;q=0"), None);
        assert_eq!(accept("de;q=0, lt;q=0.001"), Some(Lang::Lt));
        assert_eq!(accept("*;q=0.5, en;q=0"), Some(Lang::Pl));
        assert_eq!(accept("*;q=0"), None);
    }

    #[test]
    fn the_wildcard_prefers_english_and_yields_to_named_languages() {
        assert_eq!(accept("*"), Some(Lang::En));
        assert_eq!(accept("fr, *;q=0.5"), Some(Lang::En));
        assert_eq!(accept("*;q=0.5, lv;q=0.6"), Some(Lang::Lv));
        assert_eq!(accept("*, lv"), Some(Lang::Lv));
        assert_eq!(accept("*, lv;q=0.9"), Some(Lang::En));
    }

    #[test]
    fn unsupported_or_empty_headers_accept_nothing() {
        assert_eq!(accept(""), None);
        assert_eq!(accept("fr, es;q=0.9"), None);
        assert_eq!(negotiate(None, Some("fr, es;q=0.9")).unwrap(), Lang::En);
    }

    #[test]
    fn malformed_elements_are_ignored() {
        for header in [
            "de;q=2, lt;q=0.5",
            "de;q=1.5, lt;q=0.5",
            "de;q=0.5555, lt;q=0.5",
            "de;q=, lt;q=0.5",
            "de;q=abc, lt;q=0.5",
            "de;x=1, lt;q=0.5",
            "de;q=1;q=1, lt;q=0.5",
            "d3, lt;q=0.5",
            "de-, lt;q=0.5",
            "de-toolongsubtag, lt;q=0.5",
            "deutschland, lt;q=0.5",
            "de_DE, lt;q=0.5",
            ",,, lt;q=0.5 ,",
        ] {
            assert_eq!(accept(header), Some(Lang::Lt), "{header:?}");
        }
        assert_eq!(accept("uk ; q=0.7 ,\tlv;Q=0.6"), Some(Lang::Uk));
        assert_eq!(accept("de;q=1.000"), Some(Lang::De));
        assert_eq!(accept("de;q=1."), Some(Lang::De));
        assert_eq!(accept("de;q=0., lt;q=0.1"), Some(Lang::Lt));
    }

    fn labels() -> Labels<String> {
        let mut labels = Labels::new("Pierwsza pomoc".to_owned(), "First aid".to_owned());
        labels.set(Lang::Uk, "Перша допомога".to_owned());
        labels
    }

    #[test]
    fn pick_falls_back_to_english() {
        let labels = labels();
        assert_eq!(labels.pick(Lang::Uk), (Lang::Uk, "Перша допомога"));
        assert_eq!(labels.pick(Lang::Pl), (Lang::Pl, "Pierwsza pomoc"));
        assert_eq!(labels.pick(Lang::De), (Lang::En, "First aid"));
    }

    #[test]
    fn required_labels_cannot_be_cleared() {
        let mut labels = labels();
        assert!(labels.clear(Lang::Pl).is_err());
        assert!(labels.clear(Lang::En).is_err());
        labels.clear(Lang::Uk).unwrap();
        assert_eq!(labels.get(Lang::Uk), None);
        assert_eq!(labels.iter().filter(|(_, text)| text.is_some()).count(), 2);
    }

    fn any_lang() -> impl Strategy<Value = Lang> {
        proptest::sample::select(Lang::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn the_picked_language_always_has_the_picked_label(
            optional in proptest::collection::vec(proptest::option::of("[a-z]{1,8}"), 4),
            preferred in any_lang(),
        ) {
            let mut labels = Labels::new("pl".to_owned(), "en".to_owned());
            for (lang, text) in [Lang::De, Lang::Lt, Lang::Lv, Lang::Uk].into_iter().zip(optional) {
                if let Some(text) = text {
                    labels.set(lang, text);
                }
            }
            let (lang, text) = labels.pick(preferred);
            prop_assert_eq!(labels.get(lang).map(String::as_str), Some(text));
            prop_assert!(lang == preferred || lang == Lang::En);
        }

        #[test]
        fn negotiation_never_panics(explicit in proptest::option::of("\\PC{0,12}"), header in "\\PC{0,80}") {
            let _ = negotiate(explicit.as_deref(), Some(&header));
        }

        #[test]
        fn a_header_naming_one_language_picks_it(lang in any_lang(), region in proptest::option::of("[A-Z]{2}"), q in 1u16..=1000) {
            let range = match region {
                Some(region) => format!("{}-{region}", lang.as_str()),
                None => lang.as_str().to_owned(),
            };
            let q = if q == 1000 { "1".to_owned() } else { format!("0.{q:03}") };
            let header = format!("fr;q=1, {range};q={q}, xx");
            prop_assert_eq!(negotiate(None, Some(&header)).unwrap(), lang);
        }

        #[test]
        fn structured_headers_pick_a_listed_language_with_the_top_quality(
            entries in proptest::collection::vec((any_lang(), 0u16..=1000), 1..6),
        ) {
            let header = entries
                .iter()
                .map(|(lang, q)| format!("{};q={}.{:03}", lang.as_str(), q / 1000, q % 1000))
                .collect::<Vec<_>>()
                .join(", ");
            // Only the first range of a language counts.
            let mut first: Vec<(Lang, u16)> = Vec::new();
            for (lang, q) in &entries {
                if !first.iter().any(|(l, _)| l == lang) {
                    first.push((*lang, *q));
                }
            }
            let best = first.iter().map(|(_, q)| *q).max().unwrap_or(0);
            match from_accept_language(&header) {
                Some(picked) => {
                    let q = first.iter().find(|(l, _)| *l == picked).map(|(_, q)| *q);
                    prop_assert_eq!(q, Some(best));
                    prop_assert!(best > 0);
                }
                None => prop_assert_eq!(best, 0),
            }
        }
    }
}

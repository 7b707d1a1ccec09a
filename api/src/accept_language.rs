//! The language of an answer from `?lang=` and `Accept-Language`.
//!
//! The header is parsed here by hand, following RFC 9110's grammar for
//! Accept-Language, because actix-web's typed `AcceptLanguage` parses the
//! generic `value;params` form: it takes parameters the grammar does not
//! have (`de;x=1`, a repeated `q`), and ranks by quality alone, without the
//! rules below (a bare range overrides its regions; a named language beats
//! the wildcard).

use hop_domain::{InvalidValue, i18n::Lang};

/// The language of an answer: `explicit` (the `?lang=` parameter) when
/// given, which must then be one of the six; otherwise the best supported
/// language of `accept_language` (the header), otherwise [`Lang::DEFAULT`].
/// An empty `explicit` counts as not given.
pub(crate) fn negotiate(
    explicit: Option<&str>,
    accept_language: Option<&str>,
) -> Result<Lang, InvalidValue> {
    match explicit.map(str::trim).filter(|raw| !raw.is_empty()) {
        Some(raw) => Lang::parse(raw),
        None => Ok(accept_language
            .and_then(most_preferred)
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
pub(crate) fn most_preferred(header: &str) -> Option<Lang> {
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
    let spoken = Lang::ALL
        .into_iter()
        .find(|lang| lang.as_str().eq_ignore_ascii_case(primary));
    Some(match spoken {
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn accept(header: &str) -> Option<Lang> {
        most_preferred(header)
    }

    #[test]
    fn an_explicit_language_wins_over_the_header() {
        assert_eq!(negotiate(Some("lv"), Some("de")).unwrap(), Lang::Lv);
        assert!(negotiate(Some("fr"), Some("de")).is_err());
        // An empty parameter is no parameter.
        assert_eq!(negotiate(Some(""), Some("de")).unwrap(), Lang::De);
        assert_eq!(negotiate(None, None).unwrap(), Lang::En);
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

    fn any_lang() -> impl Strategy<Value = Lang> {
        proptest::sample::select(Lang::ALL.to_vec())
    }

    proptest! {
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
            match most_preferred(&header) {
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

//! The languages HOP speaks, and labels written in them.
//!
//! Labels exist in Polish and English always, and in German, Lithuanian,
//! Latvian and Ukrainian when someone wrote them (Toruń, its partner cities
//! and its newer residents). A missing label falls back to English. (How a
//! request chooses its language is HTTP, and lives in the API.)

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
    }
}

//! Languages people speak, as ISO 639-1 codes.

/// Every ISO 639-1 code, lower case and sorted (the list of the `iso-codes`
/// project, which still carries the withdrawn `bh`, Bihari).
const CODES: [&str; 184] = [
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

code_list!(
/// A language as its ISO 639-1 code, always lower case (`pl`, `uk`, `lt`).
/// Only codes of the standard can be held.
    LanguageCode, CODES, to_ascii_lowercase,
    "must be an ISO 639-1 language code such as pl, en, de, lt, lv or uk"
);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_list_is_the_standards_sorted_and_unique() {
        assert_eq!(LanguageCode::ALL.len(), 184);
        assert!(LanguageCode::ALL.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(
            LanguageCode::ALL
                .iter()
                .all(|code| { code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) })
        );
    }

    #[test]
    fn the_partner_cities_languages_parse() {
        for code in ["pl", "en", "de", "lt", "lv", "uk", "ru", "be"] {
            assert_eq!(LanguageCode::parse(code).unwrap().as_str(), code);
        }
        assert_eq!(LanguageCode::parse(" UK ").unwrap().as_str(), "uk");
        assert_eq!(LanguageCode::parse("De").unwrap().to_string(), "de");
    }

    #[test]
    fn anything_else_is_refused() {
        for raw in ["", "xx", "pol", "p", "en-GB", "zz", "ua", "gr"] {
            assert!(LanguageCode::parse(raw).is_err(), "{raw:?}");
        }
        assert!(
            LanguageCode::parse("xx")
                .unwrap_err()
                .message
                .contains("ISO 639-1")
        );
    }

    proptest! {
        #[test]
        fn a_code_is_accepted_exactly_when_listed(raw in "[a-zA-Z]{1,3}") {
            let listed = LanguageCode::ALL.contains(&raw.to_ascii_lowercase().as_str());
            prop_assert_eq!(LanguageCode::parse(&raw).is_ok(), listed);
            if let Ok(code) = LanguageCode::parse(&raw) {
                prop_assert_eq!(code.as_str(), raw.to_ascii_lowercase());
            }
        }
    }
}

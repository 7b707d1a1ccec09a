//! Text folded for search: lower case, diacritics removed, so a search for
//! `torun` finds "Toruń" and `gottingen` finds "Göttingen".

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

pub fn fold_for_search(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    // Lower case first: some capitals lower to a letter and a combining mark.
    for c in text.to_lowercase().nfd().filter(|c| !is_combining_mark(*c)) {
        // Letters whose stroke is not a combining mark, so NFD keeps them.
        match c {
            'ł' => folded.push('l'),
            'ß' => folded.push_str("ss"),
            'đ' => folded.push('d'),
            'ø' => folded.push('o'),
            'æ' => folded.push_str("ae"),
            c => folded.push(c),
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn folds_the_partner_cities_names() {
        assert_eq!(fold_for_search("Toruń"), "torun");
        assert_eq!(fold_for_search("Göttingen"), "gottingen");
        assert_eq!(fold_for_search("Klaipėda"), "klaipeda");
        assert_eq!(fold_for_search("Daugavpils  Łódź"), "daugavpils lodz");
        assert_eq!(fold_for_search("Straße"), "strasse");
        assert_eq!(fold_for_search("Полтава"), "полтава");
    }

    proptest! {
        #[test]
        fn folding_is_idempotent(text in "\\PC{0,40}") {
            let once = fold_for_search(&text);
            prop_assert_eq!(fold_for_search(&once), once.clone());
        }

        #[test]
        fn folding_keeps_plain_lowercase_ascii(text in "[a-z0-9]{1,20}( [a-z0-9]{1,20}){0,3}") {
            prop_assert_eq!(fold_for_search(&text), text);
        }
    }
}

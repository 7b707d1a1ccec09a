//! A small gazetteer: the places a person may type to search near them or
//! to fill their home, with their coordinates. Toruń and its districts, the
//! towns of Kujawsko-Pomorskie, and the partner cities. Names are matched
//! ignoring case and diacritics ("torun", "Klaipeda", "Gottingen").

use hop_domain::text::fold_for_search;

/// (name as written, latitude, longitude, ISO 3166-1 country).
const PLACES: &[(&str, f64, f64, &str)] = &[
    // Toruń and its districts.
    ("Toruń", 53.0138, 18.5984, "PL"),
    ("Stare Miasto", 53.0103, 18.6057, "PL"),
    ("Bydgoskie Przedmieście", 53.0197, 18.5838, "PL"),
    ("Chełmińskie Przedmieście", 53.0262, 18.6035, "PL"),
    ("Mokre", 53.0265, 18.6267, "PL"),
    ("Jakubskie Przedmieście", 53.0137, 18.6364, "PL"),
    ("Rubinkowo", 53.0258, 18.6538, "PL"),
    ("Skarpa", 53.0215, 18.6393, "PL"),
    ("Na Skarpie", 53.0215, 18.6393, "PL"),
    ("Bielany", 53.0270, 18.5700, "PL"),
    ("Wrzosy", 53.0436, 18.5913, "PL"),
    ("Bielawy", 53.0490, 18.6160, "PL"),
    ("Koniuchy", 53.0384, 18.6236, "PL"),
    ("Grębocin nad Strugą", 53.0390, 18.6620, "PL"),
    ("Kaszczorek", 53.0010, 18.6830, "PL"),
    ("Podgórz", 52.9965, 18.5962, "PL"),
    ("Stawki", 52.9874, 18.5787, "PL"),
    ("Rudak", 53.0014, 18.6266, "PL"),
    ("Czerniewice", 52.9887, 18.6712, "PL"),
    ("Glinki", 52.9890, 18.6330, "PL"),
    ("Katarzynka", 53.0450, 18.5400, "PL"),
    ("Barbarka", 53.0620, 18.5550, "PL"),
    // Towns of Kujawsko-Pomorskie.
    ("Bydgoszcz", 53.1235, 18.0084, "PL"),
    ("Włocławek", 52.6483, 19.0677, "PL"),
    ("Grudziądz", 53.4837, 18.7536, "PL"),
    ("Inowrocław", 52.7982, 18.2631, "PL"),
    ("Brodnica", 53.2597, 19.3966, "PL"),
    ("Świecie", 53.4093, 18.4472, "PL"),
    ("Chełmno", 53.3487, 18.4254, "PL"),
    ("Chełmża", 53.1847, 18.6043, "PL"),
    ("Golub-Dobrzyń", 53.1112, 19.0520, "PL"),
    ("Wąbrzeźno", 53.2797, 18.9477, "PL"),
    ("Lipno", 52.8444, 19.1786, "PL"),
    ("Rypin", 53.0663, 19.4125, "PL"),
    ("Aleksandrów Kujawski", 52.8768, 18.6936, "PL"),
    ("Ciechocinek", 52.8794, 18.7948, "PL"),
    ("Nieszawa", 52.8353, 18.9033, "PL"),
    ("Solec Kujawski", 53.0844, 18.2260, "PL"),
    ("Nakło nad Notecią", 53.1415, 17.6013, "PL"),
    ("Żnin", 52.8494, 17.7199, "PL"),
    ("Mogilno", 52.6582, 17.9558, "PL"),
    ("Radziejów", 52.6256, 18.5279, "PL"),
    ("Tuchola", 53.5880, 17.8600, "PL"),
    ("Sępólno Krajeńskie", 53.4519, 17.5306, "PL"),
    ("Chojnice", 53.6955, 17.5570, "PL"),
    ("Kowalewo Pomorskie", 53.1540, 18.8990, "PL"),
    ("Łysomice", 53.0853, 18.6314, "PL"),
    ("Lubicz", 53.0242, 18.7640, "PL"),
    ("Obrowo", 52.9839, 18.8410, "PL"),
    ("Wielka Nieszawka", 52.9983, 18.5116, "PL"),
    // The partner cities.
    ("Daugavpils", 55.8747, 26.5362, "LV"),
    ("Klaipėda", 55.7033, 21.1443, "LT"),
    ("Kaunas", 54.8985, 23.9036, "LT"),
    ("Göttingen", 51.5413, 9.9158, "DE"),
];

/// A place of the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub name: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub country: &'static str,
}

/// The place named `typed`, ignoring case, diacritics and extra spaces.
pub fn find(typed: &str) -> Option<Place> {
    let wanted = fold_for_search(typed);
    PLACES
        .iter()
        .find(|(name, ..)| fold_for_search(name) == wanted)
        .map(|&(name, lat, lon, country)| Place {
            name,
            lat,
            lon,
            country,
        })
}

/// Every name, for the list the city field suggests.
pub fn names() -> impl Iterator<Item = &'static str> {
    PLACES.iter().map(|(name, ..)| *name)
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn names_match_without_case_or_diacritics() {
        assert_eq!(find("torun").map(|p| p.name), Some("Toruń"));
        assert_eq!(find("  TORUŃ ").map(|p| p.name), Some("Toruń"));
        assert_eq!(find("klaipeda").map(|p| p.country), Some("LT"));
        assert_eq!(find("Gottingen").map(|p| p.name), Some("Göttingen"));
        assert_eq!(find("wloclawek").map(|p| p.name), Some("Włocławek"));
        assert_eq!(find("Atlantis"), None);
        assert_eq!(find(""), None);
    }
}

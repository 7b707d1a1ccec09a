//! Countries, as ISO 3166-1 alpha-2 codes.

/// Every ISO 3166-1 alpha-2 code, upper case and sorted.
const CODES: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

code_list!(
/// A country as its ISO 3166-1 alpha-2 code, always upper case (`PL`, `LT`).
/// Only codes the standard assigns can be held.
    CountryCode, CODES, to_ascii_uppercase,
    "must be an ISO 3166-1 alpha-2 country code such as PL, DE, LT, LV or UA"
);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_list_is_the_standards_sorted_and_unique() {
        assert_eq!(CountryCode::ALL.len(), 249);
        assert!(CountryCode::ALL.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(
            CountryCode::ALL
                .iter()
                .all(|code| { code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) })
        );
    }

    #[test]
    fn the_partner_countries_parse_in_any_case() {
        for code in ["PL", "DE", "LT", "LV", "UA"] {
            assert_eq!(CountryCode::parse(code).unwrap().as_str(), code);
        }
        assert_eq!(CountryCode::parse("pl").unwrap().as_str(), "PL");
        assert_eq!(CountryCode::parse(" lt ").unwrap().to_string(), "LT");
    }

    #[test]
    fn anything_else_is_refused() {
        // UK and EU are reserved, not assigned; XX and ZZ are user-assigned.
        for raw in ["", "XX", "ZZ", "UK", "EU", "POL", "P", "P1"] {
            assert!(CountryCode::parse(raw).is_err(), "{raw:?}");
        }
    }

    proptest! {
        #[test]
        fn a_code_is_accepted_exactly_when_listed(raw in "[a-zA-Z]{1,3}") {
            let listed = CountryCode::ALL.contains(&raw.to_ascii_uppercase().as_str());
            prop_assert_eq!(CountryCode::parse(&raw).is_ok(), listed);
            if let Ok(code) = CountryCode::parse(&raw) {
                prop_assert_eq!(code.as_str(), raw.to_ascii_uppercase());
            }
        }
    }
}

//! The bounds every value from outside keeps before it is stored or
//! compared in the database: instants within the years 1900 to 9999, and
//! text without the NUL character (PostgreSQL's `text` cannot hold it).
//!
//! chrono reads years from -262 143 to 262 143 and PostgreSQL's
//! `timestamptz` spans 4713 BC to 294 276 AD; neither limit means anything
//! to volunteering, and values near them overflow on the way (microseconds
//! since 2000 in an `i64`, an interval times a count). HOP's own dates are
//! all well inside the years 1900–9999, so that is the accepted range.

use chrono::{DateTime, Datelike, Utc};

use crate::InvalidValue;

/// The first year an instant may be in.
pub const FIRST_YEAR: i32 = 1900;
/// The last year an instant may be in.
pub const LAST_YEAR: i32 = 9999;

/// `at`, when it lies in the years [`FIRST_YEAR`] to [`LAST_YEAR`].
pub fn instant(at: DateTime<Utc>) -> Result<DateTime<Utc>, InvalidValue> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&at.year()) {
        Ok(at)
    } else {
        Err(InvalidValue::new(format!(
            "must be a time in the years {FIRST_YEAR} to {LAST_YEAR}"
        )))
    }
}

/// The instant `micros` microseconds after 1970-01-01T00:00:00Z, when it
/// lies within the accepted years.
pub fn instant_from_micros(micros: i64) -> Result<DateTime<Utc>, InvalidValue> {
    DateTime::from_timestamp_micros(micros)
        .ok_or_else(|| InvalidValue::new("is not a time"))
        .and_then(instant)
}

/// `raw`, when it holds no NUL character.
pub fn text(raw: &str) -> Result<&str, InvalidValue> {
    if raw.contains('\0') {
        Err(InvalidValue::new("must not contain the NUL character"))
    } else {
        Ok(raw)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn instants_are_kept_to_the_years_1900_to_9999() {
        let first = Utc.with_ymd_and_hms(1900, 1, 1, 0, 0, 0).unwrap();
        let last = Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59).unwrap();
        assert_eq!(instant(first), Ok(first));
        assert_eq!(instant(last), Ok(last));
        assert!(instant(first - chrono::TimeDelta::seconds(1)).is_err());
        assert!(instant(last + chrono::TimeDelta::seconds(1)).is_err());
        let extreme: DateTime<Utc> = "-262143-01-01T00:00:00Z".parse().unwrap();
        assert!(instant(extreme).is_err());
        assert!(instant(DateTime::<Utc>::MAX_UTC).is_err());
        assert!(instant(DateTime::<Utc>::MIN_UTC).is_err());
        assert!(instant_from_micros(i64::MAX).is_err());
        assert!(instant_from_micros(i64::MIN).is_err());
        assert_eq!(instant_from_micros(0).unwrap().timestamp(), 0);
    }

    #[test]
    fn text_must_not_hold_nul() {
        assert_eq!(text("Toruń"), Ok("Toruń"));
        assert_eq!(text(""), Ok(""));
        assert!(text("a\0b").is_err());
        assert!(text("\0").is_err());
    }

    proptest! {
        #[test]
        fn any_micros_decode_to_an_accepted_instant_or_an_error(micros in any::<i64>()) {
            match instant_from_micros(micros) {
                Ok(at) => {
                    prop_assert!((FIRST_YEAR..=LAST_YEAR).contains(&at.year()));
                    prop_assert_eq!(at.timestamp_micros(), micros);
                }
                Err(err) => prop_assert!(!err.message.is_empty()),
            }
        }

        #[test]
        fn any_instant_chrono_reads_is_accepted_only_inside_the_years(
            secs in DateTime::<Utc>::MIN_UTC.timestamp()..=DateTime::<Utc>::MAX_UTC.timestamp()
        ) {
            let at = DateTime::from_timestamp(secs, 0).unwrap();
            prop_assert_eq!(
                instant(at).is_ok(),
                (FIRST_YEAR..=LAST_YEAR).contains(&at.year())
            );
        }

        #[test]
        fn text_is_refused_exactly_when_it_holds_nul(raw in "\\PC*(\\x00\\PC*)?") {
            prop_assert_eq!(text(&raw).is_ok(), !raw.contains('\0'));
        }
    }
}

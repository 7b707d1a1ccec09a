//! The JSON of matches and candidates, and their query parameters.

use chrono::{DateTime, Utc};
use hop_domain::{
    i18n::Lang,
    matching::{Detail, Factor, Match, Reason},
    volunteering::Cause,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::store::MatchFilter;
use crate::{error::ApiError, opportunities::model::Opportunity, schemas, validation::FieldCheck};

/// One part of a score: `points` out of the factor's weight, and why.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"factor": "distance", "points": 17, "detail": "3.2 km from home"}))]
pub struct MatchReason {
    /// `skills`, `languages`, `distance`, `causes`, `availability` or `soon`.
    #[schema(value_type = schemas::Factor, example = "distance")]
    pub factor: &'static str,
    pub points: u8,
    /// The facts behind the points, in the answer's language.
    pub detail: String,
}

impl MatchReason {
    pub fn all(reasons: &[Reason], lang: Lang) -> Vec<Self> {
        reasons
            .iter()
            .map(|reason| Self {
                factor: Factor::as_str(reason.factor),
                points: reason.points,
                detail: reason.detail.text(lang),
            })
            .collect()
    }
}

/// A shift the volunteer may take.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MatchedShift {
    pub id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// A published opportunity that fits the volunteer.
#[derive(Debug, Serialize, ToSchema)]
pub struct OpportunityMatch {
    pub opportunity: Opportunity,
    /// 0–100: the sum of the reasons' points.
    #[schema(example = 78)]
    pub score: u8,
    /// Every factor, in a fixed order.
    pub reasons: Vec<MatchReason>,
    /// The open shifts the volunteer may take (free place, in their weekly
    /// availability, old enough on the day), soonest first.
    pub shifts: Vec<MatchedShift>,
}

/// A skill as a candidate shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CandidateSkill {
    pub skill_id: Uuid,
    /// 1 basic, 2 experienced, 3 expert.
    pub level: i16,
}

/// A language as a candidate shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CandidateLanguage {
    /// ISO 639-1.
    #[schema(value_type = schemas::LanguageCode)]
    pub code: String,
    /// CEFR, `A1` … `C2`.
    #[schema(value_type = schemas::CefrLevel)]
    pub level: String,
}

/// A discoverable volunteer who fits the opportunity, as far as they
/// agreed to be shown: never their home, birth date or e-mail address.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "volunteer_id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
    "display_name": "Ola K.",
    "age_band": "18–24",
    "distance_band": "under 5 km",
    "skills": [{"skill_id": "6f1c8a52-0c3e-4d2b-9a51-2f7c1f0e9b11", "level": 2}],
    "languages": [{"code": "pl", "level": "C2"}, {"code": "en", "level": "B2"}],
    "signed_up": false,
    "score": 81,
    "reasons": [{"factor": "skills", "points": 24, "detail": "1 of 1 preferred skills; 1 level above the minimum"}],
    "shifts": ["0e7c2d4a-5b6f-4a39-8d21-7c9e3f1a2b44"]
}))]
pub struct Candidate {
    pub volunteer_id: Uuid,
    pub display_name: String,
    /// `13–15`, `16–17`, `18–24`, `25–34`, `35–49`, `50–64` or `65+`, today.
    #[schema(value_type = schemas::AgeBand)]
    pub age_band: &'static str,
    /// `under 5 km`, `5–10 km`, `10–25 km`, `25–50 km` or `50 km or more`
    /// from the grid cell (about 2 km across) the home lies in; `remote` for
    /// remote work; `null` for a minor, whose entry carries no distance.
    #[schema(value_type = Option<schemas::DistanceBand>)]
    #[schema(required = true)]
    pub distance_band: Option<&'static str>,
    pub skills: Vec<CandidateSkill>,
    pub languages: Vec<CandidateLanguage>,
    /// Already holds a live sign-up on a shift of this opportunity.
    pub signed_up: bool,
    /// 0–100: the sum of the reasons' points.
    pub score: u8,
    pub reasons: Vec<MatchReason>,
    /// The open shifts the volunteer may take, soonest first.
    pub shifts: Vec<Uuid>,
}

/// The age band of someone `age` years old.
pub fn age_band(age: u32) -> &'static str {
    let band = match age {
        0..=15 => 0,
        16..=17 => 1,
        18..=24 => 2,
        25..=34 => 3,
        35..=49 => 4,
        50..=64 => 5,
        _ => 6,
    };
    AGE_BANDS[band]
}

/// Every age band, youngest first.
pub const AGE_BANDS: [&str; 7] = ["13–15", "16–17", "18–24", "25–34", "35–49", "50–64", "65+"];

/// The distance band an organisation sees in `found`: `remote`, a band
/// from the home's cell, or `None` for a minor (see the domain's
/// `matching::privacy`).
pub fn distance_band(found: &Match<Uuid>) -> Option<&'static str> {
    found
        .reasons
        .iter()
        .find(|reason| reason.factor == Factor::Distance)
        .and_then(|reason| match reason.detail {
            Detail::Remote => Some(REMOTE),
            Detail::DistanceBand { band } => Some(band.as_str()),
            _ => None,
        })
}

/// The distance band of remote work.
pub const REMOTE: &str = "remote";

/// Where a page of matches ends: score, first shift (µs), opportunity.
pub type MatchCursor = (u8, i64, Uuid);
/// Where a page of candidates ends: score, volunteer.
pub type CandidateCursor = (u8, Uuid);

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchesQuery {
    /// Only opportunities for this cause.
    #[param(value_type = Option<schemas::Cause>)]
    pub cause: Option<String>,
    /// Only remote (`true`) or on-site (`false`) work.
    pub remote: Option<bool>,
    /// Only shifts starting at or after this time (RFC 3339, in the years 1900–9999).
    pub from: Option<DateTime<Utc>>,
    /// Only shifts starting before this time (RFC 3339, in the years 1900–9999).
    pub to: Option<DateTime<Utc>>,
    /// The language of each reason's `detail`; overrides `Accept-Language`.
    #[param(example = "pl")]
    #[param(value_type = Option<schemas::Lang>)]
    pub lang: Option<String>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

pub struct ParsedMatches {
    pub filter: MatchFilter,
    pub lang: Lang,
    pub page: crate::pagination::PageRequest<MatchCursor>,
}

impl MatchesQuery {
    pub fn parse(self, accept_language: Option<&str>) -> Result<ParsedMatches, ApiError> {
        let mut check = FieldCheck::default();
        let cause = self
            .cause
            .as_deref()
            .and_then(|raw| check.check("cause", Cause::parse(raw)));
        let from = check.instant("from", self.from);
        let to = check.instant("to", self.to);
        if let (Some(from), Some(to)) = (from, to)
            && to <= from
        {
            check.fail("to", "must be after `from`");
        }
        let lang = check.check(
            "lang",
            crate::accept_language::negotiate(self.lang.as_deref(), accept_language),
        );
        let page = check.page::<MatchCursor>(self.limit, self.cursor);
        let parsed = lang.zip(page).map(|(lang, page)| ParsedMatches {
            filter: MatchFilter {
                cause: cause.map(Cause::as_str),
                remote: self.remote,
                from,
                to,
            },
            lang,
            page,
        });
        check.finish(parsed)
    }
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CandidatesQuery {
    /// The language of each reason's `detail`; overrides `Accept-Language`.
    #[param(example = "de")]
    #[param(value_type = Option<schemas::Lang>)]
    pub lang: Option<String>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

pub struct ParsedCandidates {
    pub lang: Lang,
    pub page: crate::pagination::PageRequest<CandidateCursor>,
}

impl CandidatesQuery {
    pub fn parse(self, accept_language: Option<&str>) -> Result<ParsedCandidates, ApiError> {
        let mut check = FieldCheck::default();
        let lang = check.check(
            "lang",
            crate::accept_language::negotiate(self.lang.as_deref(), accept_language),
        );
        let page = check.page::<CandidateCursor>(self.limit, self.cursor);
        check.finish(
            lang.zip(page)
                .map(|(lang, page)| ParsedCandidates { lang, page }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_have_no_gaps() {
        assert_eq!(age_band(13), "13–15");
        assert_eq!(age_band(17), "16–17");
        assert_eq!(age_band(18), "18–24");
        assert_eq!(age_band(64), "50–64");
        assert_eq!(age_band(65), "65+");
    }

    fn with_distance(detail: Detail) -> Match<Uuid> {
        let reason = |factor| Reason {
            factor,
            points: 0,
            detail: Detail::NoSkillsAsked,
        };
        let mut reasons = [
            reason(Factor::Skills),
            reason(Factor::Languages),
            reason(Factor::Distance),
            reason(Factor::Causes),
            reason(Factor::Availability),
            reason(Factor::Soon),
        ];
        reasons[2] = Reason {
            factor: Factor::Distance,
            points: 10,
            detail,
        };
        Match {
            score: 10,
            reasons,
            shifts: Vec::new(),
            first_shift_at: DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn the_distance_band_is_the_domains_and_none_for_a_minor() {
        use hop_domain::matching::privacy::DistanceBand;
        assert_eq!(
            distance_band(&with_distance(Detail::Remote)),
            Some("remote")
        );
        assert_eq!(
            distance_band(&with_distance(Detail::DistanceBand {
                band: DistanceBand::From5To10Km
            })),
            Some("5–10 km")
        );
        assert_eq!(distance_band(&with_distance(Detail::WithinReach)), None);
        // An exact distance is never turned into a band here: it is the
        // volunteer's own, and an organisation never gets one.
        assert_eq!(
            distance_band(&with_distance(Detail::Distance { metres: 1200 })),
            None
        );
    }
}

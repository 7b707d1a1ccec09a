//! Bodies and query parameters of the skills endpoints, and their parsing
//! into domain values.

use hop_domain::{
    InvalidValue,
    i18n::{Labels, Lang},
    skill::{NewSkill, SkillCategory, SkillChanges, SkillLabel, SkillSlug},
};
use serde::{Deserialize, Serialize, de::IgnoredAny};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::store::SkillRow;
use crate::{
    error::{ApiError, FieldError},
    json::double_option,
    pagination::{PageQuery, PageRequest},
    schemas,
};

/// Collects every invalid field, so one answer names them all.
#[derive(Default)]
struct FieldCheck(Vec<FieldError>);

impl FieldCheck {
    fn check<T>(&mut self, field: &str, parsed: Result<T, InvalidValue>) -> Option<T> {
        parsed
            .map_err(|err| self.0.push(FieldError::new(field, err.message)))
            .ok()
    }

    fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }

    /// Takes the errors of a validation failure; passes any other error on.
    fn absorb<T>(&mut self, result: Result<T, ApiError>) -> Result<Option<T>, ApiError> {
        match result {
            Ok(value) => Ok(Some(value)),
            Err(ApiError::Validation(errors)) => {
                self.0.extend(errors);
                Ok(None)
            }
            Err(other) => Err(other),
        }
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, ApiError> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(ApiError::Validation(self.0)),
        }
    }
}

/// Filters of the skills list (with `limit` and `cursor`).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SkillListQuery {
    /// The language of each `label`; overrides `Accept-Language`.
    #[param(value_type = Option<schemas::Lang>)]
    pub lang: Option<String>,
    /// Only skills of this category.
    #[param(value_type = Option<schemas::SkillCategory>)]
    pub category: Option<String>,
    /// Also list deprecated skills (hidden from new choices, kept on
    /// existing profiles and opportunities).
    #[serde(default)]
    #[param(default = false)]
    pub include_deprecated: bool,
}

/// A validated list request.
#[derive(Debug)]
pub struct SkillListRequest {
    pub lang: Lang,
    pub category: Option<SkillCategory>,
    pub include_deprecated: bool,
    /// Keyset on the slug, which is unique.
    pub page: PageRequest<String>,
}

impl SkillListQuery {
    pub fn parse(
        self,
        page: &PageQuery,
        accept_language: Option<&str>,
    ) -> Result<SkillListRequest, ApiError> {
        let mut check = FieldCheck::default();
        let lang = check.check(
            "lang",
            crate::accept_language::negotiate(self.lang.as_deref(), accept_language),
        );
        let category = match self.category.as_deref() {
            None | Some("") => Some(None),
            Some(raw) => check.check("category", SkillCategory::parse(raw)).map(Some),
        };
        let page = check.absorb(page.parse::<String>())?;
        let request = match (lang, category, page) {
            (Some(lang), Some(category), Some(page)) => Some(SkillListRequest {
                lang,
                category,
                include_deprecated: self.include_deprecated,
                page,
            }),
            _ => None,
        };
        check.finish(request)
    }
}

/// A skill's labels in every language; `null` where none is written yet.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "pl": "Pierwsza pomoc",
    "en": "First aid",
    "de": "Erste Hilfe",
    "lt": "Pirmoji pagalba",
    "lv": "Pirmā palīdzība",
    "uk": "Перша допомога"
}))]
pub struct SkillLabels {
    pub pl: String,
    pub en: String,
    #[schema(required = true)]
    pub de: Option<String>,
    #[schema(required = true)]
    pub lt: Option<String>,
    #[schema(required = true)]
    pub lv: Option<String>,
    #[schema(required = true)]
    pub uk: Option<String>,
}

/// A skill of the taxonomy, labelled in the language of the request.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
    "slug": "first-aid",
    "category": "health",
    "label": "Перша допомога",
    "label_lang": "uk",
    "labels": {
        "pl": "Pierwsza pomoc",
        "en": "First aid",
        "de": "Erste Hilfe",
        "lt": "Pirmoji pagalba",
        "lv": "Pirmā palīdzība",
        "uk": "Перша допомога"
    },
    "deprecated": false
}))]
pub struct Skill {
    pub id: Uuid,
    /// The stable identifier; it never changes.
    pub slug: String,
    #[schema(value_type = schemas::SkillCategory)]
    pub category: String,
    /// The label in `label_lang`.
    pub label: String,
    /// The language of `label`: the requested one, or `en` (then `pl`) when
    /// the skill has no label in it.
    #[schema(value_type = schemas::Lang)]
    pub label_lang: &'static str,
    pub labels: SkillLabels,
    /// Kept for existing profiles and opportunities, hidden from new choices.
    pub deprecated: bool,
}

impl Skill {
    pub fn new(row: SkillRow, lang: Lang) -> Self {
        let labels = row.labels();
        let (label_lang, label) = labels.pick(lang);
        let (label_lang, label) = (label_lang.as_str(), label.to_owned());
        Self {
            id: row.id,
            slug: row.slug,
            category: row.category,
            label,
            label_lang,
            labels: SkillLabels {
                pl: row.label_pl,
                en: row.label_en,
                de: row.label_de,
                lt: row.label_lt,
                lv: row.label_lv,
                uk: row.label_uk,
            },
            deprecated: row.deprecated,
        }
    }
}

/// The labels of a new skill: `pl` and `en` are required.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSkillLabels {
    /// 1 to 100 characters, like every label.
    #[schema(min_length = 1, max_length = 100)]
    pub pl: String,
    #[schema(min_length = 1, max_length = 100)]
    pub en: String,
    #[schema(min_length = 1, max_length = 100)]
    pub de: Option<String>,
    #[schema(min_length = 1, max_length = 100)]
    pub lt: Option<String>,
    #[schema(min_length = 1, max_length = 100)]
    pub lv: Option<String>,
    #[schema(min_length = 1, max_length = 100)]
    pub uk: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({
    "slug": "bicycle-repair",
    "category": "transport",
    "labels": {
        "pl": "Naprawa rowerów",
        "en": "Bicycle repair",
        "de": "Fahrradreparatur",
        "uk": "Ремонт велосипедів"
    }
}))]
pub struct CreateSkillRequest {
    /// The stable identifier: lower-case letters and digits in words joined
    /// by single hyphens, at most 64 characters. Unique; never changes.
    #[schema(example = "bicycle-repair")]
    pub slug: String,
    #[schema(value_type = schemas::SkillCategory)]
    pub category: String,
    pub labels: NewSkillLabels,
    /// Hidden from new choices from the start; `false` when absent.
    #[serde(default)]
    pub deprecated: bool,
}

impl CreateSkillRequest {
    pub fn parse(self) -> Result<NewSkill, ApiError> {
        let mut check = FieldCheck::default();
        let slug = check.check("slug", SkillSlug::parse(&self.slug));
        let category = check.check("category", SkillCategory::parse(&self.category));
        let pl = check.check("labels.pl", SkillLabel::parse(&self.labels.pl));
        let en = check.check("labels.en", SkillLabel::parse(&self.labels.en));
        let optional: Vec<(Lang, Option<SkillLabel>)> = [
            (Lang::De, self.labels.de),
            (Lang::Lt, self.labels.lt),
            (Lang::Lv, self.labels.lv),
            (Lang::Uk, self.labels.uk),
        ]
        .into_iter()
        .filter_map(|(lang, raw)| {
            let raw = raw?;
            let field = format!("labels.{lang}");
            Some((lang, check.check(&field, SkillLabel::parse(&raw))))
        })
        .collect();
        let skill = match (slug, category, pl, en) {
            (Some(slug), Some(category), Some(pl), Some(en)) => {
                let mut labels = Labels::new(pl, en);
                for (lang, label) in optional {
                    if let Some(label) = label {
                        labels.set(lang, label);
                    }
                }
                Some(NewSkill {
                    slug,
                    category,
                    labels,
                    deprecated: self.deprecated,
                })
            }
            _ => None,
        };
        check.finish(skill)
    }
}

/// Label changes: a language absent keeps its label, a text replaces it,
/// `null` removes it (not for `pl` and `en`, which are required).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillLabelChanges {
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = String)]
    #[schema(min_length = 1, max_length = 100)]
    pub pl: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = String)]
    #[schema(min_length = 1, max_length = 100)]
    pub en: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    #[schema(min_length = 1, max_length = 100)]
    pub de: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    #[schema(min_length = 1, max_length = 100)]
    pub lt: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    #[schema(min_length = 1, max_length = 100)]
    pub lv: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    #[schema(min_length = 1, max_length = 100)]
    pub uk: Option<Option<String>>,
}

/// Changes to a skill; absent fields keep their value. The `slug` is
/// stable: sending one is refused.
#[derive(Deserialize, ToSchema)]
#[schema(example = json!({
    "labels": {"lt": "Dviračių taisymas", "lv": null},
    "deprecated": true
}))]
pub struct UpdateSkillRequest {
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = schemas::SkillCategory)]
    pub category: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = SkillLabelChanges)]
    pub labels: Option<Option<SkillLabelChanges>>,
    /// Deprecate (hide from new choices) or bring back.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = bool)]
    pub deprecated: Option<Option<bool>>,
    /// Only to refuse it by name.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(ignore)]
    pub slug: Option<Option<IgnoredAny>>,
}

const CANNOT_BE_REMOVED: &str = "cannot be removed";

impl UpdateSkillRequest {
    pub fn parse(self) -> Result<SkillChanges, ApiError> {
        let mut check = FieldCheck::default();
        let mut changes = SkillChanges::default();
        if self.slug.is_some() {
            check.fail("slug", "is stable and cannot be changed");
        }
        match self.category {
            None => {}
            Some(None) => check.fail("category", CANNOT_BE_REMOVED),
            Some(Some(raw)) => {
                changes.category = check.check("category", SkillCategory::parse(&raw));
            }
        }
        match self.labels {
            None => {}
            Some(None) => check.fail("labels", CANNOT_BE_REMOVED),
            Some(Some(labels)) => {
                for (lang, change) in [
                    (Lang::Pl, labels.pl),
                    (Lang::En, labels.en),
                    (Lang::De, labels.de),
                    (Lang::Lt, labels.lt),
                    (Lang::Lv, labels.lv),
                    (Lang::Uk, labels.uk),
                ] {
                    let field = format!("labels.{lang}");
                    match change {
                        None => {}
                        Some(None) => {
                            if let Err(err) = changes.clear_label(lang) {
                                check.fail(&field, err.message);
                            }
                        }
                        Some(Some(raw)) => {
                            if let Some(label) = check.check(&field, SkillLabel::parse(&raw)) {
                                changes.set_label(lang, label);
                            }
                        }
                    }
                }
            }
        }
        match self.deprecated {
            None => {}
            Some(None) => check.fail("deprecated", CANNOT_BE_REMOVED),
            Some(Some(deprecated)) => changes.deprecated = Some(deprecated),
        }
        check.finish(Some(changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(err: ApiError) -> Vec<String> {
        match err {
            ApiError::Validation(errors) => errors.into_iter().map(|e| e.field).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn a_new_skill_names_every_invalid_field() {
        let body: CreateSkillRequest = serde_json::from_value(serde_json::json!({
            "slug": "Bad Slug",
            "category": "medicine",
            "labels": {"pl": " ", "en": "Ok", "lv": "", "uk": "Добре"}
        }))
        .unwrap();
        assert_eq!(
            fields(body.parse().unwrap_err()),
            ["slug", "category", "labels.pl", "labels.lv"]
        );
    }

    #[test]
    fn a_change_refuses_the_slug_and_removing_required_labels() {
        let body: UpdateSkillRequest = serde_json::from_value(serde_json::json!({
            "slug": "new-slug",
            "labels": {"pl": null, "de": null, "en": ""},
            "deprecated": null
        }))
        .unwrap();
        assert_eq!(
            fields(body.parse().unwrap_err()),
            ["slug", "labels.pl", "labels.en", "deprecated"]
        );
        let body: UpdateSkillRequest =
            serde_json::from_value(serde_json::json!({"labels": {"de": null, "uk": " Нове "}}))
                .unwrap();
        let changes = body.parse().unwrap();
        assert_eq!(changes.labels.len(), 2);
    }

    #[test]
    fn list_parameters_are_checked_together() {
        let query = SkillListQuery {
            lang: Some("fr".into()),
            category: Some("medicine".into()),
            include_deprecated: false,
        };
        let page = PageQuery {
            limit: Some(0),
            cursor: None,
        };
        assert_eq!(
            fields(query.parse(&page, None).unwrap_err()),
            ["lang", "category", "limit"]
        );
    }
}

//! The skills taxonomy in PostgreSQL. Each function takes a connection so
//! callers can compose them inside one transaction.

use diesel::prelude::*;
use hop_domain::{
    i18n::{Labels, Lang},
    skill::{NewSkill, SkillChanges},
};
use uuid::Uuid;

use crate::schema::skills;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = skills, check_for_backend(diesel::pg::Pg))]
pub struct SkillRow {
    pub id: Uuid,
    pub slug: String,
    pub category: String,
    pub label_pl: String,
    pub label_en: String,
    pub label_de: Option<String>,
    pub label_lt: Option<String>,
    pub label_lv: Option<String>,
    pub label_uk: Option<String>,
    pub deprecated: bool,
}

impl SkillRow {
    pub fn labels(&self) -> Labels<&str> {
        let mut labels = Labels::new(self.label_pl.as_str(), self.label_en.as_str());
        for (lang, label) in [
            (Lang::De, &self.label_de),
            (Lang::Lt, &self.label_lt),
            (Lang::Lv, &self.label_lv),
            (Lang::Uk, &self.label_uk),
        ] {
            if let Some(label) = label {
                labels.set(lang, label.as_str());
            }
        }
        labels
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = skills)]
struct NewSkillRow<'a> {
    slug: &'a str,
    category: &'a str,
    label_pl: &'a str,
    label_en: &'a str,
    label_de: Option<&'a str>,
    label_lt: Option<&'a str>,
    label_lv: Option<&'a str>,
    label_uk: Option<&'a str>,
    deprecated: bool,
}

impl<'a> From<&'a NewSkill> for NewSkillRow<'a> {
    fn from(skill: &'a NewSkill) -> Self {
        let label = |lang| skill.labels.get(lang).map(|label| label.as_str());
        Self {
            slug: skill.slug.as_str(),
            category: skill.category.as_str(),
            label_pl: skill.labels.pl().as_str(),
            label_en: skill.labels.en().as_str(),
            label_de: label(Lang::De),
            label_lt: label(Lang::Lt),
            label_lv: label(Lang::Lv),
            label_uk: label(Lang::Uk),
            deprecated: skill.deprecated,
        }
    }
}

/// A partial update: `None` leaves a column alone; for the optional labels
/// `Some(None)` sets it to NULL.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = skills)]
struct SkillChangeset<'a> {
    category: Option<&'a str>,
    label_pl: Option<&'a str>,
    label_en: Option<&'a str>,
    label_de: Option<Option<&'a str>>,
    label_lt: Option<Option<&'a str>>,
    label_lv: Option<Option<&'a str>>,
    label_uk: Option<Option<&'a str>>,
    deprecated: Option<bool>,
}

impl<'a> From<&'a SkillChanges> for SkillChangeset<'a> {
    fn from(changes: &'a SkillChanges) -> Self {
        let label = |lang| {
            changes
                .label(lang)
                .map(|label| label.map(|label| label.as_str()))
        };
        Self {
            category: changes.category.map(|category| category.as_str()),
            // The domain never removes a required label; were it to, the
            // column's NOT NULL would refuse it.
            label_pl: label(Lang::Pl).flatten(),
            label_en: label(Lang::En).flatten(),
            label_de: label(Lang::De),
            label_lt: label(Lang::Lt),
            label_lv: label(Lang::Lv),
            label_uk: label(Lang::Uk),
            deprecated: changes.deprecated,
        }
    }
}

/// What a list shows besides its page position.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListFilter<'a> {
    pub category: Option<&'a str>,
    pub include_deprecated: bool,
}

pub fn insert(conn: &mut PgConnection, skill: &NewSkill) -> QueryResult<SkillRow> {
    diesel::insert_into(skills::table)
        .values(NewSkillRow::from(skill))
        .returning(SkillRow::as_returning())
        .get_result(conn)
}

/// Applies `changes`; `None` when there is no skill with this id.
pub fn update(
    conn: &mut PgConnection,
    id: Uuid,
    changes: &SkillChanges,
) -> QueryResult<Option<SkillRow>> {
    diesel::update(skills::table.find(id))
        .set((
            SkillChangeset::from(changes),
            skills::updated_at.eq(diesel::dsl::now),
        ))
        .returning(SkillRow::as_returning())
        .get_result(conn)
        .optional()
}

/// One page of skills by slug (unique, so the keyset needs nothing else;
/// served by the index of `skills_slug_unique`), starting after `after`.
pub fn list(
    conn: &mut PgConnection,
    filter: &ListFilter<'_>,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<SkillRow>> {
    let mut query = skills::table
        .select(SkillRow::as_select())
        .order(skills::slug.asc())
        .limit(limit)
        .into_boxed();
    if let Some(category) = filter.category {
        query = query.filter(skills::category.eq(category));
    }
    if !filter.include_deprecated {
        query = query.filter(skills::deprecated.eq(false));
    }
    if let Some(after) = after {
        query = query.filter(skills::slug.gt(after));
    }
    query.load(conn)
}

/// Which of `ids` name skills, and whether each is deprecated.
pub fn states(conn: &mut PgConnection, ids: &[Uuid]) -> QueryResult<Vec<(Uuid, bool)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    skills::table
        .filter(skills::id.eq_any(ids))
        .select((skills::id, skills::deprecated))
        .load(conn)
}

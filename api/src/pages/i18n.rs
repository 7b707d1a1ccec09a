//! The pages' texts: messages of `domain/locales/<lang>/pages.ftl`, named by
//! the constants of `hop_domain::texts::id`, so a page can only ask for a
//! message that exists.

use hop_domain::{
    i18n::Lang,
    texts::{self, FluentArgs, FluentValue},
};

/// Texts in one language.
#[derive(Debug, Clone, Copy)]
pub struct Tr(pub Lang);

impl Tr {
    pub fn lang(self) -> Lang {
        self.0
    }

    /// The message `id`.
    pub fn t(self, id: &str) -> String {
        texts::text(self.0, id, &FluentArgs::new())
    }

    /// The message `id` with its variables.
    pub fn with<'a>(self, id: &str, args: &[(&'a str, FluentValue<'a>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        texts::text(self.0, id, &fluent)
    }

    /// The message `id` with `value` as its `$value`: the common case of a
    /// key (a status, a cause, a kind) turned into words.
    pub fn of<'a>(self, id: &str, value: impl Into<FluentValue<'a>>) -> String {
        self.with(id, &[("value", value.into())])
    }
}

/// The language's own name for itself, as the switcher shows it.
pub fn autonym(lang: Lang) -> String {
    Tr(lang).t(texts::id::LANGUAGE_AUTONYM)
}

//! Every text a person reads, in HOP's six languages, from the Fluent files
//! of `domain/locales/<language>/` (embedded at build time).
//!
//! Code names a message by its constant in [`id`] (generated from the
//! English files, so a misspelt or removed id fails the build) and passes
//! the facts as variables; the sentence, its word order, plural forms (CLDR's
//! rules, through Fluent) and punctuation are the translator's. A message a
//! language lacks falls back to English; the completeness test keeps that
//! from happening in a release.

use std::sync::LazyLock;

pub use fluent_bundle::{FluentArgs, FluentValue};
use fluent_bundle::{FluentResource, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

use crate::i18n::Lang;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// The message `id` in `lang`, with `args` in its placeables.
pub fn text(lang: Lang, id: &str, args: &FluentArgs<'_>) -> String {
    format(lang, id, None, args)
}

/// The attribute `attribute` (such as `title`) of the message `id`.
pub fn attribute(lang: Lang, id: &str, attribute: &str, args: &FluentArgs<'_>) -> String {
    format(lang, id, Some(attribute), args)
}

fn format(lang: Lang, id: &str, attribute: Option<&str>, args: &FluentArgs<'_>) -> String {
    let catalogue = &*CATALOGUE;
    [lang, Lang::DEFAULT]
        .into_iter()
        .find_map(|lang| {
            let bundle = catalogue.bundle(lang);
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            // Errors (a variable not passed) leave the placeable's name in
            // the text; the completeness tests keep them out of a release.
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(args), &mut errors)
                    .into_owned(),
            )
        })
        .unwrap_or_else(|| id.to_owned())
}

/// One bundle per language, in [`Lang::ALL`]'s order.
struct Catalogue {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Catalogue {
    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        let position = Lang::ALL.iter().position(|l| *l == lang);
        // Every language is in `ALL`, and the bundles follow its order.
        &self.bundles[position.unwrap_or(0)]
    }
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| Catalogue {
    bundles: Lang::ALL.into_iter().map(bundle).collect(),
});

/// The bundle of `lang`'s files. A file that does not parse whole keeps the
/// messages that do (Fluent's recovery); tests require every file whole.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let locale: LanguageIdentifier = lang
        .as_str()
        .parse()
        .expect("the six ISO 639-1 codes are language identifiers");
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Texts go into JSON and e-mails, not bidirectional HTML: no isolation marks.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(pad_integer_digits));
    bundle
        .add_builtins()
        .expect("NUMBER is the only function and is added once");
    for (_, source) in sources(lang) {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(partial, _errors)| partial);
        // A message defined twice keeps its first text.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// `lang`'s Fluent files, as (file name, source).
fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    SOURCES
        .iter()
        .find(|(code, _)| *code == lang.as_str())
        .map_or(&[], |(_, files)| files)
}

/// `NUMBER($minute, minimumIntegerDigits: 2)` as "05". fluent-bundle 0.16
/// reads the option but its number formatting pads fraction digits only, so
/// this formatter applies it; every other value keeps Fluent's own format.
fn pad_integer_digits<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let digits = number.options.minimum_integer_digits?;
    let plain = number.as_string();
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(unsigned) => ("-", unsigned),
        None => ("", &*plain),
    };
    let integer_digits = unsigned.find('.').unwrap_or(unsigned.len());
    let padding = "0".repeat(digits.saturating_sub(integer_digits));
    Some(format!("{sign}{padding}{unsigned}"))
}

#[cfg(test)]
mod tests;

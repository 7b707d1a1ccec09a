//! Embeds the Fluent files of `locales/` and gives every English message a
//! Rust constant, so code can only name a message that exists: a renamed or
//! removed message fails the build, not a reader.

use std::{
    env,
    fmt::Write as _,
    fs,
    path::{Path, PathBuf},
};

use fluent_syntax::{ast, parser};

/// The language whose messages every other language must have.
const SOURCE_LANGUAGE: &str = "en";

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());

    let mut languages: Vec<PathBuf> = fs::read_dir(&root)
        .expect("domain/locales is readable")
        .map(|entry| entry.expect("a locales entry").path())
        .filter(|path| path.is_dir())
        .collect();
    languages.sort();

    let mut generated = String::from(
        "/// Each language's Fluent files, as (language code, [(file name, source)]).\n\
         pub(crate) const SOURCES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for language in &languages {
        let code = file_name(language);
        writeln!(generated, "    ({code:?}, &[").unwrap();
        for file in ftl_files(language) {
            writeln!(
                generated,
                "        ({:?}, include_str!({:?})),",
                file_name(&file),
                file.display()
            )
            .unwrap();
        }
        generated.push_str("    ]),\n");
    }
    generated.push_str("];\n\n");

    generated.push_str(
        "/// The id of every message, named after it.\n#[allow(dead_code)]\npub mod id {\n",
    );
    let mut constants = std::collections::BTreeMap::new();
    for file in ftl_files(&root.join(SOURCE_LANGUAGE)) {
        let source = fs::read_to_string(&file).expect("a readable Fluent file");
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name;
                let constant = id.to_uppercase().replace(['-', '_'], "_");
                if let Some(other) = constants.insert(constant.clone(), id.to_owned()) {
                    panic!("messages {other} and {id} would share the constant {constant}");
                }
            }
        }
    }
    for (constant, id) in constants {
        writeln!(generated, "    pub const {constant}: &str = {id:?};").unwrap();
    }
    generated.push_str("}\n");

    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("texts.rs");
    fs::write(out, generated).expect("OUT_DIR is writable");
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.expect("a locales entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .and_then(|name| name.to_str())
        .expect("locale paths are UTF-8")
        .to_owned()
}

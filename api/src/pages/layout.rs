//! The frame of every page: the header with the site's navigation, the main
//! content, and the footer with the language switcher.

use hop_domain::{i18n::Lang, texts::id};
use maud::{DOCTYPE, Markup, html};

use super::{
    assets::{HTMX, STYLESHEET},
    csrf,
    i18n::{Tr, autonym},
    session::Visitor,
};

/// htmx's settings: no inline styles (the CSP forbids them), no `eval`, and
/// no copies of pages in the browser's storage (they hold personal data).
const HTMX_CONFIG: &str = r#"{"includeIndicatorStyles":false,"allowEval":false,"historyCacheSize":0,"selfRequestsOnly":true}"#;

fn head(tr: Tr, title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " – " (tr.t(id::SITE_NAME)) }
            link rel="stylesheet" href=(STYLESHEET.path);
            meta name="htmx-config" content=(HTMX_CONFIG);
            script src=(HTMX.path) defer {}
        }
    }
}

/// The hidden field that proves a form came from this site.
pub fn csrf_field(visitor: &Visitor) -> Markup {
    html! { input type="hidden" name=(csrf::FIELD) value=(visitor.csrf); }
}

fn nav_link(here: &str, href: &str, label: String) -> Markup {
    let path = here.split('?').next().unwrap_or(here);
    let current = path == href || (href != "/" && path.starts_with(&format!("{href}/")));
    html! {
        li {
            @if current { a href=(href) aria-current="page" { (label) } }
            @else { a href=(href) { (label) } }
        }
    }
}

fn navigation(visitor: &Visitor) -> Markup {
    let tr = visitor.tr();
    let here = visitor.here.as_str();
    html! {
        nav.site-nav aria-label=(tr.t(id::NAV_LABEL)) {
            ul {
                (nav_link(here, "/opportunities", tr.t(id::NAV_SEARCH)))
                @if let Some(user) = &visitor.user {
                    (nav_link(here, "/me/matches", tr.t(id::NAV_FOR_YOU)))
                    (nav_link(here, "/me/shifts", tr.t(id::NAV_MY_SHIFTS)))
                    (nav_link(here, "/me/profile", tr.t(id::NAV_PROFILE)))
                    (nav_link(here, "/me/organizations", tr.t(id::NAV_ORGANIZATIONS)))
                    @if user.is_staff {
                        (nav_link(here, "/city", tr.t(id::NAV_CITY)))
                    }
                    (nav_link(here, "/me/account", tr.t(id::NAV_ACCOUNT)))
                    li {
                        form.inline method="post" action="/sign-out" {
                            (csrf_field(visitor))
                            button type="submit" { (tr.t(id::NAV_SIGN_OUT)) }
                        }
                    }
                } @else {
                    (nav_link(here, "/sign-in", tr.t(id::NAV_SIGN_IN)))
                    (nav_link(here, "/register", tr.t(id::NAV_REGISTER)))
                }
            }
        }
    }
}

fn language_switcher(visitor: &Visitor) -> Markup {
    let tr = visitor.tr();
    html! {
        form.languages method="post" action="/language" {
            (csrf_field(visitor))
            input type="hidden" name="back" value=(visitor.here);
            span id="language-label" { (tr.t(id::LANGUAGE_SWITCHER)) }
            @for lang in Lang::ALL {
                button type="submit" name="lang" value=(lang.as_str()) lang=(lang.as_str())
                    aria-pressed=(if lang == visitor.lang { "true" } else { "false" })
                    aria-describedby="language-label" {
                    (autonym(lang))
                }
            }
        }
    }
}

/// A whole page for `visitor`.
pub fn page(visitor: &Visitor, title: &str, content: Markup) -> Markup {
    let tr = visitor.tr();
    html! {
        (DOCTYPE)
        html lang=(visitor.lang.as_str()) {
            (head(tr, title))
            body {
                a.skip href="#main" { (tr.t(id::SKIP_TO_CONTENT)) }
                header.site-header {
                    div.bar {
                        a.brand href="/" { (tr.t(id::SITE_NAME)) }
                        (navigation(visitor))
                    }
                }
                main id="main" tabindex="-1" { (content) }
                footer.site-footer {
                    div.bar {
                        (language_switcher(visitor))
                        a href="/docs/" { (tr.t(id::FOOTER_API)) }
                    }
                }
            }
        }
    }
}

/// A page without the visitor (an error before one is known).
pub fn bare(tr: Tr, title: &str, content: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(tr.lang().as_str()) {
            (head(tr, title))
            body {
                header.site-header {
                    div.bar { a.brand href="/" { (tr.t(id::SITE_NAME)) } }
                }
                main id="main" { (content) }
            }
        }
    }
}

/// The notice a redirect asked for with `?done=<name>`: looked up by name
/// in the page's own `notices` (name, message id), never text taken from
/// the address itself.
pub fn done_notice(
    visitor: &Visitor,
    req: &actix_web::HttpRequest,
    notices: &[(&str, &str)],
) -> Option<String> {
    let query = super::form::FormData::from_query(req.query_string().as_bytes());
    let done = query.get("done")?;
    notices
        .iter()
        .find(|(name, _)| *name == done)
        .map(|(_, message)| visitor.tr().t(message))
}

/// A notice after a form worked (the `?done=` of the redirect).
pub fn notice(text: Option<String>) -> Markup {
    html! {
        @if let Some(text) = text {
            div.notice role="status" { (text) }
        }
    }
}

/// One labelled input, with its hint and its error tied to it.
pub struct Input<'a> {
    pub name: &'a str,
    pub label: String,
    pub value: &'a str,
    pub kind: &'a str,
    pub autocomplete: Option<&'a str>,
    pub required: bool,
    pub hint: Option<String>,
    pub error: Option<String>,
    /// The control's id when `field-<name>` is not unique on the page.
    pub id: Option<&'a str>,
}

impl<'a> Input<'a> {
    pub fn new(name: &'a str, label: String, value: &'a str) -> Self {
        Self {
            name,
            label,
            value,
            kind: "text",
            autocomplete: None,
            required: false,
            hint: None,
            error: None,
            id: None,
        }
    }

    pub fn kind(mut self, kind: &'a str) -> Self {
        self.kind = kind;
        self
    }

    pub fn autocomplete(mut self, autocomplete: &'a str) -> Self {
        self.autocomplete = Some(autocomplete);
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn error(mut self, error: Option<String>) -> Self {
        self.error = error;
        self
    }

    /// An id of its own, for a field repeated on a page (a row's form).
    pub fn id(mut self, id: &'a str) -> Self {
        self.id = Some(id);
        self
    }

    pub fn render(&self) -> Markup {
        let field_id = self
            .id
            .map_or_else(|| format!("field-{}", self.name), str::to_owned);
        let hint_id = format!("{field_id}-hint");
        let error_id = format!("{field_id}-error");
        let described: Vec<&str> = [
            self.hint.as_ref().map(|_| hint_id.as_str()),
            self.error.as_ref().map(|_| error_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let described = (!described.is_empty()).then(|| described.join(" "));
        html! {
            div.field {
                label for=(field_id) { (self.label) }
                @if let Some(hint) = &self.hint { span.hint id=(hint_id) { (hint) } }
                @if self.kind == "textarea" {
                    textarea id=(field_id) name=(self.name) required[self.required]
                        aria-invalid=[self.error.as_ref().map(|_| "true")]
                        aria-describedby=[described.as_deref()] { (self.value) }
                } @else {
                    input id=(field_id) name=(self.name) type=(self.kind) value=(self.value)
                        autocomplete=[self.autocomplete] required[self.required]
                        aria-invalid=[self.error.as_ref().map(|_| "true")]
                        aria-describedby=[described.as_deref()];
                }
                @if let Some(error) = &self.error { p.error id=(error_id) { (error) } }
            }
        }
    }
}

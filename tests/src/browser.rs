//! A real browser for the page tests: Debian's Chromium, headless, driven
//! over WebDriver by its chromium-driver (one driver process per test,
//! stopped with it). Every page a journey reaches is checked by axe-core
//! (the npm package's file, injected into the page), and, when
//! `HOP_SCREENSHOTS` names a folder, photographed at a phone's and a
//! desktop's width.

use std::{
    net::TcpListener,
    path::PathBuf,
    process::{Child, Command, Stdio},
    sync::{Arc, OnceLock},
    time::{Duration, Instant},
};

use fantoccini::{Client, ClientBuilder, Locator, elements::Element, key::Key};
use serde_json::{Value, json};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Widths the pages are checked and photographed at: a phone, a desktop.
pub const PHONE: (u32, u32) = (390, 844);
pub const DESKTOP: (u32, u32) = (1280, 900);

/// Browsers running at once: each is a few processes and a few hundred MB,
/// and the machine has two cores.
fn browsers() -> Arc<Semaphore> {
    static BROWSERS: OnceLock<Arc<Semaphore>> = OnceLock::new();
    BROWSERS.get_or_init(|| Arc::new(Semaphore::new(2))).clone()
}

fn axe_source() -> &'static str {
    static AXE: OnceLock<String> = OnceLock::new();
    AXE.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("browser/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|err| {
            panic!(
                "axe-core is missing at {} ({err}): run ./scripts/test, which installs it",
                path.display()
            )
        })
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub struct Browser {
    pub client: Client,
    base: String,
    // Dropped in this order: the session, the driver, then the permit.
    _driver: Driver,
    _permit: OwnedSemaphorePermit,
}

impl Browser {
    /// A new headless Chromium that sends `Accept-Language: accept_language`.
    pub async fn open(base: &str, accept_language: &str) -> Self {
        for program in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                std::path::Path::new(program).exists(),
                "{program} is missing: run ./scripts/test, which installs chromium and chromium-driver"
            );
        }
        let permit = browsers().acquire_owned().await.expect("semaphore open");
        let port = free_port();
        let driver = Driver(
            Command::new(CHROMEDRIVER)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("chromedriver starts"),
        );
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-extensions",
                    "--no-first-run",
                    format!("--window-size={},{}", DESKTOP.0, DESKTOP.1),
                ],
                "prefs": { "intl.accept_languages": accept_language },
            }),
        );
        let webdriver = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&webdriver)
                .await
            {
                Ok(client) => break client,
                Err(err) if started.elapsed() < Duration::from_secs(20) => {
                    let _ = err;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(err) => panic!("cannot start a browser session: {err}"),
            }
        };
        Self {
            client,
            base: base.to_owned(),
            _driver: driver,
            _permit: permit,
        }
    }

    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap_or_else(|err| panic!("open {path}: {err}"));
    }

    /// The path and query of the page now shown.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("current URL");
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    }

    pub async fn find(&self, css: &str) -> Element {
        let found = self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await;
        match found {
            Ok(element) => element,
            Err(err) => panic!("no element {css} on {}: {err}", self.path_now().await),
        }
    }

    async fn path_now(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|url| url.to_string())
            .unwrap_or_default()
    }

    /// The input labelled `label` (its `<label for>`), as a person finds it.
    pub async fn field(&self, label: &str) -> Element {
        let xpath = format!("//label[normalize-space(.)={}]", xpath_literal(label));
        let found = self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::XPath(&xpath))
            .await;
        let label_element = match found {
            Ok(element) => element,
            Err(err) => panic!(
                "no field labelled {label:?} on {}: {err}",
                self.path_now().await
            ),
        };
        let target = label_element
            .attr("for")
            .await
            .expect("label attribute")
            .unwrap_or_else(|| panic!("the label {label:?} names no field"));
        self.find(&format!("#{target}")).await
    }

    /// Types `text` into the field labelled `label` (after clearing it).
    pub async fn fill(&self, label: &str, text: &str) {
        let field = self.field(label).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    /// Chooses the option with text `option` in the select labelled `label`.
    pub async fn select(&self, label: &str, option: &str) {
        let field = self.field(label).await;
        field
            .select_by_label(option)
            .await
            .unwrap_or_else(|err| panic!("select {option:?} in {label:?}: {err}"));
    }

    /// Ticks (or leaves ticked) the checkbox labelled `label`, with the
    /// space bar.
    pub async fn tick(&self, label: &str) {
        let field = self.field(label).await;
        if !field.is_selected().await.expect("checked state") {
            field.send_keys(" ").await.expect("space");
        }
    }

    /// Presses Enter on the button whose text is `text`: the keyboard's way
    /// to press it.
    pub async fn press(&self, text: &str) {
        let xpath = format!(
            "//button[normalize-space(.)={0}] | //input[@type='submit' and @value={0}]",
            xpath_literal(text)
        );
        self.enter_on(&xpath, text).await;
    }

    /// Follows the link whose text is `text`, with Enter.
    pub async fn follow(&self, text: &str) {
        let xpath = format!("//a[normalize-space(.)={}]", xpath_literal(text));
        self.enter_on(&xpath, text).await;
    }

    async fn enter_on(&self, xpath: &str, text: &str) {
        let found = self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::XPath(xpath))
            .await;
        let button = match found {
            Ok(element) => element,
            Err(err) => panic!("no button {text:?} on {}: {err}", self.path_now().await),
        };
        // A mark on the page that is there until the next page replaces it.
        self.client
            .execute("window.__hopBeforePress = true", vec![])
            .await
            .expect("mark the page");
        button
            .send_keys(&String::from(char::from(Key::Enter)))
            .await
            .unwrap_or_else(|err| panic!("press {text:?}: {err}"));
        self.wait_for_next_page(text).await;
    }

    /// Waits until a new page has replaced the marked one and has loaded.
    async fn wait_for_next_page(&self, pressed: &str) {
        let started = Instant::now();
        loop {
            let state = self
                .client
                .execute(
                    "return window.__hopBeforePress ? 'old' : document.readyState",
                    vec![],
                )
                .await
                .ok()
                .and_then(|state| state.as_str().map(str::to_owned));
            if state.as_deref() == Some("complete") {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "pressing {pressed:?} did not lead to a new page"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The text a reader sees on the page.
    pub async fn text(&self) -> String {
        self.client
            .execute("return document.body.innerText", vec![])
            .await
            .expect("page text")
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub async fn assert_text(&self, expected: &str) {
        let text = self.text().await;
        assert!(
            text.contains(expected),
            "{:?} is not on {}:\n{text}",
            expected,
            self.path_now().await
        );
    }

    /// The page's `lang`.
    pub async fn lang(&self) -> String {
        self.client
            .execute("return document.documentElement.lang", vec![])
            .await
            .expect("lang")
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// axe-core's WCAG 2.2 A and AA rules on the page as it is now, at a
    /// phone's and a desktop's width: nothing may be found. With
    /// `HOP_SCREENSHOTS` set, each width is photographed as
    /// `<name>-<language>-<phone|desktop>.png` in that folder.
    pub async fn check_page(&self, name: &str) {
        for (width_name, (width, height)) in [("phone", PHONE), ("desktop", DESKTOP)] {
            self.client
                .set_window_size(width, height)
                .await
                .expect("window size");
            let violations = self.axe().await;
            assert!(
                violations.as_array().is_some_and(Vec::is_empty),
                "axe-core found violations on {name} ({}) at {width_name} width:\n{}",
                self.path_now().await,
                serde_json::to_string_pretty(&violations).unwrap_or_default()
            );
            if let Some(folder) = std::env::var_os("HOP_SCREENSHOTS") {
                let file = format!("{name}-{}-{width_name}", self.lang().await);
                self.screenshot(&PathBuf::from(folder), &file, width, height)
                    .await;
            }
        }
        self.client
            .set_window_size(DESKTOP.0, DESKTOP.1)
            .await
            .expect("window size");
    }

    async fn axe(&self) -> Value {
        self.client
            .execute(axe_source(), vec![])
            .await
            .expect("axe-core loads into the page");
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
                resultTypes: ["violations"]
            }).then(result => done(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => ({ target: n.target.join(" "), summary: n.failureSummary }))
            })))).catch(error => done([{ id: "axe-error", help: String(error) }]));
        "#;
        self.client
            .execute_async(script, vec![])
            .await
            .expect("axe-core runs")
    }

    async fn screenshot(&self, folder: &std::path::Path, file: &str, width: u32, height: u32) {
        // The whole page, not the first screen: the window as tall as it.
        let full = self
            .client
            .execute(
                "return Math.ceil(document.documentElement.scrollHeight)",
                vec![],
            )
            .await
            .ok()
            .and_then(|value| value.as_u64())
            .map_or(height, |tall| {
                u32::try_from(tall).unwrap_or(height).clamp(height, 6000)
            });
        self.client
            .set_window_size(width, full + 140)
            .await
            .expect("window size");
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::create_dir_all(folder).expect("screenshot folder");
        std::fs::write(folder.join(format!("{file}.png")), png).expect("write screenshot");
        self.client
            .set_window_size(width, height)
            .await
            .expect("window size");
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    /// Presses Enter on the button `text` of a form that updates the page in
    /// place (htmx, with `hx-push-url`): waits until the address has changed
    /// and no request is under way. Works as well when the form loads a new
    /// page (no JavaScript).
    pub async fn press_in_place(&self, text: &str) {
        let before = self.path_now().await;
        let xpath = format!(
            "//button[normalize-space(.)={0}] | //input[@type='submit' and @value={0}]",
            xpath_literal(text)
        );
        let button = self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|err| panic!("no button {text:?} on {before}: {err}"));
        button
            .send_keys(&String::from(char::from(Key::Enter)))
            .await
            .unwrap_or_else(|err| panic!("press {text:?}: {err}"));
        let started = Instant::now();
        loop {
            let settled = self
                .client
                .execute(
                    "return document.readyState === 'complete' && !document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping')",
                    vec![],
                )
                .await
                .ok()
                .and_then(|settled| settled.as_bool())
                .unwrap_or(false);
            if settled && self.path_now().await != before {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "pressing {text:?} did not update the page"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The value of the browser's cookie `name` for the site (`HttpOnly`
    /// ones too), to fetch what the browser would download, over HTTP.
    pub async fn cookie(&self, name: &str) -> Option<String> {
        self.client
            .get_named_cookie(name)
            .await
            .ok()
            .map(|cookie| cookie.value().to_owned())
    }

    /// Where the link whose text is `text` on the page shown leads (its
    /// `href` as written).
    pub async fn link_target(&self, text: &str) -> String {
        let xpath = format!("//a[normalize-space(.)={}]", xpath_literal(text));
        let link = self
            .client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|err| panic!("no link {text:?}: {err}"));
        link.attr("href")
            .await
            .expect("href attribute")
            .unwrap_or_else(|| panic!("the link {text:?} has no href"))
    }
}

/// `text` as an XPath string literal, whatever quotes it holds.
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|part| format!("'{part}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

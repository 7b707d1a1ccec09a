//! A4 documents of text (certificates, agreements) as PDF.
//!
//! krilla writes the PDF and subsets the embedded DejaVu Sans (every
//! glyph of pl, lt, lv, de and uk; `assets/fonts`). krilla draws lines of
//! text but does not break paragraphs into lines; the greedy word wrap
//! here measures words with the font's own advances (ttf-parser), which is
//! all a document of plain paragraphs needs; a full layout engine
//! (parley) would bring a font database and far more than we use.

use std::sync::LazyLock;

use krilla::{
    Document,
    geom::{PathBuilder, Point, Rect},
    metadata::Metadata,
    page::PageSettings,
    text::{Font, TextDirection},
};

static REGULAR_DATA: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
static BOLD_DATA: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

/// A font for drawing (krilla) and for measuring (ttf-parser), parsed once.
struct Face {
    font: Font,
    metrics: ttf_parser::Face<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Self {
        // The files are part of the build; failing to parse them is a
        // broken build, caught by the tests that render every document.
        Self {
            font: Font::new(data.into(), 0).expect("the embedded font parses"),
            metrics: ttf_parser::Face::parse(data, 0).expect("the embedded font parses"),
        }
    }

    /// The width of `text` at `size` points.
    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                self.metrics
                    .glyph_index(c)
                    .and_then(|glyph| self.metrics.glyph_hor_advance(glyph))
                    .map_or(0, u32::from)
            })
            .sum();
        units as f32 * size / f32::from(self.metrics.units_per_em())
    }
}

static REGULAR: LazyLock<Face> = LazyLock::new(|| Face::load(REGULAR_DATA));
static BOLD: LazyLock<Face> = LazyLock::new(|| Face::load(BOLD_DATA));

/// A4 in points, and the margins.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.7;
const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

/// How a paragraph looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Style {
    Title,
    Heading,
    Body,
    Small,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Self::Title => 17.0,
            Self::Heading => 11.5,
            Self::Body => 10.0,
            Self::Small => 8.0,
        }
    }

    fn face(self) -> &'static Face {
        match self {
            Self::Title | Self::Heading => &BOLD,
            Self::Body | Self::Small => &REGULAR,
        }
    }

    fn space_before(self) -> f32 {
        match self {
            Self::Title => 0.0,
            Self::Heading => 12.0,
            Self::Body => 4.0,
            Self::Small => 2.0,
        }
    }
}

/// A paragraph of a document, indented by `indent` points.
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub style: Style,
    pub text: String,
    pub indent: f32,
}

impl Paragraph {
    pub fn new(style: Style, text: impl Into<String>) -> Self {
        Self {
            style,
            text: text.into(),
            indent: 0.0,
        }
    }

    pub fn indented(mut self, indent: f32) -> Self {
        self.indent = indent;
        self
    }
}

/// Breaks `text` into lines no wider than `width` at `style`: at spaces,
/// and inside a word only when the word alone is wider than a line.
fn wrap(text: &str, style: Style, width: f32) -> Vec<String> {
    let face = style.face();
    let size = style.size();
    let mut lines = Vec::new();
    for source_line in text.lines() {
        let mut line = String::new();
        for word in source_line.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if face.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line (a long address, a code) is cut.
            for c in word.chars() {
                line.push(c);
                if face.width(&line, size) > width {
                    let last = line.pop().unwrap_or(' ');
                    lines.push(std::mem::replace(&mut line, last.to_string()));
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// A line placed on a page: its text, style and baseline.
struct Placed {
    page: usize,
    x: f32,
    y: f32,
    style: Style,
    text: String,
}

/// A square image of dark modules (a QR code), drawn at the top right of
/// the first page.
pub struct Mark {
    pub modules: Vec<bool>,
    pub width: usize,
}

impl Mark {
    /// The QR code of `text` (a URL), with error correction M.
    pub fn qr(text: &str) -> Option<Self> {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
            .ok()?;
        Some(Self {
            width: code.width(),
            modules: code
                .to_colors()
                .into_iter()
                .map(|color| color == qrcode::Color::Dark)
                .collect(),
        })
    }
}

/// The side of the QR code on the page, in points.
const MARK_SIZE: f32 = 85.0;

/// The PDF of `paragraphs` on A4 pages, with `mark` at the top right of
/// the first page, titled `title`, in `language` (BCP 47).
pub fn render(
    title: &str,
    language: &str,
    paragraphs: &[Paragraph],
    mark: Option<&Mark>,
) -> Result<Vec<u8>, String> {
    let placed = place(paragraphs, mark.is_some());
    let pages = placed.last().map_or(1, |line| line.page + 1);
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(language.to_owned())
            .creator("HOP — Toruń Volunteering Center".to_owned()),
    );
    for page_index in 0..pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or("A4 is a size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for line in placed.iter().filter(|line| line.page == page_index) {
            surface.draw_text(
                Point::from_xy(line.x, line.y),
                line.style.face().font.clone(),
                line.style.size(),
                &line.text,
                false,
                TextDirection::LeftToRight,
            );
        }
        if page_index == 0
            && let Some(mark) = mark
        {
            draw_mark(&mut surface, mark);
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|err| format!("{err:?}"))
}

fn place(paragraphs: &[Paragraph], beside_mark: bool) -> Vec<Placed> {
    let mut placed = Vec::new();
    let mut page = 0;
    let mut y = MARGIN;
    for paragraph in paragraphs {
        let style = paragraph.style;
        let line_height = style.size() * 1.4;
        y += style.space_before();
        // Paragraphs that start beside the mark (top right) leave it room.
        let width = if beside_mark && page == 0 && y < MARGIN + MARK_SIZE {
            TEXT_WIDTH - MARK_SIZE - 12.0 - paragraph.indent
        } else {
            TEXT_WIDTH - paragraph.indent
        };
        for line in wrap(&paragraph.text, style, width) {
            if y + line_height > PAGE_HEIGHT - MARGIN {
                page += 1;
                y = MARGIN;
            }
            y += line_height;
            placed.push(Placed {
                page,
                x: MARGIN + paragraph.indent,
                y,
                style,
                text: line,
            });
        }
    }
    placed
}

fn draw_mark(surface: &mut krilla::surface::Surface<'_>, mark: &Mark) {
    let module = MARK_SIZE / mark.width as f32;
    let left = PAGE_WIDTH - MARGIN - MARK_SIZE;
    let top = MARGIN;
    let mut path = PathBuilder::new();
    for (index, dark) in mark.modules.iter().enumerate() {
        if !dark {
            continue;
        }
        let (row, column) = (index / mark.width, index % mark.width);
        if let Some(rect) = Rect::from_xywh(
            left + column as f32 * module,
            top + row as f32 * module,
            module,
            module,
        ) {
            path.push_rect(rect);
        }
    }
    if let Some(path) = path.finish() {
        surface.set_fill(Some(krilla::paint::Fill::default()));
        surface.draw_path(&path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_never_exceed_the_width_and_keep_every_word() {
        let text = "Zaświadczenie o wykonaniu świadczeń wolontariusza: Gražina Žemaitytė, \
                    Jānis Bērziņš, Олена Коваленко — Bank Żywności w Toruniu, ul. Szosa Chełmińska 17.";
        for width in [80.0, 150.0, 300.0, TEXT_WIDTH] {
            let lines = wrap(text, Style::Body, width);
            for line in &lines {
                assert!(REGULAR.width(line, Style::Body.size()) <= width, "{line}");
            }
            let joined: String = lines.join(" ").split_whitespace().collect();
            let original: String = text.split_whitespace().collect();
            assert_eq!(joined, original);
        }
        // A word wider than the line is cut, not lost.
        let long = "x".repeat(200);
        let lines = wrap(&long, Style::Body, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), long);
    }

    #[test]
    fn every_language_has_its_glyphs_in_the_font() {
        let face = &REGULAR.metrics;
        for c in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻėįųūčšžĖĮŲŪāēģīķļņĀĒĢĪĶĻŅäöüßÄÖÜґєіїҐЄІЇабвгдежзийклмнопрстуфхцчшщьюя".chars() {
            assert!(face.glyph_index(c).is_some(), "{c}");
        }
        assert!(BOLD.metrics.glyph_index('ż').is_some());
    }

    #[test]
    fn a_long_document_flows_onto_more_pages() {
        let paragraphs: Vec<Paragraph> = (0..200)
            .map(|n| Paragraph::new(Style::Body, format!("Wiersz {n}: ąęłńśźż ėįųū āēģķļņ їґє")))
            .collect();
        let placed = place(&paragraphs, true);
        assert!(placed.last().expect("lines").page >= 2);
        assert!(placed.iter().all(|line| line.y <= PAGE_HEIGHT - MARGIN));
        let pdf = render(
            "Test",
            "pl",
            &paragraphs,
            Mark::qr("https://hop.example/c/X").as_ref(),
        )
        .expect("renders");
        assert!(pdf.starts_with(b"%PDF-"));
        // Subset fonts: the whole document is far smaller than the font.
        assert!(pdf.len() < REGULAR_DATA.len() / 4, "{} bytes", pdf.len());
    }
}

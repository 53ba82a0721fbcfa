//! What a source says about an article besides its text: HTML metadata, JSON Lines fields, Markdown front matter.

use super::PartialDate;

/// The media type of an article's original form, when showkg extracted the text from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// The text is the input as written (plain text); evidence offsets count its code points.
    Plain,
    /// The text was extracted from an HTML page (its main text, without navigation or scripts).
    Html,
    /// The text was rendered from Markdown (headings and list items as lines).
    Markdown,
}

impl Origin {
    /// The media type of the original form.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Plain => "text/plain",
            Self::Html => "text/html",
            Self::Markdown => "text/markdown",
        }
    }
}

/// The article's metadata, as its source states it. Every field is optional; an article read
/// from a plain text file has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// The original form the text was extracted from.
    pub origin: Origin,
    /// The headline (JSON-LD `headline`, `og:title`, `<title>`, a Markdown `# heading`).
    pub headline: Option<String>,
    /// The publication date (JSON-LD `datePublished`, `article:published_time`, `<meta>` dates).
    pub date: Option<PartialDate>,
    /// The authors' names, in the order the source gives them.
    pub authors: Vec<String>,
    /// The publisher's name.
    pub publisher: Option<String>,
    /// The article's URL as the source states it (JSON-LD `url`, `og:url`, a JSON Lines `url`).
    pub url: Option<String>,
    /// The canonical URL (`<link rel=canonical>`).
    pub canonical: Option<String>,
    /// The id the source gives the article (a JSON Lines `id`).
    pub id: Option<String>,
}

impl Default for Metadata {
    fn default() -> Self {
        Self {
            origin: Origin::Plain,
            headline: None,
            date: None,
            authors: Vec::new(),
            publisher: None,
            url: None,
            canonical: None,
            id: None,
        }
    }
}

impl Metadata {
    /// Whether the source said nothing beyond the plain text.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// A stable, line-based form of the metadata that goes into the content hash, so that a
    /// changed headline or date is a changed article.
    pub fn canonical_form(&self) -> String {
        let mut out = format!("origin={}\n", self.origin.media_type());
        let mut line = |key: &str, value: &str| {
            out.push_str(key);
            out.push('=');
            // Newlines would make two fields read as one; escape them.
            out.push_str(&value.replace('\\', "\\\\").replace('\n', "\\n"));
            out.push('\n');
        };
        if let Some(h) = &self.headline {
            line("headline", h);
        }
        if let Some(d) = &self.date {
            line("date", &d.iso());
        }
        for a in &self.authors {
            line("author", a);
        }
        if let Some(p) = &self.publisher {
            line("publisher", p);
        }
        if let Some(u) = &self.url {
            line("url", u);
        }
        if let Some(c) = &self.canonical {
            line("canonical", c);
        }
        if let Some(i) = &self.id {
            line("id", i);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_form_separates_fields_and_escapes_newlines() {
        let m = Metadata {
            origin: Origin::Html,
            headline: Some("Two\nlines".into()),
            authors: vec!["A".into(), "B".into()],
            ..Metadata::default()
        };
        assert_eq!(
            m.canonical_form(),
            "origin=text/html\nheadline=Two\\nlines\nauthor=A\nauthor=B\n"
        );
        assert!(Metadata::default().is_empty());
        assert!(!m.is_empty());
    }
}

//! Markdown articles: headings become heading lines (the first `#` heading is the headline), list items `- ` lines, front matter metadata.
//!
//! The text keeps the article's line structure: a paragraph's line breaks stay line breaks,
//! so `Label: value` lines read as they would in plain text; emphasis, links and inline code
//! keep their text only; code blocks, raw HTML and image descriptions are left out. YAML
//! front matter (`---` lines around `key: value` lines) gives `title`, `date`, `author` or
//! `authors`, `publisher`, `url`, `canonical` and `id`.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::layout::Layout;
use crate::text::{Metadata, Origin, PartialDate};

/// The article's text and metadata.
pub fn to_text(markdown: &str) -> (String, Metadata) {
    let mut meta = Metadata {
        origin: Origin::Markdown,
        ..Metadata::default()
    };
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH;
    let mut layout = Layout::default();
    // Depth inside code blocks, raw HTML and images, whose text is not the article's.
    let mut hidden = 0usize;
    let mut items = 0usize;
    let mut front_matter: Option<String> = None;
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => front_matter = Some(String::new()),
            Event::End(TagEnd::MetadataBlock(_)) => {
                if let Some(yaml) = front_matter.take() {
                    read_front_matter(&yaml, &mut meta);
                }
            }
            Event::Text(t) if front_matter.is_some() => {
                front_matter.get_or_insert_default().push_str(&t);
            }
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Image { .. }) => hidden += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::Image) => {
                hidden = hidden.saturating_sub(1);
            }
            _ if hidden > 0 => {}
            Event::Start(Tag::Heading { .. }) => {
                layout.end_block(false);
                heading = Some(String::new());
            }
            Event::End(TagEnd::Heading(level)) => {
                layout.end_block(false);
                if let Some(h) = heading.take()
                    && level == HeadingLevel::H1
                    && meta.headline.is_none()
                    && !h.trim().is_empty()
                {
                    meta.headline = Some(h.split_whitespace().collect::<Vec<_>>().join(" "));
                }
            }
            Event::Start(Tag::Item) => {
                layout.end_block(items > 0);
                items += 1;
                layout.list_marker();
            }
            Event::End(TagEnd::Item) => {
                layout.end_block(true);
                items = items.saturating_sub(1);
            }
            Event::Start(Tag::Paragraph) if items > 0 => {}
            Event::End(TagEnd::Paragraph) if items > 0 => layout.line_break(),
            Event::Start(Tag::Paragraph | Tag::BlockQuote(_) | Tag::TableRow | Tag::TableHead)
            | Event::End(
                TagEnd::Paragraph | TagEnd::BlockQuote(_) | TagEnd::TableRow | TagEnd::TableHead,
            )
            | Event::Rule => layout.end_block(false),
            Event::End(TagEnd::TableCell) => layout.text(" "),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = &mut heading {
                    h.push_str(&t);
                }
                layout.text(&t);
            }
            Event::SoftBreak | Event::HardBreak => layout.line_break(),
            _ => {}
        }
    }
    (layout.finish(), meta)
}

/// `key: value` lines of YAML front matter, and `- item` lines under `authors:`.
fn read_front_matter(yaml: &str, meta: &mut Metadata) {
    let mut list_key = String::new();
    for line in yaml.lines() {
        let trimmed = line.trim();
        if let Some(item) = trimmed.strip_prefix("- ") {
            if list_key == "authors" || list_key == "author" {
                meta.authors.push(unquote(item));
            }
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let value = unquote(value);
        list_key.clone_from(&key);
        if value.is_empty() {
            continue;
        }
        match key.as_str() {
            "title" | "headline" => meta.headline = Some(value),
            "date" | "datepublished" | "published" => {
                meta.date = PartialDate::parse_iso(value.split(['T', ' ']).next().unwrap_or(""));
            }
            "author" | "authors" => {
                let list = value.trim_start_matches('[').trim_end_matches(']');
                meta.authors
                    .extend(list.split(',').map(unquote).filter(|a| !a.is_empty()));
            }
            "publisher" => meta.publisher = Some(value),
            "url" => meta.url = Some(value),
            "canonical" | "canonical_url" => meta.canonical = Some(value),
            "id" => meta.id = Some(value),
            _ => {}
        }
    }
}

/// A YAML scalar without surrounding quotes and whitespace.
fn unquote(s: &str) -> String {
    let s = s.trim();
    s.strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| s.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
        .unwrap_or(s)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_and_front_matter() {
        let md = "---\ntitle: \"Moon Harbor returns\"\ndate: 2024-03-09\nauthors:\n  - Ana Reyes\n---\n\n# Moon Harbor returns\n\nThe drama *Moon Harbor* stars\n[Kim Ha-neul](https://x) as `Seo Yu-na`.\n\n## Cast\n\n- Kim Ha-neul\n- Lee Joon\n\n```\ncode Show stars Nobody\n```\n\n![Poster of Other Show](p.png)\n";
        let (text, m) = to_text(md);
        assert_eq!(
            text,
            "Moon Harbor returns\n\nThe drama Moon Harbor stars\nKim Ha-neul as Seo Yu-na.\n\nCast\n\n- Kim Ha-neul\n- Lee Joon"
        );
        assert_eq!(m.headline.as_deref(), Some("Moon Harbor returns"));
        assert_eq!(m.date.map(|d| d.iso()).as_deref(), Some("2024-03-09"));
        assert_eq!(m.authors, ["Ana Reyes"]);
        assert_eq!(m.origin, Origin::Markdown);
    }

    #[test]
    fn the_first_h1_is_the_headline_without_front_matter() {
        let (text, m) = to_text("Intro line\n\n# Title *here*\n\n# Second\n");
        assert_eq!(text, "Intro line\n\nTitle here\n\nSecond");
        assert_eq!(m.headline.as_deref(), Some("Title here"));
    }
}

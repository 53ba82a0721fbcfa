//! HTML pages: the article's main text (no navigation, ads, scripts, styles or "related" lists) and its metadata.
//!
//! The main text comes from the first of `[itemprop=articleBody]`, `<article>`, `<main>` and
//! `<body>` that holds text (the one with most text when there are several, as pages wrap
//! "related" teasers in `<article>` too). Inside it, scripts, styles, navigation, asides,
//! forms, figures, footers and elements whose class or id says ad, promo, related, share,
//! newsletter, comments, byline and the like are left out (the byline's author is metadata). Headings and paragraphs become blocks
//! separated by blank lines, list items `- ` lines, `<br>` a line break, so the text reads
//! as a plain-text article would. Evidence offsets count code points of this text.
//!
//! Metadata: embedded JSON-LD (`NewsArticle` and the other article types) first, then
//! OpenGraph (`og:*`, `article:*`), `<meta>` dates and authors, `<link rel=canonical>` and
//! `<title>`, each filling only what the ones before left empty.

use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::layout::Layout;
use crate::text::{Metadata, Origin, PartialDate};

/// Elements whose content is never article text.
const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "iframe",
    "svg",
    "figure",
    "figcaption",
    "select",
    "textarea",
    "object",
    "embed",
    "canvas",
    "dialog",
    "menu",
    "head",
    "audio",
    "video",
];

/// Class and id words that mark page furniture rather than the article.
const NOISE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "advert",
    "advertisement",
    "advertising",
    "sponsor",
    "sponsored",
    "promo",
    "promoted",
    "related",
    "recommended",
    "recommendations",
    "trending",
    "popular",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "paywall",
    "comment",
    "comments",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "consent",
    "popup",
    "modal",
    "navbar",
    "menu",
    "masthead",
    "footer",
    "outbrain",
    "taboola",
    "tags",
    "byline",
    "dateline",
];

/// ARIA roles of page furniture.
const NOISE_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "search",
    "dialog",
    "alert",
    "menu",
    "menubar",
];

/// Block-level elements: their content is a block of its own.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "address",
    "hr",
    "details",
    "summary",
    "body",
];

/// JSON-LD types whose node describes the article.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
];

/// The page's main text and its metadata.
pub fn to_text(html: &str) -> (String, Metadata) {
    let doc = Html::parse_document(html);
    let text = main_root(&doc)
        .map(|(root, in_article)| render(root, in_article))
        .unwrap_or_default();
    (text, metadata(&doc))
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    match Selector::parse(css) {
        Ok(s) => doc.select(&s).collect(),
        Err(_) => Vec::new(),
    }
}

/// The element holding the article, and whether it is the article itself (then its
/// `<header>` with the headline and byline is kept; a page header is not).
fn main_root(doc: &Html) -> Option<(ElementRef<'_>, bool)> {
    for (css, in_article) in [
        ("[itemprop=articleBody]", true),
        ("article", true),
        ("main, [role=main]", false),
        ("body", false),
    ] {
        let best = select(doc, css)
            .into_iter()
            .filter(|e| {
                !e.ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|a| noise(&a))
                    && !noise(e)
            })
            .map(|e| (render(e, in_article).len(), e))
            .filter(|(len, _)| *len > 0)
            // The longest; the first of equals.
            .reduce(|best, next| if next.0 > best.0 { next } else { best });
        if let Some((_, e)) = best {
            return Some((e, in_article));
        }
    }
    None
}

/// Whether an element is page furniture: a skipped tag, a furniture role, hidden, or a
/// class or id with a furniture word.
fn noise(e: &ElementRef<'_>) -> bool {
    let el = e.value();
    if SKIPPED_TAGS.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|r| NOISE_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    let words = el.attr("class").into_iter().chain(el.attr("id"));
    words
        .flat_map(|v| v.split(|c: char| !c.is_ascii_alphanumeric()))
        .any(|w| NOISE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// The text of an element, laid out in blocks.
fn render(root: ElementRef<'_>, in_article: bool) -> String {
    let mut layout = Layout::default();
    walk(root, in_article, &mut layout);
    layout.finish()
}

fn walk(e: ElementRef<'_>, in_article: bool, layout: &mut Layout) {
    for child in e.children() {
        match child.value() {
            Node::Text(t) => layout.text(t),
            Node::Element(el) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                let name = el.name();
                if noise(&c) || (name == "header" && !in_article) {
                    continue;
                }
                match name {
                    "br" => layout.line_break(),
                    "li" => {
                        layout.end_block(false);
                        layout.list_marker();
                        walk(c, in_article, layout);
                        layout.end_block(true);
                    }
                    "td" | "th" => {
                        walk(c, in_article, layout);
                        layout.text(" ");
                    }
                    _ if BLOCK_TAGS.contains(&name) => {
                        layout.end_block(false);
                        walk(c, in_article, layout);
                        layout.end_block(false);
                    }
                    _ => walk(c, in_article, layout),
                }
            }
            _ => {}
        }
    }
}

/// The page's metadata: JSON-LD first, then OpenGraph and `<meta>`, canonical and title.
fn metadata(doc: &Html) -> Metadata {
    let mut m = Metadata {
        origin: Origin::Html,
        ..Metadata::default()
    };
    for script in select(doc, "script[type]") {
        let ty = script.value().attr("type").unwrap_or_default();
        if !ty.trim().eq_ignore_ascii_case("application/ld+json") {
            continue;
        }
        let json: String = script.text().collect();
        if let Ok(v) = serde_json::from_str::<Value>(&json)
            && let Some(article) = find_article(&v, 0)
        {
            from_json_ld(article, &mut m);
        }
    }
    for meta in select(doc, "meta[content]") {
        let el = meta.value();
        let key = el
            .attr("property")
            .or_else(|| el.attr("name"))
            .or_else(|| el.attr("itemprop"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let value = clean(el.attr("content").unwrap_or_default());
        if value.is_empty() {
            continue;
        }
        match key.as_str() {
            "og:title" | "twitter:title" => fill(&mut m.headline, value),
            "og:url" => fill(&mut m.url, value),
            "og:site_name" => fill(&mut m.publisher, value),
            "article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "publishdate"
            | "publish-date"
            | "dc.date"
            | "dc.date.issued"
            | "dcterms.created"
                if m.date.is_none() =>
            {
                m.date = date(&value);
            }
            "author" | "article:author" if m.authors.is_empty() && !value.contains("://") => {
                m.authors.push(value);
            }
            _ => {}
        }
    }
    for link in select(doc, "link[rel][href]") {
        let el = link.value();
        let canonical = el.attr("rel").is_some_and(|r| {
            r.split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("canonical"))
        });
        if canonical {
            fill(&mut m.canonical, clean(el.attr("href").unwrap_or_default()));
        }
    }
    if let Some(title) = select(doc, "title").first() {
        fill(&mut m.headline, clean(&title.text().collect::<String>()));
    }
    m
}

/// Sets an empty field to a non-empty value.
fn fill(field: &mut Option<String>, value: String) {
    if field.is_none() && !value.is_empty() {
        *field = Some(value);
    }
}

/// Whitespace collapsed and trimmed.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A date from the start of an ISO 8601 date or date-time (`2024-03-09T10:00:00+09:00`).
fn date(s: &str) -> Option<PartialDate> {
    let day = s.trim().split(['T', ' ']).next()?;
    PartialDate::parse_iso(day)
}

/// The first JSON-LD node of an article type, looking into arrays and `@graph`.
fn find_article(v: &Value, depth: usize) -> Option<&Value> {
    if depth > 8 {
        return None;
    }
    match v {
        Value::Array(items) => items.iter().find_map(|i| find_article(i, depth + 1)),
        Value::Object(o) => {
            let types: Vec<&str> = match o.get("@type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            let is_article = types.iter().any(|t| {
                let local = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
                ARTICLE_TYPES.contains(&local)
            });
            if is_article {
                return Some(v);
            }
            o.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

/// Names in a JSON-LD value: a string, a node with a `name`, or an array of these.
fn names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![clean(s)],
        Value::Object(o) => o.get("name").map(names).unwrap_or_default(),
        Value::Array(items) => items.iter().flat_map(names).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.is_empty())
    .collect()
}

/// A URL in a JSON-LD value: a string or a node's `@id` or `url`.
fn url(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(clean(s)),
        Value::Object(o) => o.get("@id").or_else(|| o.get("url")).and_then(url),
        _ => None,
    }
}

fn from_json_ld(a: &Value, m: &mut Metadata) {
    let field = |k: &str| a.get(k);
    if let Some(h) = field("headline")
        .or_else(|| field("name"))
        .and_then(Value::as_str)
    {
        fill(&mut m.headline, clean(h));
    }
    if m.date.is_none() {
        m.date = field("datePublished")
            .or_else(|| field("dateCreated"))
            .and_then(Value::as_str)
            .and_then(date);
    }
    if m.authors.is_empty() {
        m.authors = field("author").map(names).unwrap_or_default();
    }
    if let Some(p) = field("publisher")
        .map(names)
        .and_then(|n| n.into_iter().next())
    {
        fill(&mut m.publisher, p);
    }
    if let Some(u) = field("url").and_then(url) {
        fill(&mut m.url, u);
    }
    if let Some(u) = field("mainEntityOfPage").and_then(url) {
        fill(&mut m.canonical, u);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_text_leaves_out_furniture_and_keeps_blocks() {
        let page = r#"<html><head><title>T</title><style>p{}</style></head><body>
            <nav><a href="/">Home</a></nav>
            <article><header><h1>Moon Harbor returns</h1></header>
              <p>The drama <em>Moon Harbor</em> stars Kim Ha-neul.<br>It airs on tvN.</p>
              <div class="ad-slot">Buy now</div>
              <ul><li>Cast: Kim Ha-neul</li><li>Genre: romance</li></ul>
              <script>var show = "Fake Show";</script>
              <aside class="related"><a>Other Show stars Lee</a></aside>
            </article>
            <footer>© Site</footer></body></html>"#;
        let (text, meta) = to_text(page);
        assert_eq!(
            text,
            "Moon Harbor returns\n\nThe drama Moon Harbor stars Kim Ha-neul.\nIt airs on tvN.\n\n- Cast: Kim Ha-neul\n- Genre: romance"
        );
        assert_eq!(meta.headline.as_deref(), Some("T"));
        assert_eq!(meta.origin, Origin::Html);
    }

    #[test]
    fn json_ld_comes_first_then_opengraph_and_meta() {
        let page = r#"<html><head>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","name":"page"},
              {"@type":["NewsArticle"],"headline":"H","datePublished":"2024-03-09T10:00:00+09:00",
               "author":[{"@type":"Person","name":"Ana Reyes"},"Bo Kim"],
               "publisher":{"@type":"Organization","name":"Screen Daily Times"},
               "url":"https://example.org/a"}]}</script>
            <meta property="og:title" content="OG title">
            <meta property="og:site_name" content="Other">
            <meta name="date" content="2023-01-01">
            <link rel="canonical" href="https://example.org/canonical">
            </head><body><p>x</p></body></html>"#;
        let (_, m) = to_text(page);
        assert_eq!(m.headline.as_deref(), Some("H"));
        assert_eq!(m.date.map(|d| d.iso()).as_deref(), Some("2024-03-09"));
        assert_eq!(m.authors, ["Ana Reyes", "Bo Kim"]);
        assert_eq!(m.publisher.as_deref(), Some("Screen Daily Times"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(
            m.canonical.as_deref(),
            Some("https://example.org/canonical")
        );
        let (_, m) = to_text(
            r#"<meta property="article:published_time" content="2022-05-06"><meta name="author" content="C D"><p>y</p>"#,
        );
        assert_eq!(m.date.map(|d| d.iso()).as_deref(), Some("2022-05-06"));
        assert_eq!(m.authors, ["C D"]);
    }

    #[test]
    fn the_longest_article_wins_over_teasers() {
        let page = "<body><article><p>Short teaser.</p></article><article><p>The long article body, with more words.</p></article></body>";
        assert_eq!(to_text(page).0, "The long article body, with more words.");
        assert_eq!(to_text("").0, "");
    }
}

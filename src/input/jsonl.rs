//! JSON Lines records: one article per line, `{"id", "url", "date", "title", "text" | "html"}`.
//!
//! `text` is read as a plain-text article; `html` as a page (main text and metadata, see
//! [`super::html`]), with the record's own fields taking precedence over the page's. `id`
//! (a string or a number) names the article in messages and in the store, so it should be
//! unique within the file. `date` is `YYYY-MM-DD` (a date-time's date part is taken). Other
//! fields are ignored; a record that is not such an object is an error for that line alone.

use serde::Deserialize;
use serde_json::Value;

use crate::text::{Metadata, PartialDate};

#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
}

/// The article's text and metadata, or what is wrong with the record.
pub fn record(line: &str) -> Result<(String, Metadata), String> {
    let r: Record = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let id = match r.id {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => return Err(format!("\"id\" must be a string or a number, not {other}")),
    };
    let date = match r.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(
            PartialDate::parse_iso(d.split(['T', ' ']).next().unwrap_or(d))
                .ok_or_else(|| format!("\"date\" {d:?} is not a YYYY-MM-DD date"))?,
        ),
    };
    let (text, mut meta) = match (r.text, r.html) {
        (Some(text), _) => (text, Metadata::default()),
        (None, Some(html)) => super::html::to_text(&html),
        (None, None) => return Err("the record has neither \"text\" nor \"html\"".into()),
    };
    meta.id = id.or(meta.id);
    meta.date = date.or(meta.date);
    meta.headline = r.title.or(meta.headline);
    meta.url = r.url.or(meta.url);
    Ok((text, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_with_text_or_html() {
        let (text, m) =
            record(r#"{"id": 7, "date": "2024-03-09", "title": "T", "text": "Body."}"#).unwrap();
        assert_eq!(text, "Body.");
        assert_eq!(m.id.as_deref(), Some("7"));
        assert_eq!(m.headline.as_deref(), Some("T"));
        let (text, m) = record(
            r#"{"html": "<title>Page</title><article><p>Body.</p></article>", "url": "https://e.org/x"}"#,
        )
        .unwrap();
        assert_eq!(text, "Body.");
        assert_eq!(m.headline.as_deref(), Some("Page"));
        assert_eq!(m.url.as_deref(), Some("https://e.org/x"));
    }

    #[test]
    fn malformed_records_say_why() {
        for (line, why) in [
            ("{\"text\": 1}", "invalid type"),
            ("{\"title\": \"x\"}", "neither"),
            ("{\"text\": \"x\", \"date\": \"March\"}", "not a YYYY-MM-DD"),
            ("{\"text\": \"x\", \"id\": [1]}", "\"id\" must be"),
            ("[1, 2]", "invalid type"),
            ("{\"text\": \"x\"", "EOF"),
        ] {
            let e = record(line).unwrap_err();
            assert!(e.contains(why), "{line}: {e}");
        }
    }
}

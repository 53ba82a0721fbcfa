//! Inputs: files, directories, standard input and `.gz`, as plain text, Markdown, HTML or JSON Lines, decoded to articles.
//!
//! Two steps, so that the IO stays in input order and the work can spread over threads:
//! [`Inputs`] walks the paths and yields [`Raw`] units (a whole file, or one JSON Lines
//! record) holding bytes only; [`decode`] turns one unit into an [`Article`] (binary and
//! UTF-8 checks, then the format's decoder) and may run on any thread. Every failure is an
//! [`InputError`] naming the file, and the line or byte offset where there is one, so the
//! caller reports it and goes on with the rest.

pub mod html;
pub mod jsonl;
mod layout;
pub mod markdown;
mod walk;

use std::path::Path;

use globset::GlobSet;

use crate::text::Article;

pub use walk::{Inputs, total_bytes};

/// The default `--max-article-bytes`: 8 MiB, far above any news article, low enough that a
/// stray archive or disk image is refused before it is read.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 8 * 1024 * 1024;

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text, read as written (an optional ` date YYYY-MM-DD` first line).
    Text,
    /// Markdown: headings become heading lines (the first `#` heading is the headline), list
    /// items list lines; YAML front matter gives metadata.
    Markdown,
    /// An HTML page: its main text, and its metadata (JSON-LD, OpenGraph, `<meta>`, canonical).
    Html,
    /// JSON Lines, one article per line: `{"id", "url", "date", "title", "text" | "html"}`.
    Jsonl,
}

impl Format {
    /// The format a file name's extension names, looking through a final `.gz`.
    pub fn from_path(path: &Path) -> Option<Self> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "txt" | "text" => Self::Text,
            "md" | "markdown" => Self::Markdown,
            "html" | "htm" | "xhtml" => Self::Html,
            "jsonl" | "ndjson" => Self::Jsonl,
            _ => return None,
        })
    }

    /// A guess from the first bytes, for standard input without `--input-format`: `<` opens
    /// HTML, `{` JSON Lines, anything else is plain text.
    pub fn sniff(head: &[u8]) -> Self {
        let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
        match head.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'<') => Self::Html,
            Some(b'{') => Self::Jsonl,
            _ => Self::Text,
        }
    }
}

/// How inputs are found and read.
#[derive(Debug, Clone)]
pub struct Options {
    /// The format of every input whatever its name; `None` goes by extension (plain text for
    /// a named file without a known one, a guess from the first bytes for standard input).
    pub format: Option<Format>,
    /// Read bytes that are not UTF-8 as U+FFFD instead of skipping the input.
    pub lossy: bool,
    /// A file (after decompression) or JSON Lines record larger than this is skipped.
    pub max_article_bytes: u64,
    /// In walked directories, take only files matching one of these (default: files with a
    /// known extension). Files named on the command line are always read.
    pub include: Option<GlobSet>,
    /// In walked directories, skip files and directories matching one of these.
    pub exclude: Option<GlobSet>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            format: None,
            lossy: false,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            include: None,
            exclude: None,
        }
    }
}

/// Why an input (or one record of it) was skipped. Each message names the file, and the line
/// (`path:line`) or byte offset where there is one.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// A file or directory could not be opened, listed, read or decompressed.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The file or directory.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The input holds a NUL byte: it is binary, not an article.
    #[error("{at}: binary data (NUL byte at byte {offset}); skipped")]
    Binary {
        /// The file, or `file:line` for a JSON Lines record.
        at: String,
        /// Byte offset of the NUL in the (decompressed) file.
        offset: u64,
    },
    /// The input is not valid UTF-8 (and `--lossy` was not given).
    #[error("{at}: not valid UTF-8 at byte {offset}; skipped (--lossy reads it anyway)")]
    NotUtf8 {
        /// The file, or `file:line` for a JSON Lines record.
        at: String,
        /// Byte offset of the first bad byte in the (decompressed) file.
        offset: u64,
    },
    /// The input is larger than `--max-article-bytes`.
    #[error("{at}: larger than --max-article-bytes ({limit} bytes){}; skipped", size.map(|s| format!(": {s} bytes")).unwrap_or_default())]
    TooLarge {
        /// The file, or `file:line` for a JSON Lines record.
        at: String,
        /// Its size when known without reading it all.
        size: Option<u64>,
        /// The limit.
        limit: u64,
    },
    /// A JSON Lines record that is not the expected JSON object.
    #[error("{path}:{line}: malformed JSON Lines record: {message}; skipped")]
    Record {
        /// The file.
        path: String,
        /// The 1-based line number.
        line: u64,
        /// What is wrong with it.
        message: String,
    },
}

impl InputError {
    /// The file the error is about (without a line number).
    pub fn file(&self) -> &str {
        match self {
            Self::Read { path, .. } | Self::Record { path, .. } => path,
            Self::Binary { at, .. } | Self::NotUtf8 { at, .. } | Self::TooLarge { at, .. } => at
                .rsplit_once(':')
                .filter(|(_, n)| n.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty())
                .map_or(at, |(f, _)| f),
        }
    }
}

/// One unit of input before decoding: a whole file, or one JSON Lines record.
#[derive(Debug)]
pub struct Raw {
    /// The file it came from: a path as walked, or `-` for standard input.
    pub file: String,
    /// The file's name in a store: its canonical absolute path (`-` for standard input).
    pub key: String,
    /// The 1-based line of a JSON Lines record.
    pub line: Option<u64>,
    /// Byte offset of the unit in its (decompressed) file.
    pub offset: u64,
    /// How to decode it.
    pub format: Format,
    /// The bytes.
    pub bytes: Vec<u8>,
}

impl Raw {
    /// Where the unit is, for messages: `file` or `file:line`.
    pub fn at(&self) -> String {
        match self.line {
            Some(l) => format!("{}:{l}", self.file),
            None => self.file.clone(),
        }
    }
}

/// One decoded unit: the article, and the name a store knows its source by.
#[derive(Debug)]
pub struct Decoded {
    /// The source's key: the file's canonical path, with `#id` (or `:line` without an id)
    /// for a JSON Lines record.
    pub key: String,
    /// The article. Its `source` names it as given on the command line: the file, or
    /// `file#id` (`file:line`) for a JSON Lines record.
    pub article: Article,
}

/// Decodes one unit into an article: refuses binary data and (unless `lossy`) bad UTF-8,
/// then runs the format's decoder.
pub fn decode(raw: Raw, lossy: bool) -> Result<Decoded, InputError> {
    if let Some(i) = raw.bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary {
            at: raw.at(),
            offset: raw.offset + i as u64,
        });
    }
    let at = raw.at();
    let text = match String::from_utf8(raw.bytes) {
        Ok(t) => t,
        Err(e) if lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            return Err(InputError::NotUtf8 {
                at,
                offset: raw.offset + e.utf8_error().valid_up_to() as u64,
            });
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    let (suffix, article) = match raw.format {
        Format::Text => (String::new(), Article::new(raw.file, text)),
        Format::Markdown => {
            let (body, meta) = markdown::to_text(&text);
            (String::new(), Article::with_metadata(raw.file, body, meta))
        }
        Format::Html => {
            let (body, meta) = html::to_text(&text);
            (String::new(), Article::with_metadata(raw.file, body, meta))
        }
        Format::Jsonl => {
            let line = raw.line.unwrap_or(0);
            let (body, meta) = jsonl::record(&text).map_err(|message| InputError::Record {
                path: raw.file.clone(),
                line,
                message,
            })?;
            let suffix = match &meta.id {
                Some(id) => format!("#{id}"),
                None => format!(":{line}"),
            };
            let source = format!("{}{suffix}", raw.file);
            (suffix, Article::with_metadata(source, body, meta))
        }
    };
    Ok(Decoded {
        key: raw.key + &suffix,
        article,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_extensions_and_first_bytes() {
        for (name, f) in [
            ("a.txt", Some(Format::Text)),
            ("a/b.MD", Some(Format::Markdown)),
            ("page.html.gz", Some(Format::Html)),
            ("x.ndjson", Some(Format::Jsonl)),
            ("x.gz", None),
            ("README", None),
        ] {
            assert_eq!(Format::from_path(Path::new(name)), f, "{name}");
        }
        assert_eq!(Format::sniff(b"\n  <!doctype html>"), Format::Html);
        assert_eq!(Format::sniff(b"{\"text\":1}"), Format::Jsonl);
        assert_eq!(Format::sniff(b" date 2024-01-01"), Format::Text);
    }

    #[test]
    fn errors_name_their_file() {
        let e = InputError::NotUtf8 {
            at: "dir/a.jsonl:12".into(),
            offset: 7,
        };
        assert_eq!(e.file(), "dir/a.jsonl");
        let e = InputError::Binary {
            at: "c:/x.txt".into(),
            offset: 0,
        };
        assert_eq!(e.file(), "c:/x.txt");
    }

    #[test]
    fn decode_refuses_binary_and_bad_utf8_unless_lossy() {
        let raw = |bytes: &[u8]| Raw {
            file: "f.txt".into(),
            key: "/abs/f.txt".into(),
            line: None,
            offset: 100,
            format: Format::Text,
            bytes: bytes.to_vec(),
        };
        let e = decode(raw(b"ab\0c"), false).unwrap_err().to_string();
        assert_eq!(e, "f.txt: binary data (NUL byte at byte 102); skipped");
        let e = decode(raw(b"abc\xff"), false).unwrap_err().to_string();
        assert!(e.starts_with("f.txt: not valid UTF-8 at byte 103"), "{e}");
        let d = decode(raw(b"\xef\xbb\xbfabc\xff"), true).unwrap();
        assert_eq!(d.article.text, "abc\u{fffd}");
        assert_eq!(d.key, "/abs/f.txt");
    }
}

//! Article text: the date header, blocks (paragraphs, list items, labelled lines) and sentences with byte spans.
//!
//! Nothing here fails: odd text still yields blocks and sentences, and every span points into
//! the original text so that evidence offsets stay exact.

mod meta;
mod segment;

pub use meta::{Metadata, Origin};
pub use segment::{Block, BlockKind, DASH_LABELS, Sentence, segment};

use sha2::{Digest, Sha256};

/// A calendar date with the precision the text gave: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year (four digits in practice).
    pub year: i32,
    /// The month, 1 to 12, when known.
    pub month: Option<u8>,
    /// The day of the month, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A day-precise date; `None` when the day does not exist in that month.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Self {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// A month-precise date.
    pub fn ym(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A year-precise date.
    pub fn y(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// ISO 8601 at the date's precision: `2024-03-09`, `2024-03` or `2024`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// Parses the ISO forms that [`PartialDate::iso`] writes.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut parts = s.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(parse_digits(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(parse_digits(d, 2)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        match (month, day) {
            (Some(m), Some(d)) => Self::ymd(year, u8::try_from(m).ok()?, u8::try_from(d).ok()?),
            (Some(m), None) => Self::ym(year, u8::try_from(m).ok()?),
            _ => Some(Self::y(year)),
        }
    }

    /// Day of the week, 0 = Monday, for a day-precise date.
    pub fn weekday(&self) -> Option<u8> {
        let (m, d) = (self.month?, self.day?);
        // Sakamoto's method.
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if m < 3 { self.year - 1 } else { self.year };
        let sunday0 = (y + y / 4 - y / 100 + y / 400 + T[usize::from(m - 1)] + i32::from(d)) % 7;
        u8::try_from((sunday0 + 6) % 7).ok()
    }

    /// The day-precise date `days` days later (or earlier when negative).
    pub fn add_days(&self, days: i32) -> Option<Self> {
        let (mut y, mut m, mut d) = (self.year, self.month?, i32::from(self.day?));
        d += days;
        while d < 1 {
            m = if m == 1 { 12 } else { m - 1 };
            if m == 12 {
                y -= 1;
            }
            d += i32::from(days_in_month(y, m));
        }
        while d > i32::from(days_in_month(y, m)) {
            d -= i32::from(days_in_month(y, m));
            m = if m == 12 { 1 } else { m + 1 };
            if m == 1 {
                y += 1;
            }
        }
        Self::ymd(y, m, u8::try_from(d).ok()?)
    }
}

fn parse_digits(s: &str, len: usize) -> Option<i32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// One input document: its text, where the body starts, and its date when the text gives one.
#[derive(Debug, Clone)]
pub struct Article {
    /// Where the article came from (a path, `-` for stdin); used in messages only.
    pub source: String,
    /// The original text, unchanged: every span refers to it.
    pub text: String,
    /// The article's publication date, from a leading ` date YYYY-MM-DD` line, else from
    /// the source's metadata.
    pub date: Option<PartialDate>,
    /// Byte offset where the body starts (after the date header).
    pub body_start: usize,
    /// Lower-case hex SHA-256 of the text, and of the metadata's canonical form when the
    /// source had metadata.
    pub content_hash: String,
    /// What the source said about the article besides its text.
    pub meta: Metadata,
}

impl Article {
    /// Reads the date header and hashes the text.
    pub fn new(source: impl Into<String>, text: impl Into<String>) -> Self {
        Self::with_metadata(source, text, Metadata::default())
    }

    /// An article with its source's metadata: the metadata's date is the article's date
    /// unless the text has a date header, and the metadata is part of the content hash (an
    /// article without metadata hashes as its text alone).
    pub fn with_metadata(
        source: impl Into<String>,
        text: impl Into<String>,
        meta: Metadata,
    ) -> Self {
        let text = text.into();
        let (header_date, body_start) = date_header(&text);
        let mut hasher = Sha256::new();
        hasher.update(text.as_bytes());
        if !meta.is_empty() {
            hasher.update([0]);
            hasher.update(meta.canonical_form().as_bytes());
        }
        // Lower-case hex, two digits a byte.
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let content_hash = hasher
            .finalize()
            .iter()
            .flat_map(|b| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]])
            .map(char::from)
            .collect();
        Self {
            source: source.into(),
            text,
            date: header_date.or(meta.date),
            body_start,
            content_hash,
            meta,
        }
    }

    /// The article's id: the first 32 hex digits of its content hash, so that the same text
    /// gets the same id on every machine.
    pub fn id(&self) -> &str {
        &self.content_hash[..32]
    }
}

/// The leading ` date YYYY-MM-DD` header: the date and the byte offset after it.
fn date_header(text: &str) -> (Option<PartialDate>, usize) {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let Some(rest) = trimmed.strip_prefix("date ") else {
        return (None, 0);
    };
    let rest_trim = rest.trim_start();
    let token: String = rest_trim
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    match PartialDate::parse_iso(&token) {
        Some(date) => {
            let end = lead + "date ".len() + (rest.len() - rest_trim.len()) + token.len();
            (Some(date), end)
        }
        None => (None, 0),
    }
}

/// Maps byte offsets of a text to Unicode code point offsets, as NIF counts them.
#[derive(Debug)]
pub struct CharIndex {
    /// Byte offsets of every non-ASCII character start, with the code point count before it.
    marks: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Indexes a text in one pass over its bytes, eight at a time while all are ASCII (most
    /// text): a non-ASCII character starts at the next byte with its high bit set, and the
    /// code points before it are the bytes before it less the continuation bytes among them.
    pub fn new(text: &str) -> Self {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let bytes = text.as_bytes();
        let mut marks = Vec::new();
        let mut continuations = 0;
        let mut i = 0;
        loop {
            while let Some(word) = bytes
                .get(i..i + 8)
                .and_then(|w| <[u8; 8]>::try_from(w).ok())
                && u64::from_le_bytes(word) & HIGH == 0
            {
                i += 8;
            }
            let Some(d) = bytes[i..].iter().position(|&b| !b.is_ascii()) else {
                break;
            };
            let at = i + d;
            marks.push((at, at - continuations));
            // The lead byte gives the character's width (the text is UTF-8).
            let width = match bytes[at] {
                0xE0..0xF0 => 3,
                0xF0.. => 4,
                _ => 2,
            };
            continuations += width - 1;
            i = at + width;
        }
        Self { marks }
    }

    /// The code point offset of a byte offset that lies on a character boundary.
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        let i = self.marks.partition_point(|&(b, _)| b < byte);
        match i.checked_sub(1).map(|j| self.marks[j]) {
            // Characters after the last non-ASCII one before `byte` are one byte each.
            Some((b, n)) => {
                let width = text[b..].chars().next().map_or(1, char::len_utf8);
                n + 1 + (byte - b - width)
            }
            None => byte,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_header_is_read_and_skipped() {
        let a = Article::new("t", " date 2025-01-20 In a candid interview");
        assert_eq!(a.date.map(|d| d.iso()), Some("2025-01-20".into()));
        assert_eq!(&a.text[a.body_start..], " In a candid interview");
        let b = Article::new("t", "No header here.");
        assert_eq!((b.date, b.body_start), (None, 0));
    }

    #[test]
    fn char_index_marks_are_the_char_scan() {
        for text in [
            "",
            "plain ascii text, longer than eight bytes",
            "é",
            "Zoë and 김수현 in 눈물의 여왕 — “Queen of Tears” 😀 end",
            "12345678é12345678ü😀😀a",
            "😀",
        ] {
            let by_chars: Vec<(usize, usize)> = text
                .char_indices()
                .enumerate()
                .filter(|(_, (_, c))| !c.is_ascii())
                .map(|(n, (b, _))| (b, n))
                .collect();
            assert_eq!(CharIndex::new(text).marks, by_chars, "{text:?}");
        }
    }

    #[test]
    fn char_offsets_count_code_points() {
        let text = "a“b”c 김d";
        let idx = CharIndex::new(text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(text, b), n, "byte {b}");
        }
        assert_eq!(idx.char_offset(text, text.len()), text.chars().count());
    }

    #[test]
    fn weekdays_and_day_arithmetic() {
        let d = PartialDate::ymd(2024, 3, 9).unwrap();
        assert_eq!(d.weekday(), Some(5)); // Saturday
        assert_eq!(d.add_days(-10).unwrap().iso(), "2024-02-28");
        assert_eq!(d.add_days(300).unwrap().iso(), "2025-01-03");
        assert_eq!(PartialDate::parse_iso("2024-02-30"), None);
    }
}

//! An article record written as JSON by hand, byte for byte as `serde_json::to_writer` writes it.
//!
//! JSON out was about 5% of an extract run, most of it serde_json escaping every key and value
//! a byte at a time; here keys are literals and a value is copied whole up to the first byte
//! that needs escaping. Numbers still go through serde_json, so that they are written alike.

use super::{ArticleInfo, ArticleRecord, EntityRecord, EntityType};
use crate::extract::{Claim, Evidence, Fact, MetricKind, ShowType};

/// Appends the record's compact JSON (no newline) to `out`.
pub fn write_record(out: &mut Vec<u8>, rec: &ArticleRecord) {
    out.extend_from_slice(b"{\"article\":");
    write_info(out, &rec.article);
    out.extend_from_slice(b",\"entities\":[");
    for (i, e) in rec.entities.iter().enumerate() {
        comma(out, i);
        write_entity(out, e);
    }
    out.extend_from_slice(b"],\"facts\":[");
    for (i, f) in rec.facts.iter().enumerate() {
        comma(out, i);
        write_fact(out, f);
    }
    out.extend_from_slice(b"]}");
}

/// A `,` before every element of a list but the first.
fn comma(out: &mut Vec<u8>, i: usize) {
    if i > 0 {
        out.push(b',');
    }
}

/// The article's own fields; the optional ones only when present, as `skip_serializing_if`
/// leaves them.
fn write_info(out: &mut Vec<u8>, a: &ArticleInfo) {
    field(out, b"{\"id\":", &a.id);
    field(out, b",\"source\":", &a.source);
    out.extend_from_slice(b",\"date\":");
    opt_str(out, a.date.as_deref());
    field(out, b",\"content_hash\":", &a.content_hash);
    if let Some(x) = &a.extracted_from {
        field(out, b",\"extracted_from\":", x);
    }
    if let Some(x) = &a.headline {
        field(out, b",\"headline\":", x);
    }
    if !a.authors.is_empty() {
        out.extend_from_slice(b",\"authors\":");
        str_list(out, &a.authors);
    }
    if let Some(x) = &a.publisher {
        field(out, b",\"publisher\":", x);
    }
    if let Some(x) = &a.url {
        field(out, b",\"url\":", x);
    }
    out.push(b'}');
}

fn write_entity(out: &mut Vec<u8>, e: &EntityRecord) {
    let kind: &[u8] = match e.entity_type {
        EntityType::TvSeries => b"{\"type\":\"tv_series\"",
        EntityType::Movie => b"{\"type\":\"movie\"",
        EntityType::Person => b"{\"type\":\"person\"",
        EntityType::Character => b"{\"type\":\"character\"",
        EntityType::Organization => b"{\"type\":\"organization\"",
    };
    out.extend_from_slice(kind);
    field(out, b",\"name\":", &e.name);
    out.extend_from_slice(b",\"alternate_names\":");
    str_list(out, &e.alternate_names);
    if let Some(s) = &e.show {
        field(out, b",\"show\":", s);
    }
    out.push(b'}');
}

/// A fact as `#[serde(flatten)]` writes it: `show`, the claim's `relation` and fields,
/// `confidence`, `evidence`.
fn write_fact(out: &mut Vec<u8>, f: &Fact) {
    field(out, b"{\"show\":", &f.show);
    out.extend_from_slice(b",\"relation\":\"");
    out.extend_from_slice(f.claim.relation().as_bytes());
    out.push(b'"');
    write_claim(out, &f.claim);
    number_field(out, b",\"confidence\":", &f.confidence);
    out.extend_from_slice(b",\"evidence\":");
    write_evidence(out, &f.evidence);
    out.push(b'}');
}

/// The claim's fields after its tag, each with its leading `,`.
fn write_claim(out: &mut Vec<u8>, c: &Claim) {
    match c {
        Claim::Cast { actor, character } => {
            field(out, b",\"actor\":", actor);
            opt_field(out, b",\"character\":", character.as_deref());
        }
        Claim::Premiere { date } | Claim::Finale { date } => field(out, b",\"date\":", date),
        Claim::Network { org } | Claim::Streaming { org } => field(out, b",\"org\":", org),
        Claim::Episodes { count } => number_field(out, b",\"count\":", count),
        Claim::Genre { genre } => field(out, b",\"genre\":", genre),
        Claim::Writer { person } | Claim::Director { person } => {
            field(out, b",\"person\":", person);
        }
        Claim::Metric {
            kind,
            value,
            period,
            source,
            unit,
        } => {
            let kind: &[u8] = match kind {
                MetricKind::HoursViewed => b",\"kind\":\"hours_viewed\"",
                MetricKind::Views => b",\"kind\":\"views\"",
                MetricKind::Viewers => b",\"kind\":\"viewers\"",
                MetricKind::RatingPct => b",\"kind\":\"rating_pct\"",
                MetricKind::ChartRank => b",\"kind\":\"chart_rank\"",
            };
            out.extend_from_slice(kind);
            number_field(out, b",\"value\":", value);
            opt_field(out, b",\"period\":", period.as_deref());
            opt_field(out, b",\"source\":", source.as_deref());
            opt_field(out, b",\"unit\":", unit.as_deref());
        }
        Claim::Type { show_type } => out.extend_from_slice(match show_type {
            ShowType::TvSeries => b",\"show_type\":\"tv_series\"",
            ShowType::Movie => b",\"show_type\":\"movie\"",
        }),
    }
}

fn write_evidence(out: &mut Vec<u8>, e: &Evidence) {
    field(out, b"{\"rule\":", &e.rule);
    number_field(out, b",\"byte_start\":", &e.byte_start);
    number_field(out, b",\"byte_end\":", &e.byte_end);
    number_field(out, b",\"char_start\":", &e.char_start);
    number_field(out, b",\"char_end\":", &e.char_end);
    field(out, b",\"text\":", &e.text);
    out.push(b'}');
}

/// A key (given with its punctuation) and a string value or `null`.
fn opt_field(out: &mut Vec<u8>, key: &[u8], value: Option<&str>) {
    out.extend_from_slice(key);
    opt_str(out, value);
}

/// A key (given with its punctuation) and a number value.
fn number_field<T: serde::Serialize>(out: &mut Vec<u8>, key: &[u8], value: &T) {
    out.extend_from_slice(key);
    number(out, value);
}

/// A key (given with its punctuation) and a string value.
fn field(out: &mut Vec<u8>, key: &[u8], value: &str) {
    out.extend_from_slice(key);
    string(out, value);
}

/// A string or `null`.
fn opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A list of strings.
fn str_list(out: &mut Vec<u8>, items: &[String]) {
    out.push(b'[');
    for (i, s) in items.iter().enumerate() {
        comma(out, i);
        string(out, s);
    }
    out.push(b']');
}

/// A number, written by serde_json itself (its float and integer forms, `null` for a float
/// that is not finite).
fn number<T: serde::Serialize>(out: &mut Vec<u8>, n: &T) {
    // Writing a number into a `Vec` cannot fail.
    let _ = serde_json::to_writer(&mut *out, n);
}

/// A quoted string, escaped as serde_json escapes: `"` and `\`, the control characters as
/// `\b \t \n \f \r` or `\u00xx`; everything else, non-ASCII included, as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none of them needs an escape (most text).
        if let Some(word) = bytes
            .get(i..i + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            && !may_need_escape(u64::from_le_bytes(word))
        {
            i += 8;
            continue;
        }
        let b = bytes[i];
        if b < 0x20 || b == b'"' || b == b'\\' {
            out.extend_from_slice(&bytes[start..i]);
            escape(out, b);
            start = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Whether any of eight bytes needs an escape: below 0x20, `"` or `\`.
fn may_need_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bit twiddling's `hasless`: a byte below n (n at most 128) sets its high bit in
    // `(w - n·ONES) & !w`; with none, no byte borrows and no high bit is left.
    let below = |w: u64, n: u64| w.wrapping_sub(n * ONES) & !w & HIGH != 0;
    below(w, 0x20)
        || below(w ^ (u64::from(b'"') * ONES), 1)
        || below(w ^ (u64::from(b'\\') * ONES), 1)
}

/// The escape of one byte that needs one.
fn escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        b'\t' => out.extend_from_slice(b"\\t"),
        b'\n' => out.extend_from_slice(b"\\n"),
        0x0c => out.extend_from_slice(b"\\f"),
        b'\r' => out.extend_from_slice(b"\\r"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 15)],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string field with every escape, every claim, every optional field present and
    /// absent: the same bytes as serde_json.
    #[test]
    fn strings_escape_as_serde_json_does() {
        // Every byte that needs an escape at every place of a run of plain text, and runs
        // around the eight-byte steps.
        let mut texts: Vec<String> = vec![
            String::new(),
            "plain".into(),
            "exactly8".into(),
            "ë 눈물 \u{2028} Queen of Tears, 2024".into(),
        ];
        for c in (0u8..0x20).chain([b'"', b'\\', 0x7f, b'!', b'#', b'[', b']']) {
            for at in 0..20 {
                let mut t: String = "abcdefghijklmnopqrs".into();
                t.insert(at, char::from(c));
                texts.push(t);
            }
        }
        for t in texts {
            let mut out = Vec::new();
            string(&mut out, &t);
            assert_eq!(out, serde_json::to_vec(&t).unwrap_or_default(), "{t:?}");
        }
        // Words with and without such a byte, against a byte-by-byte look.
        for b in 0u8..=255 {
            for at in 0..8 {
                let mut word = *b"plaintxt";
                word[at] = b;
                let needs = word.iter().any(|&x| x < 0x20 || x == b'"' || x == b'\\');
                assert_eq!(may_need_escape(u64::from_le_bytes(word)), needs, "{b} {at}");
            }
        }
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let nasty: String = (0u8..0x80).map(char::from).collect::<String>() + "ë 눈물 \u{2028}";
        let s = |x: &str| x.to_string();
        let evidence = Evidence {
            rule: s("cast.stars_as"),
            byte_start: 0,
            byte_end: 18_446_744,
            char_start: 7,
            char_end: 12,
            text: nasty.clone(),
        };
        let claims = [
            Claim::Cast {
                actor: nasty.clone(),
                character: None,
            },
            Claim::Cast {
                actor: s("A"),
                character: Some(nasty.clone()),
            },
            Claim::Premiere { date: s("2024-03") },
            Claim::Finale { date: s("2024") },
            Claim::Network { org: s("tvN") },
            Claim::Streaming { org: s("Netflix") },
            Claim::Episodes { count: 16 },
            Claim::Genre {
                genre: s("rom-com"),
            },
            Claim::Writer {
                person: s("W \"x\""),
            },
            Claim::Director { person: s("D\\") },
            Claim::Metric {
                kind: MetricKind::HoursViewed,
                value: 682_600_000.0,
                period: Some(s("2024-03-11/2024-03-17")),
                source: None,
                unit: Some(s("nationwide")),
            },
            Claim::Metric {
                kind: MetricKind::RatingPct,
                value: 16.2,
                period: None,
                source: Some(s("Nielsen")),
                unit: None,
            },
            Claim::Metric {
                kind: MetricKind::Views,
                value: 1e21,
                period: None,
                source: None,
                unit: None,
            },
            Claim::Metric {
                kind: MetricKind::Viewers,
                value: f64::NAN,
                period: None,
                source: None,
                unit: None,
            },
            Claim::Metric {
                kind: MetricKind::ChartRank,
                value: 1.0,
                period: None,
                source: None,
                unit: None,
            },
            Claim::Type {
                show_type: ShowType::Movie,
            },
            Claim::Type {
                show_type: ShowType::TvSeries,
            },
        ];
        let facts: Vec<Fact> = claims
            .into_iter()
            .map(|claim| Fact {
                show: nasty.clone(),
                claim,
                confidence: 0.85,
                evidence: evidence.clone(),
            })
            .collect();
        let types = [
            EntityType::TvSeries,
            EntityType::Movie,
            EntityType::Person,
            EntityType::Character,
            EntityType::Organization,
        ];
        let entities: Vec<EntityRecord> = types
            .into_iter()
            .map(|entity_type| EntityRecord {
                entity_type,
                name: nasty.clone(),
                alternate_names: vec![s("a"), nasty.clone()],
                show: (entity_type == EntityType::Character).then(|| s("Show")),
            })
            .chain([EntityRecord {
                entity_type: EntityType::Person,
                name: s("P"),
                alternate_names: Vec::new(),
                show: None,
            }])
            .collect();
        let full = ArticleInfo {
            id: s("0123"),
            source: nasty.clone(),
            date: Some(s("2024-03-09")),
            content_hash: s("sha256:ab"),
            extracted_from: Some(s("text/html")),
            headline: Some(nasty.clone()),
            authors: vec![s("X"), nasty.clone()],
            publisher: Some(s("Pub")),
            url: Some(s("https://x/?a=\"b\"")),
        };
        let bare = ArticleInfo {
            date: None,
            extracted_from: None,
            headline: None,
            authors: Vec::new(),
            publisher: None,
            url: None,
            ..full.clone()
        };
        for (article, entities, facts) in [
            (full, entities.clone(), facts.clone()),
            (bare, Vec::new(), Vec::new()),
        ] {
            let rec = ArticleRecord {
                article,
                entities,
                facts,
            };
            let mut ours = Vec::new();
            write_record(&mut ours, &rec);
            let theirs = serde_json::to_vec(&rec).unwrap_or_default();
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs)
            );
        }
    }
}

//! The gazetteer users supply: known entities with external IRIs (Wikidata, IMDb) and aliases, read from TSV or JSON Lines.
//!
//! TSV (`.tsv`, and any name but `.jsonl`/`.ndjson`/`.json`): `name<TAB>type<TAB>iri<TAB>aliases`,
//! with several IRIs or aliases separated by `|`, the aliases column optional, `#` comments,
//! blank lines and a first line starting `name<TAB>type` skipped. JSON Lines: one
//! `{"name", "type", "iri", "aliases"}` object a line, `iri` a string or an array. Types:
//! `show` (also `tv_series`, `movie`, `film`), `person`, `organization` (also `org`).
//! A name or alias that two entries of one type share resolves to neither.

use std::collections::HashMap;
use std::path::Path;

use oxigraph::model::NamedNode;
use serde::{Deserialize, Serialize};

use super::record::Kind;
use crate::rdf::Minter;
use crate::resolve::name_key;

/// A gazetteer that cannot be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// The file cannot be read.
    #[error("cannot read gazetteer {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line is malformed.
    #[error("{path}:{line}: {message}")]
    Line {
        /// The file.
        path: String,
        /// The line number, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// One known entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Its name: the canonical name of the entity it matches.
    pub name: String,
    /// What it is.
    #[serde(with = "kind_name")]
    pub kind: Kind,
    /// External IRIs, written as `schema:sameAs`.
    pub iris: Vec<String>,
    /// Other names that resolve to it.
    pub aliases: Vec<String>,
}

mod kind_name {
    use serde::{Deserialize, Deserializer, Serializer};

    use super::{Kind, parse_kind};

    pub fn serialize<S: Serializer>(k: &Kind, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(super::kind_str(*k))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Kind, D::Error> {
        let s = String::deserialize(d)?;
        parse_kind(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown type {s:?}")))
    }
}

fn kind_str(k: Kind) -> &'static str {
    match k {
        Kind::Show => "show",
        Kind::Person => "person",
        Kind::Character => "character",
        Kind::Organization => "organization",
    }
}

fn parse_kind(s: &str) -> Option<Kind> {
    Some(match s.trim().to_ascii_lowercase().as_str() {
        "show" | "tv_series" | "tvseries" | "series" | "movie" | "film" => Kind::Show,
        "person" => Kind::Person,
        "organization" | "organisation" | "org" => Kind::Organization,
        _ => return None,
    })
}

/// The IRI showkg mints for an entry's name.
pub fn mint(minter: &Minter, kind: Kind, name: &str) -> String {
    let iri = match kind {
        Kind::Show | Kind::Character => minter.show(name),
        Kind::Person => minter.person(name),
        Kind::Organization => minter.org(name),
    };
    iri.as_str().to_string()
}

/// Known entities, indexed by name key per kind.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    index: HashMap<(Kind, String), Option<usize>>,
}

/// A JSON Lines entry as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonEntry {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    iri: Option<serde_json::Value>,
    #[serde(default)]
    aliases: Vec<String>,
}

impl Gazetteer {
    /// The gazetteer of these entries.
    pub fn new(entries: Vec<Entry>) -> Self {
        let mut index: HashMap<(Kind, String), Option<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            for form in std::iter::once(&e.name).chain(&e.aliases) {
                let key = name_key(form);
                if key.is_empty() {
                    continue;
                }
                index
                    .entry((e.kind, key))
                    .and_modify(|hit| {
                        if *hit != Some(i) {
                            *hit = None;
                        }
                    })
                    .or_insert(Some(i));
            }
        }
        Self { entries, index }
    }

    /// Reads a gazetteer file: JSON Lines for `.jsonl`, `.ndjson` and `.json`, else TSV.
    pub fn read(path: &Path) -> Result<Self, GazetteerError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| GazetteerError::Io {
            path: shown.clone(),
            source,
        })?;
        let json = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "jsonl" | "ndjson" | "json"));
        Self::parse(&text, &shown, json)
    }

    /// Parses gazetteer text; `path` names it in errors.
    pub fn parse(text: &str, path: &str, json: bool) -> Result<Self, GazetteerError> {
        let mut entries = Vec::new();
        let mut names: HashMap<(Kind, String), usize> = HashMap::new();
        for (no, line) in text.lines().enumerate() {
            let no = no + 1;
            let err = |message: String| GazetteerError::Line {
                path: path.to_string(),
                line: no,
                message,
            };
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let entry = if json {
                let j: JsonEntry = serde_json::from_str(trimmed)
                    .map_err(|e| err(format!("malformed gazetteer entry: {e}")))?;
                let iris = match j.iri {
                    None => Vec::new(),
                    Some(serde_json::Value::String(s)) => vec![s],
                    Some(serde_json::Value::Array(a)) => a
                        .into_iter()
                        .map(|v| match v {
                            serde_json::Value::String(s) => Ok(s),
                            other => Err(err(format!("\"iri\" must hold strings, not {other}"))),
                        })
                        .collect::<Result<_, _>>()?,
                    Some(other) => {
                        return Err(err(format!(
                            "\"iri\" must be a string or an array, not {other}"
                        )));
                    }
                };
                (j.name, j.kind, iris, j.aliases)
            } else {
                if no == 1 && trimmed.to_ascii_lowercase().starts_with("name\ttype") {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                if !(3..=4).contains(&cols.len()) {
                    return Err(err(format!(
                        "expected 3 or 4 tab-separated columns (name, type, iri, aliases), found {}",
                        cols.len()
                    )));
                }
                let list = |s: &str| -> Vec<String> {
                    s.split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(String::from)
                        .collect()
                };
                (
                    cols[0].trim().to_string(),
                    cols[1].to_string(),
                    list(cols[2]),
                    cols.get(3).map(|a| list(a)).unwrap_or_default(),
                )
            };
            let (name, kind, iris, aliases) = entry;
            if name.trim().is_empty() {
                return Err(err("empty name".into()));
            }
            let kind = parse_kind(&kind).ok_or_else(|| {
                err(format!(
                    "unknown type {kind:?} (expected show, person or organization)"
                ))
            })?;
            if iris.is_empty() {
                return Err(err(format!("no IRI for {name:?}")));
            }
            for iri in &iris {
                if NamedNode::new(iri.as_str()).is_err() || !iri.contains(':') {
                    return Err(err(format!("invalid IRI {iri:?}")));
                }
            }
            if let Some(first) = names.insert((kind, name_key(&name)), no) {
                return Err(err(format!(
                    "{name:?} is already an entry of this type, on line {first}"
                )));
            }
            entries.push(Entry {
                name: name.trim().to_string(),
                kind,
                iris,
                aliases,
            });
        }
        Ok(Self::new(entries))
    }

    /// The entries, as the store keeps them (JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.entries).unwrap_or_default()
    }

    /// The gazetteer a store kept.
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok().map(Self::new)
    }

    /// The entry a name of this kind resolves to, when exactly one has it.
    pub fn lookup(&self, kind: Kind, name: &str) -> Option<usize> {
        self.index.get(&(kind, name_key(name))).copied().flatten()
    }

    /// An entry by index.
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_and_json_lines_read_alike_and_bad_lines_are_named() {
        let tsv = "name\ttype\tiri\taliases\nQueen of Tears\tshow\thttp://www.wikidata.org/entity/Q1|https://www.imdb.com/title/tt1/\tQOT|Nunmului Yeowang\n# a comment\n\nDisney+\torg\thttp://www.wikidata.org/entity/Q2\tDisney Plus\n";
        let g = Gazetteer::parse(tsv, "g.tsv", false).unwrap();
        let jsonl = r#"{"name":"Queen of Tears","type":"tv_series","iri":["http://www.wikidata.org/entity/Q1","https://www.imdb.com/title/tt1/"],"aliases":["QOT","Nunmului Yeowang"]}
{"name":"Disney+","type":"organization","iri":"http://www.wikidata.org/entity/Q2","aliases":["Disney Plus"]}"#;
        let j = Gazetteer::parse(jsonl, "g.jsonl", true).unwrap();
        assert_eq!(g.entries, j.entries);
        assert_eq!(g.lookup(Kind::Show, "qot"), Some(0));
        assert_eq!(g.lookup(Kind::Person, "QOT"), None);
        assert_eq!(g.lookup(Kind::Organization, "DISNEY PLUS"), Some(1));
        for (text, json, want) in [
            ("A\tshow\n", false, "g:1: expected 3 or 4"),
            (
                "A\tplanet\thttp://x.org/1\n",
                false,
                "g:1: unknown type \"planet\"",
            ),
            ("# c\nA\tshow\tnot an iri\n", false, "g:2: invalid IRI"),
            (
                "A\tshow\thttp://x.org/1\na\tshow\thttp://x.org/2\n",
                false,
                "g:2: \"a\" is already an entry",
            ),
            ("{\"name\":\"A\"}", true, "g:1: malformed gazetteer entry"),
        ] {
            let e = Gazetteer::parse(text, "g", json).unwrap_err().to_string();
            assert!(e.starts_with(want), "{e}");
        }
    }
}

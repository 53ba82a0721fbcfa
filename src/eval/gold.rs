//! Gold facts (`shared/corpus/README.md` format) and the keys both sides are compared by.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use super::{Item, Rel, Value};

/// One article of a gold file: `{"id", "doc_date", "facts": [...]}`.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// The article's id; its text is `<texts>/<id>.txt`.
    pub id: String,
    /// The article's date, used when the text has no ` date` header.
    #[serde(default)]
    pub doc_date: Option<String>,
    /// The facts the text states.
    pub facts: Vec<GoldFact>,
}

/// One gold fact; which fields are set depends on `rel`.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFact {
    /// cast, premiere, finale, network, streaming, episodes, genre, writer, director, metric.
    pub rel: String,
    /// The show.
    pub show: String,
    /// cast: the actor.
    #[serde(default)]
    pub actor: Option<String>,
    /// cast: the character, or null.
    #[serde(default)]
    pub character: Option<String>,
    /// premiere, finale: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[serde(default)]
    pub date: Option<String>,
    /// network, streaming: the organisation.
    #[serde(default)]
    pub org: Option<String>,
    /// writer, director: the person.
    #[serde(default)]
    pub person: Option<String>,
    /// episodes: the count.
    #[serde(default)]
    pub n: Option<f64>,
    /// genre: the genre words.
    #[serde(default)]
    pub genre: Option<String>,
    /// metric: hours_viewed, views, viewers or rating_pct.
    #[serde(default)]
    pub kind: Option<String>,
    /// metric: the plain number.
    #[serde(default)]
    pub value: Option<f64>,
}

/// Reads a gold file, one JSON object a line; errors name the file and line.
pub fn read_gold(path: &Path) -> anyhow::Result<Vec<GoldArticle>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("{}: cannot read gold file: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| anyhow::anyhow!("{}:{}: bad gold record: {e}", path.display(), i + 1))
        })
        .collect()
}

/// The referee's name key: NFKC, case-folded, `+` as `plus`, `&` as `and`, letters and digits only.
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkc().flat_map(char::to_lowercase) {
        match c {
            '+' => out.push_str("plus"),
            '&' => out.push_str("and"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// Spellings of one service the referee counts as one.
const ORG_ALIASES: &[(&str, &str)] = &[
    ("disney", "disneyplus"),
    ("amazonprimevideo", "primevideo"),
    ("amazonprime", "primevideo"),
    ("appletvplus", "appletv"),
    ("hbomax", "max"),
    ("kbs2tv", "kbs2"),
    ("rakutenviki", "viki"),
];

/// Genre spellings the referee counts as one.
const GENRE_ALIASES: &[(&str, &str)] = &[
    ("romcom", "romanticcomedy"),
    ("romcomdrama", "romanticcomedy"),
    ("romanticcomedydrama", "romanticcomedy"),
    ("thrillerdrama", "thriller"),
    ("mysterythriller", "thriller"),
];

fn alias(table: &[(&str, &str)], k: String) -> String {
    table
        .iter()
        .find(|(from, _)| *from == k)
        .map_or(k, |(_, to)| (*to).to_string())
}

/// An organisation's key with the referee's aliases applied.
pub fn org_key(text: &str) -> String {
    alias(ORG_ALIASES, key(text))
}

/// Applies the organisation aliases to a key.
pub fn org_alias(k: String) -> String {
    alias(ORG_ALIASES, k)
}

/// A genre's key with the referee's aliases applied.
pub fn genre_alias(k: String) -> String {
    alias(GENRE_ALIASES, k)
}

fn one(k: String) -> BTreeSet<String> {
    BTreeSet::from([k])
}

/// The gold facts of an article as items (a cast fact with a character is also a role item);
/// a fact missing a field its relation needs is an error naming it.
pub fn gold_items(article: &GoldArticle) -> anyhow::Result<Vec<Item>> {
    let mut out = Vec::new();
    for f in &article.facts {
        let need = |field: &Option<String>, name: &str| {
            field
                .as_deref()
                .map(key)
                .ok_or_else(|| anyhow::anyhow!("{}: a {} fact without {name}", article.id, f.rel))
        };
        let show = one(key(&f.show));
        let item = |rel, value| Item {
            rel,
            show: show.clone(),
            value,
            evidence: None,
        };
        match f.rel.as_str() {
            "cast" => {
                let actor = need(&f.actor, "actor")?;
                out.push(item(Rel::Cast, Value::Names(one(actor.clone()))));
                if let Some(c) = &f.character {
                    out.push(item(Rel::Role, Value::Role(one(actor), one(key(c)))));
                }
            }
            "premiere" | "finale" => {
                let date = f.date.clone().ok_or_else(|| {
                    anyhow::anyhow!("{}: a {} fact without date", article.id, f.rel)
                })?;
                let rel = if f.rel == "premiere" {
                    Rel::Premiere
                } else {
                    Rel::Finale
                };
                out.push(item(rel, Value::Date(date)));
            }
            "network" | "streaming" => {
                let org = need(&f.org, "org")?;
                let rel = if f.rel == "network" {
                    Rel::Network
                } else {
                    Rel::Streaming
                };
                out.push(item(rel, Value::Names(one(org_alias(org)))));
            }
            "writer" | "director" => {
                let person = need(&f.person, "person")?;
                let rel = if f.rel == "writer" {
                    Rel::Writer
                } else {
                    Rel::Director
                };
                out.push(item(rel, Value::Names(one(person))));
            }
            "episodes" => out.push(item(Rel::Episodes, Value::Number(f.n))),
            "genre" => {
                let g = need(&f.genre, "genre")?;
                out.push(item(Rel::Genre, Value::Names(one(genre_alias(g)))));
            }
            "metric" => {
                let kind = f.kind.clone().unwrap_or_default();
                out.push(item(Rel::Metric, Value::Metric(kind, f.value)));
            }
            other => anyhow::bail!("{}: unknown relation {other:?}", article.id),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_blind_to_case_space_and_punctuation() {
        for (a, b) in [
            ("Kim Soo-hyun", "kimsoohyun"),
            ("Disney+", "disneyplus"),
            ("Mr. & Mrs. Smith", "mrandmrssmith"),
            ("ＮＥＴＦＬＩＸ", "netflix"),
        ] {
            assert_eq!(key(a), b);
        }
        assert_eq!(org_key("Amazon Prime Video"), "primevideo");
        assert_eq!(genre_alias(key("rom-com")), "romanticcomedy");
    }
}

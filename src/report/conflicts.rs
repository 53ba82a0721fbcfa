//! Conflicts: single-valued facts of a show that articles state differently (16 vs 12 episodes, two premiere dates, two original networks), each side with the articles behind it.
//!
//! Every claim stays in its article graph with its provenance; this only reads them. Dates
//! at different precisions agree when one extends the other (`2024-03` and `2024-03-09`).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use oxigraph::model::{NamedNode, NamedNodeRef, Term};
use serde::Serialize;

use super::{Names, graph_iri, in_article, shows, sources_of, subject_iri};
use crate::rdf::vocab::{schema, showkg};
use crate::store::{ShowStore, StoreError};

/// The single-valued relations checked, by name.
const RELATIONS: &[(&str, NamedNodeRef<'static>)] = &[
    ("premiere", schema::START_DATE),
    ("release", schema::DATE_PUBLISHED),
    ("finale", schema::END_DATE),
    ("episodes", schema::NUMBER_OF_EPISODES),
    ("network", showkg::ORIGINAL_NETWORK),
];

/// An article behind a claim.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Source {
    /// The article graph.
    pub article: String,
    /// Where it was loaded from.
    pub sources: Vec<String>,
}

/// One value and the articles stating it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    /// The value as the store holds it (a date, a count, an organisation's name).
    pub value: String,
    /// The organisation's IRI, for a network.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iri: Option<String>,
    /// How many articles state it.
    pub support: usize,
    /// The articles, sorted.
    pub articles: Vec<Source>,
}

/// A show whose articles disagree on a single-valued fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The show's name.
    pub show: String,
    /// The show's IRI.
    pub iri: String,
    /// The relation (`premiere`, `release`, `finale`, `episodes`, `network`).
    pub relation: &'static str,
    /// The values, best supported first.
    pub sides: Vec<Side>,
    /// The value more articles support than any other, if one does.
    pub majority: Option<String>,
}

/// A show's values of one relation (the value, and the organisation's IRI for a network)
/// with the articles stating each.
type Claims = BTreeMap<(String, Option<String>), BTreeSet<NamedNode>>;

/// Whether two values of a relation can both be true.
fn agree(a: &str, b: &str, dates: bool) -> bool {
    a == b || (dates && (a.starts_with(b) || b.starts_with(a)))
}

/// Every conflict in the store, sorted by show name, then relation.
pub fn conflicts(store: &ShowStore) -> Result<Vec<Conflict>, StoreError> {
    let shows = shows(store)?;
    let mut names = Names::default();
    let mut sources: HashMap<NamedNode, Vec<String>> = HashMap::new();
    let mut out = Vec::new();
    for (relation, predicate) in RELATIONS {
        let mut claims: BTreeMap<String, Claims> = BTreeMap::new();
        for q in store.pattern(None, Some(*predicate), None, None) {
            let q = q?;
            let (Some(s), Some(g)) = (subject_iri(&q), graph_iri(&q)) else {
                continue;
            };
            if !in_article(&q) || !shows.contains(s) {
                continue;
            }
            let value = match &q.object {
                Term::Literal(l) => (l.value().to_string(), None),
                Term::NamedNode(n) => (names.of(store, n)?, Some(n.as_str().to_string())),
                _ => continue,
            };
            claims
                .entry(s.as_str().to_string())
                .or_default()
                .entry(value)
                .or_default()
                .insert(g.clone());
        }
        let dates = predicate.as_str().ends_with("Date") || *relation == "release";
        for (show, values) in claims {
            let keys: Vec<&String> = values.keys().map(|(v, _)| v).collect();
            let disagree = keys
                .iter()
                .enumerate()
                .any(|(i, a)| keys[i + 1..].iter().any(|b| !agree(a, b, dates)));
            if !disagree {
                continue;
            }
            let mut sides = Vec::new();
            for ((value, iri), graphs) in values {
                let mut articles = Vec::new();
                for g in &graphs {
                    if !sources.contains_key(g) {
                        sources.insert(g.clone(), sources_of(store, g)?);
                    }
                    articles.push(Source {
                        article: g.as_str().to_string(),
                        sources: sources.get(g).cloned().unwrap_or_default(),
                    });
                }
                articles.sort_by(|a, b| (&a.sources, &a.article).cmp(&(&b.sources, &b.article)));
                sides.push(Side {
                    value,
                    iri,
                    support: graphs.len(),
                    articles,
                });
            }
            sides.sort_by(|a, b| {
                b.support
                    .cmp(&a.support)
                    .then_with(|| a.value.cmp(&b.value))
            });
            let majority = match sides.as_slice() {
                [first, second, ..] if first.support > second.support => Some(first.value.clone()),
                _ => None,
            };
            let iri = NamedNode::new_unchecked(show);
            out.push(Conflict {
                show: names.of(store, &iri)?,
                iri: iri.into_string(),
                relation,
                sides,
                majority,
            });
        }
    }
    out.sort_by(|a, b| {
        (a.show.as_str(), a.relation, a.iri.as_str()).cmp(&(
            b.show.as_str(),
            b.relation,
            b.iri.as_str(),
        ))
    });
    Ok(out)
}

/// The conflicts as an aligned table: one line per side, the majority side marked `*`.
pub fn table(conflicts: &[Conflict]) -> String {
    let mut rows: Vec<[String; 5]> = vec![[
        "show".into(),
        "relation".into(),
        "value".into(),
        "articles".into(),
        "sources".into(),
    ]];
    for c in conflicts {
        for (i, s) in c.sides.iter().enumerate() {
            let mark = if c.majority.as_deref() == Some(s.value.as_str()) {
                " *"
            } else {
                ""
            };
            let sources: Vec<String> = s
                .articles
                .iter()
                .map(|a| {
                    a.sources
                        .first()
                        .cloned()
                        .unwrap_or_else(|| a.article.clone())
                })
                .collect();
            rows.push([
                if i == 0 {
                    c.show.clone()
                } else {
                    String::new()
                },
                if i == 0 {
                    c.relation.to_string()
                } else {
                    String::new()
                },
                format!("{}{mark}", s.value),
                s.support.to_string(),
                sources.join(", "),
            ]);
        }
    }
    let widths: Vec<usize> = (0..5)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in &rows {
        let line: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell:<w$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    let n = conflicts.len();
    out.push_str(&format!(
        "({n} conflict{}; * marks the value more articles state)\n",
        if n == 1 { "" } else { "s" }
    ));
    out
}

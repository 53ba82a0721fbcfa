//! The credits (who is in, wrote or directed which show) and entity names, read from the union graph for `graph::network`.
//!
//! Both cast patterns of the data model count: `?show schema:actor ?role` with a
//! `schema:PerformanceRole` (its `schema:characterName` is the character) and a bare
//! `?show schema:actor ?person`. Shows are what the referee calls shows (its five types), so
//! an article's `schema:author` is never a writing credit.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use super::{ShowStore, StoreError};
use crate::graph::network::{Credit, CreditKind, Names};

const CREDITS: &str = r#"
SELECT DISTINCT ?show ?person ?kind ?character WHERE {
  VALUES ?type { schema:TVSeries schema:Movie schema:TVSeason schema:CreativeWorkSeries schema:CreativeWork }
  ?show a ?type .
  {
    ?show schema:actor ?role . ?role a schema:PerformanceRole ; schema:actor ?person .
    OPTIONAL { ?role schema:characterName ?character }
    BIND("actor" AS ?kind)
  } UNION {
    ?show schema:actor ?person . ?person a schema:Person .
    BIND("actor" AS ?kind)
  } UNION {
    ?show schema:author ?person . BIND("writer" AS ?kind)
  } UNION {
    ?show schema:director ?person . BIND("director" AS ?kind)
  }
}"#;

const NAMES: &str = r#"
SELECT DISTINCT ?e ?name ?alt WHERE {
  { ?e schema:name ?name } UNION { ?e schema:alternateName ?alt }
}"#;

/// A term as an id (IRIs bare, blank nodes in N-Triples form) or a literal's value.
fn text(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

impl ShowStore {
    /// Every credit in the store, sorted, and the names of the shows and people credited.
    pub fn credits(&self) -> Result<(Vec<Credit>, BTreeMap<String, Names>), StoreError> {
        let mut credits = Vec::new();
        if let QueryResults::Solutions(rows) = self.query(CREDITS)? {
            for row in rows {
                let row = row?;
                let (Some(show), Some(person), Some(kind)) =
                    (row.get("show"), row.get("person"), row.get("kind"))
                else {
                    continue;
                };
                let kind = match text(kind).as_str() {
                    "writer" => CreditKind::Writer,
                    "director" => CreditKind::Director,
                    _ => CreditKind::Actor,
                };
                credits.push(Credit {
                    show: text(show),
                    person: text(person),
                    kind,
                    character: row.get("character").map(text),
                });
            }
        }
        credits.sort();
        let ids: BTreeSet<&str> = credits
            .iter()
            .flat_map(|c| [c.show.as_str(), c.person.as_str()])
            .collect();
        let mut names: BTreeMap<String, Names> = BTreeMap::new();
        if let QueryResults::Solutions(rows) = self.query(NAMES)? {
            for row in rows {
                let row = row?;
                let Some(e) = row.get("e").map(text) else {
                    continue;
                };
                if !ids.contains(e.as_str()) {
                    continue;
                }
                let entry = names.entry(e).or_default();
                if let Some(n) = row.get("name") {
                    entry.names.insert(text(n));
                }
                if let Some(a) = row.get("alt") {
                    entry.alternate.insert(text(a));
                }
            }
        }
        Ok((credits, names))
    }
}

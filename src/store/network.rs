//! The credits (who is in, wrote or directed which show) and entity names, read from the union graph for `graph::network`.
//!
//! Both cast patterns of the data model count: `?show schema:actor ?role` with a
//! `schema:PerformanceRole` (its `schema:characterName` is the character) and a bare
//! `?show schema:actor ?person`. Shows are what the referee calls shows (its five types), so
//! an article's `schema:author` is never a writing credit.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use super::{ShowStore, StoreError};
use crate::graph::network::{Credit, CreditKind, Names};

/// Single-pattern scans: joins over the union graph repeat a triple once per article that
/// states it (an entity's type, say), and a joined query took minutes on 10,000 articles
/// where these scans take seconds; the joining is done here instead.
const SHOWS: &str = "SELECT DISTINCT ?s WHERE { VALUES ?t { schema:TVSeries schema:Movie schema:TVSeason schema:CreativeWorkSeries schema:CreativeWork } ?s a ?t }";
const ACTORS: &str = "SELECT DISTINCT ?s ?o WHERE { ?s schema:actor ?o }";
const CHARACTERS: &str = "SELECT DISTINCT ?s ?o WHERE { ?s schema:characterName ?o }";
const WRITERS: &str = "SELECT DISTINCT ?s ?o WHERE { ?s schema:author ?o }";
const DIRECTORS: &str = "SELECT DISTINCT ?s ?o WHERE { ?s schema:director ?o }";

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
    /// The (?s, ?o) rows of a query, as ids and literal values.
    fn pairs(&self, query: &str) -> Result<Vec<(String, String)>, StoreError> {
        let mut out = Vec::new();
        if let QueryResults::Solutions(rows) = self.query(query)? {
            for row in rows {
                let row = row?;
                if let Some(s) = row.get("s") {
                    out.push((text(s), row.get("o").map(text).unwrap_or_default()));
                }
            }
        }
        Ok(out)
    }

    /// Every credit in the store, sorted, and the names of the shows and people credited.
    pub fn credits(&self) -> Result<(Vec<Credit>, BTreeMap<String, Names>), StoreError> {
        let shows: HashSet<String> = self.pairs(SHOWS)?.into_iter().map(|(s, _)| s).collect();
        let actors = self.pairs(ACTORS)?;
        // `schema:actor` from anything but a show is a PerformanceRole's actor.
        let mut roles: HashMap<&str, Vec<&str>> = HashMap::new();
        for (s, o) in actors.iter().filter(|(s, _)| !shows.contains(s)) {
            roles.entry(s).or_default().push(o);
        }
        let mut characters: HashMap<String, Vec<String>> = HashMap::new();
        for (role, name) in self.pairs(CHARACTERS)? {
            characters.entry(role).or_default().push(name);
        }
        let mut credits = Vec::new();
        let credit = |show: &str, person: &str, kind, character: Option<&String>| Credit {
            show: show.to_string(),
            person: person.to_string(),
            kind,
            character: character.cloned(),
        };
        for (show, o) in actors.iter().filter(|(s, _)| shows.contains(s)) {
            let Some(people) = roles.get(o.as_str()) else {
                credits.push(credit(show, o, CreditKind::Actor, None));
                continue;
            };
            let named = characters.get(o).map(Vec::as_slice).unwrap_or_default();
            for person in people {
                if named.is_empty() {
                    credits.push(credit(show, person, CreditKind::Actor, None));
                }
                for c in named {
                    credits.push(credit(show, person, CreditKind::Actor, Some(c)));
                }
            }
        }
        for (query, kind) in [
            (WRITERS, CreditKind::Writer),
            (DIRECTORS, CreditKind::Director),
        ] {
            for (show, person) in self.pairs(query)? {
                if shows.contains(&show) {
                    credits.push(credit(&show, &person, kind, None));
                }
            }
        }
        credits.sort();
        credits.dedup();
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

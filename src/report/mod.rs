//! Reports over a store: conflicting claims between articles, and statistics of the graph.
//!
//! Both read quads by pattern (Oxigraph's indexes), never the whole store at once: each scan
//! touches only the quads of the predicates it counts, so they stay fast at 100k articles.

pub mod conflicts;
pub mod stats;

use std::collections::{BTreeSet, HashMap, HashSet};

use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::rdf::vocab::{RDF_TYPE, schema, showkg};
use crate::store::{ShowStore, StoreError};

/// Whether a quad lies in an article graph (not the catalogue or the consolidation record).
fn in_article(q: &Quad) -> bool {
    match &q.graph_name {
        GraphName::NamedNode(g) => {
            g.as_ref() != showkg::CATALOGUE && g.as_ref() != showkg::CONSOLIDATION
        }
        _ => false,
    }
}

fn subject_iri(q: &Quad) -> Option<&NamedNode> {
    match &q.subject {
        NamedOrBlankNode::NamedNode(n) => Some(n),
        NamedOrBlankNode::BlankNode(_) => None,
    }
}

fn graph_iri(q: &Quad) -> Option<&NamedNode> {
    match &q.graph_name {
        GraphName::NamedNode(n) => Some(n),
        _ => None,
    }
}

/// Every subject typed as one of these classes anywhere in the store.
fn typed(
    store: &ShowStore,
    classes: &[oxigraph::model::NamedNodeRef<'_>],
) -> Result<HashSet<NamedNode>, StoreError> {
    let mut out = HashSet::new();
    for c in classes {
        for q in store.pattern(None, Some(RDF_TYPE), Some((*c).into()), None) {
            if let Some(s) = subject_iri(&q?) {
                out.insert(s.clone());
            }
        }
    }
    Ok(out)
}

/// The shows of the store (series and films).
fn shows(store: &ShowStore) -> Result<HashSet<NamedNode>, StoreError> {
    typed(store, &[schema::TV_SERIES, schema::MOVIE])
}

/// Entity names, each read once: an organisation named in every article has as many
/// `schema:name` quads.
#[derive(Debug, Default)]
struct Names(HashMap<NamedNode, String>);

impl Names {
    /// An entity's name: its `schema:name` (the first in code-point order should there be
    /// several), else its IRI.
    fn of(&mut self, store: &ShowStore, iri: &NamedNode) -> Result<String, StoreError> {
        if let Some(n) = self.0.get(iri) {
            return Ok(n.clone());
        }
        let mut names = BTreeSet::new();
        for q in store.pattern(Some(iri.as_ref().into()), Some(schema::NAME), None, None) {
            if let Term::Literal(l) = q?.object {
                names.insert(l.value().to_string());
            }
        }
        let name = names
            .into_iter()
            .next()
            .unwrap_or_else(|| iri.as_str().to_string());
        self.0.insert(iri.clone(), name.clone());
        Ok(name)
    }
}

/// The sources the catalogue records for an article graph, sorted.
fn sources_of(store: &ShowStore, article: &NamedNode) -> Result<Vec<String>, StoreError> {
    let mut out = Vec::new();
    for q in store.pattern(
        Some(article.as_ref().into()),
        Some(showkg::SOURCE),
        None,
        Some(GraphNameRef::NamedNode(showkg::CATALOGUE)),
    ) {
        if let Term::Literal(l) = q?.object {
            out.push(l.value().to_string());
        }
    }
    out.sort();
    Ok(out)
}

/// The article graphs of the store (those the catalogue records settings for), sorted.
fn articles(store: &ShowStore) -> Result<Vec<NamedNode>, StoreError> {
    let mut out = BTreeSet::new();
    for q in store.pattern(
        None,
        Some(showkg::EXTRACTED_WITH),
        None,
        Some(GraphNameRef::NamedNode(showkg::CATALOGUE)),
    ) {
        if let Some(a) = subject_iri(&q?) {
            out.insert(a.clone());
        }
    }
    Ok(out.into_iter().collect())
}

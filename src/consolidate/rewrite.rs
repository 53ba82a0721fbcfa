//! An article graph under a plan: entity IRIs replaced by canonical ones, names other than the canonical one demoted to `schema:alternateName`.

use std::collections::HashMap;

use oxigraph::model::{Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use super::plan::Canon;
use crate::rdf::{self, vocab::schema};

/// What consolidation does to one article's graph: for each entity IRI it names, with the
/// `schema:name` it gives it, where the IRI goes.
#[derive(Debug, Default)]
pub struct Table<'a> {
    entries: HashMap<&'a str, &'a Canon>,
    changes: Vec<String>,
}

impl<'a> Table<'a> {
    /// Adds an entity IRI of the article and the name the article gives it.
    pub fn add(&mut self, iri: &'a str, name: &str, canon: &'a Canon) {
        self.entries.insert(iri, canon);
        if canon.iri != iri || canon.name != name {
            self.changes
                .push(format!("{iri}\t{}\t{}\t{name}", canon.iri, canon.name));
        }
    }

    /// A digest of every change the table makes, `None` when it changes nothing: the
    /// catalogue keeps it per article, so a later consolidation rewrites exactly the graphs
    /// whose table changed.
    pub fn digest(&mut self) -> Option<String> {
        if self.changes.is_empty() {
            return None;
        }
        self.changes.sort();
        self.changes.dedup();
        let mut h = Sha256::new();
        for c in &self.changes {
            h.update(c.as_bytes());
            h.update(b"\n");
        }
        Some(format!("sha256:{:x}", h.finalize()))
    }

    fn map<'t>(&self, t: &'t NamedNode) -> Option<&'a Canon> {
        self.entries.get(t.as_str()).copied()
    }

    /// The article's graph as extracted, rewritten (sorted).
    pub fn rewrite(&self, quads: Vec<Quad>) -> Vec<Quad> {
        let out = quads.into_iter().map(|q| {
            let canon = match &q.subject {
                NamedOrBlankNode::NamedNode(n) => self.map(n),
                NamedOrBlankNode::BlankNode(_) => None,
            };
            let subject: NamedOrBlankNode = match canon {
                Some(c) => NamedNode::new_unchecked(c.iri.clone()).into(),
                None => q.subject.clone(),
            };
            let object: Term = match &q.object {
                Term::NamedNode(n) => match self.map(n) {
                    Some(c) => NamedNode::new_unchecked(c.iri.clone()).into(),
                    None => q.object.clone(),
                },
                other => other.clone(),
            };
            let mut predicate = q.predicate.clone();
            if let (Some(c), Term::Literal(l)) = (canon, &q.object)
                && predicate.as_ref() == schema::NAME
            {
                let as_is =
                    matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == c.iri);
                if !(as_is && l.value() == c.name) {
                    predicate = schema::ALTERNATE_NAME.into_owned();
                }
            }
            Quad::new(subject, predicate, object, q.graph_name)
        });
        let out: Vec<Quad> = out.collect();
        // A demoted name the canonical name already covers needs no alternate.
        let names: Vec<(NamedOrBlankNode, Literal)> = out
            .iter()
            .filter(|q| q.predicate.as_ref() == schema::NAME)
            .filter_map(|q| match &q.object {
                Term::Literal(l) => Some((q.subject.clone(), l.clone())),
                _ => None,
            })
            .collect();
        rdf::sorted(out.into_iter().filter(|q| {
            !(q.predicate.as_ref() == schema::ALTERNATE_NAME
                && matches!(&q.object, Term::Literal(l) if names.iter().any(|(s, n)| *s == q.subject && n == l)))
        }))
    }
}

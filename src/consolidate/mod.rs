//! Consolidation: one IRI per entity across articles, recomputed from the extraction records the store keeps, whatever order articles came in.
//!
//! Extraction stays a pure function of one article: its graph mints IRIs from the names the
//! article used. What needs several articles to decide (an acronym in one, the full title in
//! another; a typo; `Disney Plus` and `Disney+`) is settled here, over the whole store:
//!
//! 1. Read every article's extraction record (`showkg:extraction` in the catalogue, written
//!    by `load`) into a [`plan::Table`] of entity IRIs, their names and articles.
//! 2. [`plan::plan`] decides the canonical IRI and name of each, a pure function of the set
//!    of records and the gazetteer.
//! 3. Each article whose [`rewrite::Table`] digest differs from the one the catalogue notes
//!    (`showkg:consolidatedWith`) gets its graph regenerated from its record and rewritten,
//!    graph and note in one transaction.
//! 4. The `showkg:consolidation` graph is replaced by the record of what merged and why,
//!    the gazetteer's `schema:sameAs` links and the canonical names no article states.
//!
//! So the store after any sequence of loads equals the store one load of the same articles
//! gives, and an interrupted consolidation is finished by the next one. The consolidation
//! graph ends with a digest of the article graphs, their settings and the gazetteer it was
//! computed from, so a load that wrote nothing skips the pass when it still holds.

pub mod gazetteer;
pub mod plan;
pub mod record;
pub mod rewrite;

use std::collections::{BTreeSet, HashMap};

use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::rdf::Minter;
use crate::rdf::vocab::{RDF_JSON, RDF_TYPE, prov, schema, showkg};
use crate::store::{ShowStore, StoreError};
pub use gazetteer::{Gazetteer, GazetteerError};
pub use record::StoredArticle;

const CATALOGUE: GraphNameRef<'static> = GraphNameRef::NamedNode(showkg::CATALOGUE);

/// What a consolidation did, for the summary line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Article graphs with an extraction record.
    pub articles: usize,
    /// Article graphs without one (loaded by an older showkg): left as they are.
    pub without_record: usize,
    /// Distinct entity IRIs the articles mint.
    pub iris: usize,
    /// IRIs merged into another.
    pub merged: usize,
    /// Entities linked to the gazetteer.
    pub linked: usize,
    /// Article graphs rewritten this time.
    pub rewritten: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "consolidated {} articles: {} entity IRIs, {} merged into others, {} linked to the gazetteer; {} article graphs rewritten",
            self.articles, self.iris, self.merged, self.linked, self.rewritten
        )?;
        if self.without_record > 0 {
            write!(
                f,
                " ({} articles have no extraction record: load them again with --force)",
                self.without_record
            )?;
        }
        Ok(())
    }
}

/// Which gazetteer to consolidate with.
#[derive(Debug, Clone)]
pub enum GazetteerChoice {
    /// The one the store kept from an earlier run, if any.
    Kept,
    /// This one, kept for later runs (an empty one removes it).
    Use(Gazetteer),
}

fn literal_of(t: &Term) -> Option<&str> {
    match t {
        Term::Literal(l) => Some(l.value()),
        _ => None,
    }
}

fn named(s: &NamedOrBlankNode) -> Option<&NamedNode> {
    match s {
        NamedOrBlankNode::NamedNode(n) => Some(n),
        NamedOrBlankNode::BlankNode(_) => None,
    }
}

/// The gazetteer to use, storing a new one in the catalogue.
fn gazetteer(store: &ShowStore, choice: GazetteerChoice) -> Result<Gazetteer, StoreError> {
    let kept: Vec<Quad> = store
        .pattern(
            Some(showkg::CONSOLIDATION.into()),
            Some(showkg::GAZETTEER),
            None,
            Some(CATALOGUE),
        )
        .collect::<Result<_, _>>()?;
    match choice {
        GazetteerChoice::Kept => Ok(kept
            .first()
            .and_then(|q| literal_of(&q.object))
            .and_then(Gazetteer::from_json)
            .unwrap_or_default()),
        GazetteerChoice::Use(g) => {
            let insert = if g.is_empty() {
                Vec::new()
            } else {
                vec![Quad::new(
                    showkg::CONSOLIDATION.into_owned(),
                    showkg::GAZETTEER,
                    Literal::new_typed_literal(g.to_json(), RDF_JSON),
                    CATALOGUE.into_owned(),
                )]
            };
            store.apply(&[], &kept, &insert)?;
            Ok(g)
        }
    }
}

/// A digest of what consolidation depends on: the article graphs with the settings they
/// were extracted with (a record is a function of both), and the gazetteer kept.
fn state(store: &ShowStore) -> Result<String, StoreError> {
    let mut lines = Vec::new();
    for p in [showkg::EXTRACTED_WITH, showkg::GAZETTEER] {
        for q in store.pattern(None, Some(p), None, Some(CATALOGUE)) {
            let q = q?;
            lines.push(format!("{} {} {}", q.subject, q.predicate, q.object));
        }
    }
    lines.sort_unstable();
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    for l in &lines {
        h.update(l.as_bytes());
        h.update(b"\n");
    }
    Ok(format!("sha256:{:x}", h.finalize()))
}

/// Whether the last consolidation finished and nothing it depends on changed since, so
/// that a load that wrote nothing can skip it.
pub fn is_current(store: &ShowStore) -> Result<bool, StoreError> {
    let graph = GraphNameRef::NamedNode(showkg::CONSOLIDATION);
    let Some(noted) = store
        .pattern(
            Some(showkg::CONSOLIDATION.into()),
            Some(showkg::CONSOLIDATED_WITH),
            None,
            Some(graph),
        )
        .next()
        .transpose()?
    else {
        return Ok(false);
    };
    Ok(literal_of(&noted.object) == Some(state(store)?.as_str()))
}

/// Consolidates the store; `progress(done, total)` is called as article graphs are checked.
pub fn run(
    store: &ShowStore,
    minter: &Minter,
    choice: GazetteerChoice,
    mut progress: impl FnMut(u64, u64),
) -> Result<Summary, StoreError> {
    let gazetteer = gazetteer(store, choice)?;
    let state = state(store)?;
    let mut summary = Summary::default();
    // 1. The records: the table, and per article the IRIs it names with their names.
    let mut table = plan::Table::new();
    // Per article only numbers of the IRIs and names it mentions: the strings recur across
    // articles and are kept once, so what grows per article is eight bytes a mention.
    let mut strings = Interner::default();
    let mut articles: Vec<(NamedNode, Vec<(u32, u32)>)> = Vec::new();
    for q in store.pattern(None, Some(showkg::EXTRACTION), None, Some(CATALOGUE)) {
        let q = q?;
        let (Some(article), Some(json)) = (named(&q.subject), literal_of(&q.object)) else {
            continue;
        };
        // An unreadable record counts as none (below).
        let Ok(rec) = serde_json::from_str::<StoredArticle>(json) else {
            continue;
        };
        let mentions = rec.mentions(minter);
        table.add(articles.len() as u32, &mentions, &rec.credits(minter));
        let names = mentions
            .into_iter()
            .map(|m| (strings.id(m.iri), strings.id(m.name)))
            .collect();
        articles.push((article.clone(), names));
    }
    summary.articles = articles.len();
    let recorded: BTreeSet<&NamedNode> = articles.iter().map(|(a, _)| a).collect();
    for q in store.pattern(None, Some(showkg::EXTRACTED_WITH), None, Some(CATALOGUE)) {
        if named(&q?.subject).is_some_and(|a| !recorded.contains(a)) {
            summary.without_record += 1;
        }
    }
    let mut noted: HashMap<NamedNode, Quad> = HashMap::new();
    for q in store.pattern(None, Some(showkg::CONSOLIDATED_WITH), None, Some(CATALOGUE)) {
        let q = q?;
        if let Some(a) = named(&q.subject) {
            noted.insert(a.clone(), q.clone());
        }
    }

    // 2. The plan.
    let plan = plan::plan(&table, &gazetteer, minter);
    summary.iris = table.len();
    summary.merged = plan.clusters.iter().map(|c| c.merged.len()).sum();
    summary.linked = plan
        .clusters
        .iter()
        .filter(|c| !c.same_as.is_empty())
        .count();

    // 3. Rewrite the article graphs whose table changed.
    let total = articles.len() as u64;
    for (done, (article, names)) in articles.iter().enumerate() {
        let mut t = rewrite::Table::default();
        for &(iri, name) in names {
            let (iri, name) = (strings.get(iri), strings.get(name));
            if let Some(c) = plan.canon.get(iri) {
                t.add(iri, name, c);
            }
        }
        let digest = t.digest();
        let old = noted.get(article);
        if old.and_then(|q| literal_of(&q.object)) != digest.as_deref() {
            let Some(rec) = record_of(store, article)? else {
                continue;
            };
            let quads = t.rewrite(rec.quads(minter));
            let mut insert = quads;
            if let Some(d) = &digest {
                insert.push(Quad::new(
                    article.clone(),
                    showkg::CONSOLIDATED_WITH,
                    Literal::new_simple_literal(d),
                    CATALOGUE.into_owned(),
                ));
            }
            let remove: Vec<Quad> = old.into_iter().cloned().collect();
            store.apply(std::slice::from_ref(article), &remove, &insert)?;
            summary.rewritten += 1;
        }
        if done % 256 == 0 {
            progress(done as u64, total);
        }
    }
    progress(total, total);

    // 4. The consolidation graph.
    let graph = NamedNode::from(showkg::CONSOLIDATION);
    let mut quads = consolidation_quads(&plan, &articles, minter, &graph);
    // Last, so that only a finished consolidation says what it was computed from.
    quads.push(Quad::new(
        showkg::CONSOLIDATION.into_owned(),
        showkg::CONSOLIDATED_WITH,
        Literal::new_simple_literal(state),
        GraphName::NamedNode(graph.clone()),
    ));
    store.apply(&[graph], &[], &quads)?;
    Ok(summary)
}

/// Strings kept once and referred to by number.
#[derive(Debug, Default)]
struct Interner {
    ids: HashMap<std::rc::Rc<str>, u32>,
    strings: Vec<std::rc::Rc<str>>,
}

impl Interner {
    /// The number of a string, given it the first time.
    fn id(&mut self, s: String) -> u32 {
        if let Some(&id) = self.ids.get(s.as_str()) {
            return id;
        }
        let id = self.strings.len() as u32;
        let s: std::rc::Rc<str> = s.into();
        self.strings.push(s.clone());
        self.ids.insert(s, id);
        id
    }

    /// The string of a number.
    fn get(&self, id: u32) -> &str {
        self.strings.get(id as usize).map_or("", |s| s)
    }
}

/// An article's extraction record, when the catalogue has a readable one.
fn record_of(store: &ShowStore, article: &NamedNode) -> Result<Option<StoredArticle>, StoreError> {
    for q in store.pattern(
        Some(article.as_ref().into()),
        Some(showkg::EXTRACTION),
        None,
        Some(CATALOGUE),
    ) {
        if let Some(rec) = literal_of(&q?.object).and_then(|j| serde_json::from_str(j).ok()) {
            return Ok(Some(rec));
        }
    }
    Ok(None)
}

/// The record of what merged and why: per merged IRI a `showkg:EntityMerge` node with the
/// merged and canonical IRIs, the reasons and the articles whose graphs used the merged IRI;
/// the gazetteer's `schema:sameAs` links and aliases; canonical names no article graph states.
fn consolidation_quads(
    plan: &plan::Plan,
    articles: &[(NamedNode, Vec<(u32, u32)>)],
    minter: &Minter,
    graph: &NamedNode,
) -> Vec<Quad> {
    let g = GraphName::NamedNode(graph.clone());
    let mut out = Vec::new();
    let iri = NamedNode::new_unchecked;
    let base = minter.article("");
    let base = base.as_str().trim_end_matches("article/");
    for c in &plan.clusters {
        let canonical = iri(c.iri.clone());
        if c.needs_name {
            out.push(Quad::new(
                canonical.clone(),
                schema::NAME,
                Literal::new_simple_literal(&c.name),
                g.clone(),
            ));
        }
        for s in &c.same_as {
            if let Ok(s) = NamedNode::new(s.as_str()) {
                out.push(Quad::new(canonical.clone(), schema::SAME_AS, s, g.clone()));
            }
        }
        for a in c.aliases.iter().filter(|a| **a != c.name) {
            out.push(Quad::new(
                canonical.clone(),
                schema::ALTERNATE_NAME,
                Literal::new_simple_literal(a),
                g.clone(),
            ));
        }
        for m in &c.merged {
            let path = m.iri.strip_prefix(base).unwrap_or(&m.iri);
            let node = iri(format!("{base}merge/{path}"));
            out.push(Quad::new(
                node.clone(),
                RDF_TYPE,
                showkg::ENTITY_MERGE,
                g.clone(),
            ));
            out.push(Quad::new(
                node.clone(),
                showkg::MERGED_ENTITY,
                iri(m.iri.clone()),
                g.clone(),
            ));
            out.push(Quad::new(
                node.clone(),
                showkg::CANONICAL_ENTITY,
                canonical.clone(),
                g.clone(),
            ));
            for r in &m.reasons {
                out.push(Quad::new(
                    node.clone(),
                    showkg::MERGE_REASON,
                    Literal::new_simple_literal(*r),
                    g.clone(),
                ));
            }
            for &a in &m.articles {
                if let Some((article, _)) = articles.get(a as usize) {
                    out.push(Quad::new(
                        node.clone(),
                        prov::WAS_DERIVED_FROM,
                        article.clone(),
                        g.clone(),
                    ));
                }
            }
        }
    }
    crate::rdf::sorted(out)
}

//! The knowledge graph (petgraph): entities and literal values as nodes, facts as edges carrying their evidence.
//!
//! Articles are nodes too; an article's `mentions` edges hold the entity as that article saw
//! it (its own name forms), so the RDF of one article stays a function of that article alone,
//! while the entity node merges what every article said.

pub mod analytics;
pub mod draw;
pub mod export;
pub mod network;

use rustc_hash::FxHashMap;

use petgraph::stable_graph::{NodeIndex, StableDiGraph};

use crate::extract::{Claim, Fact};
use crate::resolve::{Entity, EntityKind, Resolved, name_key};
use crate::text::{Article, Metadata};

/// What an article node knows of its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMeta {
    /// The article id (content-hash prefix).
    pub id: String,
    /// Where it was read from.
    pub source: String,
    /// Its date, ISO, when known.
    pub date: Option<String>,
    /// Lower-case hex SHA-256 of its text (and metadata).
    pub content_hash: String,
    /// What the source said about it: headline, authors, publisher, URLs.
    pub metadata: Metadata,
}

/// A node of the knowledge graph.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// One input article.
    Article(ArticleMeta),
    /// A show, person, character or organisation, with every name form any article used.
    Entity(Entity),
    /// A literal value a fact points to (a date, a count, a genre, a figure).
    Value(String),
}

/// An edge of the knowledge graph.
#[derive(Debug, Clone, PartialEq)]
pub enum Edge {
    /// The article mentions the entity, in the form it used.
    Mentions(Entity),
    /// A fact from an article: show to object.
    Fact {
        /// The article node it came from.
        article: NodeIndex,
        /// The fact with its evidence.
        fact: Fact,
    },
}

/// The knowledge graph of one or more articles.
#[derive(Debug, Default)]
pub struct KnowledgeGraph {
    /// The petgraph graph.
    pub graph: StableDiGraph<Node, Edge>,
    /// Looked up, never iterated: the hasher does not reach the output.
    entities: FxHashMap<(EntityKind, String), NodeIndex>,
    values: FxHashMap<String, NodeIndex>,
    articles: Vec<NodeIndex>,
}

impl KnowledgeGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an article's resolved facts; returns the article's node.
    pub fn add_article(&mut self, article: &Article, resolved: Resolved) -> NodeIndex {
        let meta = ArticleMeta {
            id: article.id().to_string(),
            source: article.source.clone(),
            date: article.date.map(|d| d.iso()),
            content_hash: article.content_hash.clone(),
            metadata: article.meta.clone(),
        };
        self.add_meta(meta, resolved)
    }

    /// Adds an article known by its metadata (no text: a stored extraction record) with its
    /// resolved facts; returns the article's node.
    pub fn add_meta(&mut self, meta: ArticleMeta, resolved: Resolved) -> NodeIndex {
        let a = self.graph.add_node(Node::Article(meta));
        self.articles.push(a);
        for e in resolved.entities {
            let n = self.entity_node(&e);
            self.graph.add_edge(a, n, Edge::Mentions(e));
        }
        // The show's node depends on the show's name alone (the loop adds no mentions and no
        // entities), and facts come in runs of one show: it is looked up, a scan of every
        // mention and a key made, once per run instead of once per fact.
        let mut last: Option<(String, Option<NodeIndex>)> = None;
        for fact in resolved.facts {
            if last.as_ref().is_none_or(|(name, _)| *name != fact.show) {
                let show_kind = self.graph.edges(a).find_map(|edge| match edge.weight() {
                    Edge::Mentions(e)
                        if e.name == fact.show && matches!(e.kind, EntityKind::Show(_)) =>
                    {
                        Some(e.kind.clone())
                    }
                    _ => None,
                });
                let node =
                    show_kind.and_then(|k| self.entities.get(&(k, name_key(&fact.show))).copied());
                last = Some((fact.show.clone(), node));
            }
            let Some(show) = last.as_ref().and_then(|(_, n)| *n) else {
                continue;
            };
            let target = match &fact.claim {
                Claim::Cast { actor, .. }
                | Claim::Writer { person: actor }
                | Claim::Director { person: actor } => self
                    .entities
                    .get(&(EntityKind::Person, name_key(actor)))
                    .copied(),
                Claim::Network { org } | Claim::Streaming { org } => self
                    .entities
                    .get(&(EntityKind::Organization, name_key(org)))
                    .copied(),
                Claim::Premiere { date } | Claim::Finale { date } => Some(self.value_node(date)),
                Claim::Episodes { count } => Some(self.value_node(&count.to_string())),
                Claim::Genre { genre } => Some(self.value_node(genre)),
                Claim::Metric { value, .. } => Some(self.value_node(&value.to_string())),
                Claim::Type { .. } => None,
            };
            if let Some(t) = target {
                self.graph
                    .add_edge(show, t, Edge::Fact { article: a, fact });
            }
        }
        a
    }

    fn entity_node(&mut self, e: &Entity) -> NodeIndex {
        let key = (e.kind.clone(), name_key(&e.name));
        if let Some(&n) = self.entities.get(&key) {
            if let Some(Node::Entity(existing)) = self.graph.node_weight_mut(n) {
                existing
                    .alternate_names
                    .extend(e.alternate_names.iter().cloned());
                if existing.name != e.name {
                    existing.alternate_names.insert(e.name.clone());
                }
            }
            return n;
        }
        let n = self.graph.add_node(Node::Entity(e.clone()));
        self.entities.insert(key, n);
        n
    }

    fn value_node(&mut self, v: &str) -> NodeIndex {
        if let Some(&n) = self.values.get(v) {
            return n;
        }
        let n = self.graph.add_node(Node::Value(v.to_string()));
        self.values.insert(v.to_string(), n);
        n
    }

    /// The article nodes, in the order they were added.
    pub fn articles(&self) -> impl Iterator<Item = (NodeIndex, &ArticleMeta)> {
        self.articles
            .iter()
            .filter_map(|&a| match self.graph.node_weight(a) {
                Some(Node::Article(m)) => Some((a, m)),
                _ => None,
            })
    }

    /// The entities an article mentions, as it named them.
    pub fn mentions(&self, article: NodeIndex) -> Vec<&Entity> {
        let mut out: Vec<&Entity> = self
            .graph
            .edges(article)
            .filter_map(|e| match e.weight() {
                Edge::Mentions(ent) => Some(ent),
                Edge::Fact { .. } => None,
            })
            .collect();
        out.sort();
        out
    }

    /// The facts an article contributed, in text order.
    pub fn facts(&self, article: NodeIndex) -> Vec<&Fact> {
        let mut out: Vec<&Fact> = self
            .graph
            .edge_indices()
            .filter_map(|e| match self.graph.edge_weight(e) {
                Some(Edge::Fact { article: a, fact }) if *a == article => Some(fact),
                _ => None,
            })
            .collect();
        out.sort_by_key(|f| (f.evidence.byte_start, f.evidence.byte_end));
        out
    }
}

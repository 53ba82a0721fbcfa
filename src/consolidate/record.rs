//! The extraction record a load keeps per article (`showkg:extraction` in the catalogue): the source of truth consolidation recomputes article graphs from.
//!
//! It holds what the article's RDF is a function of (its metadata, entities and facts), so
//! `quads` gives back exactly the graph `extract --format nquads` prints for the article. It
//! leaves out the source path: two sources with the same content share one article graph,
//! so the record must not depend on which was loaded first.

use std::collections::BTreeSet;

use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use serde::{Deserialize, Serialize};

use crate::extract::{Claim, Fact, ShowType};
use crate::graph::{ArticleMeta, KnowledgeGraph};
use crate::rdf::vocab::{RDF_JSON, showkg};
use crate::rdf::{self, Minter};
use crate::resolve::{Entity, EntityKind, EntityRecord, EntityType, Resolved, record};
use crate::text::{Article, Metadata, Origin};

/// One article's extraction, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredArticle {
    /// The article id (content-hash prefix).
    pub id: String,
    /// The article's date, ISO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Hex SHA-256 of the text (and metadata).
    pub content_hash: String,
    /// The media type the text was extracted from, unless plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted_from: Option<String>,
    /// The headline the source states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// The authors the source names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// The publisher the source names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The URL the source states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The canonical URL the source states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// The entities, as in the JSON record.
    pub entities: Vec<EntityRecord>,
    /// The facts, as in the JSON record.
    pub facts: Vec<Fact>,
}

/// The kind of an entity for consolidation: what may merge with what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A show (TV series or film: one IRI space).
    Show,
    /// A real person.
    Person,
    /// A fictional character (of one show).
    Character,
    /// An organisation.
    Organization,
}

/// One entity IRI an article's graph uses, with the names the graph gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The IRI the article minted.
    pub iri: String,
    /// Its kind.
    pub kind: Kind,
    /// For a character, the IRI of its show.
    pub show: Option<String>,
    /// The `schema:name` the article gives it.
    pub name: String,
    /// The `schema:alternateName`s.
    pub alternates: Vec<String>,
}

impl StoredArticle {
    /// The record of an article and its resolved facts.
    pub fn new(article: &Article, resolved: &Resolved) -> Self {
        let rec = record(article, resolved);
        let m = &article.meta;
        Self {
            id: rec.article.id,
            date: rec.article.date,
            content_hash: article.content_hash.clone(),
            extracted_from: rec.article.extracted_from,
            headline: m.headline.clone(),
            authors: m.authors.clone(),
            publisher: m.publisher.clone(),
            url: m.url.clone(),
            canonical: m.canonical.clone(),
            entities: rec.entities,
            facts: rec.facts,
        }
    }

    /// The record as the JSON literal the catalogue holds.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The catalogue quad that keeps this record for the article graph.
    pub fn catalogue_quad(&self, minter: &Minter) -> Quad {
        Quad::new(
            minter.article(&self.id),
            showkg::EXTRACTION,
            Literal::new_typed_literal(self.to_json(), RDF_JSON),
            GraphName::NamedNode(showkg::CATALOGUE.into_owned()),
        )
    }

    /// The article's graph as extraction writes it (sorted quads).
    pub fn quads(&self, minter: &Minter) -> Vec<Quad> {
        let origin = match self.extracted_from.as_deref() {
            Some("text/html") => Origin::Html,
            Some("text/markdown") => Origin::Markdown,
            _ => Origin::Plain,
        };
        let meta = ArticleMeta {
            id: self.id.clone(),
            source: String::new(),
            date: self.date.clone(),
            content_hash: self.content_hash.clone(),
            metadata: Metadata {
                origin,
                headline: self.headline.clone(),
                authors: self.authors.clone(),
                publisher: self.publisher.clone(),
                url: self.url.clone(),
                canonical: self.canonical.clone(),
                ..Metadata::default()
            },
        };
        let resolved = Resolved {
            facts: self.facts.clone(),
            entities: self.entities.iter().map(entity).collect(),
        };
        let mut kg = KnowledgeGraph::new();
        let node = kg.add_meta(meta, resolved);
        rdf::article_quads(&kg, node, minter)
    }

    /// Every entity IRI the article's graph names, with the names it gives it: the entities
    /// of the facts, the authors and the publisher.
    pub fn mentions(&self, minter: &Minter) -> Vec<Mention> {
        let mut out: Vec<Mention> = self
            .entities
            .iter()
            .map(|e| {
                let (iri, kind, show) = match e.entity_type {
                    EntityType::TvSeries | EntityType::Movie => {
                        (minter.show(&e.name), Kind::Show, None)
                    }
                    EntityType::Person => (minter.person(&e.name), Kind::Person, None),
                    EntityType::Organization => (minter.org(&e.name), Kind::Organization, None),
                    EntityType::Character => {
                        let show = e.show.clone().unwrap_or_default();
                        (
                            minter.character(&show, &e.name),
                            Kind::Character,
                            Some(minter.show(&show).as_str().to_string()),
                        )
                    }
                };
                Mention {
                    iri: iri.as_str().to_string(),
                    kind,
                    show,
                    name: e.name.clone(),
                    alternates: e.alternate_names.clone(),
                }
            })
            .collect();
        let plain = |iri: NamedNode, kind, name: &str| Mention {
            iri: iri.as_str().to_string(),
            kind,
            show: None,
            name: name.to_string(),
            alternates: Vec::new(),
        };
        for a in &self.authors {
            out.push(plain(minter.person(a), Kind::Person, a));
        }
        if let Some(p) = &self.publisher {
            out.push(plain(minter.org(p), Kind::Organization, p));
        }
        out
    }

    /// The (person IRI, show IRI) pairs the facts link: cast, writers, directors.
    pub fn credits(&self, minter: &Minter) -> BTreeSet<(String, String)> {
        self.facts
            .iter()
            .filter_map(|f| match &f.claim {
                Claim::Cast { actor: p, .. }
                | Claim::Writer { person: p }
                | Claim::Director { person: p } => Some((
                    minter.person(p).as_str().to_string(),
                    minter.show(&f.show).as_str().to_string(),
                )),
                _ => None,
            })
            .collect()
    }
}

/// The resolver's entity for a JSON entity record.
fn entity(e: &EntityRecord) -> Entity {
    let kind = match e.entity_type {
        EntityType::TvSeries => EntityKind::Show(ShowType::TvSeries),
        EntityType::Movie => EntityKind::Show(ShowType::Movie),
        EntityType::Person => EntityKind::Person,
        EntityType::Character => EntityKind::Character(e.show.clone().unwrap_or_default()),
        EntityType::Organization => EntityKind::Organization,
    };
    Entity {
        kind,
        name: e.name.clone(),
        alternate_names: e.alternate_names.iter().cloned().collect(),
    }
}

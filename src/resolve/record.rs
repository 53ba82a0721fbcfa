//! The JSON record of one article: what `showkg extract --format json` prints, one per line.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Entity, EntityKind, Resolved};
use crate::extract::{Fact, ShowType};
use crate::text::{Article, Origin};

/// One article's extraction result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "showkg article record",
    description = "What showkg extracted from one article: the article, the entities it names and the facts it states, each with its evidence."
)]
pub struct ArticleRecord {
    /// The article.
    pub article: ArticleInfo,
    /// The entities the facts name, sorted by kind and name.
    pub entities: Vec<EntityRecord>,
    /// The facts, in text order.
    pub facts: Vec<Fact>,
}

/// What is known of the article itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ArticleInfo {
    /// The article id: the first 32 hex digits of the SHA-256 of its text.
    pub id: String,
    /// Where it was read from: a path, `-` for standard input, or `file#id` (`file:line`
    /// without an id) for a JSON Lines record.
    pub source: String,
    /// The article's date (ISO 8601), from its ` date YYYY-MM-DD` header or the source's
    /// metadata.
    pub date: Option<String>,
    /// `sha256:` and the hex SHA-256 of the text (and of the metadata, when there is any).
    pub content_hash: String,
    /// The media type the text was extracted from (`text/html`, `text/markdown`); absent
    /// for plain text. Evidence offsets then count code points of the extracted text, which
    /// `showkg extract --format text` prints, not of the original page.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub extracted_from: Option<String>,
    /// The headline the source states.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub headline: Option<String>,
    /// The authors the source names.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub authors: Vec<String>,
    /// The publisher the source names.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub publisher: Option<String>,
    /// The article's URL: the canonical one when the source has one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// The kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    /// A TV series.
    TvSeries,
    /// A film.
    Movie,
    /// A real person.
    Person,
    /// A fictional character.
    Character,
    /// An organisation.
    Organization,
}

/// An entity with its canonical name and the other forms the article used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EntityRecord {
    /// Its type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The canonical name.
    pub name: String,
    /// Other forms seen.
    pub alternate_names: Vec<String>,
    /// For a character, the show it belongs to.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub show: Option<String>,
}

/// The record of a resolved article.
pub fn record(article: &Article, resolved: &Resolved) -> ArticleRecord {
    ArticleRecord {
        article: info(article),
        entities: resolved.entities.iter().map(entity_record).collect(),
        facts: resolved.facts.clone(),
    }
}

/// [`record`], taking the facts and entity names over instead of copying them, for a caller
/// done with `resolved` (JSON out, where the copies were a few percent of the run).
pub fn into_record(article: &Article, resolved: Resolved) -> ArticleRecord {
    ArticleRecord {
        article: info(article),
        entities: resolved
            .entities
            .into_iter()
            .map(|e| {
                let (entity_type, show) = entity_type(e.kind);
                EntityRecord {
                    entity_type,
                    name: e.name,
                    alternate_names: e.alternate_names.into_iter().collect(),
                    show,
                }
            })
            .collect(),
        facts: resolved.facts,
    }
}

/// The record of one entity.
fn entity_record(e: &Entity) -> EntityRecord {
    let (entity_type, show) = entity_type(e.kind.clone());
    EntityRecord {
        entity_type,
        name: e.name.clone(),
        alternate_names: e.alternate_names.iter().cloned().collect(),
        show,
    }
}

/// An entity kind's type, and the show of a character.
fn entity_type(kind: EntityKind) -> (EntityType, Option<String>) {
    match kind {
        EntityKind::Show(ShowType::Movie) => (EntityType::Movie, None),
        EntityKind::Show(ShowType::TvSeries) => (EntityType::TvSeries, None),
        EntityKind::Person => (EntityType::Person, None),
        EntityKind::Character(s) => (EntityType::Character, Some(s)),
        EntityKind::Organization => (EntityType::Organization, None),
    }
}

/// What the record says of the article itself.
fn info(article: &Article) -> ArticleInfo {
    ArticleInfo {
        id: article.id().to_string(),
        source: article.source.clone(),
        date: article.date.map(|d| d.iso()),
        content_hash: format!("sha256:{}", article.content_hash),
        extracted_from: (article.meta.origin != Origin::Plain)
            .then(|| article.meta.origin.media_type().to_string()),
        headline: article.meta.headline.clone(),
        authors: article.meta.authors.clone(),
        publisher: article.meta.publisher.clone(),
        url: article
            .meta
            .canonical
            .clone()
            .or_else(|| article.meta.url.clone()),
    }
}

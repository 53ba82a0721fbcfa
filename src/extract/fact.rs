//! The facts extraction yields: one claim about a show, its evidence and a confidence.
//!
//! These types are the JSON output (`showkg extract --format json`) and the input of
//! `resolve`; `schemas/facts.schema.json` is generated from them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a show is, as the article calls it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ShowType {
    /// A television or streaming series (drama, K-drama, show).
    TvSeries,
    /// A film.
    Movie,
}

/// The kind of an audience figure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// Hours viewed (viewing hours, hours watched).
    HoursViewed,
    /// Views: hours viewed divided by runtime, as the Netflix Top 10 counts them.
    Views,
    /// Viewers: people who watched.
    Viewers,
    /// A household rating in percent (16.2 for 16.2 %).
    RatingPct,
    /// A position on a named chart (1 for the top spot).
    ChartRank,
}

/// One claim about a show; `relation` names it in JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "relation", rename_all = "snake_case")]
pub enum Claim {
    /// The actor appears in the show, as the character when the text says so.
    Cast {
        /// The actor's name.
        actor: String,
        /// The character's name, when stated.
        character: Option<String>,
    },
    /// First air or release date, ISO 8601 at the text's precision (`2024-03-09`, `2024-03`, `2024`).
    Premiere {
        /// The date.
        #[schemars(regex(pattern = r"^\d{4}(-\d{2}(-\d{2})?)?$"))]
        date: String,
    },
    /// Last air date, as for `premiere`.
    Finale {
        /// The date.
        #[schemars(regex(pattern = r"^\d{4}(-\d{2}(-\d{2})?)?$"))]
        date: String,
    },
    /// The broadcaster the show first airs on.
    Network {
        /// The network's name.
        org: String,
    },
    /// A streaming service that carries the show.
    Streaming {
        /// The service's name.
        org: String,
    },
    /// The number of episodes.
    Episodes {
        /// The count.
        count: u32,
    },
    /// A genre, lower case as stated.
    Genre {
        /// The genre words.
        genre: String,
    },
    /// A screenwriter.
    Writer {
        /// The writer's name.
        person: String,
    },
    /// A director.
    Director {
        /// The director's name.
        person: String,
    },
    /// An audience figure.
    Metric {
        /// What was measured.
        kind: MetricKind,
        /// The plain number (682600000 for 682.6 million; 16.2 for 16.2 %).
        value: f64,
        /// The period measured, an ISO 8601 interval (`2024-03-11/2024-03-17`), when stated.
        period: Option<String>,
        /// Who measured it (Nielsen Korea, the Netflix Top 10), when stated.
        source: Option<String>,
        /// The unit as the text words it, when it qualifies the figure (nationwide, metropolitan).
        unit: Option<String>,
    },
    /// What the article calls the show (a series or a film).
    Type {
        /// The type.
        show_type: ShowType,
    },
}

impl Claim {
    /// The relation's name as JSON and rule ids spell it.
    pub fn relation(&self) -> &'static str {
        match self {
            Self::Cast { .. } => "cast",
            Self::Premiere { .. } => "premiere",
            Self::Finale { .. } => "finale",
            Self::Network { .. } => "network",
            Self::Streaming { .. } => "streaming",
            Self::Episodes { .. } => "episodes",
            Self::Genre { .. } => "genre",
            Self::Writer { .. } => "writer",
            Self::Director { .. } => "director",
            Self::Metric { .. } => "metric",
            Self::Type { .. } => "type",
        }
    }
}

/// Where a fact came from: the rule that fired and the text it matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// Id of the rule that fired, `relation.construction` (e.g. `cast.stars_as`).
    pub rule: String,
    /// Start byte offset in the article text.
    pub byte_start: usize,
    /// End byte offset (exclusive).
    pub byte_end: usize,
    /// Start offset in Unicode code points, as NIF counts.
    pub char_start: usize,
    /// End offset in code points (exclusive).
    pub char_end: usize,
    /// The text matched.
    pub text: String,
}

/// One extracted fact: a claim about a show, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fact {
    /// The show's name (canonical after resolution).
    pub show: String,
    /// The claim.
    #[serde(flatten)]
    pub claim: Claim,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f64,
    /// Where it came from.
    pub evidence: Evidence,
}

//! Statistics of a store: articles, entities per type, facts per relation and per article, and the top shows by each audience figure.

use std::collections::{BTreeMap, HashMap};

use oxigraph::model::{NamedNode, NamedNodeRef, Term};
use serde::Serialize;

use super::{Names, articles, graph_iri, in_article, shows, subject_iri, typed};
use crate::rdf::vocab::{schema, showkg};
use crate::store::{ShowStore, StoreError};

/// The relations counted, by name, and the predicates on a show that state them.
const RELATIONS: &[(&str, &[NamedNodeRef<'static>])] = &[
    ("cast", &[schema::ACTOR]),
    ("premiere", &[schema::START_DATE, schema::DATE_PUBLISHED]),
    ("finale", &[schema::END_DATE]),
    ("network", &[showkg::ORIGINAL_NETWORK]),
    ("streaming", &[showkg::STREAMING_SERVICE]),
    ("episodes", &[schema::NUMBER_OF_EPISODES]),
    ("genre", &[schema::GENRE]),
    ("writer", &[schema::AUTHOR]),
    ("director", &[schema::DIRECTOR]),
];

/// The audience figures ranked, by name.
const FIGURES: &[(&str, NamedNodeRef<'static>)] = &[
    ("hours viewed", showkg::HOURS_VIEWED),
    ("views", showkg::VIEWS),
    ("viewers", showkg::VIEWERS),
    ("household rating", showkg::HOUSEHOLD_RATING),
];

/// Facts per article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerArticle {
    /// The mean.
    pub mean: f64,
    /// The median.
    pub median: f64,
    /// The most.
    pub max: usize,
}

/// A show's best figure of one kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// The show's name.
    pub show: String,
    /// The show's IRI.
    pub iri: String,
    /// Its highest figure in any article.
    pub value: f64,
}

/// The statistics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Article graphs.
    pub articles: usize,
    /// Entities per type (distinct IRIs).
    pub entities: BTreeMap<&'static str, usize>,
    /// Facts per relation (metrics: observations), over all articles.
    pub facts: BTreeMap<&'static str, usize>,
    /// Facts per article.
    pub facts_per_article: PerArticle,
    /// Per audience figure, the shows with the highest, best first.
    pub top: BTreeMap<&'static str, Vec<Ranked>>,
}

/// Gathers the statistics; `progress(quads)` is called as scans go.
pub fn stats(
    store: &ShowStore,
    top: usize,
    mut progress: impl FnMut(u64),
) -> Result<Stats, StoreError> {
    let mut scanned = 0u64;
    let mut tick = |n: &mut u64| {
        *n += 1;
        if n.is_multiple_of(4096) {
            progress(*n);
        }
    };
    let articles = articles(store)?;
    let shows = shows(store)?;
    let characters = typed(store, &[showkg::FICTIONAL_CHARACTER])?;
    let mut entities = BTreeMap::new();
    for (name, class) in [
        ("TVSeries", schema::TV_SERIES),
        ("Movie", schema::MOVIE),
        ("Person", schema::PERSON),
        ("FictionalCharacter", showkg::FICTIONAL_CHARACTER),
        ("Organization", schema::ORGANIZATION),
    ] {
        let mut set = typed(store, &[class])?;
        if class == schema::PERSON {
            set.retain(|p| !characters.contains(p));
        }
        entities.insert(name, set.len());
    }
    let mut per_graph: HashMap<NamedNode, usize> = HashMap::new();
    let mut facts = BTreeMap::new();
    for (relation, predicates) in RELATIONS {
        let mut n = 0;
        for p in *predicates {
            for q in store.pattern(None, Some(*p), None, None) {
                let q = q?;
                tick(&mut scanned);
                if !in_article(&q) || !subject_iri(&q).is_some_and(|s| shows.contains(s)) {
                    continue;
                }
                n += 1;
                if let Some(g) = graph_iri(&q) {
                    *per_graph.entry(g.clone()).or_default() += 1;
                }
            }
        }
        facts.insert(*relation, n);
    }
    // Observations: one fact each; and the best figure per show.
    let mut metrics = 0;
    let mut best: BTreeMap<&'static str, HashMap<NamedNode, f64>> = BTreeMap::new();
    for q in store.pattern(None, Some(schema::MEASURED_PROPERTY), None, None) {
        let q = q?;
        tick(&mut scanned);
        let (Some(obs), Some(g)) = (subject_iri(&q), graph_iri(&q)) else {
            continue;
        };
        if !in_article(&q) {
            continue;
        }
        metrics += 1;
        *per_graph.entry(g.clone()).or_default() += 1;
        let Some((figure, _)) = FIGURES.iter().find(|(_, p)| q.object == Term::from(*p)) else {
            continue;
        };
        let graph = Some(oxigraph::model::GraphNameRef::NamedNode(g.as_ref()));
        let about = store
            .pattern(
                Some(obs.as_ref().into()),
                Some(schema::OBSERVATION_ABOUT),
                None,
                graph,
            )
            .next()
            .transpose()?;
        let value = store
            .pattern(Some(obs.as_ref().into()), Some(schema::VALUE), None, graph)
            .next()
            .transpose()?;
        if let (Some(about), Some(value)) = (about, value)
            && let (Term::NamedNode(show), Term::Literal(v)) = (about.object, value.object)
            && let Ok(v) = v.value().parse::<f64>()
        {
            let slot = best
                .entry(figure)
                .or_default()
                .entry(show)
                .or_insert(f64::MIN);
            *slot = slot.max(v);
        }
    }
    facts.insert("metric", metrics);
    let mut counts: Vec<usize> = articles
        .iter()
        .map(|a| per_graph.get(a).copied().unwrap_or(0))
        .collect();
    counts.sort_unstable();
    let facts_per_article = PerArticle {
        mean: if counts.is_empty() {
            0.0
        } else {
            counts.iter().sum::<usize>() as f64 / counts.len() as f64
        },
        median: match counts.len() {
            0 => 0.0,
            n if n % 2 == 1 => counts[n / 2] as f64,
            n => (counts[n / 2 - 1] + counts[n / 2]) as f64 / 2.0,
        },
        max: counts.last().copied().unwrap_or(0),
    };
    let mut ranked = BTreeMap::new();
    let mut names = Names::default();
    for (figure, _) in FIGURES {
        let mut list: Vec<(NamedNode, f64)> = best
            .remove(figure)
            .unwrap_or_default()
            .into_iter()
            .collect();
        list.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| a.0.as_str().cmp(b.0.as_str()))
        });
        let mut out = Vec::new();
        for (iri, value) in list.into_iter().take(top) {
            out.push(Ranked {
                show: names.of(store, &iri)?,
                iri: iri.into_string(),
                value,
            });
        }
        ranked.insert(*figure, out);
    }
    Ok(Stats {
        articles: articles.len(),
        entities,
        facts,
        facts_per_article,
        top: ranked,
    })
}

/// The statistics for people: sections of aligned lines.
pub fn table(s: &Stats) -> String {
    let mut out = format!("articles  {}\n\nentities\n", s.articles);
    let line = |out: &mut String, k: &str, v: String| out.push_str(&format!("  {k:<20} {v:>10}\n"));
    for (k, v) in &s.entities {
        line(&mut out, k, v.to_string());
    }
    out.push_str("\nfacts\n");
    for (k, v) in &s.facts {
        line(&mut out, k, v.to_string());
    }
    let p = &s.facts_per_article;
    out.push_str(&format!(
        "\nfacts per article  mean {:.2}  median {}  max {}\n",
        p.mean, p.median, p.max
    ));
    for (figure, list) in &s.top {
        if list.is_empty() {
            continue;
        }
        out.push_str(&format!("\ntop shows by {figure}\n"));
        for (i, r) in list.iter().enumerate() {
            out.push_str(&format!(
                "  {:>2}. {:<40} {:>16}\n",
                i + 1,
                r.show,
                crate::rdf::decimal(r.value)
            ));
        }
    }
    out
}

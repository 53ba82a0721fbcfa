//! Scoring against gold facts, as the shared referee scores: per-relation P/R/F1 of what SPARQL sees, with the missed and spurious facts and their evidence.
//!
//! Each article runs through the whole pipeline (extract, resolve, graph, RDF) into an
//! in-memory store, and the referee's SPARQL queries read the facts back, so the scores are
//! the ones a SPARQL user of the store gets. Matching follows `shared/eval/showkg_eval.py`:
//! names compare by [`gold::key`], a show or person matches through any of its names,
//! dates by prefix, metrics within 0.5 %, genres by containment, and a role the gold leaves
//! open (the pair is gold, its character is not stated) is not counted against the system.

pub mod gold;
mod system;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::extract::extract;
use crate::graph::KnowledgeGraph;
use crate::rdf::{self, Minter};
use crate::resolve::resolve;
use crate::store::ShowStore;
use crate::text::{Article, PartialDate};
pub use gold::{GoldArticle, GoldFact, read_gold};

/// The relations scored, in the referee's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rel {
    /// Actor in show.
    Cast,
    /// Actor as character in show.
    Role,
    /// First air or release date.
    Premiere,
    /// Last air date.
    Finale,
    /// Original network.
    Network,
    /// Streaming service.
    Streaming,
    /// Number of episodes.
    Episodes,
    /// Genre.
    Genre,
    /// Screenwriter.
    Writer,
    /// Director.
    Director,
    /// Audience figure.
    Metric,
}

impl Rel {
    /// Every relation, in order.
    pub const ALL: [Rel; 11] = [
        Rel::Cast,
        Rel::Role,
        Rel::Premiere,
        Rel::Finale,
        Rel::Network,
        Rel::Streaming,
        Rel::Episodes,
        Rel::Genre,
        Rel::Writer,
        Rel::Director,
        Rel::Metric,
    ];

    /// The relation's name in gold files and reports.
    pub fn name(self) -> &'static str {
        match self {
            Rel::Cast => "cast",
            Rel::Role => "role",
            Rel::Premiere => "premiere",
            Rel::Finale => "finale",
            Rel::Network => "network",
            Rel::Streaming => "streaming",
            Rel::Episodes => "episodes",
            Rel::Genre => "genre",
            Rel::Writer => "writer",
            Rel::Director => "director",
            Rel::Metric => "metric",
        }
    }
}

/// What a fact says of its show; names are sets of keys (a gold name is a set of one).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Actor, organisation, writer, director or genre.
    Names(BTreeSet<String>),
    /// Actor and character.
    Role(BTreeSet<String>, BTreeSet<String>),
    /// An ISO date at its precision.
    Date(String),
    /// A count.
    Number(Option<f64>),
    /// The metric's kind and value.
    Metric(String, Option<f64>),
}

/// One fact of either side.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The relation.
    pub rel: Rel,
    /// Keys of the show's names.
    pub show: BTreeSet<String>,
    /// What is said of it.
    pub value: Value,
    /// For system facts: the rule, span and text behind it.
    pub evidence: Option<String>,
}

impl Item {
    fn new(rel: Rel, show: BTreeSet<String>, value: Value) -> Self {
        Self {
            rel,
            show,
            value,
            evidence: None,
        }
    }
}

fn join(keys: &BTreeSet<String>) -> String {
    keys.iter().cloned().collect::<Vec<_>>().join("|")
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "show={}", join(&self.show))?;
        match &self.value {
            Value::Names(n) => write!(f, " {}", join(n))?,
            Value::Role(a, c) => write!(f, " actor={} character={}", join(a), join(c))?,
            Value::Date(d) => write!(f, " {d}")?,
            Value::Number(n) => write!(f, " {}", n.map_or("?".into(), |n| n.to_string()))?,
            Value::Metric(k, v) => write!(f, " {k}={}", v.map_or("?".into(), |n| n.to_string()))?,
        }
        if let Some(e) = &self.evidence {
            write!(f, "  <- {e}")?;
        }
        Ok(())
    }
}

fn meets(gold: &BTreeSet<String>, system: &BTreeSet<String>) -> bool {
    gold.iter().any(|k| system.contains(k))
}

/// Whether a system item states a gold item.
fn matches(g: &Item, s: &Item) -> bool {
    if g.rel != s.rel || !meets(&g.show, &s.show) {
        return false;
    }
    match (&g.value, &s.value) {
        (Value::Names(gk), Value::Names(sk)) if g.rel == Rel::Genre => gk.iter().any(|g| {
            sk.iter().any(|k| {
                g == k
                    || (g.len().min(k.len()) > 3
                        && (g.contains(k.as_str()) || k.contains(g.as_str())))
            })
        }),
        (Value::Names(gk), Value::Names(sk)) => meets(gk, sk),
        (Value::Role(ga, gc), Value::Role(sa, sc)) => meets(ga, sa) && meets(gc, sc),
        (Value::Date(gd), Value::Date(sd)) => sd.starts_with(gd.as_str()),
        (Value::Number(gn), Value::Number(sn)) => gn.is_some() && gn == sn,
        (Value::Metric(gk, gv), Value::Metric(sk, sv)) => match (gv, sv) {
            (Some(gv), Some(sv)) => gk == sk && (sv - gv).abs() <= 0.005 * gv.abs(),
            _ => false,
        },
        _ => false,
    }
}

/// A role whose pair the gold has without stating the character: not counted as spurious.
fn role_unstated(s: &Item, gold: &[Item]) -> bool {
    let Value::Role(sa, _) = &s.value else {
        return false;
    };
    let pair = |rel: Rel| {
        gold.iter().any(|g| {
            g.rel == rel
                && meets(&g.show, &s.show)
                && match &g.value {
                    Value::Names(a) | Value::Role(a, _) => meets(a, sa),
                    _ => false,
                }
        })
    };
    pair(Rel::Cast) && !pair(Rel::Role)
}

/// One relation's outcome on one article.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Gold facts found.
    pub right: usize,
    /// Gold facts missed.
    pub missed: Vec<Item>,
    /// System facts that state no gold fact.
    pub spurious: Vec<Item>,
}

/// Scores one article: per relation, what was found, missed and spurious.
pub fn score(gold: &[Item], system: &[Item]) -> BTreeMap<Rel, Outcome> {
    let mut out = BTreeMap::new();
    for rel in Rel::ALL {
        let gs: Vec<&Item> = gold.iter().filter(|g| g.rel == rel).collect();
        let ss: Vec<&Item> = system.iter().filter(|s| s.rel == rel).collect();
        let mut used = BTreeSet::new();
        let mut o = Outcome::default();
        for g in &gs {
            let free = (0..ss.len()).find(|i| !used.contains(i) && matches(g, ss[*i]));
            match free.or_else(|| (0..ss.len()).find(|i| matches(g, ss[*i]))) {
                Some(i) => {
                    used.insert(i);
                    o.right += 1;
                }
                None => o.missed.push((*g).clone()),
            }
        }
        o.spurious = ss
            .iter()
            .filter(|s| !gs.iter().any(|g| matches(g, s)))
            .filter(|s| rel != Rel::Role || !role_unstated(s, gold))
            .map(|s| (*s).clone())
            .collect();
        out.insert(rel, o);
    }
    out
}

/// Totals of one relation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Gold facts.
    pub gold: usize,
    /// System facts counted: the right ones and the spurious ones.
    pub found: usize,
    /// Gold facts found.
    pub right: usize,
}

impl Tally {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.found)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.gold)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// A missed or spurious fact of one article.
#[derive(Debug, Clone)]
pub struct Error {
    /// The article's id.
    pub article: String,
    /// True for a spurious system fact, false for a missed gold fact.
    pub spurious: bool,
    /// The fact.
    pub item: Item,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.spurious {
            "SPURIOUS"
        } else {
            "MISSED  "
        };
        write!(
            f,
            "  {} {what} {:9} {}",
            self.article,
            self.item.rel.name(),
            self.item
        )
    }
}

/// The scores of a gold set.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Totals per relation.
    pub tallies: BTreeMap<Rel, Tally>,
    /// Every missed and spurious fact, article by article.
    pub errors: Vec<Error>,
    /// Articles scored.
    pub articles: usize,
    /// Articles that could not be read or extracted (scored as finding nothing).
    pub failures: Vec<String>,
}

impl Report {
    /// Totals over every relation.
    pub fn all(&self) -> Tally {
        self.tallies.values().fold(Tally::default(), |a, t| Tally {
            gold: a.gold + t.gold,
            found: a.found + t.found,
            right: a.right + t.right,
        })
    }

    /// The summary as the referee writes it with `--json`.
    pub fn to_json(&self) -> serde_json::Value {
        let row = |t: Tally| {
            json!({"gold": t.gold, "found": t.found, "right": t.right,
                   "precision": t.precision(), "recall": t.recall(), "f1": t.f1()})
        };
        let mut m = serde_json::Map::new();
        for rel in Rel::ALL {
            m.insert(
                rel.name().into(),
                row(self.tallies.get(&rel).copied().unwrap_or_default()),
            );
        }
        m.insert("all".into(), row(self.all()));
        m.insert("articles".into(), json!(self.articles));
        m.insert("failures".into(), json!(self.failures));
        serde_json::Value::Object(m)
    }
}

impl fmt::Display for Report {
    /// The referee's table.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:10} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
            "relation", "gold", "found", "right", "P", "R", "F1"
        )?;
        let line = |f: &mut fmt::Formatter<'_>, name: &str, t: Tally| {
            writeln!(
                f,
                "{name:10} {:5} {:5} {:5} {:6.3} {:6.3} {:6.3}",
                t.gold,
                t.found,
                t.right,
                t.precision(),
                t.recall(),
                t.f1()
            )
        };
        for rel in Rel::ALL {
            line(
                f,
                rel.name(),
                self.tallies.get(&rel).copied().unwrap_or_default(),
            )?;
        }
        line(f, "all", self.all())?;
        for fail in &self.failures {
            writeln!(f, "FAILED {fail}")?;
        }
        write!(
            f,
            "micro F1 {:.3} over {} articles, {} failed",
            self.all().f1(),
            self.articles,
            self.failures.len()
        )
    }
}

/// How to run the pipeline while scoring.
#[derive(Debug, Clone)]
pub struct Options {
    /// Mints the IRIs of the RDF the queries read.
    pub minter: Minter,
    /// Facts below this confidence are left out, as `extract --min-confidence` does.
    pub min_confidence: f64,
}

/// Runs the pipeline on one article and reads back what SPARQL sees.
fn system_items(article: &Article, opts: &Options) -> anyhow::Result<Vec<Item>> {
    let resolved = std::panic::catch_unwind(|| resolve(article, extract(article)))
        .map_err(|_| anyhow::anyhow!("internal error while extracting"))?
        .with_min_confidence(opts.min_confidence);
    let facts = resolved.facts.clone();
    let mut kg = KnowledgeGraph::new();
    let node = kg.add_article(article, resolved);
    let quads = rdf::article_quads(&kg, node, &opts.minter);
    let store = ShowStore::in_memory()?;
    store.replace_graph(&opts.minter.article(article.id()), &quads)?;
    Ok(system::items(&store, &facts)?)
}

/// Scores one article against its gold facts: per relation, what was found, missed and spurious.
pub fn score_article(
    article: &Article,
    gold: &GoldArticle,
    opts: &Options,
) -> anyhow::Result<BTreeMap<Rel, Outcome>> {
    let gold = gold::gold_items(gold)?;
    Ok(score(&gold, &system_items(article, opts)?))
}

/// Scores every article of the gold files; its text is `<texts>/<id>.txt`. A bad gold file
/// is an error; an article that cannot be read counts as finding nothing and is listed.
pub fn evaluate(gold_files: &[PathBuf], texts: &Path, opts: &Options) -> anyhow::Result<Report> {
    let mut report = Report::default();
    for file in gold_files {
        for ga in read_gold(file)? {
            let gold = gold::gold_items(&ga)?;
            let path = texts.join(format!("{}.txt", ga.id));
            let system = std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", path.display()))
                .and_then(|text| {
                    let mut article = Article::new(path.display().to_string(), text);
                    if article.date.is_none() {
                        article.date = ga.doc_date.as_deref().and_then(PartialDate::parse_iso);
                    }
                    system_items(&article, opts)
                })
                .unwrap_or_else(|e| {
                    report.failures.push(format!("{}: {e:#}", ga.id));
                    Vec::new()
                });
            report.articles += 1;
            for (rel, o) in score(&gold, &system) {
                let t = report.tallies.entry(rel).or_default();
                t.gold += o.right + o.missed.len();
                t.right += o.right;
                t.found += o.right + o.spurious.len();
                let errors = o.missed.into_iter().map(|item| (false, item));
                let errors = errors.chain(o.spurious.into_iter().map(|item| (true, item)));
                report.errors.extend(errors.map(|(spurious, item)| Error {
                    article: ga.id.clone(),
                    spurious,
                    item,
                }));
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|n| gold::key(n)).collect()
    }

    fn names(rel: Rel, show: &[&str], value: &[&str]) -> Item {
        Item::new(rel, keys(show), Value::Names(keys(value)))
    }

    fn role(show: &str, actor: &str, character: &str) -> Item {
        Item::new(
            Rel::Role,
            keys(&[show]),
            Value::Role(keys(&[actor]), keys(&[character])),
        )
    }

    fn metric(show: &str, kind: &str, v: f64) -> Item {
        Item::new(
            Rel::Metric,
            keys(&[show]),
            Value::Metric(kind.into(), Some(v)),
        )
    }

    #[test]
    fn names_match_through_any_alternate_name() {
        let g = names(Rel::Cast, &["Queen of Tears"], &["Kim Soo-hyun"]);
        let s = names(
            Rel::Cast,
            &["QOT", "Queen of Tears"],
            &["Kim Soo Hyun", "Soo-hyun"],
        );
        assert!(matches(&g, &s));
        let other = names(Rel::Cast, &["Lovely Runner"], &["Kim Soo-hyun"]);
        assert!(!matches(&g, &other));
    }

    #[test]
    fn dates_by_prefix_metrics_within_half_a_percent_genres_by_containment() {
        let date = |d: &str| Item::new(Rel::Premiere, keys(&["X"]), Value::Date(d.into()));
        assert!(matches(&date("2024-03"), &date("2024-03-09")));
        assert!(!matches(&date("2024-03-09"), &date("2024-03")));
        assert!(matches(
            &metric("X", "views", 1_000_000.0),
            &metric("X", "views", 1_004_000.0)
        ));
        assert!(!matches(
            &metric("X", "views", 1_000_000.0),
            &metric("X", "views", 1_006_000.0)
        ));
        assert!(!matches(
            &metric("X", "views", 1e6),
            &metric("X", "hours_viewed", 1e6)
        ));
        let g = names(Rel::Genre, &["X"], &["thriller"]);
        assert!(matches(
            &g,
            &names(Rel::Genre, &["X"], &["psychological thriller"])
        ));
        assert!(!matches(
            &names(Rel::Genre, &["X"], &["war"]),
            &names(Rel::Genre, &["X"], &["award"])
        ));
    }

    #[test]
    fn a_role_the_gold_leaves_open_is_not_spurious() {
        let gold = vec![names(Rel::Cast, &["X"], &["Ann Lee"])];
        let system = vec![
            names(Rel::Cast, &["X"], &["Ann Lee"]),
            role("X", "Ann Lee", "Mira"),
            role("X", "Bo Kim", "Dal"),
        ];
        let s = score(&gold, &system);
        assert_eq!(s[&Rel::Cast].right, 1);
        assert_eq!(s[&Rel::Role].spurious, vec![role("X", "Bo Kim", "Dal")]);
    }

    #[test]
    fn each_gold_fact_counts_once_and_duplicates_do_not_double_count() {
        let gold = vec![metric("X", "views", 5e6), metric("X", "views", 5e6)];
        let system = vec![metric("X", "views", 5e6), metric("X", "views", 9e6)];
        let s = score(&gold, &system);
        let m = &s[&Rel::Metric];
        assert_eq!((m.right, m.missed.len(), m.spurious.len()), (2, 0, 1));
        let t = Tally {
            gold: 2,
            found: 3,
            right: 2,
        };
        assert!((t.precision() - 2.0 / 3.0).abs() < 1e-12 && t.recall() == 1.0);
    }
}

//! Sentence-level table tests: `fixtures/sentences/<relation>.jsonl`, each case a short text and every fact of that relation it states (none for a negative case).
//!
//! A case is scored as the referee scores (`showkg::eval`), for its file's relations only:
//! it passes when nothing is missed and nothing spurious is found. Cases the rules do not
//! handle yet are listed in `fixtures/sentences/known-gaps.txt` as `file:line`; those must
//! still fail, so fixing one forces its removal from the list.

use std::collections::BTreeSet;

use serde::Deserialize;
use showkg::eval::{self, GoldArticle, GoldFact, Options, Rel};
use showkg::rdf::{DEFAULT_BASE_IRI, Minter};
use showkg::text::Article;

use crate::common::root;

#[derive(Debug, Deserialize)]
struct Case {
    text: String,
    date: String,
    facts: Vec<GoldFact>,
    #[serde(default)]
    note: String,
}

/// The relations a file's cases speak for.
fn relations(file: &str) -> Vec<Rel> {
    match file {
        "cast" => vec![Rel::Cast, Rel::Role],
        other => Rel::ALL.into_iter().filter(|r| r.name() == other).collect(),
    }
}

/// What went wrong with one case, or None when it passes.
fn check(case: &Case, rels: &[Rel], opts: &Options) -> Option<String> {
    let article = Article::new("case", format!(" date {}\n{}", case.date, case.text));
    let gold = GoldArticle {
        id: "case".into(),
        doc_date: Some(case.date.clone()),
        facts: case.facts.clone(),
    };
    let scored = eval::score_article(&article, &gold, opts).unwrap();
    let mut problems = Vec::new();
    for rel in rels {
        let o = &scored[rel];
        problems.extend(
            o.missed
                .iter()
                .map(|i| format!("missed {} {i}", rel.name())),
        );
        problems.extend(
            o.spurious
                .iter()
                .map(|i| format!("spurious {} {i}", rel.name())),
        );
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

#[test]
fn every_relation_reads_its_table() {
    let dir = root().join("fixtures/sentences");
    let gaps: BTreeSet<String> = std::fs::read_to_string(dir.join("known-gaps.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let opts = Options {
        minter: Minter::new(DEFAULT_BASE_IRI).unwrap(),
        min_confidence: 0.0,
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "one table per relation group in {dir:?}");
    let (mut failures, mut cases, mut negatives) = (Vec::new(), 0, 0);
    let mut seen_gaps = BTreeSet::new();
    for path in &files {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let rels = relations(&stem);
        assert!(!rels.is_empty(), "{stem}: not a relation");
        for (i, line) in std::fs::read_to_string(path).unwrap().lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Case = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{stem}.jsonl:{}: {e}", i + 1));
            cases += 1;
            negatives += usize::from(case.facts.is_empty());
            let at = format!("{stem}.jsonl:{}", i + 1);
            let problem = check(&case, &rels, &opts);
            match (gaps.contains(&at), problem) {
                (true, Some(_)) => {
                    seen_gaps.insert(at);
                }
                (true, None) => failures.push(format!(
                    "{at} passes now: remove it from known-gaps.txt ({})",
                    case.note
                )),
                (false, Some(p)) => failures.push(format!("{at} ({}): {p}", case.note)),
                (false, None) => {}
            }
        }
    }
    let stale: Vec<_> = gaps.difference(&seen_gaps).collect();
    eprintln!(
        "{cases} cases ({negatives} negative), {} known gaps",
        seen_gaps.len()
    );
    assert!(
        failures.is_empty()
            && stale
                .iter()
                .all(|g| failures.iter().any(|f| f.starts_with(*g))),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn chart_ranks_are_observations_with_period_and_chart() {
    use showkg::extract::{Claim, MetricKind, extract};
    use showkg::resolve::resolve;
    let text = " date 2024-09-11\nNetflix Top 10 report\n'Ridgeline' rose to No. 2 on Netflix's English TV chart for the week of September 2 to September 8, while 'Pine Harbor' held at sixth with 2.1 million views.";
    let article = Article::new("t", text);
    let facts = resolve(&article, extract(&article)).facts;
    let ranks: Vec<(String, f64, Option<String>)> = facts
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::Metric {
                kind: MetricKind::ChartRank,
                value,
                period,
                ..
            } => Some((f.show.clone(), *value, period.clone())),
            _ => None,
        })
        .collect();
    let week = Some("2024-09-02/2024-09-08".to_string());
    assert!(
        ranks.contains(&("Ridgeline".into(), 2.0, week.clone())),
        "{ranks:?}"
    );
    assert!(
        ranks.contains(&("Pine Harbor".into(), 6.0, week)),
        "{ranks:?}"
    );
    // A rank outside a chart report is no chart rank.
    let plain = Article::new(
        "t",
        " date 2024-09-11\nHeadline\nShe finished third in a cooking contest before 'Ridgeline' made her famous.",
    );
    let none = resolve(&plain, extract(&plain)).facts;
    assert!(!none.iter().any(|f| matches!(
        f.claim,
        Claim::Metric {
            kind: MetricKind::ChartRank,
            ..
        }
    )));
}

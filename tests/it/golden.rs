//! The foundation fixtures: expected facts (the gold file), expected JSON and N-Quads, expected SPARQL answers.

use std::collections::BTreeSet;

use oxigraph::sparql::QueryResults;
use showkg::extract::Claim;
use showkg::resolve::name_key;
use showkg::store::ShowStore;

use crate::common::{check, id, nquads, pipeline, root, texts};

const DIR: &str = "fixtures/foundation";

/// A fact as the gold format states it, keyed blind to case and punctuation.
fn gold_key(rel: &str, show: &str, obj: &str) -> String {
    format!("{rel}|{}|{}", name_key(show), obj)
}

#[test]
fn facts_match_the_gold_exactly() {
    let gold = std::fs::read_to_string(root().join(DIR).join("gold.jsonl")).unwrap();
    let mut checked = 0;
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: serde_json::Value = serde_json::from_str(line).unwrap();
        let path = root()
            .join(DIR)
            .join(format!("{}.txt", g["id"].as_str().unwrap()));
        let (rec, _) = pipeline(&path);
        let want: BTreeSet<String> = g["facts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
                let obj = match s("rel").as_str() {
                    "cast" => format!("{}|{}", name_key(&s("actor")), name_key(&s("character"))),
                    "premiere" | "finale" => s("date"),
                    "network" | "streaming" => name_key(&s("org")),
                    "genre" => name_key(&s("genre")),
                    "metric" => format!("{}|{}", s("kind"), f["value"].as_f64().unwrap()),
                    "episodes" => f["n"].to_string(),
                    _ => name_key(&s("person")),
                };
                gold_key(&s("rel"), &s("show"), &obj)
            })
            .collect();
        let got: BTreeSet<String> = rec
            .facts
            .iter()
            .filter_map(|f| {
                let obj = match &f.claim {
                    Claim::Cast { actor, character } => format!(
                        "{}|{}",
                        name_key(actor),
                        name_key(character.as_deref().unwrap_or(""))
                    ),
                    Claim::Premiere { date } | Claim::Finale { date } => date.clone(),
                    Claim::Network { org } | Claim::Streaming { org } => name_key(org),
                    Claim::Genre { genre } => name_key(genre),
                    Claim::Metric { kind, value, .. } => {
                        format!(
                            "{}|{value}",
                            serde_json::to_value(kind).unwrap().as_str().unwrap()
                        )
                    }
                    Claim::Episodes { count } => count.to_string(),
                    Claim::Writer { person } | Claim::Director { person } => name_key(person),
                    Claim::Type { .. } => return None,
                };
                Some(gold_key(f.claim.relation(), &f.show, &obj))
            })
            .collect();
        let missed: Vec<&String> = want.difference(&got).collect();
        let spurious: Vec<&String> = got.difference(&want).collect();
        assert!(
            missed.is_empty() && spurious.is_empty(),
            "{}: missed {missed:?}, spurious {spurious:?}",
            g["id"]
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} foundation fixtures");
}

#[test]
fn json_and_nquads_match_their_golden_files() {
    for path in texts(DIR) {
        let (rec, quads) = pipeline(&path);
        let expected = root().join(DIR).join("expected");
        check(
            &expected.join(format!("{}.json", id(&path))),
            &(serde_json::to_string_pretty(&rec).unwrap() + "\n"),
        );
        check(&expected.join(format!("{}.nq", id(&path))), &nquads(&quads));
    }
}

/// Solutions as TSV lines (header first, rows sorted) for golden comparison.
fn tsv(store: &ShowStore, query: &str) -> String {
    let QueryResults::Solutions(sol) = store.query(query).unwrap() else {
        panic!("not a SELECT")
    };
    let vars = sol.variables().to_vec();
    let mut rows: Vec<String> = sol
        .map(|s| {
            let s = s.unwrap();
            vars.iter()
                .map(|v| s.get(v).map(|t| t.to_string()).unwrap_or_default())
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect();
    rows.sort();
    let header: Vec<String> = vars.iter().map(|v| format!("?{}", v.as_str())).collect();
    format!("{}\n{}\n", header.join("\t"), rows.join("\n"))
}

#[test]
fn sparql_answers_match_their_golden_files() {
    let store = ShowStore::in_memory().unwrap();
    let minter = showkg::rdf::Minter::new(showkg::rdf::DEFAULT_BASE_IRI).unwrap();
    for path in texts(DIR) {
        let (rec, quads) = pipeline(&path);
        store
            .replace_graph(&minter.article(&rec.article.id), &quads)
            .unwrap();
    }
    let qdir = root().join(DIR).join("queries");
    let mut queries: Vec<_> = std::fs::read_dir(&qdir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    queries.sort();
    assert!(queries.len() >= 4);
    for q in queries {
        let text = std::fs::read_to_string(&q).unwrap();
        check(&q.with_extension("tsv"), &tsv(&store, &text));
    }
}

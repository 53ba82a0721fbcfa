//! Scoring: the shared referee on the dev corpus, `showkg eval` as the fixture corpus's regression gate, and the two agreeing.
//!
//! Skipped, with a message, where the shared referee or pyoxigraph is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::root;

fn referee() -> Option<PathBuf> {
    let script = root().join("../shared/eval/showkg_eval.py");
    let has_pyoxigraph = Command::new("python3")
        .args(["-c", "import pyoxigraph"])
        .status()
        .is_ok_and(|s| s.success());
    if script.exists() && has_pyoxigraph {
        Some(script)
    } else {
        eprintln!(
            "SKIPPED: the referee needs ../shared/eval/showkg_eval.py and pyoxigraph (scripts/setup.sh)"
        );
        None
    }
}

/// Runs the referee; returns its JSON summary.
fn score(script: &Path, gold: &[PathBuf], texts: &Path) -> serde_json::Value {
    let dir = tempfile::TempDir::new().unwrap();
    let json = dir.path().join("summary.json");
    let cmd = format!(
        "{} extract --format nquads {{input}}",
        env!("CARGO_BIN_EXE_showkg")
    );
    let out = Command::new("python3")
        .arg(script)
        .arg("--gold")
        .args(gold)
        .arg("--texts")
        .arg(texts)
        .arg("--cmd")
        .arg(cmd)
        .arg("--json")
        .arg(&json)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!("{}", String::from_utf8_lossy(&out.stdout));
    serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap()
}

#[test]
fn dev_corpus_scores_perfectly() {
    let Some(script) = referee() else { return };
    let dev = root().join("../shared/corpus/dev");
    let s = score(&script, &[dev.join("gold.jsonl")], &dev);
    assert_eq!(s["failures"].as_array().unwrap().len(), 0);
    assert_eq!(s["all"]["f1"].as_f64().unwrap(), 1.0, "{s}");
}

#[test]
fn foundation_fixtures_score_perfectly() {
    let Some(script) = referee() else { return };
    let dir = root().join("fixtures/foundation");
    let s = score(&script, &[dir.join("gold.jsonl")], &dir);
    assert_eq!(s["all"]["f1"].as_f64().unwrap(), 1.0, "{s}");
}

/// Runs `showkg eval`; returns its exit code and JSON summary.
fn own_score(gold: &[PathBuf], texts: &Path, extra: &[&str]) -> (i32, serde_json::Value) {
    let dir = tempfile::TempDir::new().unwrap();
    let json = dir.path().join("summary.json");
    let out = Command::new(env!("CARGO_BIN_EXE_showkg"))
        .arg("eval")
        .arg("--gold")
        .args(gold)
        .arg("--texts")
        .arg(texts)
        .arg("--json")
        .arg(&json)
        .args(extra)
        .output()
        .unwrap();
    eprintln!("{}", String::from_utf8_lossy(&out.stdout));
    let summary = serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
    (out.status.code().unwrap(), summary)
}

fn fixture_gold() -> (Vec<PathBuf>, PathBuf) {
    let dir = root().join("fixtures");
    let gold = vec![dir.join("gold/a.jsonl"), dir.join("gold/b.jsonl")];
    (gold, dir.join("articles"))
}

/// Micro precision and recall reached on each gold set; a drop below them fails (raise them
/// as rules improve). Every `heldout*` set was written blind by people who never saw the
/// rules; all are development sets now (the blind measure moved to real article excerpts the
/// repo cannot hold, see the README).
const GATE: &[(&str, &str, f64, f64)] = &[
    ("articles", "gold/a.jsonl gold/b.jsonl", 0.95, 0.88),
    ("heldout", "heldout/gold.jsonl", 0.96, 0.92),
    ("heldout2", "heldout2/gold.jsonl", 0.93, 0.86),
    ("heldout3", "heldout3/gold.jsonl", 0.96, 0.85),
    ("heldout4", "heldout4/gold.jsonl", 0.96, 0.88),
    ("heldout5", "heldout5/gold.jsonl", 0.96, 0.82),
    ("heldout6", "heldout6/gold.jsonl", 0.89, 0.72),
];

#[test]
fn gold_sets_do_not_regress() {
    let dir = root().join("fixtures");
    for (texts, gold, p, r) in GATE {
        let gold: Vec<PathBuf> = gold.split(' ').map(|g| dir.join(g)).collect();
        let (code, s) = own_score(&gold, &dir.join(texts), &[]);
        assert_eq!(code, 0, "{s}");
        let got = &s["all"];
        assert!(
            got["precision"].as_f64().unwrap() >= *p && got["recall"].as_f64().unwrap() >= *r,
            "{texts}: {got} below P {p} R {r}"
        );
    }
}

#[test]
fn eval_fails_under_a_threshold_and_lists_errors() {
    let (gold, texts) = fixture_gold();
    let (code, s) = own_score(&gold, &texts, &["--fail-under", "0.999"]);
    assert_eq!(code, 5, "{s}");
    let out = Command::new(env!("CARGO_BIN_EXE_showkg"))
        .args(["eval", "--errors", "--gold"])
        .args(&gold)
        .arg("--texts")
        .arg(&texts)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let spurious: Vec<&str> = text.lines().filter(|l| l.contains(" SPURIOUS ")).collect();
    let found = s["all"]["found"].as_u64().unwrap() - s["all"]["right"].as_u64().unwrap();
    assert!(!spurious.is_empty() && spurious.len() as u64 <= found);
    // Every spurious fact names the rule and the text it came from.
    assert!(
        spurious
            .iter()
            .all(|l| l.contains("  <- ") && l.contains('@')),
        "{text}"
    );
}

#[test]
fn eval_agrees_with_the_shared_referee() {
    let Some(script) = referee() else { return };
    let (gold, texts) = fixture_gold();
    let theirs = score(&script, &gold, &texts);
    let (_, ours) = own_score(&gold, &texts, &[]);
    for rel in [
        "cast",
        "role",
        "premiere",
        "finale",
        "network",
        "streaming",
        "episodes",
        "genre",
        "writer",
        "director",
        "metric",
        "all",
    ] {
        for field in ["gold", "found", "right"] {
            assert_eq!(ours[rel][field], theirs[rel][field], "{rel} {field}");
        }
    }
}

#[test]
fn eval_names_a_bad_gold_file_and_a_missing_text() {
    let dir = tempfile::TempDir::new().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": \"x\", \"facts\": []}\nnot json\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_showkg"))
        .args(["eval", "--gold"])
        .arg(&bad)
        .arg("--texts")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.jsonl:2"), "{err}");
    let ok = dir.path().join("ok.jsonl");
    std::fs::write(
        &ok,
        "{\"id\": \"missing\", \"facts\": [{\"rel\": \"episodes\", \"show\": \"X\", \"n\": 3}]}\n",
    )
    .unwrap();
    let (code, s) = own_score(&[ok], dir.path(), &[]);
    assert_eq!(code, 1);
    assert!(
        s["failures"][0].as_str().unwrap().contains("missing.txt"),
        "{s}"
    );
    assert_eq!(s["episodes"]["gold"], 1);
}

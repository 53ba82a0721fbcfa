//! The command line as users run it: extract, load, query in every results format, dump, reload, bad input.

use std::path::Path;

use predicates::prelude::*;
use tempfile::TempDir;

use crate::common::{root, showkg};

fn load(store: &Path, paths: &[&str]) -> assert_cmd::assert::Assert {
    showkg()
        .arg("load")
        .args(paths)
        .arg("--location")
        .arg(store)
        .assert()
}

fn quad_count(store: &Path) -> usize {
    let out = showkg()
        .args(["dump", "--format", "nquads", "--location"])
        .arg(store)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().lines().count()
}

const CAST: &str = "SELECT ?show ?actor ?character WHERE { ?s a schema:TVSeries ; schema:name ?show ; schema:actor ?r . ?r schema:characterName ?character ; schema:actor ?p . ?p schema:name ?actor } ORDER BY ?show ?actor";

#[test]
fn extract_prints_json_lines_and_every_rdf_format() {
    let out = showkg()
        .args(["extract", "--include", "*.txt", "fixtures/foundation"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 6);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["facts"].as_array().unwrap().len() >= 5);
    }
    for (format, needle) in [
        ("nquads", "<http://schema.org/PerformanceRole>"),
        ("ntriples", "<http://schema.org/characterName>"),
        ("turtle", "schema:PerformanceRole"),
        ("trig", "schema:PerformanceRole"),
        ("rdfxml", "PerformanceRole"),
        ("jsonld", "\"PerformanceRole\""),
    ] {
        showkg()
            .args([
                "extract",
                "--format",
                format,
                "fixtures/foundation/f01-river-of-stars.txt",
            ])
            .assert()
            .success()
            .stdout(predicate::str::contains(needle));
    }
}

#[test]
fn min_confidence_filters_facts_and_their_entities() {
    let count = |min: &str| {
        let out = showkg()
            .args([
                "extract",
                "--min-confidence",
                min,
                "fixtures/foundation/f01-river-of-stars.txt",
            ])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (
            v["facts"].as_array().unwrap().len(),
            v["entities"].as_array().unwrap().len(),
        )
    };
    let (all, entities) = count("0");
    let (confident, fewer) = count("0.85");
    let (none, no_entities) = count("1.01");
    assert!(
        all > confident && confident > none && none == 0,
        "{all} {confident} {none}"
    );
    assert!(entities >= fewer && no_entities == 0);
}

#[test]
fn extract_reads_stdin_and_honours_the_base_iri() {
    showkg()
        .args([
            "extract",
            "--format",
            "nquads",
            "--base-iri",
            "http://example.org/kg/",
            "-",
        ])
        .write_stdin(
            "The drama Moon Harbor stars Kim Ha-neul as Seo Yu-na. It is available on Netflix.",
        )
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "<http://example.org/kg/show/moon-harbor>",
        ))
        .stdout(predicate::str::contains(
            "<http://example.org/kg/person/kim-haneul>",
        ));
    showkg()
        .args(["extract", "--base-iri", "not an iri", "-"])
        .write_stdin("x")
        .assert()
        .failure()
        .stderr(predicate::str::contains("invalid base IRI"));
}

#[test]
fn load_query_dump_and_reload() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("store");
    load(&store, &["--include", "*.txt", "fixtures/foundation"])
        .success()
        .stderr(predicate::str::contains(
            "6 new, 0 changed, 0 unchanged, 0 failed",
        ));
    let n = quad_count(&store);
    assert!(n > 200, "{n} quads");
    // A second process opens the same store and answers.
    showkg()
        .args(["query", "--location"])
        .arg(&store)
        .arg(CAST)
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"River of Stars +Han Seo-rin +Yoon Da-hee").unwrap())
        .stdout(predicate::str::contains("rows)"));
    // --explain: the plan as JSON on stdout with the rows of each step, the count on stderr.
    let out = showkg()
        .args(["query", "--explain", "--location"])
        .arg(&store)
        .arg(CAST)
        .output()
        .unwrap();
    assert!(out.status.success());
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        plan["plan"]["number of results"].as_u64().unwrap() > 0,
        "{plan}"
    );
    let rows = String::from_utf8(out.stderr).unwrap();
    assert!(
        rows.ends_with(" results\n") && !rows.starts_with("0 "),
        "{rows}"
    );
    for (format, needle) in [
        ("json", "\"bindings\""),
        ("csv", "show,actor,character"),
        ("tsv", "?show\t?actor\t?character"),
        ("xml", "<sparql"),
    ] {
        showkg()
            .args(["query", "--results-format", format, "--location"])
            .arg(&store)
            .arg(CAST)
            .assert()
            .success()
            .stdout(predicate::str::contains(needle));
    }
    showkg()
        .args(["query", "--location"])
        .arg(&store)
        .arg("ASK { ?s showkg:streamingService ?o }")
        .assert()
        .success()
        .stdout("true\n");
    showkg()
        .args(["query", "--results-format", "ntriples", "--location"])
        .arg(&store)
        .arg("CONSTRUCT { ?s schema:name ?n } WHERE { ?s a schema:TVSeries ; schema:name ?n }")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"Silver Lantern\""));
    showkg()
        .args(["query", "--location"])
        .arg(&store)
        .arg("DESCRIBE <https://w3id.org/showkg/id/show/paper-kites>")
        .assert()
        .success()
        .stdout(predicate::str::contains("Paper Kites"));
    let qfile = dir.path().join("q.rq");
    std::fs::write(
        &qfile,
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a schema:NewsArticle }",
    )
    .unwrap();
    showkg()
        .args(["query", "--query-file"])
        .arg(&qfile)
        .arg("--location")
        .arg(&store)
        .assert()
        .success()
        .stdout(predicate::str::contains("6"));
    // Loading the same articles again finds them unchanged and writes nothing.
    load(&store, &["--include", "*.txt", "fixtures/foundation"])
        .success()
        .stderr(predicate::str::contains("0 new, 0 changed, 6 unchanged"));
    assert_eq!(quad_count(&store), n);
    // Loading one more article adds its graph only.
    load(
        &store,
        &["fixtures/articles/a01-harbor-lights-premiere.txt"],
    )
    .success();
    assert!(quad_count(&store) > n);
    for format in ["turtle", "trig", "rdfxml", "jsonld", "ntriples"] {
        showkg()
            .args(["dump", "--format", format, "--location"])
            .arg(&store)
            .assert()
            .success()
            .stdout(predicate::str::is_empty().not());
    }
}

#[test]
fn bad_input_is_reported_and_the_rest_goes_on() {
    let dir = TempDir::new().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::copy(
        root().join("fixtures/foundation/f02-glass-orchard.txt"),
        inputs.join("good.txt"),
    )
    .unwrap();
    std::fs::write(
        inputs.join("broken.txt"),
        b"The drama \xff\xfe stars nobody.",
    )
    .unwrap();
    let store = dir.path().join("store");
    showkg()
        .arg("load")
        .arg(&inputs)
        .arg("--location")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "broken.txt: not valid UTF-8 at byte 10",
        ))
        .stderr(predicate::str::contains(
            "1 new, 0 changed, 0 unchanged, 1 failed",
        ));
    showkg()
        .args(["query", "--location"])
        .arg(&store)
        .arg("SELECT ?n WHERE { ?s a schema:TVSeries ; schema:name ?n }")
        .assert()
        .success()
        .stdout(predicate::str::contains("Glass Orchard"));
    showkg()
        .args(["extract", "missing-file.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing-file.txt: cannot read"));
}

#[test]
fn store_and_query_errors_have_their_own_exit_codes() {
    let dir = TempDir::new().unwrap();
    showkg()
        .args(["query", "--location"])
        .arg(dir.path().join("nothing"))
        .arg("ASK {}")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no store at"));
    let store = dir.path().join("store");
    load(&store, &["fixtures/foundation/f01-river-of-stars.txt"]).success();
    showkg()
        .args(["query", "--location"])
        .arg(&store)
        .arg("SELECT WHERE {")
        .assert()
        .code(4)
        .stderr(predicate::str::contains("SPARQL syntax error"));
}

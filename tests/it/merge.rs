//! Consolidation across articles: the merged graph of `fixtures/merge`, order and shard independence, conflicts, statistics and the gazetteer.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use tempfile::TempDir;

use showkg::consolidate::StoredArticle;
use showkg::extract::extract;
use showkg::graph::KnowledgeGraph;
use showkg::input::{Format, Raw, decode};
use showkg::rdf::{self, DEFAULT_BASE_IRI, Minter};
use showkg::resolve::resolve;
use showkg::store::shacl::Shapes;

use crate::common::{check, root, showkg, succeed, texts};

/// The merge fixture articles, relative to the package root, sorted.
fn articles() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root().join("fixtures/merge/articles"))
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            format!(
                "fixtures/merge/articles/{}",
                p.file_name().unwrap().to_string_lossy()
            )
        })
        .collect();
    v.sort();
    v
}

fn expected(name: &str) -> PathBuf {
    root().join("fixtures/merge/expected").join(name)
}

/// Loads paths into a store in one run; the extra arguments go to `load`.
fn load(store: &Path, paths: &[String], extra: &[&str]) {
    showkg()
        .arg("load")
        .args(paths)
        .args(extra)
        .arg("--location")
        .arg(store)
        .assert()
        .success();
}

fn run(args: &[&str], store: &Path) -> String {
    let out = succeed(showkg().args(args).arg("--location").arg(store));
    String::from_utf8(out.stdout).unwrap()
}

fn dump(store: &Path) -> String {
    run(&["dump", "--format", "nquads"], store)
}

/// The dump without the catalogue graph (its source keys are absolute paths).
fn without_catalogue(nquads: &str) -> String {
    nquads
        .lines()
        .filter(|l| !l.ends_with("<https://w3id.org/showkg/ns#catalogue> ."))
        .map(|l| format!("{l}\n"))
        .collect()
}

const CAST: &str = "SELECT DISTINCT ?show ?actor ?character WHERE { ?s schema:name ?show ; schema:actor ?r . ?r schema:actor/schema:name ?actor ; schema:characterName ?character } ORDER BY ?show ?actor ?character";

#[test]
fn the_merged_graph_is_the_golden_one_with_one_iri_per_entity() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("kg");
    load(&store, &articles(), &[]);
    check(&expected("merged.nq"), &without_catalogue(&dump(&store)));
    check(
        &expected("cast.tsv"),
        &run(&["query", "--results-format", "tsv", CAST], &store),
    );
    // One IRI and one name per entity: no subject has two names, and every form of the show
    // leads to the same IRI.
    let twice = "SELECT ?s WHERE { ?s schema:name ?a , ?b FILTER(?a != ?b) }";
    assert_eq!(
        run(&["query", "--results-format", "tsv", twice], &store),
        "?s\n"
    );
    let forms = r#"SELECT DISTINCT ?s WHERE { ?s schema:name|schema:alternateName ?n FILTER(?n IN ("Winter Harbor Letters", "WHL", "Winter Harbour Letters")) }"#;
    assert_eq!(
        run(&["query", "--results-format", "tsv", forms], &store),
        "?s\n<https://w3id.org/showkg/id/show/winter-harbor-letters>\n"
    );
    // The facts of the acronym and typo articles are the canonical show's.
    let hours = "SELECT DISTINCT ?n WHERE { ?o schema:measuredProperty showkg:hoursViewed ; schema:observationAbout/schema:name ?n }";
    assert_eq!(
        run(&["query", "--results-format", "tsv", hours], &store),
        "?n\n\"Winter Harbor Letters\"\n"
    );
    // Consolidating again changes nothing.
    let before = dump(&store);
    showkg()
        .args(["consolidate", "--location"])
        .arg(&store)
        .assert()
        .success()
        .stderr(predicate::str::contains("0 article graphs rewritten"));
    assert_eq!(dump(&store), before);
}

#[test]
fn any_order_and_any_split_into_runs_gives_the_same_store() {
    let all = articles();
    let dir = TempDir::new().unwrap();
    let one = dir.path().join("one");
    load(&one, &all, &[]);
    let reference = dump(&one);
    // Reversed, in three runs.
    let mut reversed = all.clone();
    reversed.reverse();
    let three = dir.path().join("three");
    for chunk in reversed.chunks(5) {
        load(&three, chunk, &[]);
    }
    assert_eq!(dump(&three), reference, "reversed, three runs");
    // The acronym and the typo first, alone (the typo is then the canonical title), then
    // the rest interleaved: later loads must move the canonical form.
    let first: Vec<String> = all
        .iter()
        .filter(|p| p.contains("m03") || p.contains("m04"))
        .cloned()
        .collect();
    let rest: Vec<String> = all.iter().filter(|p| !first.contains(p)).cloned().collect();
    let odd: Vec<String> = rest.iter().skip(1).step_by(2).rev().cloned().collect();
    let even: Vec<String> = rest.iter().step_by(2).rev().cloned().collect();
    let staged = dir.path().join("staged");
    load(&staged, &first, &[]);
    let early = dump(&staged);
    assert!(
        early.contains(
            "<https://w3id.org/showkg/id/show/winter-harbour-letters> <http://schema.org/name>"
        ),
        "{early}"
    );
    for part in [odd, even] {
        load(&staged, &part, &[]);
    }
    assert_eq!(dump(&staged), reference, "staged");
    // Pruning back to a subset gives the store the subset alone gives: merges are undone.
    let subset: Vec<String> = all
        .iter()
        .filter(|p| {
            !["m01", "m02", "m05", "m11", "m13"]
                .iter()
                .any(|m| p.contains(m))
        })
        .cloned()
        .collect();
    load(&staged, &subset, &["--prune"]);
    let fresh = dir.path().join("fresh");
    load(&fresh, &subset, &[]);
    assert_eq!(dump(&staged), dump(&fresh), "pruned");
}

#[test]
fn two_shards_extract_and_load_as_the_whole() {
    let all = articles();
    let (a, b) = all.split_at(all.len() / 2);
    let extract = |paths: &[String]| -> Vec<String> {
        let out = showkg()
            .args(["extract", "--format", "nquads"])
            .args(paths)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    };
    let mut shards = extract(a);
    shards.extend(extract(b));
    shards.sort();
    let mut whole = extract(&all);
    whole.sort();
    assert_eq!(
        shards, whole,
        "extraction is a function of each article alone"
    );
    let dir = TempDir::new().unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    load(&one, &all, &[]);
    load(&two, b, &[]);
    load(&two, a, &[]);
    assert_eq!(dump(&one), dump(&two));
}

#[test]
fn conflicts_list_both_sides_with_their_articles() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("kg");
    load(&store, &articles(), &[]);
    check(&expected("conflicts.txt"), &run(&["conflicts"], &store));
    let json: serde_json::Value =
        serde_json::from_str(&run(&["conflicts", "--format", "json"], &store)).unwrap();
    let episodes = json
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["relation"] == "episodes" && c["show"] == "Winter Harbor Letters")
        .unwrap();
    assert_eq!(episodes["majority"], "16");
    assert_eq!(episodes["sides"][0]["support"], 2);
    assert_eq!(episodes["sides"][1]["value"], "12");
    assert_eq!(
        episodes["sides"][1]["articles"][0]["sources"][0],
        "fixtures/merge/articles/m04-whl-typo.txt"
    );
    let premiere = json
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["relation"] == "premiere" && c["show"] == "Paper Moon Detectives")
        .unwrap();
    assert!(
        premiere["majority"].is_null(),
        "one article each: no majority"
    );
}

#[test]
fn stats_count_articles_entities_facts_and_rank_figures() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("kg");
    load(&store, &articles(), &[]);
    check(&expected("stats.txt"), &run(&["stats"], &store));
    let json: serde_json::Value =
        serde_json::from_str(&run(&["stats", "--format", "json", "--top", "1"], &store)).unwrap();
    assert_eq!(json["articles"], articles().len());
    assert_eq!(json["top"]["views"][0]["show"], "Paper Moon Detectives");
    assert_eq!(json["top"]["views"][0]["value"], 3_400_000.0);
    assert_eq!(json["top"]["views"].as_array().unwrap().len(), 1);
}

#[test]
fn a_gazetteer_links_entities_and_resolves_aliases() {
    let dir = TempDir::new().unwrap();
    let (tsv, jsonl) = (dir.path().join("tsv"), dir.path().join("jsonl"));
    load(
        &tsv,
        &articles(),
        &["--gazetteer", "fixtures/merge/gazetteer.tsv"],
    );
    load(
        &jsonl,
        &articles(),
        &["--gazetteer", "fixtures/merge/gazetteer.jsonl"],
    );
    let linked = without_catalogue(&dump(&tsv));
    assert_eq!(
        linked,
        without_catalogue(&dump(&jsonl)),
        "TSV and JSON Lines alike"
    );
    check(&expected("gazetteer.nq"), &linked);
    let same_as = "SELECT DISTINCT ?x WHERE { ?s schema:name \"Winter Harbor Letters\" ; schema:sameAs ?x } ORDER BY ?x";
    assert_eq!(
        run(&["query", "--results-format", "tsv", same_as], &tsv),
        "?x\n<http://www.wikidata.org/entity/Q990000001>\n<https://www.imdb.com/title/tt9900000001/>\n"
    );
    // `Harbor Letters` is an alias only the gazetteer knows.
    let alias = "SELECT DISTINCT ?s WHERE { ?s schema:alternateName \"Harbor Letters\" }";
    assert_eq!(
        run(&["query", "--results-format", "tsv", alias], &tsv),
        "?s\n<https://w3id.org/showkg/id/show/winter-harbor-letters>\n"
    );
    // The store keeps the gazetteer: consolidating without it changes nothing; an empty one
    // removes the links.
    run(&["consolidate"], &tsv);
    assert_eq!(without_catalogue(&dump(&tsv)), linked);
    let empty = dir.path().join("empty.tsv");
    std::fs::write(&empty, "").unwrap();
    run(
        &["consolidate", "--gazetteer", empty.to_str().unwrap()],
        &tsv,
    );
    let plain = dir.path().join("plain");
    load(&plain, &articles(), &[]);
    assert_eq!(
        dump(&tsv)
            .lines()
            .filter(|l| !l.contains("#source>"))
            .count(),
        dump(&plain)
            .lines()
            .filter(|l| !l.contains("#source>"))
            .count()
    );
    assert_eq!(
        without_catalogue(&dump(&tsv)),
        without_catalogue(&dump(&plain))
    );
    // A bad line names the file and the line, and nothing is loaded.
    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "Winter Harbor Letters\tshow\thttp://www.wikidata.org/entity/Q1\nPMD\tseries of books\thttp://x.org/1\n").unwrap();
    showkg()
        .arg("load")
        .args(articles())
        .arg("--gazetteer")
        .arg(&bad)
        .arg("--location")
        .arg(dir.path().join("never"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.tsv:2: unknown type \"series of books\"",
        ));
    assert!(!dir.path().join("never").exists());
}

#[test]
fn the_stored_record_gives_back_the_extracted_graph() {
    // Consolidation regenerates article graphs from the record the catalogue keeps, so the
    // record must hold everything the graph is made of: metadata of pages included.
    let minter = Minter::new(DEFAULT_BASE_IRI).unwrap();
    let mut paths: Vec<(PathBuf, Format)> = [
        "fixtures/foundation",
        "fixtures/articles",
        "fixtures/merge/articles",
    ]
    .iter()
    .flat_map(|d| texts(d))
    .map(|p| (p, Format::Text))
    .collect();
    paths.push((
        root().join("fixtures/inputs/lantern-street.html"),
        Format::Html,
    ));
    paths.push((
        root().join("fixtures/inputs/lantern-street.md"),
        Format::Markdown,
    ));
    for (path, format) in paths {
        let name = path.display().to_string();
        let raw = Raw {
            file: name.clone(),
            key: name.clone(),
            line: None,
            offset: 0,
            format,
            bytes: std::fs::read(&path).unwrap(),
        };
        let article = decode(raw, false).unwrap().article;
        let resolved = resolve(&article, extract(&article));
        let stored = StoredArticle::new(&article, &resolved);
        let json = stored.to_json();
        let back: StoredArticle = serde_json::from_str(&json).unwrap();
        assert_eq!(back, stored, "{name}: JSON round trip");
        let mut kg = KnowledgeGraph::new();
        let node = kg.add_article(&article, resolved);
        assert_eq!(
            back.quads(&minter),
            rdf::article_quads(&kg, node, &minter),
            "{name}"
        );
    }
}

#[test]
fn the_consolidated_union_keeps_to_the_shapes() {
    // Article graphs of a consolidated store may carry a show's other names only (the
    // acronym article's graph calls the canonical IRI `WHL`, as an alternate name): the
    // shapes hold over the union, where every entity has exactly one `schema:name`.
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("kg");
    load(
        &store,
        &articles(),
        &["--gazetteer", "fixtures/merge/gazetteer.tsv"],
    );
    let union = dir.path().join("union.nt");
    std::fs::write(&union, run(&["dump", "--format", "ntriples"], &store)).unwrap();
    let graph = oxigraph::model::GraphName::NamedNode(oxigraph::model::NamedNode::new_unchecked(
        "urn:union",
    ));
    let quads: Vec<oxigraph::model::Quad> =
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples)
            .for_reader(std::fs::File::open(&union).unwrap())
            .map(|q| {
                let q = q.unwrap();
                oxigraph::model::Quad::new(q.subject, q.predicate, q.object, graph.clone())
            })
            .collect();
    let violations = Shapes::project().unwrap().validate(&quads).unwrap();
    let names: Vec<_> = violations
        .iter()
        .filter(|v| v.path.contains("name"))
        .collect();
    assert!(names.is_empty(), "{names:#?}");
    // What remains are the disagreements `conflicts` lists, nothing else.
    for v in &violations {
        assert!(
            v.path.contains("numberOfEpisodes") || v.path.contains("startDate"),
            "{v:#?}"
        );
    }
}

//! `showkg graph` on `fixtures/graph`: the hand-worked analytics of `expected.json`, exports read back by networkx and Graphviz, the SVG picture, errors.
//!
//! The networkx and Graphviz checks are skipped, with a message, where the tool is missing
//! (`scripts/setup.sh` installs networkx; Graphviz is optional).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

use crate::common::{root, showkg};

/// A store loaded with the fixture articles, in the given order, one `load` per file.
fn store_in_order(reverse: bool) -> TempDir {
    let dir = TempDir::new().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/graph"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if reverse {
        files.reverse();
    }
    for f in files {
        showkg()
            .args(["load", "--quiet", "--location"])
            .arg(dir.path())
            .arg(f)
            .assert()
            .success();
    }
    dir
}

fn store() -> TempDir {
    store_in_order(false)
}

fn graph(store: &Path, args: &[&str]) -> Output {
    showkg()
        .args(["graph", "--location"])
        .arg(store)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn expected() -> Value {
    let text = std::fs::read_to_string(root().join("fixtures/graph/expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn views() -> Vec<(String, Value)> {
    expected()["views"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// Nodes ranked by a numeric attribute, highest first, ties by name.
fn ranked(nodes: &[Value], attr: &str) -> Vec<(String, f64)> {
    let mut v: Vec<(String, f64)> = nodes
        .iter()
        .map(|n| {
            let name = n["name"].as_str().unwrap().to_string();
            (name, n[attr].as_f64().unwrap())
        })
        .collect();
    v.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
    v
}

/// The names of a `--path` text report, in order.
fn path_names(report: &str) -> Vec<String> {
    let lines: Vec<&str> = report.lines().collect();
    lines[..lines.len() - 1]
        .iter()
        .filter(|l| !l.starts_with("  -- "))
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn graph_analytics_match_the_hand_worked_fixture() {
    let dir = store();
    for (view, exp) in views() {
        let json: Value = serde_json::from_str(&stdout(graph(
            dir.path(),
            &["--view", &view, "--format", "json"],
        )))
        .unwrap();
        let nodes = json["nodes"].as_array().unwrap();
        let edges = json["edges"].as_array().unwrap();
        assert_eq!(nodes.len() as u64, exp["nodes"].as_u64().unwrap(), "{view}");
        assert_eq!(edges.len() as u64, exp["edges"].as_u64().unwrap(), "{view}");
        let mut sizes = vec![0u64; nodes.len()];
        for n in nodes {
            sizes[n["component"].as_u64().unwrap() as usize] += 1;
        }
        sizes.retain(|&s| s > 0);
        assert_eq!(Value::from(sizes), exp["components"], "{view}");
        let degree = ranked(nodes, "degree");
        for (i, want) in exp["top_degree"].as_array().unwrap().iter().enumerate() {
            assert_eq!(
                degree[i].0,
                want[0].as_str().unwrap(),
                "{view} degree rank {i}"
            );
            assert_eq!(
                degree[i].1,
                want[1].as_f64().unwrap(),
                "{view} degree rank {i}"
            );
        }
        let between: Vec<String> = ranked(nodes, "betweenness")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        let want = strings(&exp["top_betweenness"]);
        assert_eq!(between[..want.len()], want[..], "{view} betweenness");
        if let Some(heavy) = exp.get("heaviest_edge") {
            let e = edges
                .iter()
                .max_by_key(|e| e["weight"].as_u64().unwrap())
                .unwrap();
            let name = |id: &Value| {
                nodes.iter().find(|n| n["id"] == *id).unwrap()["name"]
                    .as_str()
                    .unwrap()
                    .to_string()
            };
            let mut ends = vec![name(&e["source"]), name(&e["target"])];
            ends.sort();
            assert_eq!(ends, strings(&heavy["between"]));
            assert_eq!(e["shows"], heavy["shows"]);
            assert_eq!(e["weight"].as_u64().unwrap(), 2);
        }
        // The report says the same, and ranks the same nodes first.
        let report = stdout(graph(dir.path(), &["--view", &view, "--top", "3"]));
        let sizes: Vec<String> = exp["components"]
            .as_array()
            .unwrap()
            .iter()
            .map(Value::to_string)
            .collect();
        assert!(
            report.contains(&format!(
                "components: {}, sizes {}",
                sizes.len(),
                sizes.join(", ")
            )),
            "{report}"
        );
        let first = exp["top_degree"][0][0].as_str().unwrap();
        let degree_table = report.split("top 3 by degree").nth(1).unwrap();
        assert!(
            degree_table.lines().nth(3).unwrap().ends_with(first),
            "{report}"
        );
        // The path, found by names written in another case and spacing.
        let between = strings(&exp["path"]["between"]);
        let args = ["--view", &view, "--path", &between[0], &between[1]];
        let report = stdout(graph(dir.path(), &args));
        assert_eq!(
            path_names(&report),
            strings(&exp["path"]["names"]),
            "{report}"
        );
        // As a graph, the path is its own nodes and the edges between them.
        let mut json_args = args.to_vec();
        json_args.extend(["--format", "json"]);
        let sub: Value = serde_json::from_str(&stdout(graph(dir.path(), &json_args))).unwrap();
        let n = exp["path"]["names"].as_array().unwrap().len();
        assert_eq!(sub["nodes"].as_array().unwrap().len(), n);
        assert_eq!(sub["edges"].as_array().unwrap().len(), n - 1);
    }
}

#[test]
fn graph_component_keeps_the_largest_component_only() {
    let dir = store();
    for (view, exp) in views() {
        let out = stdout(graph(
            dir.path(),
            &["--view", &view, "--component", "--format", "json"],
        ));
        let json: Value = serde_json::from_str(&out).unwrap();
        let nodes = json["nodes"].as_array().unwrap();
        assert_eq!(Value::from(nodes.len()), exp["components"][0], "{view}");
        assert!(nodes.iter().all(|n| n["component"] == 0));
    }
}

#[test]
fn graph_output_does_not_depend_on_load_order() {
    let (a, b) = (store_in_order(false), store_in_order(true));
    for view in ["cast", "costar"] {
        for format in ["graphml", "json", "dot", "text"] {
            let args = ["--view", view, "--format", format];
            assert_eq!(
                stdout(graph(a.path(), &args)),
                stdout(graph(b.path(), &args)),
                "{view} {format}"
            );
        }
    }
}

fn has_networkx() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import networkx"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("SKIPPED: networkx is not installed (scripts/setup.sh installs it)");
    }
    ok
}

/// Reads a GraphML and a node-link file with networkx; prints what it saw as JSON.
const NETWORKX: &str = r#"
import json, sys, networkx as nx
graphml, node_link = sys.argv[1], sys.argv[2]
out = {}
for name, g in [("graphml", nx.read_graphml(graphml)), ("json", nx.node_link_graph(json.load(open(node_link))))]:
    b = nx.betweenness_centrality(g)
    out[name] = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "components": sorted((len(c) for c in nx.connected_components(g)), reverse=True),
        "betweenness_error": max(abs(b[n] - g.nodes[n]["betweenness"]) for n in g),
        "degree_error": max(abs(d - g.nodes[n]["degree"]) for n, d in g.degree()),
        "names": sorted(g.nodes[n]["name"] for n in g),
    }
print(json.dumps(out))
"#;

#[test]
fn graph_exports_read_back_by_networkx() {
    if !has_networkx() {
        return;
    }
    let dir = store();
    let tmp = TempDir::new().unwrap();
    for (view, exp) in views() {
        let graphml = tmp.path().join(format!("{view}.graphml"));
        let node_link = tmp.path().join(format!("{view}.json"));
        for (format, file) in [("graphml", &graphml), ("json", &node_link)] {
            let file = file.to_str().unwrap();
            stdout(graph(
                dir.path(),
                &["--view", &view, "--format", format, "--output", file],
            ));
        }
        let out = Command::new("python3")
            .args(["-c", NETWORKX])
            .arg(&graphml)
            .arg(&node_link)
            .output()
            .unwrap();
        let seen: Value = serde_json::from_str(&stdout(out)).unwrap();
        for format in ["graphml", "json"] {
            let s = &seen[format];
            assert_eq!(s["nodes"], exp["nodes"], "{view} {format}");
            assert_eq!(s["edges"], exp["edges"], "{view} {format}");
            assert_eq!(s["directed"], false);
            assert_eq!(s["components"], exp["components"], "{view} {format}");
            assert!(
                s["betweenness_error"].as_f64().unwrap() < 1e-6,
                "{view} {format}: {s}"
            );
            assert_eq!(s["degree_error"].as_f64().unwrap(), 0.0, "{view} {format}");
        }
        assert_eq!(seen["graphml"]["names"], seen["json"]["names"]);
    }
}

#[test]
fn graph_dot_is_accepted_by_graphviz() {
    let dir = store();
    for view in ["cast", "costar"] {
        let dot = stdout(graph(dir.path(), &["--view", view, "--format", "dot"]));
        assert!(dot.starts_with("graph \"showkg ") && dot.trim_end().ends_with('}'));
        let run = Command::new("dot")
            .arg("-Tsvg")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn();
        let Ok(mut child) = run else {
            eprintln!("SKIPPED: Graphviz dot is not installed; DOT not checked by it");
            return;
        };
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(dot.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8(out.stdout)
                .unwrap()
                .contains("Kim Seo&#45;ah")
        );
    }
}

/// The text of every `<text>` element, or a panic if the SVG is not well-formed XML.
fn svg_texts(path: &Path) -> Vec<String> {
    use quick_xml::events::Event;
    let xml = std::fs::read_to_string(path).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut texts, mut in_text, mut depth, mut root) = (Vec::new(), false, 0i32, None);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => {
                depth += 1;
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                root.get_or_insert(name.clone());
                in_text = name == "text";
            }
            Event::End(_) => {
                depth -= 1;
                in_text = false;
            }
            Event::Text(t) if in_text => texts.push(t.unescape().unwrap().into_owned()),
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0, "unbalanced SVG");
    assert_eq!(root.as_deref(), Some("svg"));
    texts
}

#[test]
fn graph_svg_is_well_formed_and_labels_every_node() {
    let dir = store();
    let tmp = TempDir::new().unwrap();
    // The built-in layout always; Graphviz too when it is installed (auto falls back).
    for layout in ["builtin", "auto"] {
        for (view, exp) in views() {
            let svg = tmp.path().join(format!("{view}-{layout}.svg"));
            let file = svg.to_str().unwrap();
            let args = [
                "--view", &view, "--svg", file, "--layout", layout, "--format", "json",
            ];
            let json: Value = serde_json::from_str(&stdout(graph(dir.path(), &args))).unwrap();
            let texts = svg_texts(&svg);
            let nodes = json["nodes"].as_array().unwrap();
            assert_eq!(nodes.len() as u64, exp["nodes"].as_u64().unwrap());
            for n in nodes {
                let name = n["name"].as_str().unwrap();
                assert!(
                    texts.iter().any(|t| t == name),
                    "{layout} {view}: no label {name}"
                );
            }
        }
    }
}

#[test]
fn graph_errors_name_the_problem_and_exit_with_the_query_code() {
    let dir = store();
    let nobody = graph(dir.path(), &["--path", "Nobody Here", "Kim Seo-ah"]);
    assert_eq!(nobody.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("no person named \"Nobody Here\""));
    let no_path = strings(&expected()["no_path"]);
    let out = graph(
        dir.path(),
        &["--view", "costar", "--path", &no_path[0], &no_path[1]],
    );
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no path between"));
    // A show is not a person.
    let show = graph(dir.path(), &["--path", "Winter Lantern", "Kim Seo-ah"]);
    assert_eq!(show.status.code(), Some(4));
    // Zero betweenness sources is bad usage; a sample says it is one.
    assert_eq!(graph(dir.path(), &["--pivots", "0"]).status.code(), Some(2));
    let sampled = stdout(graph(dir.path(), &["--view", "costar", "--pivots", "5"]));
    assert!(
        sampled.contains("estimated from 5 of 14 sources"),
        "{sampled}"
    );
    showkg()
        .args(["graph", "--location", "no-such-store"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no store at"));
}

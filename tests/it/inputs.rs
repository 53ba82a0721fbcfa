//! Inputs as archives hold them: HTML, Markdown, JSON Lines, gz, directories and stdin; bad inputs; threads; incremental loads.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use flate2::Compression;
use flate2::write::GzEncoder;
use predicates::prelude::*;
use serde_json::Value;
use showkg::extract::extract;
use showkg::graph::KnowledgeGraph;
use showkg::input::{Format, Raw, decode};
use showkg::rdf::{self, DEFAULT_BASE_IRI, Minter};
use showkg::resolve::resolve;
use showkg::store::shacl::Shapes;
use tempfile::TempDir;

use crate::common::{root, showkg};

const FIXTURE: &str = "fixtures/inputs/lantern-street";

/// The JSON records `showkg extract` prints for these arguments.
fn records(args: &[&str]) -> Vec<Value> {
    let out = showkg().arg("extract").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A record's facts without their offsets (which differ by the date header's length).
fn facts(record: &Value) -> Vec<String> {
    record["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let mut f = f.clone();
            let ev = f["evidence"].as_object_mut().unwrap();
            for k in ["byte_start", "byte_end", "char_start", "char_end"] {
                ev.remove(k);
            }
            f.to_string()
        })
        .collect()
}

#[test]
fn every_format_gives_the_facts_of_the_plain_text() {
    let plain = &records(&[&format!("{FIXTURE}.txt")])[0];
    let expected = facts(plain);
    assert_eq!(expected.len(), 10, "{expected:#?}");
    for ext in ["html", "md"] {
        let rec = &records(&[&format!("{FIXTURE}.{ext}")])[0];
        assert_eq!(facts(rec), expected, "{ext}");
        assert_eq!(
            rec["article"]["date"], "2024-03-02",
            "{ext}: the date from metadata"
        );
    }
    let jsonl = records(&[&format!("{FIXTURE}.jsonl")]);
    assert_eq!(jsonl.len(), 3);
    for rec in &jsonl[..2] {
        assert_eq!(facts(rec), expected, "{}", rec["article"]["source"]);
    }
    assert_eq!(
        jsonl[0]["article"]["source"],
        format!("{FIXTURE}.jsonl#lantern-street")
    );
    assert_eq!(jsonl[2]["article"]["source"], format!("{FIXTURE}.jsonl#42"));
    // The record's date resolves "June 14" without a year.
    assert!(jsonl[2]["facts"].to_string().contains("2024-06-14"));
}

#[test]
fn html_metadata_describes_the_article_and_page_furniture_yields_nothing() {
    let html = format!("{FIXTURE}.html");
    let out = showkg()
        .args(["extract", "--format", "nquads", &html])
        .output()
        .unwrap();
    let nq = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "<http://schema.org/headline> \"Lantern Street opens its stall next week\"",
        "<http://schema.org/datePublished> \"2024-03-02\"^^<http://www.w3.org/2001/XMLSchema#date>",
        "<http://schema.org/author> <https://w3id.org/showkg/id/person/ana-reyes>",
        "<http://schema.org/publisher> <https://w3id.org/showkg/id/org/night-screen-weekly>",
        "<http://schema.org/url> <https://news.example.org/dramas/lantern-street-preview>",
        "<http://schema.org/encodingFormat> \"text/html\"",
        "\"2024-03-09\"^^<http://www.w3.org/2001/XMLSchema#date>",
    ] {
        assert!(nq.contains(needle), "missing {needle}");
    }
    // The script, navigation, ad, caption, share box, related list and footer all name Ghost
    // Ledger in sentences the rules would read; none of it is article text.
    assert!(!nq.contains("Ghost") && !nq.contains("Park Min-ji"), "{nq}");
    let rec = &records(&[&html])[0];
    assert_eq!(rec["article"]["extracted_from"], "text/html");
    assert_eq!(rec["article"]["authors"], serde_json::json!(["Ana Reyes"]));
    // The page's graph keeps to the shapes.
    let bytes = std::fs::read(root().join(&html)).unwrap();
    let article = decode(
        Raw {
            file: html.clone(),
            key: html.clone(),
            line: None,
            offset: 0,
            format: Format::Html,
            bytes,
        },
        false,
    )
    .unwrap()
    .article;
    let mut kg = KnowledgeGraph::new();
    let node = kg.add_article(&article, resolve(&article, extract(&article)));
    let quads = rdf::article_quads(&kg, node, &Minter::new(DEFAULT_BASE_IRI).unwrap());
    let violations = Shapes::project().unwrap().validate(&quads).unwrap();
    assert!(violations.is_empty(), "{violations:#?}");
}

#[test]
fn evidence_offsets_count_code_points_of_the_extracted_text() {
    for ext in ["html", "md"] {
        let path = format!("{FIXTURE}.{ext}");
        let text = showkg()
            .args(["extract", "--format", "text", &path])
            .output()
            .unwrap()
            .stdout;
        let chars: Vec<char> = String::from_utf8(text).unwrap().chars().collect();
        for f in records(&[&path])[0]["facts"].as_array().unwrap() {
            let ev = &f["evidence"];
            let (a, b) = (
                ev["char_start"].as_u64().unwrap() as usize,
                ev["char_end"].as_u64().unwrap() as usize,
            );
            let span: String = chars[a..b].iter().collect();
            assert_eq!(span, ev["text"].as_str().unwrap(), "{path}");
        }
    }
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn fixture(ext: &str) -> Vec<u8> {
    std::fs::read(root().join(format!("{FIXTURE}.{ext}"))).unwrap()
}

/// Writes files (relative path, bytes) under a new directory.
fn tree(files: &[(&str, Vec<u8>)]) -> TempDir {
    let dir = TempDir::new().unwrap();
    for (rel, bytes) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

fn sources(args: &[&str]) -> Vec<String> {
    records(args)
        .iter()
        .map(|r| r["article"]["source"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn directories_are_walked_in_order_with_globs_gz_and_stdin() {
    let dir = tree(&[
        ("b/page.html.gz", gz(&fixture("html"))),
        ("a.txt", fixture("txt")),
        ("b/notes.md", fixture("md")),
        ("c/feed.jsonl.gz", gz(&fixture("jsonl"))),
        ("c/skip/me.txt", fixture("txt")),
        ("data.csv", b"not,an,article\n".to_vec()),
        (".hidden/x.txt", fixture("txt")),
    ]);
    let d = dir.path().to_str().unwrap();
    let rel = |s: &[String]| -> Vec<String> {
        s.iter()
            .map(|p| p.strip_prefix(d).unwrap().to_string())
            .collect()
    };
    assert_eq!(
        rel(&sources(&[d])),
        [
            "/a.txt",
            "/b/notes.md",
            "/b/page.html.gz",
            "/c/feed.jsonl.gz#lantern-street",
            "/c/feed.jsonl.gz#lantern-street-page",
            "/c/feed.jsonl.gz#42",
            "/c/skip/me.txt",
        ]
    );
    assert_eq!(
        rel(&sources(&["--exclude", "c/skip", "--include", "*.txt", d])),
        ["/a.txt"]
    );
    assert_eq!(
        rel(&sources(&[
            "--exclude",
            "*.gz",
            "--exclude",
            "**/skip/**",
            d
        ])),
        ["/a.txt", "/b/notes.md"]
    );
    // --input-format reads a file whatever its name; stdin is guessed or told.
    let csv = dir.path().join("data.csv");
    let out = showkg()
        .args(["extract", "--input-format", "text"])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(out.status.success());
    for (stdin, args) in [
        (fixture("html"), vec!["extract", "-"]),
        (fixture("jsonl"), vec!["extract", "-"]),
        (
            fixture("md"),
            vec!["extract", "--input-format", "markdown", "-"],
        ),
    ] {
        let out = showkg().args(&args).write_stdin(stdin).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("Kang Min-seo"), "{args:?}");
    }
}

/// Loads `good.txt` with bad files beside it; checks the exit code, the message, that the good
/// article loaded and that no failed input left anything in the store.
fn bad_input(bad: &[(&str, Vec<u8>)], args: &[&str], message: &str) {
    let mut files = vec![("good.txt", fixture("txt"))];
    files.extend(bad.iter().cloned());
    let dir = tree(&files);
    let store = dir.path().join("store");
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    for (name, _) in &files {
        std::fs::rename(dir.path().join(name), inputs.join(name)).unwrap();
    }
    let assert = showkg()
        .arg("load")
        .args(args)
        .arg(&inputs)
        .arg("--location")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(message))
        .stderr(predicate::str::contains("1 new, 0 changed, 0 unchanged"));
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains(inputs.to_str().unwrap()), "{stderr}");
    assert_eq!(
        article_graphs(&store),
        1,
        "only the good article is in the store"
    );
}

/// The number of article graphs in a store.
fn article_graphs(store: &Path) -> usize {
    let out = showkg()
        .args(["query", "--results-format", "tsv", "--location"])
        .arg(store)
        .arg("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let n = text.lines().nth(1).unwrap();
    n.split('"').nth(1).unwrap_or(n).parse().unwrap()
}

#[test]
fn an_unreadable_file_is_reported_by_name() {
    // A link to nothing: listed in the directory, but it cannot be opened.
    let dir = TempDir::new().unwrap();
    let link = dir.path().join("gone.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
    let store = dir.path().join("store");
    showkg()
        .arg("load")
        .arg(root().join(format!("{FIXTURE}.txt")))
        .arg(dir.path())
        .arg("--location")
        .arg(&store)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("gone.txt: cannot read"))
        .stderr(predicate::str::contains(
            "1 new, 0 changed, 0 unchanged, 1 failed",
        ));
    assert_eq!(article_graphs(&store), 1);
}

#[test]
fn a_binary_file_is_skipped() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&[7; 64]);
    bad_input(
        &[("image.txt", png)],
        &[],
        "image.txt: binary data (NUL byte at byte 8); skipped",
    );
    // A binary file named .jsonl is refused once, not line by line.
    bad_input(
        &[("dump.jsonl", b"{\"text\": \"a\"}\n\0\0\0\n".to_vec())],
        &[],
        "dump.jsonl: binary data (NUL byte at byte 14)",
    );
}

#[test]
fn invalid_utf8_is_skipped_unless_lossy() {
    let latin1 = b"The drama Caf\xe9 Noir stars Kim Ha-neul as Seo Yu-na.".to_vec();
    bad_input(
        &[("latin1.txt", latin1.clone())],
        &[],
        "latin1.txt: not valid UTF-8 at byte 13; skipped (--lossy reads it anyway)",
    );
    let dir = tree(&[("latin1.txt", latin1)]);
    showkg()
        .args(["extract", "--lossy"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Kim Ha-neul"));
}

#[test]
fn oversized_files_and_records_are_skipped() {
    let big = "The drama Moon Harbor stars Kim Ha-neul as Seo Yu-na. ".repeat(100);
    bad_input(
        &[("big.txt", big.clone().into_bytes())],
        &["--max-article-bytes", "4000"],
        &format!(
            "big.txt: larger than --max-article-bytes (4000 bytes): {} bytes; skipped",
            big.len()
        ),
    );
    bad_input(
        &[("big.md.gz", gz(big.as_bytes()))],
        &["--max-article-bytes", "4000"],
        "big.md.gz: larger than --max-article-bytes (4000 bytes); skipped",
    );
    // In JSON Lines the limit is per record: the record after the big one still loads.
    let jsonl = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "big", "text": big}),
        serde_json::json!({"id": "small", "text": "The drama Moon Harbor stars Kim Ha-neul as Seo Yu-na."}),
    );
    let dir = tree(&[("feed.jsonl", jsonl.into_bytes())]);
    let feed = dir.path().join("feed.jsonl");
    showkg()
        .args(["extract", "--max-article-bytes", "4000"])
        .arg(&feed)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "feed.jsonl:1: larger than --max-article-bytes (4000 bytes); skipped",
        ))
        .stdout(predicate::str::contains("feed.jsonl#small"));
}

#[test]
fn malformed_json_lines_records_are_skipped_by_line() {
    let feed = b"{\"id\": \"a\", \"text\": \"The drama Moon Harbor stars Kim Ha-neul as Seo Yu-na.\"}\n\n{\"id\": \"b\", \"text\": \n{\"id\": \"c\", \"title\": \"no text\"}\n{\"id\": \"d\", \"text\": \"The drama Glass Orchard stars Jung Ha-yoon as Choi Bo-ra.\"}\n";
    let dir = tree(&[("feed.jsonl", feed.to_vec())]);
    let out = showkg()
        .arg("extract")
        .arg(dir.path().join("feed.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("feed.jsonl:3: malformed JSON Lines record: EOF while parsing"),
        "{stderr}"
    );
    assert!(
        stderr.contains("feed.jsonl:4: malformed JSON Lines record: the record has neither \"text\" nor \"html\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 article(s) extracted, 2 failed"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("feed.jsonl#a") && stdout.contains("feed.jsonl#d"));
    bad_input(
        &[("feed.jsonl", b"not json\n".to_vec())],
        &[],
        "feed.jsonl:1: malformed JSON Lines record: expected ident",
    );
}

#[test]
fn a_corrupt_gzip_file_is_reported() {
    let mut broken = gz(&fixture("txt"));
    broken.truncate(broken.len() / 2);
    bad_input(&[("cut.txt.gz", broken)], &[], "cut.txt.gz: cannot read");
}

/// A JSON Lines feed of `n` copies of the fixture article, each with its own id.
fn feed(n: usize) -> String {
    let text = String::from_utf8(fixture("txt")).unwrap();
    (0..n)
        .map(|i| {
            serde_json::json!({"id": format!("copy-{i}"), "text": text.replace("12 episodes", &format!("{} episodes", i + 1))})
                .to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn a_broken_pipe_ends_quietly() {
    let dir = tree(&[("feed.jsonl", feed(3000).into_bytes())]);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("showkg"))
        .args(["extract", "--format", "nquads"])
        .arg(dir.path().join("feed.jsonl"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is closed here; the next write fails with EPIPE.
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(stderr, "");
    assert!(status.success(), "{status}");
}

#[test]
fn any_number_of_threads_gives_the_same_bytes() {
    let dir = tree(&[("feed.jsonl", feed(300).into_bytes())]);
    let feed_path = dir.path().join("feed.jsonl");
    let run = |jobs: &str, format: &str| {
        let out = showkg()
            .args(["extract", "--jobs", jobs, "--format", format])
            .arg("fixtures/articles")
            .arg("fixtures/inputs")
            .arg(&feed_path)
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    for format in ["nquads", "json"] {
        let one = run("1", format);
        assert!(one.len() > 100_000);
        assert!(
            one == run("8", format),
            "{format} differs between --jobs 1 and 8"
        );
    }
    let dump = |jobs: &str| {
        let store = dir.path().join(format!("store-{jobs}"));
        showkg()
            .args(["load", "--jobs", jobs, "fixtures/articles"])
            .arg(&feed_path)
            .arg("--location")
            .arg(&store)
            .assert()
            .success();
        showkg()
            .arg("dump")
            .arg("--location")
            .arg(&store)
            .output()
            .unwrap()
            .stdout
    };
    assert!(
        dump("1") == dump("8"),
        "stores differ between --jobs 1 and 8"
    );
}

fn load_dir(inputs: &Path, store: &Path, extra: &[&str]) -> String {
    let out = showkg()
        .arg("load")
        .args(extra)
        .arg(inputs)
        .arg("--location")
        .arg(store)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).unwrap()
}

fn dump(store: &Path) -> Vec<u8> {
    showkg()
        .args(["dump", "--location"])
        .arg(store)
        .output()
        .unwrap()
        .stdout
}

#[test]
fn incremental_loads_skip_replace_and_prune() {
    let dir = tree(&[
        ("in/a.txt", fixture("txt")),
        ("in/b.html", fixture("html")),
        ("in/c.md", fixture("md")),
        ("in/feed.jsonl", fixture("jsonl")),
    ]);
    let (inputs, store) = (dir.path().join("in"), dir.path().join("store"));
    let first = load_dir(&inputs, &store, &[]);
    assert!(
        first.contains("6 new, 0 changed, 0 unchanged, 0 failed"),
        "{first}"
    );
    let before = dump(&store);
    // Nothing changed: nothing is extracted or written.
    let again = load_dir(&inputs, &store, &["-v"]);
    assert!(
        again.contains("0 new, 0 changed, 6 unchanged, 0 failed"),
        "{again}"
    );
    assert!(again.contains("b.html: unchanged"), "{again}");
    assert!(
        dump(&store) == before,
        "an unchanged reload changed the store"
    );
    // The same files by another path spelling are the same sources.
    let relative = showkg()
        .current_dir(dir.path())
        .args(["load", "./in", "--location", "store"])
        .output()
        .unwrap();
    let relative = String::from_utf8(relative.stderr).unwrap();
    assert!(
        relative.contains("0 new, 0 changed, 6 unchanged"),
        "{relative}"
    );
    // --force extracts and writes them all again, to the same result.
    let forced = load_dir(&inputs, &store, &["--force", "-v"]);
    assert!(
        forced.contains("0 new, 0 changed, 6 unchanged, 0 failed; 54 facts"),
        "{forced}"
    );
    assert!(forced.contains("b.html: unchanged, 10 facts"), "{forced}");
    assert!(
        dump(&store) == before,
        "a forced reload of the same inputs changed the store"
    );
    // Another --min-confidence gives other facts: the articles are extracted again.
    let stricter = load_dir(&inputs, &store, &["--min-confidence", "0.95"]);
    assert!(stricter.contains("0 new, 6 changed"), "{stricter}");
    load_dir(&inputs, &store, &[]);
    assert!(
        dump(&store) == before,
        "back to the first settings, back to the first store"
    );
    // One file edited, one removed: the edit replaces its graph; the removal stays until --prune.
    let text = String::from_utf8(fixture("txt")).unwrap();
    std::fs::write(
        inputs.join("a.txt"),
        text.replace("12 episodes", "16 episodes"),
    )
    .unwrap();
    std::fs::remove_file(inputs.join("c.md")).unwrap();
    let edited = load_dir(&inputs, &store, &[]);
    assert!(
        edited.contains("0 new, 1 changed, 4 unchanged, 0 failed"),
        "{edited}"
    );
    let nq = String::from_utf8(dump(&store)).unwrap();
    assert!(nq.contains("\"16\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
    assert_eq!(
        article_graphs(&store),
        6,
        "a.txt's graph was replaced, not added to; c.md's is still there without --prune"
    );
    let pruned = load_dir(&inputs, &store, &["--prune"]);
    assert!(
        pruned.contains("0 new, 0 changed, 5 unchanged, 0 failed, 1 pruned"),
        "{pruned}"
    );
    assert_eq!(article_graphs(&store), 5);
    // A file that fails to read keeps what it had: --prune does not take a bad day for a removal.
    std::fs::write(inputs.join("b.html"), b"\0binary now").unwrap();
    let out = showkg()
        .args(["load", "--prune"])
        .arg(&inputs)
        .arg("--location")
        .arg(&store)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("1 failed, 0 pruned"), "{stderr}");
    assert_eq!(article_graphs(&store), 5);
}

#[test]
fn quiet_verbose_and_no_bar_on_a_pipe() {
    let dir = TempDir::new().unwrap();
    let store: PathBuf = dir.path().join("store");
    let path = format!("{FIXTURE}.html");
    let out = showkg()
        .args(["load", "--quiet", &path, "--location"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    let out = showkg()
        .args(["load", "-v", &path, "--location"])
        .arg(&store)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            format!("showkg: {path}: unchanged"),
            format!(
                "showkg: 0 new, 0 changed, 1 unchanged, 0 failed; 0 facts loaded into {}",
                store.display()
            ),
        ]
    );
    // Errors are printed even when quiet.
    showkg()
        .args(["extract", "--quiet", "no-such-file.html"])
        .assert()
        .code(1)
        .stderr("showkg: no-such-file.html: cannot read: No such file or directory (os error 2)\n");
}

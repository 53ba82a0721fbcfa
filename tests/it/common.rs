//! Shared helpers: fixture paths, the library pipeline, and golden files refreshed with `UPDATE_EXPECT=1`.

use std::path::{Path, PathBuf};

use oxigraph::model::Quad;
use showkg::extract::extract;
use showkg::graph::KnowledgeGraph;
use showkg::rdf::{self, DEFAULT_BASE_IRI, Minter};
use showkg::resolve::{ArticleRecord, record, resolve};
use showkg::text::Article;

/// The binary, run from the package root.
pub fn showkg() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("showkg").unwrap();
    c.current_dir(root());
    c
}

/// Runs a command that must succeed (showing its stderr when it does not); its output.
pub fn succeed(cmd: &mut assert_cmd::Command) -> std::process::Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The package root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `.txt` files of a fixture directory (relative to the root), sorted.
pub fn texts(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

/// The id of a fixture: its file stem.
pub fn id(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Reads a fixture as an article named by its path relative to the root.
pub fn article(path: &Path) -> Article {
    let rel = path
        .strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string();
    Article::new(rel, std::fs::read_to_string(path).unwrap())
}

/// The article's JSON record and quads, through the library.
pub fn pipeline(path: &Path) -> (ArticleRecord, Vec<Quad>) {
    let a = article(path);
    let resolved = resolve(&a, extract(&a));
    let rec = record(&a, &resolved);
    let mut kg = KnowledgeGraph::new();
    let node = kg.add_article(&a, resolved);
    let minter = Minter::new(DEFAULT_BASE_IRI).unwrap();
    (rec, rdf::article_quads(&kg, node, &minter))
}

/// N-Quads text of quads, one per line, sorted.
pub fn nquads(quads: &[Quad]) -> String {
    let mut out = Vec::new();
    rdf::write_quads(quads, oxigraph::io::RdfFormat::NQuads, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Compares `actual` with the golden file; `UPDATE_EXPECT=1` rewrites the file instead.
pub fn check(path: &Path, actual: &str) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "missing golden file {} (run with UPDATE_EXPECT=1)",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs at line {}:\nexpected: {:?}\nactual:   {:?}\n(run with UPDATE_EXPECT=1 to accept)",
            path.display(),
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

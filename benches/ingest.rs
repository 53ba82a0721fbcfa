//! Ingest (extract, graph, RDF, persistent store) against Oxigraph's bulk loader loading the same quads, and query latency on a generated store.
//!
//! `cargo bench --bench ingest`. Set `SHOWKG_BENCH_STORE=DIR` to time the queries on a store
//! that `showkg load` built (`scripts/bench.sh` passes its 100k-article store); without it the
//! bench loads 2,000 generated articles into a temporary store first.

mod common;

use std::fmt::Debug;
use std::hint::black_box;
use std::path::Path;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use divan::Bencher;
use divan::counter::ItemsCount;
use oxigraph::model::{Literal, Quad, Term};
use oxigraph::sparql::QueryResults;
use oxigraph::store::Store;
use showkg::extract::extract;
use showkg::graph::KnowledgeGraph;
use showkg::rdf::{self, DEFAULT_BASE_IRI, Minter, vocab};
use showkg::resolve::resolve;
use showkg::store::{Loader, ShowStore, queries};
use showkg::text::Article;

/// What `load` records as its settings; any fixed string does here.
const SETTINGS: &str = "bench";

/// A bench has no one to report an error to: it stops.
fn must<T, E: Debug>(r: Result<T, E>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("bench failed: {e:?}"),
    }
}

/// 300 generated articles (about 280 KB).
static ARTICLES: LazyLock<Vec<Article>> = LazyLock::new(|| common::corpus(280_000));

/// The quads `ingest` writes for [`ARTICLES`] (article graphs; the catalogue's few quads per
/// article are left out, which favours the reference).
static QUADS: LazyLock<Vec<Quad>> = LazyLock::new(|| {
    let minter = must(Minter::new(DEFAULT_BASE_IRI));
    ARTICLES.iter().flat_map(|a| quads(a, &minter)).collect()
});

fn quads(article: &Article, minter: &Minter) -> Vec<Quad> {
    let mut kg = KnowledgeGraph::new();
    let node = kg.add_article(article, resolve(article, extract(article)));
    rdf::article_quads(&kg, node, minter)
}

/// What `showkg load` does per article, with extraction on one thread: extract, resolve,
/// graph, quads, and the `Loader` (new articles in bulk batches with their catalogue
/// entries, committed in the background while the next ones are extracted) in a new store
/// at `dir`.
fn ingest(articles: &[Article], dir: &Path) {
    let minter = must(Minter::new(DEFAULT_BASE_IRI));
    let store = must(ShowStore::open(dir));
    let mut loader = Loader::new(&store);
    for a in articles {
        let q = quads(a, &minter);
        must(loader.add(&a.source, &minter.article(a.id()), SETTINGS, &q));
    }
    must(loader.finish());
}

/// The reference: Oxigraph's bulk loader writing the same quads into a new store at `dir`.
fn bulk_load(quads: &[Quad], dir: &Path, threads: Option<usize>) {
    let store = must(Store::open(dir));
    let mut loader = store.bulk_loader();
    if let Some(n) = threads {
        loader = loader.with_num_threads(n);
    }
    must(loader.load_quads(quads.iter().cloned()));
    must(loader.commit());
}

fn temp() -> tempfile::TempDir {
    must(tempfile::tempdir())
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn ingest_300_articles(b: Bencher) {
    let articles = &*ARTICLES;
    b.counter(ItemsCount::new(articles.len()))
        .with_inputs(temp)
        .bench_local_values(|dir| {
            ingest(articles, dir.path());
            dir
        });
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn reference_bulk_load_same_quads(b: Bencher) {
    let quads = &*QUADS;
    b.counter(ItemsCount::new(ARTICLES.len()))
        .with_inputs(temp)
        .bench_local_values(|dir| {
            bulk_load(quads, dir.path(), Some(1));
            dir
        });
}

/// A store to query, and names that are in it.
struct QueryStore {
    store: ShowStore,
    show: String,
    actor: String,
    _dir: Option<tempfile::TempDir>,
    articles: String,
}

static QUERY_STORE: LazyLock<QueryStore> = LazyLock::new(|| {
    let (store, dir, articles) = match std::env::var_os("SHOWKG_BENCH_STORE") {
        Some(path) => (
            must(ShowStore::open_existing(Path::new(&path))),
            None,
            format!("the store at {}", Path::new(&path).display()),
        ),
        None => {
            let dir = temp();
            let articles = common::corpus(1_900_000);
            ingest(&articles, dir.path());
            let store = must(ShowStore::open_existing(dir.path()));
            let what = format!("{} generated articles", articles.len());
            (store, Some(dir), what)
        }
    };
    let row = first_row(
        &store,
        "SELECT ?show ?actor WHERE { ?s a schema:TVSeries ; schema:name ?show ; schema:actor ?r . \
         ?r schema:actor ?p . ?p schema:name ?actor } LIMIT 1",
    );
    let [show, actor] = [0, 1].map(|i| match row.get(i) {
        Some(Term::Literal(l)) => l.value().to_string(),
        _ => panic!("bench failed: the store has no cast"),
    });
    QueryStore {
        store,
        show,
        actor,
        _dir: dir,
        articles,
    }
});

fn first_row(store: &ShowStore, sparql: &str) -> Vec<Term> {
    match must(store.query(sparql)) {
        QueryResults::Solutions(mut s) => match s.next() {
            Some(row) => must(row).values().iter().flatten().cloned().collect(),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Runs a query and counts its rows.
fn rows(store: &ShowStore, sparql: &str) -> usize {
    match must(store.query(sparql)) {
        QueryResults::Solutions(s) => s.map(must).count(),
        _ => 0,
    }
}

/// The three queries of the issue, with a show and an actor that are in the store, in the
/// shapes of `showkg::store::queries` (README, "Fast query shapes").
fn queries(q: &QueryStore) -> [(&'static str, String); 3] {
    [
        ("cast of a show by name", queries::cast(&q.show)),
        (
            "shows above 140M hours viewed",
            queries::above(vocab::showkg::HOURS_VIEWED, 140e6),
        ),
        ("an actor's filmography", queries::filmography(&q.actor)),
    ]
}

/// The same questions in the plain shapes (one row per article that repeats a name or a
/// type), for comparison. The filmography is left out: on 100k articles it ran for minutes.
fn plain_queries(q: &QueryStore) -> [(&'static str, String); 2] {
    let show = Literal::new_simple_literal(&q.show);
    [
        (
            "cast, plain shape",
            format!(
                "SELECT ?actor ?character WHERE {{ ?s schema:name {show} . \
                 {{ ?s a schema:TVSeries }} UNION {{ ?s a schema:Movie }} ?s schema:actor ?a . \
                 {{ ?a schema:characterName ?character ; schema:actor ?p . ?p schema:name ?actor }} \
                 UNION {{ ?a a schema:Person ; schema:name ?actor }} }}"
            ),
        ),
        (
            "hours above 140M, plain shape",
            "SELECT DISTINCT ?show ?hours WHERE { ?o schema:measuredProperty showkg:hoursViewed ; \
             schema:observationAbout ?s ; schema:value ?hours . ?s schema:name ?show . \
             FILTER(?hours > 140000000) }"
                .to_string(),
        ),
    ]
}

#[divan::bench(args = [0, 1, 2], sample_count = 30)]
fn query(b: Bencher, which: usize) {
    let q = &*QUERY_STORE;
    let sparql = queries(q)[which].1.clone();
    b.bench(|| rows(&q.store, &sparql));
}

fn main() {
    common::main(ratios);
}

fn ratios() {
    let articles = &*ARTICLES;
    let all = &*QUADS;
    common::header(&format!(
        "ingest, {} generated articles, {} quads, new RocksDB store each round",
        articles.len(),
        all.len()
    ));
    let rate = |t: Duration| articles.len() as f64 / t.as_secs_f64();
    let (ing, bulk1) = common::compare(
        3,
        || ingest(articles, temp().path()),
        || bulk_load(all, temp().path(), Some(1)),
    );
    let (_, bulk) = common::compare(3, || {}, || bulk_load(all, temp().path(), None));
    common::report(
        "ingest vs bulk loader, 1 thread",
        &format!("{:.0} articles/s", rate(ing)),
        &format!("{:.0} articles/s", rate(bulk1)),
        rate(ing) / rate(bulk1),
        ">= 0.8",
    );
    common::report(
        "ingest vs bulk loader, all threads",
        &format!("{:.0} articles/s", rate(ing)),
        &format!("{:.0} articles/s", rate(bulk)),
        rate(ing) / rate(bulk),
        "(information)",
    );
    // Where ingest's time goes: the same articles to quads only, no store.
    let minter = must(Minter::new(DEFAULT_BASE_IRI));
    let (to_quads, _) = common::compare(
        3,
        || {
            for a in articles {
                black_box(quads(a, &minter));
            }
        },
        || {},
    );
    println!(
        "{:<34} {:>16} {:>18} {:>9.3}  (share of ingest before the store)",
        "extract+resolve+graph+rdf only",
        format!("{:.0} articles/s", rate(to_quads)),
        "",
        to_quads.as_secs_f64() / ing.as_secs_f64()
    );

    let q = &*QUERY_STORE;
    println!(
        "\n== query latency on {} (show {:?}, actor {:?}); target p50 < 5 ms on 1M articles",
        q.articles, q.show, q.actor
    );
    println!("{:<34} {:>10} {:>10} {:>8}", "query", "p50", "p90", "rows");
    for (name, sparql) in queries(q) {
        latency(q, name, &sparql, 51);
    }
    for (name, sparql) in plain_queries(q) {
        latency(q, name, &sparql, 11);
    }
}

/// Prints the p50 and p90 of `runs` runs of a query (after one run that warms the caches)
/// and its number of rows.
fn latency(q: &QueryStore, name: &str, sparql: &str, runs: usize) {
    let n = rows(&q.store, sparql);
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(rows(&q.store, sparql));
            t.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{name:<34} {:>8.3}ms {:>8.3}ms {n:>8}",
        times[runs / 2].as_secs_f64() * 1e3,
        times[runs * 9 / 10].as_secs_f64() * 1e3,
    );
}

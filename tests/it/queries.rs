//! `store::queries` (the fast shapes of the README) give the same rows as the plain SPARQL of
//! the same questions, on the fixture articles and generated ones that repeat names across
//! articles.

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use showkg::bench_corpus::{GenArticle, Generator};
use showkg::extract::extract;
use showkg::graph::KnowledgeGraph;
use showkg::rdf::{self, DEFAULT_BASE_IRI, Minter, vocab};
use showkg::resolve::resolve;
use showkg::store::{ShowStore, queries};
use showkg::text::Article;

use crate::common::{article, texts};

fn store() -> ShowStore {
    let store = ShowStore::in_memory().unwrap();
    let minter = Minter::new(DEFAULT_BASE_IRI).unwrap();
    let mut articles: Vec<Article> = ["fixtures/articles", "fixtures/graph", "fixtures/foundation"]
        .iter()
        .flat_map(|d| texts(d))
        .map(|p| article(&p))
        .collect();
    let generated = Generator::new(7).take_bytes(600_000);
    articles.extend(generated.iter().map(GenArticle::article));
    for a in &articles {
        let mut kg = KnowledgeGraph::new();
        let node = kg.add_article(a, resolve(a, extract(a)));
        let quads = rdf::article_quads(&kg, node, &minter);
        store
            .replace_graph(&minter.article(a.id()), &quads)
            .unwrap();
    }
    store
}

/// The rows of a SELECT, each as its values in order, sorted and without repeats.
fn rows(store: &ShowStore, sparql: &str) -> Vec<Vec<Option<Term>>> {
    let QueryResults::Solutions(s) = store.query(sparql).unwrap() else {
        panic!("not a SELECT: {sparql}")
    };
    let mut rows: Vec<Vec<Option<Term>>> = s.map(|r| r.unwrap().values().to_vec()).collect();
    rows.sort_by_key(|r| format!("{r:?}"));
    rows.dedup();
    rows
}

/// The single string column of a query.
fn names(store: &ShowStore, sparql: &str) -> Vec<String> {
    rows(store, sparql)
        .into_iter()
        .filter_map(|r| match r.first() {
            Some(Some(Term::Literal(l))) => Some(l.value().to_string()),
            _ => None,
        })
        .collect()
}

const PLAIN_SHOW: &str = "{ ?s a schema:TVSeries } UNION { ?s a schema:Movie }";

#[test]
fn fast_query_shapes_give_the_plain_shapes_rows() {
    let store = store();
    let shows = names(
        &store,
        &format!("SELECT DISTINCT ?n WHERE {{ {PLAIN_SHOW} ?s schema:name ?n ; schema:actor ?a }}"),
    );
    let actors = names(
        &store,
        "SELECT DISTINCT ?n WHERE { ?s schema:actor/schema:actor? ?p . ?p a schema:Person ; schema:name ?n }",
    );
    assert!(
        shows.len() > 100 && actors.len() > 300,
        "{} {}",
        shows.len(),
        actors.len()
    );
    let mut repeated = 0;
    for show in &shows {
        let lit = oxigraph::model::Literal::new_simple_literal(show);
        let plain = format!(
            "SELECT ?actor ?character WHERE {{ ?s schema:name {lit} . {PLAIN_SHOW} ?s schema:actor ?a . \
             {{ ?a schema:characterName ?character ; schema:actor ?p . ?p schema:name ?actor }} \
             UNION {{ ?a a schema:Person ; schema:name ?actor }} }}"
        );
        let fast = rows(&store, &queries::cast(show));
        assert!(!fast.is_empty(), "{show}");
        assert_eq!(fast, rows(&store, &plain), "cast of {show}");
    }
    for actor in &actors {
        let lit = oxigraph::model::Literal::new_simple_literal(actor);
        let plain = format!(
            "SELECT ?show WHERE {{ ?p a schema:Person ; schema:name {lit} . \
             {{ ?s schema:actor ?p }} UNION {{ ?r schema:actor ?p . ?s schema:actor ?r }} \
             {PLAIN_SHOW} ?s schema:name ?show }}"
        );
        let fast = rows(&store, &queries::filmography(actor));
        assert!(!fast.is_empty(), "{actor}");
        repeated += usize::from(fast.len() > 1);
        assert_eq!(fast, rows(&store, &plain), "filmography of {actor}");
    }
    // Names that come back in several articles are what the fast shapes are for.
    assert!(repeated > 20, "{repeated}");
    for (metric, threshold) in [
        (vocab::showkg::HOURS_VIEWED, 0.0),
        (vocab::showkg::HOURS_VIEWED, 20_000_000.0),
        (vocab::showkg::HOURS_VIEWED, 140_000_000.0),
        (vocab::showkg::VIEWS, 5_000_000.0),
        (vocab::showkg::HOUSEHOLD_RATING, 10.5),
    ] {
        let plain = format!(
            "SELECT ?show ?value WHERE {{ ?o schema:measuredProperty <{}> ; \
             schema:observationAbout ?s ; schema:value ?value . ?s schema:name ?show . \
             FILTER(?value > {threshold}) }}",
            metric.as_str()
        );
        let fast = rows(&store, &queries::above(metric, threshold));
        assert!(
            threshold > 100.0e6 || !fast.is_empty(),
            "{metric} {threshold}"
        );
        assert_eq!(fast, rows(&store, &plain), "{metric} above {threshold}");
    }
}

//! Batched loading on real store files: bulk batches give the store one transaction per article gives, and a batch that fails to commit leaves no record of its articles, touches nothing stored before, and is repaired by the next load.

use std::path::Path;

use oxigraph::model::{GraphNameRef, NamedNode, Quad};
use showkg::consolidate::StoredArticle;
use showkg::extract::extract;
use showkg::rdf::{DEFAULT_BASE_IRI, Minter, vocab::showkg::CATALOGUE};
use showkg::resolve::resolve;
use showkg::store::{LoadOutcome, Loader, ShowStore};

use crate::common::{article, nquads, texts};

const SETTINGS: &str = "test settings";
const CATALOGUE_GRAPH: GraphNameRef<'static> = GraphNameRef::NamedNode(CATALOGUE);

/// One source to load: its key, article graph and quads (with the extraction record), as
/// `showkg load` makes them.
struct Source {
    key: String,
    graph: NamedNode,
    quads: Vec<Quad>,
}

fn source(key: &str, path: &Path) -> Source {
    let minter = Minter::new(DEFAULT_BASE_IRI).unwrap();
    let a = article(path);
    let stored = StoredArticle::new(&a, &resolve(&a, extract(&a)));
    let mut quads = stored.quads(&minter);
    quads.push(stored.catalogue_quad(&minter));
    Source {
        key: key.to_string(),
        graph: minter.article(a.id()),
        quads,
    }
}

/// The fixture articles as sources, plus the cases that are not new: a source seen twice,
/// content under a second source, and a source whose content changes within one load.
fn sources() -> Vec<Source> {
    let paths = texts("fixtures/articles");
    let mut v: Vec<Source> = paths
        .iter()
        .map(|p| source(&p.display().to_string(), p))
        .collect();
    v.push(source(&paths[3].display().to_string(), &paths[3]));
    v.push(source("second name of article 5", &paths[5]));
    v.push(source("changes", &paths[7]));
    v.push(source("changes", &paths[8]));
    v
}

fn dump(store: &ShowStore) -> String {
    nquads(&store.quads().unwrap())
}

fn load_all(loader: &mut Loader<'_>, sources: &[Source]) -> Result<(), showkg::store::StoreError> {
    for s in sources {
        loader.add(&s.key, &s.graph, SETTINGS, &s.quads)?;
    }
    Ok(())
}

/// The reference: one `load_article` transaction per source, in order.
fn one_by_one(dir: &Path, sources: &[Source]) -> String {
    let store = ShowStore::open(dir).unwrap();
    for s in sources {
        store
            .load_article(&s.key, &s.graph, SETTINGS, &s.quads)
            .unwrap();
    }
    dump(&store)
}

#[test]
fn bulk_batches_give_the_store_of_one_transaction_per_article() {
    let sources = sources();
    let dir = tempfile::tempdir().unwrap();
    let expected = one_by_one(&dir.path().join("reference"), &sources);
    for batch_quads in [1, 500, 1_000_000] {
        let location = dir.path().join(format!("batched{batch_quads}"));
        {
            let store = ShowStore::open(&location).unwrap();
            let mut loader = Loader::new(&store).with_batch_quads(batch_quads);
            load_all(&mut loader, &sources).unwrap();
            loader.finish().unwrap();
        }
        // Reopened from disk: the batches are durable.
        let store = ShowStore::open(&location).unwrap();
        assert_eq!(dump(&store), expected, "batches of {batch_quads} quads");
    }
}

#[test]
fn loads_report_new_changed_and_unchanged_as_one_by_one() {
    let sources = sources();
    let dir = tempfile::tempdir().unwrap();
    let reference = ShowStore::open(&dir.path().join("reference")).unwrap();
    let store = ShowStore::open(&dir.path().join("batched")).unwrap();
    let mut loader = Loader::new(&store);
    let mut outcomes = Vec::new();
    for s in &sources {
        let batched = loader.add(&s.key, &s.graph, SETTINGS, &s.quads).unwrap();
        let single = reference
            .load_article(&s.key, &s.graph, SETTINGS, &s.quads)
            .unwrap();
        outcomes.push((s.key.clone(), batched, single));
    }
    loader.finish().unwrap();
    for (key, batched, single) in &outcomes {
        assert_eq!(batched, single, "{key}");
    }
    assert!(outcomes.iter().any(|o| o.1 == LoadOutcome::Unchanged));
    assert!(outcomes.iter().any(|o| o.1 == LoadOutcome::Changed));
}

/// Every article graph the catalogue records a source for holds exactly the quads of its
/// extraction record: nothing is recorded but absent or half-written.
fn check_recorded_graphs_are_whole(store: &ShowStore, sources: &[Source]) {
    for (key, graph) in store.sources().unwrap() {
        let s = sources
            .iter()
            .find(|s| s.key == key && s.graph == graph)
            .unwrap_or_else(|| panic!("{key} is not a source of {graph}"));
        let expected: Vec<Quad> = s
            .quads
            .iter()
            .filter(|q| q.graph_name.as_ref() == GraphNameRef::NamedNode(graph.as_ref()))
            .cloned()
            .collect();
        assert_eq!(
            nquads(&store.graph_quads(graph.as_ref()).unwrap()),
            nquads(&expected),
            "{key}"
        );
    }
}

#[test]
fn a_failed_batch_leaves_no_record_touches_nothing_stored_and_is_repaired() {
    let sources = sources();
    let (before, after) = sources.split_at(12);
    let dir = tempfile::tempdir().unwrap();
    let location = dir.path().join("store");
    let expected = one_by_one(&dir.path().join("reference"), &sources);
    let stored_before = {
        let store = ShowStore::open(&location).unwrap();
        let mut loader = Loader::new(&store);
        load_all(&mut loader, before).unwrap();
        loader.finish().unwrap();
        dump(&store)
    };
    // The second load fails in its second commit (of ten one-article batches).
    {
        let store = ShowStore::open(&location).unwrap();
        let mut loader = Loader::new(&store)
            .with_batch_quads(1)
            .with_failing_commit(1);
        let result = load_all(&mut loader, after).and_then(|()| loader.finish());
        assert!(result.is_err(), "the injected failure is reported");
    }
    let store = ShowStore::open(&location).unwrap();
    let now = dump(&store);
    // Nothing stored before was lost.
    for line in stored_before.lines() {
        assert!(now.contains(line), "lost: {line}");
    }
    // What is recorded is whole, and some of the second load's articles are not recorded.
    check_recorded_graphs_are_whole(&store, &sources);
    let recorded: Vec<String> = store.sources().unwrap().into_iter().map(|s| s.0).collect();
    let missing: Vec<&Source> = after
        .iter()
        .filter(|s| !recorded.contains(&s.key))
        .collect();
    assert!(
        !missing.is_empty(),
        "the failed batch's articles are not recorded"
    );
    // A graph no recorded source refers to has neither quads nor catalogue entries.
    let shared = |s: &Source| {
        (store.sources().unwrap())
            .iter()
            .any(|(_, graph)| *graph == s.graph)
    };
    for s in missing.iter().filter(|s| !shared(s)) {
        let about = store
            .pattern(
                Some(s.graph.as_ref().into()),
                None,
                None,
                Some(CATALOGUE_GRAPH),
            )
            .count();
        assert_eq!(about, 0, "{} is absent but catalogued", s.key);
        assert!(
            store.graph_quads(s.graph.as_ref()).unwrap().is_empty(),
            "{}",
            s.key
        );
    }
    // The next load skips what is recorded (as `showkg load` does) and loads the rest.
    let mut loader = Loader::new(&store);
    for s in &sources {
        if !store.is_loaded(&s.key, &s.graph, SETTINGS).unwrap() {
            loader.add(&s.key, &s.graph, SETTINGS, &s.quads).unwrap();
        }
    }
    loader.finish().unwrap();
    assert_eq!(dump(&store), expected);
}

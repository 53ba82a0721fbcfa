//! Batched loading: articles new to the store go in through Oxigraph's bulk loader, many at a time and with their catalogue entries in the same atomic ingestion, while the next ones are extracted; the others go in one transaction each.
//!
//! An article is new when the catalogue records nothing for its source and its graph does
//! not exist: then there is nothing to replace, so nothing to read or clear. Its quads and
//! its catalogue entries (source, settings, extraction record) wait in a batch; a full batch
//! is handed to a background thread that builds sorted SST files with `Store::bulk_loader`
//! and commits them. RocksDB ingests the files of every column family of one commit
//! atomically (`IngestExternalFiles`), so a batch is in the store whole, catalogue records
//! included, or not at all: a failed or interrupted commit leaves no record of its articles,
//! and the next load, seeing them missing, loads them again. Nothing already stored is
//! touched, since every quad of a batch is new.
//!
//! Any other article (its source or its graph already in the store) is loaded by
//! [`ShowStore::load_article`], one transaction that replaces its graph. When such an article
//! names a source or a graph still waiting in a batch, the batch is committed first, so the
//! store ends as if every article had been loaded in order, one transaction each.

use std::collections::HashSet;
use std::thread::JoinHandle;

use oxigraph::model::{GraphNameRef, Literal, NamedNode, Quad, QuadRef};
use oxigraph::store::Store;

use super::{LoadOutcome, ShowStore, StoreError};
use crate::rdf::vocab::showkg;

/// A batch is handed to the bulk loader once it holds this many quads (about 800 generated
/// articles): large enough that each commit adds few files to RocksDB, small enough that the
/// bulk loader's sort buffers stay tens of megabytes.
const BATCH_QUADS: usize = 100_000;

/// Transactions flush the store's memtables after this many quads, which keeps memory flat
/// whatever the archive's size (Oxigraph sizes the memtables for bulk speed).
const FLUSH_EVERY_QUADS: usize = 100_000;

/// Loads articles into a store, new ones in bulk batches; see the module documentation.
/// Call [`Loader::finish`] at the end: a loader dropped without it loses the waiting batch
/// (which the next load then loads again) but nothing else.
pub struct Loader<'s> {
    store: &'s ShowStore,
    /// Quads of new articles not yet handed on.
    batch: Vec<Quad>,
    /// What `batch` holds.
    gathering: Waiting,
    /// What the batch being committed holds.
    in_flight: Waiting,
    /// The batch being committed in the background.
    committing: Option<JoinHandle<Result<(), oxigraph::store::StorageError>>>,
    batch_quads: usize,
    unflushed: usize,
    /// Test hook: the batch with this number (counting from 0) fails to commit.
    fail_batch: Option<usize>,
    batches: usize,
}

impl std::fmt::Debug for Loader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loader")
            .field("store", &self.store)
            .field("waiting", &self.gathering.keys.len())
            .finish_non_exhaustive()
    }
}

impl<'s> Loader<'s> {
    /// A loader into `store`.
    pub fn new(store: &'s ShowStore) -> Self {
        Self {
            store,
            batch: Vec::new(),
            gathering: Waiting::default(),
            in_flight: Waiting::default(),
            committing: None,
            batch_quads: BATCH_QUADS,
            unflushed: 0,
            fail_batch: None,
            batches: 0,
        }
    }

    /// Hands batches on at `quads` quads instead of the default (tests use small batches).
    #[must_use]
    pub fn with_batch_quads(mut self, quads: usize) -> Self {
        self.batch_quads = quads.max(1);
        self
    }

    /// Test hook: the batch numbered `n` (from 0) is built but its commit fails, as a full
    /// disk or a crash during the commit would make it.
    #[doc(hidden)]
    #[must_use]
    pub fn with_failing_batch(mut self, n: usize) -> Self {
        self.fail_batch = Some(n);
        self
    }

    /// Loads one source's article graph (`quads`, which may include catalogue quads such as
    /// the extraction record) with `settings`, as [`ShowStore::load_article`] does. A new
    /// article is only in the store once its batch is committed (at the latest by
    /// [`Loader::finish`]); a store error of an earlier batch may surface here.
    pub fn add(
        &mut self,
        key: &str,
        article: &NamedNode,
        settings: &str,
        quads: &[Quad],
    ) -> Result<LoadOutcome, StoreError> {
        // The same source with the same content and settings earlier in this load: loading
        // it again would write the same quads.
        let source = (key.to_string(), article.clone(), settings.to_string());
        if self.gathering.sources.contains(&source) || self.in_flight.sources.contains(&source) {
            return Ok(LoadOutcome::Unchanged);
        }
        if self.gathering.holds(key, article) || self.in_flight.holds(key, article) {
            self.sync()?;
        }
        let in_graph =
            |q: &Quad| q.graph_name.as_ref() == GraphNameRef::NamedNode(article.as_ref());
        let is_new = quads.iter().any(in_graph)
            && self
                .store
                .articles_of(&Literal::new_simple_literal(key))?
                .is_empty()
            && !self
                .store
                .store
                .contains_named_graph(article)
                .map_err(|e| self.store.storage(e))?;
        if !is_new {
            let outcome = self.store.load_article(key, article, settings, quads)?;
            self.unflushed += quads.len();
            if self.unflushed >= FLUSH_EVERY_QUADS {
                self.store.flush()?;
                self.unflushed = 0;
            }
            return Ok(outcome);
        }
        let catalogue = GraphNameRef::NamedNode(showkg::CATALOGUE);
        let settings_literal = Literal::new_simple_literal(settings);
        let key_literal = Literal::new_simple_literal(key);
        self.batch.extend_from_slice(quads);
        self.batch.push(
            QuadRef::new(
                article,
                showkg::EXTRACTED_WITH,
                &settings_literal,
                catalogue,
            )
            .into_owned(),
        );
        self.batch
            .push(QuadRef::new(article, showkg::SOURCE, &key_literal, catalogue).into_owned());
        self.gathering.keys.insert(key.to_string());
        self.gathering.graphs.insert(article.clone());
        self.gathering.sources.insert(source);
        if self.batch.len() >= self.batch_quads {
            self.hand_on()?;
        }
        Ok(LoadOutcome::New)
    }

    /// Commits what waits and returns once it is in the store.
    pub fn finish(mut self) -> Result<(), StoreError> {
        self.sync()
    }

    /// Hands the waiting batch on and waits until every batch is committed.
    fn sync(&mut self) -> Result<(), StoreError> {
        self.hand_on()?;
        self.join()
    }

    /// Waits for the batch being committed, if any.
    fn join(&mut self) -> Result<(), StoreError> {
        if let Some(handle) = self.committing.take() {
            let result = handle.join().map_err(|_| {
                oxigraph::store::StorageError::Other("the bulk load thread panicked".into())
            });
            result.and_then(|r| r).map_err(|e| self.store.storage(e))?;
        }
        self.in_flight = Waiting::default();
        Ok(())
    }

    /// Starts committing the waiting batch in the background (after the previous one).
    fn hand_on(&mut self) -> Result<(), StoreError> {
        self.join()?;
        if self.batch.is_empty() {
            return Ok(());
        }
        let quads = std::mem::take(&mut self.batch);
        self.in_flight = std::mem::take(&mut self.gathering);
        let store = self.store.store.clone();
        let fail = self.fail_batch == Some(self.batches);
        self.batches += 1;
        self.committing = Some(std::thread::spawn(move || bulk_commit(&store, quads, fail)));
        Ok(())
    }
}

impl Drop for Loader<'_> {
    /// A batch being committed is waited for, so that a loader dropped after an error does
    /// not leave a commit running behind the caller's back.
    fn drop(&mut self) {
        if let Some(handle) = self.committing.take() {
            let _ = handle.join();
        }
    }
}

/// The sources and graphs of a batch.
#[derive(Debug, Default)]
struct Waiting {
    /// (source key, article graph, settings).
    sources: HashSet<(String, NamedNode, String)>,
    keys: HashSet<String>,
    graphs: HashSet<NamedNode>,
}

impl Waiting {
    fn holds(&self, key: &str, article: &NamedNode) -> bool {
        self.keys.contains(key) || self.graphs.contains(article)
    }
}

/// Writes `quads` into SST files and ingests them in one atomic step. With `fail`, the files
/// are built and then dropped instead of ingested (the bulk loader deletes them).
fn bulk_commit(
    store: &Store,
    quads: Vec<Quad>,
    fail: bool,
) -> Result<(), oxigraph::store::StorageError> {
    let mut loader = store.bulk_loader().with_num_threads(1);
    loader.load_quads(quads)?;
    if fail {
        drop(loader);
        return Err(oxigraph::store::StorageError::Other(
            "injected failure: the batch was not committed".into(),
        ));
    }
    loader.commit()
}

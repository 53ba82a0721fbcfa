//! Batched loading: articles new to the store go in through Oxigraph's bulk loader, many at a time and with their catalogue entries in the same atomic ingestion, while the next ones are extracted; the others go in one transaction each.
//!
//! An article is new when the catalogue records nothing for its source and its graph does
//! not exist: then there is nothing to replace, so nothing to read or clear. Its quads and
//! its catalogue entries (source, settings, extraction record) wait in a batch; a full batch
//! goes through a bounded channel to a writer thread, where `Store::bulk_loader` sorts it
//! into SST files on disk while the next batch is extracted. Every few batches the writer
//! commits: RocksDB ingests the files of every column family of one commit atomically
//! (`IngestExternalFiles`), so what a commit holds is in the store whole, catalogue records
//! included, or not at all: a failed or interrupted commit leaves no record of its articles,
//! and the next load, seeing them missing, loads them again. Nothing already stored is
//! touched, since every quad of a batch is new. Commits are few because each one makes
//! RocksDB merge the new files into what it holds (compaction, most of a load's cost when
//! every batch was committed on its own).
//!
//! Any other article (its source or its graph already in the store) is loaded by
//! [`ShowStore::load_article`], one transaction that replaces its graph. When such an article
//! names a source or a graph still waiting in a batch, the batch is committed first, so the
//! store ends as if every article had been loaded in order, one transaction each.

use std::collections::{HashSet, VecDeque};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use oxigraph::model::{GraphNameRef, Literal, NamedNode, Quad, QuadRef};
use oxigraph::store::Store;

use super::{LoadOutcome, ShowStore, StoreError};
use crate::rdf::vocab::showkg;

/// A batch goes to the writer once it holds this many quads (about 800 generated articles):
/// the bulk loader's sort buffers for it are some tens of megabytes.
const BATCH_QUADS: usize = 100_000;

/// The writer commits every this many batches (about 8,000 generated articles).
const COMMIT_BATCHES: usize = 10;

/// Transactions flush the store's memtables after this many quads, which keeps memory flat
/// whatever the archive's size (Oxigraph sizes the memtables for bulk speed).
const FLUSH_EVERY_QUADS: usize = 100_000;

type StorageResult = Result<(), oxigraph::store::StorageError>;

/// What the writer thread is asked to do.
enum Job {
    /// Sort these quads into SST files.
    Quads(Vec<Quad>),
    /// Ingest the files sorted since the last commit, in one atomic step, and answer; with
    /// `fail` (a test hook), drop them instead and answer with an error.
    Commit { fail: bool },
}

/// The writer thread, its queue (one batch deep, so memory holds at most three batches:
/// one gathering, one queued, one being sorted) and its answers to commits.
struct Writer {
    jobs: SyncSender<Job>,
    answers: Receiver<StorageResult>,
    thread: JoinHandle<()>,
}

/// Loads articles into a store, new ones in bulk batches; see the module documentation.
/// Call [`Loader::finish`] at the end: a loader dropped without it loses what was not yet
/// committed (which the next load then loads again) but nothing else.
pub struct Loader<'s> {
    store: &'s ShowStore,
    /// Quads of new articles not yet sent to the writer.
    batch: Vec<Quad>,
    /// What `batch` holds.
    gathering: Waiting,
    /// What was sent to the writer since the last commit was asked for.
    sent: Waiting,
    /// What each commit asked for and not yet answered holds, oldest first.
    committing: VecDeque<Waiting>,
    /// Batches sent since the last commit was asked for.
    uncommitted: usize,
    writer: Option<Writer>,
    batch_quads: usize,
    unflushed: usize,
    /// Test hook: the commit with this number (counting from 0) fails.
    fail_commit: Option<usize>,
    commits: usize,
}

impl std::fmt::Debug for Loader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loader")
            .field("store", &self.store)
            .field("gathering", &self.gathering.keys.len())
            .field("sent", &self.sent.keys.len())
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
            sent: Waiting::default(),
            committing: VecDeque::new(),
            uncommitted: 0,
            writer: None,
            batch_quads: BATCH_QUADS,
            unflushed: 0,
            fail_commit: None,
            commits: 0,
        }
    }

    /// Sends batches to the writer at `quads` quads instead of the default (tests use small
    /// batches); the writer still commits every few batches.
    #[must_use]
    pub fn with_batch_quads(mut self, quads: usize) -> Self {
        self.batch_quads = quads.max(1);
        self
    }

    /// Test hook: the commit numbered `n` (from 0) sorts its batches but fails instead of
    /// ingesting them, as a full disk or a crash during the commit would make it.
    #[doc(hidden)]
    #[must_use]
    pub fn with_failing_commit(mut self, n: usize) -> Self {
        self.fail_commit = Some(n);
        self
    }

    /// Loads one source's article graph (`quads`, which may include catalogue quads such as
    /// the extraction record) with `settings`, as [`ShowStore::load_article`] does. A new
    /// article is only in the store once its batch is committed (at the latest by
    /// [`Loader::finish`]); a store error of an earlier commit may surface here.
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
        let waiting = || {
            std::iter::once(&self.gathering)
                .chain(std::iter::once(&self.sent))
                .chain(&self.committing)
        };
        if waiting().any(|w| w.sources.contains(&source)) {
            return Ok(LoadOutcome::Unchanged);
        }
        if waiting().any(|w| w.holds(key, article)) {
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
            self.send()?;
            if self.uncommitted >= COMMIT_BATCHES {
                self.commit()?;
            }
        }
        Ok(LoadOutcome::New)
    }

    /// Commits what waits and returns once it is in the store.
    pub fn finish(mut self) -> Result<(), StoreError> {
        self.sync()
    }

    /// Commits what waits and waits for every commit's answer.
    fn sync(&mut self) -> Result<(), StoreError> {
        self.send()?;
        if self.uncommitted > 0 {
            self.commit()?;
        }
        while !self.committing.is_empty() {
            self.answer()?;
        }
        Ok(())
    }

    /// Sends the gathered batch to the writer (starting it the first time).
    fn send(&mut self) -> Result<(), StoreError> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let quads = std::mem::take(&mut self.batch);
        let gathered = std::mem::take(&mut self.gathering);
        self.sent.extend(gathered);
        let store = &self.store.store;
        let writer = self
            .writer
            .get_or_insert_with(|| Writer::start(store.clone()));
        if writer.jobs.send(Job::Quads(quads)).is_err() {
            return Err(self.stopped());
        }
        self.uncommitted += 1;
        Ok(())
    }

    /// Asks the writer to commit what it sorted, after waiting for the answer to the commit
    /// before (so at most one commit runs behind the caller).
    fn commit(&mut self) -> Result<(), StoreError> {
        while !self.committing.is_empty() {
            self.answer()?;
        }
        let fail = self.fail_commit == Some(self.commits);
        self.commits += 1;
        self.uncommitted = 0;
        let sent = self
            .writer
            .as_ref()
            .is_some_and(|w| w.jobs.send(Job::Commit { fail }).is_ok());
        if !sent {
            return Err(self.stopped());
        }
        self.committing.push_back(std::mem::take(&mut self.sent));
        Ok(())
    }

    /// Waits for the answer to the oldest commit asked for.
    fn answer(&mut self) -> Result<(), StoreError> {
        let answer = self.writer.as_ref().map(|w| w.answers.recv());
        self.committing.pop_front();
        match answer {
            Some(Ok(result)) => result.map_err(|e| self.store.storage(e)),
            _ => Err(self.stopped()),
        }
    }

    /// The error for a writer that is gone (it panicked).
    fn stopped(&self) -> StoreError {
        self.store.storage(oxigraph::store::StorageError::Other(
            "the bulk load writer stopped".into(),
        ))
    }
}

impl Drop for Loader<'_> {
    /// The writer is stopped and waited for: what it sorted and did not commit is dropped
    /// (the bulk loader deletes its files), and no commit runs behind the caller's back.
    fn drop(&mut self) {
        if let Some(w) = self.writer.take() {
            drop(w.jobs);
            let _ = w.thread.join();
        }
    }
}

impl Writer {
    fn start(store: Store) -> Self {
        let (jobs, queue) = sync_channel(1);
        let (answer, answers) = sync_channel(2);
        let thread = std::thread::spawn(move || write(&store, &queue, &answer));
        Self {
            jobs,
            answers,
            thread,
        }
    }
}

/// The writer thread: sorts batches into SST files and commits them when asked.
fn write(store: &Store, jobs: &Receiver<Job>, answers: &SyncSender<StorageResult>) {
    let mut loader = None;
    let mut failed = None;
    for job in jobs {
        match job {
            Job::Quads(quads) => {
                if failed.is_none() {
                    let l = loader.get_or_insert_with(|| store.bulk_loader().with_num_threads(1));
                    if let Err(e) = l.load_quads(quads) {
                        failed = Some(e);
                        loader = None;
                    }
                }
            }
            Job::Commit { fail } => {
                let result = match (failed.take(), loader.take()) {
                    (Some(e), _) => Err(e),
                    (None, Some(_)) if fail => Err(oxigraph::store::StorageError::Other(
                        "injected failure: the commit did not happen".into(),
                    )),
                    (None, Some(l)) => l.commit(),
                    (None, None) => Ok(()),
                };
                if answers.send(result).is_err() {
                    return;
                }
            }
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

    fn extend(&mut self, other: Self) {
        self.sources.extend(other.sources);
        self.keys.extend(other.keys);
        self.graphs.extend(other.graphs);
    }
}

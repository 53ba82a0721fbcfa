//! The persistent Oxigraph store (RocksDB): one named graph per article, SPARQL over their union, dumps.

mod catalogue;
mod load;
mod network;
pub mod queries;
mod raw;
pub mod results;
pub mod shacl;

use std::io::Write;
use std::path::Path;

use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad};
use oxigraph::sparql::{PreparedSparqlQuery, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

use crate::rdf::{self, RdfError, vocab};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The store could not be opened, read or written.
    #[error("store at {location}: {source}")]
    Storage {
        /// The store directory.
        location: String,
        /// The underlying error.
        source: oxigraph::store::StorageError,
    },
    /// No store exists at the location.
    #[error("no store at {0}: load articles into it first (showkg load --location {0} ...)")]
    Missing(String),
    /// The SPARQL query does not parse.
    #[error("SPARQL syntax error: {0}")]
    Syntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    /// The query failed while running.
    #[error("query failed: {0}")]
    Query(#[from] oxigraph::sparql::QueryEvaluationError),
    /// Writing RDF failed.
    #[error(transparent)]
    Rdf(#[from] RdfError),
    /// Writing results failed.
    #[error("cannot write results: {0}")]
    Io(#[from] std::io::Error),
}

pub use catalogue::LoadOutcome;
pub use load::Loader;

/// A showkg store: an Oxigraph store on disk.
#[derive(Clone)]
pub struct ShowStore {
    store: Store,
    location: String,
}

impl std::fmt::Debug for ShowStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShowStore")
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

impl ShowStore {
    /// Opens (or creates) the store at a directory for reading and writing.
    pub fn open(location: &Path) -> Result<Self, StoreError> {
        Self::wrap(location, Store::open(location))
    }

    /// Opens an existing store for reading; fails clearly when there is none.
    pub fn open_existing(location: &Path) -> Result<Self, StoreError> {
        if !location.join("CURRENT").exists() {
            return Err(StoreError::Missing(location.display().to_string()));
        }
        Self::wrap(location, Store::open_read_only(location))
    }

    /// Opens an existing store for reading and writing; fails clearly when there is none.
    pub fn open_existing_writable(location: &Path) -> Result<Self, StoreError> {
        if !location.join("CURRENT").exists() {
            return Err(StoreError::Missing(location.display().to_string()));
        }
        Self::open(location)
    }

    /// A store opened at `location`, or the error naming it.
    fn wrap(
        location: &Path,
        opened: Result<Store, oxigraph::store::StorageError>,
    ) -> Result<Self, StoreError> {
        let location = location.display().to_string();
        match opened {
            Ok(store) => Ok(Self { store, location }),
            Err(source) => Err(StoreError::Storage { location, source }),
        }
    }

    /// An in-memory store (tests, validation).
    pub fn in_memory() -> Result<Self, StoreError> {
        let store = Store::new().map_err(|source| StoreError::Storage {
            location: "memory".into(),
            source,
        })?;
        Ok(Self {
            store,
            location: "memory".into(),
        })
    }

    fn storage(&self, source: oxigraph::store::StorageError) -> StoreError {
        StoreError::Storage {
            location: self.location.clone(),
            source,
        }
    }

    /// Replaces an article's named graph with these quads in one transaction: readers see
    /// the old graph or the new one, never a mix, and nothing else changes (the catalogue
    /// neither: `load_article` is the incremental load).
    pub fn replace_graph(
        &self,
        graph: &NamedNode,
        quads: &[Quad],
    ) -> Result<LoadOutcome, StoreError> {
        let existed = self
            .store
            .contains_named_graph(graph)
            .map_err(|e| self.storage(e))?;
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        t.remove_named_graph(graph).map_err(|e| self.storage(e))?;
        t.insert_named_graph(graph);
        t.extend(quads);
        t.commit().map_err(|e| self.storage(e))?;
        Ok(if existed {
            LoadOutcome::Changed
        } else {
            LoadOutcome::New
        })
    }

    /// Runs a SPARQL query over the union of all article graphs.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        Ok(Self::prepare(sparql)?.on_store(&self.store).execute()?)
    }

    /// Runs a SPARQL query to its end and returns Oxigraph's plan for it as JSON, with the
    /// rows each step produced and its time, and the number of results. The union graph
    /// yields a triple once per article graph that holds it, so the row counts show where a
    /// query multiplies duplicates (see "Fast query shapes" in the README).
    pub fn explain(&self, sparql: &str) -> Result<(usize, String), StoreError> {
        let (results, explanation) = Self::prepare(sparql)?
            .on_store(&self.store)
            .compute_statistics()
            .explain();
        let rows = match results? {
            QueryResults::Solutions(s) => s.map(|r| r.map(|_| 1)).sum::<Result<usize, _>>()?,
            QueryResults::Boolean(_) => 1,
            QueryResults::Graph(t) => t.map(|r| r.map(|_| 1)).sum::<Result<usize, _>>()?,
        };
        let mut json = Vec::new();
        explanation.write_in_json(&mut json)?;
        Ok((rows, String::from_utf8_lossy(&json).into_owned()))
    }

    /// A query parsed with showkg's prefixes, over the union of all graphs.
    fn prepare(sparql: &str) -> Result<PreparedSparqlQuery, StoreError> {
        let mut prepared = SparqlEvaluator::new()
            .with_prefix("schema", vocab::SCHEMA)
            .and_then(|e| e.with_prefix("showkg", vocab::SHOWKG))
            .and_then(|e| e.with_prefix("nif", vocab::NIF))
            .and_then(|e| e.with_prefix("prov", vocab::PROV))
            .and_then(|e| e.with_prefix("xsd", vocab::XSD))
            .unwrap_or_default()
            .parse_query(sparql)?;
        prepared.dataset_mut().set_default_graph_as_union();
        Ok(prepared)
    }

    /// Writes what RocksDB holds in memory (its memtables) to disk. Oxigraph sizes the
    /// memtables for bulk speed (hundreds of MiB per column family), so a long load calls
    /// this now and then to keep its memory flat.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.store.flush().map_err(|e| self.storage(e))
    }

    /// Number of quads.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(|e| self.storage(e))
    }

    /// Whether the store holds no quad.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.store.is_empty().map_err(|e| self.storage(e))
    }

    /// The named graphs (one per article).
    pub fn graphs(&self) -> Result<Vec<NamedOrBlankNode>, StoreError> {
        self.store
            .named_graphs()
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.storage(e))
    }

    /// Every quad, sorted by its N-Quads form.
    pub fn quads(&self) -> Result<Vec<Quad>, StoreError> {
        let all = self
            .store
            .iter()
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.storage(e))?;
        Ok(rdf::sorted(all))
    }

    /// The quads of one named graph.
    pub fn graph_quads(&self, graph: NamedNodeRef<'_>) -> Result<Vec<Quad>, StoreError> {
        let q = self
            .store
            .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(graph)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.storage(e))?;
        Ok(rdf::sorted(q))
    }

    /// Writes the whole store in an RDF format (graph formats get the union of the graphs).
    pub fn dump(&self, format: RdfFormat, out: impl Write) -> Result<(), StoreError> {
        rdf::write_quads(&self.quads()?, format, out)?;
        Ok(())
    }
}

//! showkg: entertainment news to linked data.
//!
//! The pipeline, one module per stage: [`input`] (files, formats, metadata) -> [`text`] (article, blocks, sentences) ->
//! [`extract`] (facts with evidence) -> [`resolve`] (names to entities) -> [`graph`]
//! (petgraph knowledge graph) -> [`rdf`] (quads, JSON-LD, SHACL) -> [`store`] (Oxigraph),
//! then [`consolidate`] (one entity, one IRI, across articles) and
//! [`report`] (conflicts, statistics) over the store, with [`cli`] on top, [`eval`] to score it against gold facts, and [`bench_corpus`] to
//! generate articles for measurements.

pub mod bench_corpus;
pub mod cli;
pub mod consolidate;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod input;
pub mod rdf;
pub mod report;
pub mod resolve;
mod rng;
pub mod store;
pub mod text;

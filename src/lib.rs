//! showkg: entertainment news to linked data.
//!
//! The pipeline, one module per stage: [`input`] (files, formats, metadata) -> [`text`] (article, blocks, sentences) ->
//! [`extract`] (facts with evidence) -> [`resolve`] (names to entities) -> [`graph`]
//! (petgraph knowledge graph) -> [`rdf`] (quads, JSON-LD, SHACL) -> [`store`] (Oxigraph),
//! with [`cli`] on top and [`eval`] to score it against gold facts.

pub mod cli;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod input;
pub mod rdf;
pub mod resolve;
pub mod store;
pub mod text;

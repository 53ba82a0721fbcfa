//! Integration tests, one binary: fixtures with expected facts, N-Quads and SPARQL answers,
//! the schemas, the RDF formats, the command line and the referee.

#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture or a missing tool"
)]

mod cli;
mod common;
mod formats;
mod golden;
mod graph;
mod inputs;
mod load;
mod merge;
mod queries;
mod referee;
mod robust;
mod schema;
mod sentences;

//! Integration tests, one binary: fixtures with expected facts, N-Quads and SPARQL answers,
//! the schemas, the RDF formats, the command line and the referee.

mod cli;
mod common;
mod formats;
mod golden;
mod referee;
mod schema;

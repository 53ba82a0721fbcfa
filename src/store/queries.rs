//! SPARQL for the common questions, written in the shapes Oxigraph answers fast on a large
//! store (README, "Fast query shapes"); the bench times these and a test keeps their answers
//! equal to the plain shapes'.
//!
//! The union default graph yields a triple once per article graph that holds it, and every
//! article restates the names and types of what it mentions, so in a plain join each such
//! pattern multiplies the rows by the number of articles behind it. These habits keep a query
//! proportional to its answer:
//!
//! - `?x schema:name+ "…"` (and `?s schema:name+ ?name`) instead of `schema:name`: a `+` path
//!   has set semantics, so each entity (each name) comes once; a name literal has no name of
//!   its own, so the path matches exactly what `schema:name` matches.
//! - `FILTER EXISTS { ?s a schema:TVSeries }` instead of `?s a schema:TVSeries`: a test that
//!   stops at the first article stating it, instead of one row per article.
//! - `?s schema:actor+ ?p` for "acts in, with or without a role": a show's `schema:actor` is
//!   a person or a `schema:PerformanceRole` whose `schema:actor` is the person, and chains end
//!   there, so the path is the `UNION` of the two shapes with each show once.
//! - A filter on a value that most rows fail: scan and filter the values in a subquery and
//!   join it with the other pattern's scan in another (subqueries are joined by hash), instead
//!   of looking up each row's value (`above`).

use oxigraph::model::{Literal, NamedNodeRef};

/// `FILTER EXISTS` that `?s` is a show (a TV series or a film).
const IS_SHOW: &str = "FILTER EXISTS { { ?s a schema:TVSeries } UNION { ?s a schema:Movie } }";

/// The cast of the show whose `schema:name` is `show`: `?actor` and `?character` (unbound when
/// the role is unknown), each pair once.
pub fn cast(show: &str) -> String {
    let show = Literal::new_simple_literal(show);
    format!(
        "SELECT DISTINCT ?actor ?character WHERE {{\n  \
           ?s schema:name+ {show} .\n  {IS_SHOW}\n  ?s schema:actor ?a .\n  \
           {{ ?a schema:characterName ?character ; schema:actor ?p . ?p schema:name+ ?actor }}\n  \
           UNION {{ FILTER EXISTS {{ ?a a schema:Person }} ?a schema:name+ ?actor }}\n}}"
    )
}

/// The shows (TV series and films) the person named `actor` acts in, with or without a known
/// role, each name once.
pub fn filmography(actor: &str) -> String {
    let actor = Literal::new_simple_literal(actor);
    format!(
        "SELECT DISTINCT ?show WHERE {{\n  \
           ?p schema:name+ {actor} .\n  FILTER EXISTS {{ ?p a schema:Person }}\n  \
           ?s schema:actor+ ?p .\n  {IS_SHOW}\n  ?s schema:name+ ?show .\n}}"
    )
}

/// Every show with an audience figure of kind `metric` (`showkg:hoursViewed`, `views`, …)
/// above `threshold`, with each such figure once. Oxigraph has no index over literal values, so
/// this reads every figure: the two subqueries make it two sequential index scans (the figures
/// of that kind, every `schema:value` above the threshold) joined by hash, where the plain
/// shape looks each figure's value up one by one; only the figures that pass get their show
/// and its name. Its time still grows with the number of figures in the store.
pub fn above(metric: NamedNodeRef<'_>, threshold: f64) -> String {
    let threshold = Literal::from(threshold);
    format!(
        "SELECT DISTINCT ?show ?value WHERE {{\n  \
           {{ SELECT ?o ?value WHERE {{\n    \
             {{ SELECT ?o WHERE {{ ?o schema:measuredProperty {metric} }} }}\n    \
             {{ SELECT ?o ?value WHERE {{ ?o schema:value ?value FILTER(?value > {threshold}) }} }}\n  \
           }} }}\n  \
           ?o schema:observationAbout ?s .\n  ?s schema:name+ ?show .\n}}"
    )
}

//! SHACL validation of an article graph: the core subset `schemas/shapes.ttl` uses, compiled to SPARQL and run by Oxigraph.
//!
//! No sound SHACL validator exists as a small Rust crate, so the shapes file stays the single
//! source of the constraints and each property shape becomes one SELECT for its violations.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad, Term};
use oxigraph::sparql::QueryResults;

use super::{ShowStore, StoreError};

/// The shapes of `schemas/shapes.ttl`.
pub const SHAPES: &str = include_str!("../../schemas/shapes.ttl");

const SH: &str = "http://www.w3.org/ns/shacl#";

/// One constraint violation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// The shape's IRI.
    pub shape: String,
    /// The property path.
    pub path: String,
    /// The focus node that violates it.
    pub focus: String,
    /// The shape's message.
    pub message: String,
}

/// A compiled property shape: a query that returns its violating focus nodes.
#[derive(Debug, Clone)]
struct Check {
    shape: String,
    path: String,
    message: String,
    query: String,
}

/// Compiled shapes.
#[derive(Debug, Clone)]
pub struct Shapes {
    checks: Vec<Check>,
}

fn rows(store: &ShowStore, q: &str) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
    let QueryResults::Solutions(sol) = store.query(q)? else { return Ok(Vec::new()) };
    let vars = sol.variables().to_vec();
    let mut out = Vec::new();
    for s in sol {
        let s = s?;
        out.push(vars.iter().map(|v| s.get(v).cloned()).collect());
    }
    Ok(out)
}

fn lexical(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    }
}

impl Shapes {
    /// Compiles the project's shapes.
    pub fn project() -> Result<Self, StoreError> {
        Self::compile(SHAPES)
    }

    /// Compiles shapes written in Turtle.
    pub fn compile(turtle: &str) -> Result<Self, StoreError> {
        let store = ShowStore::in_memory()?;
        let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(turtle.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| StoreError::Io(std::io::Error::other(e)))?;
        let g = oxigraph::model::NamedNode::new_unchecked("urn:showkg:shapes");
        let quads: Vec<Quad> = quads.into_iter().map(|q| Quad::new(q.subject, q.predicate, q.object, GraphName::NamedNode(g.clone()))).collect();
        store.replace_graph(&g, &quads)?;
        let props = rows(&store, &format!(
            "PREFIX sh: <{SH}>
             SELECT ?shape ?target ?p ?path ?min ?max ?dt ?class ?kind ?minInc ?maxInc ?msg WHERE {{
               ?shape a sh:NodeShape ; sh:targetClass ?target ; sh:property ?p . ?p sh:path ?path .
               OPTIONAL {{ ?p sh:minCount ?min }} OPTIONAL {{ ?p sh:maxCount ?max }}
               OPTIONAL {{ ?p sh:datatype ?dt }} OPTIONAL {{ ?p sh:class ?class }}
               OPTIONAL {{ ?p sh:nodeKind ?kind }} OPTIONAL {{ ?p sh:minInclusive ?minInc }}
               OPTIONAL {{ ?p sh:maxInclusive ?maxInc }} OPTIONAL {{ ?p sh:message ?msg }}
             }} ORDER BY ?shape ?path"
        ))?;
        let mut checks = Vec::new();
        for r in props {
            let get = |i: usize| r[i].as_ref().map(lexical);
            let (Some(shape), Some(target), Some(path)) = (get(0), get(1), get(3)) else { continue };
            let message = get(11).unwrap_or_else(|| format!("{shape} on <{path}>"));
            let node = r[2].as_ref().map(|t| t.to_string()).unwrap_or_default();
            let list = |prop: &str, inner: &str| -> Result<Vec<String>, StoreError> {
                Ok(rows(&store, &format!("PREFIX sh: <{SH}> SELECT ?x WHERE {{ {node} sh:{prop} ?l . ?l <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>*/<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?i . {inner} }}"))?
                    .into_iter()
                    .filter_map(|r| r[0].as_ref().map(|t| t.to_string()))
                    .collect())
            };
            let base = format!("?s a <{target}> .");
            let mut add = |query: String| checks.push(Check { shape: shape.clone(), path: path.clone(), message: message.clone(), query });
            let count = |op: &str, n: String| format!("SELECT DISTINCT ?s WHERE {{ {base} OPTIONAL {{ ?s <{path}> ?o }} }} GROUP BY ?s HAVING (COUNT(DISTINCT ?o) {op} {n})");
            if let Some(n) = get(4) {
                add(count("<", n));
            }
            if let Some(n) = get(5) {
                add(count(">", n));
            }
            let each = |filter: String| format!("SELECT DISTINCT ?s WHERE {{ {base} ?s <{path}> ?o . FILTER({filter}) }}");
            if let Some(dt) = get(6) {
                add(each(format!("!isLiteral(?o) || datatype(?o) != <{dt}>")));
            }
            if let Some(c) = get(7) {
                add(format!("SELECT DISTINCT ?s WHERE {{ {base} ?s <{path}> ?o . FILTER NOT EXISTS {{ ?o a <{c}> }} }}"));
            }
            match get(8).as_deref() {
                Some(k) if k == format!("{SH}IRI") => add(each("!isIRI(?o)".into())),
                Some(k) if k == format!("{SH}Literal") => add(each("!isLiteral(?o)".into())),
                _ => {}
            }
            if let Some(v) = r[9].as_ref() {
                add(each(format!("?o < {v}")));
            }
            if let Some(v) = r[10].as_ref() {
                add(each(format!("?o > {v}")));
            }
            let allowed = list("in", "BIND(?i AS ?x)")?;
            if !allowed.is_empty() {
                add(each(format!("?o NOT IN ({})", allowed.join(", "))));
            }
            let dts = list("or", "?i sh:datatype ?x .")?;
            if !dts.is_empty() {
                add(each(format!("!isLiteral(?o) || datatype(?o) NOT IN ({})", dts.join(", "))));
            }
        }
        Ok(Self { checks })
    }

    /// Number of compiled checks.
    pub fn len(&self) -> usize {
        self.checks.len()
    }

    /// Whether no check was compiled.
    pub fn is_empty(&self) -> bool {
        self.checks.is_empty()
    }

    /// Validates each named graph of the quads on its own; returns every violation, sorted.
    pub fn validate(&self, quads: &[Quad]) -> Result<Vec<Violation>, StoreError> {
        let mut graphs: Vec<GraphName> = quads.iter().map(|q| q.graph_name.clone()).collect();
        graphs.sort_by_key(|g| g.to_string());
        graphs.dedup();
        let mut out = Vec::new();
        for g in graphs {
            let store = ShowStore::in_memory()?;
            let name = oxigraph::model::NamedNode::new_unchecked("urn:showkg:validate");
            let one: Vec<Quad> = quads
                .iter()
                .filter(|q| q.graph_name == g)
                .map(|q| Quad::new(q.subject.clone(), q.predicate.clone(), q.object.clone(), GraphName::NamedNode(name.clone())))
                .collect();
            store.replace_graph(&name, &one)?;
            for c in &self.checks {
                for r in rows(&store, &c.query)? {
                    let focus = r[0].as_ref().map(lexical).unwrap_or_default();
                    out.push(Violation { shape: c.shape.clone(), path: c.path.clone(), focus, message: c.message.clone() });
                }
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }
}

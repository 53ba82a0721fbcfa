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
    /// The constraint that failed (`minCount 1`, `datatype xsd:date`, ...).
    pub constraint: String,
    /// The shape's message.
    pub message: String,
}

/// A compiled property shape: a query that returns its violating focus nodes.
#[derive(Debug, Clone)]
struct Check {
    shape: String,
    path: String,
    constraint: String,
    message: String,
    query: String,
}

/// Compiled shapes.
#[derive(Debug, Clone)]
pub struct Shapes {
    checks: Vec<Check>,
}

fn rows(store: &ShowStore, q: &str) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
    let QueryResults::Solutions(sol) = store.query(q)? else {
        return Ok(Vec::new());
    };
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
        let quads: Vec<Quad> = quads
            .into_iter()
            .map(|q| {
                Quad::new(
                    q.subject,
                    q.predicate,
                    q.object,
                    GraphName::NamedNode(g.clone()),
                )
            })
            .collect();
        store.replace_graph(&g, &quads)?;
        let props = rows(&store, &format!(
            "PREFIX sh: <{SH}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
             SELECT ?shape ?target ?p ?path ?min ?max ?dt ?class ?kind ?minInc ?maxInc ?msg ?in ?or WHERE {{
               ?shape a sh:NodeShape ; sh:targetClass ?target ; sh:property ?p . ?p sh:path ?path .
               OPTIONAL {{ ?p sh:minCount ?min }} OPTIONAL {{ ?p sh:maxCount ?max }}
               OPTIONAL {{ ?p sh:datatype ?dt }} OPTIONAL {{ ?p sh:class ?class }}
               OPTIONAL {{ ?p sh:nodeKind ?kind }} OPTIONAL {{ ?p sh:minInclusive ?minInc }}
               OPTIONAL {{ ?p sh:maxInclusive ?maxInc }} OPTIONAL {{ ?p sh:message ?msg }}
               OPTIONAL {{ SELECT ?p (GROUP_CONCAT(CONCAT('<', STR(?i), '>'); separator=', ') AS ?in) WHERE {{
                 ?p sh:in ?l . ?l rdf:rest*/rdf:first ?i }} GROUP BY ?p }}
               OPTIONAL {{ SELECT ?p (GROUP_CONCAT(CONCAT('<', STR(?d), '>'); separator=', ') AS ?or) WHERE {{
                 ?p sh:or ?l2 . ?l2 rdf:rest*/rdf:first ?alt . ?alt sh:datatype ?d }} GROUP BY ?p }}
             }} ORDER BY ?shape ?path"
        ))?;
        let mut checks = Vec::new();
        for r in props {
            let get = |i: usize| r[i].as_ref().map(lexical);
            let (Some(shape), Some(target), Some(path)) = (get(0), get(1), get(3)) else {
                continue;
            };
            let message = get(11).unwrap_or_else(|| format!("{shape} on <{path}>"));
            let base = format!("?s a <{target}> .");
            let mut add = |constraint: String, query: String| {
                checks.push(Check {
                    shape: shape.clone(),
                    path: path.clone(),
                    constraint,
                    message: message.clone(),
                    query,
                })
            };
            let count = |op: &str, n: String| {
                format!(
                    "SELECT DISTINCT ?s WHERE {{ {base} OPTIONAL {{ ?s <{path}> ?o }} }} GROUP BY ?s HAVING (COUNT(DISTINCT ?o) {op} {n})"
                )
            };
            if let Some(n) = get(4) {
                add(format!("minCount {n}"), count("<", n));
            }
            if let Some(n) = get(5) {
                add(format!("maxCount {n}"), count(">", n));
            }
            let each = |filter: String| {
                format!("SELECT DISTINCT ?s WHERE {{ {base} ?s <{path}> ?o . FILTER({filter}) }}")
            };
            if let Some(dt) = get(6) {
                add(
                    format!("datatype {dt}"),
                    each(format!("!isLiteral(?o) || datatype(?o) != <{dt}>")),
                );
            }
            if let Some(c) = get(7) {
                add(
                    format!("class {c}"),
                    format!(
                        "SELECT DISTINCT ?s WHERE {{ {base} ?s <{path}> ?o . FILTER NOT EXISTS {{ ?o a <{c}> }} }}"
                    ),
                );
            }
            match get(8).as_deref() {
                Some(k) if k == format!("{SH}IRI") => {
                    add("nodeKind sh:IRI".into(), each("!isIRI(?o)".into()))
                }
                Some(k) if k == format!("{SH}Literal") => {
                    add("nodeKind sh:Literal".into(), each("!isLiteral(?o)".into()))
                }
                _ => {}
            }
            if let Some(v) = r[9].as_ref() {
                add(format!("minInclusive {v}"), each(format!("?o < {v}")));
            }
            if let Some(v) = r[10].as_ref() {
                add(format!("maxInclusive {v}"), each(format!("?o > {v}")));
            }
            if let Some(allowed) = get(12) {
                add(
                    format!("in ({allowed})"),
                    each(format!("?o NOT IN ({allowed})")),
                );
            }
            if let Some(dts) = get(13) {
                add(
                    format!("or datatype ({dts})"),
                    each(format!("!isLiteral(?o) || datatype(?o) NOT IN ({dts})")),
                );
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
                .map(|q| {
                    Quad::new(
                        q.subject.clone(),
                        q.predicate.clone(),
                        q.object.clone(),
                        GraphName::NamedNode(name.clone()),
                    )
                })
                .collect();
            store.replace_graph(&name, &one)?;
            for c in &self.checks {
                for r in rows(&store, &c.query)? {
                    let focus = r[0].as_ref().map(lexical).unwrap_or_default();
                    out.push(Violation {
                        shape: c.shape.clone(),
                        path: c.path.clone(),
                        focus,
                        constraint: c.constraint.clone(),
                        message: c.message.clone(),
                    });
                }
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }
}

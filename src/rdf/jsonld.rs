//! JSON-LD export: named graphs of node objects, with `schemas/context.jsonld` inlined so the document stands alone.
//!
//! Every value is written explicitly (`{"@id"}` for IRIs, `{"@value", "@type"}` for typed
//! literals), so expanding the document gives exactly the quads of the N-Quads export.

use std::collections::BTreeMap;
use std::io::{self, Write};

use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};
use serde_json::{Map, Value, json};

use super::vocab::{NIF, PROV, SCHEMA, SHOWKG};

/// The JSON-LD context of `schemas/context.jsonld`.
pub const CONTEXT: &str = include_str!("../../schemas/context.jsonld");

/// Terms the context defines outside `@vocab`: full IRI to term.
fn term_of(iri: &str) -> Option<String> {
    if let Some(local) = iri.strip_prefix(SCHEMA) {
        return Some(local.to_string());
    }
    let table = [
        (
            SHOWKG,
            &[
                "FictionalCharacter",
                "originalNetwork",
                "streamingService",
                "evidence",
                "rule",
                "confidence",
                "contentHash",
            ][..],
        ),
        (
            NIF,
            &[
                "Phrase",
                "referenceContext",
                "beginIndex",
                "endIndex",
                "anchorOf",
            ][..],
        ),
        (PROV, &["wasDerivedFrom"][..]),
    ];
    table.iter().find_map(|(ns, terms)| {
        let local = iri.strip_prefix(ns)?;
        terms.contains(&local).then(|| local.to_string())
    })
}

fn value_of(term: &Term) -> Value {
    match term {
        Term::NamedNode(n) => json!({ "@id": n.as_str() }),
        Term::BlankNode(b) => json!({ "@id": format!("_:{}", b.as_str()) }),
        Term::Literal(l) => {
            if let Some(lang) = l.language() {
                json!({ "@value": l.value(), "@language": lang })
            } else if l.datatype().as_str() == "http://www.w3.org/2001/XMLSchema#string" {
                Value::String(l.value().to_string())
            } else {
                json!({ "@value": l.value(), "@type": l.datatype().as_str() })
            }
        }
        #[allow(unreachable_patterns)]
        _ => Value::Null,
    }
}

fn subject_id(s: &NamedOrBlankNode) -> String {
    match s {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        #[allow(unreachable_patterns)]
        _ => String::new(),
    }
}

/// Writes quads as one JSON-LD document.
pub fn write(quads: &[Quad], mut out: impl Write) -> io::Result<()> {
    let context: Value = serde_json::from_str(CONTEXT).map_err(io::Error::other)?;
    // graph -> subject -> key -> values, all sorted for a stable document.
    let mut graphs: BTreeMap<String, BTreeMap<String, BTreeMap<String, Vec<Value>>>> =
        BTreeMap::new();
    for q in super::sorted(quads.iter().cloned()) {
        let g = match &q.graph_name {
            GraphName::NamedNode(n) => n.as_str().to_string(),
            GraphName::BlankNode(b) => format!("_:{}", b.as_str()),
            GraphName::DefaultGraph => String::new(),
        };
        let node = graphs
            .entry(g)
            .or_default()
            .entry(subject_id(&q.subject))
            .or_default();
        if q.predicate.as_str() == super::vocab::RDF_TYPE.as_str() {
            let ty = match &q.object {
                Term::NamedNode(n) => term_of(n.as_str()).unwrap_or_else(|| n.as_str().to_string()),
                other => other.to_string(),
            };
            node.entry("@type".into())
                .or_default()
                .push(Value::String(ty));
        } else {
            let key =
                term_of(q.predicate.as_str()).unwrap_or_else(|| q.predicate.as_str().to_string());
            node.entry(key).or_default().push(value_of(&q.object));
        }
    }
    let mut top = Vec::new();
    for (g, subjects) in graphs {
        let nodes: Vec<Value> = subjects
            .into_iter()
            .map(|(id, props)| {
                let mut m = Map::new();
                m.insert("@id".into(), Value::String(id));
                for (k, mut v) in props {
                    m.insert(
                        k,
                        if v.len() == 1 {
                            v.remove(0)
                        } else {
                            Value::Array(v)
                        },
                    );
                }
                Value::Object(m)
            })
            .collect();
        if g.is_empty() {
            top.extend(nodes);
        } else {
            top.push(json!({ "@id": g, "@graph": nodes }));
        }
    }
    let doc = json!({ "@context": context["@context"], "@graph": top });
    serde_json::to_writer_pretty(&mut out, &doc).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

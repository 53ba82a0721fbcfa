//! The RDF formats: JSON-LD and N-Quads of the same input are the same graph; every format parses back.

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::dataset::CanonicalizationAlgorithm;
use oxigraph::model::{Dataset, Quad};
use showkg::rdf;

use crate::common::{pipeline, texts};

fn parse(format: RdfFormat, bytes: &[u8]) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(bytes)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{format}: {e}"))
}

fn canonical(quads: Vec<Quad>) -> Dataset {
    let mut d: Dataset = quads.into_iter().collect();
    d.canonicalize(CanonicalizationAlgorithm::Unstable);
    d
}

fn all_quads() -> Vec<Quad> {
    texts("fixtures/foundation")
        .iter()
        .flat_map(|p| pipeline(p).1)
        .collect()
}

#[test]
fn jsonld_and_nquads_are_the_same_graph() {
    let quads = all_quads();
    let mut nq = Vec::new();
    rdf::write_quads(&quads, RdfFormat::NQuads, &mut nq).unwrap();
    let mut jsonld = Vec::new();
    rdf::write_quads(
        &quads,
        RdfFormat::JsonLd {
            profile: JsonLdProfileSet::default(),
        },
        &mut jsonld,
    )
    .unwrap();
    let from_nq = canonical(parse(RdfFormat::NQuads, &nq));
    let from_jsonld = canonical(parse(
        RdfFormat::JsonLd {
            profile: JsonLdProfileSet::default(),
        },
        &jsonld,
    ));
    assert_eq!(from_nq.len(), quads.len());
    assert_eq!(from_nq, from_jsonld);
}

#[test]
fn dataset_formats_round_trip_and_graph_formats_hold_the_union() {
    let quads = all_quads();
    let original = canonical(quads.clone());
    let mut out = Vec::new();
    rdf::write_quads(&quads, RdfFormat::TriG, &mut out).unwrap();
    assert_eq!(canonical(parse(RdfFormat::TriG, &out)), original);
    let union: std::collections::HashSet<_> = quads
        .iter()
        .map(|q| (q.subject.clone(), q.predicate.clone(), q.object.clone()))
        .collect();
    for f in [RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::RdfXml] {
        let mut out = Vec::new();
        rdf::write_quads(&quads, f, &mut out).unwrap();
        assert_eq!(parse(f, &out).len(), union.len(), "{f}");
    }
}

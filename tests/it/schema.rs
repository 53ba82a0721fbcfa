//! The schemas: JSON Schema generated from the Rust types, SHACL shapes, schema.org terms.

use std::collections::BTreeSet;

use oxigraph::model::{Literal, NamedNode, Quad, Term};
use showkg::resolve::ArticleRecord;
use showkg::store::shacl::Shapes;

use crate::common::{check, pipeline, root, texts};

const FIXTURE_DIRS: &[&str] = &["fixtures/foundation", "fixtures/articles"];

fn all_fixtures() -> Vec<std::path::PathBuf> {
    FIXTURE_DIRS.iter().flat_map(|d| texts(d)).collect()
}

#[test]
fn json_schema_file_is_generated_from_the_types() {
    let schema = schemars::schema_for!(ArticleRecord);
    check(
        &root().join("schemas/facts.schema.json"),
        &(serde_json::to_string_pretty(&schema).unwrap() + "\n"),
    );
}

#[test]
fn every_json_record_validates_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/facts.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = jsonschema::validator_for(&schema).unwrap();
    for path in all_fixtures() {
        let (rec, _) = pipeline(&path);
        let value = serde_json::to_value(&rec).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    // And a broken record fails.
    let (rec, _) = pipeline(&all_fixtures()[0]);
    let mut bad = serde_json::to_value(&rec).unwrap();
    bad["facts"][0]["confidence"] = serde_json::json!("high");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn every_article_graph_conforms_to_the_shapes() {
    let shapes = Shapes::project().unwrap();
    assert!(shapes.len() > 40, "only {} checks compiled", shapes.len());
    for path in all_fixtures() {
        let (_, quads) = pipeline(&path);
        let v = shapes.validate(&quads).unwrap();
        assert!(v.is_empty(), "{}: {v:#?}", path.display());
    }
}

#[test]
fn a_broken_graph_fails_the_shapes() {
    let shapes = Shapes::project().unwrap();
    let (_, quads) = pipeline(&texts("fixtures/foundation")[0]);
    let name = NamedNode::new_unchecked("http://schema.org/name");
    let value = NamedNode::new_unchecked("http://schema.org/value");
    let rule = NamedNode::new_unchecked("https://w3id.org/showkg/ns#rule");
    // A show without a name, a figure typed as a string, a role without its rule.
    let mut dropped_name = false;
    let broken: Vec<Quad> = quads
        .iter()
        .filter(|q| {
            let drop_name =
                q.predicate == name && q.subject.to_string().contains("/show/") && !dropped_name;
            dropped_name |= drop_name;
            let role_rule = q.predicate == rule && q.subject.to_string().contains("/role/");
            !(drop_name || role_rule)
        })
        .map(|q| {
            if q.predicate == value
                && let Term::Literal(l) = &q.object
            {
                return Quad::new(
                    q.subject.clone(),
                    q.predicate.clone(),
                    Literal::new_simple_literal(l.value()),
                    q.graph_name.clone(),
                );
            }
            q.clone()
        })
        .collect();
    let paths: BTreeSet<String> = shapes
        .validate(&broken)
        .unwrap()
        .into_iter()
        .map(|v| v.path)
        .collect();
    for p in [
        "http://schema.org/name",
        "http://schema.org/value",
        "https://w3id.org/showkg/ns#rule",
    ] {
        assert!(paths.contains(p), "no violation on {p}: {paths:?}");
    }
}

#[test]
fn every_schema_org_term_written_exists() {
    let list = std::fs::read_to_string(root().join("schemas/schema-org-terms.txt")).unwrap();
    let known: BTreeSet<&str> = list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::trim)
        .collect();
    assert!(known.len() > 2000 && known.contains("TVSeries") && !known.contains("numberOfActors"));
    let mut used = BTreeSet::new();
    for path in all_fixtures() {
        let (_, quads) = pipeline(&path);
        for q in &quads {
            let terms = [
                q.predicate.as_str().to_string(),
                match &q.object {
                    Term::NamedNode(n) => n.as_str().to_string(),
                    _ => String::new(),
                },
            ];
            for t in terms {
                if let Some(local) = t.strip_prefix("http://schema.org/") {
                    used.insert(local.to_string());
                }
            }
        }
    }
    let unknown: Vec<&String> = used
        .iter()
        .filter(|t| !known.contains(t.as_str()))
        .collect();
    assert!(unknown.is_empty(), "not in schema.org: {unknown:?}");
    assert!(used.len() >= 15, "{used:?}");
}

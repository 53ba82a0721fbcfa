//! Query results for people (an aligned table) and programs (SPARQL JSON, XML, CSV, TSV; RDF for graphs).

use std::io::Write;

use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphName, Quad, Term};
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};

use super::StoreError;
use crate::rdf;

/// How to print query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    /// An aligned text table (graphs as Turtle).
    Table,
    /// A SPARQL results format (graphs as N-Triples when the format has no graph form).
    Sparql(QueryResultsFormat),
    /// An RDF format, for CONSTRUCT and DESCRIBE.
    Rdf(RdfFormat),
}

/// Writes query results.
pub fn write(
    results: QueryResults<'_>,
    format: ResultsFormat,
    mut out: impl Write,
) -> Result<(), StoreError> {
    match results {
        QueryResults::Boolean(b) => match format {
            ResultsFormat::Sparql(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
            }
            _ => writeln!(out, "{b}")?,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match format {
                ResultsFormat::Sparql(f) => {
                    let mut ser = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut out, vars)?;
                    for s in solutions {
                        ser.serialize(&s?)?;
                    }
                    ser.finish()?;
                }
                _ => {
                    let mut rows: Vec<Vec<String>> = Vec::new();
                    for s in solutions {
                        let s = s?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(cell).unwrap_or_default())
                                .collect(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    table(&header, &rows, &mut out)?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let mut quads = Vec::new();
            for t in triples {
                let t = t?;
                quads.push(Quad::new(
                    t.subject,
                    t.predicate,
                    t.object,
                    GraphName::DefaultGraph,
                ));
            }
            let f = match format {
                ResultsFormat::Rdf(f) => f,
                ResultsFormat::Table => RdfFormat::Turtle,
                ResultsFormat::Sparql(_) => RdfFormat::NTriples,
            };
            rdf::write_quads(&quads, f, out)?;
        }
    }
    Ok(())
}

/// A term as a person reads it: IRIs bare, literals by value.
fn cell(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// An aligned text table with a header rule and a row count.
pub fn table(header: &[String], rows: &[Vec<String>], out: &mut impl Write) -> std::io::Result<()> {
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(header))?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for r in rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

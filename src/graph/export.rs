//! The people network as text: Graphviz DOT, GraphML and networkx's node-link JSON, each with the measures as node attributes.
//!
//! All three are pure functions of the network (nodes and edges in their sorted order), so
//! the same store always gives the same bytes. Multi-valued edge attributes (characters,
//! shows) are lists in JSON and `; `-joined strings in DOT and GraphML.

use std::fmt::Write as _;

use petgraph::visit::EdgeRef;
use serde_json::{Value, json};

use super::analytics::Measures;
use super::network::{Link, Network, VertexKind};

/// Betweenness rounded to nine decimals: readable, and far below any difference that matters.
fn round(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

fn joined<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().collect::<Vec<_>>().join("; ")
}

fn kinds(link: &Link) -> String {
    joined(link.kinds.iter().map(|k| k.as_str()))
}

/// A DOT double-quoted string.
fn dot_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Graphviz DOT (an undirected `graph`): shows as boxes, people as ellipses, edge labels
/// (characters or shared shows) when `edge_labels`. Graphviz ignores the extra attributes
/// (`kind`, `degree`, `betweenness`, `component`, `weight`) but keeps them for other tools.
pub fn dot(net: &Network, m: &Measures, edge_labels: bool) -> String {
    let g = &net.graph;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "graph {} {{",
        dot_str(&format!("showkg {}", net.view.as_str()))
    );
    let _ = writeln!(
        out,
        "  graph [overlap=false, outputorder=edgesfirst, fontname=\"Helvetica\"];"
    );
    let _ = writeln!(
        out,
        "  node [fontname=\"Helvetica\", fontsize=10, style=filled, fillcolor=\"#cfe2f3\"];"
    );
    let _ = writeln!(
        out,
        "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#888888\"];"
    );
    for v in g.node_indices() {
        let x = &g[v];
        let shape = match x.kind {
            VertexKind::Show => "shape=box, fillcolor=\"#f9cb9c\", ",
            VertexKind::Person => "",
        };
        let _ = writeln!(
            out,
            "  {} [label={}, {shape}kind={}, degree={}, betweenness={}, component={}];",
            dot_str(&x.id),
            dot_str(&x.name),
            x.kind.as_str(),
            m.degree[v.index()],
            round(m.betweenness[v.index()]),
            m.components.of[v.index()],
        );
    }
    for e in g.edge_references() {
        let l = e.weight();
        let mut attrs = Vec::new();
        if edge_labels {
            attrs.push(format!("label={}", dot_str(&l.label())));
        }
        attrs.push(format!("tooltip={}", dot_str(&l.label())));
        if !l.kinds.is_empty() {
            attrs.push(format!("kinds={}", dot_str(&kinds(l))));
        }
        if l.weight() > 1 {
            attrs.push(format!("weight={0}, penwidth={0}", l.weight()));
        }
        let _ = writeln!(
            out,
            "  {} -- {} [{}];",
            dot_str(&g[e.source()].id),
            dot_str(&g[e.target()].id),
            attrs.join(", ")
        );
    }
    out.push_str("}\n");
    out
}

/// Text escaped for XML content and attribute values; characters XML 1.0 forbids are dropped.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The GraphML attribute keys: (id, for, type).
const KEYS: [(&str, &str, &str); 13] = [
    ("view", "graph", "string"),
    ("betweenness_method", "graph", "string"),
    ("name", "node", "string"),
    ("alternate_names", "node", "string"),
    ("kind", "node", "string"),
    ("degree", "node", "int"),
    ("betweenness", "node", "double"),
    ("component", "node", "int"),
    ("label", "edge", "string"),
    ("kinds", "edge", "string"),
    ("characters", "edge", "string"),
    ("shows", "edge", "string"),
    ("weight", "edge", "int"),
];

/// GraphML, every attribute declared with a `<key>`; empty attributes are left out.
pub fn graphml(net: &Network, m: &Measures) -> String {
    let g = &net.graph;
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ",
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    ));
    for (id, domain, ty) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>"
        );
    }
    let data = |out: &mut String, indent: &str, key: &str, value: &str| {
        if !value.is_empty() {
            let _ = writeln!(
                out,
                "{indent}<data key=\"{key}\">{}</data>",
                xml_escape(value)
            );
        }
    };
    let _ = writeln!(
        out,
        "  <graph id=\"{}\" edgedefault=\"undirected\">",
        net.view.as_str()
    );
    data(&mut out, "    ", "view", net.view.as_str());
    data(
        &mut out,
        "    ",
        "betweenness_method",
        &m.betweenness_method,
    );
    for v in g.node_indices() {
        let x = &g[v];
        let i = v.index();
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&x.id));
        data(&mut out, "      ", "name", &x.name);
        data(
            &mut out,
            "      ",
            "alternate_names",
            &joined(x.alternate_names.iter().map(String::as_str)),
        );
        data(&mut out, "      ", "kind", x.kind.as_str());
        data(&mut out, "      ", "degree", &m.degree[i].to_string());
        let b = round(m.betweenness[i]).to_string();
        data(&mut out, "      ", "betweenness", &b);
        data(
            &mut out,
            "      ",
            "component",
            &m.components.of[i].to_string(),
        );
        out.push_str("    </node>\n");
    }
    for (n, e) in g.edge_references().enumerate() {
        let l = e.weight();
        let _ = writeln!(
            out,
            "    <edge id=\"e{n}\" source=\"{}\" target=\"{}\">",
            xml_escape(&g[e.source()].id),
            xml_escape(&g[e.target()].id)
        );
        data(&mut out, "      ", "label", &l.label());
        data(&mut out, "      ", "kinds", &kinds(l));
        let characters = joined(l.characters.iter().map(String::as_str));
        data(&mut out, "      ", "characters", &characters);
        data(
            &mut out,
            "      ",
            "shows",
            &joined(l.shows.iter().map(String::as_str)),
        );
        data(&mut out, "      ", "weight", &l.weight().to_string());
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// networkx's node-link JSON (`networkx.node_link_graph(data)` reads it; the edge list is
/// under `edges`, networkx's default since 3.4).
pub fn node_link(net: &Network, m: &Measures) -> Value {
    let g = &net.graph;
    let nodes: Vec<Value> = g
        .node_indices()
        .map(|v| {
            let x = &g[v];
            let i = v.index();
            json!({
                "id": x.id,
                "name": x.name,
                "alternate_names": x.alternate_names,
                "kind": x.kind.as_str(),
                "degree": m.degree[i],
                "betweenness": round(m.betweenness[i]),
                "component": m.components.of[i],
            })
        })
        .collect();
    let edges: Vec<Value> = g
        .edge_references()
        .map(|e| {
            let l = e.weight();
            json!({
                "source": g[e.source()].id,
                "target": g[e.target()].id,
                "label": l.label(),
                "kinds": l.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
                "characters": l.characters,
                "shows": l.shows,
                "weight": l.weight(),
            })
        })
        .collect();
    json!({
        "directed": false,
        "multigraph": false,
        "graph": { "view": net.view.as_str(), "betweenness_method": m.betweenness_method },
        "nodes": nodes,
        "edges": edges,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_keep_dot_strings_and_xml_well_formed() {
        assert_eq!(dot_str(r#"Say "hi"\"#), r#""Say \"hi\"\\""#);
        assert_eq!(
            xml_escape("A & B <C> \"d\" 'e'\u{1}"),
            "A &amp; B &lt;C&gt; &quot;d&quot; &apos;e&apos;"
        );
    }
}

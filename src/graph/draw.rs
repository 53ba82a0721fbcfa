//! A picture of the people network without Graphviz: a force-directed layout (Fruchterman and Reingold) drawn as labelled SVG.
//!
//! Used when Graphviz is not installed. Each connected component is laid out on its own and
//! the components are packed in rows, as Graphviz does. Deterministic (sunflower start, fixed
//! schedule, no randomness), so the same network gives the same SVG. O(nodes²) per step in a
//! component: fine for the few hundred nodes a readable picture holds; `MAX_NODES` bounds it.

use std::fmt::Write as _;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use super::analytics::components;
use super::export::xml_escape;
use super::network::{Network, VertexKind};

/// The largest network `layout` takes (a few seconds: 1,400 nodes take 2 s); select a component or a
/// path for larger ones.
pub const MAX_NODES: usize = 2_500;

/// The ideal edge length, in SVG pixels: room for a label of about fifteen characters.
const K: f64 = 90.0;
/// Layout steps.
const STEPS: usize = 300;
/// Nodes further apart than this do not repel each other.
const REPULSION_RADIUS: f64 = 3.0 * K;

/// Gap between packed components, in SVG pixels.
const GAP: f64 = 30.0;

/// The width a node's label takes at the SVG's 10px font (about 6px a character).
fn label_width(name: &str) -> f64 {
    name.chars().count() as f64 * 6.0
}

/// Positions (x, y) by node index: each connected component laid out on its own, then the
/// components packed in rows, largest first (as Graphviz packs them), so that a graph of
/// many small casts stays dense and readable.
pub fn layout(net: &Network) -> Vec<(f64, f64)> {
    let g = &net.graph;
    let mut pos = vec![(0.0, 0.0); g.node_count()];
    let parts = components(g);
    // Each component's positions and bounding box (labels to the right of their node).
    let mut boxes = Vec::with_capacity(parts.members.len());
    for members in &parts.members {
        let sub = net.subgraph(members);
        let local = force_directed(&sub.graph);
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (v, &(x, y)) in sub.graph.node_indices().zip(&local) {
            x0 = x0.min(x - 6.0);
            y0 = y0.min(y - 12.0);
            x1 = x1.max(x + 10.0 + label_width(&sub.graph[v].name));
            y1 = y1.max(y + 8.0);
        }
        boxes.push((local, x0, y0, x1 - x0, y1 - y0));
    }
    let area: f64 = boxes.iter().map(|b| (b.3 + GAP) * (b.4 + GAP)).sum();
    let widest = boxes.iter().map(|b| b.3).fold(0.0, f64::max);
    let row_width = (area.sqrt() * 1.3).max(widest);
    let (mut x, mut y, mut row_height) = (0.0, 0.0, 0.0f64);
    for (members, (local, x0, y0, w, h)) in parts.members.iter().zip(boxes) {
        if x > 0.0 && x + w > row_width {
            (x, y, row_height) = (0.0, y + row_height + GAP, 0.0);
        }
        for (&n, (lx, ly)) in members.iter().zip(local) {
            pos[n.index()] = (x + lx - x0, y + ly - y0);
        }
        x += w + GAP;
        row_height = row_height.max(h);
    }
    pos
}

/// Fruchterman and Reingold's spring embedder on one connected graph.
fn force_directed<N, E>(g: &UnGraph<N, E>) -> Vec<(f64, f64)> {
    let n = g.node_count();
    // Sunflower start: even density, no two nodes at one point, no randomness.
    let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let r = K * (i as f64 + 0.5).sqrt();
            let a = i as f64 * golden;
            (r * a.cos(), r * a.sin())
        })
        .collect();
    if n < 2 {
        return pos;
    }
    let edges: Vec<(usize, usize)> = g
        .edge_references()
        .map(|e| (e.source().index(), e.target().index()))
        .filter(|(a, b)| a != b)
        .collect();
    let start = K * (n as f64).sqrt() / 2.0;
    let mut disp = vec![(0.0, 0.0); n];
    for step in 0..STEPS {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(0.01);
                // Only near nodes repel (the grid variant of the paper): far parts of a big
                // graph stop pushing each other, so the picture stays compact.
                if d2 > REPULSION_RADIUS * REPULSION_RADIUS {
                    continue;
                }
                // Repulsion k²/d along the unit vector: k²·(dx, dy)/d².
                let f = K * K / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(a, b) in &edges {
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            // Attraction d²/k along the unit vector: d·(dx, dy)/k.
            let f = (dx * dx + dy * dy).sqrt() / K;
            disp[a].0 -= dx * f;
            disp[a].1 -= dy * f;
            disp[b].0 += dx * f;
            disp[b].1 += dy * f;
        }
        let temperature = start * (1.0 - step as f64 / STEPS as f64) + 1.0;
        for (p, d) in pos.iter_mut().zip(&mut disp) {
            let len = (d.0 * d.0 + d.1 * d.1).sqrt();
            if len > 0.0 {
                let s = len.min(temperature) / len;
                p.0 += d.0 * s;
                p.1 += d.1 * s;
            }
        }
    }
    pos
}

/// A labelled SVG of the network at the given positions: shows as orange squares in bold,
/// people as blue dots, edges as grey lines (thicker for more shared shows) whose tooltip
/// is their label.
pub fn svg(net: &Network, pos: &[(f64, f64)]) -> String {
    let g = &net.graph;
    let (mut x0, mut y0, mut x1, mut y1) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for (i, &(x, y)) in pos.iter().enumerate() {
        if i == 0 {
            (x0, y0, x1, y1) = (x, y, x, y);
        }
        x0 = x0.min(x - 10.0);
        y0 = y0.min(y - 14.0);
        x1 = x1.max(x + 10.0 + label_width(&g[NodeIndex::new(i)].name));
        y1 = y1.max(y + 10.0);
    }
    let margin = 20.0;
    let (w, h) = (x1 - x0 + 2.0 * margin, y1 - y0 + 2.0 * margin);
    let at = |i: usize| (pos[i].0 - x0 + margin, pos[i].1 - y0 + margin);
    let mut out = String::new();
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"10\">"
    );
    let _ = writeln!(out, "<title>showkg {} graph</title>", net.view.as_str());
    let _ = writeln!(out, "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
    out.push_str("<g stroke=\"#999999\">\n");
    for e in g.edge_references() {
        let (a, b) = (at(e.source().index()), at(e.target().index()));
        let l = e.weight();
        let _ = writeln!(
            out,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke-width=\"{}\"><title>{}</title></line>",
            a.0,
            a.1,
            b.0,
            b.1,
            l.weight(),
            xml_escape(&l.label())
        );
    }
    out.push_str("</g>\n");
    for v in g.node_indices() {
        let (x, y) = at(v.index());
        let node = &g[v];
        let name = xml_escape(&node.name);
        let _ = writeln!(out, "<g><title>{}</title>", xml_escape(&node.id));
        match node.kind {
            VertexKind::Show => {
                let _ = writeln!(
                    out,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" fill=\"#e69138\"/>",
                    x - 5.0,
                    y - 5.0
                );
                let _ = writeln!(
                    out,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-weight=\"bold\">{name}</text>",
                    x + 8.0,
                    y + 4.0
                );
            }
            VertexKind::Person => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#3d85c6\"/>"
                );
                let _ = writeln!(
                    out,
                    "<text x=\"{:.1}\" y=\"{:.1}\">{name}</text>",
                    x + 8.0,
                    y + 4.0
                );
            }
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::graph::network::{Credit, CreditKind, View};

    /// A triangle (a, b, c in one show) and a pair (d, e in another).
    fn two_casts() -> Network {
        let credits: Vec<Credit> = [
            ("s1", "a"),
            ("s1", "b"),
            ("s1", "c"),
            ("s2", "d"),
            ("s2", "e"),
        ]
        .map(|(show, person)| Credit {
            show: show.into(),
            person: person.into(),
            kind: CreditKind::Actor,
            character: None,
        })
        .to_vec();
        Network::build(View::Costar, &credits, &BTreeMap::new())
    }

    #[test]
    fn layout_is_deterministic_and_keeps_components_apart_and_casts_together() {
        let net = two_casts();
        let p = layout(&net);
        assert_eq!(p, layout(&net));
        let d = |a: usize, b: usize| ((p[a].0 - p[b].0).powi(2) + (p[a].1 - p[b].1).powi(2)).sqrt();
        // Nodes are a, b, c, d, e in that order: edges are near K long, and the packed
        // components keep at least the gap between them.
        for (a, b) in [(0, 1), (1, 2), (0, 2), (3, 4)] {
            assert!((d(a, b) - K).abs() < K / 2.0, "{a}-{b}: {p:?}");
        }
        for (a, b) in [(0, 3), (1, 3), (2, 3), (0, 4), (1, 4), (2, 4)] {
            assert!(d(a, b) >= GAP, "{a}-{b}: {p:?}");
        }
        assert!(
            p.iter()
                .all(|(x, y)| x.is_finite() && *x >= 0.0 && *y >= 0.0)
        );
        let svg = svg(&net, &p);
        assert_eq!(svg.matches("<circle").count(), 5);
        assert!(svg.contains(">a</text>") && svg.contains(">e</text>"));
    }
}

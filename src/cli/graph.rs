//! `showkg graph`: the cast or co-star network from the store, with its analytics, as a report, DOT, GraphML, node-link JSON or an SVG picture.

use std::io::{self, BufWriter, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, anyhow};
use clap::{Args, ValueEnum};
use petgraph::graph::NodeIndex;

use super::{EXIT_QUERY, EXIT_STORE, EXIT_USAGE, Failure, fail};
use crate::graph::analytics::{self, Measures, Pivots};
use crate::graph::draw;
use crate::graph::export;
use crate::graph::network::{Network, VertexKind, View};
use crate::store::ShowStore;
use crate::store::results::table;

#[derive(Debug, Args)]
pub(super) struct GraphArgs {
    /// Directory of the persistent store.
    #[arg(long)]
    location: PathBuf,
    /// `cast`: shows and people, an edge per person and show (cast, writers, directors),
    /// labelled with the characters; `costar`: people, an edge per pair in the cast of a same
    /// show, weighted by the number of such shows, labelled with them.
    #[arg(long, value_enum, default_value_t = ViewArg::Cast)]
    view: ViewArg,
    /// `text`: a report (size, components, top nodes by degree and betweenness, or the path);
    /// `dot` (Graphviz), `graphml` or `json` (networkx node-link): the graph, every node with
    /// its degree, betweenness and component.
    #[arg(long, value_enum, default_value_t = GraphFormat::Text)]
    format: GraphFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also draw the graph as an SVG picture into this file.
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
    /// How to lay the picture out: Graphviz (`neato`, or `sfdp` above 300 nodes) when it is
    /// on the PATH, else showkg's own force-directed layout.
    #[arg(long, value_enum, default_value_t = LayoutArg::Auto, requires = "svg")]
    layout: LayoutArg,
    /// Rows in each top list of the report.
    #[arg(long, value_name = "N", default_value_t = 10)]
    top: usize,
    /// Keep only a shortest path (fewest hops) between two people, named as in the articles
    /// (case, spaces and hyphens do not matter).
    #[arg(long, num_args = 2, value_names = ["PERSON", "PERSON"])]
    path: Option<Vec<String>>,
    /// Keep only the largest connected component.
    #[arg(long, conflicts_with = "path")]
    component: bool,
    /// Estimate betweenness from this many seeded random sources instead of all nodes
    /// [default: exact up to 5000 nodes, else 1000 sources].
    #[arg(long, value_name = "N")]
    pivots: Option<NonZeroUsize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ViewArg {
    Cast,
    Costar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GraphFormat {
    Text,
    Dot,
    Graphml,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LayoutArg {
    /// Graphviz when installed, else the built-in layout.
    Auto,
    /// Graphviz only (an error when it is not installed).
    Graphviz,
    /// The built-in force-directed layout.
    Builtin,
}

/// Up to this many edges, DOT for a picture carries edge labels (more would hide the graph).
const PICTURE_EDGE_LABELS_MAX: usize = 60;

pub(super) fn cmd_graph(a: GraphArgs) -> Result<u8, Failure> {
    let store = fail(EXIT_STORE, ShowStore::open_existing(&a.location))?;
    let (credits, names) = fail(EXIT_STORE, store.credits())?;
    let view = match a.view {
        ViewArg::Cast => View::Cast,
        ViewArg::Costar => View::Costar,
    };
    let whole = Network::build(view, &credits, &names);
    let mut path = None;
    let net = if let Some([from, to]) = a.path.as_deref() {
        let find = |name: &str| {
            whole
                .find(name, VertexKind::Person)
                .map_err(|e| Failure(EXIT_QUERY, e.into()))
        };
        let (s, t) = (find(from)?, find(to)?);
        let Some(p) = analytics::shortest_path(&whole.graph, s, t) else {
            return Err(Failure(
                EXIT_QUERY,
                anyhow!(
                    "no path between {} and {} in the {} graph: they are in different components",
                    whole.graph[s].name,
                    whole.graph[t].name,
                    view.as_str()
                ),
            ));
        };
        let sub = whole.subgraph(&p);
        // The subgraph keeps sorted order; the path's order maps onto it.
        let mut sorted = p.clone();
        sorted.sort();
        path = Some(
            p.iter()
                .filter_map(|n| sorted.binary_search(n).ok().map(NodeIndex::new))
                .collect::<Vec<_>>(),
        );
        sub
    } else if a.component {
        let c = analytics::components(&whole.graph);
        whole.subgraph(c.largest())
    } else {
        whole
    };
    let pivots = match a.pivots {
        Some(count) => Pivots::Sample {
            count: count.get(),
            seed: analytics::PIVOT_SEED,
        },
        None => Pivots::auto(net.graph.node_count()),
    };
    let measures = Measures::of(&net.graph, pivots);
    if let Some(file) = &a.svg {
        draw_svg(&net, &measures, file, a.layout)?;
    }
    let text = match a.format {
        GraphFormat::Text => match &path {
            Some(p) => path_report(&net, p),
            None => report(&net, &measures, a.top),
        },
        GraphFormat::Dot => export::dot(&net, &measures, true),
        GraphFormat::Graphml => export::graphml(&net, &measures),
        GraphFormat::Json => {
            let mut s = fail(
                EXIT_QUERY,
                serde_json::to_string_pretty(&export::node_link(&net, &measures)),
            )?;
            s.push('\n');
            s
        }
    };
    match &a.output {
        Some(file) => write_file(file, text.as_bytes())?,
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            fail(EXIT_QUERY, out.write_all(text.as_bytes()))?;
            fail(EXIT_QUERY, out.flush())?;
        }
    }
    Ok(0)
}

fn write_file(file: &Path, bytes: &[u8]) -> Result<(), Failure> {
    fail(
        EXIT_QUERY,
        std::fs::write(file, bytes).with_context(|| format!("cannot write {}", file.display())),
    )
}

/// The report: size, components, the top nodes by degree and by betweenness.
fn report(net: &Network, m: &Measures, top: usize) -> String {
    let g = &net.graph;
    let shows = g
        .node_weights()
        .filter(|v| v.kind == VertexKind::Show)
        .count();
    let mut out = format!(
        "{} graph: {} nodes ({} shows, {} people), {} edges\n",
        net.view.as_str(),
        g.node_count(),
        shows,
        g.node_count() - shows,
        g.edge_count()
    );
    let sizes = m.components.sizes();
    let shown: Vec<String> = sizes.iter().take(20).map(usize::to_string).collect();
    let more = if sizes.len() > 20 { ", ..." } else { "" };
    out.push_str(&format!(
        "components: {}, sizes {}{more}\n",
        sizes.len(),
        shown.join(", ")
    ));
    if let Some(largest) = m.components.members.first() {
        let names: Vec<&str> = largest
            .iter()
            .take(12)
            .map(|&n| g[n].name.as_str())
            .collect();
        let more = if largest.len() > 12 { ", ..." } else { "" };
        out.push_str(&format!(
            "largest component: {} nodes: {}{more}\n",
            largest.len(),
            names.join(", ")
        ));
    }
    let rows = |ranked: Vec<NodeIndex>, score: &dyn Fn(NodeIndex) -> String| -> Vec<Vec<String>> {
        ranked
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                vec![
                    (i + 1).to_string(),
                    score(n),
                    g[n].kind.as_str().to_string(),
                    g[n].name.clone(),
                ]
            })
            .collect()
    };
    let mut buf = Vec::new();
    let header = |what: &str| ["rank", what, "kind", "name"].map(String::from);
    out.push_str(&format!("\ntop {top} by degree\n"));
    let by_degree = rows(analytics::top(&m.degree, top), &|n| {
        m.degree[n.index()].to_string()
    });
    let _ = table(&header("degree"), &by_degree, &mut buf);
    out.push_str(&String::from_utf8_lossy(&buf));
    buf.clear();
    out.push_str(&format!(
        "\ntop {top} by betweenness ({})\n",
        m.betweenness_method
    ));
    let by_betweenness = rows(analytics::top(&m.betweenness, top), &|n| {
        format!("{:.6}", m.betweenness[n.index()])
    });
    let _ = table(&header("betweenness"), &by_betweenness, &mut buf);
    out.push_str(&String::from_utf8_lossy(&buf));
    out
}

/// The path, one node a line with the edge between them: what links each step.
fn path_report(net: &Network, path: &[NodeIndex]) -> String {
    let g = &net.graph;
    let mut out = String::new();
    for (i, &n) in path.iter().enumerate() {
        if i > 0 {
            let label = g
                .find_edge(path[i - 1], n)
                .map(|e| g[e].label())
                .unwrap_or_default();
            out.push_str(&format!("  -- {label} --\n"));
        }
        out.push_str(&format!("{}\n", g[n].name));
    }
    let steps = path.len().saturating_sub(1);
    out.push_str(&format!(
        "{steps} step{} in the {} graph\n",
        if steps == 1 { "" } else { "s" },
        net.view.as_str()
    ));
    out
}

/// Draws the network into an SVG file with Graphviz or the built-in layout.
fn draw_svg(net: &Network, m: &Measures, file: &Path, layout: LayoutArg) -> Result<(), Failure> {
    let n = net.graph.node_count();
    if n > draw::MAX_NODES {
        return Err(Failure(
            EXIT_USAGE,
            anyhow!(
                "the {} graph has {n} nodes, more than a picture can show (at most {}): keep a part with --component or --path",
                net.view.as_str(),
                draw::MAX_NODES
            ),
        ));
    }
    if layout != LayoutArg::Builtin {
        let engine = if n > 300 { "sfdp" } else { "neato" };
        let edge_labels = net.graph.edge_count() <= PICTURE_EDGE_LABELS_MAX;
        match graphviz(engine, &export::dot(net, m, edge_labels), file) {
            Ok(()) => return Ok(()),
            Err(e) if layout == LayoutArg::Auto && e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Failure(
                    EXIT_USAGE,
                    anyhow::Error::new(e).context(format!("cannot draw with Graphviz {engine}")),
                ));
            }
        }
    }
    write_file(file, draw::svg(net, &draw::layout(net)).as_bytes())
}

/// Runs a Graphviz engine on DOT text, writing SVG to `file`; `NotFound` when it is not
/// installed.
fn graphviz(engine: &str, dot: &str, file: &Path) -> io::Result<()> {
    let mut child = Command::new(engine)
        .arg("-Tsvg")
        .arg("-o")
        .arg(file)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(dot.as_bytes())?;
    }
    let out = child.wait_with_output()?;
    if out.status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!(
            "{engine} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )))
    }
}

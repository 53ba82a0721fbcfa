//! Graph analytics, pure functions over an undirected petgraph: components, degree, betweenness (Brandes), shortest paths.
//!
//! Every result is deterministic: ties are broken by node index, and the `Network` builder
//! gives indices in sorted (kind, name, id) order. Paths and betweenness count hops (edge
//! weights are not distances).

use std::collections::VecDeque;

use petgraph::graph::{NodeIndex, UnGraph};
use rayon::prelude::*;

/// The connected components of a graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Components {
    /// Each component's nodes in index order; components by size, largest first (ties: the
    /// one with the smaller first node first).
    pub members: Vec<Vec<NodeIndex>>,
    /// For each node (by index), the position of its component in `members`.
    pub of: Vec<usize>,
}

impl Components {
    /// The sizes, largest first.
    pub fn sizes(&self) -> Vec<usize> {
        self.members.iter().map(Vec::len).collect()
    }

    /// The largest component's nodes (empty for an empty graph).
    pub fn largest(&self) -> &[NodeIndex] {
        self.members.first().map_or(&[], Vec::as_slice)
    }
}

/// Connected components by breadth-first search.
pub fn components<N, E>(g: &UnGraph<N, E>) -> Components {
    let n = g.node_count();
    let mut label = vec![usize::MAX; n];
    let mut members: Vec<Vec<NodeIndex>> = Vec::new();
    let mut queue = VecDeque::new();
    for start in g.node_indices() {
        if label[start.index()] != usize::MAX {
            continue;
        }
        let c = members.len();
        let mut nodes = vec![start];
        label[start.index()] = c;
        queue.push_back(start);
        while let Some(v) = queue.pop_front() {
            for w in g.neighbors(v) {
                if label[w.index()] == usize::MAX {
                    label[w.index()] = c;
                    nodes.push(w);
                    queue.push_back(w);
                }
            }
        }
        nodes.sort();
        members.push(nodes);
    }
    // Found in order of their first node, so a stable sort by size keeps that as the tie-break.
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&c| std::cmp::Reverse(members[c].len()));
    let mut rank = vec![0; members.len()];
    for (r, &c) in order.iter().enumerate() {
        rank[c] = r;
    }
    let of = label.iter().map(|&c| rank[c]).collect();
    let mut sorted = vec![Vec::new(); members.len()];
    for (c, nodes) in members.into_iter().enumerate() {
        sorted[rank[c]] = nodes;
    }
    Components {
        members: sorted,
        of,
    }
}

/// The degree (number of distinct neighbours) of every node, by index.
pub fn degrees<N, E>(g: &UnGraph<N, E>) -> Vec<usize> {
    g.node_indices()
        .map(|v| {
            let mut ns: Vec<NodeIndex> = g.neighbors(v).filter(|&w| w != v).collect();
            ns.sort();
            ns.dedup();
            ns.len()
        })
        .collect()
}

/// Which sources betweenness is accumulated from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pivots {
    /// Every node: exact betweenness, O(nodes x edges).
    All,
    /// `count` nodes drawn without replacement by a generator seeded with `seed`, the sum
    /// scaled by nodes / count (Brandes and Pich, 2007): an unbiased estimate.
    Sample {
        /// How many sources.
        count: usize,
        /// The seed, so that the same graph gets the same estimate.
        seed: u64,
    },
}

/// Above this many nodes, `Pivots::auto` samples instead of computing exactly.
pub const EXACT_BETWEENNESS_MAX_NODES: usize = 5_000;
/// How many sources `Pivots::auto` samples on larger graphs.
pub const SAMPLED_PIVOTS: usize = 1_000;
/// The seed `Pivots::auto` samples with.
pub const PIVOT_SEED: u64 = 0x5eed_5b0c;

impl Pivots {
    /// Exact up to `EXACT_BETWEENNESS_MAX_NODES` nodes, else `SAMPLED_PIVOTS` seeded pivots.
    pub fn auto(nodes: usize) -> Self {
        if nodes <= EXACT_BETWEENNESS_MAX_NODES {
            Self::All
        } else {
            Self::Sample {
                count: SAMPLED_PIVOTS,
                seed: PIVOT_SEED,
            }
        }
    }

    /// The source nodes, in index order.
    fn sources(self, n: usize) -> Vec<usize> {
        match self {
            Self::Sample { count, seed } if count < n => {
                // A partial Fisher-Yates shuffle driven by SplitMix64.
                let mut rng = crate::rng::SplitMix64(seed);
                let mut all: Vec<usize> = (0..n).collect();
                for i in 0..count {
                    let bound = (n - i) as u64;
                    let j = i + (rng.next() % bound) as usize;
                    all.swap(i, j);
                }
                all.truncate(count);
                all.sort_unstable();
                all
            }
            _ => (0..n).collect(),
        }
    }

    /// What a report says of the scores.
    pub fn describe(self, n: usize) -> String {
        match self {
            Self::Sample { count, seed } if count < n => {
                format!("estimated from {count} of {n} sources, seed {seed:#x}")
            }
            _ => "exact".into(),
        }
    }
}

/// Normalised betweenness centrality of every node (by index), as networkx's
/// `betweenness_centrality(G)` defines it for an undirected graph: the share of shortest
/// paths between other pairs that pass through the node, divided by (n-1)(n-2)/2 pairs.
///
/// Brandes' algorithm, one breadth-first search per source; sources run on the rayon pool in
/// fixed chunks whose partial sums are added in order, so the result does not depend on the
/// number of threads.
pub fn betweenness<N: Sync, E: Sync>(g: &UnGraph<N, E>, pivots: Pivots) -> Vec<f64> {
    let n = g.node_count();
    if n < 3 {
        return vec![0.0; n];
    }
    // Neighbour lists once, without loops or parallel edges.
    let adj: Vec<Vec<usize>> = g
        .node_indices()
        .map(|v| {
            let mut ns: Vec<usize> = g
                .neighbors(v)
                .filter(|&w| w != v)
                .map(|w| w.index())
                .collect();
            ns.sort_unstable();
            ns.dedup();
            ns
        })
        .collect();
    let sources = pivots.sources(n);
    if sources.is_empty() {
        return vec![0.0; n];
    }
    let partials: Vec<Vec<f64>> = sources
        .par_chunks(64)
        .map(|chunk| {
            let mut acc = vec![0.0; n];
            let mut state = Brandes::new(n);
            for &s in chunk {
                state.accumulate(&adj, s, &mut acc);
            }
            acc
        })
        .collect();
    let mut total = vec![0.0; n];
    for p in partials {
        for (t, x) in total.iter_mut().zip(p) {
            *t += x;
        }
    }
    // Each pair is counted from both ends: (n-1)(n-2) normalises; sampling scales by n/k.
    let scale = n as f64 / sources.len() as f64 / ((n - 1) * (n - 2)) as f64;
    total.iter().map(|x| x * scale).collect()
}

/// The reusable buffers of one Brandes search.
struct Brandes {
    sigma: Vec<f64>,
    dist: Vec<i64>,
    delta: Vec<f64>,
    preds: Vec<Vec<usize>>,
    stack: Vec<usize>,
    queue: VecDeque<usize>,
}

impl Brandes {
    fn new(n: usize) -> Self {
        Self {
            sigma: vec![0.0; n],
            dist: vec![-1; n],
            delta: vec![0.0; n],
            preds: vec![Vec::new(); n],
            stack: Vec::with_capacity(n),
            queue: VecDeque::new(),
        }
    }

    /// Adds the dependencies of source `s` to `acc`.
    fn accumulate(&mut self, adj: &[Vec<usize>], s: usize, acc: &mut [f64]) {
        for &v in &self.stack {
            self.sigma[v] = 0.0;
            self.dist[v] = -1;
            self.delta[v] = 0.0;
            self.preds[v].clear();
        }
        self.stack.clear();
        self.sigma[s] = 1.0;
        self.dist[s] = 0;
        self.queue.push_back(s);
        while let Some(v) = self.queue.pop_front() {
            self.stack.push(v);
            for &w in &adj[v] {
                if self.dist[w] < 0 {
                    self.dist[w] = self.dist[v] + 1;
                    self.queue.push_back(w);
                }
                if self.dist[w] == self.dist[v] + 1 {
                    self.sigma[w] += self.sigma[v];
                    self.preds[w].push(v);
                }
            }
        }
        for &w in self.stack.iter().rev() {
            let coeff = (1.0 + self.delta[w]) / self.sigma[w];
            for &v in &self.preds[w] {
                self.delta[v] += self.sigma[v] * coeff;
            }
            if w != s {
                acc[w] += self.delta[w];
            }
        }
    }
}

/// A shortest path (fewest hops) from `a` to `b`, both ends included; `None` when they are
/// in different components. Among equally short paths, the one through lower indices.
pub fn shortest_path<N, E>(
    g: &UnGraph<N, E>,
    a: NodeIndex,
    b: NodeIndex,
) -> Option<Vec<NodeIndex>> {
    // Search back from `b`, so that following parents from `a` reads the path forwards and
    // each step takes the lowest-index neighbour one hop closer to `b`.
    let n = g.node_count();
    let mut dist = vec![usize::MAX; n];
    dist[b.index()] = 0;
    let mut queue = VecDeque::from([b]);
    while let Some(v) = queue.pop_front() {
        if v == a {
            break;
        }
        for w in g.neighbors(v) {
            if dist[w.index()] == usize::MAX {
                dist[w.index()] = dist[v.index()] + 1;
                queue.push_back(w);
            }
        }
    }
    if dist[a.index()] == usize::MAX {
        return None;
    }
    let mut path = vec![a];
    let mut v = a;
    while v != b {
        v = g
            .neighbors(v)
            .filter(|w| dist[w.index()] + 1 == dist[v.index()])
            .min()?;
        path.push(v);
    }
    Some(path)
}

/// The per-node measures that reports and exports carry.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    /// Degree by node index.
    pub degree: Vec<usize>,
    /// Normalised betweenness by node index.
    pub betweenness: Vec<f64>,
    /// How betweenness was computed (`exact`, or the sample).
    pub betweenness_method: String,
    /// The connected components.
    pub components: Components,
}

impl Measures {
    /// Every measure of a graph, betweenness from the given pivots.
    pub fn of<N: Sync, E: Sync>(g: &UnGraph<N, E>, pivots: Pivots) -> Self {
        Self {
            degree: degrees(g),
            betweenness: betweenness(g, pivots),
            betweenness_method: pivots.describe(g.node_count()),
            components: components(g),
        }
    }
}

/// The `n` nodes with the highest scores, highest first; ties by index (sorted name order).
/// Nodes scoring zero are left out.
pub fn top<T: PartialOrd + Default + Copy>(scores: &[T], n: usize) -> Vec<NodeIndex> {
    let mut idx: Vec<usize> = (0..scores.len())
        .filter(|&i| scores[i] > T::default())
        .collect();
    idx.sort_by(|&i, &j| {
        scores[j]
            .partial_cmp(&scores[i])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(i.cmp(&j))
    });
    idx.truncate(n);
    idx.into_iter().map(NodeIndex::new).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A graph from an edge list over nodes 0..n.
    fn graph(n: usize, edges: &[(u32, u32)]) -> UnGraph<(), ()> {
        let mut g = UnGraph::new_undirected();
        for _ in 0..n {
            g.add_node(());
        }
        g.extend_with_edges(edges);
        g
    }

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
    }

    #[test]
    fn betweenness_matches_the_textbook_values() {
        // A path 0-1-2-3-4: node 2 lies on 4 of the 6 pairs of the others.
        let path = graph(5, &[(0, 1), (1, 2), (2, 3), (3, 4)]);
        assert!(close(
            &betweenness(&path, Pivots::All),
            &[0.0, 0.5, 4.0 / 6.0, 0.5, 0.0]
        ));
        // A star: the centre is on every path; a 4-cycle splits each opposite pair in two.
        let star = graph(4, &[(0, 1), (0, 2), (0, 3)]);
        assert!(close(
            &betweenness(&star, Pivots::All),
            &[1.0, 0.0, 0.0, 0.0]
        ));
        let cycle = graph(4, &[(0, 1), (1, 2), (2, 3), (3, 0)]);
        assert!(close(&betweenness(&cycle, Pivots::All), &[1.0 / 6.0; 4]));
    }

    #[test]
    fn sampling_every_node_is_exact_and_a_sample_is_reproducible() {
        let path = graph(6, &[(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]);
        let exact = betweenness(&path, Pivots::All);
        let all = Pivots::Sample { count: 6, seed: 1 };
        assert!(close(&betweenness(&path, all), &exact));
        let some = Pivots::Sample { count: 3, seed: 7 };
        assert_eq!(betweenness(&path, some), betweenness(&path, some));
        assert_eq!(some.sources(6).len(), 3);
    }

    #[test]
    fn components_come_largest_first_with_a_label_per_node() {
        let g = graph(6, &[(0, 1), (2, 3), (3, 4)]);
        let c = components(&g);
        assert_eq!(c.sizes(), [3, 2, 1]);
        assert_eq!(c.of, [1, 1, 0, 0, 0, 2]);
        assert_eq!(c.largest(), [2, 3, 4].map(NodeIndex::new));
    }

    #[test]
    fn shortest_path_prefers_lower_indices_and_reports_no_path() {
        // Two paths of two hops from 0 to 3: through 1 and through 2.
        let g = graph(5, &[(0, 2), (2, 3), (0, 1), (1, 3)]);
        let p = shortest_path(&g, NodeIndex::new(0), NodeIndex::new(3)).unwrap();
        assert_eq!(p, [0, 1, 3].map(NodeIndex::new));
        assert_eq!(
            shortest_path(&g, NodeIndex::new(0), NodeIndex::new(4)),
            None
        );
        let same = shortest_path(&g, NodeIndex::new(2), NodeIndex::new(2)).unwrap();
        assert_eq!(same, [NodeIndex::new(2)]);
    }

    #[test]
    fn degrees_and_top_break_ties_by_index() {
        let g = graph(4, &[(0, 1), (1, 2), (2, 3), (3, 1)]);
        let d = degrees(&g);
        assert_eq!(d, [1, 3, 2, 2]);
        assert_eq!(top(&d, 3), [1, 2, 3].map(NodeIndex::new));
        assert!(top(&[0usize, 0], 5).is_empty());
    }
}

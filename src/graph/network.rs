//! The people network: shows and people as an undirected petgraph, in the cast (bipartite) or co-star view.
//!
//! The store hands over credits (show, person, kind, character) and names; this module builds
//! the graph with nodes in sorted order, so indices, exports and tie-breaks are deterministic
//! whatever order the credits came in. Ids are opaque strings (the store gives IRIs).

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use crate::resolve::name_key;

/// What a person did on a show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CreditKind {
    /// In the cast (`schema:actor`, directly or through a `schema:PerformanceRole`).
    Actor,
    /// Wrote it (`schema:author`).
    Writer,
    /// Directed it (`schema:director`).
    Director,
}

impl CreditKind {
    /// The word used in exports and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Actor => "actor",
            Self::Writer => "writer",
            Self::Director => "director",
        }
    }
}

/// One credit: a person's part in a show, as the store states it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Credit {
    /// The show's id.
    pub show: String,
    /// The person's id.
    pub person: String,
    /// What the person did.
    pub kind: CreditKind,
    /// The character played, when known.
    pub character: Option<String>,
}

/// Whether a node is a show or a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VertexKind {
    /// A series or film.
    Show,
    /// An actor, writer or director.
    Person,
}

impl VertexKind {
    /// The word used in exports and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Show => "show",
            Self::Person => "person",
        }
    }
}

/// A node: a show or a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vertex {
    /// Opaque identifier (the store gives the entity's IRI).
    pub id: String,
    /// The name shown.
    pub name: String,
    /// Every other name the entity goes by (matched by `find`).
    pub alternate_names: Vec<String>,
    /// Show or person.
    pub kind: VertexKind,
}

/// An edge: a person's credits on a show (cast view), or the shows two people share
/// (co-star view).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Link {
    /// Cast view: what the person did on the show.
    pub kinds: BTreeSet<CreditKind>,
    /// Cast view: the characters the person plays in the show.
    pub characters: BTreeSet<String>,
    /// Co-star view: the names of the shows both people are in the cast of.
    pub shows: BTreeSet<String>,
}

impl Link {
    /// The edge weight: the number of shared shows in the co-star view, else 1.
    pub fn weight(&self) -> usize {
        self.shows.len().max(1)
    }

    /// A short label: the shared shows, else the characters, else the credit kinds.
    pub fn label(&self) -> String {
        let parts: Vec<&str> = if !self.shows.is_empty() {
            self.shows.iter().map(String::as_str).collect()
        } else if !self.characters.is_empty() {
            self.characters.iter().map(String::as_str).collect()
        } else {
            self.kinds.iter().map(|k| k.as_str()).collect()
        };
        parts.join(", ")
    }
}

/// Which graph to build from the credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Shows and people, an edge per person and show (every credit kind).
    Cast,
    /// People only, an edge per pair of people in the cast of a same show, weighted by the
    /// number of such shows.
    Costar,
}

impl View {
    /// The word used in exports and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cast => "cast",
            Self::Costar => "costar",
        }
    }
}

/// The names of an entity: one shown, the others for matching.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    /// Every `schema:name` the entity has (several before consolidation); the smallest is shown.
    pub names: BTreeSet<String>,
    /// Every `schema:alternateName`.
    pub alternate: BTreeSet<String>,
}

/// The network of one view, nodes sorted by (kind, name, id) and edges by their endpoints.
#[derive(Debug, Clone)]
pub struct Network {
    /// The view it was built as.
    pub view: View,
    /// The petgraph graph.
    pub graph: UnGraph<Vertex, Link>,
}

/// Why a name does not pick a node.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FindError {
    /// No node has that name.
    #[error("no {kind} named {name:?} in the {view} graph")]
    Unknown {
        /// The name asked for.
        name: String,
        /// What kind of node was looked for.
        kind: &'static str,
        /// The view searched.
        view: &'static str,
    },
    /// Several nodes share the name; the candidates are listed.
    #[error("{name:?} names {} entities: {}", candidates.len(), candidates.join(", "))]
    Ambiguous {
        /// The name asked for.
        name: String,
        /// The ids of the candidates.
        candidates: Vec<String>,
    },
}

impl Network {
    /// Builds the network of a view from credits and the names of their entities (an entity
    /// without a name is shown by its id).
    pub fn build(view: View, credits: &[Credit], names: &BTreeMap<String, Names>) -> Self {
        let vertex = |id: &str, kind| {
            let n = names.get(id);
            let mut all = n.map(|n| n.names.iter()).into_iter().flatten();
            let name = all.next().cloned().unwrap_or_else(|| id.to_string());
            let mut alternate_names: Vec<String> = all.cloned().collect();
            alternate_names.extend(n.map(|n| n.alternate.iter().cloned()).into_iter().flatten());
            alternate_names.sort();
            alternate_names.dedup();
            Vertex {
                id: id.to_string(),
                name,
                alternate_names,
                kind,
            }
        };
        // Links keyed by the ids of their endpoints; BTreeMaps keep everything sorted.
        let mut vertices: BTreeMap<&str, VertexKind> = BTreeMap::new();
        let mut links: BTreeMap<(&str, &str), Link> = BTreeMap::new();
        match view {
            View::Cast => {
                for c in credits {
                    vertices.insert(&c.show, VertexKind::Show);
                    vertices.insert(&c.person, VertexKind::Person);
                    let link = links.entry((&c.show, &c.person)).or_default();
                    link.kinds.insert(c.kind);
                    link.characters.extend(c.character.iter().cloned());
                }
            }
            View::Costar => {
                let mut casts: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
                for c in credits.iter().filter(|c| c.kind == CreditKind::Actor) {
                    casts.entry(&c.show).or_default().insert(&c.person);
                    vertices.insert(&c.person, VertexKind::Person);
                }
                for (show, cast) in &casts {
                    let show_name = vertex(show, VertexKind::Show).name;
                    let cast: Vec<&str> = cast.iter().copied().collect();
                    for (i, a) in cast.iter().enumerate() {
                        for b in &cast[i + 1..] {
                            let link = links.entry((a, b)).or_default();
                            link.shows.insert(show_name.clone());
                        }
                    }
                }
            }
        }
        let mut sorted: Vec<Vertex> = vertices
            .into_iter()
            .map(|(id, kind)| vertex(id, kind))
            .collect();
        sorted.sort_by(|a, b| (a.kind, &a.name, &a.id).cmp(&(b.kind, &b.name, &b.id)));
        let mut graph = UnGraph::with_capacity(sorted.len(), links.len());
        let mut index: BTreeMap<String, NodeIndex> = BTreeMap::new();
        for v in sorted {
            let id = v.id.clone();
            index.insert(id, graph.add_node(v));
        }
        let mut edges: Vec<(NodeIndex, NodeIndex, Link)> = links
            .into_iter()
            .filter_map(|((a, b), link)| {
                let (a, b) = (*index.get(a)?, *index.get(b)?);
                Some((a.min(b), a.max(b), link))
            })
            .collect();
        edges.sort_by_key(|(a, b, _)| (*a, *b));
        for (a, b, link) in edges {
            graph.add_edge(a, b, link);
        }
        Self { view, graph }
    }

    /// The subgraph induced by some nodes, in the same (sorted) order.
    pub fn subgraph(&self, keep: &[NodeIndex]) -> Self {
        let keep: BTreeSet<NodeIndex> = keep.iter().copied().collect();
        let mut graph = UnGraph::with_capacity(keep.len(), 0);
        let mut map = BTreeMap::new();
        for &n in &keep {
            map.insert(n, graph.add_node(self.graph[n].clone()));
        }
        for e in self.graph.edge_references() {
            if let (Some(&a), Some(&b)) = (map.get(&e.source()), map.get(&e.target())) {
                graph.add_edge(a, b, e.weight().clone());
            }
        }
        Self {
            view: self.view,
            graph,
        }
    }

    /// The node of a kind whose name (or an alternate name) is `name`, compared case-, space-
    /// and punctuation-blind as everywhere in showkg.
    pub fn find(&self, name: &str, kind: VertexKind) -> Result<NodeIndex, FindError> {
        let key = name_key(name);
        let hits: Vec<NodeIndex> = self
            .graph
            .node_indices()
            .filter(|&n| {
                let v = &self.graph[n];
                v.kind == kind
                    && std::iter::once(&v.name)
                        .chain(&v.alternate_names)
                        .any(|x| name_key(x) == key)
            })
            .collect();
        match hits.as_slice() {
            [] => Err(FindError::Unknown {
                name: name.to_string(),
                kind: kind.as_str(),
                view: self.view.as_str(),
            }),
            [one] => Ok(*one),
            many => Err(FindError::Ambiguous {
                name: name.to_string(),
                candidates: many.iter().map(|&n| self.graph[n].id.clone()).collect(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(show: &str, person: &str, kind: CreditKind, character: Option<&str>) -> Credit {
        Credit {
            show: show.into(),
            person: person.into(),
            kind,
            character: character.map(Into::into),
        }
    }

    fn names(pairs: &[(&str, &[&str])]) -> BTreeMap<String, Names> {
        pairs
            .iter()
            .map(|(id, ns)| {
                let names = Names {
                    names: ns.iter().map(|s| s.to_string()).collect(),
                    alternate: BTreeSet::new(),
                };
                (id.to_string(), names)
            })
            .collect()
    }

    #[test]
    fn cast_view_merges_credits_of_a_pair_into_one_edge() {
        use CreditKind::*;
        let credits = [
            credit("s1", "p1", Actor, Some("Min")),
            credit("s1", "p1", Actor, None),
            credit("s1", "p1", Writer, None),
            credit("s1", "p2", Actor, Some("Ko")),
        ];
        let n = Network::build(View::Cast, &credits, &names(&[("s1", &["Show One"])]));
        assert_eq!(n.graph.node_count(), 3);
        assert_eq!(n.graph.edge_count(), 2);
        // Shows sort before people; an unnamed entity is shown by its id.
        assert_eq!(n.graph[NodeIndex::new(0)].name, "Show One");
        let e = n
            .graph
            .find_edge(NodeIndex::new(0), NodeIndex::new(1))
            .unwrap();
        assert_eq!(n.graph[e].label(), "Min");
        assert_eq!(n.graph[e].kinds.len(), 2);
    }

    #[test]
    fn costar_view_weights_pairs_by_shared_shows_and_skips_crew() {
        use CreditKind::*;
        let credits = [
            credit("s1", "a", Actor, None),
            credit("s1", "b", Actor, None),
            credit("s2", "a", Actor, None),
            credit("s2", "b", Actor, None),
            credit("s2", "w", Writer, None),
        ];
        let all = names(&[
            ("s1", &["One"]),
            ("s2", &["Two"]),
            ("a", &["A"]),
            ("b", &["B"]),
        ]);
        let n = Network::build(View::Costar, &credits, &all);
        assert_eq!(n.graph.node_count(), 2);
        let e = n.graph.edge_indices().next().unwrap();
        assert_eq!(n.graph[e].weight(), 2);
        assert_eq!(n.graph[e].label(), "One, Two");
    }

    #[test]
    fn find_is_blind_to_case_space_and_hyphens_and_reports_unknown_names() {
        let credits = [credit("s", "p", CreditKind::Actor, None)];
        let all = names(&[("s", &["Show"]), ("p", &["Kim Seo-ah", "Kim Seoah"])]);
        let n = Network::build(View::Cast, &credits, &all);
        let p = n.find("kim seo ah", VertexKind::Person).unwrap();
        assert_eq!(n.graph[p].name, "Kim Seo-ah");
        assert_eq!(n.graph[p].alternate_names, ["Kim Seoah"]);
        assert!(matches!(
            n.find("Show", VertexKind::Person),
            Err(FindError::Unknown { .. })
        ));
    }
}

//! Cross-article entity resolution, a pure function of the set of articles' mentions: which IRIs denote one entity, its canonical IRI and name, and why.
//!
//! The rules, applied per kind in a fixed order, each deciding from the clusters as they
//! stood before it (so no decision depends on the order articles arrived in):
//!
//! 1. `gazetteer`: every IRI with a name or alias of one gazetteer entry is that entry.
//! 2. `same-name`: IRIs whose names share a name key (`Disney Plus`, `Disney+`;
//!    `Spider-Man`, `Spiderman`), including a form one article gave as an alternate name.
//! 3. `typo`: the same words but one (of six letters or more), with a letter dropped or doubled or two neighbours
//!    swapped (`Harbour`, `Harbor`), 8 letters or more in all, the same digits, the rarer
//!    form in at most two articles and at most half as many as the other; people only when
//!    credited on a shared show, and never Korean names (a letter apart, `Eun-ha` and
//!    `Eun-hwa` are two names). Two names that both appear often never merge, nor do
//!    names a replaced letter apart (`Park`, `Baek`), which across articles are as often
//!    two names.
//! 4. `acronym` (shows): an all-capitals name (`QOT`) and the one multi-word title whose
//!    initials it is (`Queen of Tears`), typos of the title already folded.
//! 5. `name-order` (people): `Soo-hyun Kim` and `Kim Soo-hyun`.
//! 6. `partial-name` (people, characters of one show): a one-word name (`Ellery`,
//!    `Seo-yeon`) and the one full name it is the given name or surname of, among people who
//!    share a show with it when several match.
//!
//! Clusters linked to two different gazetteer entries never merge, and kinds never mix.
//! Candidates are found through hash maps of keys, initials and deletion variants, never by
//! comparing every pair, so a plan takes time linear in the mentions.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::gazetteer::Gazetteer;
use super::record::{Kind, Mention};
use crate::extract::atoms::names::is_korean_surname;
use crate::rdf::Minter;
use crate::resolve::name_key;

/// What the articles say of one entity IRI.
#[derive(Debug, Clone, Default)]
struct Ent {
    kind: Option<Kind>,
    /// For a character, its show's IRI.
    show: Option<String>,
    /// Each `schema:name` form and the number of articles giving it.
    names: BTreeMap<String, u32>,
    /// Every `schema:alternateName` form.
    alternates: BTreeSet<String>,
    /// The articles naming it (indices), sorted.
    articles: Vec<u32>,
    /// The shows a person is credited on (IRIs).
    shows: BTreeSet<String>,
}

/// Every entity IRI of a store's articles with its names, articles and credits.
#[derive(Debug, Default)]
pub struct Table {
    ents: BTreeMap<String, Ent>,
}

impl Table {
    /// An empty table.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the mentions and credits of one article (by index).
    pub fn add(
        &mut self,
        article: u32,
        mentions: &[Mention],
        credits: &BTreeSet<(String, String)>,
    ) {
        for m in mentions {
            let e = self.ents.entry(m.iri.clone()).or_default();
            e.kind = Some(m.kind);
            if m.show.is_some() {
                e.show.clone_from(&m.show);
            }
            *e.names.entry(m.name.clone()).or_default() += 1;
            e.alternates.extend(m.alternates.iter().cloned());
            if e.articles.last() != Some(&article) {
                e.articles.push(article);
            }
        }
        for (person, show) in credits {
            if let Some(e) = self.ents.get_mut(person) {
                e.shows.insert(show.clone());
            }
        }
    }

    /// Number of entity IRIs.
    pub fn len(&self) -> usize {
        self.ents.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.ents.is_empty()
    }
}

/// Where one entity IRI ends up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canon {
    /// The canonical IRI (the entity's own when it is canonical).
    pub iri: String,
    /// The canonical name.
    pub name: String,
}

/// An IRI merged into another, for the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The IRI an article minted.
    pub iri: String,
    /// Why, one or more rule names.
    pub reasons: Vec<&'static str>,
    /// The articles (indices) whose graphs used it.
    pub articles: Vec<u32>,
}

/// One entity after consolidation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The canonical IRI.
    pub iri: String,
    /// The canonical name.
    pub name: String,
    /// External IRIs (from the gazetteer).
    pub same_as: Vec<String>,
    /// Alternate names the gazetteer gives.
    pub aliases: Vec<String>,
    /// The IRIs merged into it.
    pub merged: Vec<Merged>,
    /// Whether no article graph gives the canonical name as `schema:name` to the canonical
    /// IRI as is, so the consolidation graph must.
    pub needs_name: bool,
}

/// The outcome: where every IRI goes, and the clusters that changed anything.
#[derive(Debug, Default)]
pub struct Plan {
    /// Every entity IRI of the table.
    pub canon: HashMap<String, Canon>,
    /// Clusters with merges, renames or gazetteer links, sorted by IRI.
    pub clusters: Vec<Cluster>,
}

/// Union-find over entity indices with a gazetteer label per root.
struct Clusters {
    parent: Vec<u32>,
    label: Vec<Option<usize>>,
}

impl Clusters {
    fn find(&mut self, mut a: u32) -> u32 {
        while self.parent[a as usize] != a {
            let p = self.parent[a as usize];
            self.parent[a as usize] = self.parent[p as usize];
            a = p;
        }
        a
    }

    /// Joins two clusters unless they carry different gazetteer labels; the smaller index
    /// becomes the root, so the result does not depend on the order of unions.
    fn union(&mut self, a: u32, b: u32) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (la, lb) = (self.label[ra as usize], self.label[rb as usize]);
        if la.is_some() && lb.is_some() && la != lb {
            return false;
        }
        let (root, child) = (ra.min(rb), ra.max(rb));
        self.parent[child as usize] = root;
        self.label[root as usize] = la.or(lb);
        true
    }
}

/// A name of letters and digits only, all capitals, 2 to 6 long, at least two letters: `QOT`.
fn is_acronym(name: &str) -> bool {
    let n = name.chars().count();
    (2..=6).contains(&n)
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && name.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// The initials of a title of two or more words, split at spaces, and at spaces and hyphens.
fn initials(title: &str) -> Vec<String> {
    let of = |words: Vec<&str>| -> Option<String> {
        let words: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
        (words.len() >= 2).then(|| {
            words
                .iter()
                .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
                .flat_map(char::to_lowercase)
                .collect()
        })
    };
    let mut out: Vec<String> = [
        of(title.split_whitespace().collect()),
        of(title
            .split(|c: char| c.is_whitespace() || c == '-')
            .collect()),
    ]
    .into_iter()
    .flatten()
    .collect();
    out.dedup();
    out
}

/// The digits of a key in order: names that differ in them (`Part 1`, `Part 2`) never merge.
fn digits(key: &str) -> String {
    key.chars().filter(char::is_ascii_digit).collect()
}

/// Whether two names differ by a slip of the keyboard: the same words but one, and that
/// one (of six letters or more) with a letter dropped or doubled (`Harbour`, `Harbor`;
/// `Elery`, `Ellery`) or two neighbouring letters swapped. A letter replaced by another is
/// not a slip: across articles it is as often another name (`Park`, `Baek`; `Parlor`,
/// `Harbor`; `Ji-won`, `Ji-woo`).
fn slip(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<String>, Vec<String>) = (
        a.split_whitespace().map(name_key).collect(),
        b.split_whitespace().map(name_key).collect(),
    );
    if wa.len() != wb.len() {
        return false;
    }
    let differ: Vec<(&String, &String)> = wa.iter().zip(&wb).filter(|(x, y)| x != y).collect();
    let [(x, y)] = differ.as_slice() else {
        return false;
    };
    let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
    let (short, long) = if x.len() <= y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    if long.len() < 6 {
        return false;
    }
    if long.len() == short.len() + 1 {
        let at = short
            .iter()
            .zip(long.iter())
            .take_while(|(p, q)| p == q)
            .count();
        return short[at..] == long[at + 1..];
    }
    if long.len() == short.len() {
        let at = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
        return at + 1 < x.len()
            && x[at] == y[at + 1]
            && x[at + 1] == y[at]
            && x[at + 2..] == y[at + 2..];
    }
    false
}

/// The keys a one-word name may be the given name or surname of, for a full name.
fn partial_keys(full: &str) -> Vec<String> {
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() < 2 {
        return Vec::new();
    }
    if is_korean_surname(words[0]) {
        // Korean order: the given name; a surname alone is far too common.
        return vec![name_key(&words[1..].join(""))];
    }
    vec![name_key(words[0]), name_key(words[words.len() - 1])]
}

/// The form to call an entity by: the most used, then hyphenated (`Kim Soo-hyun`), then not
/// all capitals, then the first in code-point order.
fn best_name(names: &BTreeMap<String, u32>) -> String {
    names
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then_with(|| a.0.contains('-').cmp(&b.0.contains('-')))
                .then_with(|| is_shouting(b.0).cmp(&is_shouting(a.0)))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(n, _)| n.clone())
        .unwrap_or_default()
}

fn is_shouting(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

/// The plan for a table.
pub fn plan(table: &Table, gazetteer: &Gazetteer, minter: &Minter) -> Plan {
    let iris: Vec<&String> = table.ents.keys().collect();
    let ents: Vec<&Ent> = table.ents.values().collect();
    let index: HashMap<&str, u32> = iris
        .iter()
        .enumerate()
        .map(|(i, s)| (s.as_str(), i as u32))
        .collect();
    let n = ents.len();
    let mut cl = Clusters {
        parent: (0..n as u32).collect(),
        label: vec![None; n],
    };
    let mut edges: BTreeSet<(u32, u32, &'static str)> = BTreeSet::new();
    let main: Vec<String> = ents.iter().map(|e| best_name(&e.names)).collect();
    let forms = |i: usize| ents[i].names.keys().chain(ents[i].alternates.iter());
    let kind = |i: usize| ents[i].kind;
    let weak = |i: usize| {
        let m = &main[i];
        is_acronym(m)
            || (matches!(kind(i), Some(Kind::Person | Kind::Character)) && !m.contains(' '))
    };

    // 1. Gazetteer labels.
    for i in 0..n {
        let Some(k) = kind(i).filter(|k| *k != Kind::Character) else {
            continue;
        };
        let hits: BTreeSet<usize> = forms(i).filter_map(|f| gazetteer.lookup(k, f)).collect();
        if hits.len() == 1 {
            cl.label[i] = hits.into_iter().next();
        }
    }
    let mut by_label: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
    for i in 0..n {
        if let Some(l) = cl.label[i] {
            by_label.entry(l).or_default().push(i as u32);
        }
    }
    for members in by_label.values() {
        for &m in &members[1..] {
            if cl.union(members[0], m) {
                edges.insert((members[0], m, "gazetteer"));
            }
        }
    }

    for k in [
        Kind::Show,
        Kind::Person,
        Kind::Organization,
        Kind::Character,
    ] {
        let members: Vec<usize> = (0..n).filter(|&i| kind(i) == Some(k)).collect();
        // Characters resolve within their show's cluster; everything else in one group.
        let group = |cl: &mut Clusters, i: usize| -> u32 {
            match &ents[i].show {
                Some(s) => index.get(s.as_str()).map_or(u32::MAX, |&s| cl.find(s)),
                None => 0,
            }
        };

        // 2. Same name key.
        let mut buckets: BTreeMap<(u32, String), Vec<u32>> = BTreeMap::new();
        for &i in &members {
            let g = group(&mut cl, i);
            for f in forms(i) {
                let key = name_key(f);
                if key.chars().count() >= 2 {
                    buckets.entry((g, key)).or_default().push(i as u32);
                }
            }
        }
        for list in buckets.values() {
            for &m in &list[1..] {
                let (a, b) = (list[0].min(m), list[0].max(m));
                if a != b && cl.union(a, b) {
                    edges.insert((a, b, "same-name"));
                }
            }
        }

        // 3. Typos: candidates share a one-deletion variant of their main name's key (a
        // dropped letter, or a swap of two neighbours), then `slip` decides.
        let mut variants: HashMap<(u32, String), Vec<u32>> = HashMap::new();
        let keys: HashMap<usize, String> = members
            .iter()
            .filter(|&&i| !weak(i))
            .map(|&i| (i, name_key(&main[i])))
            .filter(|(_, key)| key.chars().count() >= 8)
            .collect();
        for (&i, key) in &keys {
            let g = group(&mut cl, i);
            let chars: Vec<char> = key.chars().collect();
            let mut vs: BTreeSet<String> = BTreeSet::new();
            vs.insert(key.clone());
            for a in 0..chars.len() {
                vs.insert(
                    chars
                        .iter()
                        .enumerate()
                        .filter(|(j, _)| *j != a)
                        .map(|(_, c)| c)
                        .collect(),
                );
            }
            for v in vs {
                variants.entry((g, v)).or_default().push(i as u32);
            }
        }
        let mut pairs: BTreeSet<(u32, u32)> = BTreeSet::new();
        for list in variants.values().filter(|l| l.len() > 1 && l.len() <= 50) {
            for (x, &a) in list.iter().enumerate() {
                for &b in &list[x + 1..] {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
        // Minor entity -> the clusters it could be a typo of -> the entity there it is close to.
        let mut into: BTreeMap<u32, BTreeMap<u32, u32>> = BTreeMap::new();
        for (a, b) in pairs {
            let (ia, ib) = (a as usize, b as usize);
            if cl.find(a) == cl.find(b) {
                continue;
            }
            if !slip(&main[ia], &main[ib]) || digits(&keys[&ia]) != digits(&keys[&ib]) {
                continue;
            }
            let (na, nb) = (ents[ia].articles.len(), ents[ib].articles.len());
            let (minor, major, nminor, nmajor) = if na < nb {
                (a, b, na, nb)
            } else {
                (b, a, nb, na)
            };
            if nminor > 2 || nmajor < 2 * nminor {
                continue;
            }
            // Korean given names are syllables a letter apart (`Eun-ha`, `Eun-hwa`): their
            // spellings unify by key, never by typo.
            let korean = |i: usize| {
                main[i]
                    .split_whitespace()
                    .next()
                    .is_some_and(is_korean_surname)
            };
            if k == Kind::Person
                && (ents[ia].shows.is_disjoint(&ents[ib].shows) || korean(ia) || korean(ib))
            {
                continue;
            }
            let root = cl.find(major);
            let slot = into.entry(minor).or_default().entry(root).or_insert(major);
            *slot = (*slot).min(major);
        }
        let joins = into
            .into_iter()
            .filter(|(_, roots)| roots.len() == 1)
            .filter_map(|(m, roots)| roots.into_values().next().map(|major| (m, major, "typo")))
            .collect();
        apply(&mut cl, &mut edges, joins);

        // 4. Acronyms of show titles.
        if k == Kind::Show {
            // Initials -> cluster -> the first entity there with a title of those initials.
            let mut by_initials: BTreeMap<String, BTreeMap<u32, u32>> = BTreeMap::new();
            for &i in &members {
                for f in ents[i].names.keys().filter(|f| !is_acronym(f)) {
                    for init in initials(f) {
                        let root = cl.find(i as u32);
                        by_initials
                            .entry(init)
                            .or_default()
                            .entry(root)
                            .or_insert(i as u32);
                    }
                }
            }
            let mut joins = Vec::new();
            for &i in members.iter().filter(|&&i| is_acronym(&main[i])) {
                let own = cl.find(i as u32);
                let found: Vec<u32> = by_initials
                    .get(&main[i].to_lowercase())
                    .into_iter()
                    .flatten()
                    .filter(|(r, _)| **r != own)
                    .map(|(_, e)| *e)
                    .collect();
                if let [title] = found.as_slice() {
                    joins.push((i as u32, *title, "acronym"));
                }
            }
            apply(&mut cl, &mut edges, joins);
        }

        if matches!(k, Kind::Person | Kind::Character) {
            // 5. Name order: `Soo-hyun Kim` is `Kim Soo-hyun`.
            if k == Kind::Person {
                let mut by_key: BTreeMap<String, u32> = BTreeMap::new();
                for &i in &members {
                    let first = main[i].split_whitespace().next().unwrap_or("");
                    if is_korean_surname(first) {
                        by_key.entry(name_key(&main[i])).or_insert(i as u32);
                    }
                }
                let mut joins = Vec::new();
                for &i in &members {
                    let words: Vec<&str> = main[i].split_whitespace().collect();
                    if let [rest @ .., last] = words.as_slice()
                        && !rest.is_empty()
                        && is_korean_surname(last)
                        && !is_korean_surname(rest[0])
                    {
                        let swapped = name_key(&format!("{last}{}", rest.join("")));
                        if let Some(&j) = by_key.get(&swapped) {
                            joins.push((i as u32, j, "name-order"));
                        }
                    }
                }
                apply(&mut cl, &mut edges, joins);
            }

            // 6. A one-word name for the one full name it is part of.
            // (group, key) -> cluster -> the first entity there with a full name of that part.
            let mut by_part: BTreeMap<(u32, String), BTreeMap<u32, u32>> = BTreeMap::new();
            for &i in members.iter().filter(|&&i| !weak(i)) {
                let g = group(&mut cl, i);
                for key in partial_keys(&main[i]) {
                    let root = cl.find(i as u32);
                    by_part
                        .entry((g, key))
                        .or_default()
                        .entry(root)
                        .or_insert(i as u32);
                }
            }
            // The shows each cluster of people is credited on (show clusters).
            let mut shows_of: HashMap<u32, BTreeSet<u32>> = HashMap::new();
            if k == Kind::Person {
                for &i in &members {
                    let root = cl.find(i as u32);
                    for s in &ents[i].shows {
                        if let Some(&s) = index.get(s.as_str()) {
                            let s = cl.find(s);
                            shows_of.entry(root).or_default().insert(s);
                        }
                    }
                }
            }
            let none = BTreeSet::new();
            let mut joins = Vec::new();
            for &i in members
                .iter()
                .filter(|&&i| weak(i) && !is_acronym(&main[i]))
            {
                let g = group(&mut cl, i);
                let own = cl.find(i as u32);
                let mut found: BTreeMap<u32, u32> = BTreeMap::new();
                for f in ents[i].names.keys() {
                    if let Some(roots) = by_part.get(&(g, name_key(f))) {
                        for (r, e) in roots.iter().filter(|(r, _)| **r != own) {
                            let slot = found.entry(*r).or_insert(*e);
                            *slot = (*slot).min(*e);
                        }
                    }
                }
                if found.len() > 1 && k == Kind::Person {
                    let mine = shows_of.get(&own).unwrap_or(&none);
                    found.retain(|r, _| !shows_of.get(r).unwrap_or(&none).is_disjoint(mine));
                }
                if found.len() == 1
                    && let Some(full) = found.into_values().next()
                {
                    joins.push((i as u32, full, "partial-name"));
                }
            }
            apply(&mut cl, &mut edges, joins);
        }
    }

    finish(
        table, &iris, &ents, &main, &mut cl, &edges, gazetteer, minter,
    )
}

/// Applies a step's joins, decided before any of them.
fn apply(
    cl: &mut Clusters,
    edges: &mut BTreeSet<(u32, u32, &'static str)>,
    joins: Vec<(u32, u32, &'static str)>,
) {
    for (a, b, why) in joins {
        if cl.union(a, b) {
            edges.insert((a.min(b), a.max(b), why));
        }
    }
}

/// Canonical IRIs and names per cluster, and the record of what merged.
#[expect(
    clippy::too_many_arguments,
    reason = "the plan's working state, passed once"
)]
fn finish(
    table: &Table,
    iris: &[&String],
    ents: &[&Ent],
    main: &[String],
    cl: &mut Clusters,
    edges: &BTreeSet<(u32, u32, &'static str)>,
    gazetteer: &Gazetteer,
    minter: &Minter,
) -> Plan {
    let n = ents.len();
    let mut members: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        members.entry(cl.find(i as u32)).or_default().push(i);
    }
    let weak = |i: usize| {
        is_acronym(&main[i])
            || (matches!(ents[i].kind, Some(Kind::Person | Kind::Character))
                && !main[i].contains(' '))
    };
    let mut canon: HashMap<String, Canon> = HashMap::with_capacity(n);
    let mut clusters = Vec::new();
    // Shows, people and organisations first: characters take their show's canonical name.
    let mut order: Vec<(&u32, &Vec<usize>)> = members.iter().collect();
    order.sort_by_key(|(_, m)| ents[m[0]].kind == Some(Kind::Character));
    for (&root, list) in order {
        let kind = ents[list[0]].kind.unwrap_or(Kind::Show);
        let label = cl.label[root as usize].and_then(|l| gazetteer.entry(l));
        let best = list
            .iter()
            .copied()
            .min_by_key(|&i| (weak(i), std::cmp::Reverse(ents[i].articles.len()), iris[i]))
            .unwrap_or(list[0]);
        let name = match label {
            Some(e) => e.name.clone(),
            None => main[best].clone(),
        };
        let iri = match (kind, label) {
            (Kind::Character, _) => {
                let show = ents[best]
                    .show
                    .as_ref()
                    .and_then(|s| canon.get(s))
                    .map(|c| c.name.clone())
                    .unwrap_or_default();
                minter.character(&show, &name).as_str().to_string()
            }
            (_, Some(e)) => super::gazetteer::mint(minter, e.kind, &e.name),
            (_, None) => iris[best].clone(),
        };
        let mut merged = Vec::new();
        for &i in list.iter().filter(|&&i| *iris[i] != iri) {
            let mut reasons: Vec<&'static str> = edges
                .iter()
                .filter(|(a, b, _)| *a as usize == i || *b as usize == i)
                .map(|e| e.2)
                .collect();
            if reasons.is_empty() {
                reasons.push(if label.is_some() {
                    "gazetteer"
                } else if kind == Kind::Character {
                    "show-merged"
                } else {
                    "same-name"
                });
            }
            reasons.sort_unstable();
            reasons.dedup();
            merged.push(Merged {
                iri: iris[i].clone(),
                reasons,
                articles: ents[i].articles.clone(),
            });
        }
        let renamed = list
            .iter()
            .any(|&i| ents[i].names.keys().any(|f| *f != name));
        let named_as_is = list
            .iter()
            .any(|&i| *iris[i] == iri && ents[i].names.contains_key(&name));
        if !merged.is_empty() || label.is_some() || renamed {
            clusters.push(Cluster {
                iri: iri.clone(),
                name: name.clone(),
                same_as: label.map(|e| e.iris.clone()).unwrap_or_default(),
                aliases: label.map(|e| e.aliases.clone()).unwrap_or_default(),
                merged,
                needs_name: !named_as_is,
            });
        }
        for &i in list {
            canon.insert(
                iris[i].clone(),
                Canon {
                    iri: iri.clone(),
                    name: name.clone(),
                },
            );
        }
    }
    debug_assert_eq!(canon.len(), table.len());
    clusters.sort_by(|a, b| a.iri.cmp(&b.iri));
    Plan { canon, clusters }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_initials_and_partial_keys() {
        assert!(is_acronym("QOT") && is_acronym("CLOY") && !is_acronym("Qot") && !is_acronym("A"));
        assert_eq!(initials("Queen of Tears"), ["qot"]);
        assert_eq!(initials("Hometown Cha-Cha-Cha"), ["hc", "hccc"]);
        assert!(initials("Signal").is_empty());
        assert_eq!(partial_keys("Kim Soo-hyun"), ["soohyun"]);
        assert_eq!(partial_keys("Jonah Ellery"), ["jonah", "ellery"]);
        assert_eq!(digits("squidgame2"), "2");
        for (a, b, slipped) in [
            ("Winter Harbour Letters", "Winter Harbor Letters", true),
            ("Jonah Elery", "Jonah Ellery", true),
            ("Heartbeat Hotine", "Heartbeat Hotline", true),
            ("The Silver Parlour", "The Silver Palrour", true),
            ("Mr. Park's Station", "Mr. Baek's Station", false),
            ("The Silver Harbor", "The Silver Parlor", false),
            ("Kim Ji-won", "Kim Ji-woo", false),
            ("Mr. Cho's Courier", "Mr. Choi's Courier", false),
            ("The Island of Jeonju", "The Island of Jeju", false),
            ("Winter Harbor Letters", "Winter Harbor", false),
        ] {
            assert_eq!(slip(a, b), slipped, "{a} / {b}");
        }
    }

    /// A plan over articles given as lists of (kind, name, show) mentions, with every
    /// person credited on every show of its article.
    fn planned(articles: &[&[(Kind, &str, Option<&str>)]], gazetteer: &Gazetteer) -> Plan {
        let minter = Minter::new("http://e.org/").unwrap();
        let mut table = Table::new();
        for (a, mentions) in articles.iter().enumerate() {
            let mut credits = BTreeSet::new();
            let ms: Vec<Mention> = mentions
                .iter()
                .map(|(kind, name, show)| {
                    let iri = match kind {
                        Kind::Show => minter.show(name),
                        Kind::Person => minter.person(name),
                        Kind::Organization => minter.org(name),
                        Kind::Character => minter.character(show.unwrap_or(""), name),
                    };
                    Mention {
                        iri: iri.as_str().to_string(),
                        kind: *kind,
                        show: show.map(|s| minter.show(s).as_str().to_string()),
                        name: name.to_string(),
                        alternates: Vec::new(),
                    }
                })
                .collect();
            for p in ms.iter().filter(|m| m.kind == Kind::Person) {
                for s in ms.iter().filter(|m| m.kind == Kind::Show) {
                    credits.insert((p.iri.clone(), s.iri.clone()));
                }
            }
            table.add(a as u32, &ms, &credits);
        }
        plan(&table, gazetteer, &minter)
    }

    fn target(plan: &Plan, iri: &str) -> String {
        let full = format!("http://e.org/{iri}");
        let c = plan
            .canon
            .get(&full)
            .unwrap_or_else(|| panic!("no {full} in {:?}", plan.canon.keys()));
        c.iri.trim_start_matches("http://e.org/").to_string()
    }

    #[test]
    fn rules_merge_what_one_entity_is_and_nothing_ambiguous() {
        use Kind::*;
        let none = Gazetteer::default();
        let p = planned(
            &[
                &[
                    (Show, "Lantern Street", None),
                    (Person, "Nora Vance", None),
                    (Organization, "Disney Plus", None),
                ],
                &[
                    (Show, "Lantern Street", None),
                    (Person, "Vance", None),
                    (Organization, "Disney+", None),
                ],
                &[
                    (Show, "Lantern Street", None),
                    (Organization, "Disney Plus Hotstar", None),
                ],
                &[
                    (Show, "LS", None),
                    (Show, "Kim's Kitchen", None),
                    (Person, "Min-ji", None),
                ],
                &[
                    (Show, "Kim's Kitchen", None),
                    (Person, "Kim Min-ji", None),
                    (Person, "Kim Min-jun", None),
                ],
            ],
            &none,
        );
        assert_eq!(
            target(&p, "person/vance"),
            "person/nora-vance",
            "surname only"
        );
        assert_eq!(
            target(&p, "org/disney-plus"),
            target(&p, "org/disneyplus"),
            "same key"
        );
        assert_eq!(
            target(&p, "org/disney-plus-hotstar"),
            "org/disney-plus-hotstar"
        );
        assert_eq!(target(&p, "show/ls"), "show/lantern-street", "acronym");
        assert_eq!(
            target(&p, "person/min-ji"),
            "person/kim-minji",
            "Korean given name"
        );
        assert_eq!(target(&p, "person/kim-minji"), "person/kim-minji");
        // Two full names with the same part: the part merges with neither.
        let two = planned(
            &[
                &[(Person, "Nora Vance", None)],
                &[(Person, "Eli Vance", None)],
                &[(Person, "Vance", None)],
            ],
            &none,
        );
        assert_eq!(target(&two, "person/vance"), "person/vance");
        // The plan is a function of the set of articles, not of their order.
        let a: &[(Kind, &str, Option<&str>)] =
            &[(Show, "QOT", None), (Character, "Hyun-woo", Some("QOT"))];
        let b: &[(Kind, &str, Option<&str>)] = &[
            (Show, "Queen of Tears", None),
            (Character, "Baek Hyun-woo", Some("Queen of Tears")),
        ];
        let (ab, ba) = (planned(&[a, b], &none), planned(&[b, a], &none));
        assert_eq!(ab.canon, ba.canon, "article indices aside, the same plan");
        assert_eq!(
            target(&ab, "character/qot/hyun-woo"),
            "character/queen-of-tears/baek-hyunwoo"
        );
        // A gazetteer entry claims its aliases, and two entries never merge.
        let g = Gazetteer::new(vec![
            super::super::gazetteer::Entry {
                name: "Queen of Tears".into(),
                kind: Show,
                iris: vec!["http://www.wikidata.org/entity/Q1".into()],
                aliases: vec!["Nunmului Yeowang".into()],
            },
            super::super::gazetteer::Entry {
                name: "QOT".into(),
                kind: Show,
                iris: vec!["http://www.wikidata.org/entity/Q2".into()],
                aliases: Vec::new(),
            },
        ]);
        let linked = planned(&[a, b, &[(Show, "Nunmului Yeowang", None)]], &g);
        assert_eq!(
            target(&linked, "show/nunmului-yeowang"),
            "show/queen-of-tears"
        );
        assert_eq!(
            target(&linked, "show/qot"),
            "show/qot",
            "its own entry keeps it apart"
        );
    }

    #[test]
    fn the_best_name_is_frequent_then_hyphenated_then_not_shouting() {
        let names = |v: &[(&str, u32)]| v.iter().map(|(n, c)| (n.to_string(), *c)).collect();
        assert_eq!(
            best_name(&names(&[("Kim Soo Hyun", 1), ("Kim Soo-hyun", 1)])),
            "Kim Soo-hyun"
        );
        assert_eq!(
            best_name(&names(&[("QUEEN OF TEARS", 1), ("Queen of Tears", 1)])),
            "Queen of Tears"
        );
        assert_eq!(
            best_name(&names(&[("Kim Soo Hyun", 3), ("Kim Soo-hyun", 1)])),
            "Kim Soo Hyun"
        );
    }
}

//! What a SPARQL user sees in one article's RDF, as items: the shared referee's queries, asked of an in-memory store.

use std::collections::{BTreeSet, HashMap};

use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, QuerySolution};

use super::gold::{genre_alias, key, org_alias};
use super::{Item, Rel, Value};
use crate::extract::{Claim, Fact, MetricKind};
use crate::store::{ShowStore, StoreError};

const SHOW: &str = "?show a ?t . VALUES ?t { schema:TVSeries schema:Movie schema:TVSeason schema:CreativeWorkSeries schema:CreativeWork }";

/// The measured properties the referee scores, with its names for them.
const METRICS: &[(&str, &str)] = &[
    ("https://w3id.org/showkg/ns#hoursViewed", "hours_viewed"),
    ("https://w3id.org/showkg/ns#views", "views"),
    ("https://w3id.org/showkg/ns#viewers", "viewers"),
    ("https://w3id.org/showkg/ns#householdRating", "rating_pct"),
];

fn rows(store: &ShowStore, q: &str) -> Result<Vec<QuerySolution>, StoreError> {
    match store.query(q)? {
        QueryResults::Solutions(s) => Ok(s.collect::<Result<_, _>>()?),
        _ => Ok(Vec::new()),
    }
}

/// Keys of every name of a node (or of a literal).
struct Names<'a> {
    store: &'a ShowStore,
    cache: HashMap<Term, BTreeSet<String>>,
}

impl Names<'_> {
    fn of(&mut self, t: Option<&Term>) -> Result<BTreeSet<String>, StoreError> {
        let Some(t) = t else {
            return Ok(BTreeSet::new());
        };
        if let Term::Literal(l) = t {
            return Ok(BTreeSet::from([key(l.value())]));
        }
        if let Some(k) = self.cache.get(t) {
            return Ok(k.clone());
        }
        let q = format!("SELECT ?n WHERE {{ {t} schema:name|schema:alternateName ?n }}");
        let keys: BTreeSet<String> = rows(self.store, &q)?
            .iter()
            .filter_map(|r| match r.get("n") {
                Some(Term::Literal(l)) => Some(key(l.value())),
                _ => None,
            })
            .collect();
        self.cache.insert(t.clone(), keys.clone());
        Ok(keys)
    }
}

fn lexical(t: Option<&Term>) -> String {
    match t {
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

fn number(t: Option<&Term>) -> Option<f64> {
    lexical(t).parse().ok()
}

/// Every fact the store states, as items; `facts` supply the evidence shown for each.
pub fn items(store: &ShowStore, facts: &[Fact]) -> Result<Vec<Item>, StoreError> {
    let mut names = Names {
        store,
        cache: HashMap::new(),
    };
    let mut out = Vec::new();
    let cast = format!(
        "SELECT DISTINCT ?show ?p ?c WHERE {{ {SHOW}
        {{ ?show schema:actor ?r . ?r a schema:PerformanceRole ; schema:actor ?p .
           OPTIONAL {{ ?r schema:characterName ?c }} }}
        UNION {{ ?show schema:actor ?p . ?p a schema:Person }} }}"
    );
    for r in rows(store, &cast)? {
        let show = names.of(r.get("show"))?;
        let actor = names.of(r.get("p"))?;
        out.push(Item::new(
            Rel::Cast,
            show.clone(),
            Value::Names(actor.clone()),
        ));
        if let Some(c) = r.get("c") {
            let character = names.of(Some(c))?;
            out.push(Item::new(Rel::Role, show, Value::Role(actor, character)));
        }
    }
    for (rel, pred) in [
        (Rel::Premiere, "schema:startDate|schema:datePublished"),
        (Rel::Finale, "schema:endDate"),
    ] {
        let q = format!("SELECT DISTINCT ?show ?d WHERE {{ {SHOW} ?show {pred} ?d }}");
        for r in rows(store, &q)? {
            let show = names.of(r.get("show"))?;
            out.push(Item::new(rel, show, Value::Date(lexical(r.get("d")))));
        }
    }
    for (rel, pred) in [
        (Rel::Network, "showkg:originalNetwork"),
        (Rel::Streaming, "showkg:streamingService"),
        (Rel::Writer, "schema:author"),
        (Rel::Director, "schema:director"),
    ] {
        let q = format!("SELECT DISTINCT ?show ?o WHERE {{ {SHOW} ?show {pred} ?o }}");
        for r in rows(store, &q)? {
            let show = names.of(r.get("show"))?;
            let mut o = names.of(r.get("o"))?;
            if matches!(rel, Rel::Network | Rel::Streaming) {
                o = o.into_iter().map(org_alias).collect();
            }
            out.push(Item::new(rel, show, Value::Names(o)));
        }
    }
    let q = format!("SELECT DISTINCT ?show ?n WHERE {{ {SHOW} ?show schema:numberOfEpisodes ?n }}");
    for r in rows(store, &q)? {
        let show = names.of(r.get("show"))?;
        out.push(Item::new(
            Rel::Episodes,
            show,
            Value::Number(number(r.get("n"))),
        ));
    }
    let q = format!("SELECT DISTINCT ?show ?g WHERE {{ {SHOW} ?show schema:genre ?g }}");
    for r in rows(store, &q)? {
        let show = names.of(r.get("show"))?;
        let g = names.of(r.get("g"))?.into_iter().map(genre_alias).collect();
        out.push(Item::new(Rel::Genre, show, Value::Names(g)));
    }
    let q = format!(
        "SELECT DISTINCT ?o ?show ?m ?v WHERE {{ {SHOW}
        ?o a schema:Observation ; schema:observationAbout ?show ; schema:measuredProperty ?m ; schema:value ?v }}"
    );
    for r in rows(store, &q)? {
        let prop = match r.get("m") {
            Some(Term::NamedNode(n)) => n.as_str().to_string(),
            _ => continue,
        };
        let Some((_, kind)) = METRICS.iter().find(|(iri, _)| *iri == prop) else {
            continue;
        };
        let show = names.of(r.get("show"))?;
        let v = number(r.get("v"));
        out.push(Item::new(
            Rel::Metric,
            show,
            Value::Metric((*kind).to_string(), v),
        ));
    }
    for item in &mut out {
        item.evidence = facts.iter().find(|f| states(f, item)).map(|f| {
            let ev = &f.evidence;
            format!(
                "{} @{}..{} {:?}",
                ev.rule, ev.char_start, ev.char_end, ev.text
            )
        });
    }
    Ok(out)
}

/// Whether a fact is the one an item came from (for showing its evidence).
fn states(f: &Fact, item: &Item) -> bool {
    let relation = if item.rel == Rel::Role {
        "cast"
    } else {
        item.rel.name()
    };
    if f.claim.relation() != relation {
        return false;
    }
    if !item.show.contains(&key(&f.show)) {
        return false;
    }
    match (&f.claim, &item.value) {
        (Claim::Cast { actor, character }, Value::Role(a, c)) => {
            a.contains(&key(actor)) && character.as_deref().is_some_and(|ch| c.contains(&key(ch)))
        }
        (Claim::Cast { actor, .. }, Value::Names(a)) => a.contains(&key(actor)),
        (Claim::Premiere { date } | Claim::Finale { date }, Value::Date(d)) => d == date,
        (
            Claim::Network { org: o }
            | Claim::Streaming { org: o }
            | Claim::Writer { person: o }
            | Claim::Director { person: o },
            Value::Names(n),
        ) => n.contains(&org_alias(key(o))) || n.contains(&key(o)),
        (Claim::Episodes { count }, Value::Number(n)) => *n == Some(f64::from(*count)),
        (Claim::Genre { genre }, Value::Names(n)) => n.contains(&genre_alias(key(genre))),
        (Claim::Metric { kind, value, .. }, Value::Metric(k, v)) => {
            *kind != MetricKind::ChartRank
                && !k.is_empty()
                && v.is_some_and(|v| (v - value).abs() <= 1e-9 * value.abs().max(1.0))
        }
        _ => false,
    }
}

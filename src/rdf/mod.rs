//! The graph as RDF: quads per `data-model.md`, one named graph per article, IRIs minted from names.

pub mod jsonld;
pub mod vocab;

use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;
use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{
    GraphNameRef, Literal, LiteralRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef,
    TermRef, Triple,
};
use petgraph::stable_graph::NodeIndex;

use crate::extract::{Claim, Fact, MetricKind, ShowType};
use crate::graph::KnowledgeGraph;
use crate::resolve::{EntityKind, person_slug, slug};
use crate::text::{Metadata, Origin};
use vocab::{RDF_TYPE, nif, prov, schema, showkg, xsd};

/// The base IRI used when none is given.
pub const DEFAULT_BASE_IRI: &str = "https://w3id.org/showkg/id/";

/// Errors of this module.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RdfError {
    /// The base IRI is not an absolute IRI ending in `/` or `#`.
    #[error("invalid base IRI {0:?}: it must be an absolute IRI ending in '/' or '#'")]
    BadBase(String),
    /// Writing the output failed.
    #[error("cannot write RDF: {0}")]
    Io(#[from] std::io::Error),
}

/// Mints IRIs under a base: pure functions of normalised names.
#[derive(Debug, Clone)]
pub struct Minter {
    base: String,
}

impl Minter {
    /// A minter for a base IRI, which must be absolute and end in `/` or `#`.
    pub fn new(base: &str) -> Result<Self, RdfError> {
        let ok = NamedNode::new(base).is_ok() && (base.ends_with('/') || base.ends_with('#'));
        ok.then(|| Self {
            base: base.to_string(),
        })
        .ok_or_else(|| RdfError::BadBase(base.to_string()))
    }

    /// `{base}{parts...}`, in one allocation.
    fn iri(&self, parts: &[&str]) -> NamedNode {
        let mut iri =
            String::with_capacity(self.base.len() + parts.iter().map(|p| p.len()).sum::<usize>());
        iri.push_str(&self.base);
        parts.iter().for_each(|p| iri.push_str(p));
        NamedNode::new_unchecked(iri)
    }

    /// `{base}article/{id}`.
    pub fn article(&self, id: &str) -> NamedNode {
        self.iri(&["article/", id])
    }

    /// `{base}show/{slug}`.
    pub fn show(&self, name: &str) -> NamedNode {
        self.iri(&["show/", &slug(name)])
    }

    /// `{base}person/{slug}`.
    pub fn person(&self, name: &str) -> NamedNode {
        self.iri(&["person/", &person_slug(name)])
    }

    /// `{base}character/{show-slug}/{slug}`.
    pub fn character(&self, show: &str, name: &str) -> NamedNode {
        self.iri(&["character/", &slug(show), "/", &person_slug(name)])
    }

    /// `{base}org/{slug}`.
    pub fn org(&self, name: &str) -> NamedNode {
        self.iri(&["org/", &slug(name)])
    }
}

/// Collects one article's quads into its named graph (duplicates go when they are sorted):
/// as quads, or straight as their N-Quads lines, which spares the N-Quads writer a clone of
/// every term into a quad and the quads' formatting after.
struct Writer {
    out: Out,
    article: NamedNode,
    /// The `xsd:decimal` forms of the confidences written so far ([`decimal`] of each, by
    /// its bits): an article's facts share a few values, and formatting a float is costly.
    decimals: Vec<(u64, String)>,
    /// ` <{article}>`: how every line of the article ends ([`push_line`]).
    graph_form: String,
}

/// Where a [`Writer`] puts the quads.
enum Out {
    Quads(Vec<Quad>),
    /// [`push_nquads_form`] of each quad in one buffer, with each line's span.
    Lines(Lines),
}

/// N-Quads lines without the final ` .`, in one buffer, each as its span of it.
#[derive(Debug, Default)]
struct Lines {
    buf: String,
    spans: Vec<(usize, usize)>,
}

/// The slugs of one article's names, each made once: a person's or character's slug is
/// asked for by its entity's mention and again by each fact that names it, a show's by each
/// of its characters. Only looked up, so the hasher plays no part in the output.
#[derive(Default)]
struct Slugs<'a> {
    people: rustc_hash::FxHashMap<&'a str, String>,
    shows: rustc_hash::FxHashMap<&'a str, String>,
}

impl<'a> Slugs<'a> {
    /// [`person_slug`] of a name.
    fn person(&mut self, name: &'a str) -> &str {
        self.people.entry(name).or_insert_with(|| person_slug(name))
    }

    /// [`slug`] of a show's name.
    fn show(&mut self, name: &'a str) -> &str {
        self.shows.entry(name).or_insert_with(|| slug(name))
    }

    /// `{base}person/{slug}`: [`Minter::person`].
    fn person_iri(&mut self, minter: &Minter, name: &'a str) -> NamedNode {
        minter.iri(&["person/", self.person(name)])
    }

    /// `{base}character/{show-slug}/{slug}`: [`Minter::character`].
    fn character_iri(&mut self, minter: &Minter, show: &'a str, name: &'a str) -> NamedNode {
        self.show(show);
        self.person(name);
        let (show, name) = (&self.shows[show], &self.people[name]);
        minter.iri(&["character/", show, "/", name])
    }
}

impl Writer {
    fn add<'a>(
        &mut self,
        s: impl Into<NamedOrBlankNodeRef<'a>>,
        p: NamedNodeRef<'_>,
        o: impl Into<TermRef<'a>>,
    ) {
        let g = GraphNameRef::NamedNode(self.article.as_ref());
        let q = QuadRef::new(s.into(), p, o.into(), g);
        match &mut self.out {
            Out::Quads(quads) => quads.push(q.into_owned()),
            Out::Lines(lines) => {
                let start = lines.buf.len();
                push_line(&mut lines.buf, q, &self.graph_form);
                lines.spans.push((start, lines.buf.len()));
            }
        }
    }

    /// `prov:wasDerivedFrom`, the NIF phrase, the rule and the confidence on an n-ary node.
    fn provenance(&mut self, node: &NamedNode, fact: &Fact) {
        let ev = &fact.evidence;
        let article = self.article.clone();
        // `{article}#char={start},{end}` and the offsets, written without the formatting
        // machinery (about 2,000 instructions a fact through `format!` and `to_string`).
        let mut phrase = String::with_capacity(article.as_str().len() + 28);
        phrase.push_str(article.as_str());
        phrase.push_str("#char=");
        let begin_at = phrase.len();
        push_uint(&mut phrase, ev.char_start);
        let begin_end = phrase.len();
        phrase.push(',');
        push_uint(&mut phrase, ev.char_end);
        let phrase = NamedNode::new_unchecked(phrase);
        // The offsets as the phrase IRI writes them.
        let begin = &phrase.as_str()[begin_at..begin_end];
        let end = &phrase.as_str()[begin_end + 1..];
        let bits = fact.confidence.to_bits();
        let k = match self.decimals.iter().position(|(b, _)| *b == bits) {
            Some(k) => k,
            None => {
                self.decimals.push((bits, decimal(fact.confidence)));
                self.decimals.len() - 1
            }
        };
        let confidence = self.decimals[k].1.clone();
        // Offsets are xsd:integer: Oxigraph stores NIF's xsd:nonNegativeInteger as xsd:integer,
        // and the export must equal what the store holds.
        self.add(node, prov::WAS_DERIVED_FROM, &article);
        self.add(node, showkg::EVIDENCE, &phrase);
        self.add(node, showkg::RULE, LiteralRef::new_simple_literal(&ev.rule));
        self.add(
            node,
            showkg::CONFIDENCE,
            LiteralRef::new_typed_literal(&confidence, xsd::DECIMAL),
        );
        self.add(&phrase, RDF_TYPE, nif::PHRASE);
        self.add(&phrase, nif::REFERENCE_CONTEXT, &article);
        self.add(
            &phrase,
            nif::BEGIN_INDEX,
            LiteralRef::new_typed_literal(begin, xsd::INTEGER),
        );
        self.add(
            &phrase,
            nif::END_INDEX,
            LiteralRef::new_typed_literal(end, xsd::INTEGER),
        );
        self.add(
            &phrase,
            nif::ANCHOR_OF,
            LiteralRef::new_simple_literal(&ev.text),
        );
    }
}

/// Appends `n` in decimal: what `n.to_string()` writes.
fn push_uint(s: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        // `n % 10` is below 10.
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(digits[i..].iter().map(|&d| char::from(d)));
}

/// A number as an `xsd:decimal` lexical form: no exponent, no trailing `.0`.
pub fn decimal(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A date literal typed by its precision: `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`.
fn date_literal(iso: &str) -> Literal {
    let dt = match iso.len() {
        10 => xsd::DATE,
        7 => xsd::G_YEAR_MONTH,
        _ => xsd::G_YEAR,
    };
    Literal::new_typed_literal(iso, dt)
}

/// The measured property of a metric kind.
pub fn measured_property(kind: MetricKind) -> NamedNodeRef<'static> {
    match kind {
        MetricKind::HoursViewed => showkg::HOURS_VIEWED,
        MetricKind::Views => showkg::VIEWS,
        MetricKind::Viewers => showkg::VIEWERS,
        MetricKind::RatingPct => showkg::HOUSEHOLD_RATING,
        MetricKind::ChartRank => showkg::CHART_RANK,
    }
}

/// The quads of one article of the graph, in its own named graph, sorted.
pub fn article_quads(kg: &KnowledgeGraph, article: NodeIndex, minter: &Minter) -> Vec<Quad> {
    sorted(article_quads_unsorted(kg, article, minter))
}

/// The quads of [`article_quads`] in no particular order and with duplicates, for a writer
/// that sorts them anyway ([`write_quads`]).
pub fn article_quads_unsorted(
    kg: &KnowledgeGraph,
    article: NodeIndex,
    minter: &Minter,
) -> Vec<Quad> {
    match article_out(kg, article, minter, Out::Quads(Vec::new())) {
        Out::Quads(quads) => quads,
        Out::Lines(_) => Vec::new(),
    }
}

/// A buffer for [`write_article_nquads`], kept from article to article.
#[derive(Debug, Default)]
pub struct NquadsBuf(Lines);

/// Writes one article of the graph as N-Quads: byte for byte what [`write_quads`] writes of
/// [`article_quads_unsorted`], with the lines written straight from the graph instead of
/// through quads.
pub fn write_article_nquads(
    kg: &KnowledgeGraph,
    article: NodeIndex,
    minter: &Minter,
    buf: &mut NquadsBuf,
    out: impl Write,
) -> Result<(), RdfError> {
    let mut lines = std::mem::take(&mut buf.0);
    lines.buf.clear();
    lines.spans.clear();
    if let Out::Lines(l) = article_out(kg, article, minter, Out::Lines(lines)) {
        lines = l;
        write_lines(&mut lines, out)?;
        buf.0 = lines;
    }
    Ok(())
}

/// An article's quads into `out`, in no particular order and with duplicates.
fn article_out(kg: &KnowledgeGraph, article: NodeIndex, minter: &Minter, out: Out) -> Out {
    let Some((_, meta)) = kg.articles().find(|(a, _)| *a == article) else {
        return out;
    };
    let article_iri = minter.article(&meta.id);
    let mut w = Writer {
        out,
        article: article_iri.clone(),
        decimals: Vec::new(),
        graph_form: format!(" <{}>", article_iri.as_str()),
    };
    w.add(&article_iri, RDF_TYPE, schema::NEWS_ARTICLE);
    w.add(
        &article_iri,
        showkg::CONTENT_HASH,
        LiteralRef::new_simple_literal(&format!("sha256:{}", meta.content_hash)),
    );
    if let Some(d) = meta.date.as_deref().filter(|d| d.len() == 10) {
        w.add(
            &article_iri,
            schema::DATE_PUBLISHED,
            &Literal::new_typed_literal(d, xsd::DATE),
        );
    }
    source_metadata(&mut w, &meta.metadata, minter);
    let mentions = kg.mentions(article);
    let mut slugs = Slugs::default();
    let mut movies = BTreeSet::new();
    for e in &mentions {
        let (iri, types): (NamedNode, Vec<NamedNodeRef<'_>>) = match &e.kind {
            EntityKind::Show(t) => {
                if *t == ShowType::Movie {
                    movies.insert(e.name.clone());
                }
                let ty = if *t == ShowType::Movie {
                    schema::MOVIE
                } else {
                    schema::TV_SERIES
                };
                let show = minter.iri(&["show/", slugs.show(&e.name)]);
                w.add(&article_iri, schema::MENTIONS, &show);
                (show, vec![ty])
            }
            EntityKind::Person => (slugs.person_iri(minter, &e.name), vec![schema::PERSON]),
            EntityKind::Character(show) => (
                slugs.character_iri(minter, show, &e.name),
                vec![schema::PERSON, showkg::FICTIONAL_CHARACTER],
            ),
            EntityKind::Organization => (minter.org(&e.name), vec![schema::ORGANIZATION]),
        };
        for t in types {
            w.add(&iri, RDF_TYPE, t);
        }
        w.add(&iri, schema::NAME, LiteralRef::new_simple_literal(&e.name));
        for alt in &e.alternate_names {
            w.add(
                &iri,
                schema::ALTERNATE_NAME,
                LiteralRef::new_simple_literal(alt),
            );
        }
    }
    // Facts come in runs of one show: its slug and IRI are made once per run, and a role's
    // slugs once per fact (the role, person and character IRIs each made them again).
    let mut last: Option<(&str, String, NamedNode)> = None;
    for fact in kg.facts(article) {
        if last.as_ref().is_none_or(|(name, _, _)| *name != fact.show) {
            let show_slug = slugs.show(&fact.show).to_string();
            let iri = minter.iri(&["show/", &show_slug]);
            last = Some((&fact.show, show_slug, iri));
        }
        let Some((_, show_slug, show)) = &last else {
            continue;
        };
        match &fact.claim {
            Claim::Cast {
                actor,
                character: Some(c),
            } => {
                slugs.person(actor);
                slugs.person(c);
                let (actor_slug, c_slug) =
                    (&slugs.people[actor.as_str()], &slugs.people[c.as_str()]);
                let role = NamedNode::new_unchecked(format!(
                    "{}/role/{}/{}/{}",
                    article_iri.as_str(),
                    show_slug,
                    actor_slug,
                    c_slug
                ));
                w.add(show, schema::ACTOR, &role);
                w.add(&role, RDF_TYPE, schema::PERFORMANCE_ROLE);
                w.add(&role, schema::ACTOR, &minter.iri(&["person/", actor_slug]));
                w.add(
                    &role,
                    schema::CHARACTER_NAME,
                    LiteralRef::new_simple_literal(c),
                );
                w.add(
                    show,
                    schema::CHARACTER,
                    &minter.iri(&["character/", show_slug, "/", c_slug]),
                );
                w.provenance(&role, fact);
            }
            Claim::Cast {
                actor,
                character: None,
            } => w.add(show, schema::ACTOR, &slugs.person_iri(minter, actor)),
            Claim::Premiere { date } => {
                let p = if movies.contains(&fact.show) {
                    schema::DATE_PUBLISHED
                } else {
                    schema::START_DATE
                };
                w.add(show, p, &date_literal(date));
            }
            Claim::Finale { date } => w.add(show, schema::END_DATE, &date_literal(date)),
            Claim::Network { org } => w.add(show, showkg::ORIGINAL_NETWORK, &minter.org(org)),
            Claim::Streaming { org } => w.add(show, showkg::STREAMING_SERVICE, &minter.org(org)),
            Claim::Episodes { count } => w.add(
                show,
                schema::NUMBER_OF_EPISODES,
                &Literal::new_typed_literal(count.to_string(), xsd::INTEGER),
            ),
            Claim::Genre { genre } => {
                w.add(show, schema::GENRE, LiteralRef::new_simple_literal(genre))
            }
            Claim::Writer { person } => {
                w.add(show, schema::AUTHOR, &slugs.person_iri(minter, person))
            }
            Claim::Director { person } => {
                w.add(show, schema::DIRECTOR, &slugs.person_iri(minter, person))
            }
            Claim::Metric {
                kind,
                value,
                period,
                source,
                unit,
            } => {
                let prop = measured_property(*kind);
                let obs = NamedNode::new_unchecked(format!(
                    "{}/observation/{}/{}/{}",
                    article_iri.as_str(),
                    show_slug,
                    prop.as_str().rsplit('#').next().unwrap_or("metric"),
                    fact.evidence.char_start
                ));
                w.add(&obs, RDF_TYPE, schema::OBSERVATION);
                w.add(&obs, schema::OBSERVATION_ABOUT, show);
                w.add(&obs, schema::MEASURED_PROPERTY, prop);
                w.add(
                    &obs,
                    schema::VALUE,
                    &Literal::new_typed_literal(decimal(*value), xsd::DECIMAL),
                );
                if let Some(p) = period {
                    w.add(
                        &obs,
                        schema::OBSERVATION_PERIOD,
                        LiteralRef::new_simple_literal(p),
                    );
                }
                if let Some(s) = source {
                    w.add(
                        &obs,
                        schema::MEASUREMENT_METHOD,
                        LiteralRef::new_simple_literal(s),
                    );
                }
                if let Some(u) = unit {
                    w.add(&obs, schema::UNIT_TEXT, LiteralRef::new_simple_literal(u));
                }
                w.provenance(&obs, fact);
            }
            Claim::Type { .. } => {}
        }
    }
    w.out
}

/// What the source said about the article, on the article node: `schema:headline`,
/// `schema:author` and `schema:publisher` (as a person and an organisation with their names),
/// `schema:url` (the canonical URL when the page has one, with any other stated URL as
/// `schema:sameAs`) and `schema:encodingFormat` when the text was extracted from HTML or
/// Markdown (evidence offsets then count code points of the extracted text).
fn source_metadata(w: &mut Writer, m: &Metadata, minter: &Minter) {
    let article = w.article.clone();
    if m.origin != Origin::Plain {
        w.add(
            &article,
            schema::ENCODING_FORMAT,
            LiteralRef::new_simple_literal(m.origin.media_type()),
        );
    }
    if let Some(h) = &m.headline {
        w.add(
            &article,
            schema::HEADLINE,
            LiteralRef::new_simple_literal(h),
        );
    }
    for name in &m.authors {
        let person = minter.person(name);
        w.add(&article, schema::AUTHOR, &person);
        w.add(&person, RDF_TYPE, schema::PERSON);
        w.add(&person, schema::NAME, LiteralRef::new_simple_literal(name));
    }
    if let Some(name) = &m.publisher {
        let org = minter.org(name);
        w.add(&article, schema::PUBLISHER, &org);
        w.add(&org, RDF_TYPE, schema::ORGANIZATION);
        w.add(&org, schema::NAME, LiteralRef::new_simple_literal(name));
    }
    let urls: Vec<NamedNode> = [&m.canonical, &m.url]
        .into_iter()
        .flatten()
        .filter_map(|u| NamedNode::new(u.as_str()).ok())
        .collect();
    if let Some((first, rest)) = urls.split_first() {
        w.add(&article, schema::URL, first);
        for other in rest.iter().filter(|u| *u != first) {
            w.add(&article, schema::SAME_AS, other);
        }
    }
}

/// The RDF formats showkg writes.
pub fn serializer(format: RdfFormat) -> RdfSerializer {
    RdfSerializer::from_format(format)
        .with_prefix("schema", vocab::SCHEMA)
        .and_then(|s| s.with_prefix("showkg", vocab::SHOWKG))
        .and_then(|s| s.with_prefix("nif", vocab::NIF))
        .and_then(|s| s.with_prefix("prov", vocab::PROV))
        .and_then(|s| s.with_prefix("xsd", vocab::XSD))
        .unwrap_or_else(|_| RdfSerializer::from_format(format))
}

/// Writes quads in an RDF format; graph formats (Turtle, N-Triples, RDF/XML) get the union
/// of the graphs, each triple once. N-Quads and N-Triples come out sorted.
pub fn write_quads(quads: &[Quad], format: RdfFormat, out: impl Write) -> Result<(), RdfError> {
    if format
        == (RdfFormat::JsonLd {
            profile: Default::default(),
        })
    {
        return jsonld::write(quads, out).map_err(RdfError::Io);
    }
    if format == RdfFormat::NQuads {
        // What the N-Quads serializer writes for each quad (`{quad} .`), from the strings the
        // sort made anyway.
        let mut lines = Lines {
            buf: String::with_capacity(quads.len() * 160),
            spans: Vec::with_capacity(quads.len()),
        };
        for q in quads {
            let start = lines.buf.len();
            push_nquads_form(&mut lines.buf, q.as_ref());
            lines.spans.push((start, lines.buf.len()));
        }
        return write_lines(&mut lines, out);
    }
    let mut ser = serializer(format).for_writer(out);
    if format.supports_datasets() {
        for q in sorted(quads.iter().cloned()) {
            ser.serialize_quad(&q)?;
        }
    } else {
        let triples: HashSet<Triple> = quads
            .iter()
            .map(|q| Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone()))
            .collect();
        let mut triples: Vec<(String, Triple)> =
            triples.into_iter().map(|t| (t.to_string(), t)).collect();
        triples.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, t) in &triples {
            ser.serialize_triple(t)?;
        }
    }
    ser.finish()?;
    Ok(())
}

/// Writes N-Quads lines sorted as spans of their buffer, each once, each with its ` .`.
fn write_lines(lines: &mut Lines, mut out: impl Write) -> Result<(), RdfError> {
    // Bytes compare as the strings do.
    let bytes = lines.buf.as_bytes();
    let line = |&(a, b): &(usize, usize)| &bytes[a..b];
    lines.spans.sort_unstable_by(|a, b| line(a).cmp(line(b)));
    lines.spans.dedup_by(|a, b| line(a) == line(b));
    for l in &lines.spans {
        out.write_all(line(l))?;
        out.write_all(b" .\n")?;
    }
    Ok(())
}

/// Quads without duplicates, sorted by their N-Quads form.
pub fn sorted(quads: impl IntoIterator<Item = Quad>) -> Vec<Quad> {
    keyed(quads).into_iter().map(|(_, q)| q).collect()
}

/// Quads without duplicates, each with its N-Quads form (without the final ` .`), sorted by
/// it. The form names a quad (two quads with one form are equal), so equal forms are the
/// duplicates.
fn keyed(quads: impl IntoIterator<Item = Quad>) -> Vec<(String, Quad)> {
    let mut keyed: Vec<(String, Quad)> = quads.into_iter().map(|q| (nquads_form(&q), q)).collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    keyed
}

/// A quad's N-Quads line without the final ` .`: what its `Display` writes (a test keeps the
/// two equal), written directly for the terms showkg makes (IRIs, literals without escapes)
/// and through `Display` for any other.
fn nquads_form(q: &Quad) -> String {
    let mut line = String::with_capacity(200);
    push_nquads_form(&mut line, q.as_ref());
    line
}

/// Appends [`nquads_form`] of a quad to `line`.
fn push_nquads_form(line: &mut String, q: QuadRef<'_>) {
    let direct = matches!(q.subject, NamedOrBlankNodeRef::NamedNode(_))
        && matches!(q.graph_name, GraphNameRef::NamedNode(_))
        && match q.object {
            TermRef::NamedNode(_) => true,
            TermRef::Literal(l) => l.language().is_none() && !needs_escape(l.value()),
            _ => false,
        };
    if !direct {
        // Writing to a String cannot fail.
        let _ = write!(line, "{q}");
        return;
    }
    let iri = |line: &mut String, iri: &str| {
        line.push('<');
        line.push_str(iri);
        line.push('>');
    };
    if let NamedOrBlankNodeRef::NamedNode(n) = q.subject {
        iri(line, n.as_str());
    }
    line.push(' ');
    iri(line, q.predicate.as_str());
    line.push(' ');
    match q.object {
        TermRef::NamedNode(n) => iri(line, n.as_str()),
        TermRef::Literal(l) => {
            line.push('"');
            line.push_str(l.value());
            line.push('"');
            if l.datatype() != xsd::STRING {
                line.push_str("^^");
                iri(line, l.datatype().as_str());
            }
        }
        _ => {}
    }
    if let GraphNameRef::NamedNode(g) = q.graph_name {
        line.push(' ');
        iri(line, g.as_str());
    }
}

/// Appends [`nquads_form`] of a quad whose graph's form is `graph_form` (` <{graph}>`,
/// made once per article by the [`Writer`]): the line in one reservation and with the
/// graph's four pieces as one, the costliest part of writing a line (about 350 instructions
/// a line in `push_nquads_form`). Any quad that is not an IRI subject with an IRI or plain
/// literal object goes through [`push_nquads_form`].
fn push_line(line: &mut String, q: QuadRef<'_>, graph_form: &str) {
    let NamedOrBlankNodeRef::NamedNode(s) = q.subject else {
        return push_nquads_form(line, q);
    };
    let (s, p) = (s.as_str(), q.predicate.as_str());
    let fixed = s.len() + p.len() + graph_form.len() + 8;
    match q.object {
        TermRef::NamedNode(o) => {
            line.reserve(fixed + o.as_str().len());
            for piece in ["<", s, "> <", p, "> <", o.as_str(), ">", graph_form] {
                line.push_str(piece);
            }
        }
        TermRef::Literal(l) if l.language().is_none() && !needs_escape(l.value()) => {
            let dt = l.datatype();
            let typed = dt != xsd::STRING;
            line.reserve(fixed + l.value().len() + if typed { dt.as_str().len() + 4 } else { 0 });
            for piece in ["<", s, "> <", p, "> \"", l.value(), "\""] {
                line.push_str(piece);
            }
            if typed {
                for piece in ["^^<", dt.as_str(), ">"] {
                    line.push_str(piece);
                }
            }
            line.push_str(graph_form);
        }
        _ => push_nquads_form(line, q),
    }
}

/// Whether N-Quads escapes a character of a literal's value: controls, `"`, `\\`, DEL,
/// U+FFFE and U+FFFF.
fn needs_escape(value: &str) -> bool {
    // One pass over the bytes: U+FFFE and U+FFFF are `EF BF BE` and `EF BF BF` in UTF-8 (and
    // `EF` only ever leads a character), so they need no second pass decoding every character.
    let b = value.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c < 0x20
            || matches!(c, b'"' | b'\\' | 0x7f)
            || (c == 0xEF && matches!(b.get(i + 1..i + 3), Some([0xBF, 0xBE | 0xBF])))
    })
}

#[cfg(test)]
mod tests {
    use oxigraph::model::{BlankNode, GraphName, NamedOrBlankNode, Term};

    use super::*;

    /// Objects of every kind the N-Quads writer meets, escapes and odd literals included.
    fn sample_objects() -> Vec<Term> {
        vec![
            NamedNode::new_unchecked("https://e.org/person/kim").into(),
            Literal::new_simple_literal("Queen of Tears").into(),
            Literal::new_simple_literal("").into(),
            Literal::new_simple_literal("say \"hi\"\\ \n\t\r\u{8}\u{c}\u{1}\u{7f}\u{fffe}\u{ffff}")
                .into(),
            Literal::new_simple_literal("눈물의 여왕 é").into(),
            Literal::new_typed_literal("12", xsd::INTEGER).into(),
            Literal::new_typed_literal("0.85", xsd::DECIMAL).into(),
            Literal::new_typed_literal("2024-03", xsd::G_YEAR_MONTH).into(),
            Literal::new_typed_literal("a\"b", xsd::STRING).into(),
            Literal::new_typed_literal("a\"b", xsd::INTEGER).into(),
            Literal::new_language_tagged_literal_unchecked("x", "en").into(),
            BlankNode::new_unchecked("b1").into(),
        ]
    }

    #[test]
    fn article_slugs_are_the_minters() {
        let minter = Minter::new(DEFAULT_BASE_IRI).unwrap();
        let names = [
            "Kim Soo-hyun",
            "Kim Soo Hyun",
            "Jenna Ortega",
            "Queen of Tears",
            "",
            "Park Ji+Min & Co",
            "눈물의 여왕",
        ];
        let mut slugs = Slugs::default();
        // Twice: made, then looked up.
        for _ in 0..2 {
            for n in names {
                assert_eq!(slugs.person_iri(&minter, n), minter.person(n), "{n:?}");
                assert_eq!(slugs.show(n), slug(n), "{n:?}");
                for c in names {
                    assert_eq!(
                        slugs.character_iri(&minter, n, c),
                        minter.character(n, c),
                        "{n:?} {c:?}"
                    );
                }
            }
        }
    }

    /// `push_line` writes what `push_nquads_form` writes, for every kind of term the
    /// Writer might give it.
    #[test]
    fn push_line_is_push_nquads_form() {
        let g = NamedNode::new_unchecked("https://e.org/article/1");
        let graph_form = format!(" <{}>", g.as_str());
        let subjects: Vec<NamedOrBlankNode> = vec![
            NamedNode::new_unchecked("https://e.org/show/a-b").into(),
            NamedNode::new_unchecked("https://e.org/article/1#char=1,2").into(),
            BlankNode::new_unchecked("s").into(),
        ];
        let objects = sample_objects();
        for s in &subjects {
            for o in &objects {
                let q = QuadRef::new(s, schema::NAME, o, GraphNameRef::NamedNode(g.as_ref()));
                // After some text, as in the Writer's buffer.
                let (mut got, mut want) = ("x .\n".to_string(), "x .\n".to_string());
                push_line(&mut got, q, &graph_form);
                push_nquads_form(&mut want, q);
                assert_eq!(got, want, "{q}");
            }
        }
    }

    #[test]
    fn push_uint_is_to_string() {
        for n in [0, 1, 9, 10, 99, 100, 1234, 65_535, 1 << 40, usize::MAX] {
            let mut s = "x".to_string();
            push_uint(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }

    #[test]
    fn nquads_form_is_what_display_writes() {
        let g = GraphName::NamedNode(NamedNode::new_unchecked("https://e.org/article/1"));
        let s = NamedNode::new_unchecked("https://e.org/show/a-b");
        let p = schema::NAME;
        let objects = sample_objects();
        for o in objects {
            for graph in [g.clone(), GraphName::DefaultGraph] {
                let q = Quad::new(s.clone(), p, o.clone(), graph);
                assert_eq!(nquads_form(&q), q.to_string(), "{q}");
            }
            let q = Quad::new(BlankNode::new_unchecked("s"), p, o.clone(), g.clone());
            assert_eq!(nquads_form(&q), q.to_string(), "{q}");
        }
    }
}

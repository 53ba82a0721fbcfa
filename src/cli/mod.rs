//! The command line: clap definitions, soft failures collected, an exit code per kind of failure.

mod graph;
mod kg;
mod pipeline;
mod progress;

use std::collections::HashSet;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use globset::{Glob, GlobSet, GlobSetBuilder};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

use crate::consolidate::{self, StoredArticle};
use crate::eval;
use crate::graph::KnowledgeGraph;
use crate::input::{self, DEFAULT_MAX_ARTICLE_BYTES, Decoded, Format, Inputs};
use crate::rdf::{self, DEFAULT_BASE_IRI, Minter};
use crate::resolve::{Resolved, into_record, write_record};
use crate::store::results::{self, ResultsFormat};
use crate::store::{LoadOutcome, Loader, ShowStore};
use crate::text::Article;
use pipeline::{Item, Stage};
use progress::{Reporter, Verbosity};

/// Exit code when some inputs could not be read (the others were processed).
pub const EXIT_INPUT: u8 = 1;
/// Exit code for bad usage (clap's own).
pub const EXIT_USAGE: u8 = 2;
/// Exit code for a store that cannot be opened, read or written.
pub const EXIT_STORE: u8 = 3;
/// Exit code for a query that does not parse or fails.
pub const EXIT_QUERY: u8 = 4;
/// Exit code of `eval` when the micro-F1 is below `--fail-under`.
pub const EXIT_SCORE: u8 = 5;

/// showkg: turn entertainment news into linked data.
#[derive(Debug, Parser)]
#[command(name = "showkg", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract facts from articles and print them as JSON Lines or RDF.
    Extract(ExtractArgs),
    /// Extract facts and load them into a persistent store, one named graph per article.
    Load(LoadArgs),
    /// Run a SPARQL query over the union of all article graphs.
    Query(QueryArgs),
    /// Write the whole store in an RDF format.
    Dump(DumpArgs),
    /// Score extraction against gold facts: per-relation precision, recall and F1 of what
    /// SPARQL sees, as the shared referee scores.
    Eval(EvalArgs),
    /// The cast (shows and people) or co-star (people) network: components, top people by
    /// degree and betweenness, shortest paths; as a report, DOT, GraphML, JSON or SVG.
    Graph(graph::GraphArgs),
    /// Merge what articles name differently into one entity with one IRI (load does this
    /// at its end); link entities to a gazetteer.
    Consolidate(kg::ConsolidateArgs),
    /// List single-valued facts articles disagree on, with the articles behind each side.
    Conflicts(kg::ConflictsArgs),
    /// Count articles, entities, facts and rank shows by audience figures.
    Stats(kg::StatsArgs),
}

#[derive(Debug, Args)]
struct InputArgs {
    /// Files or directories (walked recursively), or `-` for standard input. Plain text
    /// (.txt), Markdown (.md), HTML (.html, .htm) and JSON Lines (.jsonl, .ndjson), each
    /// optionally gzipped (.gz).
    #[arg(default_value = "-")]
    paths: Vec<PathBuf>,
    /// The format of every input, whatever its extension [default: by extension; plain
    /// text for other named files; guessed from the first bytes on standard input].
    #[arg(long, value_enum)]
    input_format: Option<FormatArg>,
    /// In directories, read only files whose path (relative to the directory) matches this
    /// glob; repeatable [default: files with a known extension].
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,
    /// In directories, skip files and directories whose relative path matches this glob;
    /// repeatable.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Read inputs that are not valid UTF-8, replacing bad bytes with U+FFFD.
    #[arg(long)]
    lossy: bool,
    /// Skip files (after decompression) and JSON Lines records larger than this.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_ARTICLE_BYTES)]
    max_article_bytes: u64,
    /// Threads for decoding and extraction [default: one per core]. The output is the same
    /// for any number.
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar and no summary line; failures are still reported.
    #[arg(short, long)]
    quiet: bool,
    /// One line per article on stderr.
    #[arg(short, long, conflicts_with = "quiet")]
    verbose: bool,
    /// Base IRI under which show, person, character, organisation and article IRIs are minted.
    #[arg(long, default_value = DEFAULT_BASE_IRI)]
    base_iri: String,
    /// Keep only facts whose rule confidence is at least this (0 to 1).
    #[arg(long, default_value_t = 0.0)]
    min_confidence: f64,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format: JSON Lines (one record per article), an RDF format, or `text`: the
    /// text showkg read from each input (the text evidence offsets count code points of).
    #[arg(long, value_enum, default_value_t = OutFormat::Json)]
    format: OutFormat,
}

#[derive(Debug, Args)]
struct LoadArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Directory of the persistent store (created when missing).
    #[arg(long)]
    location: PathBuf,
    /// Remove the articles of sources that were loaded before but are not among these
    /// inputs (the store then mirrors them). What failed to read this time is kept.
    #[arg(long)]
    prune: bool,
    /// Extract and write every article again, even those unchanged since the last load.
    #[arg(long)]
    force: bool,
    /// Known entities (TSV or JSON Lines: name, type, IRI, aliases) for consolidation to
    /// link and resolve aliases with; kept in the store for later loads.
    #[arg(long, value_name = "FILE")]
    gazetteer: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct QueryArgs {
    /// The SPARQL query (prefixes schema:, showkg:, nif:, prov:, xsd: are predefined).
    #[arg(required_unless_present = "query_file", conflicts_with = "query_file")]
    query: Option<String>,
    /// Read the query from a file.
    #[arg(long)]
    query_file: Option<PathBuf>,
    /// Directory of the persistent store.
    #[arg(long)]
    location: PathBuf,
    /// Results format: an aligned table for people, SPARQL results formats for programs,
    /// RDF formats for CONSTRUCT and DESCRIBE.
    #[arg(long, value_enum, default_value_t = ResultsArg::Table)]
    results_format: ResultsArg,
    /// Run the query and print Oxigraph's plan as JSON (each step with the rows it produced
    /// and its time) and the number of results, instead of the results.
    #[arg(long)]
    explain: bool,
}

#[derive(Debug, Args)]
struct DumpArgs {
    /// Directory of the persistent store.
    #[arg(long)]
    location: PathBuf,
    /// RDF format (graph formats get the union of all article graphs).
    #[arg(long, value_enum, default_value_t = RdfArg::Nquads)]
    format: RdfArg,
}

#[derive(Debug, Args)]
struct EvalArgs {
    /// Gold files, one JSON object a line: {"id", "doc_date", "facts": [...]}.
    #[arg(long, required = true, num_args = 1..)]
    gold: Vec<PathBuf>,
    /// Directory holding <id>.txt for every gold article.
    #[arg(long)]
    texts: PathBuf,
    /// List every missed and spurious fact, spurious ones with their rule and evidence.
    #[arg(long)]
    errors: bool,
    /// Also write the summary as JSON to this file.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Exit with code 5 when the micro-F1 is below this.
    #[arg(long)]
    fail_under: Option<f64>,
    /// Keep only facts whose rule confidence is at least this (0 to 1).
    #[arg(long, default_value_t = 0.0)]
    min_confidence: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Text,
    Markdown,
    Html,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutFormat {
    Json,
    Text,
    Nquads,
    Ntriples,
    Turtle,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RdfArg {
    Nquads,
    Ntriples,
    Turtle,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ResultsArg {
    Table,
    Json,
    Csv,
    Tsv,
    Xml,
    Ntriples,
    Turtle,
    Rdfxml,
}

impl RdfArg {
    fn format(self) -> RdfFormat {
        match self {
            Self::Nquads => RdfFormat::NQuads,
            Self::Ntriples => RdfFormat::NTriples,
            Self::Turtle => RdfFormat::Turtle,
            Self::Trig => RdfFormat::TriG,
            Self::Rdfxml => RdfFormat::RdfXml,
            Self::Jsonld => RdfFormat::JsonLd {
                profile: Default::default(),
            },
        }
    }
}

impl OutFormat {
    fn rdf(self) -> Option<RdfFormat> {
        Some(match self {
            Self::Json | Self::Text => return None,
            Self::Nquads => RdfArg::Nquads.format(),
            Self::Ntriples => RdfArg::Ntriples.format(),
            Self::Turtle => RdfArg::Turtle.format(),
            Self::Trig => RdfArg::Trig.format(),
            Self::Rdfxml => RdfArg::Rdfxml.format(),
            Self::Jsonld => RdfArg::Jsonld.format(),
        })
    }
}

impl ResultsArg {
    fn format(self) -> ResultsFormat {
        match self {
            Self::Table => ResultsFormat::Table,
            Self::Json => ResultsFormat::Sparql(QueryResultsFormat::Json),
            Self::Csv => ResultsFormat::Sparql(QueryResultsFormat::Csv),
            Self::Tsv => ResultsFormat::Sparql(QueryResultsFormat::Tsv),
            Self::Xml => ResultsFormat::Sparql(QueryResultsFormat::Xml),
            Self::Ntriples => ResultsFormat::Rdf(RdfFormat::NTriples),
            Self::Turtle => ResultsFormat::Rdf(RdfFormat::Turtle),
            Self::Rdfxml => ResultsFormat::Rdf(RdfFormat::RdfXml),
        }
    }
}

/// A failure with the exit code that says what kind it was.
#[derive(Debug)]
struct Failure(u8, anyhow::Error);

fn fail<T>(code: u8, r: Result<T, impl Into<anyhow::Error>>) -> Result<T, Failure> {
    r.map_err(|e| Failure(code, e.into()))
}

/// Runs the command line; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(a) => cmd_extract(a),
        Command::Load(a) => cmd_load(a),
        Command::Query(a) => cmd_query(a),
        Command::Dump(a) => cmd_dump(a),
        Command::Eval(a) => cmd_eval(a),
        Command::Graph(a) => graph::cmd_graph(a),
        Command::Consolidate(a) => kg::cmd_consolidate(a),
        Command::Conflicts(a) => kg::cmd_conflicts(a),
        Command::Stats(a) => kg::cmd_stats(a),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(Failure(code, e)) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("showkg: {e:#}");
            ExitCode::from(code)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

impl InputArgs {
    /// The walk of the inputs, or a usage failure for a bad glob.
    fn inputs(&self) -> Result<Inputs, Failure> {
        let opts = input::Options {
            format: self.input_format.map(|f| match f {
                FormatArg::Text => Format::Text,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Html => Format::Html,
                FormatArg::Jsonl => Format::Jsonl,
            }),
            lossy: self.lossy,
            max_article_bytes: self.max_article_bytes,
            include: globs(&self.include)?,
            exclude: globs(&self.exclude)?,
        };
        Ok(Inputs::new(&self.paths, opts))
    }

    fn reporter(&self, inputs: &Inputs) -> Reporter {
        let verbosity = match (self.quiet, self.verbose) {
            (true, _) => Verbosity::Quiet,
            (_, true) => Verbosity::Verbose,
            _ => Verbosity::Normal,
        };
        Reporter::new(verbosity, || {
            input::total_bytes(&self.paths, inputs.options())
        })
    }

    fn pool(&self) -> Result<rayon::ThreadPool, Failure> {
        let threads = self.jobs.unwrap_or(0);
        fail(
            EXIT_USAGE,
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .context("cannot start the extraction threads"),
        )
    }
}

fn globs(patterns: &[String]) -> Result<Option<GlobSet>, Failure> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut set = GlobSetBuilder::new();
    for p in patterns {
        set.add(fail(
            EXIT_USAGE,
            Glob::new(p).with_context(|| format!("invalid glob {p:?}")),
        )?);
    }
    fail(EXIT_USAGE, set.build().context("invalid globs")).map(Some)
}

/// The article's graph in a knowledge graph of its own, as quads in no order (every RDF
/// writer sorts them).
fn article_quads(
    article: &Article,
    resolved: Resolved,
    minter: &Minter,
) -> Vec<oxigraph::model::Quad> {
    let mut kg = KnowledgeGraph::new();
    let node = kg.add_article(article, resolved);
    rdf::article_quads_unsorted(&kg, node, minter)
}

fn cmd_extract(a: ExtractArgs) -> Result<u8, Failure> {
    let minter = fail(EXIT_USAGE, Minter::new(&a.input.base_iri))?;
    let mut inputs = a.input.inputs()?;
    let pool = a.input.pool()?;
    let mut reporter = a.input.reporter(&inputs);
    let stage = Stage {
        pool: &pool,
        lossy: a.input.lossy,
        min_confidence: a.input.min_confidence,
        skip: |_: &str, _: &Article| false,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut failed, mut articles) = (0, 0);
    // Graph formats hold the union of all articles, so they are written at the end; JSON,
    // text and N-Quads stream article by article.
    let mut union = Vec::new();
    // One article's JSON, the buffer kept from article to article.
    let mut json = Vec::new();
    // One article's N-Quads lines, likewise.
    let mut nquads = rdf::NquadsBuf::default();
    pipeline::run(&mut inputs, &stage, &mut reporter, |item, reporter| {
        let (article, resolved) = match item {
            Item::Analysed(decoded, resolved) => (decoded.article, resolved),
            Item::Skipped(_) => return Ok(()),
            Item::Failed { message, .. } => {
                reporter.error(&message);
                failed += 1;
                return Ok(());
            }
        };
        articles += 1;
        reporter.article(|| format!("{}: {} facts", article.source, resolved.facts.len()));
        match a.format {
            OutFormat::Json => {
                // Written by hand into one buffer, then out in one piece (see
                // `resolve::write_record`).
                json.clear();
                write_record(&mut json, &into_record(&article, resolved));
                json.push(b'\n');
                fail(EXIT_INPUT, out.write_all(&json))
            }
            OutFormat::Text => {
                fail(EXIT_INPUT, out.write_all(article.text.as_bytes()))?;
                if !article.text.ends_with('\n') {
                    fail(EXIT_INPUT, out.write_all(b"\n"))?;
                }
                Ok(())
            }
            OutFormat::Nquads => {
                // The lines straight from the article's graph, into a buffer kept from
                // article to article (see `rdf::write_article_nquads`).
                let mut kg = KnowledgeGraph::new();
                let node = kg.add_article(&article, resolved);
                fail(
                    EXIT_INPUT,
                    rdf::write_article_nquads(&kg, node, &minter, &mut nquads, &mut out),
                )
            }
            _ => {
                union.extend(article_quads(&article, resolved, &minter));
                Ok(())
            }
        }
    })?;
    if let Some(f) = a.format.rdf().filter(|f| *f != RdfFormat::NQuads) {
        fail(EXIT_INPUT, rdf::write_quads(&union, f, &mut out))?;
    }
    fail(EXIT_INPUT, out.flush())?;
    // Like ripgrep, a clean run says nothing; one with failures says how many.
    let summary = format!("{articles} article(s) extracted, {failed} failed");
    reporter.finish((failed > 0).then_some(&summary as &dyn std::fmt::Display));
    Ok(if failed > 0 { EXIT_INPUT } else { 0 })
}

/// Counts of one load, for the summary line.
#[derive(Debug, Default)]
struct LoadCounts {
    new: usize,
    changed: usize,
    unchanged: usize,
    failed: usize,
    pruned: Option<usize>,
    facts: usize,
}

impl std::fmt::Display for LoadCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} new, {} changed, {} unchanged, {} failed",
            self.new, self.changed, self.unchanged, self.failed
        )?;
        if let Some(p) = self.pruned {
            write!(f, ", {p} pruned")?;
        }
        write!(f, "; {} facts loaded", self.facts)
    }
}

fn cmd_load(a: LoadArgs) -> Result<u8, Failure> {
    let minter = fail(EXIT_USAGE, Minter::new(&a.input.base_iri))?;
    let gazetteer = kg::gazetteer(a.gazetteer.as_ref())?;
    let store = fail(EXIT_STORE, ShowStore::open(&a.location))?;
    let mut inputs = a.input.inputs()?;
    let pool = a.input.pool()?;
    let mut reporter = a.input.reporter(&inputs);
    // What the facts of an article depend on besides its content; a change reloads it.
    let settings = format!(
        "showkg {}; min-confidence {}",
        env!("CARGO_PKG_VERSION"),
        a.input.min_confidence
    );
    let stage = Stage {
        pool: &pool,
        lossy: a.input.lossy,
        min_confidence: a.input.min_confidence,
        skip: |key: &str, article: &Article| {
            !a.force
                && store
                    .is_loaded(key, &minter.article(article.id()), &settings)
                    .unwrap_or(false)
        },
    };
    let mut n = LoadCounts::default();
    // Articles written (new, changed or forced): consolidation has work.
    let mut written = 0;
    let mut loader = Loader::new(&store);
    // Sources seen (for --prune), and files that failed, whose earlier articles --prune keeps.
    let mut seen = HashSet::new();
    let mut failed_files = Vec::new();
    pipeline::run(&mut inputs, &stage, &mut reporter, |item, reporter| {
        match item {
            Item::Failed { file, message } => {
                reporter.error(&message);
                n.failed += 1;
                if a.prune {
                    // Keys are canonical paths; a failed file is named as given.
                    let canonical = std::fs::canonicalize(&file);
                    failed_files.push(canonical.map_or(file, |p| p.display().to_string()));
                }
            }
            Item::Skipped(decoded) => {
                n.unchanged += 1;
                reporter.article(|| format!("{}: unchanged", decoded.article.source));
                if a.prune {
                    seen.insert(decoded.key);
                }
            }
            Item::Analysed(Decoded { key, article }, resolved) => {
                let facts = resolved.facts.len();
                let graph = minter.article(article.id());
                // The graph is made from the extraction record the catalogue keeps, the one
                // consolidation regenerates it from.
                let stored = StoredArticle::new(&article, &resolved);
                let mut quads = stored.quads(&minter);
                quads.push(stored.catalogue_quad(&minter));
                let outcome = loader
                    .add(&key, &graph, &settings, &quads)
                    .with_context(|| format!("cannot load {}", article.source));
                let (count, word) = match fail(EXIT_STORE, outcome)? {
                    LoadOutcome::New => (&mut n.new, "new"),
                    LoadOutcome::Changed => (&mut n.changed, "changed"),
                    // The same source earlier in this load, not yet committed when the skip
                    // test read the store: reported as the skip test would have.
                    LoadOutcome::Unchanged if !a.force => {
                        n.unchanged += 1;
                        reporter.article(|| format!("{}: unchanged", article.source));
                        if a.prune {
                            seen.insert(key);
                        }
                        return Ok(());
                    }
                    LoadOutcome::Unchanged => (&mut n.unchanged, "unchanged"),
                };
                written += 1;
                *count += 1;
                n.facts += facts;
                reporter.article(|| format!("{}: {word}, {facts} facts", article.source));
                if a.prune {
                    seen.insert(key);
                }
            }
        }
        Ok(())
    })?;
    fail(
        EXIT_STORE,
        loader.finish().context("cannot load the last articles"),
    )?;
    if a.prune {
        let keep = |key: &str| {
            seen.contains(key)
                || failed_files.iter().any(|f| {
                    key.strip_prefix(f.as_str())
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['#', ':', '/']))
                })
        };
        n.pruned = Some(fail(EXIT_STORE, store.prune(keep))?);
    }
    reporter.finish(Some(&format_args!("{n} into {}", a.location.display())));
    // A load that wrote nothing into a consolidated store has nothing to consolidate.
    let wrote = written > 0 || n.pruned.is_some_and(|p| p > 0) || a.gazetteer.is_some();
    if wrote || !fail(EXIT_STORE, consolidate::is_current(&store))? {
        let summary = kg::consolidate(&store, &minter, gazetteer, a.input.quiet)?;
        if !a.input.quiet && (summary.rewritten > 0 || summary.without_record > 0) {
            eprintln!("showkg: {summary}");
        }
    }
    Ok(if n.failed > 0 { EXIT_INPUT } else { 0 })
}

fn cmd_query(a: QueryArgs) -> Result<u8, Failure> {
    let query = match (&a.query, &a.query_file) {
        (Some(q), _) => q.clone(),
        (None, Some(path)) if path.as_os_str() == "-" => {
            let mut s = String::new();
            fail(
                EXIT_QUERY,
                io::stdin()
                    .read_to_string(&mut s)
                    .context("cannot read the query from standard input"),
            )?;
            s
        }
        (None, Some(path)) => fail(
            EXIT_QUERY,
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read query file {}", path.display())),
        )?,
        (None, None) => return Err(Failure(2, anyhow::anyhow!("give a query or --query-file"))),
    };
    let store = fail(EXIT_STORE, ShowStore::open_existing(&a.location))?;
    if a.explain {
        let (rows, plan) = store
            .explain(&query)
            .map_err(|e| Failure(EXIT_QUERY, e.into()))?;
        println!("{plan}");
        eprintln!("{rows} results");
        return Ok(0);
    }
    let res = store
        .query(&query)
        .map_err(|e| Failure(EXIT_QUERY, e.into()))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    fail(
        EXIT_QUERY,
        results::write(res, a.results_format.format(), &mut out),
    )?;
    fail(EXIT_QUERY, out.flush())?;
    Ok(0)
}

fn cmd_dump(a: DumpArgs) -> Result<u8, Failure> {
    let store = fail(EXIT_STORE, ShowStore::open_existing(&a.location))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    fail(EXIT_STORE, store.dump(a.format.format(), &mut out))?;
    fail(EXIT_STORE, out.flush())?;
    Ok(0)
}

fn cmd_eval(a: EvalArgs) -> Result<u8, Failure> {
    let opts = eval::Options {
        minter: fail(2, Minter::new(DEFAULT_BASE_IRI))?,
        min_confidence: a.min_confidence,
    };
    let report = fail(EXIT_INPUT, eval::evaluate(&a.gold, &a.texts, &opts))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if a.errors {
        for e in &report.errors {
            fail(EXIT_INPUT, writeln!(out, "{e}"))?;
        }
    }
    fail(EXIT_INPUT, writeln!(out, "{report}"))?;
    fail(EXIT_INPUT, out.flush())?;
    if let Some(path) = &a.json {
        let json = fail(EXIT_INPUT, serde_json::to_string_pretty(&report.to_json()))?;
        fail(
            EXIT_INPUT,
            std::fs::write(path, json).with_context(|| format!("cannot write {}", path.display())),
        )?;
    }
    let f1 = report.all().f1();
    Ok(match a.fail_under {
        Some(min) if f1 < min => {
            eprintln!("showkg: micro F1 {f1:.3} is below --fail-under {min}");
            EXIT_SCORE
        }
        _ if !report.failures.is_empty() => EXIT_INPUT,
        _ => 0,
    })
}

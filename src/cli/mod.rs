//! The command line: clap definitions, input walking, soft failures collected, an exit code per kind of failure.

mod input;

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

use crate::eval;
use crate::extract::extract;
use crate::graph::KnowledgeGraph;
use crate::rdf::{self, DEFAULT_BASE_IRI, Minter};
use crate::resolve::{Resolved, record, resolve};
use crate::store::results::{self, ResultsFormat};
use crate::store::{LoadOutcome, ShowStore};
use crate::text::Article;

/// Exit code when some inputs could not be read (the others were processed).
pub const EXIT_INPUT: u8 = 1;
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
}

#[derive(Debug, Args)]
struct InputArgs {
    /// Files or directories (walked recursively for *.txt), or `-` for standard input.
    #[arg(default_value = "-")]
    paths: Vec<PathBuf>,
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
    /// Output format: JSON Lines (one record per article) or an RDF format.
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
enum OutFormat {
    Json,
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
            Self::Json => return None,
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

/// Reads every input; unreadable ones are reported on stderr and counted.
fn articles(paths: &[PathBuf], failed: &mut usize) -> Vec<Article> {
    let mut out = Vec::new();
    for item in input::walk(paths) {
        match item {
            Ok((name, text)) => out.push(Article::new(name, text)),
            Err(e) => {
                eprintln!("showkg: {e:#}");
                *failed += 1;
            }
        }
    }
    out
}

/// Extracts and resolves one article. Extraction is meant never to fail; should a rule panic
/// all the same, the article is reported as failed by name and the batch goes on.
fn analyse(article: &Article, min_confidence: f64, failed: &mut usize) -> Option<Resolved> {
    match std::panic::catch_unwind(|| resolve(article, extract(article))) {
        Ok(r) => Some(r.with_min_confidence(min_confidence)),
        Err(_) => {
            eprintln!(
                "showkg: {}: internal error while extracting; skipped (please report it with this file)",
                article.source
            );
            *failed += 1;
            None
        }
    }
}

fn cmd_extract(a: ExtractArgs) -> Result<u8, Failure> {
    let minter = fail(2, Minter::new(&a.input.base_iri))?;
    let mut failed = 0;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut quads = Vec::new();
    for article in articles(&a.input.paths, &mut failed) {
        let Some(resolved) = analyse(&article, a.input.min_confidence, &mut failed) else {
            continue;
        };
        match a.format.rdf() {
            None => {
                let rec = record(&article, &resolved);
                fail(EXIT_INPUT, serde_json::to_writer(&mut out, &rec))?;
                fail(EXIT_INPUT, out.write_all(b"\n"))?;
            }
            Some(_) => {
                let mut kg = KnowledgeGraph::new();
                let node = kg.add_article(&article, resolved);
                quads.extend(rdf::article_quads(&kg, node, &minter));
            }
        }
    }
    if let Some(f) = a.format.rdf() {
        fail(EXIT_INPUT, rdf::write_quads(&quads, f, &mut out))?;
    }
    fail(EXIT_INPUT, out.flush())?;
    Ok(if failed > 0 { EXIT_INPUT } else { 0 })
}

fn cmd_load(a: LoadArgs) -> Result<u8, Failure> {
    let minter = fail(2, Minter::new(&a.input.base_iri))?;
    let store = fail(EXIT_STORE, ShowStore::open(&a.location))?;
    let mut failed = 0;
    let (mut new, mut replaced, mut facts) = (0, 0, 0);
    for article in articles(&a.input.paths, &mut failed) {
        let Some(resolved) = analyse(&article, a.input.min_confidence, &mut failed) else {
            continue;
        };
        facts += resolved.facts.len();
        let mut kg = KnowledgeGraph::new();
        let node = kg.add_article(&article, resolved);
        let quads = rdf::article_quads(&kg, node, &minter);
        let graph = minter.article(article.id());
        match store.replace_graph(&graph, &quads) {
            Ok(LoadOutcome::New) => new += 1,
            Ok(LoadOutcome::Replaced) => replaced += 1,
            Err(e) => {
                return Err(Failure(
                    EXIT_STORE,
                    anyhow::Error::new(e).context(format!("cannot load {}", article.source)),
                ));
            }
        }
    }
    let total = fail(EXIT_STORE, store.len())?;
    eprintln!(
        "showkg: loaded {} article(s) ({new} new, {replaced} replaced, {failed} failed), {facts} facts; the store at {} holds {total} quads",
        new + replaced,
        a.location.display()
    );
    Ok(if failed > 0 { EXIT_INPUT } else { 0 })
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

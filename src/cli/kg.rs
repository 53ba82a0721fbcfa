//! The commands over a whole store: `consolidate`, `conflicts`, `stats`, and the consolidation that ends every `load`.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{EXIT_STORE, EXIT_USAGE, Failure, fail};
use crate::consolidate::{self, Gazetteer, GazetteerChoice, Summary};
use crate::rdf::{DEFAULT_BASE_IRI, Minter};
use crate::report::{conflicts, stats};
use crate::store::ShowStore;

#[derive(Debug, Args)]
pub(super) struct ConsolidateArgs {
    /// Directory of the persistent store.
    #[arg(long)]
    location: PathBuf,
    /// Known entities (TSV or JSON Lines: name, type, IRI, aliases) to link and resolve
    /// aliases with; kept in the store for later runs (an empty file removes it).
    #[arg(long, value_name = "FILE")]
    gazetteer: Option<PathBuf>,
    /// Base IRI the store's IRIs were minted under.
    #[arg(long, default_value = DEFAULT_BASE_IRI)]
    base_iri: String,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum ReportFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub(super) struct ConflictsArgs {
    /// Directory of the persistent store.
    #[arg(long)]
    location: PathBuf,
    /// An aligned table for people, or JSON.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    format: ReportFormat,
}

#[derive(Debug, Args)]
pub(super) struct StatsArgs {
    /// Directory of the persistent store.
    #[arg(long)]
    location: PathBuf,
    /// An aligned listing for people, or JSON.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    format: ReportFormat,
    /// How many shows to list per audience figure.
    #[arg(long, default_value_t = 5)]
    top: usize,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
}

/// A bar on stderr when it is a terminal and not quiet.
fn bar(quiet: bool, template: &str) -> Option<ProgressBar> {
    (!quiet && io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    })
}

/// Reads a gazetteer file, or a usage failure naming the file and line.
pub(super) fn gazetteer(path: Option<&PathBuf>) -> Result<GazetteerChoice, Failure> {
    Ok(match path {
        Some(p) => GazetteerChoice::Use(fail(EXIT_USAGE, Gazetteer::read(p))?),
        None => GazetteerChoice::Kept,
    })
}

/// Consolidates an open store, with a bar over the article graphs checked.
pub(super) fn consolidate(
    store: &ShowStore,
    minter: &Minter,
    choice: GazetteerChoice,
    quiet: bool,
) -> Result<Summary, Failure> {
    let bar = bar(
        quiet,
        "{spinner} consolidating [{elapsed_precise}] [{wide_bar}] {pos}/{len} articles (ETA {eta})",
    );
    let summary = consolidate::run(store, minter, choice, |done, total| {
        if let Some(b) = &bar {
            b.set_length(total);
            b.set_position(done);
        }
    })
    .context("cannot consolidate the store");
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    fail(EXIT_STORE, summary)
}

pub(super) fn cmd_consolidate(a: ConsolidateArgs) -> Result<u8, Failure> {
    let minter = fail(EXIT_USAGE, Minter::new(&a.base_iri))?;
    let choice = gazetteer(a.gazetteer.as_ref())?;
    let store = fail(EXIT_STORE, ShowStore::open_existing_writable(&a.location))?;
    let summary = consolidate(&store, &minter, choice, a.quiet)?;
    if !a.quiet {
        eprintln!("showkg: {summary}");
    }
    Ok(0)
}

/// A source path relative to the working directory when it lies under it.
fn relative(source: &str) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|d| {
            source
                .strip_prefix(d.to_string_lossy().as_ref())
                .and_then(|r| r.strip_prefix('/'))
                .map(String::from)
        })
        .unwrap_or_else(|| source.to_string())
}

pub(super) fn cmd_conflicts(a: ConflictsArgs) -> Result<u8, Failure> {
    let store = fail(EXIT_STORE, ShowStore::open_existing(&a.location))?;
    let mut found = fail(EXIT_STORE, conflicts::conflicts(&store))?;
    for c in &mut found {
        for s in &mut c.sides {
            for art in &mut s.articles {
                for src in &mut art.sources {
                    *src = relative(src);
                }
            }
        }
    }
    print(a.format, found.as_slice(), conflicts::table)
}

/// Writes a report on standard output, as a table or as JSON.
fn print<T: serde::Serialize + ?Sized>(
    format: ReportFormat,
    report: &T,
    table: impl Fn(&T) -> String,
) -> Result<u8, Failure> {
    let text = match format {
        ReportFormat::Table => table(report),
        ReportFormat::Json => fail(EXIT_STORE, serde_json::to_string_pretty(report))? + "\n",
    };
    let mut out = io::stdout().lock();
    fail(EXIT_STORE, out.write_all(text.as_bytes()))?;
    Ok(0)
}

pub(super) fn cmd_stats(a: StatsArgs) -> Result<u8, Failure> {
    let store = fail(EXIT_STORE, ShowStore::open_existing(&a.location))?;
    let bar = bar(a.quiet, "{spinner} [{elapsed_precise}] {pos} quads read");
    let s = stats::stats(&store, a.top, |n| {
        if let Some(b) = &bar {
            b.set_position(n);
        }
    });
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let s = fail(EXIT_STORE, s)?;
    print(a.format, &s, stats::table)
}

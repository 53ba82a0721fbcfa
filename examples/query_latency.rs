//! Times SPARQL queries on a store as `showkg query` runs them (union graph, showkg's
//! prefixes): one warm-up run, then the p50 and p90 of `--runs` runs and the number of rows.
//! For comparing query shapes (README, "Fast query shapes") on a store of your own.
//!
//! `query_latency --location DIR [--runs N] QUERY.rq...`

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use oxigraph::sparql::QueryResults;
use showkg::store::ShowStore;

/// Runs a query to its end and returns its number of rows (or triples).
fn rows(store: &ShowStore, sparql: &str) -> Result<usize, Box<dyn std::error::Error>> {
    Ok(match store.query(sparql)? {
        QueryResults::Solutions(s) => s.map(|r| r.map(|_| 1)).sum::<Result<usize, _>>()?,
        QueryResults::Graph(t) => t.map(|r| r.map(|_| 1)).sum::<Result<usize, _>>()?,
        QueryResults::Boolean(_) => 1,
    })
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut location, mut runs, mut files) = (None, 21, Vec::new());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--location" => location = args.next().map(PathBuf::from),
            "--runs" => runs = args.next().ok_or("--runs needs a number")?.parse()?,
            _ => files.push(PathBuf::from(arg)),
        }
    }
    let Some(location) = location.filter(|_| !files.is_empty() && runs > 0) else {
        return Err("usage: query_latency --location DIR [--runs N] QUERY.rq...".into());
    };
    let store = ShowStore::open_existing(&location)?;
    println!("{:<40} {:>10} {:>10} {:>8}", "query", "p50", "p90", "rows");
    for file in files {
        let sparql = std::fs::read_to_string(&file)?;
        let n = rows(&store, &sparql)?;
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            rows(&store, &sparql)?;
            times.push(t.elapsed());
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "{:<40} {:>8.3}ms {:>8.3}ms {n:>8}",
            file.display(),
            ms(times[runs / 2]),
            ms(times[runs * 9 / 10]),
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("query_latency: {e}");
            ExitCode::FAILURE
        }
    }
}

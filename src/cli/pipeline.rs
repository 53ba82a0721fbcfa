//! The batch pipeline: inputs read in order, decoded and extracted on a rayon pool, handed on in input order.
//!
//! The walk reads a batch of units (bounded in count and bytes), the pool decodes and
//! extracts them in parallel, and the caller's sink takes the results in input order before
//! the next batch is read. So memory holds one batch, and the output, the messages and the
//! store are the same for any number of threads.

use std::panic::{AssertUnwindSafe, catch_unwind};

use rayon::prelude::*;

use super::Failure;
use super::progress::Reporter;
use crate::extract::extract;
use crate::input::{Decoded, Inputs, Raw, decode};
use crate::resolve::{Resolved, resolve};
use crate::text::Article;

/// At most this many units in a batch.
const BATCH_UNITS: usize = 256;
/// A batch is cut once its units hold this many bytes.
const BATCH_BYTES: usize = 32 * 1024 * 1024;

/// One input unit after the parallel stage.
#[derive(Debug)]
pub enum Item {
    /// An article and what extraction found in it.
    Analysed(Decoded, Resolved),
    /// An article that needs no extraction (the skip test said so).
    Skipped(Decoded),
    /// An input or record that could not be used.
    Failed {
        /// The file it came from, or the source key when extraction failed (for `--prune`,
        /// which keeps what failed sources held).
        file: String,
        /// The message, naming the file and line or offset.
        message: String,
    },
}

/// Settings of the parallel stage.
#[derive(Debug)]
pub struct Stage<'a, K> {
    /// The pool to run on.
    pub pool: &'a rayon::ThreadPool,
    /// Read bytes that are not UTF-8 as U+FFFD.
    pub lossy: bool,
    /// Keep only facts at least this confident.
    pub min_confidence: f64,
    /// Articles for which this is true (given their source key) are not extracted.
    pub skip: K,
}

/// Runs every input through the stage and hands the results to `sink` in input order.
pub fn run<K, S>(
    inputs: &mut Inputs,
    stage: &Stage<'_, K>,
    reporter: &mut Reporter,
    mut sink: S,
) -> Result<(), Failure>
where
    K: Fn(&str, &Article) -> bool + Sync,
    S: FnMut(Item, &Reporter) -> Result<(), Failure>,
{
    loop {
        let batch = next_batch(inputs);
        if batch.is_empty() {
            return Ok(());
        }
        let items: Vec<Item> = stage.pool.install(|| {
            batch
                .into_par_iter()
                .map(|unit| process(unit, stage))
                .collect()
        });
        let n = items.len() as u64;
        for item in items {
            sink(item, reporter)?;
        }
        reporter.advance(inputs.bytes_read(), n);
    }
}

fn next_batch(inputs: &mut Inputs) -> Vec<Result<Raw, crate::input::InputError>> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_UNITS && bytes < BATCH_BYTES {
        let Some(unit) = inputs.next() else { break };
        bytes += unit.as_ref().map_or(0, |r| r.bytes.len());
        batch.push(unit);
    }
    batch
}

fn process<K: Fn(&str, &Article) -> bool>(
    unit: Result<Raw, crate::input::InputError>,
    stage: &Stage<'_, K>,
) -> Item {
    let decoded = match unit.and_then(|raw| decode(raw, stage.lossy)) {
        Ok(d) => d,
        Err(e) => {
            return Item::Failed {
                file: e.file().to_string(),
                message: e.to_string(),
            };
        }
    };
    if (stage.skip)(&decoded.key, &decoded.article) {
        return Item::Skipped(decoded);
    }
    // Extraction is meant never to fail; should a rule panic all the same, the article is
    // reported as failed by name and the batch goes on.
    let article = &decoded.article;
    match catch_unwind(AssertUnwindSafe(|| resolve(article, extract(article)))) {
        Ok(r) => Item::Analysed(decoded, r.with_min_confidence(stage.min_confidence)),
        Err(_) => Item::Failed {
            message: format!(
                "{}: internal error while extracting; skipped (please report it with this file)",
                decoded.article.source
            ),
            file: decoded.key,
        },
    }
}

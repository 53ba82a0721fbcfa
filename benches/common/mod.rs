//! What the benches share: corpora held in memory, and ratios against a reference timed in the same run.
//!
//! divan prints each bench's distribution; the ratio lines come from [`compare`], which times
//! the subject and its reference alternately, round after round, and takes the medians, so
//! that another process on a shared machine slows both alike instead of one of them.

#![allow(dead_code)] // Each bench binary uses part of this module.

use std::hint::black_box;
use std::time::{Duration, Instant};

use showkg::bench_corpus::{GenArticle, Generator};
use showkg::text::Article;

/// The seed every bench and `scripts/bench.sh` use.
pub const SEED: u64 = 42;

/// Generated articles holding at least `bytes` bytes of text, as showkg reads them.
pub fn corpus(bytes: usize) -> Vec<Article> {
    Generator::new(SEED)
        .take_bytes(bytes)
        .iter()
        .map(GenArticle::article)
        .collect()
}

/// Bytes of text in the articles.
pub fn bytes(articles: &[Article]) -> usize {
    articles.iter().map(|a| a.text.len()).sum()
}

/// The reference for extraction: decode every char of the text, as any reader of it must.
pub fn char_scan(articles: &[Article]) -> u32 {
    let mut acc = 0u32;
    for a in articles {
        for c in black_box(a.text.as_str()).chars() {
            acc = acc.wrapping_add(c as u32);
        }
    }
    acc
}

/// The faster reference: a memchr scan for sentence ends.
pub fn byte_scan(articles: &[Article]) -> usize {
    articles
        .iter()
        .map(|a| memchr::memchr_iter(b'.', black_box(a.text.as_bytes())).count())
        .sum()
}

/// Runs divan's benches, then the ratio tables unless a filter (`cargo bench -- NAME`)
/// leaves them out (the filter `ratios` runs them).
pub fn main(ratios: fn()) {
    divan::main();
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if filters.is_empty() || filters.iter().any(|f| "ratios".contains(f.as_str())) {
        ratios();
    }
}

/// Medians of `rounds` alternating timings of `subject` and `reference`.
pub fn compare(
    rounds: usize,
    mut subject: impl FnMut(),
    mut reference: impl FnMut(),
) -> (Duration, Duration) {
    let (mut s, mut r) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        subject();
        s.push(t.elapsed());
        let t = Instant::now();
        reference();
        r.push(t.elapsed());
    }
    (median(s), median(r))
}

/// The median of some timings.
pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// MB (10^6 bytes) per second.
pub fn mb_per_s(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / 1e6 / t.as_secs_f64()
}

/// One ratio line: `name  subject  reference  ratio  target`.
pub fn report(name: &str, subject: &str, reference: &str, ratio: f64, target: &str) {
    println!("{name:<34} {subject:>16} {reference:>18} {ratio:>9.4}  {target}");
}

/// The header of the ratio table.
pub fn header(title: &str) {
    println!("\n== {title} (medians; subject and reference alternate in the same process)");
    println!(
        "{:<34} {:>16} {:>18} {:>9}  target",
        "bench", "subject", "reference", "ratio"
    );
}

//! Extraction throughput (text in memory to facts, one core) against a bare char scan of the same text, and the cost of each relation's sentences.
//!
//! `cargo bench --bench extract`. divan prints the distributions; the ratio tables at the end
//! put each figure against its reference, timed alternately in the same process.

mod common;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::BytesCount;
use showkg::bench_corpus::{GenArticle, Generator, Style};
use showkg::extract::extract;
use showkg::resolve::resolve;
use showkg::text::Article;

/// The binary's allocator (`src/main.rs`), so that the bench measures what the CLI runs.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// 1 MB of generated articles (about 1,100).
static CORPUS: LazyLock<Vec<Article>> = LazyLock::new(|| common::corpus(1_000_000));

/// The sentences of `fixtures/sentences/<relation>.jsonl`, each an article of its own: every
/// sentence there was written to carry its relation, so extracting them is that relation's
/// grammar at work (the other grammars still look at each sentence and find nothing).
static RELATIONS: LazyLock<Vec<(String, Vec<Article>)>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/sentences");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "jsonl"));
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let articles = text
                .lines()
                .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
                .map(|v| {
                    let body = v["text"].as_str().unwrap_or_default();
                    let text = match v["date"].as_str() {
                        Some(d) => format!(" date {d}\n{body}"),
                        None => body.to_string(),
                    };
                    Article::new(&name, text)
                })
                .collect();
            (name, articles)
        })
        .collect()
});

/// 200 articles of each generated style.
static STYLES: LazyLock<Vec<(Style, Vec<Article>)>> = LazyLock::new(|| {
    let mut g = Generator::new(common::SEED);
    Style::ALL
        .iter()
        .map(|&s| {
            let articles = (0..200)
                .map(|_| g.next_in(s))
                .map(|a: GenArticle| a.article())
                .collect();
            (s, articles)
        })
        .collect()
});

fn extract_all(articles: &[Article]) -> usize {
    articles
        .iter()
        .map(|a| extract(black_box(a)).facts.len())
        .sum()
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn extract_corpus(b: Bencher) {
    let corpus = &*CORPUS;
    b.counter(BytesCount::new(common::bytes(corpus)))
        .bench(|| extract_all(corpus));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn extract_and_resolve_corpus(b: Bencher) {
    let corpus = &*CORPUS;
    b.counter(BytesCount::new(common::bytes(corpus))).bench(|| {
        corpus
            .iter()
            .map(|a| resolve(a, extract(a)).facts.len())
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 20)]
fn reference_char_scan(b: Bencher) {
    let corpus = &*CORPUS;
    b.counter(BytesCount::new(common::bytes(corpus)))
        .bench(|| common::char_scan(corpus));
}

#[divan::bench(sample_count = 20)]
fn reference_memchr_scan(b: Bencher) {
    let corpus = &*CORPUS;
    b.counter(BytesCount::new(common::bytes(corpus)))
        .bench(|| common::byte_scan(corpus));
}

fn main() {
    common::main(ratios);
}

fn ratios() {
    let corpus = &*CORPUS;
    let n = common::bytes(corpus);
    common::header(&format!(
        "extraction, {} generated articles, {:.2} MB, one thread",
        corpus.len(),
        n as f64 / 1e6
    ));
    let (ex, chars) = common::compare(
        7,
        || {
            black_box(extract_all(corpus));
        },
        || {
            black_box(common::char_scan(corpus));
        },
    );
    let (_, bytes) = common::compare(
        3,
        || {},
        || {
            black_box(common::byte_scan(corpus));
        },
    );
    let ex_mb = common::mb_per_s(n, ex);
    common::report(
        "extract vs chars() scan",
        &format!("{ex_mb:.2} MB/s"),
        &format!("{:.0} MB/s", common::mb_per_s(n, chars)),
        ex_mb / common::mb_per_s(n, chars),
        ">= 0.1 and >= 50 MB/s",
    );
    common::report(
        "extract vs memchr scan",
        &format!("{ex_mb:.2} MB/s"),
        &format!("{:.0} MB/s", common::mb_per_s(n, bytes)),
        ex_mb / common::mb_per_s(n, bytes),
        "(information)",
    );
    println!(
        "{:<34} {:>16}",
        "articles/s",
        format!("{:.0}", corpus.len() as f64 / ex.as_secs_f64())
    );

    common::header("per relation: fixtures/sentences/<relation>.jsonl, one article per sentence");
    let mut rows = Vec::new();
    for (name, articles) in &*RELATIONS {
        let n = common::bytes(articles);
        let (t, chars) = common::compare(
            15,
            || {
                black_box(extract_all(articles));
            },
            || {
                black_box(common::char_scan(articles));
            },
        );
        let per = t.as_secs_f64() * 1e6 / articles.len() as f64;
        rows.push((name.clone(), per));
        common::report(
            name,
            &format!("{:.2} MB/s", common::mb_per_s(n, t)),
            &format!("{per:.1} us/sentence"),
            common::mb_per_s(n, t) / common::mb_per_s(n, chars),
            &format!("{} sentences, {} bytes", articles.len(), n),
        );
    }
    if let Some((slowest, us)) = rows.iter().max_by(|a, b| a.1.total_cmp(&b.1)) {
        println!("slowest per sentence: {slowest} ({us:.1} us)");
    }

    common::header("per generated style: 200 articles each");
    for (style, articles) in &*STYLES {
        let n = common::bytes(articles);
        let (t, chars) = common::compare(
            5,
            || {
                black_box(extract_all(articles));
            },
            || {
                black_box(common::char_scan(articles));
            },
        );
        let mut rules: BTreeMap<&str, usize> = BTreeMap::new();
        for a in articles {
            for f in extract(a).facts {
                let relation = f.rule.split('.').next().unwrap_or(f.rule);
                *rules.entry(relation).or_default() += 1;
            }
        }
        let facts: usize = rules.values().sum();
        common::report(
            &format!("{style:?}"),
            &format!("{:.2} MB/s", common::mb_per_s(n, t)),
            &format!(
                "{:.0} us/article",
                t.as_secs_f64() * 1e6 / articles.len() as f64
            ),
            common::mb_per_s(n, t) / common::mb_per_s(n, chars),
            &format!("{:.1} facts/article", facts as f64 / articles.len() as f64),
        );
    }
}

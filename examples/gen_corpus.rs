//! Writes generated news articles (`showkg::bench_corpus`), deterministically, for benchmarks and scale measurements.
//!
//! ```sh
//! gen_corpus --articles 10000 > c10k.jsonl          # JSON Lines on stdout
//! gen_corpus --mb 100 --out c100mb.jsonl            # at least 100 MB of article text
//! gen_corpus --articles 500 --txt corpus/           # one .txt file per article
//! gen_corpus 10000 [SEED]                           # the old form: N articles as JSON Lines
//! ```
//!
//! The same arguments and `--seed` (default 42) give the same bytes on every machine.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use showkg::bench_corpus::Generator;

/// What to write, from the command line.
#[derive(Debug)]
struct Args {
    articles: Option<usize>,
    mb: Option<f64>,
    seed: u64,
    out: Option<PathBuf>,
    txt: Option<PathBuf>,
}

const USAGE: &str =
    "usage: gen_corpus [--articles N | --mb N | N] [--seed S] [--out FILE.jsonl | --txt DIR]";

fn parse() -> Result<Args, String> {
    let mut a = Args {
        articles: None,
        mb: None,
        seed: 42,
        out: None,
        txt: None,
    };
    let mut args = std::env::args().skip(1);
    let mut positional = 0;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--articles" => a.articles = Some(number(&value("--articles")?)?),
            "--mb" => a.mb = Some(number(&value("--mb")?)?),
            "--seed" => a.seed = number(&value("--seed")?)?,
            "--out" => a.out = Some(value("--out")?.into()),
            "--txt" => a.txt = Some(value("--txt")?.into()),
            "-h" | "--help" => return Err(USAGE.into()),
            _ if positional == 0 => {
                a.articles = Some(number(&arg)?);
                positional += 1;
            }
            _ if positional == 1 => {
                a.seed = number(&arg)?;
                positional += 1;
            }
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    Ok(a)
}

fn number<T: std::str::FromStr>(s: &str) -> Result<T, String> {
    s.replace('_', "")
        .parse()
        .map_err(|_| format!("not a number: {s:?}"))
}

/// Where the articles go.
enum Sink {
    Jsonl(Box<dyn Write>),
    Txt(PathBuf),
}

fn run(a: &Args) -> io::Result<()> {
    let limit_bytes = a.mb.map(|mb| (mb * 1e6) as usize);
    let limit_articles = a.articles.unwrap_or(if limit_bytes.is_some() {
        usize::MAX
    } else {
        1000
    });
    let mut sink = match (&a.txt, &a.out) {
        (Some(dir), _) => {
            fs::create_dir_all(dir)?;
            Sink::Txt(dir.clone())
        }
        (None, Some(path)) => Sink::Jsonl(Box::new(BufWriter::new(File::create(path)?))),
        (None, None) => Sink::Jsonl(Box::new(BufWriter::new(io::stdout().lock()))),
    };
    let mut bytes = 0;
    for article in Generator::new(a.seed).take(limit_articles) {
        if limit_bytes.is_some_and(|limit| bytes >= limit) {
            break;
        }
        match &mut sink {
            Sink::Jsonl(w) => {
                let mut line = serde_json::to_vec(&article.to_json())?;
                line.push(b'\n');
                bytes += line.len();
                w.write_all(&line)?;
            }
            Sink::Txt(dir) => {
                let text = article.to_txt();
                bytes += text.len();
                fs::write(dir.join(format!("{}.txt", article.id)), text)?;
            }
        }
    }
    if let Sink::Jsonl(w) = &mut sink {
        w.flush()?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(a) => a,
        Err(message) => {
            eprintln!("gen_corpus: {message}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

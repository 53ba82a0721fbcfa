//! What the user sees on stderr: one line per failed input, `-v` lines per article, a progress bar on a terminal, the summary.
//!
//! The bar (bytes read of the total, articles per second, ETA) is drawn only when stderr is a
//! terminal and `--quiet` was not given; messages are printed above it, so they never mix.

use std::fmt::Display;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How much to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Failures only: no bar, no summary.
    Quiet,
    /// Failures, the bar on a terminal, the summary.
    Normal,
    /// Also one line per article.
    Verbose,
}

/// The stderr reporter of one command.
#[derive(Debug)]
pub struct Reporter {
    bar: Option<ProgressBar>,
    verbosity: Verbosity,
    start: Instant,
    articles: u64,
}

impl Reporter {
    /// A reporter; `total` (the input bytes, `None` when unknown) is asked for only when a
    /// bar will be drawn.
    pub fn new(verbosity: Verbosity, total: impl FnOnce() -> Option<u64>) -> Self {
        let bar = (verbosity != Verbosity::Quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = match total() {
                Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            };
            let template = "{spinner} [{elapsed_precise}] [{wide_bar}] {bytes}/{total_bytes} {msg} (ETA {eta})";
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Self {
            bar,
            verbosity,
            start: Instant::now(),
            articles: 0,
        }
    }

    /// Prints a line on stderr, above the bar.
    fn line(&self, msg: &dyn Display) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("showkg: {msg}")),
            None => eprintln!("showkg: {msg}"),
        }
    }

    /// Reports a failed input (always printed).
    pub fn error(&self, msg: &dyn Display) {
        self.line(msg);
    }

    /// Reports one article under `-v`.
    pub fn article(&self, msg: impl FnOnce() -> String) {
        if self.verbosity == Verbosity::Verbose {
            self.line(&msg());
        }
    }

    /// Moves the bar to `bytes_read` after `articles` more articles.
    pub fn advance(&mut self, bytes_read: u64, articles: u64) {
        self.articles += articles;
        if let Some(bar) = &self.bar {
            bar.set_position(bytes_read);
            let secs = self.start.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} articles, {:.0}/s",
                self.articles,
                self.articles as f64 / secs
            ));
        }
    }

    /// Clears the bar and prints the summary, if any (unless quiet).
    pub fn finish(&self, summary: Option<&dyn Display>) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if let Some(s) = summary.filter(|_| self.verbosity != Verbosity::Quiet) {
            eprintln!("showkg: {s}");
        }
    }
}

//! Inputs: files, directories walked recursively (sorted, `*.txt`), and standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Every input as (name, text), in a stable order; an unreadable one is an error item and
/// the walk goes on.
pub fn walk(paths: &[PathBuf]) -> Vec<Result<(String, String)>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            out.push(
                std::io::stdin()
                    .read_to_end(&mut buf)
                    .context("cannot read standard input")
                    .and_then(|_| decode("-", buf)),
            );
        } else if p.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = collect(p, &mut files) {
                out.push(Err(e));
            }
            files.sort();
            out.extend(files.iter().map(|f| read(f)));
        } else {
            out.push(read(p));
        }
    }
    out
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot list directory", dir.display()))?;
    for e in entries {
        let path = e
            .with_context(|| format!("{}: cannot list directory", dir.display()))?
            .path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect(&path, files)?;
        } else if path.extension().is_some_and(|x| x == "txt") {
            files.push(path);
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<(String, String)> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    decode(&path.display().to_string(), bytes)
}

fn decode(name: &str, bytes: Vec<u8>) -> Result<(String, String)> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok((name.to_string(), text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            bail!("{name}: not valid UTF-8 at byte {at}; skipped")
        }
    }
}

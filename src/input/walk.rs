//! The walk: paths, directories (recursive, sorted, globs), standard input and `.gz`, streamed as raw units in input order.
//!
//! Only one file is open at a time and only one unit is held: a JSON Lines file of any size
//! is read record by record, and a record or file larger than `max_article_bytes` is skipped
//! without being read into memory.

use std::cell::Cell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use flate2::read::MultiGzDecoder;
use globset::GlobSet;
use walkdir::{DirEntry, WalkDir};

use super::{Format, InputError, Options, Raw};

/// How many leading bytes of a JSON Lines file are checked for NUL, as ripgrep checks the
/// first block of a file: a binary file is refused once, not line by line.
const BINARY_PROBE: usize = 8 * 1024;

/// A directory walk: entries in sorted order, hidden and excluded ones (and what is under
/// them) left out.
type Walk = Box<dyn Iterator<Item = walkdir::Result<DirEntry>>>;

fn walk_dir(root: &Path, exclude: Option<GlobSet>) -> Walk {
    let base = root.to_path_buf();
    Box::new(
        WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(move |e| {
                let rel = e.path().strip_prefix(&base).unwrap_or(e.path());
                e.depth() == 0
                    || !(hidden(e.path()) || exclude.as_ref().is_some_and(|g| g.is_match(rel)))
            }),
    )
}

/// Every input unit of the given paths, in order: each path as given, a directory's files in
/// sorted order, a JSON Lines file record by record. `-` is standard input.
pub struct Inputs {
    paths: VecDeque<PathBuf>,
    opts: Options,
    dir: Option<(PathBuf, Walk)>,
    records: Option<Records>,
    read: Rc<Cell<u64>>,
}

impl std::fmt::Debug for Inputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inputs")
            .field("opts", &self.opts)
            .field("bytes_read", &self.read.get())
            .finish_non_exhaustive()
    }
}

impl Inputs {
    /// The inputs of these paths, read with these options.
    pub fn new(paths: &[PathBuf], opts: Options) -> Self {
        Self {
            paths: paths.iter().cloned().collect(),
            opts,
            dir: None,
            records: None,
            read: Rc::new(Cell::new(0)),
        }
    }

    /// The options the inputs are read with.
    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// Bytes read so far from files and standard input (before decompression), for progress.
    pub fn bytes_read(&self) -> u64 {
        self.read.get()
    }

    /// Opens one file (or standard input) and returns its unit, or starts reading its records.
    fn open(&mut self, path: &Path) -> Option<Result<Raw, InputError>> {
        let name = display(path);
        let stdin = path.as_os_str() == "-";
        let fail = |source| {
            Some(Err(InputError::Read {
                path: name.clone(),
                source,
            }))
        };
        let gz = !stdin
            && path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("gz"));
        let raw_reader: Box<dyn Read> = if stdin {
            Box::new(io::stdin().lock())
        } else {
            match File::open(path) {
                Ok(f) => {
                    // Refuse an oversized plain file before reading it.
                    let size = f.metadata().map(|m| m.len()).unwrap_or(0);
                    let jsonl =
                        self.opts.format.or_else(|| Format::from_path(path)) == Some(Format::Jsonl);
                    if !gz && !jsonl && size > self.opts.max_article_bytes {
                        self.read.set(self.read.get() + size);
                        return Some(Err(InputError::TooLarge {
                            at: name,
                            size: Some(size),
                            limit: self.opts.max_article_bytes,
                        }));
                    }
                    Box::new(f)
                }
                Err(e) => return fail(e),
            }
        };
        let counted = Counting {
            inner: raw_reader,
            read: Rc::clone(&self.read),
        };
        let mut reader: Box<dyn BufRead> = if gz {
            Box::new(BufReader::new(MultiGzDecoder::new(counted)))
        } else {
            Box::new(BufReader::new(counted))
        };
        let head = match reader.fill_buf() {
            Ok(h) => h,
            Err(e) => return fail(e),
        };
        let format = match self.opts.format {
            Some(f) => f,
            None if stdin => Format::sniff(head),
            None => Format::from_path(path).unwrap_or(Format::Text),
        };
        if format == Format::Jsonl {
            if let Some(i) = head.iter().take(BINARY_PROBE).position(|&b| b == 0) {
                return Some(Err(InputError::Binary {
                    at: name,
                    offset: i as u64,
                }));
            }
            self.records = Some(Records {
                key: key(path, &name),
                file: name,
                reader,
                line: 0,
                offset: 0,
                limit: self.opts.max_article_bytes,
            });
            return None;
        }
        let mut bytes = Vec::new();
        let limit = self.opts.max_article_bytes;
        match reader.take(limit.saturating_add(1)).read_to_end(&mut bytes) {
            Ok(n) if n as u64 > limit => Some(Err(InputError::TooLarge {
                at: name,
                size: None,
                limit,
            })),
            Ok(_) => Some(Ok(Raw {
                key: key(path, &name),
                file: name,
                line: None,
                offset: 0,
                format,
                bytes,
            })),
            Err(e) => fail(e),
        }
    }

    /// The next file of the directory being walked that the globs and extensions admit.
    fn next_in_dir(&mut self) -> Option<Result<PathBuf, InputError>> {
        let (root, walker) = self.dir.as_mut()?;
        for entry in walker.by_ref() {
            match entry {
                Err(e) => {
                    let path = e.path().map_or_else(|| display(root), display);
                    let source = e
                        .into_io_error()
                        .unwrap_or_else(|| io::Error::other("filesystem loop"));
                    return Some(Err(InputError::Read { path, source }));
                }
                Ok(e) if e.file_type().is_dir() => {}
                Ok(e) => {
                    let rel = e.path().strip_prefix(&*root).unwrap_or(e.path());
                    let admitted = match &self.opts.include {
                        Some(globs) => globs.is_match(rel),
                        None => Format::from_path(rel).is_some(),
                    };
                    if admitted {
                        return Some(Ok(e.into_path()));
                    }
                }
            }
        }
        self.dir = None;
        None
    }
}

impl Iterator for Inputs {
    type Item = Result<Raw, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(records) = &mut self.records {
                match records.next() {
                    Some(item) => return Some(item),
                    None => self.records = None,
                }
            }
            if self.dir.is_some() {
                match self.next_in_dir() {
                    Some(Ok(path)) => match self.open(&path) {
                        Some(item) => return Some(item),
                        None => continue,
                    },
                    Some(Err(e)) => return Some(Err(e)),
                    None => continue,
                }
            }
            let path = self.paths.pop_front()?;
            if path.is_dir() {
                let walk = walk_dir(&path, self.opts.exclude.clone());
                self.dir = Some((path, walk));
                continue;
            }
            if let Some(item) = self.open(&path) {
                return Some(item);
            }
        }
    }
}

/// A JSON Lines file being read record by record.
struct Records {
    file: String,
    key: String,
    reader: Box<dyn BufRead>,
    /// Lines read so far.
    line: u64,
    /// Byte offset of the next line.
    offset: u64,
    limit: u64,
}

impl Iterator for Records {
    type Item = Result<Raw, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let mut bytes = Vec::new();
            let start = self.offset;
            let read = (&mut self.reader)
                .take(self.limit.saturating_add(2))
                .read_until(b'\n', &mut bytes);
            let n = match read {
                Ok(0) => return None,
                Ok(n) => n as u64,
                Err(e) => {
                    self.line += 1;
                    return Some(Err(InputError::Read {
                        path: format!("{}:{}", self.file, self.line),
                        source: e,
                    }));
                }
            };
            self.line += 1;
            self.offset += n;
            if bytes.last() != Some(&b'\n') && n > self.limit {
                // The record goes on past the limit: skip the rest of its line unread.
                match skip_line(&mut self.reader) {
                    Ok(rest) => self.offset += rest,
                    Err(e) => {
                        return Some(Err(InputError::Read {
                            path: format!("{}:{}", self.file, self.line),
                            source: e,
                        }));
                    }
                }
                return Some(Err(InputError::TooLarge {
                    at: format!("{}:{}", self.file, self.line),
                    size: None,
                    limit: self.limit,
                }));
            }
            while matches!(bytes.last(), Some(b'\n' | b'\r')) {
                bytes.pop();
            }
            if bytes.len() as u64 > self.limit {
                return Some(Err(InputError::TooLarge {
                    at: format!("{}:{}", self.file, self.line),
                    size: Some(bytes.len() as u64),
                    limit: self.limit,
                }));
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Ok(Raw {
                file: self.file.clone(),
                key: self.key.clone(),
                line: Some(self.line),
                offset: start,
                format: Format::Jsonl,
                bytes,
            }));
        }
    }
}

/// Consumes the reader up to and including the next newline; returns the bytes skipped.
fn skip_line(reader: &mut dyn BufRead) -> io::Result<u64> {
    let mut skipped = 0;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(skipped);
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(skipped + i as u64 + 1);
            }
            None => {
                let n = buf.len();
                reader.consume(n);
                skipped += n as u64;
            }
        }
    }
}

/// A reader that counts the bytes read through it.
struct Counting {
    inner: Box<dyn Read>,
    read: Rc<Cell<u64>>,
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

/// Whether a file or directory name starts with a dot.
fn hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// The name a store knows a file by: its canonical absolute path, so that `a.txt`, `./a.txt`
/// and `/home/me/a.txt` are one source; `-` for standard input; the name as given when the
/// path cannot be resolved.
fn key(path: &Path, name: &str) -> String {
    if path.as_os_str() == "-" {
        return "-".into();
    }
    std::fs::canonicalize(path).map_or_else(|_| name.to_string(), |p| p.display().to_string())
}

/// A path as messages name it: as given, without `./` components.
fn display(path: &Path) -> String {
    let clean: PathBuf = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect();
    if clean.as_os_str().is_empty() {
        ".".into()
    } else {
        clean.display().to_string()
    }
}

/// The total size of the files the paths name (directories walked with the same filters),
/// for a progress bar; `None` when standard input is among them.
pub fn total_bytes(paths: &[PathBuf], opts: &Options) -> Option<u64> {
    let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len());
    let mut inputs = Inputs::new(&[], opts.clone());
    let mut total = 0;
    for path in paths {
        if path.as_os_str() == "-" {
            return None;
        } else if path.is_dir() {
            inputs.dir = Some((path.clone(), walk_dir(path, opts.exclude.clone())));
            while let Some(item) = inputs.next_in_dir() {
                total += item.map_or(0, |p| size(&p));
            }
        } else {
            total += size(path);
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(bytes: &[u8], limit: u64) -> Vec<Result<(u64, u64, String), String>> {
        let reader: Box<dyn BufRead> = Box::new(io::Cursor::new(bytes.to_vec()));
        let records = Records {
            file: "f.jsonl".into(),
            key: "/abs/f.jsonl".into(),
            reader,
            line: 0,
            offset: 0,
            limit,
        };
        records
            .map(|r| {
                r.map(|raw| {
                    let text = String::from_utf8(raw.bytes).unwrap_or_default();
                    (raw.line.unwrap_or(0), raw.offset, text)
                })
                .map_err(|e| e.to_string())
            })
            .collect()
    }

    #[test]
    fn records_keep_line_numbers_and_offsets_across_blank_lines_and_crlf() {
        let got = records(b"{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}", 100);
        assert_eq!(
            got,
            [
                Ok((1, 0, "{\"a\":1}".into())),
                Ok((4, 13, "{\"b\":2}".into())),
                Ok((5, 21, "{\"c\":3}".into())),
            ]
        );
    }

    #[test]
    fn an_oversized_record_is_skipped_unread_and_the_next_one_read() {
        let long = format!("{{\"t\":\"{}\"}}\n{{\"b\":2}}\n", "x".repeat(50));
        let got = records(long.as_bytes(), 20);
        assert_eq!(
            got,
            [
                Err("f.jsonl:1: larger than --max-article-bytes (20 bytes); skipped".into()),
                Ok((2, 59, "{\"b\":2}".into())),
            ]
        );
    }

    #[test]
    fn paths_are_named_without_dot_components() {
        assert_eq!(display(Path::new("./a/./b.txt")), "a/b.txt");
        assert_eq!(display(Path::new(".")), ".");
        assert!(hidden(Path::new("a/.git")) && !hidden(Path::new("a/b.txt")));
    }
}

//! Segmentation: blocks (paragraphs, list items, `Label: value` lines, headings), sentences and quoted speech.
//!
//! Sentence ends survive abbreviations (No., Mr., vs.), initials, decimals and closing quotes.
//! Quoted speech (fan quotes, interview answers) is marked so that extraction can skip it.

use std::ops::Range;

/// What kind of unit a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Running prose: one or more lines between blank lines.
    Paragraph,
    /// A line that starts with a list marker (`-`, `*`, `•`, `1.`, `1)`).
    ListItem,
    /// A `Label: value` line, as listicles write `Cast: A, B and C`.
    Labelled,
    /// A short line without final punctuation: a headline or section heading.
    Heading,
}

/// A block of text: a span of the article and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte span in the article text.
    pub span: Range<usize>,
    /// What the block is.
    pub kind: BlockKind,
    /// Whether the whole block is quoted speech (it opens with a long quotation).
    pub speech: bool,
}

/// A sentence: a byte span inside one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the article text (trimmed of surrounding whitespace).
    pub span: Range<usize>,
    /// Index of the block it belongs to.
    pub block: usize,
    /// Byte spans (in the article text) of quoted speech inside the sentence.
    pub speech: Vec<Range<usize>>,
    /// Whether the sentence is quoted speech as a whole.
    pub quoted: bool,
}

const OPEN_QUOTES: &[char] = &['"', '“', '‘', '«', '「', '『'];
const CLOSE_AFTER_END: &[char] = &['"', '”', '’', '\'', ')', ']', '»', '」', '』'];
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "no", "nos", "vs", "st", "jr", "sr", "prof", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "vol", "ep", "eps", "approx", "est", "gen", "lt", "sgt", "capt", "mt", "ft", "rev", "fig",
];

/// Splits the text from byte `from` into blocks and sentences.
pub fn segment(text: &str, from: usize) -> (Vec<Block>, Vec<Sentence>) {
    let blocks = blocks(text, from);
    let mut sentences = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let speech = speech_spans(text, block.span.clone());
        for span in sentence_spans(text, block.span.clone()) {
            let inside: Vec<Range<usize>> = speech
                .iter()
                .filter(|s| s.start < span.end && span.start < s.end)
                .cloned()
                .collect();
            let covered: usize = inside
                .iter()
                .map(|s| s.end.min(span.end) - s.start.max(span.start))
                .sum();
            let quoted = block.speech || covered * 2 > span.len();
            sentences.push(Sentence {
                span,
                block: i,
                speech: inside,
                quoted,
            });
        }
    }
    (blocks, sentences)
}

/// Lines grouped into blocks: runs of prose lines, and single list, label and heading lines.
fn blocks(text: &str, from: usize) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut open: Option<Range<usize>> = None;
    let mut pos = from;
    let lines: Vec<&str> = text[from..].split_inclusive('\n').collect();
    for (n, line) in lines.iter().enumerate() {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(span) = open.take() {
                out.push(block(text, span, BlockKind::Paragraph));
            }
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = start + lead..start + lead + trimmed.len();
        let mut kind = line_kind(trimmed);
        // A short unpunctuated line opening a run of lines is a heading (`Neon Dynasty`
        // above its paragraph, with no blank line between).
        let next_opens = lines
            .get(n + 1)
            .is_some_and(|l| l.trim_start().starts_with(|c: char| c.is_uppercase()));
        // After a paragraph's last sentence, a Title Case line above field lines or another
        // capitalised line is a heading too (`…of the year.` / `Juvenile Justice` / `CAST: …`).
        let after_sentence = open
            .as_ref()
            .is_some_and(|p| text[p.clone()].ends_with(['.', '!', '?']))
            && (lines
                .get(n + 1)
                .is_some_and(|l| line_kind(l.trim()) == BlockKind::Labelled)
                || title_case(trimmed));
        // `September 20 – Expedition!` above `- Cast: …`: a title may end in `!`.
        let exclaimed = trimmed.ends_with('!')
            && looks_like_heading(trimmed.trim_end_matches('!'))
            && lines
                .get(n + 1)
                .is_some_and(|l| line_kind(l.trim()) == BlockKind::Labelled);
        if kind == BlockKind::Paragraph
            && (open.is_none() || after_sentence || exclaimed)
            && (next_opens || exclaimed)
            && (looks_like_heading(trimmed) || exclaimed)
        {
            kind = BlockKind::Heading;
        }
        // The first line of the body is the headline: a block of its own.
        let headline = out.is_empty() && open.is_none();
        if kind == BlockKind::Paragraph && headline {
            out.push(block(text, span, BlockKind::Paragraph));
            continue;
        }
        if kind == BlockKind::Paragraph {
            open = Some(match open.take() {
                Some(prev) => prev.start..span.end,
                None => span,
            });
        } else {
            if let Some(prev) = open.take() {
                out.push(block(text, prev, BlockKind::Paragraph));
            }
            out.push(block(text, span, kind));
        }
    }
    if let Some(span) = open {
        out.push(block(text, span, BlockKind::Paragraph));
    }
    // A paragraph of one short line without final punctuation reads as a heading.
    for b in &mut out {
        let t = &text[b.span.clone()];
        if b.kind == BlockKind::Paragraph
            && !t.contains('\n')
            && !t.contains(" | ")
            && t.split_whitespace().count() <= 14
            && (!t.ends_with(['.', '!', '?', ':', ',', '"', '”']) || quoted_title_line(t))
        {
            b.kind = BlockKind::Heading;
        }
    }
    out
}

fn block(text: &str, span: Range<usize>, kind: BlockKind) -> Block {
    let speech = opens_with_speech(&text[span.clone()]);
    Block { span, kind, speech }
}

/// `“Body of Proof”` on a line of its own: a quoted title in Title Case, which a listicle uses
/// as a heading (a quoted remark would hold a sentence's punctuation or lower-case words).
fn quoted_title_line(t: &str) -> bool {
    let inner = t
        .strip_prefix(['"', '“'])
        .and_then(|r| r.strip_suffix(['"', '”']));
    inner.is_some_and(|i| {
        !i.is_empty()
            && i.split_whitespace().count() <= 8
            && !i.ends_with(['.', '!', '?', ',', ';'])
            && !i.contains(['"', '“', '”'])
            && title_case(i)
            && i.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// Whether a line reads as a heading: short, capitalised, without final punctuation.
/// Whether every word of four letters or more starts with a capital (`Juvenile Justice`, `All
/// of Us Are Dead`), as titles and headings are written and sentences are not.
fn title_case(line: &str) -> bool {
    line.split_whitespace()
        .filter(|w| w.chars().count() >= 4)
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

fn looks_like_heading(line: &str) -> bool {
    line.split_whitespace().count() <= 8
        && line.starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“' || c == '\''
        })
        && !line.ends_with(['.', '!', '?', ':', ',', ';', '"', '”'])
}

/// The kind of a single line, judged by its start.
fn line_kind(line: &str) -> BlockKind {
    let mut chars = line.chars();
    match chars.next() {
        Some(c @ ('-' | '*' | '•' | '–' | '—' | '·'))
            if chars.next().is_some_and(char::is_whitespace) =>
        {
            // `- Cast: Skip Homeier, Dan Barton`: a field line written as a list item.
            let body = line[c.len_utf8()..].trim_start();
            return if line_kind(body) == BlockKind::Labelled && body.contains(':') {
                BlockKind::Labelled
            } else {
                BlockKind::ListItem
            };
        }
        _ => {}
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    // `3/1 Spring Thaw (tvN)`: a dated listing line.
    let day_digits = line[digits..]
        .strip_prefix('/')
        .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
    if (1..=2).contains(&digits)
        && (1..=2).contains(&day_digits)
        && line[digits + 1 + day_digits..].starts_with(' ')
    {
        return BlockKind::ListItem;
    }
    if (1..=3).contains(&digits)
        && line[digits..].starts_with(['.', ')'])
        && line[digits + 1..].starts_with(char::is_whitespace)
    {
        return BlockKind::ListItem;
    }
    // `Label: value`, or `Label<TAB>value` from an infobox. The separators are ASCII, so a
    // byte scan (memchr) finds what a char scan finds, without decoding a long paragraph.
    if let Some(colon) = memchr::memchr2(b':', b'\t', line.as_bytes()) {
        let label = &line[..colon];
        let words = label.split_whitespace().count();
        if (1..=4).contains(&words)
            && label.starts_with(|c: char| c.is_uppercase())
            && label.chars().all(|c| {
                c.is_alphanumeric() || matches!(c, ' ' | '\'' | '/' | '&' | '.' | '(' | ')' | '-')
            })
            && !line[colon + 1..].trim().is_empty()
        {
            return BlockKind::Labelled;
        }
    }
    // `Network – SBS`: a dash after a field name listicles use.
    for dash in [" – ", " — ", " - "] {
        if let Some((label, value)) = split_once_spaced(line, dash)
            && DASH_LABELS.contains(&label.trim().to_lowercase().as_str())
            && !value.trim().is_empty()
        {
            return BlockKind::Labelled;
        }
    }
    BlockKind::Paragraph
}

/// `line.split_once(needle)` for a needle of a space and more: the candidates are where its
/// second byte occurs (memchr), so most lines cost one scan and no searcher is built.
fn split_once_spaced<'a>(line: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let (h, n) = (line.as_bytes(), needle.as_bytes());
    let at = memchr::memchr_iter(*n.get(1)?, h)
        .filter_map(|p| p.checked_sub(1))
        .find(|&i| h[i..].starts_with(n))?;
    Some((&line[..at], &line[at + n.len()..]))
}

/// Field names that may take a dash instead of a colon: `Release Date – 13th September`.
pub const DASH_LABELS: &[&str] = &[
    "network",
    "original network",
    "broadcaster",
    "channel",
    "platform",
    "streaming",
    "where to watch",
    "release date",
    "premiere date",
    "premiere",
    "air date",
    "aired",
    "episodes",
    "no. of episodes",
    "number of episodes",
    "starring",
    "stars",
    "cast",
    "main cast",
    "genre",
    "genres",
    "director",
    "directed by",
    "writer",
    "written by",
    "screenwriter",
    "runtime",
];

/// Whether a block opens with a quotation of speech (not a quoted title).
fn opens_with_speech(block: &str) -> bool {
    let Some(first) = block.chars().next() else {
        return false;
    };
    if !OPEN_QUOTES.contains(&first) {
        return false;
    }
    let inner = block[first.len_utf8()..].trim_start_matches(OPEN_QUOTES);
    let close = inner.find(['"', '”', '’']).unwrap_or(inner.len());
    is_speech(&inner[..close]) || close == inner.len()
}

/// Quoted text reads as speech when it is long or holds sentence punctuation.
fn is_speech(quoted: &str) -> bool {
    let words = quoted.split_whitespace().count();
    // `"Spring in Haenam," which aired`: a title in Title Case with the comma American
    // punctuation puts inside the quotes.
    let title_case = quoted.trim_end().ends_with(',')
        && quoted.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || [
                    "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to",
                ]
                .contains(&w.trim_end_matches(','))
        });
    words >= 7 || (words >= 3 && quoted.trim_end().ends_with(['.', '!', '?', ',']) && !title_case)
}

/// Spans of quoted speech inside a block: quotations pair up, and the long ones are speech.
fn speech_spans(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let slice = &text[block.clone()];
    // Only `"`, `“` and `”` matter: the bytes that can start them (`“` and `”` are E2 80 9C and
    // E2 80 9D; E2 only ever leads a character) are the only ones looked at.
    for (i, c) in candidates(slice, |b| matches!(b, b'"' | 0xE2)) {
        let at = block.start + i;
        match c {
            '“' => open = Some(at + c.len_utf8()),
            '”' => {
                if let Some(s) = open.take()
                    && is_speech(&text[s..at])
                {
                    out.push(s..at);
                }
            }
            '"' => match open.take() {
                Some(s) => {
                    if is_speech(&text[s..at]) {
                        out.push(s..at);
                    }
                }
                None => open = Some(at + 1),
            },
            _ => {}
        }
    }
    // An unclosed quotation runs to the block's end.
    if let Some(s) = open
        && is_speech(&text[s..block.end])
    {
        out.push(s..block.end);
    }
    out
}

/// The characters of `slice` (with their offsets) whose first byte passes `lead`, left to
/// right. `lead` must accept only ASCII bytes and lead bytes of longer characters (never a
/// continuation byte, 80 to BF), so that every position it stops at is a character's start.
fn candidates(slice: &str, lead: impl Fn(u8) -> bool) -> impl Iterator<Item = (usize, char)> {
    slice
        .bytes()
        .enumerate()
        .filter(move |&(_, b)| lead(b))
        .filter_map(|(i, _)| Some((i, slice[i..].chars().next()?)))
}

/// Sentence spans inside a block.
fn sentence_spans(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[block.clone()];
    let bytes = slice.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let char_at = |at: usize| slice[at..].chars().next();
    let mut at = 0;
    // Only `|` and the sentence ends `.`, `!`, `?` and `…` (E2 80 A6; E2 only ever leads a
    // character) can end a sentence: the scan jumps from one to the next.
    while let Some(skip) = bytes[at.min(bytes.len())..]
        .iter()
        .position(|&b| matches!(b, b'|' | b'.' | b'!' | b'?' | 0xE2))
    {
        at += skip;
        let Some(c) = char_at(at) else { break };
        // `Apple TV+ | Premieres 3/8 | 8 episodes`: each field of a listing line on its own.
        if c == '|' && slice[..at].ends_with(' ') && slice[at + 1..].starts_with(' ') {
            push_trimmed(&mut out, block.start, slice, start..at);
            start = at + 1;
            at += 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = at + c.len_utf8();
            while let Some(n) = char_at(j)
                && (matches!(n, '.' | '!' | '?') || CLOSE_AFTER_END.contains(&n))
            {
                j += n.len_utf8();
            }
            let end = j;
            let next = slice[j..].trim_start();
            let spaced = char_at(j).is_none_or(char::is_whitespace);
            let starts_sentence = opens_sentence(next);
            if spaced && starts_sentence && !(c == '.' && is_abbreviation(&slice[start..at])) {
                push_trimmed(&mut out, block.start, slice, start..end);
                start = end;
            }
            at = j;
        } else {
            at += c.len_utf8();
        }
    }
    push_trimmed(&mut out, block.start, slice, start..slice.len());
    out
}

/// Whether the text after a full stop opens a new sentence: a capital, a digit, an opening
/// quote, a letter of a script without case, or a brand written with a small first letter and
/// a capital inside (`tvN’s Behind Every Star`, `iQIYI`, `jTBC`).
fn opens_sentence(next: &str) -> bool {
    let mut chars = next.chars();
    chars.next().is_none_or(|n| {
        n.is_uppercase()
            || n.is_ascii_digit()
            || OPEN_QUOTES.contains(&n)
            || (n.is_alphabetic() && !n.is_ascii())
            || (n.is_ascii_lowercase()
                && chars
                    .take_while(char::is_ascii_alphabetic)
                    .any(|c| c.is_ascii_uppercase()))
    })
}

/// Longest sentence kept whole; longer runs (a page without punctuation) are cut at spaces so
/// that every grammar works on bounded input and extraction stays linear in the text.
pub const MAX_SENTENCE_BYTES: usize = 2000;

fn push_trimmed(out: &mut Vec<Range<usize>>, base: usize, slice: &str, span: Range<usize>) {
    if span.len() > MAX_SENTENCE_BYTES {
        let mut cut = span.start + MAX_SENTENCE_BYTES;
        while !slice.is_char_boundary(cut) {
            cut -= 1;
        }
        let at_space = slice[span.start..cut]
            .rfind(' ')
            .map_or(cut, |i| span.start + i + 1);
        let at_space = if at_space <= span.start {
            cut
        } else {
            at_space
        };
        push_trimmed(out, base, slice, span.start..at_space);
        push_trimmed(out, base, slice, at_space..span.end);
        return;
    }
    let s = &slice[span.clone()];
    let t = s.trim();
    if !t.is_empty() {
        let lead = s.len() - s.trim_start().len();
        out.push(base + span.start + lead..base + span.start + lead + t.len());
    }
}

/// Whether the text before a period ends in an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '\'' | '‘'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // Initials ("J. K.") and dotted abbreviations ("U.S", "p.m").
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    // `2006-Jan.`, `2006–Sept.`: an abbreviation after a range's dash.
    let after_dash = word.rsplit(['-', '–', '—']).next().unwrap_or(word);
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
        || ABBREVIATIONS.contains(&after_dash.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_separator_by_memchr_is_the_char_find() {
        for line in [
            "Cast: Skip Homeier, Dan Barton",
            "Network\tSBS",
            "“Kim” said: no — 김:\t",
            "no separator here, only prose – and a dash",
            "",
        ] {
            assert_eq!(
                memchr::memchr2(b':', b'\t', line.as_bytes()),
                line.find([':', '\t']),
                "{line:?}"
            );
        }
    }

    /// `sentence_spans` as first written: every character visited.
    fn sentence_spans_by_chars(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
        let slice = &text[block.clone()];
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = slice.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            // `Apple TV+ | Premieres 3/8 | 8 episodes`: each field of a listing line on its own.
            if c == '|' && slice[..at].ends_with(' ') && slice[at + 1..].starts_with(' ') {
                push_trimmed(&mut out, block.start, slice, start..at);
                start = at + 1;
                i += 1;
                continue;
            }
            if matches!(c, '.' | '!' | '?' | '…') {
                let mut j = i + 1;
                while j < chars.len()
                    && (matches!(chars[j].1, '.' | '!' | '?')
                        || CLOSE_AFTER_END.contains(&chars[j].1))
                {
                    j += 1;
                }
                let end = chars.get(j).map_or(slice.len(), |&(b, _)| b);
                let next = slice[end..].trim_start();
                let spaced = chars.get(j).is_none_or(|(_, c)| c.is_whitespace());
                let starts_sentence = opens_sentence(next);
                if spaced && starts_sentence && !(c == '.' && is_abbreviation(&slice[start..at])) {
                    push_trimmed(&mut out, block.start, slice, start..end);
                    start = end;
                }
                i = j;
            } else {
                i += 1;
            }
        }
        push_trimmed(&mut out, block.start, slice, start..slice.len());
        out
    }

    /// `speech_spans` as first written: every character visited.
    fn speech_spans_by_chars(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        let slice = &text[block.clone()];
        for (i, c) in slice.char_indices() {
            let at = block.start + i;
            match c {
                '“' => open = Some(at + c.len_utf8()),
                '”' => {
                    if let Some(s) = open.take()
                        && is_speech(&text[s..at])
                    {
                        out.push(s..at);
                    }
                }
                '"' => match open.take() {
                    Some(s) => {
                        if is_speech(&text[s..at]) {
                            out.push(s..at);
                        }
                    }
                    None => open = Some(at + 1),
                },
                _ => {}
            }
        }
        // An unclosed quotation runs to the block's end.
        if let Some(s) = open
            && is_speech(&text[s..block.end])
        {
            out.push(s..block.end);
        }
        out
    }

    #[test]
    fn scans_that_jump_find_what_a_char_walk_finds() {
        let mut texts: Vec<String> = ["articles", "heldout", "heldout2", "foundation"]
            .iter()
            .flat_map(|d| {
                let dir = format!("{}/fixtures/{d}", env!("CARGO_MANIFEST_DIR"));
                std::fs::read_dir(dir)
                    .map(|r| {
                        r.filter_map(Result::ok)
                            .map(|e| e.path())
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        assert!(texts.len() >= 40);
        texts.extend(
            [
                "",
                ".",
                "…",
                "a…B. c?! \"D\" – e | f |g | ",
                "“He said. It was fun.” Then “a",
                "Mr. Kim. J. K. Simmons… 김. é.\") X",
                "\"unclosed quotation that is long enough to be speech, surely",
            ]
            .map(String::from),
        );
        for text in &texts {
            for block in blocks(text, 0) {
                assert_eq!(
                    sentence_spans(text, block.span.clone()),
                    sentence_spans_by_chars(text, block.span.clone()),
                    "{text:?}"
                );
                assert_eq!(
                    speech_spans(text, block.span.clone()),
                    speech_spans_by_chars(text, block.span.clone()),
                    "{text:?}"
                );
            }
            let whole = 0..text.len();
            assert_eq!(
                sentence_spans(text, whole.clone()),
                sentence_spans_by_chars(text, whole.clone())
            );
            assert_eq!(
                speech_spans(text, whole.clone()),
                speech_spans_by_chars(text, whole)
            );
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        segment(text, 0)
            .1
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect()
    }

    #[test]
    fn sentences_survive_abbreviations_decimals_and_quotes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "It ranked No. 3 with 682.6 million hours. Mr. Kim smiled.",
                &[
                    "It ranked No. 3 with 682.6 million hours.",
                    "Mr. Kim smiled.",
                ],
            ),
            (
                "He said, \"It was fun.\" The show ended. J. K. Simmons stars.",
                &[
                    "He said, \"It was fun.\"",
                    "The show ended.",
                    "J. K. Simmons stars.",
                ],
            ),
            (
                "It airs at 9 p.m. KST on tvN. Really? Yes!",
                &["It airs at 9 p.m. KST on tvN.", "Really?", "Yes!"],
            ),
            ("드라마가 끝났다. 정말로.", &["드라마가 끝났다.", "정말로."]),
            (
                "It ran Oct. 11, 2006-Jan. 31, 2013. It ended.",
                &["It ran Oct. 11, 2006-Jan. 31, 2013.", "It ended."],
            ),
            // A brand with a small first letter opens a sentence; a small word does not.
            (
                "It stayed third. tvN’s Lantern Road rose. iQIYI has it. It came 4th. e.g. this",
                &[
                    "It stayed third.",
                    "tvN’s Lantern Road rose.",
                    "iQIYI has it.",
                    "It came 4th. e.g. this",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "{text}");
        }
    }

    #[test]
    fn a_quoted_title_alone_on_its_line_is_a_heading() {
        for (text, heading) in [
            (
                "Intro line\n\n“Body of Proof”\n\nIt ran three seasons.",
                true,
            ),
            ("Intro line\n\n\"Harbor Nights\"\n\nIt ran.", true),
            (
                "Intro line\n\n“I loved every minute of it”\n\nIt ran.",
                false,
            ),
            ("Intro line\n\n“It was fun.”\n\nIt ran.", false),
        ] {
            let (blocks, _) = segment(text, 0);
            assert_eq!(blocks[1].kind == BlockKind::Heading, heading, "{text}");
        }
    }

    #[test]
    fn spaced_split_is_split_once() {
        for line in [
            "Network – SBS",
            "Network—SBS – x – y",
            " - a - b",
            "a -",
            "-- - ",
            "Ji-won - Kim – é — ",
            "",
            "–",
        ] {
            for dash in [" – ", " — ", " - "] {
                assert_eq!(
                    split_once_spaced(line, dash),
                    line.split_once(dash),
                    "{line:?}"
                );
            }
        }
    }

    #[test]
    fn blocks_know_lists_labels_and_headings() {
        let text = "Queen of Tears Tops the Chart\n\nCast: Kim Soo-hyun, Kim Ji-won\n1. Lovely Runner\n- Episodes: 16\nThe show aired\non tvN.\n";
        let (blocks, _) = segment(text, 0);
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading,
                BlockKind::Labelled,
                BlockKind::ListItem,
                // `- Episodes: 16`: a field line written as a list item.
                BlockKind::Labelled,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn speech_is_marked_and_titles_are_not() {
        let text = "\"Queen of Tears\" is a hit.\n\n\"We are not alone! He loves this project so much!\" one fan wrote.\n\nHe said, \"I truly enjoyed every single moment of it.\" The end.";
        let (_, s) = segment(text, 0);
        let quoted: Vec<bool> = s.iter().map(|s| s.quoted).collect();
        assert_eq!(quoted, [false, true, true, true, false]);
    }
}

//! The sentence a grammar works on: its text, the show titles in it, and helpers to attach facts to shows.

use std::ops::Range;
use std::sync::LazyLock;

use std::cell::OnceCell;

use aho_corasick::AhoCorasick;

use super::atoms::org::{Org, find_orgs};
use super::{RawFact, ShowRef};
use crate::extract::fact::Claim;
use crate::text::{BlockKind, PartialDate};

/// Words that refer back to the show in focus: `the drama`, `the series`.
const ANAPHORS: &[&str] = &[
    "the drama",
    "the series",
    "the show",
    "the k-drama",
    "the kdrama",
    "the film",
    "the movie",
    "this drama",
    "this series",
    "the sitcom",
    "the miniseries",
    "the romance",
    "the thriller",
    "the romantic comedy",
    "the rom-com",
    "the production",
    "the project",
    "the program",
    "the programme",
    "the title",
    "the hit",
    "the story",
    "the sequel",
    "the season",
];

/// Words before a title that make it another work of someone's, not the show discussed (a
/// static, so that [`aside_at`] knows it by address and uses its automaton).
pub static ASIDE_CUES: &[&str] = &[
    "who wrote",
    "who directed",
    "who previously",
    "previously",
    "known for",
    // `renowned for "Train to Busan"`, `famous for`: a person's past work in an aside.
    "renowned for",
    "famous for",
    "acclaimed for",
    "celebrated for",
    "starred in",
    "starring in",
    "best known",
    "rose to fame",
    "who also",
    "also wrote",
    "also directed",
    "last seen in",
    "whose debut",
    "her debut",
    "his debut",
    "their debut",
    "debut film",
    "debut feature",
    "appeared together in",
    "last appeared",
    "worked together on",
    "who played",
    "wrote the",
    "directed the",
    "penned the",
    "breakout",
    "debut in",
    "role in",
    "roles in",
    "turn in",
    "performance in",
    "performances in",
    "role since",
    "appeared in",
    "writer of",
    "director of",
    "creator of",
    "from the writer",
    "from the director",
    "the 19",
    "the 20",
    "'s 20",
    "'s 19",
    // `IU's director in her 2018 drama My Mister`: a dated work of the person's (as the
    // subject, `her 2017 series X was written by`, it is the sentence's news).
    "in her 20",
    "in his 20",
    "in their 20",
    "in her 19",
    "in his 19",
    "in their 19",
    "fresh off",
    "fresh from",
];

/// Words before a title that make it a point of comparison, not the show discussed (a static,
/// as [`ASIDE_CUES`] is).
pub static COMPARISON_CUES: &[&str] = &[
    "behind",
    " than ",
    " like ",
    "unlike",
    "ahead of",
    "overtak",
    "surpass",
    // Word starts: no `upbeat`, no `arrival`.
    " beat",
    "compared",
    "comparison",
    "similar to",
    " rival",
    "opposite",
    "against",
    "replac",
    "succeed",
    "follow-up to",
    "sequel to",
    "spin-off of",
    "reminiscent",
    "echoes of",
    "fans of",
    "for comparison",
    " since ",
    "previous",
    "predecessor",
    "last year's",
    "week after",
    "weeks after",
    "days after",
    "months after",
    "on the heels of",
    "trails",
    "trailing",
    "eclips",
    "record held by",
    "previous record",
    "outpac",
    "outperform",
    "topping",
];

/// The char boundary at or before byte `i` of `s`: where a look-back window may start.
pub fn floor_boundary(s: &str, i: usize) -> usize {
    (0..=i.min(s.len()))
        .rev()
        .find(|&b| s.is_char_boundary(b))
        .unwrap_or(0)
}

/// A `Label: value` line, or an infobox line `Label<TAB>value`, split at its separator.
pub fn split_label(s: &str) -> Option<(&str, &str)> {
    // `- Cast: …`: a field line written as a list item.
    let s = match s.strip_prefix(['-', '*', '•', '–', '—', '·']) {
        Some(r) if r.starts_with(char::is_whitespace) => r.trim_start(),
        _ => s,
    };
    for dash in [" – ", " — ", " - "] {
        // `split_once` without a Two-Way searcher per call.
        if let Some(at) = find_all(s, dash).next()
            && let (label, value) = (&s[..at], &s[at + dash.len()..])
            && crate::text::DASH_LABELS.contains(&label.trim().to_lowercase().as_str())
        {
            return Some((label, value));
        }
    }
    let at = s.find([':', '\t'])?;
    Some((&s[..at], &s[at + 1..]))
}

/// Whether the text after a title makes it a star's other work: `"Low Tide" star Benny Cruz`,
/// `"Pit Stop" actress Lee Ha-na`.
pub fn star_of(after: &str) -> bool {
    let after = after.trim_start_matches(['"', '”', '’', '\'', ',']);
    [
        " star ",
        " actor ",
        " actress ",
        " alum ",
        " alumna ",
        " alumnus ",
        " writer ",
        " screenwriter ",
        " director ",
        " PD ",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// Ranking words (`ahead of`, `behind only`): they introduce a chart neighbour whose figure is
/// a fact of the same chart, unless it is a past record.
static RANKING_CUES: &[&str] = &[
    "behind", "ahead of", "overtak", "surpass", " beat", "topping",
];

/// [`COMPARISON_CUES`] without the [`RANKING_CUES`].
static STRONG_COMPARISON_CUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    COMPARISON_CUES
        .iter()
        .copied()
        .filter(|c| !RANKING_CUES.contains(c))
        .collect()
});

/// One automaton per cue list that [`aside_at`] tests at every title, matching ASCII case-blind
/// (the cues are lower case, and `aside_at` looks for them in the lower-cased clause).
fn cue_automaton(cues: &[&str]) -> Option<&'static AhoCorasick> {
    static AUTOMATA: LazyLock<[Option<AhoCorasick>; 4]> = LazyLock::new(|| {
        [
            ASIDE_CUES,
            COMPARISON_CUES,
            RANKING_CUES,
            STRONG_COMPARISON_CUES.as_slice(),
        ]
        .map(|list| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(list)
                .ok()
        })
    });
    let lists: [&[&str]; 4] = [
        ASIDE_CUES,
        COMPARISON_CUES,
        RANKING_CUES,
        STRONG_COMPARISON_CUES.as_slice(),
    ];
    let i = lists.iter().position(|l| std::ptr::eq(*l, cues))?;
    AUTOMATA[i].as_ref()
}

/// The last clause of `before`: what follows its last `;`, bracket or full stop.
fn clause_of(before: &str) -> &str {
    // The separators are ASCII, so a byte search finds them without decoding chars.
    match before
        .bytes()
        .rposition(|b| matches!(b, b';' | b'(' | b')' | b'.'))
    {
        Some(i) => &before[i + 1..],
        None => before,
    }
}

/// Whether the title at byte `start` of sentence `s` follows one of `cues` within its clause.
pub fn aside_at(s: &str, start: usize, cues: &[&str]) -> bool {
    let from = start.saturating_sub(60);
    let from = (from..=start)
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(start);
    // The lists of this module: one pass of their automaton over the clause as written.
    if let Some(ac) = cue_automaton(cues) {
        return ac.is_match(clause_of(&s[from..start]));
    }
    let before = s[from..start].to_ascii_lowercase();
    let clause = clause_of(&before);
    let grams = Grams::of(clause);
    // `find_all` is `str::contains` for a non-empty cue without a searcher built per cue.
    cues.iter()
        .any(|c| grams.may_contain(c) && (c.is_empty() || find_all(clause, c).next().is_some()))
}

/// One sentence with what the grammars need around it.
#[derive(Debug)]
pub struct Ctx<'a> {
    /// The whole article text (spans are absolute).
    pub text: &'a str,
    /// The sentence's byte span.
    pub span: Range<usize>,
    /// The kind of block the sentence is in.
    pub kind: BlockKind,
    /// The article's date, for dates without a year.
    pub date: Option<PartialDate>,
    /// Known show titles in the sentence: absolute span and canonical surface.
    pub titles: &'a [(Range<usize>, String)],
    /// Quoted speech inside the sentence (absolute spans).
    pub speech: &'a [Range<usize>],
    /// Whether the article reports household ratings (names Nielsen, a rating), so that a
    /// bare percentage about a show is one.
    pub ratings_report: bool,
    /// Whether the article reports a chart (a Top 10, a ranking), so that ranks are chart ranks.
    pub chart_report: bool,
    /// Whether the article reports audiences (viewers, BARB, overnight figures), so that a
    /// bare head count (`The Traitors returned with 9,163,000`) is one.
    pub audience_report: bool,
    /// Whether the sentence is an item of a list of actors under a line that introduces a
    /// cast (`cast::cast_list_items`).
    pub cast_list: bool,
    /// The sentence before, for the one person it named (`He plays ...`).
    pub prev: Option<&'a PrevSentence>,
    /// The sentence's byte pairs, so that a cue it cannot hold is skipped without a scan.
    pub grams: Grams,
    /// The organisations of the sentence ([`find_orgs`] of it), found when first asked for:
    /// several grammars read them.
    pub orgs: OnceCell<Vec<(Range<usize>, Org)>>,
}

/// The sentence extracted before a [`Ctx`]'s, kept for the one person it names (`He plays
/// ...` reads it): that person is looked for only when a grammar asks, not in every
/// sentence.
#[derive(Debug)]
pub struct PrevSentence {
    /// Its byte span in the article.
    pub span: Range<usize>,
    /// Its known titles (absolute spans), which the person may not start.
    pub titles: Vec<(Range<usize>, String)>,
    /// The one person it names, once asked for.
    person: OnceCell<Option<String>>,
}

impl PrevSentence {
    /// A sentence and its titles.
    pub fn new(span: Range<usize>, titles: Vec<(Range<usize>, String)>) -> Self {
        Self {
            span,
            titles,
            person: OnceCell::new(),
        }
    }
}

/// The byte pairs of a text (ASCII case folded) as a 4096-bit set: a needle whose pairs are not
/// all in the set does not occur in the text, in any case. A sentence's set answers the
/// grammars' hundreds of cue tests with a few bit tests each instead of a scan each. It can
/// only say "maybe" wrongly (two pairs sharing a bit), never "no".
#[derive(Clone)]
pub struct Grams {
    /// The 4096 pair bits, and bit 4096 ([`Grams::ALWAYS`]), always set.
    pairs: [u64; 65],
    bytes: [u64; 4],
}

impl std::fmt::Debug for Grams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.pairs[..64].iter().map(|w| w.count_ones()).sum();
        write!(f, "Grams({set} of 4096 pair bits set)")
    }
}

impl Grams {
    /// A bit past the pairs' 4096, set in every set: [`CueGates`]' mark of a cue under two
    /// bytes.
    const ALWAYS: u16 = 4096;

    /// The set of no pairs, with [`Grams::ALWAYS`].
    const EMPTY: [u64; 65] = {
        let mut pairs = [0; 65];
        pairs[64] = 1;
        pairs
    };

    /// The byte pairs (and bytes) of `text`.
    pub fn of(text: &str) -> Self {
        let mut g = Self {
            pairs: Self::EMPTY,
            bytes: [0; 4],
        };
        // One pass: each byte folded once, paired with the one before it.
        let mut prev: Option<u8> = None;
        for &x in text.as_bytes() {
            let x = Self::fold(x);
            g.bytes[usize::from(x >> 6)] |= 1 << (x & 63);
            if let Some(p) = prev {
                let bit = Self::folded_bit(p, x);
                g.pairs[bit >> 6] |= 1 << (bit & 63);
            }
            prev = Some(x);
        }
        g
    }

    /// A byte with bit 5 set: an ASCII capital becomes its small letter, and a few other bytes
    /// share a value (`@` and `` ` ``), which only makes the set say "maybe" more often. One
    /// instruction where `to_ascii_lowercase` takes a compare and a select, on every pair of
    /// every cue test.
    #[inline]
    fn fold(b: u8) -> u8 {
        b | 0x20
    }

    /// The bit of a pair of folded bytes.
    #[inline]
    fn folded_bit(a: u8, b: u8) -> usize {
        (usize::from(a) << 4 ^ usize::from(b)) & 4095
    }

    /// Whether one pair bit is set.
    #[inline]
    fn has_bit(&self, b: u16) -> bool {
        self.pairs[usize::from(b >> 6)] & 1 << (b & 63) != 0
    }

    /// Whether every pair bit of `bits` (a needle's, hashed beforehand by [`Gate::of`]) is
    /// set.
    #[inline]
    fn has_bits(&self, bits: &[u16]) -> bool {
        bits.iter()
            .all(|&b| self.pairs[usize::from(b >> 6)] & 1 << (b & 63) != 0)
    }

    /// Whether `needle` may occur in the text (ASCII case-blind); false means it does not.
    pub fn may_contain(&self, needle: &str) -> bool {
        let n = needle.as_bytes();
        let Some((&first, rest)) = n.split_first() else {
            return true;
        };
        let mut prev = Self::fold(first);
        if rest.is_empty() {
            return self.bytes[usize::from(prev >> 6)] & 1 << (prev & 63) != 0;
        }
        for &b in rest {
            let x = Self::fold(b);
            let bit = Self::folded_bit(prev, x);
            if self.pairs[bit >> 6] & 1 << (bit & 63) == 0 {
                return false;
            }
            prev = x;
        }
        true
    }
}

/// How common a folded byte is in English news prose, as a rank for [`pair_rank`]: the
/// space and the commonest letters high, digits and brackets low. A guess is enough: it only
/// picks which pairs of a cue a gate tests first.
fn folded_rank(b: u8) -> u16 {
    match b {
        // Punctuation and digits are left as they are by `b | 0x20`.
        b' ' => 30,
        b',' | b'.' => 26,
        b'\'' | b'-' => 14,
        b'0'..=b'9' => 12,
        b'(' | b')' | b':' | b';' => 10,
        b'a'..=b'z' => u16::from(byte_rank(b)),
        _ => 3,
    }
}

/// How common a folded byte pair is, roughly: the sum of its bytes' [`folded_rank`].
fn pair_rank(a: u8, b: u8) -> u16 {
    folded_rank(a) + folded_rank(b)
}

/// A cue list's byte-pair gates, worked out once per list: for each cue, the bits of its two
/// pairs least common in prose, tested before any other. [`Grams::may_contain`] hashes a
/// cue's pairs left to right at every test, and a cue's first pairs (` a`, `th`, `re`) are
/// in most sentences, so it tests several pairs a cue; the rarest two rule most cues out
/// with two loads. [`CueGates::may`] answers exactly what `may_contain` does.
#[derive(Debug)]
pub struct CueGates {
    cues: Vec<&'static str>,
    /// Each cue's two rarest pair bits (the same bit twice for a cue of one pair), or
    /// [`CueGates::SHORT`] for a cue under two bytes, which [`Grams::may_contain`] tests: a
    /// dense array, so that the scan of a list reads four bytes a cue.
    rare: Box<[[u16; 2]]>,
    /// Each cue's other pair bits, tested when the rare two are set.
    rest: Box<[Box<[u16]>]>,
    /// For the first 128 cues, each distinct rarest pair bit with the cues (a bit set) whose
    /// rarest it is: cues that share a stem share it (`plays`, `played`, `playing`), so
    /// [`CueGates::mask`] costs one bit test per group rather than three per cue.
    groups: Box<[(u16, u128)]>,
}

impl CueGates {
    /// The mark of a cue under two bytes (a pair bit is below 4096): [`Grams::ALWAYS`], set
    /// in every set, so that the scan of [`Allowed`] passes a short cue on to
    /// [`CueGates::may`] with the same two bit tests as any other cue, without a compare.
    const SHORT: u16 = Grams::ALWAYS;

    /// The gates of a cue list.
    pub fn new(cues: &[&'static str]) -> Self {
        let (rare, rest): (Vec<[u16; 2]>, Vec<_>) = cues.iter().map(|c| Self::gate_of(c)).unzip();
        let mut groups: Vec<(u16, u128)> = Vec::new();
        for (k, &[a, _]) in rare.iter().enumerate().take(128) {
            if a == Self::SHORT {
                continue;
            }
            match groups.iter_mut().find(|g| g.0 == a) {
                Some(g) => g.1 |= 1 << k,
                None => groups.push((a, 1 << k)),
            }
        }
        Self {
            cues: cues.to_vec(),
            rare: rare.into(),
            rest: rest.into(),
            groups: groups.into(),
        }
    }

    /// One cue's gate: its two rarest pair bits, then the others.
    fn gate_of(cue: &str) -> ([u16; 2], Box<[u16]>) {
        let mut pairs: Vec<(u16, u16)> = Vec::new();
        for w in cue.as_bytes().windows(2) {
            let (a, b) = (Grams::fold(w[0]), Grams::fold(w[1]));
            // A bit is below 4096.
            let bit = Grams::folded_bit(a, b) as u16;
            if !pairs.iter().any(|&(_, p)| p == bit) {
                pairs.push((pair_rank(a, b), bit));
            }
        }
        // Stable, so equal ranks keep the cue's order.
        pairs.sort_by_key(|&(rank, _)| rank);
        let bits: Vec<u16> = pairs.into_iter().map(|(_, bit)| bit).collect();
        match bits.as_slice() {
            [] => ([Self::SHORT; 2], Box::default()),
            [a] => ([*a, *a], Box::default()),
            [a, b, rest @ ..] => ([*a, *b], rest.into()),
        }
    }

    /// The cues, in list order.
    pub fn cues(&self) -> &[&'static str] {
        &self.cues
    }

    /// Whether cue `k` may occur in the text of `grams`: [`Grams::may_contain`] of it.
    #[inline(always)]
    pub fn may(&self, k: usize, grams: &Grams) -> bool {
        let [a, b] = self.rare[k];
        if a == Self::SHORT {
            return grams.may_contain(self.cues[k]);
        }
        grams.has_bit(a) && grams.has_bit(b) && grams.has_bits(&self.rest[k])
    }

    /// The cues the text of `grams` may hold, with their index, in list order.
    pub fn allowed<'g>(&'g self, grams: &'g Grams) -> Allowed<'g> {
        Allowed {
            gates: self,
            grams,
            next: 0,
        }
    }

    /// The bit set of the first 128 cues the text of `grams` may hold, leaving out those under
    /// two bytes: the cues of the groups whose rarest pair bit is set, each then given its
    /// whole test.
    fn mask(&self, grams: &Grams) -> u128 {
        let mut set = self.groups.iter().fold(
            0u128,
            |m, &(bit, cues)| {
                if grams.has_bit(bit) { m | cues } else { m }
            },
        );
        let mut mask: u128 = 0;
        while set != 0 {
            let k = set.trailing_zeros() as usize;
            set &= set - 1;
            if self.may(k, grams) {
                mask |= 1 << k;
            }
        }
        mask
    }
}

/// The iterator of [`CueGates::allowed`]: the scan of the rare bits is one loop inside
/// `next`, so a cue ruled out costs its two bit tests and no call. (Computing the candidates
/// by groups, as [`CueGates::mask`] does, cost more here: a scan stops at the first cue a
/// caller wants, `has_any_of` at the first hit.)
#[derive(Debug)]
pub struct Allowed<'g> {
    gates: &'g CueGates,
    grams: &'g Grams,
    /// The index of the next cue to test.
    next: usize,
}

impl<'g> Iterator for Allowed<'g> {
    type Item = (usize, &'g &'static str);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let (gates, grams) = (self.gates, self.grams);
        while self.next < gates.rare.len() {
            // The next cue whose rare two are set (or that is short), then its whole test.
            let i = gates.rare[self.next..]
                .iter()
                .position(|&[a, b]| grams.has_bit(a) && grams.has_bit(b))?;
            let k = self.next + i;
            self.next = k + 1;
            if gates.may(k, grams) {
                return Some((k, &gates.cues[k]));
            }
        }
        None
    }
}

/// The [`CueGates`] of a list of cue literals, worked out once where the list is written:
/// `ctx.has_any_of(gates!["premiere", "debut"])`.
macro_rules! gates {
    ($($cue:expr),+ $(,)?) => {{
        static GATES: ::std::sync::LazyLock<$crate::extract::context::CueGates> =
            ::std::sync::LazyLock::new(|| $crate::extract::context::CueGates::new(&[$($cue),+]));
        &*GATES
    }};
}
pub(crate) use gates;

impl<'a> Ctx<'a> {
    /// The sentence text.
    pub fn s(&self) -> &'a str {
        &self.text[self.span.clone()]
    }

    /// The organisations the sentence names, sentence-relative, left to right: `find_orgs` of
    /// the sentence, found once per sentence.
    pub fn orgs(&self) -> &[(Range<usize>, Org)] {
        self.orgs.get_or_init(|| find_orgs(self.s()))
    }

    /// The one person the previous sentence named, for `He plays ...`: its
    /// [`super::sole_person`], found when first asked for.
    pub fn prev_person(&self) -> Option<&'a str> {
        let p = self.prev?;
        p.person
            .get_or_init(|| {
                super::sole_person(&self.text[p.span.clone()], |rel| {
                    p.titles.iter().any(|(t, _)| t.start == p.span.start + rel)
                })
            })
            .as_deref()
    }

    /// Absolute offset of a sentence-relative offset.
    pub fn abs(&self, rel: usize) -> usize {
        self.span.start + rel
    }

    /// Whether an absolute span lies inside quoted speech.
    pub fn in_speech(&self, span: &Range<usize>) -> bool {
        self.speech
            .iter()
            .any(|s| s.start <= span.start && span.end <= s.end)
    }

    /// Sentence-relative offsets where `cue` occurs as whole words, case-blind.
    pub fn find(&self, cue: &str) -> Vec<usize> {
        self.find_in(self.s(), cue)
    }

    /// `find_words(hay, cue)` where `hay` is the sentence or a part of it (in any case): a cue
    /// the sentence cannot hold costs a few bit tests, not a scan.
    pub fn find_in(&self, hay: &str, cue: &str) -> Vec<usize> {
        if self.grams.may_contain(cue) {
            find_words(hay, cue)
        } else {
            Vec::new()
        }
    }

    /// `find_all(hay, cue)` where `hay` is the sentence or a part of it, skipping as
    /// [`Ctx::find_in`] does.
    pub fn find_all_in<'h>(&self, hay: &'h str, cue: &'h str) -> FindAll<'h> {
        find_all(hay, if self.grams.may_contain(cue) { cue } else { "" })
    }

    /// Whether the sentence holds any of a list's cues as whole words: [`Ctx::has_any`] with
    /// the list's gates worked out beforehand.
    pub fn has_any_of(&self, gates: &CueGates) -> bool {
        let s = self.s();
        gates.allowed(&self.grams).any(|(_, c)| has_word(s, c))
    }

    /// Whether the sentence holds any of the cues as whole words.
    pub fn has_any(&self, cues: &[&str]) -> bool {
        let s = self.s();
        cues.iter()
            .any(|c| self.grams.may_contain(c) && has_word(s, c))
    }

    /// The known title starting exactly at a sentence-relative offset: its length and name.
    pub fn title_at(&self, rel: usize) -> Option<(usize, &'a str)> {
        let at = self.abs(rel);
        self.titles
            .iter()
            .find(|(span, _)| span.start == at)
            .map(|(span, name)| (span.len(), name.as_str()))
    }

    /// The title mentions in the sentence, sentence-relative.
    pub fn title_spans(&self) -> impl Iterator<Item = (Range<usize>, &'a str)> + '_ {
        self.titles.iter().map(|(s, n)| {
            (
                s.start - self.span.start..s.end - self.span.start,
                n.as_str(),
            )
        })
    }

    /// The show a fact at sentence-relative `rel` is about: the nearest title before it unless
    /// an anaphor (`the drama`) stands between, else the first title after it, else the show
    /// in focus.
    pub fn show_near(&self, rel: usize) -> ShowRef {
        let before = self
            .title_spans()
            .filter(|(s, _)| s.end <= rel && !self.is_aside(s.start))
            .last();
        let anaphor = self.last_anaphor_before(rel);
        match (before, anaphor) {
            (Some((s, name)), Some(a)) if s.end > a => ShowRef::Named(name.to_string()),
            (Some((_, name)), None) => ShowRef::Named(name.to_string()),
            (_, Some(_)) => ShowRef::Focus,
            (None, None) => match self.title_spans().find(|(s, _)| {
                s.start >= rel
                    && !self.is_aside(s.start)
                    && !aside_at(self.s(), s.start, COMPARISON_CUES)
            }) {
                // `Debuting June 7, the rom-com pairs ...`: an anaphor before the next title
                // speaks of the show in focus.
                Some((t, _)) if self.last_anaphor_before(t.start).is_some_and(|a| a >= rel) => {
                    ShowRef::Focus
                }
                Some((_, name)) => ShowRef::Named(name.to_string()),
                None => ShowRef::Focus,
            },
        }
    }

    /// Whether a figure at sentence-relative `rel` belongs to another show brought in for
    /// comparison: the title it would attach to follows a comparison cue (`ahead of`, `than`,
    /// `For comparison,`), or the clause opens with one and names no show of its own.
    pub fn compared_at(&self, rel: usize) -> bool {
        let title = self
            .title_spans()
            .filter(|(s, _)| s.end <= rel && !self.is_aside(s.start))
            .last();
        match title {
            // `In less than two weeks since its premiere, Stranger Things 4 has`: a title
            // that opens the main clause after an opening phrase is its subject.
            Some((t, _)) if self.s()[..t.start].ends_with(", ") && self.opening_phrase(t.start) => {
                false
            }
            Some((t, _)) => {
                aside_at(self.s(), t.start, &STRONG_COMPARISON_CUES)
                    || (aside_at(self.s(), t.start, RANKING_CUES)
                        && self.s()[t.end..rel].to_ascii_lowercase().contains("record"))
            }
            None => false,
        }
    }

    /// Whether the text before the title at sentence-relative `start` is one opening phrase
    /// of the sentence, without a comma or another title of its own (`In less than two weeks
    /// since its premiere, `).
    fn opening_phrase(&self, start: usize) -> bool {
        let intro = &self.s()[..start - 2];
        !intro.contains([',', ';', '(']) && !self.title_spans().any(|(t, _)| t.start < start)
    }

    /// Whether the title at sentence-relative `start` is an aside about another work: `who
    /// wrote the 2019 hit Salt Road`, `known for Paper Lanterns`, `after starring in X`.
    pub fn is_aside(&self, start: usize) -> bool {
        // `Paper Boats (2021)` in running prose: a work with its year is an earlier work.
        let dated = self.kind == BlockKind::Paragraph
            && self.title_spans().any(|(t, _)| {
                t.start == start && {
                    let after = self.s()[t.end..].trim_start_matches(['"', '”', '’', '\'']);
                    after.starts_with(" (19") || after.starts_with(" (20")
                }
            });
        let star_of = self
            .title_spans()
            .any(|(t, _)| t.start == start && star_of(&self.s()[t.end..]));
        dated || star_of || self.in_person_bracket(start) || aside_at(self.s(), start, ASIDE_CUES)
    }

    /// Whether the title at sentence-relative `start` stands in a bracket right after a
    /// person's name: `Michael Gladis ("Mad Men")`, `Chris Black ("Ugly Betty," "Veep")`.
    fn in_person_bracket(&self, start: usize) -> bool {
        let s = self.s();
        let Some(open) = s[..start].rfind('(') else {
            return false;
        };
        start - open <= 120
            && !s[open..start].contains(')')
            && super::cast::name_ending_at(s, open, super::atoms::names::person).is_some()
    }

    /// The offset of the last anaphor (`the series`) ending before `rel`.
    pub fn last_anaphor_before(&self, rel: usize) -> Option<usize> {
        last_anaphor(&self.s()[..rel])
    }

    /// Adds a fact whose evidence is the sentence-relative span `rel`.
    pub fn push(
        &self,
        out: &mut Vec<RawFact>,
        show: ShowRef,
        claim: Claim,
        confidence: f64,
        rule: &'static str,
        rel: Range<usize>,
    ) {
        out.push(RawFact {
            show,
            claim,
            confidence,
            rule,
            span: self.abs(rel.start)..self.abs(rel.end),
            block: 0,
            section: None,
        });
    }
}

/// The offset of the last anaphor in `hay` (as whole words, case-blind): the greatest offset
/// at which any of [`ANAPHORS`] occurs. Every anaphor opens with `t`, so the `t`s are visited
/// from the last (memrchr) and the first one that opens an anaphor is the answer: one scan
/// instead of one per anaphor.
fn last_anaphor(hay: &str) -> Option<usize> {
    let h = hay.as_bytes();
    memchr::memrchr2_iter(b't', b'T', h).find(|&i| {
        // Every anaphor opens with `the ` or `this `: most `t`s are left at that.
        let opens = |w: &[u8]| h.len() - i >= w.len() && h[i..i + w.len()].eq_ignore_ascii_case(w);
        (opens(b"the ") || opens(b"this "))
            && ANAPHORS.iter().any(|a| {
                let n = a.as_bytes();
                // Byte 4 (the noun's first letter after `the `, the space after `this`) first:
                // most anaphors differ there, so the whole compare is made for few.
                h.len() - i >= n.len()
                    && h[i + 4].to_ascii_lowercase() == n[4]
                    && h[i..i + n.len()].eq_ignore_ascii_case(n)
                    && WordEdges::of(a).whole_at(hay, i, i + n.len())
            })
    })
}

/// A grammar's list of literal cues searched in one pass: for each cue, the offsets
/// [`find_all`] gives, instead of a scan (or a byte-pair test) per cue per sentence. A table
/// from each (hashed) byte pair to the cues that open with it makes the test of most
/// positions one load; a cue is compared only where its first two bytes stand.
#[derive(Debug)]
pub struct CueSet {
    cues: &'static [&'static str],
    /// For each hashed byte pair, the bit set of the cues (the first 128, of two bytes or
    /// more) that open with a pair of that hash.
    by_pair: Box<[u128; PAIR_SLOTS]>,
    /// The cues searched alone: one byte long, or after the 128th.
    alone: Vec<usize>,
    /// Each cue's byte-pair gate.
    gates: CueGates,
}

/// Up to this many cues that a sentence's byte pairs allow are searched one by one
/// ([`find_all`]); more go through the pair table in one pass.
const CUES_SEARCHED_ALONE: u32 = 3;

/// The slots of [`CueSet`]'s pair table.
const PAIR_SLOTS: usize = 1024;

impl CueSet {
    /// The table of a cue list.
    pub fn new(cues: &'static [&'static str]) -> Self {
        let mut by_pair = Box::new([0u128; PAIR_SLOTS]);
        let mut alone = Vec::new();
        for (k, cue) in cues.iter().enumerate() {
            match cue.as_bytes() {
                [a, b, ..] if k < 128 => by_pair[Self::slot(*a, *b)] |= 1 << k,
                [] => {}
                _ => alone.push(k),
            }
        }
        Self {
            cues,
            by_pair,
            alone,
            gates: CueGates::new(cues),
        }
    }

    /// The slot of a byte pair.
    #[inline]
    fn slot(a: u8, b: u8) -> usize {
        (usize::from(a) << 3 ^ usize::from(b)) & (PAIR_SLOTS - 1)
    }

    /// Every cue's non-overlapping occurrences in `hay`, as [`find_all`] finds them: the
    /// table's pass without the byte-pair test, which the tests hold
    /// [`CueSet::find_all_in`] to.
    #[cfg(test)]
    pub fn find_all(&self, hay: &str) -> CueHits {
        let mut hits = Vec::new();
        self.scan(hay, u128::MAX, &mut hits);
        for &k in &self.alone {
            hits.extend(find_all(hay, self.cues[k]).map(|at| (k, at)));
        }
        hits.sort_unstable();
        CueHits { hits }
    }

    /// [`CueSet::find_all`] where `grams` are the byte pairs of a text that holds `hay` (a
    /// sentence, or the sentence itself): the cues the pairs rule out are not searched (a cue
    /// test of a few bit loads, the pairs hashed beforehand), a few left are searched one by
    /// one, and the table's pass over `hay` is made only for more.
    pub fn find_all_in(&self, hay: &str, grams: &Grams) -> CueHits {
        let mut hits = Vec::new();
        let mask = self.gates.mask(grams);
        if mask.count_ones() > CUES_SEARCHED_ALONE {
            self.scan(hay, mask, &mut hits);
        } else {
            let mut set = mask;
            while set != 0 {
                let k = set.trailing_zeros() as usize;
                set &= set - 1;
                hits.extend(find_all(hay, self.cues[k]).map(|at| (k, at)));
            }
        }
        for &k in &self.alone {
            if grams.may_contain(self.cues[k]) {
                hits.extend(find_all(hay, self.cues[k]).map(|at| (k, at)));
            }
        }
        hits.sort_unstable();
        CueHits { hits }
    }

    /// The pair table's pass over `hay` for the cues in `mask` (of the first 128).
    fn scan(&self, hay: &str, mask: u128, hits: &mut Vec<(usize, usize)>) {
        let h = hay.as_bytes();
        // Where each cue's last occurrence taken ends: the next must start there or later.
        let mut free_from = [0usize; 128];
        for i in 0..h.len().saturating_sub(1) {
            let mut set = self.by_pair[Self::slot(h[i], h[i + 1])] & mask;
            while set != 0 {
                let k = set.trailing_zeros() as usize;
                set &= set - 1;
                let cue = self.cues[k].as_bytes();
                if i >= free_from[k] && h[i..].starts_with(cue) {
                    hits.push((k, i));
                    free_from[k] = i + cue.len();
                }
            }
        }
    }
}

/// What [`CueSet::find_all`] found: (cue index, offset) pairs, by cue and offset.
#[derive(Debug)]
pub struct CueHits {
    hits: Vec<(usize, usize)>,
}

impl CueHits {
    /// Every (cue, offset), by cue and then offset: the offsets of each cue in list order,
    /// without a search for where each cue's offsets start (a loop over the list asked for
    /// every cue's offsets, most cues having none).
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.hits.iter().copied()
    }

    /// The offsets of cue `k`, left to right: `find_all(hay, cues[k])`. For the tests that
    /// hold the hits to the searches; the grammars take them all by [`CueHits::iter`].
    #[cfg(test)]
    pub fn of(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        let from = self.hits.partition_point(|&(c, _)| c < k);
        self.hits[from..]
            .iter()
            .take_while(move |&&(c, _)| c == k)
            .map(|&(_, at)| at)
    }
}

/// Offsets of the non-overlapping occurrences of `needle` in `hay`, left to right: what
/// `str::match_indices` finds, without building a Two-Way searcher for every short sentence.
/// Candidates are the positions of the needle's rarest byte (memchr): every occurrence holds
/// it at the same offset, so the candidates are visited in the same order whichever byte is
/// searched, and a rare one leaves fewer to compare. An empty needle finds nothing.
// `#[inline]` here and on the helpers below: without it, whether `harvest` got them inline
// changed from build to build with edits elsewhere (about 10M instructions on 600 articles).
#[inline]
pub fn find_all<'h>(hay: &'h str, needle: &'h str) -> FindAll<'h> {
    let n = needle.as_bytes();
    FindAll {
        hay: hay.as_bytes(),
        needle: n,
        key: rarest(n),
        pos: 0,
    }
}

/// How often a byte turns up in English news prose, in either case, as a rank: 0 for bytes
/// rarer than any letter (digits, punctuation, non-ASCII), up to 27 for the space. A guess is
/// enough: it only picks which byte of a needle a scan looks for.
const fn byte_rank(b: u8) -> u8 {
    const BY_FREQUENCY: &[u8; 27] = b"zqxjkvbpygfwmucldrhsnioate ";
    let b = b.to_ascii_lowercase();
    let mut i = 0;
    while i < BY_FREQUENCY.len() {
        if BY_FREQUENCY[i] == b {
            // Letters 1 to 26, the space 27.
            return i as u8 + 1;
        }
        i += 1;
    }
    0
}

/// [`byte_rank`] of every byte.
static BYTE_RANK: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = byte_rank(b as u8);
        b += 1;
    }
    t
};

/// The offset of the needle's rarest byte by [`byte_rank`] (the first of equals); 0 when the
/// needle is empty.
fn rarest(needle: &[u8]) -> usize {
    // The rank of the rarest byte so far is kept, not looked up again for every byte.
    let (mut key, mut best) = (0, u8::MAX);
    for (i, &b) in needle.iter().enumerate() {
        let rank = BYTE_RANK[usize::from(b)];
        if rank < best {
            (key, best) = (i, rank);
            // No byte ranks below 0, and only a lower rank moves the key.
            if rank == 0 {
                break;
            }
        }
    }
    key
}

/// The iterator of [`find_all`].
#[derive(Debug, Clone)]
pub struct FindAll<'h> {
    hay: &'h [u8],
    needle: &'h [u8],
    /// The offset in the needle of the byte searched for.
    key: usize,
    /// Where the next match may start.
    pos: usize,
}

impl Iterator for FindAll<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (h, n, k) = (self.hay, self.needle, self.key);
        if n.is_empty() {
            return None;
        }
        while self.pos + n.len() <= h.len() {
            let window = &h[self.pos + k..h.len() - n.len() + k + 1];
            let i = self.pos + memchr::memchr(n[k], window)?;
            if &h[i..i + n.len()] == n {
                self.pos = i + n.len();
                return Some(i);
            }
            self.pos = i + 1;
        }
        None
    }
}

/// `hay.find(needle)` through [`find_all`]: no Two-Way searcher built for one short search.
#[inline]
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    find_all(hay, needle).next()
}

/// `hay.rfind(needle)` without a Two-Way searcher: the positions of the needle's first byte,
/// last first (memrchr), tested for the needle. For short hays and needles.
#[inline]
pub fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let &first = n.first()?;
    memchr::memrchr_iter(first, h).find(|&i| h[i..].starts_with(n))
}

/// `hay.rsplit_once(needle)` through [`rfind_str`].
#[inline]
pub fn rsplit_once_str<'h>(hay: &'h str, needle: &str) -> Option<(&'h str, &'h str)> {
    rfind_str(hay, needle).map(|i| (&hay[..i], &hay[i + needle.len()..]))
}

/// `hay.split(needle)` through [`find_all`]: the pieces between the matches, which are
/// `str::split`'s (leftmost, not overlapping). For a needle that is not empty.
#[inline]
pub fn split_str<'h>(hay: &'h str, needle: &'h str) -> impl Iterator<Item = &'h str> {
    debug_assert!(!needle.is_empty());
    let mut hits = find_all(hay, needle);
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        match hits.next() {
            Some(i) => {
                start = Some(i + needle.len());
                Some(&hay[from..i])
            }
            None => {
                start = None;
                Some(&hay[from..])
            }
        }
    })
}

/// Offsets where `needle` occurs in `hay` as whole words, ignoring ASCII case.
pub fn find_words(hay: &str, needle: &str) -> Vec<usize> {
    let mut out = Vec::new();
    each_word(hay, needle, |i| {
        out.push(i);
        true
    });
    out
}

/// A list of needles searched as whole words, ignoring ASCII case, in one pass over a hay:
/// for each needle, the offsets [`find_words`] gives. A needle that opens with an ASCII letter
/// or digit can only occur where that byte (in either case) starts a word; a table from byte
/// to the needles it opens, built once per list, makes the test of most bytes one load. Other
/// needles (and any after the 64th) are searched alone.
#[derive(Debug)]
pub struct WordCues {
    needles: &'static [&'static str],
    /// For each byte, the bit set of the needles it may open.
    opens: [u64; 256],
    /// Each needle's word ends.
    edges: Vec<WordEdges>,
    /// The needles searched alone.
    alone: Vec<usize>,
}

impl WordCues {
    /// The table of a needle list.
    pub fn new(needles: &'static [&'static str]) -> Self {
        let mut opens = [0u64; 256];
        let mut alone = Vec::new();
        for (k, n) in needles.iter().enumerate() {
            match n.as_bytes().first() {
                Some(&b) if b.is_ascii_alphanumeric() && k < 64 => {
                    opens[usize::from(b.to_ascii_lowercase())] |= 1 << k;
                    opens[usize::from(b.to_ascii_uppercase())] |= 1 << k;
                }
                _ => alone.push(k),
            }
        }
        Self {
            needles,
            opens,
            edges: needles.iter().map(|n| WordEdges::of(n)).collect(),
            alone,
        }
    }

    /// Every needle's whole-word offsets in `hay`: `find_words(hay, needles[k])` is the
    /// offsets `hits.iter()` pairs with `k`.
    pub fn find(&self, hay: &str) -> CueHits {
        let mut hits = Vec::new();
        for &k in &self.alone {
            hits.extend(find_words(hay, self.needles[k]).into_iter().map(|i| (k, i)));
        }
        let h = hay.as_bytes();
        for (i, &b) in h.iter().enumerate() {
            let mut set = self.opens[usize::from(b)];
            // An ASCII byte is a char boundary; the char before it must not be a letter or digit.
            if set == 0 || alnum_before(hay, i) {
                continue;
            }
            while set != 0 {
                let k = set.trailing_zeros() as usize;
                set &= set - 1;
                let n = self.needles[k].as_bytes();
                if h.len() - i >= n.len()
                    && h[i..i + n.len()].eq_ignore_ascii_case(n)
                    && self.edges[k].whole_at(hay, i, i + n.len())
                {
                    hits.push((k, i));
                }
            }
        }
        hits.sort_unstable();
        CueHits { hits }
    }
}

/// Whether `needle` occurs in `hay` as a whole word, ignoring ASCII case: `find_words` that
/// stops at the first hit and allocates nothing.
pub fn has_word(hay: &str, needle: &str) -> bool {
    let mut found = false;
    each_word(hay, needle, |_| {
        found = true;
        false
    });
    found
}

/// The offsets of `find_words(hay, needle)` where `hay` holds `needle` in the same case: for
/// a needle searched many times over a long text (a title over its article), one memmem
/// searcher instead of a check at each occurrence of its first letter in either case.
pub fn find_words_exact(hay: &str, needle: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let finder = memchr::memmem::Finder::new(needle);
    let edges = WordEdges::of(needle);
    let mut pos = 0;
    // Occurrences may overlap (`Aa Aa` in `Aa Aa Aa`), so each search starts one byte on.
    while let Some(i) = finder.find(&hay.as_bytes()[pos..]) {
        let i = pos + i;
        if edges.whole_at(hay, i, i + needle.len()) {
            out.push(i);
        }
        pos = i + 1;
    }
    out
}

/// Calls `hit` with each offset where `needle` occurs in `hay` as a whole word, ignoring ASCII
/// case, left to right, until it returns false. Candidates are the positions of the needle's
/// first byte in either case (memchr), so a miss costs a SIMD scan, not a compare per byte.
fn each_word(hay: &str, needle: &str, mut hit: impl FnMut(usize) -> bool) {
    if needle.is_empty() || hay.len() < needle.len() {
        return;
    }
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    // The needle's rarest byte, in either case, at offset `k` of every candidate start `i`.
    let k = rarest(n);
    let (lo, up) = (n[k].to_ascii_lowercase(), n[k].to_ascii_uppercase());
    let edges = WordEdges::of(needle);
    // Byte `k` of every start with room for the whole needle: position `i` in this window is
    // byte `i + k` of the hay.
    let keys = &h[k..=h.len() - n.len() + k];
    let test =
        |i: usize| h[i..i + n.len()].eq_ignore_ascii_case(n) && edges.whole_at(hay, i, i + n.len());
    // A byte without case (a digit, a sign, a space) is searched for alone: memchr2 with the
    // same byte twice finds the same places at the cost of two.
    if lo == up {
        for i in memchr::memchr_iter(lo, keys) {
            if test(i) && !hit(i) {
                return;
            }
        }
    } else {
        for i in memchr::memchr2_iter(lo, up, keys) {
            if test(i) && !hit(i) {
                return;
            }
        }
    }
}

/// Which ends of a needle are word characters, so that a neighbour there must not be one: an
/// occurrence is whole words when it lies on char boundaries and is not inside a longer word
/// at either end that is a letter or digit.
#[derive(Debug)]
struct WordEdges {
    starts_word: bool,
    ends_word: bool,
}

impl WordEdges {
    fn of(needle: &str) -> Self {
        // ASCII ends without decoding a char.
        let starts_word = match needle.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            _ => needle.chars().next().is_some_and(char::is_alphanumeric),
        };
        let ends_word = match needle.as_bytes().last() {
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            _ => needle
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric),
        };
        Self {
            starts_word,
            ends_word,
        }
    }

    /// Whether `hay[i..end]` stands as whole words.
    fn whole_at(&self, hay: &str, i: usize, end: usize) -> bool {
        hay.is_char_boundary(i)
            && hay.is_char_boundary(end)
            && (!self.starts_word || !alnum_before(hay, i))
            && (!self.ends_word || !alnum_after(hay, end))
    }
}

/// Whether the character before byte `i` (a char boundary) is a letter or digit; ASCII
/// without decoding.
fn alnum_before(hay: &str, i: usize) -> bool {
    match hay.as_bytes()[..i].last() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => hay[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

/// Whether the character at byte `i` (a char boundary) is a letter or digit.
fn alnum_after(hay: &str, i: usize) -> bool {
    match hay.as_bytes().get(i) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => hay[i..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rarest_is_the_first_rarest_byte() {
        // As first written: each byte's rank against the rank of the key so far.
        let old = |needle: &[u8]| {
            let mut key = 0;
            for (i, &b) in needle.iter().enumerate() {
                if BYTE_RANK[usize::from(b)] < BYTE_RANK[usize::from(needle[key])] {
                    key = i;
                }
            }
            key
        };
        let mut needles: Vec<Vec<u8>> = [
            "",
            "a",
            "premiere",
            "the drama",
            "zz",
            "qqq",
            "Kim's",
            "2024 (",
            "김수현",
            " e ",
            "xylophone",
            "eeeeq",
            "qeeee",
        ]
        .iter()
        .map(|n| n.as_bytes().to_vec())
        .collect();
        // Every byte alone, after a common one and before it.
        for b in 0..=255u8 {
            needles.extend([vec![b], vec![b'e', b], vec![b, b'e'], vec![b, b]]);
        }
        for n in &needles {
            assert_eq!(rarest(n), old(n), "{n:?}");
        }
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(
            find_words("The series stars Kim, a star.", "star"),
            vec![24]
        );
        assert_eq!(find_words("stars STARS", "stars"), vec![0, 6]);
        assert_eq!(find_words("“Sunshine” and 김Sunshine", "Sunshine"), vec![3]);
        assert!(has_word("It STARS Kim.", "stars") && !has_word("Kim stars.", "star"));
    }

    /// The byte-by-byte scan `find_words` replaced: every position compared.
    fn naive(hay: &str, needle: &str) -> Vec<usize> {
        let (h, n) = (hay.as_bytes(), needle.as_bytes());
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        (0..(h.len() + 1).saturating_sub(n.len()))
            .filter(|&i| {
                !n.is_empty()
                    && h[i..i + n.len()].eq_ignore_ascii_case(n)
                    && hay.is_char_boundary(i)
                    && hay.is_char_boundary(i + n.len())
                    && !(alnum(needle.chars().next()) && alnum(hay[..i].chars().next_back()))
                    && !(alnum(needle.chars().next_back())
                        && alnum(hay[i + n.len()..].chars().next()))
            })
            .collect()
    }

    #[test]
    fn word_cues_are_find_words_of_each() {
        let hays = [
            "It is a romantic comedy, an A-list thriller; the kind of show. Its new season",
            "a a  A,a.a's 김a a김 é a ée the-the THE the",
            "kind of  kind ofs sort of type of, romantic new new-york",
            "",
            "a",
        ];
        static NEEDLES: &[&str] = &[
            "a", "an", "the", "this", "its", "kind of", "sort of", "type of", "romantic", "new",
            " a", "'s", "é", "a a", "",
        ];
        let needles = NEEDLES;
        let cues = WordCues::new(needles);
        for h in hays {
            let hits = cues.find(h);
            for (k, n) in needles.iter().enumerate() {
                assert_eq!(
                    hits.of(k).collect::<Vec<_>>(),
                    find_words(h, n),
                    "{h:?} {n:?}"
                );
            }
        }
    }

    #[test]
    fn clause_of_is_the_last_split() {
        for s in [
            "who starred in (the 2019 film; \"X.\" and",
            "김치; 지난해 (드라마) 주연.",
            "no separator at all",
            "ends with a separator.",
            ".;()",
            "",
        ] {
            assert_eq!(
                clause_of(s),
                s.rsplit([';', '(', ')', '.']).next().unwrap_or(s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn grams_never_deny_what_occurs() {
        let s = "The K-Drama \"Moon Harbor\" (2024) premiered on tvN, 김 starring Ha.";
        let g = Grams::of(s);
        for i in 0..s.len() {
            for j in i..=s.len() {
                if s.is_char_boundary(i) && s.is_char_boundary(j) {
                    let sub = &s[i..j];
                    assert!(g.may_contain(sub), "{sub:?}");
                    assert!(g.may_contain(&sub.to_ascii_uppercase()), "{sub:?}");
                }
            }
        }
        // Pairs and bytes that are not there are mostly told apart.
        let absent = [
            "x", "qz", "plays", "portrays", "finale", "Netflix", "episodes",
        ];
        assert!(absent.iter().all(|a| !g.may_contain(a)), "{g:?}");
    }

    /// `aside_at` as first written: the lower-cased clause, each cue searched.
    fn aside_at_by_scan(s: &str, start: usize, cues: &[&str]) -> bool {
        let from = start.saturating_sub(60);
        let from = (from..=start)
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(start);
        let before = s[from..start].to_ascii_lowercase();
        let clause = before
            .rsplit([';', '(', ')', '.'])
            .next()
            .unwrap_or(&before);
        cues.iter().any(|c| clause.contains(c))
    }

    #[test]
    fn aside_automata_find_what_a_scan_finds() {
        let lists: [&[&str]; 5] = [
            ASIDE_CUES,
            COMPARISON_CUES,
            RANKING_CUES,
            &STRONG_COMPARISON_CUES,
            &["Known For", "x"],
        ];
        for list in lists {
            assert!(list.iter().any(|c| *c != c.to_ascii_lowercase()) == (list.len() == 2));
        }
        let texts = [
            "Kim, who WROTE the 2019 hit Salt Road, returns in Moon Harbor.",
            "Known for Paper Lanterns (2020); Park now stars in Moon Harbor",
            "It drew more than Moon Harbor. It was ahead OF Sea Glass",
            "Ha, best known from the drama é Sea, and Ha's 2019 film",
            "The show OVERTOOK Sea Glass and beat Moon (the rival) record",
            "김수현 (Kim) known for 눈물의 여왕 Queen; than Tears like X",
            "",
        ];
        for text in texts {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for list in lists {
                    assert_eq!(
                        aside_at(text, start, list),
                        aside_at_by_scan(text, start, list),
                        "{text:?} {start} {list:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn last_anaphor_is_the_last_of_each_anaphors_search() {
        // The memrchr scan finds only anaphors that open with `the ` or `this `.
        assert!(
            ANAPHORS
                .iter()
                .all(|a| a.starts_with("the ") || a.starts_with("this "))
        );
        // Byte 4, compared first, is in every anaphor, in lower case.
        assert!(
            ANAPHORS
                .iter()
                .all(|a| a.len() > 4 && *a == a.to_ascii_lowercase())
        );
        // The search first written: the lower-cased hay, each anaphor's last whole-word hit.
        let by_search = |hay: &str| {
            let lower = hay.to_ascii_lowercase();
            ANAPHORS
                .iter()
                .filter_map(|a| find_words(&lower, a).last().copied())
                .max()
        };
        let texts = [
            "The drama, THE SERIES and the shows; the seriesX, xthe drama: This Drama ends",
            "Debuting June 7, the rom-com pairs Kim with the romantic comedy's star; the",
            "김the film 김 the movie, the k-drama/the kdrama (the programme) the program",
            "the story the sequel the season the hit the title the project the production",
            "the thriller the romance the miniseries the sitcom this series the show",
            "",
            "t",
        ];
        for text in texts {
            for rel in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let hay = &text[..rel];
                assert_eq!(last_anaphor(hay), by_search(hay), "{hay:?}");
            }
        }
    }

    #[test]
    fn cue_sets_find_what_each_cue_finds() {
        static CUES: &[&str] = &[
            " plays ", " plays", "lays ", " plays ", "", " as ", " as", "s a", "aa", "aaa", "김",
            " (", "s", "김",
        ];
        let set = CueSet::new(CUES);
        let hays = [
            " plays  plays plays ",
            "Kim plays Park as a doctor, as  as aaaaa 김김 (김) (",
            "",
            "aaaa plays",
        ];
        for h in hays {
            // With the hay's own pairs, and a longer text's (the sentence around a part).
            let own = Grams::of(h);
            let wider = Grams::of(&format!("{h} aaa plays as (김"));
            for hits in [
                set.find_all(h),
                set.find_all_in(h, &own),
                set.find_all_in(h, &wider),
            ] {
                for (k, cue) in CUES.iter().enumerate() {
                    let want: Vec<usize> = find_all(h, cue).collect();
                    assert_eq!(hits.of(k).collect::<Vec<_>>(), want, "{h:?} {cue:?}");
                }
                // All of them in one pass: each cue's offsets in list order.
                let each: Vec<(usize, usize)> = (0..CUES.len())
                    .flat_map(|k| hits.of(k).map(move |at| (k, at)))
                    .collect();
                assert_eq!(hits.iter().collect::<Vec<_>>(), each, "{h:?}");
            }
        }
    }

    #[test]
    fn cue_gates_answer_as_may_contain() {
        let texts = [
            "Kim plays Park as a doctor",
            "AS A",
            "",
            "김 (김)",
            "x",
            "The drama premiered, 2024 (tvN)",
        ];
        static NEEDLES: &[&str] = &[
            " plays ",
            "as a",
            "김",
            " (",
            "zz",
            "ya",
            "Ok",
            "  ",
            "",
            "x",
            "premiered",
            "the drama",
            "2024 (",
            "aaaa",
        ];
        let gates = CueGates::new(NEEDLES);
        for t in texts {
            let g = Grams::of(t);
            for (k, n) in NEEDLES.iter().enumerate() {
                assert_eq!(gates.may(k, &g), g.may_contain(n), "{t:?} {n:?}");
            }
            let allowed: Vec<usize> = gates.allowed(&g).map(|(k, _)| k).collect();
            let want: Vec<usize> = (0..NEEDLES.len())
                .filter(|&k| g.may_contain(NEEDLES[k]))
                .collect();
            assert_eq!(allowed, want, "{t:?}");
        }
    }

    #[test]
    fn cue_gates_mask_by_groups_is_the_cue_by_cue_mask() {
        // The scan as first written: every cue's rare two, then its whole test, in list
        // order; and the mask of the first 128 cues of two bytes or more.
        let scan = |gates: &CueGates, g: &Grams| -> Vec<usize> {
            (0..gates.cues.len())
                .filter(|&k| {
                    let [a, b] = gates.rare[k];
                    (a == CueGates::SHORT || g.has_bit(a) && g.has_bit(b)) && gates.may(k, g)
                })
                .collect()
        };
        let mask = |gates: &CueGates, g: &Grams| -> u128 {
            let mut mask = 0;
            for (k, &[a, b]) in gates.rare.iter().take(128).enumerate() {
                if a != CueGates::SHORT
                    && g.has_bit(a)
                    && g.has_bit(b)
                    && g.has_bits(&gates.rest[k])
                {
                    mask |= 1 << k;
                }
            }
            mask
        };
        // A long list (three blocks of 128) of stems and their forms, with short cues.
        let words = [
            "premiere", "debut", "air", "launch", "drop", "end", "conclude", "start", "begin",
            "star", "play", "a", "x", "kick off", "land", "bow", "open", "return", "wrap up",
        ];
        let mut cues: Vec<&'static str> = Vec::new();
        for w in words {
            for form in ["", "s", "d", "ed", "ing", " on", "s on"] {
                let cue: &'static str = Box::leak(format!("{w}{form}").into_boxed_str());
                cues.push(cue);
            }
        }
        for extra in ["", "김", "(", "  ", "2024 ("] {
            cues.push(extra);
        }
        cues.extend(cues.clone());
        cues.extend(cues.clone());
        assert!(cues.len() > 256, "{}", cues.len());
        let lists = [
            cues.as_slice(),
            &cues[..10],
            &cues[..128],
            &cues[..129],
            &[][..],
        ];
        let texts = [
            "The drama premiered on March 9 and airs on tvN",
            "It debuted, kicked off and landed; it ends",
            "Kim plays Park as a doctor",
            "",
            "x",
            "김 (김) 2024 (",
            "STARS BEGIN STARTING",
        ];
        for list in lists {
            let gates = CueGates::new(list);
            for t in texts {
                let g = Grams::of(t);
                let allowed: Vec<usize> = gates.allowed(&g).map(|(k, _)| k).collect();
                assert_eq!(allowed, scan(&gates, &g), "{t:?} {}", list.len());
                assert_eq!(gates.mask(&g), mask(&gates, &g), "{t:?} {}", list.len());
            }
        }
    }

    #[test]
    fn str_helpers_are_the_std_searches() {
        let hays = [
            "Sienna Vale and Graham Tully and Jo, Park",
            " and ",
            "and and  and ",
            "",
            "a",
            "Alice on SBS on Netflix",
            "SBS’ Business Proposal’s ’ ' 's 's",
            "김 (김), ( with  with",
            "Nine Days in Tangier in 1968",
            ", , ,, ",
        ];
        for h in hays {
            for n in [
                " and ", ", ", " on ", "'s ", "’s ", "’ ", "' ", " (", " in ", " with ", "김", "a",
                ",", "and",
            ] {
                assert_eq!(find_str(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(rfind_str(h, n), h.rfind(n), "{h:?} {n:?}");
                assert_eq!(rsplit_once_str(h, n), h.rsplit_once(n), "{h:?} {n:?}");
                assert_eq!(
                    split_str(h, n).collect::<Vec<_>>(),
                    h.split(n).collect::<Vec<_>>(),
                    "{h:?} {n:?}"
                );
            }
        }
    }

    #[test]
    fn find_all_is_match_indices() {
        let hays = [
            " plays  plays plays ",
            "Kim (Park) (Lee), played by Ha, played by ",
            "a",
            "",
            " is  is is",
            "김 (김), (",
            "The 16-episode drama; a six-part series, 12-episodes, episode 4 episodes",
            "zzz zz zzzz, Qx qx; 2019-2020",
        ];
        for h in hays {
            for n in [
                " plays ",
                " (",
                ", played by ",
                " is ",
                "is",
                "a",
                "김",
                " ",
                "  ",
                "-episode",
                " episode",
                "-episodes",
                "zz",
                "zzz",
                "2019",
                "-part",
                "6-e",
            ] {
                let theirs: Vec<usize> = h.match_indices(n).map(|(i, _)| i).collect();
                assert_eq!(find_all(h, n).collect::<Vec<_>>(), theirs, "{h:?} {n:?}");
            }
        }
    }

    #[test]
    fn memchr_scan_finds_what_a_byte_scan_finds() {
        let hays = [
            "As the drama, as AS as-is; Kim as Park (as) “as” 김as as",
            "the series' (the SERIES) theseries the series.the series",
            "",
            "a",
            "é, ée, E é",
            "'s 20 and the 2019 hit, the 20s",
            "Aa Aa Aa, aa Aa",
            "The 16-episode drama, a 12-part series; kind of a new romantic comedy. Its",
            "Season 2 season 3 (Season 4), the 2019 hit; 김 Kim-é, Kim é",
        ];
        let needles = [
            "Aa Aa",
            "-episode",
            " episode",
            "kind of",
            "its",
            "Season ",
            "Kim-é",
            "é,",
            "2019",
            " (",
            "-",
            "as",
            "AS",
            "the series",
            "s",
            "é",
            "e",
            "'s 20",
            "the 20",
            " than ",
            "x",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(find_words(h, n), naive(h, n), "{h:?} {n:?}");
                assert_eq!(has_word(h, n), !naive(h, n).is_empty(), "{h:?} {n:?}");
                let exact: Vec<usize> = naive(h, n)
                    .into_iter()
                    .filter(|&i| h[i..].starts_with(n))
                    .collect();
                assert_eq!(find_words_exact(h, n), exact, "{h:?} {n:?}");
            }
        }
    }
}

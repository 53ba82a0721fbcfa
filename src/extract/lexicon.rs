//! The article's show titles: harvested where the text marks a title, then found wherever they recur.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::atoms::words::{PrefixSet, WordSet};
use super::atoms::{date, names, number, org, title};
use super::context::{
    CueGates, Grams, find_all, find_str, find_words, find_words_exact, gates, rsplit_once_str,
    split_str,
};
use crate::text::{Block, BlockKind, Sentence};

/// Type words after which a title follows: `the tvN drama Queen of Tears`.
const TYPE_WORDS: &[&str] = &[
    "drama",
    "dramas",
    "series",
    "film",
    "movie",
    "k-drama",
    "kdrama",
    "show",
    "sitcom",
    "miniseries",
    "starrer",
    "thriller",
    "comedy",
    "romance",
    "melodrama",
    "adaptation",
    "remake",
    "sequel",
    "original",
    "anime",
    "documentary",
    "rom-com",
    "title",
    "hit",
    "mini-series",
    "blockbuster",
    "dramedy",
];

/// The membership tests of [`TYPE_WORDS`], [`PLACES`], [`NOT_TITLES`], [`NOT_WORKS`] and
/// [`GENERIC`] as hash sets built once from the lists: `<[&str]>::contains` compared a word
/// with every entry (`appositive` asks for five words after each title candidate).
static TYPE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TYPE_WORDS));
static PLACE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PLACES));
static NOT_TITLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_TITLES));
static NOT_WORK_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_WORKS));
static GENERIC_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(GENERIC));

/// Headline labels before the title a review or recap is about.
const REVIEW_LABELS: &[&str] = &[
    "review",
    "first impressions",
    "first impression",
    "first look",
    "recap",
    "drama review",
    "tv review",
    "film review",
    "movie review",
    "series review",
    "k-drama review",
    "mini review",
];

/// Plural type words that may open a list of titles.
const PLURAL_TYPE_WORDS: &[&str] = &[
    "comedies",
    "dramas",
    "sitcoms",
    "thrillers",
    "docuseries",
    "k-dramas",
    "miniseries",
];

/// What may follow a bare title at the start of a clause and mark it as one.
const TITLE_FOLLOWERS: &[&str] = &[
    ", which",
    " stars ",
    " starring",
    " premiered",
    " premieres",
    " will premiere",
    " will debut",
    " will launch",
    " launches on",
    " will bow",
    " bows on",
    " will return on",
    " is set to",
    " aired",
    " airs ",
    " debuted",
    " debuts",
    " follows",
    " tells",
    " centers",
    " centres",
    " revolves",
    " ranked",
    " topped",
    " took the",
    " held the",
    " recorded",
    " drew",
    " garnered",
    " amassed",
    " came in",
    " also stars",
    " co-stars",
    " is available",
    " was released",
    " is streaming",
    " (literal",
    " (20",
    " (19",
    " concluded",
    " ended",
    " wrapped",
    " returns",
    " Season ",
    " season ",
    " climbed",
    " placed",
    " landed",
    " secured",
    " claimed",
    " rose",
    " remained",
    " maintained",
    " is based",
    " was written",
    " was directed",
    " is directed",
    " is written",
    " features",
    " earned",
    " logged",
    " racked",
    " continues",
    " continued",
    " followed",
    " in second",
    " in third",
    " in fourth",
    " in fifth",
    " at No",
    " at number",
    " with ",
    " has surpassed",
    " has become",
    " has drawn",
    " has recorded",
    " has topped",
    " has amassed",
    " has garnered",
    " has logged",
    " has crossed",
    " has claimed",
    " has held",
    " has ranked",
    " has returned",
    " was second",
    " was third",
    " was fourth",
    " was fifth",
    " came second",
    " came third",
    " was No",
    " at #",
    " took second",
    " took third",
    " finished",
    " dominated",
    " led the",
    " slipped",
    " fell to",
    " dropped to",
    " closed out",
    " said goodbye",
    " wrapped up",
    " clocked",
    " explores",
    " depicts",
    " chronicles",
    " focuses on",
    " is about",
    ", featuring",
    ", starring",
    " will tell",
];

/// What opens an appositive or a predicate after a title: `, the`, ` is a`.
const APPOSITIVE_OPENERS: &[&str] = &[
    ", the ",
    ", another ",
    ", a ",
    ", an ",
    ", her ",
    ", his ",
    ", their ",
    ", its ",
    " is a ",
    " is an ",
    " was a ",
    " was an ",
    " is the ",
    " was the ",
    " is one of ",
];

/// Verbs after a clause-initial candidate that only a show takes as subject.
const SHOW_VERBS: &[&str] = &[
    " is penned by",
    " was penned by",
    " is written by",
    " was written by",
    " is directed by",
    " was directed by",
    " is helmed by",
    " was helmed by",
    " premiered",
    " premieres",
    " will premiere",
    " aired",
    " airs ",
    " is based on",
    " was based on",
    " follows ",
    " centers on",
    " centres on",
    " revolves around",
    " is the story of",
    " tells the story of",
    " topped",
    " drew ",
    " recorded ",
    " garnered",
    " is set to premiere",
    " will debut on",
    " debuts on",
    " will launch on",
    " launches on",
    " will return on",
    " returns on",
    " is available",
    " is streaming",
    " was released",
    " will be released",
    " ran for",
    " consists of",
    " became one of",
    // `The Weakest Link was watched by 3,020,000`.
    " was watched by",
    " is watched by",
    " has been sold",
    " wrapped filming",
    // Renewals and returns: `The Bear is back for season 2`.
    " is back for season",
    " returns for season",
    " returns for a ",
    " has been renewed",
    " was renewed",
    " has been canceled",
    " has been cancelled",
    " was canceled",
    " was cancelled",
];

/// Followers that still mark a title when the candidate also reads as a person's name.
const STRONG_FOLLOWERS: &[&str] = &[
    " (literal",
    " (Korean",
    " (Hangul",
    " (lit.",
    " (also known",
    " (formerly known",
    " (formerly titled",
    " (previously titled",
    " (a.k.a",
    " (stylized",
    " (original title",
    " (working title",
    " (20",
    " (19",
    ", which aired",
    ", which premiered",
    ", which is",
    " premiered",
    " aired",
    " debuted",
    // What a story does, never a person: `Triangle revolves around three brothers`.
    " revolves around",
    " is the story of",
    // A person makes *their* debut: `Interceptor made its debut atop the list`.
    " made its debut",
    " makes its debut",
    // `The Fiery Priest 2 which premiered on November 8 on SBS`.
    " which premiered",
    " which aired",
    " which debuted",
    // A show's seasons and cast, never a person's: `Harbor Lane Season 2 adds`, `1923 has
    // added to its cast`.
    " Season 1",
    " Season 2",
    " Season 3",
    " Season 4",
    " Season 5",
    " Season 6",
    " Season 7",
    " Season 8",
    " Season 9",
    " adds to its cast",
    " has added to its cast",
    " has added to the cast",
];

/// The titles of one article and where they occur.
#[derive(Debug, Default)]
pub struct Lexicon {
    mentions: Vec<(Range<usize>, String)>,
}

impl Lexicon {
    /// Harvests titles from the sentences outside quoted speech, then finds every occurrence.
    ///
    /// `grams[i]` gets the byte pairs of `sentences[i]` when it is harvested (every sentence
    /// outside quoted speech), so that extraction does not make them again. The blocks
    /// `cast_list` marks hold actors, so their heads are read as prose, not as titles.
    pub fn build(
        text: &str,
        blocks: &[Block],
        sentences: &[Sentence],
        cast_list: &[bool],
        grams: &mut [Option<Grams>],
    ) -> Self {
        let mut titles = BTreeSet::new();
        let mut headline = BTreeSet::new();
        // Block 0 is a headline when it is one short line without a closing full stop; an
        // article that opens with prose has none.
        let is_headline = blocks.len() > 1
            && blocks.first().is_some_and(|b| {
                let line = text[b.span.clone()].trim();
                line.len() <= 140 && !line.contains('\n') && !line.ends_with('.')
            });
        for (s, g) in sentences
            .iter()
            .zip(grams.iter_mut())
            .filter(|(s, _)| !s.quoted)
        {
            // Only the sentence that opens a list item or labelled line is its head; the
            // sentences after it are prose (`• Ironbridge added Ruth Okafor. Okafor will play`).
            let block = &blocks[s.block];
            let opens = text[block.span.start..s.span.start.max(block.span.start)]
                .chars()
                .all(|c| !c.is_alphabetic());
            let kind = if opens && !cast_list[s.block] {
                block.kind
            } else {
                BlockKind::Paragraph
            };
            let sentence = &text[s.span.clone()];
            let g = g.insert(Grams::of(sentence));
            if s.block == 0 && is_headline {
                harvest(sentence, g, kind, &mut headline);
            } else {
                harvest(sentence, g, kind, &mut titles);
            }
        }
        // A Title Case headline makes every capitalised run look like a title (`tvN Reveals
        // 2024 K-Drama Lineup`): a title only the headline names by its cues must be quoted
        // there or named again below it.
        let head_span = blocks.first().map_or(0..0, |b| b.span.clone());
        for t in headline {
            let quoted = find_words_exact(&text[head_span.clone()], &t)
                .iter()
                .any(|&at| text[..head_span.start + at].ends_with(['"', '“', '‘', '\'']));
            let again = find_words_exact(text, &t)
                .iter()
                .any(|&at| !head_span.contains(&at));
            // `3. Spring Tide Diaries (2023)`: a numbered line or a title with its bracket
            // is a list head, not a Title Case headline.
            let head = text[head_span.clone()].trim();
            let list_head =
                head.starts_with(|c: char| c.is_ascii_digit()) || head.contains(&format!("{t} ("));
            // `ITV orders new thriller Blackwater`: a headline in sentence case capitalises
            // only names, so its cues mark titles as a sentence's do.
            let sentence_case = head.split_whitespace().any(|w| {
                w.len() >= 4
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !title::is_function_word(w)
            });
            if quoted || again || list_head || sentence_case {
                titles.insert(t);
            }
        }
        // `First Impressions: Secret Boutique`, `REVIEW: 'Episodes' Series Premiere`: a review's
        // or recap's headline names its show after the label.
        if is_headline
            && let Some((label, rest)) = text[head_span.clone()].trim().split_once(": ")
            && REVIEW_LABELS.contains(&label.to_ascii_lowercase().as_str())
            && let Ok((after, t)) = title::quoted_title(rest).or_else(|_| title::bare_title(rest))
        {
            let after = after.trim_start_matches(['"', '”', '’', '\'']).trim();
            let tail_ok = after.is_empty()
                || after.starts_with('(')
                || [
                    "Series Premiere",
                    "Review",
                    "Recap",
                    "Season",
                    "Episode",
                    "Finale",
                ]
                .iter()
                .any(|w| after.starts_with(w));
            if tail_ok && !reads_as_person(t) {
                titles.insert(t.to_string());
            }
        }
        // Section headings of listicles: a heading (not the headline) that is a title alone.
        for (i, b) in
            blocks.iter().enumerate().skip(1).filter(|&(i, b)| {
                b.kind == BlockKind::Heading || subtitled_heading(text, blocks, i)
            })
        {
            let line = strip_list_marker(text[b.span.clone()].trim());
            // `Jamie McShane (Bloodline, 1923)` under `Starring: Mark Ruffalo (Spotlight)`:
            // the cast field runs on; no heading.
            if blocks[i - 1].kind == BlockKind::Labelled
                && super::cast::runs_on_cast_field(&text[blocks[i - 1].span.clone()], line)
            {
                continue;
            }
            // `September 23 – Dan Raven` above its fields: the date it premiered, then the
            // title.
            let line = date::date(line)
                .ok()
                .and_then(|(r, _)| {
                    [" – ", " — ", " - ", ": "]
                        .iter()
                        .find_map(|d| r.strip_prefix(d))
                })
                .unwrap_or(line);
            // `BRIGHTWATER` above `Premieres: Friday | Where: Prime Video`: a one-word title
            // when field lines follow.
            // `Squid Game` above `Starring Lee Jung-jae, Park Hae-soo`: a cast line is a field.
            let fields_follow = blocks.get(i + 1).is_some_and(|n| {
                let next = &text[n.span.clone()];
                n.kind == BlockKind::Labelled
                    || next.contains(" | ")
                    || next.starts_with("Starring ")
                    || next.starts_with("Stars ")
            });
            // `666 Park Avenue ABC` above its pitch: a title and its channel.
            if let Some((t, _)) = titled_org_heading(line) {
                titles.insert(t.to_string());
                continue;
            }
            // `[NEW!] TASK [HBO]` above `Premiere Date:` fields: an upper-case title between tags.
            if fields_follow && let Some(t) = tagged_caps_title(line) {
                titles.insert(t.to_string());
                continue;
            }
            // `Ratched (Season 1)`: the season or year in brackets is no part of the title.
            let line = match line.split_once(" (") {
                Some((head, tail)) if fields_follow && tail.ends_with(')') => head,
                _ => line,
            };
            // `True Detective: Night Country, Season 4` above its fields: nor a season after
            // a comma.
            let line = match line.rsplit_once(", Season ") {
                Some((head, n)) if fields_follow && n.chars().all(|c| c.is_ascii_digit()) => head,
                _ => line,
            };
            if fields_follow
                && !line.contains(' ')
                && line.chars().count() >= 3
                && line.starts_with(|c: char| c.is_uppercase())
                && line
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '!' | '.'))
                && !section_name(line)
            {
                titles.insert(line.trim_end_matches(['!', '.']).to_string());
                continue;
            }
            // An unnumbered, unquoted heading without a year names a section (`Competitive
            // Landscape`, `In the Film Arena`) unless the text names it again.
            let marked = line.len() != text[b.span.clone()].trim().len()
                || title::quoted_title(line).is_ok()
                || fields_follow;
            if let Ok((after, t)) = title::bare_title(line)
                .map(|(after, t)| {
                    // `True Detective: Night Country`: a subtitle after a colon.
                    match after.strip_prefix(": ").map(title::bare_title) {
                        Some(Ok(("", sub))) => ("", &line[..t.len() + 2 + sub.len()]),
                        _ => (after, t),
                    }
                })
                .or_else(|_| title::quoted_title(line))
                .or_else(|_| head_title(line))
                && (after.trim().trim_start_matches(['!', '?']).is_empty()
                    || after.trim_start().starts_with('('))
                && (marked
                    || after.trim_start().starts_with('(')
                    || find_words_exact(text, t)
                        .iter()
                        .any(|&at| !b.span.contains(&at))
                    || (describes(blocks.get(i + 1).map_or("", |n| &text[n.span.clone()]))
                        && !t.split([' ', '-']).any(|w| {
                            // `Drama Ranking for the 3rd Week of November`: a chart's
                            // section, not a show.
                            [
                                "Film", "Films", "TV", "Series", "Shows", "Movies", "Chart",
                                "Charts", "Ranking", "Rankings", "Week", "Weekly", "Ratings",
                            ]
                            .contains(&w)
                        })))
                && t.contains(' ')
                && t.split_whitespace().count() <= 8
                && names::korean_name(t).map_or(true, |(r, _)| !r.is_empty())
                && !section_name(t)
            {
                titles.insert(strip_owner(t).to_string());
            }
        }
        prune(&mut titles);
        titles.extend(numbered_titles(text));
        titles.extend(typed_odd_titles(text));
        let mut by_len: Vec<String> = titles.into_iter().collect();
        by_len.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        let mut mentions: Vec<(Range<usize>, String)> = Vec::new();
        // Taken spans by start; spans never overlap, so the neighbours decide.
        let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        for t in &by_len {
            for at in find_words_exact(text, t) {
                let span = at..at + t.len();
                let before = taken
                    .range(..span.end)
                    .next_back()
                    .is_some_and(|(_, &end)| end > span.start);
                if text[span.clone()] != **t || before {
                    continue;
                }
                taken.insert(span.start, span.end);
                mentions.push((span, t.clone()));
            }
        }
        mentions.sort_by_key(|(s, _)| s.start);
        Self { mentions }
    }

    /// Title mentions inside a span.
    pub fn mentions_in(&self, span: Range<usize>) -> Vec<(Range<usize>, String)> {
        let from = self.mentions.partition_point(|(s, _)| s.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(|(s, _)| s.end <= span.end)
            .cloned()
            .collect()
    }
}

/// Titles that are a year's digits (`1923`, `1883`), which [`plausible`] never admits: named
/// only where an event or part that only a show has comes before them (`joined the cast of
/// 1923`, `the first season of 1923`, `the debut of 1923`), and not as an owner (`1923's`).
fn numbered_titles(text: &str) -> Vec<String> {
    const CUES: &[&str] = &[
        "the cast of ",
        "the debut of ",
        "the premiere of ",
        "the series premiere of ",
        "the finale of ",
        "the return of ",
        "new episodes of ",
        "first season of ",
        "second season of ",
        "third season of ",
        "final season of ",
        "new season of ",
        "Season 2 of ",
        "season 2 of ",
        "season two of ",
    ];
    let mut out = Vec::new();
    // One scan for the ` of ` before a year's first digit; the cues are asked there.
    for of in find_all(text, " of 1") {
        let at_digits = of + " of ".len();
        let head = &text[..at_digits];
        if CUES.iter().any(|c| head.ends_with(c)) {
            let r = &text[at_digits..];
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let next = r[digits..].chars().next();
            let free = next.is_none_or(|c| {
                !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '–' | '/' | ','))
            }) || (next == Some(',')
                && !r[digits + 1..].starts_with(|c: char| c.is_ascii_digit()));
            if digits == 4 && (r.starts_with("18") || r.starts_with("19")) && free {
                out.push(r[..4].to_string());
            }
        }
    }
    out
}

/// Titles a plain title never opens with, a year's digits or a weekday (`1923`, `Wednesday`),
/// named right after a type word (`the new drama series 1923`, `Netflix's new series
/// Wednesday`) or as a numbered list's item alone (`2. Wednesday`). Not a time (`the show
/// Wednesday night`, `the series Friday at 9`) nor the year of a type word (`the 1923 film`).
fn typed_odd_titles(text: &str) -> Vec<String> {
    const TYPES: &[&str] = &[
        "series ",
        "drama ",
        "film ",
        "movie ",
        "show ",
        "sitcom ",
        "comedy ",
        "prequel ",
        "spinoff ",
        "spin-off ",
        "thriller ",
    ];
    const TIMES: &[&str] = &[
        "night",
        "nights",
        "morning",
        "afternoon",
        "evening",
        "at",
        "and",
        "to",
        "through",
        "from",
        "or",
    ];
    let odd = |r: &str| -> Option<usize> {
        let word = r.split([' ', ',', '.', ';', ':', '!', '?', ')']).next()?;
        let year = word.len() == 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && (word.starts_with("18") || word.starts_with("19"));
        let day = date::weekday(word).is_ok_and(|(rest, _)| rest.is_empty())
            && word.starts_with(|c: char| c.is_ascii_uppercase());
        if !(year || day) {
            return None;
        }
        let after = &r[word.len()..];
        let next = after
            .strip_prefix(' ')
            .map(|a| a.split(' ').next().unwrap_or(""));
        let free = match after.chars().next() {
            None | Some('.' | ';' | '!' | '?' | ')') => true,
            // `series Wednesday, March 3`: a date; `series 1923, starring`: a title.
            Some(',') => !after[1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()),
            Some(' ') => next
                .is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()) && !TIMES.contains(&n)),
            _ => false,
        };
        free.then_some(word.len())
    };
    let mut out = Vec::new();
    for ty in TYPES {
        for at in find_all(text, ty) {
            let r = &text[at + ty.len()..];
            if at > 0 && text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-') {
                continue;
            }
            if let Some(n) = odd(r) {
                out.push(r[..n].to_string());
            }
        }
    }
    // `2. Wednesday` alone on a numbered list's line.
    for line in text.lines() {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits)
            && let Some(body) = line[digits..].strip_prefix(". ")
            && date::weekday(body.trim()).is_ok_and(|(rest, _)| rest.is_empty())
        {
            out.push(body.trim().to_string());
        }
    }
    out
}

/// Verbs whose object is a show: what a channel renews or cancels.
const RENEW_VERBS: &[&str] = &[
    " renewed ",
    " renews ",
    " canceled ",
    " cancelled ",
    " cancels ",
];

/// Words before a list of works: `the writers behind hits like A, B and C`.
const WORKS_CUES: &[&str] = &[
    " hits like ",
    " hits such as ",
    " dramas like ",
    " dramas such as ",
    " series like ",
    " shows like ",
    " films like ",
    " writers behind ",
    " writer behind ",
    " director behind ",
    " creators behind ",
    " creator behind ",
    // `includes the scripted series A, B and C; unscripted series D and E`.
    " scripted series ",
    " unscripted series ",
    " documentaries ",
];

/// `The CW renewed All American, Batwoman, Charmed and Dynasty`, `Netflix has canceled
/// Obliterated`, `the writers behind hits like A, B and C`: the shows a channel renews or
/// cancels, or a team's works, a list of bare titles. The last item
/// of a comma list, or of renewals for `seasons`, is split at its `and` (`Riverdale and
/// Roswell`).
fn renewed_titles(s: &str, grams: &Grams, out: &mut BTreeSet<String>) {
    // Both lists behind one gate, as the other cue lists of a sentence are.
    static CUES: LazyLock<CueGates> =
        LazyLock::new(|| CueGates::new(&[RENEW_VERBS, WORKS_CUES].concat()));
    for (_, cue) in CUES.allowed(grams) {
        for at in find_all(s, cue) {
            let mut r = &s[at + cue.len()..];
            let mut items: Vec<&str> = Vec::new();
            let mut tail = r;
            while let Ok((after, t)) = title::bare_title(r) {
                // `renewed Ana Reyes's contract`: an owner is not what was renewed.
                if after.starts_with(['\'', '’']) {
                    break;
                }
                items.push(t);
                tail = after;
                match after
                    .strip_prefix(", and ")
                    .or_else(|| after.strip_prefix(", "))
                    .or_else(|| after.strip_prefix(" and "))
                {
                    Some(next) => r = next,
                    None => break,
                }
            }
            // `renewed The Chair Company and Task for second seasons`: seasons, so shows.
            let plural = tail
                .split(['.', ';'])
                .next()
                .is_some_and(|c| c.contains(" seasons"));
            // `unscripted series Vanderpump Villa and The Kardashians`: one item of two
            // titles of two words or more each, after a type word that may be plural.
            let two_long = || {
                (cue.ends_with("series ") || cue.ends_with("documentaries "))
                    && items.len() == 1
                    && items[0].split_once(" and ").is_some_and(|(a, b)| {
                        a.contains(' ') && b.contains(' ') && !b.contains(" and ")
                    })
            };
            if (items.len() >= 2 || plural || two_long())
                && let Some(last) = items.pop()
            {
                match last.split_once(" and ") {
                    Some((a, b)) => items.extend([a, b]),
                    None => items.push(last),
                }
            }
            // A channel renews shows, not people: two capitalised words are a title here.
            for t in items {
                if !is_person_list(t)
                    && names::korean_name(t).is_err()
                    && org::org(t).is_none()
                    && plausible(t)
                {
                    out.insert(strip_owner(t).to_string());
                }
            }
        }
    }
}

/// Drops implausible titles, and a one-word title that only ends another (`Tears` of
/// `Queen of Tears`), which was a start inside it.
fn prune(titles: &mut BTreeSet<String>) {
    titles.retain(|t: &String| plausible(t));
    // `The Neighborhood and Happy Together`: two titles the article also names apart.
    let joined: Vec<String> = titles
        .iter()
        .filter(|t| {
            split_str(t, " and ").count() == 2
                && split_str(t, " and ").all(|half| titles.contains(half))
        })
        .cloned()
        .collect();
    for t in joined {
        titles.remove(&t);
    }
    let all: Vec<String> = titles.iter().cloned().collect();
    titles.retain(|t| {
        !all.iter()
            .any(|o| !t.contains(' ') && o.len() > t.len() && o.ends_with(&format!(" {t}")))
    });
}

/// Places that stories are set in: a string of them (`Gangneung and Seoul`) is a setting, not
/// a title.
const PLACES: &[&str] = &[
    "Seoul",
    "Busan",
    "Incheon",
    "Daegu",
    "Daejeon",
    "Gwangju",
    "Ulsan",
    "Suwon",
    "Jeonju",
    "Gangneung",
    "Gyeongju",
    "Jeju",
    "Sokcho",
    "Pohang",
    "Mokpo",
    "Yeosu",
    "Chuncheon",
    "Andong",
    "Tongyeong",
    "Gangnam",
    "Itaewon",
    "Hongdae",
    "Myeongdong",
    "Gyeonggi",
    "Gangwon",
    "Pyongyang",
    "Tokyo",
    "Osaka",
    "Beijing",
    "Shanghai",
    "Hong",
    "Kong",
    "London",
    "Paris",
    "Berlin",
    "Rome",
    "Madrid",
    "Dublin",
    "Sydney",
    "Toronto",
    "Vancouver",
    "Chicago",
    "Boston",
    "Atlanta",
    "Texas",
    "California",
    "Los",
    "Angeles",
    "New",
    "York",
    "Manhattan",
    "Brooklyn",
    "Korea",
    "Japan",
    "China",
    "America",
    "Europe",
    "Scotland",
    "Ireland",
    "Wales",
    "England",
];

/// Words that stand where a title would but never are one: nationalities and languages
/// (`a Japanese Netflix original`), publications a report cites (`Variety's review`).
const NOT_TITLES: &[&str] = &[
    "Korean",
    "Japanese",
    "Chinese",
    "American",
    "British",
    "English",
    "Indian",
    "Thai",
    "Spanish",
    "French",
    "German",
    "Turkish",
    "Taiwanese",
    "Filipino",
    "Australian",
    "Canadian",
    "Irish",
    "Scottish",
    "Mexican",
    "Brazilian",
    "Italian",
    "Swedish",
    "Danish",
    "Norwegian",
    "Non-English",
    "K-drama",
    "K-dramas",
    "Variety",
    "Deadline",
    "Soompi",
    "Allkpop",
    "Koreaboo",
    "Billboard",
    "Forbes",
    "Collider",
    "IndieWire",
    "Vulture",
    "TVLine",
    "Dispatch",
    "Yonhap",
    "Newsen",
    "OSEN",
    "Naver",
    "Esquire",
    "The Hollywood Reporter",
    "Hollywood Reporter",
    "Entertainment Weekly",
    "Rolling Stone",
    "Screen Rant",
    "The Korea Herald",
    "The Korea Times",
    "Korea JoongAng Daily",
    "Sports Chosun",
    "Xportsnews",
    "The Guardian",
    "The New York Times",
];

/// Whether a harvested string can be a title: not an organisation, not a lone common word.
fn plausible(t: &str) -> bool {
    let places_only = t
        .split_whitespace()
        .filter(|w| !["and", "to", "&"].contains(w))
        .all(|w| PLACE_SET.contains(w.trim_end_matches([',', '.'])));
    // `May 30`, `September 2025`: a written date, not a title (`1917` stays a title).
    let dated = t.contains(|c: char| c.is_ascii_digit())
        && t.contains(char::is_alphabetic)
        && date::date(t).is_ok_and(|(rest, _)| rest.trim_end_matches([',', '.']).is_empty());
    // Netflix's lists and reports (`the Non-English TV List`, `A Netflix Engagement
    // Report`) are where shows stand, not shows.
    let chart_name = [
        " TV List",
        " Films List",
        " Film List",
        " Popular List",
        " Engagement Report",
    ]
    .iter()
    .any(|e| t.ends_with(e));
    // `The K-drama will launch`, `The Series`: a type word after `The` is an anaphor.
    let typed_anaphor = t.strip_prefix("The ").is_some_and(|w| {
        [
            "drama",
            "k-drama",
            "kdrama",
            "series",
            "film",
            "movie",
            "show",
            "sitcom",
            "miniseries",
        ]
        .contains(&w.to_ascii_lowercase().as_str())
    });
    // `6.4` (from `hit 6.4%`): a figure, not a title (`1923` stays one).
    let figure = t.contains('.') && t.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    if places_only || dated || chart_name || typed_anaphor || figure || NOT_TITLE_SET.contains(t) {
        return false;
    }
    let words = t.split_whitespace().count();
    let first = t.split_whitespace().next().unwrap_or("");
    // `Episode 6`, `Season 2`, `Part 1` alone name a part, not a show; `A as B` is a role.
    if [
        "Episode",
        "Episodes",
        "Season",
        "Part",
        "Chapter",
        "Vol",
        "Week",
        "Day",
        "Top",
        "Written",
        "Directed",
        "Set",
        "Produced",
        "Created",
        "Based",
        "Starring",
        "Featuring",
        "Helmed",
        "Penned",
        "Released",
        "Premiered",
        "Aired",
        "Led",
        "Headlined",
        "Known",
        "Filmed",
        "Adapted",
        "Inspired",
        "According",
        "Photo",
        "Courtesy",
        "Source",
        "Read",
        "Watch",
        "Published",
        "Updated",
        "Posted",
        "List",
        "By",
    ]
    .contains(&first.trim_end_matches('.'))
        // `Seasons 1 to 3` are parts; `Seasons of Yeonhui` is a title.
        || (first == "Seasons"
            && t.split_whitespace()
                .nth(1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())))
        // `No. 3`, `No 1`: a rank; `No Way Out` is a title.
        || (first.trim_end_matches('.') == "No"
            && t.split_whitespace()
                .nth(1)
                .is_none_or(|w| w.starts_with(|c: char| c.is_ascii_digit())))
        || names::is_korean_surname(t)
        || is_person_list(t)
        || has_person_part(t)
        || t.contains(" as ")
        || t.ends_with(" and")
    {
        return false;
    }
    // `Amazon on Monday`, `Netflix in March`: an organisation and a time, not a title.
    let org_and_time = org::org(t).is_some_and(|(rest, _)| {
        [" on ", " in ", " at ", " this ", " last ", " for "]
            .iter()
            .any(|p| rest.starts_with(p))
    });
    let weekday_tail = t.rsplit(' ').next().is_some_and(|w| {
        date::weekday(w).is_ok_and(|(rest, _)| rest.is_empty())
            && t.split(' ')
                .rev()
                .nth(1)
                .is_some_and(|p| ["on", "this", "last", "next"].contains(&p))
    });
    // `Prime Video Japan`, `Netflix Korea`: an organisation and more is not a title.
    let org_led = org::org(t).is_some_and(|(rest, _)| rest.starts_with(' '));
    if org_and_time || weekday_tail || org_led {
        return false;
    }
    let is_org = org::org(t).is_some_and(|(rest, _)| rest.trim().is_empty());
    !is_org
        && t.chars().count() >= 2
        && !(words == 1 && t.chars().all(|c| c.is_ascii_digit()))
        && names::korean_name(t).map_or(true, |(r, _)| !r.is_empty())
}

/// Titles a sentence marks: quoted titles, titles after type words, titles before title verbs,
/// list-item and `Title:` heads.
fn harvest<'a>(s: &'a str, grams: &Grams, kind: BlockKind, out: &mut BTreeSet<String>) {
    // The follower lists tested at every clause start, grouped by their first two bytes.
    static STRONG: LazyLock<PrefixSet> = LazyLock::new(|| PrefixSet::new(STRONG_FOLLOWERS));
    // Quoted titles.
    for (at, c) in quote_marks(s) {
        if matches!(c, '"' | '“' | '‘' | '\'' | '«')
            && (at == 0 || !s[..at].ends_with(char::is_alphanumeric))
            && let Ok((_, t)) = title::quoted_title(&s[at..])
            && !names_other_work(&s[..at])
            && !nickname(s, at, t)
        {
            // A quoted title is taken as written (`My Sister's Garden`), without the comma
            // American punctuation puts inside the quotes (`"Pine Harbor,"`).
            // A full stop inside closing quotes ends the sentence, not the title, unless the
            // title ends in an initial or an abbreviation (`Mr.`).
            let t = t.trim_end_matches([',', ';']);
            let t = match t.strip_suffix('.') {
                Some(bare)
                    if bare.rsplit(' ').next().is_some_and(|w| {
                        w.len() > 1
                            && !["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Vol", "No"].contains(&w)
                    }) =>
                {
                    bare
                }
                _ => t,
            };
            out.insert(t.to_string());
        }
    }
    // Type word, optional comma, title: `the tvN drama Queen of Tears`, `hit drama, Queen of Tears`.
    // `find_words` is ASCII case-blind, so the sentence is searched as it is.
    static TYPES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(TYPE_WORDS));
    for (_, w) in TYPES.allowed(grams) {
        for at in find_words(s, w) {
            // `the Korean Film Council`, `Busan International Film Festival`: a capitalised
            // type word after a capitalised word is part of a name.
            // Asked only of a capitalised type word (most are not): the word before it.
            let capital = s[at..].starts_with(|c: char| c.is_uppercase());
            let after_name = || {
                s[..at]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|p| p.starts_with(|c: char| c.is_uppercase()))
            };
            // `on Comedy Central`: a channel's name, not a type word.
            if capital && (after_name() || org::org(&s[at..]).is_some()) {
                continue;
            }
            let mut rest = &s[at + w.len()..];
            rest = rest.strip_prefix(',').unwrap_or(rest);
            let Some(rest) = rest.strip_prefix(' ') else {
                continue;
            };
            // `a comedy pilot called Delilah`, `a film titled Moon Ferry`.
            // `drama pilot Dirty Sexy Money`: the pilot is the show's.
            let rest = rest.strip_prefix("pilot ").unwrap_or(rest);
            let rest = ["called ", "titled ", "entitled ", "dubbed "]
                .iter()
                .find_map(|c| rest.strip_prefix(c))
                .unwrap_or(rest);
            // `series 2 of Accused`: a season's number, read below.
            let numbered_part = rest
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(" of ")
                && rest.starts_with(|c: char| c.is_ascii_digit());
            if !numbered_part
                && let Ok((after, t)) = title::bare_title(rest).map(|(after, t)| role_cut(rest, t, after))
                && names::korean_name(t).map_or(true, |(r, _)| !r.is_empty())
                // `the drama Kim as`: a person; `the drama Tin Roof as a series regular`: a title.
                && (!after.starts_with(" as ")
                    || ["a", "an", "the", "one", "his", "her"]
                        .iter()
                        .any(|d| after[4..].starts_with(&format!("{d} ")))
                    // `limited series The Staircase as Michael Peterson’s son`.
                    || (t.starts_with("The ") && !reads_as_person(t)))
                && !after.starts_with("'s ")
            {
                out.insert(strip_owner(t).to_string());
            }
        }
    }
    // A plural type word opens a list of titles: `comedies The Neighborhood (starring …), I
    // Feel Bad (created by …) and Happy Together`.
    static PLURAL_TYPES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(PLURAL_TYPE_WORDS));
    for (_, w) in PLURAL_TYPES.allowed(grams) {
        for at in find_words(s, w) {
            let mut rest = &s[at + w.len()..];
            for _ in 0..8 {
                let Some(r) = rest.strip_prefix(' ') else {
                    break;
                };
                let Ok((after, t)) = title::bare_title(r) else {
                    break;
                };
                if reads_as_person(t) || names::korean_name(t).is_ok() || is_person_list(t) {
                    break;
                }
                // `comedies The Neighborhood and Happy Together`: the list's last `and` joins
                // two titles, not one (a plural names several).
                match t.rsplit_once(" and ") {
                    Some((a, b))
                        if title::bare_title(a).is_ok_and(|(r, _)| r.is_empty())
                            && title::bare_title(b).is_ok_and(|(r, _)| r.is_empty()) =>
                    {
                        out.insert(a.to_string());
                        out.insert(b.to_string());
                    }
                    _ => {
                        out.insert(t.to_string());
                    }
                }
                // Past a bracket of credits, then `, ` or `and` before the next title.
                let mut after = after;
                if let Some(inner) = after.strip_prefix(" (")
                    && let Some(close) = inner.find(')')
                {
                    after = &inner[close + 1..];
                }
                match [", and", ",", " and"]
                    .iter()
                    .find_map(|j| after.strip_prefix(j))
                {
                    Some(r) => rest = r,
                    None => break,
                }
            }
        }
    }
    // Org possessive: `tvN's Moonlit Harbor`, `Netflix's Squid Game` (the organisations are
    // looked for only when the sentence has a possessive).
    let possessive = memchr::memmem::find(s.as_bytes(), b"'s ").is_some()
        || memchr::memmem::find(s.as_bytes(), "’s ".as_bytes()).is_some();
    let orgs = if possessive {
        org::find_orgs(s)
    } else {
        Vec::new()
    };
    for (span, _) in orgs {
        let rest = &s[span.end..];
        if let Some(r) = rest
            .strip_prefix("'s ")
            .or_else(|| rest.strip_prefix("’s "))
            .or_else(|| {
                rest.strip_prefix("’ ")
                    .filter(|_| s[..span.end].ends_with(['s', 'S']))
            })
            && let Ok((after, t)) = title::bare_title(r).map(|(after, t)| owned_pair(r, t, after))
            && names::korean_name(t).map_or(true, |(rest, _)| !rest.is_empty())
            && (TITLE_FOLLOWERS
                .iter()
                .any(|f| after.starts_with(f) || after.starts_with(['.', ',']))
                // `— Fox’s 911, NBC’s Chicago PD and CBS’ Survivor —`: a dash ends the list.
                || after.starts_with(" —")
                || after.starts_with(" –")
                // `NBC’s Quantum Leap update added`: what a show's new version is called.
                || [" update ", " reboot", " revival", " spinoff", " spin-off"]
                    .iter()
                    .any(|w| after.starts_with(w))
                // `Netflix’s Crash Landing on You setting a new record`: a verb follows a
                // title of several words; not a type word (`tvN's Wednesday-Thursday drama`).
                || (t.contains(' ')
                    && after.strip_prefix(' ').is_some_and(|r| {
                        let w = r.split([' ', ',', '.']).next().unwrap_or("");
                        // A verb: `setting`, `returned`, `is`, not `for` or a type word.
                        (w.ends_with("ing")
                            || w.ends_with("ed")
                            || [
                                "is", "was", "are", "were", "has", "will", "stars", "follows", "tops", "saw",
                                "won", "kept", "held", "took", "hit", "rose", "fell", "came",
                                "drew", "led", "beat", "made",
                            ]
                            .contains(&w))
                            && !TYPE_SET.contains(w)
                            && !t.split(' ').any(|p| p == "Top")
                    })))
        {
            // `ABC’s American Idol and America’s Funniest Home Videos were`: a plural verb
            // after two titles the owner shares.
            let pair = (after.starts_with(" were ") || after.starts_with(" are "))
                .then(|| t.split_once(" and "))
                .flatten()
                .filter(|(a, b)| {
                    [a, b]
                        .iter()
                        .all(|h| title::bare_title(h).is_ok_and(|(r, _)| r.is_empty()))
                });
            match pair {
                Some((a, b)) => {
                    out.insert(a.to_string());
                    out.insert(b.to_string());
                }
                None => {
                    out.insert(strip_owner(t).to_string());
                }
            }
        }
    }
    // People's possessive: `Ahn Ji Hoon and Lee Da Eun's Moon Over Gwanghwamun`, the show
    // its stars carry (a character would read as a person's name).
    for at in find_all(s, "'s ").chain(find_all(s, "’s ")) {
        let owner = s[..at]
            .char_indices()
            .filter(|&(i, _)| i == 0 || s[..i].ends_with(' '))
            .map(|(i, _)| i)
            .filter(|&i| at - i <= 40)
            .find(|&i| names::person(&s[i..]).is_ok_and(|(r, _)| r.len() == s.len() - at));
        let after = &s[at + s[at..].find(' ').map_or(0, |sp| sp + 1)..];
        if owner.is_some()
            && let Ok((rest, t)) = title::bare_title(after)
            // `Wally Lamb's New York Times best-selling book`: a paper, not the show.
            && !rest.split([' ', '-']).nth(1).is_some_and(|w| {
                ["best", "bestselling", "book", "novel", "webtoon", "column", "article"]
                    .contains(&w)
            })
            && t.contains(' ')
            && !reads_as_person(t)
            && names::korean_name(t).is_err()
            // `Jang Min Jae's Acting In "Love In The Annex"`: a headline's words, not a title.
            && !t
                .rsplit(' ')
                .next()
                .is_some_and(|w| title::is_function_word(&w.to_lowercase()))
        {
            out.insert(strip_owner(t).to_string());
        }
    }
    // `Season 3 of Locke & Key`, `the second season of Virgin River`, `series 2 of
    // Accused`: a season's show.
    for at in find_all(s, "eason ").chain(find_all(s, "eries ")) {
        let r = &s[at + "eason ".len()..];
        let numbered = r.starts_with(|c: char| c.is_ascii_digit());
        let r = r
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start();
        // `the most watched season of English-language TV` names no show: a season of one
        // has a number or an ordinal (`the final season of`).
        let ordinal = s[..at.saturating_sub(1)]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| {
                super::atoms::number::rank(w).is_ok_and(|(r, _)| r.is_empty())
                    || [
                        "final", "last", "latest", "new", "next", "upcoming", "previous",
                    ]
                    .contains(&w.to_ascii_lowercase().as_str())
            });
        if !(numbered || ordinal) {
            continue;
        }
        // `the first half of Bridgerton Season 3`, `Bridgerton season 3`,
        // `Bridgerton’s newest season`: the words before a season are its show.
        if let Some(t) = season_owner(s, at, numbered, kind) {
            out.insert(t.to_string());
        }
        if let Some(r) = r.strip_prefix("of ")
            && let Ok((_, t)) = title::bare_title(r)
        {
            out.insert(strip_owner(t).to_string());
        }
    }
    // `the premiere of The Walking Dead: Daryl Dixon`, `the return of Slow Horses`: an
    // event only a show has names it.
    for (_, &cue) in gates![
        // `the time period premiere of`, `the series premiere of`.
        " premiere of ",
        "the finale of ",
        "the series finale of ",
        "the debut of ",
        "the return of ",
        "the renewal of ",
        "the cancellation of ",
        "new episodes of ",
        "the first episode of ",
        "the final season of ",
        // `has joined the cast of Chernobyl`, `stars in A Very English Scandal`: what an
        // actor is cast in.
        "the cast of ",
        "the set of ",
        "the trailer for ",
        " stars in ",
        " star in ",
        " starring in ",
        " starred in ",
        // `best known for Dexter`, `a recurring role in Yellowstone`, `Hugh Grant-starrer A
        // Very English Scandal`.
        "best known for ",
        "-starrer ",
        " starrer ",
        " recurring role in ",
        " guest role in ",
        " starring role in ",
    ]
    .allowed(grams)
    {
        for at in find_all(s, cue) {
            let r = &s[at + cue.len()..];
            // `the premiere of Fox’s Monarch`: past the owner, unless a description follows
            // it (`the cast of Apple TV Plus’ Gary Oldman-led spy drama`).
            let owned = org::org(r).and_then(|(after, _)| {
                ["'s ", "’s ", "’ ", "' "]
                    .iter()
                    .find_map(|p| after.strip_prefix(p))
            });
            if owned.is_some_and(|o| {
                title::bare_title(o).is_ok_and(|(after, _)| {
                    after.starts_with('-')
                        || after
                            .strip_prefix(' ')
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                })
            }) {
                continue;
            }
            let r = owned.unwrap_or(r);
            // `the premiere of The Long Road on AMC and AMC+`: where it airs is no part of it.
            // `stars in Slow Horses with Jack Lowden`: nor who stars beside the subject.
            let cut = |t: &'a str| {
                let t = find_all(t, " on ")
                    .find(|&i| org::org(&t[i + 4..]).is_some())
                    .map_or(t, |i| &t[..i]);
                find_all(t, " with ")
                    .find(|&i| names::person(&t[i + 6..]).is_ok())
                    .map_or(t, |i| &t[..i])
            };
            // `Gary Oldman stars in Slow Horses`: what an actor stars in is no person, even
            // when its two words would read as a name.
            let acting = cue.contains("star")
                || cue.contains("role")
                || matches!(cue, "the cast of " | "the set of " | "best known for ");
            if let Ok((after, t)) = title::bare_title(r)
                && let t = cut(t)
                && (acting || !reads_as_person(t))
                && !is_person_list(t)
                && names::korean_name(t).is_err()
                && org::org(t).is_none()
                && plausible(t)
                // `the premiere of Kim's new drama`: a possessive is the owner, not the show.
                && !after.starts_with(['\'', '’'])
            {
                out.insert(strip_owner(t).to_string());
            }
        }
    }
    renewed_titles(s, grams, out);
    // `Tracker’s premiere`, `The Night Agent's ratings`: what only a show has, after a
    // possessive (`‘s` too, a common typo).
    for apostrophe in ["'s ", "’s ", "‘s "] {
        for at in find_all(s, apostrophe) {
            let after = &s[at + apostrophe.len()..];
            let show_only = [
                "premiere",
                "series premiere",
                "season premiere",
                "series debut",
                "finale",
                "series finale",
                "pilot",
                "ratings",
                "viewership",
                "first season",
                "second season",
                "latest season",
                "new season",
                "first episode",
                "final episode",
            ]
            .iter()
            .any(|w| {
                after.starts_with(w) && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
            let debut = after.starts_with("debut ");
            if !(show_only || debut) {
                continue;
            }
            // A person makes a debut too: a one-word owner needs what only a show has.
            if let Some((_, t)) = run_title(s, at, kind)
                && (show_only || t.contains(' '))
            {
                out.insert(t.to_string());
            }
        }
    }
    // `in The Bear, streaming on Hulu`: the words before where a service streams it.
    for cue in [", streaming on ", ", now streaming on ", " (streaming on "] {
        for at in find_all(s, cue) {
            if org::org(&s[at + cue.len()..]).is_some()
                && let Some((start, t)) = run_title(s, at, kind)
                && (start > 0 || t.contains(' '))
            {
                out.insert(t.to_string());
            }
        }
    }
    // Clause-initial bare titles before a title verb. Each start is tried on its own (a title
    // found adds to a set), so they are tried in order and once each.
    for at in clause_starts(s, grams) {
        if listed_actor_at(&s[..at])
            && let Some(t) = korean_actor_owner(&s[at..])
        {
            out.insert(t.to_string());
        }
        let Ok((after, t)) = title::bare_title(&s[at..]) else {
            continue;
        };
        // `Royal Secret Agent with 14%`: a figure after `with` is no title word.
        let (after, t) = match find_all(t, " with ")
            .find(|&i| t[i + 6..].starts_with(|c: char| c.is_ascii_digit()))
        {
            Some(i) => (&s[at + i..], &t[..i]),
            None => (after, t),
        };
        // `Trigger Point season 2 launched with 8.6 million`: the season between the title
        // and its verb.
        let after = [" season ", " Season ", " series "]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .and_then(|r| {
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                (1..=2)
                    .contains(&n)
                    .then(|| &r[n..])
                    .filter(|r| r.starts_with(' '))
            })
            .unwrap_or(after);
        // `Castaway Diva once again took the top spot`: an adverb between title and verb.
        let after = [
            " once again",
            " again",
            " also",
            " still",
            " now",
            " finally",
        ]
        .iter()
        .find_map(|a| after.strip_prefix(a).filter(|r| r.starts_with(' ')))
        .unwrap_or(after);
        // `the show starring Justin Hartley debuted`: a person after a cast word is the
        // actor, whatever follows.
        let head_word = s[..at].trim_end().rsplit(' ').next().unwrap_or("");
        if [
            "starring",
            "stars",
            "star",
            "vet",
            "veteran",
            "alum",
            "actor",
            "actress",
            "featuring",
            "by",
        ]
        .contains(&head_word)
            && reads_as_person(t)
            && !star_of_work(t, after)
        {
            continue;
        }
        // The tests below are pure, so the costly ones run only when the cheap ones leave the
        // answer open: a strong follower decides alone, and a one-word title needs one.
        let strong = STRONG.any_prefix_of(after);
        let one_word = !t.contains(' ');
        // `Breeders, the 10-episode new comedy series starring`: an appositive naming the
        // type marks even a one-word title (a surname is no title, see `plausible`).
        // Not a sentence adverb (`Internationally, the film`, `Meanwhile, the series`).
        let typed_one_word = one_word
            && [", the ", ", its ", ", a ", ", an ", ", another "]
                .iter()
                .any(|p| after.starts_with(p))
            && !t.ends_with("ly")
            && ![
                "Meanwhile",
                "However",
                // `Below, the most anticipated series of 2024:`.
                "Below",
                "Above",
                "Elsewhere",
                "Also",
                "Still",
                "Overall",
                "Instead",
                "Now",
                "Today",
                "Yesterday",
                "Earlier",
                "Later",
                "Afterwards",
                "Next",
                "Then",
                "Besides",
            ]
            .contains(&t)
            && !after.contains("'s")
            && !after.contains("’s")
            && appositive(s, at, after);
        // `Vera, now in its 13th season, averaged`: only a show has seasons.
        let seasoned = [", now in its ", ", in its ", ", back for its "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .is_some_and(|r| {
                r.split(' ')
                    .nth(1)
                    .is_some_and(|w| w.trim_end_matches([',', '.']) == "season")
            });
        // `BLUE BLOODS (10.77m)`, `The Equalizer (5.7 mil/0.3, read recap)`: a ratings
        // column's audience in a bracket after the show; not a channel's.
        let bracketed = after
            .strip_prefix(" (")
            .is_some_and(|r| number::bracket_audience(r).is_ok())
            && org::org(t).is_none_or(|(r, _)| !r.is_empty());
        if strong
            || typed_one_word
            || seasoned
            || bracketed
            || aside_marked(t, after)
            || with_figure(after)
            || clause_with_figure(after)
            // Not `starring Jordan Pryce and Mei Tanaka, the Netflix original film is`.
            || (org_typed_appositive(after) && !(reads_as_person(t) && after_agent(s, at)))
            || ((drew_audience(after) || with_audience(after))
                && !audience_owner(t)
                // `on the CW averaged 299,000 viewers`: a channel after `the`.
                && !s[..at].ends_with("the ")
                && (!after_agent(s, at)
                    || s[..at].ends_with("followed by ")
                    || s[..at].ends_with(" and ")))
            // A one-word work opening the sentence may be a cut title (`OK! Madam actress`).
            || (star_of_work(t, after) && (at > 0 || !one_word))
            || (!one_word
                && ((show_verb(after) && !(reads_as_person(t) && after_agent(s, at)))
                    || (marked(s, at, after)
                        && (!reads_as_person(t) || (measured(after) && !after_agent(s, at))))))
        {
            // `Jackie Levine and Marwncol director Jeff Malmberg`: a person listed before the
            // work is no part of its title.
            let t = match t.rsplit_once(" and ") {
                Some((head, tail))
                    if (reads_as_person(head) || is_person_list(head))
                        && !reads_as_person(tail)
                        && star_of_work(tail, after) =>
                {
                    tail
                }
                // `Train To Busan and Hellbound director Yeon Sang-ho`: one person's two
                // works, unless both are one word (`Pride and Prejudice star`).
                Some((head, tail))
                    if star_of_work(tail, after)
                        && (head.contains(' ') || tail.contains(' '))
                        && title::bare_title(head).is_ok_and(|(r, _)| r.is_empty())
                        && title::bare_title(tail).is_ok_and(|(r, _)| r.is_empty()) =>
                {
                    out.insert(strip_owner(head).to_string());
                    tail
                }
                _ => t,
            };
            out.insert(strip_owner(t).to_string());
        }
    }
    // Dated listing lines: `3/1 Spring Thaw (tvN)`.
    if let Ok((r, _)) = super::atoms::date::numeric_md(s)
        && let Some(r) = r.strip_prefix(' ')
        && let Ok((after, t)) = title::bare_title(r).or_else(|_| head_title(r))
        && (after.is_empty() || after.starts_with(" ("))
    {
        out.insert(t.to_string());
    }
    // List items and headings of listicles: `1. Lovely Runner (2024)`, `Title: Lovely Runner`.
    if matches!(kind, BlockKind::ListItem | BlockKind::Labelled) {
        let body = s.trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '*' | '•' | '–' | '—' | '#' | ' ')
        });
        let body = match kind {
            BlockKind::Labelled => match super::context::split_label(body) {
                Some((label, value))
                    if label.eq_ignore_ascii_case("title")
                        || label.eq_ignore_ascii_case("drama")
                        || label.eq_ignore_ascii_case("series")
                        || label.eq_ignore_ascii_case("film") =>
                {
                    value.trim_start()
                }
                _ => return,
            },
            _ => body,
        };
        let quoted = title::quoted_title(body);
        // `My Dear Neighbor, Mr. Bae`: a list head may hold a comma.
        let whole = body.split(" (").next().unwrap_or(body).trim_end();
        let whole = whole.trim_end_matches(['!', '?', '.']).trim_end();
        let comma_title = whole.split_once(", ").is_some_and(|(a, b)| {
            title::bare_title(a).is_ok_and(|(r, _)| r.is_empty())
                && title::bare_title(b)
                    .or_else(|_| head_title(b))
                    .is_ok_and(|(r, _)| r.is_empty())
        });
        if comma_title && kind == BlockKind::ListItem {
            out.insert(whole.to_string());
            return;
        }
        if let Ok((after, t)) = quoted
            .or_else(|_| title::bare_title(body))
            .or_else(|_| head_title(body))
            && (after.is_empty() || after.starts_with([' ', ':', '(', '–', '-', '—', ',']))
            && names::korean_name(t).map_or(true, |(r, _)| !r.is_empty())
            && !person_subject(t, after)
            // `- King Princess will portray Tina`: an actor.
            && !super::cast::plays_follows(after)
            // `– Speaking of "Reckless,"`, `- Together, they all join`: one capitalised word
            // running on into lower-case prose opens a sentence, not a title.
            && (t.contains(' ')
                || !after
                    .strip_prefix(' ')
                    .or_else(|| after.strip_prefix(", "))
                    .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase())))
        {
            // `7. Money Heist part 4`: a chart's season or part is the item's whole name.
            let t = match after
                .strip_prefix(" season ")
                .or_else(|| after.strip_prefix(" part "))
                .or_else(|| after.strip_prefix(" Season "))
                .or_else(|| after.strip_prefix(" Part "))
            {
                Some(n)
                    if kind == BlockKind::ListItem
                        && body.starts_with(t)
                        && (1..=2).contains(&n.trim_end().len())
                        && n.trim_end().bytes().all(|b| b.is_ascii_digit()) =>
                {
                    &body[..t.len() + after.trim_end().len()]
                }
                _ => t,
            };
            out.insert(strip_owner(t).to_string());
        }
    }
}

/// Whether the quoted `t` at `at` is a nickname inside a person's name: `Carmen "Carmy"
/// Berzatto`, one capitalised word between a first name and a surname.
fn nickname(s: &str, at: usize, t: &str) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let first = s[..at].strip_suffix(' ').and_then(|h| h.rsplit(' ').next());
    // The closing quote is one character after the title.
    let after = s[at..]
        .char_indices()
        .nth(t.chars().count() + 2)
        .map(|(i, _)| &s[at + i..]);
    !t.contains(' ')
        && first.is_some_and(|w| capital(w) && w.chars().all(char::is_alphabetic))
        && after.and_then(|r| r.strip_prefix(' ')).is_some_and(|r| {
            r.split([' ', ',', '.', ')'])
                .next()
                .is_some_and(|w| capital(w) && w.len() > 1)
        })
}

/// The show a season belongs to when its name stands right before the season (`at` is where
/// `eason ` starts): `Bridgerton Season 3`, `Bridgerton season 3` (with a number) and
/// `Bridgerton’s newest season` (after an ordinal). The name is the run of capitalised words
/// ending there (`House of the Dragon`). A headline in title case has no such run (`Fans React
/// to Bridgerton Season 3`), so there only a one-word name counts.
fn season_owner(s: &str, at: usize, numbered: bool, kind: BlockKind) -> Option<&str> {
    let initial = at.checked_sub(1).map(|i| s.as_bytes()[i])?;
    if !matches!(initial, b'S' | b's') {
        return None;
    }
    let before = s[..at - 1].strip_suffix(' ')?;
    let end = if numbered {
        before.len()
    } else {
        // `Bridgerton’s newest season`: an ordinal word, after a possessive.
        let (owner, _) = before.rsplit_once(' ')?;
        owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"))?
            .len()
    };
    run_title(s, end, kind).map(|(_, t)| t)
}

/// The title that ends at `end` as the run of capitalised words before it (`run_before`),
/// with where it starts: not a person, a Korean name or an organisation, at most eight words,
/// and in a Title Case headline or at a sentence start with function words inside, only one
/// word (`Fans React to Bridgerton` is no title).
fn run_title(s: &str, end: usize, kind: BlockKind) -> Option<(usize, &str)> {
    let start = run_before(s, end)?;
    let t = &s[start..end];
    let one_word = !t.contains(' ');
    if (kind == BlockKind::Heading && !one_word)
        || (start == 0 && !one_word && t.split(' ').any(title::is_function_word))
        || t.split(' ').count() > 8
        || reads_as_person(t)
        || names::korean_name(t).is_ok()
        || org::org(t).is_some()
        || !title::bare_title(t).is_ok_and(|(r, _)| r.is_empty())
        || !plausible(t)
    {
        return None;
    }
    Some((start, strip_owner(t)))
}

/// Where the run of capitalised words (with function words inside it) that ends at `end`
/// begins: `House of the Dragon` in `watch House of the Dragon`. None when the word before
/// `end` is not capitalised.
fn run_before(s: &str, end: usize) -> Option<usize> {
    let head = &s[..end];
    let mut start = None;
    let mut word_end = end;
    for w in head.rsplit(' ') {
        let word_start = word_end - w.len();
        let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        // A word that closes a clause (`said, Bridgerton`) is not part of the run.
        let closes = word_end < end && w.ends_with([',', ';', ':', '.', ')', '"', '”']);
        if capital && !closes {
            start = Some(word_start);
        } else if !(start.is_some() && !closes && title::is_function_word(w)) {
            break;
        }
        if word_start == 0 {
            break;
        }
        word_end = word_start - 1;
    }
    start
}

/// `666 Park Avenue ABC`, `The Americans FX`: a heading that is a title followed by the
/// channel or service it airs on. Returns the title and the organisation.
pub fn titled_org_heading(line: &str) -> Option<(&str, org::Org)> {
    // `[NEW!] TASK [HBO]`: the channel in a bracket at the end, tags before the title.
    let line = strip_tags(line);
    if let Some(open) = line
        .rfind(' ')
        .filter(|&i| line[i + 1..].starts_with(['[', '(']) && line.ends_with([']', ')']))
        && let Some((r, o)) = org::org(&line[open + 2..])
        && r.len() == 1
        && o.kind != org::OrgKind::Agency
        && let Some(head) = tagged_caps_title(&line[..open])
    {
        return Some((head, o));
    }
    let (head, o) = line
        .char_indices()
        .filter(|&(i, _)| i > 0 && line[..i].ends_with(' '))
        .find_map(|(i, _)| {
            org::org(&line[i..])
                .filter(|(r, o)| r.trim().is_empty() && o.kind != org::OrgKind::Agency)
                .map(|(_, o)| (line[..i].trim_end(), o))
        })?;
    let whole = title::bare_title(head).is_ok_and(|(r, _)| r.is_empty())
        || title::quoted_title(head).is_ok_and(|(r, _)| r.trim().is_empty());
    let head = head.trim_matches(['"', '“', '”', '\'', '‘', '’']);
    // `Michelle Yeoh in The Brothers Sun Netflix`: a photo's caption, its people in the show.
    let caption = find_all(head, " in ").any(|i| {
        let people = &head[..i];
        reads_as_person(people) || is_person_list(people)
    });
    (whole
        && !caption
        && head.chars().any(char::is_alphabetic)
        && org::org(head).is_none()
        && !section_name(head)
        && plausible(head))
    .then_some((head, o))
}

/// A heading's leading tags (`[NEW!] `, `[RETURNING] `) removed.
pub fn strip_tags(line: &str) -> &str {
    let mut line = line.trim();
    while let Some(r) = line.strip_prefix('[')
        && let Some(close) = r.find(']')
    {
        line = r[close + 1..].trim_start();
    }
    line
}

/// An upper-case title between a heading's tags (`[NEW!] ONLY MURDERS IN THE BUILDING
/// [DISNEY+]`): one to eight words of capitals, not an organisation or a section's name.
fn tagged_caps_title(line: &str) -> Option<&str> {
    let line = strip_tags(line);
    let line = match line.rfind(" [").or_else(|| line.rfind(" (")) {
        Some(open) if line.ends_with([']', ')']) => line[..open].trim_end(),
        _ => line,
    };
    let words = line.split_whitespace().count();
    let caps = line.chars().any(char::is_alphabetic)
        && line
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    (caps && (1..=8).contains(&words) && org::org(line).is_none() && !section_name(line))
        .then_some(line)
}

/// Whether the words before a quoted title name a piece of music (`Kate Bush's track
/// "Running Up That Hill"`): that occurrence is no show's. Not books or webtoons: a show
/// adapted from one shares its title.
fn names_other_work(before: &str) -> bool {
    const WORKS: &[&str] = &[
        "track", "song", "single", "album", "ost", "podcast", "ballad", "anthem",
    ];
    let word = before
        .trim_end()
        .rsplit([' ', '\n'])
        .next()
        .unwrap_or("")
        .trim_end_matches(',')
        .to_ascii_lowercase();
    WORKS.contains(&word.as_str())
}

/// Whether block `i`, which the segmenter read as a field (`True Detective: Night Country,
/// Season 4`), heads a listicle's fields: the first of a run of field lines, its label no
/// field name, and the line a Title Case title and subtitle (a season after a comma allowed).
pub(crate) fn subtitled_heading(text: &str, blocks: &[Block], i: usize) -> bool {
    let kind = |j: usize| blocks.get(j).map(|b| b.kind);
    if i == 0
        || kind(i) != Some(BlockKind::Labelled)
        || kind(i + 1) != Some(BlockKind::Labelled)
        || kind(i - 1) == Some(BlockKind::Labelled)
    {
        return false;
    }
    let line = text[blocks[i].span.clone()].trim();
    let line = line
        .rsplit_once(", Season ")
        .filter(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
        .map_or(line, |(head, _)| head);
    let Some((label, sub)) = line.split_once(": ") else {
        return false;
    };
    let whole = |t: &str| title::bare_title(t).is_ok_and(|(r, _)| r.is_empty());
    let field = crate::text::DASH_LABELS.contains(&label.to_lowercase().as_str())
        || super::cast::cast_label(label);
    // Not `Upcoming Season: 1`, a field of its own.
    let named = sub.starts_with(char::is_uppercase)
        && !label
            .rsplit(' ')
            .next()
            .is_some_and(|w| ["Season", "Seasons", "Date", "Episode", "Episodes"].contains(&w));
    !field
        && named
        && whole(label)
        && whole(sub)
        && date::date(sub).is_err()
        && !is_person_list(sub)
}

/// Whether a paragraph opens by describing a show (`A crime drama about`, `This family
/// adventure film`, `The melancholy K-drama`): what follows a heading that is a title.
fn describes(paragraph: &str) -> bool {
    paragraph
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-'))
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| {
            let w = w.to_ascii_lowercase();
            TYPE_SET.contains(w.as_str()) || ["thriller", "comedy", "romance"].contains(&w.as_str())
        })
}

/// Where a clause may open in sentence `s`, in increasing order, each once: the sentence
/// start; after `,`, `;`, `(` or `:` and a space; after the words `and`, `followed by` and
/// `while` and a space; and after a space where a capitalised word follows a lower-case word
/// or a number (`the debut of The Ember Trials`). `grams` are the sentence's: a word they rule
/// out (`followed by` and `while` in most sentences) is not searched for.
fn clause_starts(s: &str, grams: &Grams) -> Vec<usize> {
    let b = s.as_bytes();
    let space_at = |i: usize| b.get(i) == Some(&b' ');
    let mut starts = vec![0];
    // Where the word before a space starts: past the space before it (the pass keeps it,
    // where `s[..i].rsplit(' ')` searched back for it at each capital).
    let mut word_start = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b',' | b';' | b'(' | b':' if space_at(i + 1) => starts.push(i + 2),
            // A Title Case run after a lower-case word (or a number): the capital is tested
            // first, as it rules out most spaces.
            b' ' => {
                if s[i + 1..].starts_with(|c: char| c.is_uppercase()) {
                    let prev = &s[word_start..i];
                    if prev.starts_with(char::is_lowercase)
                        || !prev.is_empty() && prev.bytes().all(|b| b.is_ascii_digit())
                    {
                        starts.push(i + 1);
                    }
                }
                word_start = i + 1;
            }
            _ => {}
        }
    }
    for (word, len) in [("and", 3), ("followed by", 11), ("while", 5)] {
        if !grams.may_contain(word) {
            continue;
        }
        starts.extend(
            find_words(s, word)
                .into_iter()
                .filter(|&i| space_at(i + len))
                .map(|i| i + len + 1),
        );
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// `series The Staircase as Michael Peterson’s son`: a title read on into the role after `as`
/// ends before it. `t` is the bare title read from `r`, `after` what follows it.
fn role_cut<'a>(r: &'a str, t: &'a str, after: &'a str) -> (&'a str, &'a str) {
    match find_all(t, " as ").next() {
        Some(at) if names::person(&t[at + 4..]).is_ok() => (&r[at..], &t[..at]),
        _ => (after, t),
    }
}

/// `CBS’ So Help Me Todd and ABC’s The Rookie: Feds`: a bare title read on into the next
/// owner ends before it, and the next owner's possessive marks it as a title (`after` becomes
/// `, `). `t` is the bare title read from `r`, `after` what follows it.
fn owned_pair<'a>(r: &'a str, t: &'a str, after: &'a str) -> (&'a str, &'a str) {
    // `t` opens `r`.
    for at in find_all(t, " and ") {
        let owner = &r[at + 5..];
        if org::org(owner)
            .is_some_and(|(r, _)| ["'s ", "’s ", "’ ", "' "].iter().any(|p| r.starts_with(p)))
        {
            return (", ", &t[..at]);
        }
    }
    (after, t)
}

/// Verbs whose subject is a show, never a person, after a clause-initial title: `Moonlit
/// Ferry is penned by`, `X stars Kim Soo-hyun`.
fn show_verb(after: &str) -> bool {
    static VERBS: LazyLock<PrefixSet> = LazyLock::new(|| PrefixSet::new(SHOW_VERBS));
    VERBS.any_prefix_of(after)
        || after.strip_prefix(" stars ").is_some_and(|r| {
            names::person(r).is_ok_and(|(r2, _)| r2.starts_with([' ', ',', '.']))
                && !r.starts_with("as ")
        })
}

/// Whether what follows a title makes it its clause's subject: a verb only a show takes
/// (`follows`, `is based on`) or a predicate naming its type (`is a fantasy series`).
pub fn subject_title(after: &str) -> bool {
    show_verb(after)
        || APPOSITIVE_OPENERS
            .iter()
            .filter(|p| p.starts_with(" is ") || p.starts_with(" was "))
            .any(|p| after.starts_with(p))
            && appositive("", 0, after)
}

/// Whether what follows a clause-initial title at `at` in `s` marks it as one: a title
/// follower (`premiered`, `topped`) or an appositive naming its type, except `stars as`,
/// `stars in` and `with` (unless hours or views follow).
fn marked(s: &str, at: usize, after: &str) -> bool {
    static FOLLOWERS: LazyLock<PrefixSet> = LazyLock::new(|| PrefixSet::new(TITLE_FOLLOWERS));
    // `Senior Year had an additional 13.26M hours viewed`: `had` only before a measure.
    (FOLLOWERS.any_prefix_of(after)
        || appositive(s, at, after)
        || (after.starts_with(" had ") && measured(after)))
        && !after.starts_with(" stars as")
        && !after.starts_with(" stars in")
        && (!after.starts_with(" with ") || after.contains(" hours") || after.contains(" views"))
}

/// Whether the word before `at` makes what follows its agent or source (`series from Alex
/// Garland will premiere`): a person there is the subject of nothing.
fn after_agent(s: &str, at: usize) -> bool {
    s[..at]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| ["by", "from", "with", "starring", "and"].contains(&w))
}

/// `Nothing to See Here, the workplace comedy` or `The Saltmarsh, HBO's new crime drama`: an
/// appositive naming its type, perhaps after an owner, unless the title is an agent (`figures
/// shared by Amazon on Monday, the film ...`).
fn appositive(s: &str, at: usize, after: &str) -> bool {
    let agent =
        s[..at].trim_end().rsplit(' ').next().is_some_and(|w| {
            ["by", "from", "via", "to", "with", "at", "told", "said"].contains(&w)
        });
    if agent {
        return false;
    }
    let owned = after
        .strip_prefix(", ")
        .and_then(org::org)
        .and_then(|(r, _)| r.strip_prefix("'s ").or_else(|| r.strip_prefix("’s ")))
        .map(|r| format!(", the {r}"));
    let appositive_text = owned.as_deref().unwrap_or(after);
    APPOSITIVE_OPENERS.iter().any(|p| {
        appositive_text.strip_prefix(p).is_some_and(|rest| {
            let lower = rest.to_ascii_lowercase();
            lower
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .take(5)
                .any(|w| {
                    TYPE_SET.contains(w)
                        || ["comedy", "thriller", "romance", "melodrama"].contains(&w)
                })
        })
    })
}

/// Whether the rest of a clause measures an audience (`took the top spot in its time slot
/// with an average rating of 6.1 percent`): what a show does, not a person, so a title that
/// reads like a name (`Castaway Diva`) is still one.
fn measured(after: &str) -> bool {
    // A full stop ends the clause; a decimal point (`13.26M hours`) does not.
    let end = [after.find(". "), after.find(';')]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(after.len());
    let clause = &after[..end];
    [
        "rating",
        "viewership",
        " views",
        "hours viewed",
        "viewing hours",
        "time slot",
    ]
    .iter()
    .any(|w| clause.contains(w))
}

/// Words that make a capitalised word before a role noun no work (see [`star_of_work`]).
const NOT_WORKS: &[&str] = &[
    "Hollywood",
    "Bollywood",
    "Broadway",
    "Disney",
    "Marvel",
    "DC",
    "YouTube",
    "TikTok",
    "Instagram",
    "Oscar",
    "Emmy",
    "Tony",
    "Grammy",
    "Bafta",
    "BAFTA",
    "Golden",
    "K-pop",
    "K-Pop",
    "Hallyu",
    "Hong",
    "Former",
    "Veteran",
    "Rising",
    "Fellow",
    "Child",
    "Pop",
    "Reality",
    "Soap",
    "TV",
    "Film",
    "Movie",
    "Drama",
    "Comedy",
    "Stage",
    "Screen",
    "Indie",
    "Teen",
    "Top",
    "Award",
    "Award-winning",
    "Acclaimed",
    "Popular",
    "Famous",
    "Legendary",
    "Beloved",
    "Star",
    "Lead",
    "Leading",
    "Supporting",
    "Guest",
    "Cast",
    "Singer",
    "Celebrity",
    "Canadian",
    "Irish",
    "Welsh",
    "Scottish",
    "English",
    "British",
    "French",
    "Dutch",
    "Spanish",
    "Danish",
    "Swedish",
    "Polish",
    "Turkish",
    "Finnish",
    "Japanese",
    "Chinese",
    "Taiwanese",
    "Vietnamese",
    "Thai",
    "Filipino",
    "Korean",
    "American",
    "Australian",
    "Indian",
    "Italian",
    "German",
    "Mexican",
    "Brazilian",
    "Nigerian",
];

/// `Never Have I Ever actress Poorna Jagannathan`, `Game of Thrones star Emilia Clarke`: a
/// work before a performer's role noun and a name. Not a place, a nationality, an industry or
/// an award (`Hollywood star`, `South Korean actress`, `Emmy winner`), nor an organisation.
fn star_of_work(t: &str, after: &str) -> bool {
    let Some(rest) = [
        " star ",
        " actress ",
        " actor ",
        " alum ",
        " alumna ",
        " alumnus ",
        " vet ",
        " veteran ",
        " director ",
        " writer ",
        " screenwriter ",
        " lead ",
    ]
    .iter()
    .find_map(|r| after.strip_prefix(r)) else {
        return false;
    };
    let named = names::person(rest)
        .is_ok_and(|(r, _)| r.is_empty() || r.starts_with([' ', ',', '.', ';', ')', '\'', '’']));
    named
        && !t
            .split([' ', '-'])
            .any(|w| NOT_WORK_SET.contains(w) || w.ends_with("ean"))
        && org::org(t).is_none()
        && names::korean_name(t).is_err()
        && t.chars().count() >= 3
}

/// Whether the text before a name is where a cast list names an actor: after `stars`,
/// `starring`, `with`, `alongside` or a list's `,` and `and` (not `recalls Dr. Romantic's Kim
/// Sa-bu`, a character).
pub(crate) fn listed_actor_at(before: &str) -> bool {
    [
        "stars ",
        "starring ",
        "star ",
        "and ",
        ", ",
        "with ",
        "alongside ",
        "including ",
        "features ",
        "featuring ",
        "opposite ",
    ]
    .iter()
    .any(|c| before.ends_with(c))
}

/// `Squid Game’s Lee Byung-hun`, `Hellbound's Yoo Ah-in`: a work that owns a Korean actor's
/// full name, as K-drama news credits a cast by their hits; the work is returned. Not an
/// organisation nor a Korean name (`Lee's Kim Da-mi`), nor a nationality (`Korea's Song
/// Kang`). The title atom keeps a possessive a title word follows (`Mr. Kim's Kitchen`), so
/// the owner is cut at its possessive here.
pub(crate) fn korean_actor_owner(i: &str) -> Option<&str> {
    let window = &i[..super::context::floor_boundary(i, 80)];
    // Most clause starts have no apostrophe near: one byte scan rules them out (`’` opens
    // with 0xE2).
    memchr::memchr2(b'\'', 0xE2, window.as_bytes())?;
    let (head, rest) = ["'s ", "’s "]
        .iter()
        .filter_map(|p| find_str(window, p).map(|at| (&i[..at], &i[at + p.len()..])))
        .min_by_key(|(h, _)| h.len())?;
    let whole = title::bare_title(head).is_ok_and(|(r, _)| r.is_empty());
    // `ASTRO’s Cha Eun-woo`: a group's name in capitals is a stage prefix, not a work.
    let group = !head.contains(|c: char| c.is_lowercase()) || names::group_prefix(i).is_ok();
    (whole
        && !group
        && names::korean_name(rest)
            .is_ok_and(|(r, _)| r.is_empty() || r.starts_with([' ', ',', '.', ';', ')']))
        && names::korean_name(head).is_err()
        && org::org(head).is_none()
        && !head
            .split([' ', '-'])
            .any(|w| NOT_WORK_SET.contains(w) || PLACE_SET.contains(w) || w.ends_with("ean"))
        && head.chars().count() >= 3)
        .then_some(head)
}

/// `Blue Lights continued on Monday with 4,238,000`: a ratings report's head count (or any
/// figure [`with_figure`] takes: `at No. 10 with 2.7 million views`) after a short clause (no
/// punctuation, at most eight words) on a clause-initial title.
fn clause_with_figure(after: &str) -> bool {
    let window = &after[..super::context::floor_boundary(after, 70)];
    let Some(i) = find_str(window, " with ") else {
        return false;
    };
    let between = &after[..i];
    // `rounded out the list at No. 10 with 2.7 million views`: a rank's dot ends nothing.
    let between = between.replace("No. ", "No ");
    // Past a head count, the clause opens with a verb (`continued`, `rounded out`, `holds`),
    // not a noun (`TV titles this week with`).
    let verb = between.split_whitespace().next().is_some_and(|w| {
        w.chars().all(|c| c.is_ascii_lowercase())
            && (w.ends_with("ed")
                || AUDIENCE_VERBS.contains(&w)
                || [
                    "holds",
                    "remains",
                    "continues",
                    "returns",
                    "sits",
                    "lands",
                    "ranks",
                    "comes",
                ]
                .contains(&w))
    });
    let figure = &after[i + " with ".len()..];
    i > 0
        && !between.contains([',', '.', ';', '(', ')', '"', '“', '”', ':'])
        && between.split_whitespace().count() <= 8
        && (super::atoms::number::head_count(figure).is_ok() || (verb && with_figure(&after[i..])))
}

/// `Stranger Things 4 with 28.8M hours viewed`, `Gladiators with 4,761,000`: an audience figure
/// right after `with`.
/// `American Born Chinese, the Disney+ series in which`: an appositive of a channel or service
/// and a type word marks a title, even one that reads as a name.
fn org_typed_appositive(after: &str) -> bool {
    [", the ", ", a ", ", an "]
        .iter()
        .find_map(|a| after.strip_prefix(a))
        .and_then(org::org)
        .and_then(|(r, _)| r.strip_prefix(' '))
        .and_then(|r| r.split([' ', ',', '.']).next())
        .is_some_and(|w| TYPE_SET.contains(w.to_ascii_lowercase().as_str()))
}

/// Verbs in the past tense not ending in `-ed` that take an audience (`NCIS took 7.3M`).
pub(crate) const AUDIENCE_VERBS: &[&str] = &[
    "got", "took", "drew", "hit", "won", "had", "saw", "found", "brought", "pulled", "grabbed",
    "scored", "posted", "netted", "nabbed", "held", "kept", "led", "did",
];

/// `NCIS took 7.3M`, `Ghosts scared 7.05M`, `Fire Country extinguished blazes for 5.7M
/// viewers`: a verb, at most four more lower-case words, then an audience of a hundred
/// thousand or more that ends the clause or counts viewers. What a show draws; not money
/// (`$4M`) nor subscribers.
fn drew_audience(after: &str) -> bool {
    let Some(mut rest) = after.strip_prefix(' ') else {
        return false;
    };
    // `averaged a total audience of 7.4 million viewers`: the verb and four words more.
    for i in 0..5 {
        let end = rest.find(' ').unwrap_or(rest.len());
        let w = &rest[..end];
        if i > 0 && w.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        let lower_word = !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
        let verb = w.ends_with("ed") || AUDIENCE_VERBS.contains(&w);
        if !lower_word || (i == 0 && !verb) {
            return false;
        }
        let Some(r) = rest[end..].strip_prefix(' ') else {
            return false;
        };
        rest = r;
    }
    let Ok((unit, value)) = super::atoms::number::quantity(rest) else {
        return false;
    };
    value >= 100_000.0
        && (unit.is_empty()
            // `did 1.3 mil/0.3`: an audience and a demo rating.
            || unit.starts_with(['.', ',', ';', ')', '/'])
            || [
                " viewers",
                " total viewers",
                " live",
                " on ",
                " in ",
                " to ",
                " for ",
                " and ",
            ]
            .iter()
            .any(|u| unit.starts_with(u)))
}

/// `followed by FBI with 7.7M.`: `with` and an audience in millions that ends the clause or
/// counts viewers; `such as Royal Secret Agent with 14%,`: or a rating that ends it.
fn with_audience(after: &str) -> bool {
    let Some(r) = after.strip_prefix(" with ") else {
        return false;
    };
    if let Ok((unit, pct)) = super::atoms::number::percent(r) {
        return pct <= 100.0
            && (unit.is_empty()
                || unit.starts_with(['.', ',', ';', ')'])
                || unit.starts_with(" and "));
    }
    Some(r)
        .and_then(|r| super::atoms::number::quantity(r).ok())
        .is_some_and(|(unit, value)| {
            value >= 100_000.0
                && (unit.is_empty()
                    || unit.starts_with(['.', ',', ';', ')'])
                    || unit.starts_with(" viewers"))
        })
}

/// Subjects of [`drew_audience`] that are no show: a channel or company (`CBS averaged 5.08
/// million`) or a pronoun.
fn audience_owner(t: &str) -> bool {
    org::org(t).is_some_and(|(r, _)| r.is_empty())
        || [
            "It", "This", "That", "He", "She", "They", "We", "Which", "Who", "The",
        ]
        .contains(&t)
}

fn with_figure(after: &str) -> bool {
    let Some(r) = after.strip_prefix(" with ") else {
        return false;
    };
    // `Limitless Win with 3,424,000 and 2,849,000`: a ratings report's bare head count.
    if super::atoms::number::head_count(r).is_ok() {
        return true;
    }
    let Ok((r, value)) = super::atoms::number::quantity(r) else {
        return false;
    };
    let r = r.to_ascii_lowercase();
    value >= 1000.0
        && [
            " hours viewed",
            " views",
            " viewing hours",
            " hours watched",
        ]
        .iter()
        .any(|u| r.starts_with(u))
}

/// `Berlin, for the third week running, topped`, `The Brothers Sun, another English-language
/// series, clocked`, `Lift, featuring Kevin Hart, led`: a clause-initial title `t` before a
/// chart verb past a short aside. A title that reads like a name (`Harbor Kings`) counts when
/// the aside names its type (`, another English-language series,`).
fn aside_marked(t: &str, after: &str) -> bool {
    const CHART_VERBS: &[&str] = &[
        " topped",
        " led ",
        " clocked",
        " ranked",
        " drew ",
        " recorded",
        " garnered",
        " landed",
        " secured",
        " remained",
        " debuted",
        " premiered",
        " claimed",
        " took ",
        " held ",
        " scored",
        " earned",
        " racked",
        " logged",
        " amassed",
    ];
    let Some((aside, past)) = after.strip_prefix(", ").and_then(|r| {
        find_str(r, ", ")
            .filter(|&i| i <= 70)
            .map(|i| (&r[..i], &r[i + 1..]))
    }) else {
        return false;
    };
    if !CHART_VERBS.iter().any(|v| past.starts_with(v)) {
        return false;
    }
    let typed_aside = !aside.contains(['\'', '’'])
        && aside
            .split([' ', '-'])
            .any(|w| TYPE_SET.contains(&w.to_ascii_lowercase()));
    (typed_aside || !reads_as_person(t))
        && names::cap_word(t).map_or(true, |(r, w)| !r.is_empty() || !names::is_korean_surname(w))
}

/// `• Theo Brandt (Lakeview) has joined ...`: a list item that opens with a person's name
/// (and an earlier work in brackets) and goes on as a sentence is news about that person.
fn person_subject(head: &str, after: &str) -> bool {
    let after = match after.strip_prefix(" (") {
        Some(r) => r.split_once(')').map_or("", |(_, r)| r),
        None => after,
    };
    // `3. Stranger Things season 4`: a season is a show's, whatever its name looks like.
    let season = ["season ", "part ", "series "]
        .iter()
        .any(|w| after.strip_prefix(' ').is_some_and(|r| r.starts_with(w)));
    names::person(head).is_ok_and(|(r, _)| r.is_empty())
        && !season
        && after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()))
}

/// Words of a section heading, not a show (see [`section_name`]).
const GENERIC: &[&str] = &[
    "english",
    "non-english",
    "tv",
    "films",
    "film",
    "movies",
    "movie",
    "shows",
    "show",
    "series",
    "chart",
    "charts",
    "top",
    "10",
    "list",
    "week",
    "weekly",
    "ratings",
    "rating",
    "the",
    "of",
    "and",
    "skip",
    "it",
    "watch",
    "honourable",
    "honorable",
    "mention",
    "mentions",
    "new",
    "returning",
    "this",
    "next",
    "coming",
    "soon",
    "streaming",
    "verdict",
    "our",
    "final",
    "thoughts",
    "bottom",
    "line",
    "what",
    "to",
    "more",
    "also",
    "read",
    "related",
    "news",
    "k-dramas",
    "dramas",
    "drama",
    "k-drama",
    "korean",
    "global",
    "japan",
    "korea",
    "us",
    "uk",
    "highlights",
    "cast",
    "plot",
    "synopsis",
    "episode",
    "episodes",
    "season",
    "premiere",
    "finale",
    "recap",
    "review",
    "trailer",
    "teaser",
    "where",
    "when",
    "how",
    "why",
    "who",
    "latest",
    "best",
    "worst",
    "picks",
    "pick",
    "and",
    "others",
    "other",
    "variety",
    "reality",
    "everything",
    "we",
    "know",
    "so",
    "far",
    "premieres",
    "releases",
    "release",
    "schedule",
    "lineup",
    "line-up",
    "roundup",
    "round-up",
    "preview",
    "previews",
    "winter",
    "spring",
    "summer",
    "fall",
    "autumn",
];

/// A heading that names a section of the article, not a show: `English TV`, `Non-English
/// Films`, `Prime Video Japan`, `Skip It`, `Honourable Mentions`.
fn section_name(t: &str) -> bool {
    let lower = t.to_lowercase();
    // `March Premieres`, `Fall 2024 Lineup`: months and years head sections too.
    let dated = |w: &str| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())) || {
            // `MARCH`, `march`: the month parser reads `March`.
            let mut c = w.chars();
            let cap: String = c
                .next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default();
            date::month(&cap).is_ok_and(|(r, _)| r.is_empty())
        }
    };
    lower.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        GENERIC_SET.contains(w) || dated(w)
    }) || !org::find_orgs(t).is_empty()
}

/// A list head or heading taken whole as a title: words up to a bracket, a dash or the end,
/// every one capitalised or a function word (`When the Plum Blossoms Fall`, `THORNFIELD
/// ROAD`). The position marks it a title, so sentence openers may start it.
fn head_title(line: &str) -> nom::IResult<&str, &str> {
    let end = line
        .find([' ', '(', '–', '—', ':', '|'].as_slice())
        .map(|_| {
            [" (", " – ", " — ", " - ", ": ", " |"]
                .iter()
                .filter_map(|d| line.find(d))
                .min()
                .unwrap_or(line.len())
        })
        .unwrap_or(line.len());
    let t = line[..end].trim_end_matches(['.', ',', '!']);
    let words: Vec<&str> = t.split_whitespace().collect();
    let ok = (2..=10).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || title::is_function_word(w)
        })
        && !words.last().is_some_and(|w| title::is_function_word(w));
    if ok {
        Ok((&line[t.len()..], t))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            line,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// Drops a rank or list marker before a heading's title: `#1 `, `1. `, `No. 3: `, `10) `.
pub fn strip_list_marker(line: &str) -> &str {
    let rest = line
        .strip_prefix("No. ")
        .or_else(|| line.strip_prefix("No."))
        .or_else(|| line.strip_prefix('#'))
        .unwrap_or(line);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return line;
    }
    let after = rest[digits..].trim_start_matches(['.', ')', ':', '-', '–', '—']);
    match after.strip_prefix(' ') {
        Some(title) if after.len() < rest.len() - digits || rest.len() < line.len() => {
            title.trim_start()
        }
        _ => line,
    }
}

/// The chars of `s` that may open a quote, with their offsets: those whose first byte is that
/// of `"`, `'`, `“`, `‘` or `«` (`"`, `'`, 0xE2 or 0xC2, each a char's first byte), found
/// without decoding every char. `«` and the other chars led by 0xC2 are rare: a sentence
/// without that byte (most) is searched for the other three with memchr3, else byte by byte.
fn quote_marks(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let b = s.as_bytes();
    let latin = memchr::memchr(0xC2, b).is_some();
    let fast = (!latin).then(|| memchr::memchr3_iter(b'"', b'\'', 0xE2, b));
    let slow = latin.then(|| {
        b.iter()
            .enumerate()
            .filter(|&(_, b)| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
            .map(|(at, _)| at)
    });
    fast.into_iter()
        .flatten()
        .chain(slow.into_iter().flatten())
        .filter_map(|at| Some((at, s[at..].chars().next()?)))
}

/// Whether a candidate is names of people joined by `and` or commas (`Sienna Vale and Graham Tully`).
fn is_person_list(t: &str) -> bool {
    let parts: Vec<&str> = split_str(t, " and ")
        .flat_map(|p| split_str(p, ", "))
        .collect();
    parts.len() >= 2 && parts.iter().all(|p| reads_as_person(p.trim()))
}

/// Whether a candidate joins a person's name to something (`Seo Da-in in Moonlit Ferry`,
/// `Do-hee and Ma Seung-ri`) or ends in a year phrase (`Seoul in 1968`).
fn has_person_part(t: &str) -> bool {
    let year_tail = rsplit_once_str(t, " in ")
        .is_some_and(|(_, y)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let and_parts: Vec<&str> = split_str(t, " and ").collect();
    // Around `in`, only a Korean name is sure to be a person: `Nine Days in Tangier` is a title.
    let in_parts: Vec<&str> = split_str(t, " in ").collect();
    year_tail
        // A Korean name is surely a person; Western-looking names only when every part is one
        // (`Coffee and Crime Scenes` is a title, `Mara Ellison and Nell Harrow` are people).
        || (and_parts.len() >= 2
            && (and_parts.iter().any(|p| {
                names::korean_name(p.trim()).is_ok_and(|(r, _)| r.is_empty())
                    || p.trim().split_once('-').is_some_and(|(a, b)| {
                        names::is_romanised_korean(a) && names::is_romanised_korean(b)
                    })
            }) || and_parts.iter().all(|p| reads_as_person(p.trim()))))
        || (in_parts.len() >= 2
            && in_parts
                .iter()
                .any(|p| names::korean_name(p.trim()).is_ok_and(|(r, _)| r.is_empty())))
}

/// Drops an owner before a title: `MBC's Crescent Moon Laundry`, `A and B's Z` give the title
/// alone when the owner is an organisation or people.
fn strip_owner(t: &str) -> &str {
    // `Alice on SBS`, `Lift on Netflix`: where it airs, not part of its title.
    let t = [" on ", " via ", " at "]
        .iter()
        .find_map(|sep| {
            rsplit_once_str(t, sep)
                .filter(|(_, o)| org::org(o).is_some_and(|(r, _)| r.is_empty()))
                .map(|(head, _)| head)
        })
        .unwrap_or(t);
    const COUNTRIES: &[&str] = &[
        "Spain",
        "Japan",
        "Korea",
        "France",
        "Germany",
        "Italy",
        "Mexico",
        "India",
        "Brazil",
        "Turkey",
        "Britain",
        "China",
        "Taiwan",
        "Thailand",
        "Colombia",
        "Argentina",
        "Poland",
        "Denmark",
        "Sweden",
        "Norway",
        "America",
        "Canada",
        "Australia",
        "Nigeria",
        "Egypt",
    ];
    for sep in ["'s ", "’s ", "’ ", "' "] {
        if let Some(at) = find_str(t, sep) {
            let owner = &t[..at];
            // `SBS’ Business Proposal`: a bare apostrophe after an owner ending in s.
            if !sep.contains('s') && !owner.ends_with(['s', 'S']) {
                continue;
            }
            // `Doctor Lee's Second Life`, `Mr. Kim's Kitchen`: an honorific owner is the title's.
            let honorific = [
                "Doctor",
                "Dr.",
                "Dr",
                "Mr.",
                "Mr",
                "Mrs.",
                "Ms.",
                "Miss",
                "Professor",
                "Captain",
                "King",
                "Queen",
                "Prince",
                "Princess",
                "Lady",
                "Lord",
                "Sir",
                "Uncle",
                "Aunt",
                "Grandma",
                "Grandpa",
            ]
            .iter()
            .any(|h| owner.split_whitespace().next() == Some(*h));
            if honorific {
                return t;
            }
            let is_org = org::org(owner).is_some_and(|(rest, _)| rest.is_empty())
                || COUNTRIES.contains(&owner);
            if is_org || reads_as_person(owner) || is_person_list(owner) {
                return &t[at + sep.len()..];
            }
        }
    }
    t
}

/// Whether a candidate title is a person's name as a whole.
fn reads_as_person(t: &str) -> bool {
    names::person(t).is_ok_and(|(rest, _)| rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_are_their_lists() {
        for (list, set) in [
            (TYPE_WORDS, &*TYPE_SET),
            (PLACES, &*PLACE_SET),
            (NOT_TITLES, &*NOT_TITLE_SET),
            (NOT_WORKS, &*NOT_WORK_SET),
            (GENERIC, &*GENERIC_SET),
        ] {
            let others = [
                "", "drama ", "Drama", "seriess", "a", "the", "k-drama", "2024",
            ];
            for w in list.iter().chain(&others) {
                assert_eq!(set.contains(w), list.contains(w), "{w:?}");
            }
        }
    }

    #[test]
    fn typed_odd_titles_are_years_and_weekdays_after_type_words() {
        for (text, want) in [
            (
                "the new drama series 1923, starring Helen Mirren",
                vec!["1923"],
            ),
            (
                "Netflix's new series Wednesday clocks in",
                vec!["Wednesday"],
            ),
            ("the Yellowstone prequel 1883.", vec!["1883"]),
            ("1. Squid Game\n2. Wednesday\n3. Dark", vec!["Wednesday"]),
            // Times and dates, not titles.
            ("the drama Friday and the comedy Saturday night", vec![]),
            ("the series Wednesday, March 3", vec![]),
            ("the series Friday at 9", vec![]),
            ("the 1923 film", vec![]),
            ("the drama series 2023 saw", vec![]),
            ("a miniseries 1923 is", vec![]),
        ] {
            assert_eq!(typed_odd_titles(text), want, "{text}");
        }
    }

    /// The clause starts as first written: a chain of searches, in no order, with repeats.
    fn clause_starts_chained(s: &str) -> BTreeSet<usize> {
        std::iter::once(0)
            .chain(
                s.match_indices([',', ';', '(', ':'])
                    .map(|(i, _)| i + 1)
                    .chain(find_words(s, "and").into_iter().map(|i| i + 3))
                    .chain(find_words(s, "followed by").into_iter().map(|i| i + 11))
                    .chain(find_words(s, "while").into_iter().map(|i| i + 5))
                    .chain(s.match_indices(' ').map(|(i, _)| i).filter(|&i| {
                        let prev = s[..i].rsplit(' ').next().unwrap_or("");
                        (prev.starts_with(char::is_lowercase)
                            || !prev.is_empty() && prev.bytes().all(|b| b.is_ascii_digit()))
                            && s[i + 1..].starts_with(|c: char| c.is_uppercase())
                    }))
                    .filter_map(|i| s[i..].starts_with(' ').then_some(i + 1)),
            )
            .collect()
    }

    #[test]
    fn clause_starts_are_the_chained_searches() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/articles");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.path())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        assert!(texts.len() >= 20);
        texts.extend(
            [
                "",
                " ",
                "a",
                "And And, and; AND (while Followed by X: 2024 Él élan É",
                "the debut of The Ember Trials, and 김 Kim,",
                "12 Ways, 3 É, x Ü; é Ö( Y:",
            ]
            .map(String::from),
        );
        for text in &texts {
            for s in text.lines() {
                let starts = clause_starts(s, &Grams::of(s));
                assert!(starts.windows(2).all(|w| w[0] < w[1]), "{s:?}");
                assert_eq!(
                    starts.into_iter().collect::<BTreeSet<_>>(),
                    clause_starts_chained(s),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn quote_marks_are_the_pass_over_the_bytes() {
        // As first written: every byte tested.
        let old = |s: &str| -> Vec<(usize, char)> {
            s.bytes()
                .enumerate()
                .filter(|&(_, b)| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
                .filter_map(|(at, _)| Some((at, s[at..].chars().next()?)))
                .collect()
        };
        for s in [
            "",
            "\"Pine Harbor,\" said",
            "‘Moon’ «Lune» “Sun” 'Star' «",
            "Kim's ‘s 시청률 “ é ’ … – —",
            "Kim's ‘s 시청률 “ é ’ … – — ½",
            "«",
            "no quotes at all",
            "'",
            "a\"b'c’d",
        ] {
            assert_eq!(quote_marks(s).collect::<Vec<_>>(), old(s), "{s:?}");
        }
    }

    #[test]
    fn quote_marks_hold_every_quote_char() {
        for s in [
            "",
            "\"Pine Harbor,\" said",
            "‘Moon’ «Lune» “Sun” 'Star' «",
            "Kim's ‘s 시청률 “ é ’",
        ] {
            let quotes = |c: char| matches!(c, '"' | '“' | '‘' | '\'' | '«');
            let marks: Vec<(usize, char)> = quote_marks(s).filter(|&(_, c)| quotes(c)).collect();
            let all: Vec<(usize, char)> = s.char_indices().filter(|&(_, c)| quotes(c)).collect();
            assert_eq!(marks, all, "{s:?}");
        }
    }

    fn harvested(s: &str) -> Vec<String> {
        let mut out = BTreeSet::new();
        harvest(s, &Grams::of(s), BlockKind::Paragraph, &mut out);
        prune(&mut out);
        out.into_iter().collect()
    }

    #[test]
    fn list_markers_are_not_titles() {
        for (line, want) in [
            ("#1 Red Lacquer Palace", "Red Lacquer Palace"),
            ("No. 3: Dear Rival", "Dear Rival"),
            ("10) Moonlit Harbor", "Moonlit Harbor"),
            ("2. Lovely Runner", "Lovely Runner"),
            ("Reply 1988", "Reply 1988"),
            ("1987: When the Day Comes", "1987: When the Day Comes"),
        ] {
            assert_eq!(strip_list_marker(line), want);
        }
    }

    #[test]
    fn titles_are_found_where_marked() {
        assert_eq!(
            harvested("his 2024 hit drama, Queen of Tears, from a fan's view."),
            ["Queen of Tears"]
        );
        assert_eq!(
            harvested("Queen of Tears, which aired in early 2024, is a hit."),
            ["Queen of Tears"]
        );
        assert_eq!(
            harvested("Fans loved \"Moonlit Harbor\" and tvN's Lovely Runner."),
            ["Lovely Runner", "Moonlit Harbor"]
        );
        assert_eq!(
            harvested("Kim Soo-hyun stars as Baek Hyun-woo."),
            Vec::<String>::new()
        );
        assert_eq!(
            harvested("Jenna Ortega stars in the show."),
            Vec::<String>::new()
        );
        assert_eq!(
            harvested("Figures shared by Amazon on Monday, the film was seen widely."),
            Vec::<String>::new()
        );
        assert_eq!(
            harvested("Nine Days in Tangier, the Jake Corrow starrer, opened."),
            ["Nine Days in Tangier"]
        );
    }
}

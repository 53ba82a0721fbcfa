//! Genre: `is a romantic comedy`, `the mystery-thriller X`, `Genre: Romantic Fantasy / Suspense`.

use std::sync::LazyLock;

use super::atoms::words::WordSet;
use super::context::WordCues;
use super::{Ctx, RawFact, ShowRef};
use crate::extract::fact::Claim;
use crate::text::BlockKind;

/// Genre words; a genre is a run of them (`romantic comedy`, `revenge thriller`).
const GENRE_WORDS: &[&str] = &[
    "romantic",
    "romance",
    "comedy",
    "rom-com",
    "romcom",
    "thriller",
    "mystery",
    "melodrama",
    "fantasy",
    "horror",
    "action",
    "crime",
    "legal",
    "medical",
    "historical",
    "period",
    "sageuk",
    "sci-fi",
    "science",
    "fiction",
    "coming-of-age",
    "slice-of-life",
    "family",
    "political",
    "psychological",
    "zombie",
    "youth",
    "sports",
    "suspense",
    "noir",
    "office",
    "black",
    "dark",
    "satire",
    "satirical",
    "musical",
    "documentary",
    "animated",
    "war",
    "disaster",
    "supernatural",
    "time-travel",
    "time-slip",
    "workplace",
    "business",
    "revenge",
    "healing",
    "teen",
    "school",
    "high",
    "investigative",
    "procedural",
    "spy",
    "heist",
    "adventure",
    "superhero",
    "dystopian",
    "apocalyptic",
    "post-apocalyptic",
    "survival",
    "occult",
    "fantasy-romance",
    "mystery-thriller",
    "action-thriller",
    "crime-thriller",
    "romantic-comedy",
    "dramedy",
    "mockumentary",
    "anthology",
    "western",
    "epic",
    "martial",
    "arts",
    "wuxia",
    "espionage",
    "detective",
    "courtroom",
    "hospital",
    "human",
    "character",
    "love",
    "story",
    "tragedy",
    "tragicomedy",
    "whodunit",
    "sitcom",
    "slasher",
    "monster",
    "creature",
    "vampire",
    "gothic",
    "cooking",
    "culinary",
    "reality",
    "competition",
    "dating",
    "true-crime",
    "variety",
    "comedy-drama",
    "neo-western",
    "cyberpunk",
    "telenovela",
    "docuseries",
    "stand-up",
    "idol",
    "music",
    "musical",
];

/// [`GENRE_WORDS`] as a hash set: `genre_run` and `skip_modifiers` ask it for every word
/// after each `a`, `the` or `its` of a sentence, where the list compared about a hundred
/// entries a word.
static GENRE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(GENRE_WORDS));

/// [`HEADS`] as a hash set.
static HEAD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(HEADS));

/// [`ANAPHOR_VERBS`] and [`NOT_KINDS`] as hash sets.
static ANAPHOR_VERB_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ANAPHOR_VERBS));
static NOT_KIND_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_KINDS));

/// Genre heads that stand alone; a run must hold one of them to count.
const HEADS: &[&str] = &[
    "comedy",
    "rom-com",
    "romcom",
    "thriller",
    "mystery",
    "melodrama",
    "fantasy",
    "horror",
    "romance",
    "sageuk",
    "sci-fi",
    "fiction",
    "suspense",
    "noir",
    "satire",
    "musical",
    "documentary",
    "action",
    "crime",
    "dramedy",
    "mockumentary",
    "tragedy",
    "tragicomedy",
    "whodunit",
    "slasher",
    "mystery-thriller",
    "action-thriller",
    "crime-thriller",
    "romantic-comedy",
    "fantasy-romance",
    "adventure",
    "western",
    "procedural",
    "espionage",
    "coming-of-age",
    "slice-of-life",
    "heist",
    "zombie",
    "survival",
    "apocalyptic",
    "spy",
    "competition",
    "true-crime",
    "comedy-drama",
    "neo-western",
    "telenovela",
    "docuseries",
];

/// Finds genres in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    let lower = s.to_ascii_lowercase();
    if ctx.kind == BlockKind::Labelled {
        if let Some((label, value)) = super::context::split_label(&lower)
            && matches!(label.trim(), "genre" | "genres" | "type")
        {
            let base = lower.len() - value.len();
            let mut at = 0;
            for part in value
                .split(['/', ',', '|', ';'])
                .flat_map(|p| p.split(" and "))
            {
                let start = value[at..].find(part).map_or(at, |i| at + i);
                at = start + part.len();
                let g = part.trim().trim_end_matches('.');
                if !g.is_empty() && g.split_whitespace().count() <= 4 {
                    let off = start + part.len() - part.trim_start().len();
                    ctx.push(
                        out,
                        ShowRef::Focus,
                        Claim::Genre {
                            genre: g.to_string(),
                        },
                        0.9,
                        "genre.label",
                        base + off..base + off + g.len(),
                    );
                }
            }
            return;
        }
        return;
    }
    before_titles(ctx, &lower, out);
    plural_before_titles(ctx, &lower, out);
    // `is a romantic comedy`, `the mystery-thriller X`, `the kind of melodrama that`.
    static ARTICLES: &[&str] = &[
        "a", "an", "the", "this", "its", "kind of", "sort of", "type of", "romantic", "new",
    ];
    static ARTICLE_CUES: LazyLock<WordCues> = LazyLock::new(|| WordCues::new(ARTICLES));
    let hits = ARTICLE_CUES.find(&lower);
    for (k, at) in hits.iter() {
        let article = ARTICLES[k];
        let from = if ["romantic", "new"].contains(&article) {
            at
        } else {
            at + article.len() + 1
        };
        // `Channel A’s`: the article word must be followed by a space.
        if from >= lower.len()
            || !lower.is_char_boundary(from)
            || (from > at && !lower[..from].ends_with(' '))
        {
            continue;
        }
        // Modifiers may stand between: `the eight-part British thriller`.
        let from = skip_modifiers(&lower, from);
        let Some((start, end, genre)) = genre_run(&lower, from) else {
            continue;
        };
        let head = lower[..at].trim_end();
        let copula = article.ends_with(" of")
            || [
                "is",
                "was",
                "as",
                "be",
                "it's",
                "is also",
                "is really",
                "'s really",
                "is essentially",
                "is basically",
                "called",
                "described as",
                "billed as",
                "remains",
                "becomes",
                "became",
            ]
            .iter()
            .any(|c| head.ends_with(c));
        let after = &lower[end..];
        let next_word: String = after
            .trim_start_matches([' ', '-', ','])
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        let not_genre = [
            "writer",
            "actor",
            "actress",
            "director",
            "fan",
            "fans",
            "star",
            "icon",
            "legend",
            "veteran",
            "specialist",
            "genius",
            "queen",
            "king",
            "club",
            "channel",
            "novel",
            "book",
            "webtoon",
            "scene",
            "scenes",
            "genre",
            "element",
            "elements",
            "vibe",
            "vibes",
            "between",
            "of",
            "line",
            "lines",
            "storyline",
            "plot",
        ];
        let titled = ctx
            .title_spans()
            .any(|(t, _)| t.start >= end && t.start <= end + 12);
        // `the thriller follows`: the genre names the show in focus.
        // `The CBS medical drama's finale`, `a new best for the fantasy mystery.`
        let possessive = after.starts_with("'s ") || after.starts_with("’s ");
        let closes = genre.contains(' ') && (after.is_empty() || after.starts_with(['.', '!']));
        let anaphoric = matches!(article, "the" | "this" | "its")
            && (genre.contains(' ')
                || STRONG_ANAPHORS.contains(&genre.as_str())
                || TYPE_NOUNS.contains(&next_word.as_str()))
            && (ANAPHOR_VERB_SET.contains(&next_word)
                    || TYPE_NOUNS.contains(&next_word.as_str())
                    // `The survival drama, featuring`: the type noun closed the run.
                    || genre.ends_with(" drama")
                    || possessive
                    || closes);
        // `Lantern Street 1987, a period drama`, `"Overtime Love" (working title), a
        // romantic comedy`: an appositive to a title.
        let appositive = head.trim_end_matches(['"', '”', '\'', '’']).ends_with(',')
            && ctx.title_spans().any(|(t, _)| {
                t.end <= at && {
                    let between = lower[t.end..at].trim_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '"' | '”' | '\'' | '’')
                    });
                    let between = match between.split_once(')') {
                        Some((note, rest)) if note.trim_start().starts_with('(') => rest.trim(),
                        _ => between,
                    };
                    between.trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”'))
                        == ","
                }
            });
        if not_genre.contains(&next_word.as_str()) || !(copula || titled || anaphoric || appositive)
        {
            continue;
        }
        if out.iter().any(|f| {
            matches!(&f.claim, Claim::Genre { genre: g } if *g == genre)
                && f.span.start == ctx.abs(start)
        }) {
            continue;
        }
        let show = if titled {
            ctx.title_spans()
                .find(|(t, _)| t.start >= end)
                .map_or(ShowRef::Focus, |(_, n)| ShowRef::Named(n.to_string()))
        } else {
            ctx.show_near(at)
        };
        let confidence = if anaphoric && !copula && !titled && !appositive {
            0.7
        } else {
            0.8
        };
        ctx.push(
            out,
            show,
            Claim::Genre { genre },
            confidence,
            "genre.noun_phrase",
            start..end,
        );
    }
}

/// `legal thriller "Verdict of the Crows"`, `Netflix's aviation drama "Crosswind"`,
/// `Korean dating show "Single's Island"`: genre words right before a title.
fn before_titles(ctx: &Ctx, lower: &str, out: &mut Vec<RawFact>) {
    for (t, name) in ctx.title_spans() {
        let head = lower[..t.start].trim_end_matches(['"', '“', '\'', '‘', ' ']);
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut end = head.len();
        for _ in 0..5 {
            let h = &lower[..end];
            let w_start = h
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_ascii_alphabetic() || c == '-'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let w = &h[w_start..];
            if w.is_empty() || (w_start > 0 && !h[..w_start].ends_with(' ')) {
                break;
            }
            words.push((w_start, w));
            end = w_start.saturating_sub(1);
            if w_start == 0 {
                break;
            }
        }
        words.reverse();
        // The type noun next to the title, then the genre words before it.
        let type_noun = words
            .last()
            .map(|(_, w)| *w)
            .filter(|w| TYPE_NOUNS.contains(w) || *w == "docuseries");
        let genre_part = &words[..words.len() - usize::from(type_noun.is_some())];
        let mut run: Vec<(usize, &str)> = Vec::new();
        for &(at, w) in genre_part.iter().rev() {
            let known = GENRE_SET.contains(w);
            // `aviation drama`, `dating show`: a kind named just before its type noun.
            let kind = run.is_empty()
                && match type_noun {
                    Some("drama") => {
                        !NOT_KIND_SET.contains(w)
                            && !w.ends_with("-episode")
                            && !w.ends_with("-part")
                            // Lower case throughout: `tvN drama` names a channel.
                            && ctx.s()[at..]
                                .bytes()
                                .take(w.len())
                                .all(|b| b.is_ascii_lowercase() || b == b'-')
                    }
                    Some("show" | "series") => SHOW_KINDS.contains(&w),
                    _ => false,
                };
            if known || kind {
                run.push((at, w));
            } else {
                break;
            }
        }
        run.reverse();
        let Some(&(start, _)) = run.first() else {
            continue;
        };
        let mut genre: Vec<&str> = run.iter().map(|(_, w)| *w).collect();
        let has_head = genre.iter().any(|w| HEAD_SET.contains(w));
        // `spy drama Slow Horses`, `the crime drama Tin Roof`: a drama's kind keeps its noun,
        // as the text names it.
        match type_noun {
            Some("drama") => genre.push("drama"),
            Some("show") if !has_head => genre.push("show"),
            _ if !has_head => continue,
            _ => {}
        }
        let genre = genre.join(" ");
        let end = start + genre.len().min(head.len() - start);
        if out.iter().any(|f| {
            matches!(&f.claim, Claim::Genre { genre: g } if *g == genre)
                && f.span.start == ctx.abs(start)
        }) {
            continue;
        }
        ctx.push(
            out,
            ShowRef::Named(name.to_string()),
            Claim::Genre { genre },
            0.8,
            "genre.before_title",
            start..end.max(start + 1),
        );
    }
}

/// `comedies “The Conners” and “Not Dead Yet”`, `dramas “Will Trent,” “The Rookie” and
/// “The Good Doctor”`: a plural genre noun before a list of titles gives each its genre.
fn plural_before_titles(ctx: &Ctx, lower: &str, out: &mut Vec<RawFact>) {
    const PLURALS: &[(&str, &str)] = &[
        ("comedies", "comedy"),
        ("dramas", "drama"),
        ("thrillers", "thriller"),
        ("sitcoms", "sitcom"),
        ("melodramas", "melodrama"),
        ("rom-coms", "rom-com"),
        ("romcoms", "rom-com"),
        ("mysteries", "mystery"),
        ("procedurals", "procedural"),
    ];
    if !PLURALS.iter().any(|(p, _)| ctx.grams.may_contain(p)) {
        return;
    }
    let titles: Vec<_> = ctx.title_spans().collect();
    let mut i = 0;
    while i < titles.len() {
        let (t, _) = &titles[i];
        let head = lower[..t.start].trim_end_matches(['"', '“', '\'', '‘', ' ']);
        let word = head.rsplit(' ').next().unwrap_or("");
        let Some(&(plural, genre)) = PLURALS.iter().find(|(p, _)| *p == word) else {
            i += 1;
            continue;
        };
        let start = head.len() - plural.len();
        // `directing skills through dramas "The Fiery Priest" and "Punch"`: works named by
        // their type, not a genre (`High-stakes dramas` names one).
        let before = head[..start].trim_end().rsplit(' ').next().unwrap_or("");
        if plural == "dramas"
            && [
                "through",
                "in",
                "of",
                "the",
                "his",
                "her",
                "their",
                "two",
                "three",
                "both",
                "hit",
                "previous",
                "such",
                "other",
                "like",
                "and",
                "as",
                "from",
                "popular",
                "include",
                "includes",
                "including",
            ]
            .contains(&before)
        {
            i += 1;
            continue;
        }
        // The title and those listed right after it.
        let mut j = i;
        loop {
            let (t, name) = &titles[j];
            ctx.push(
                out,
                ShowRef::Named(name.to_string()),
                Claim::Genre {
                    genre: genre.to_string(),
                },
                0.75,
                "genre.plural_before_titles",
                start..t.end,
            );
            let Some((next, _)) = titles.get(j + 1) else {
                break;
            };
            let between = lower[t.end..next.start].trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '”' | '“' | '\'' | '’' | ',')
            });
            if !(between.is_empty() || between == "and" || between == "or") {
                break;
            }
            j += 1;
        }
        i = j + 1;
    }
}

/// Words before `drama` that are not a kind of drama.
const NOT_KINDS: &[&str] = &[
    "new",
    "hit",
    "upcoming",
    "latest",
    "weekend",
    "weekday",
    "daily",
    "nightly",
    "original",
    "limited",
    "popular",
    "beloved",
    "acclaimed",
    "k",
    "web",
    "tv",
    "television",
    "streaming",
    "first",
    "second",
    "final",
    "next",
    "last",
    "same",
    "other",
    "big",
    "biggest",
    "top",
    "top-rated",
    "highest-rated",
    "most-watched",
    "long-running",
    "returning",
    "breakout",
    "surprise",
    "sleeper",
    "buzzy",
    "its",
    "his",
    "her",
    "their",
    "the",
    "a",
    "an",
    "this",
    "that",
    "cable",
    "terrestrial",
    "broadcast",
    "primetime",
    "prime-time",
    "mid-week",
    "monday-tuesday",
    "wednesday-thursday",
    "friday-saturday",
    "saturday-sunday",
    "mon-tue",
    "wed-thu",
    "fri-sat",
    "sat-sun",
    "one",
    "two",
    "three",
    "comeback",
    "debut",
    "star-studded",
    "anticipated",
    "much-anticipated",
    "hyped",
    "much-hyped",
    "ongoing",
    "previous",
    "recent",
    "former",
    "ended",
    "whole",
    "entire",
    "korean-language",
    "english-language",
    "foreign",
    "local",
    "global",
    "and",
    "or",
    "of",
    "in",
    "on",
    "with",
    "by",
    "for",
    "as",
    "to",
    "at",
    "from",
    "is",
    "was",
    "has",
    "had",
];

/// Nationalities before a genre or type noun: `the Spanish crime thriller`.
const NATIONALITIES: &[&str] = &[
    "korean",
    "british",
    "american",
    "spanish",
    "japanese",
    "chinese",
    "french",
    "german",
    "irish",
    "scottish",
    "indian",
    "turkish",
    "thai",
    "taiwanese",
];

/// Kinds of show named before `show` or `series`.
const SHOW_KINDS: &[&str] = &[
    "dating",
    "cooking",
    "variety",
    "talk",
    "reality",
    "game",
    "quiz",
    "travel",
    "survival",
    "audition",
    "competition",
    "documentary",
    "true-crime",
    "docu",
    "baking",
    "makeover",
];

/// Type nouns after a genre: `the coming-of-age drama, about`.
const TYPE_NOUNS: &[&str] = &[
    "drama",
    "series",
    "film",
    "movie",
    "show",
    "k-drama",
    "miniseries",
    "sitcom",
];

/// Genres that stand for the show on their own: `the melodrama drew`.
const STRONG_ANAPHORS: &[&str] = &[
    "thriller",
    "melodrama",
    "rom-com",
    "romcom",
    "sageuk",
    "mystery-thriller",
    "dramedy",
    "sitcom",
    "whodunit",
    "mystery",
    "romance",
    "noir",
    "procedural",
];

/// Verbs after `the GENRE` that make it the show in focus.
const ANAPHOR_VERBS: &[&str] = &[
    "follows",
    "airs",
    "comes",
    "came",
    "opens",
    "opened",
    "hits",
    "debuts",
    "debuted",
    "premieres",
    "draws",
    "tells",
    "stars",
    "centers",
    "centres",
    "revolves",
    "passed",
    "drew",
    "recorded",
    "topped",
    "premiered",
    "aired",
    "is",
    "was",
    "has",
    "had",
    "features",
    "became",
    "continues",
    "ranked",
    "surpassed",
    "amassed",
    "garnered",
    "earned",
    "reached",
    "depicts",
    "portrays",
    "marks",
    "will",
    "also",
    "concluded",
    "ended",
    "returns",
    "which",
    "that",
    "about",
    "set",
    "starring",
    "from",
    "following",
    "based",
    "centered",
    "centred",
    "sees",
    "takes",
    "scored",
    "posted",
    "averaged",
    "rose",
    "fell",
    "dipped",
    "climbed",
    "slipped",
    "jumped",
    "on",
    "led",
    "pairs",
    "finds",
    "delivers",
    "drops",
    "directed",
    "written",
    "penned",
    "helmed",
    "logged",
    "racked",
    "clocked",
    "appeared",
    "appears",
    "remained",
    "remains",
    "stayed",
    "held",
    "landed",
    "made",
    "makes",
    "continued",
    "secured",
    "claimed",
    "finished",
];

/// Words between an article and a genre that are not genres (with [`NATIONALITIES`] and
/// counted or hyphenated words): [`skip_modifiers`] passes over them.
const MODIFIERS: &[&str] = &[
    "upcoming",
    "new",
    "hit",
    "latest",
    "acclaimed",
    "south",
    "weekend",
    "original",
    "popular",
    "beloved",
    "critically",
    "gripping",
    "quirky",
    "charming",
    "dark",
    "twisty",
    "slow-burn",
    "award-winning",
    "star-studded",
    "cozy",
    "heartwarming",
    "netflix",
    "tvn",
    "jtbc",
    "sbs",
    "mbc",
    "kbs2",
    "ena",
    "hbo",
    "bbc",
    "disney+",
    "korean-language",
    "english-language",
];

/// [`MODIFIERS`] and [`NATIONALITIES`] as hash sets.
static MODIFIER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(MODIFIERS));
static NATIONALITY_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NATIONALITIES));

/// Words between an article and a genre that are not genres: counts of parts, nationalities,
/// `upcoming`, `new`. Returns the offset after them.
fn skip_modifiers(lower: &str, mut at: usize) -> usize {
    for _ in 0..4 {
        let rest = &lower[at..];
        let end = rest.find(' ').unwrap_or(rest.len());
        let w = &rest[..end];
        let counted = ["-part", "-episode", "-hour", "-minute"]
            .iter()
            .any(|u| w.ends_with(u));
        // `big-budget`, `British-set`, `long-awaited`: hyphenated modifiers.
        let hyphenated = w.contains('-') && !GENRE_SET.contains(w);
        if (MODIFIER_SET.contains(w) || NATIONALITY_SET.contains(w) || counted || hyphenated)
            && end < rest.len()
            && !GENRE_SET.contains(w)
        {
            at += end + 1;
        } else {
            break;
        }
    }
    at
}

/// The longest run of genre words from byte `from` that holds a head; trailing `drama` kept
/// when the run names a kind of drama (`legal drama`).
fn genre_run(lower: &str, from: usize) -> Option<(usize, usize, String)> {
    let mut end = from;
    let mut words = Vec::new();
    let mut at = from;
    while at < lower.len() {
        let rest = &lower[at..];
        let w_end = rest
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        let w = &rest[..w_end];
        if w.is_empty() || !GENRE_SET.contains(w) {
            break;
        }
        words.push(w);
        end = at + w_end;
        if !rest[w_end..].starts_with(' ') {
            break;
        }
        at += w_end + 1;
    }
    let has_head = words.iter().any(|w| HEAD_SET.contains(w));
    // `legal drama`: a kind of drama whose first word is no genre alone; `crime drama`,
    // `fantasy drama`: genres as stated, with their noun.
    let drama_kind = lower[end..].starts_with(" drama")
        && !lower[end + " drama".len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        && words.last().is_some_and(|w| !w.contains("drama"))
        && (has_head
            || words.iter().any(|w| {
                [
                    "legal",
                    "medical",
                    "historical",
                    "period",
                    "family",
                    "political",
                    "youth",
                    "sports",
                    "office",
                    "human",
                    "healing",
                    "teen",
                    "workplace",
                    "revenge",
                    "courtroom",
                    "hospital",
                    "business",
                    "school",
                    "high",
                    "investigative",
                    "cooking",
                    "idol",
                    "music",
                    "war",
                    "disaster",
                    "supernatural",
                    "romantic",
                    "crime",
                    "mystery",
                    "fantasy",
                    "action",
                ]
                .contains(w)
            }));
    if drama_kind {
        end += " drama".len();
        words.push("drama");
    } else if !has_head {
        return None;
    }
    Some((from, end, words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_are_their_lists() {
        for (list, set) in [
            (GENRE_WORDS, &*GENRE_SET),
            (HEADS, &*HEAD_SET),
            (MODIFIERS, &*MODIFIER_SET),
            (NATIONALITIES, &*NATIONALITY_SET),
            (ANAPHOR_VERBS, &*ANAPHOR_VERB_SET),
            (NOT_KINDS, &*NOT_KIND_SET),
        ] {
            let others = [
                "",
                "drama",
                "romantic-comedy-ish",
                "thrillers",
                "new ",
                "a",
                "k-drama",
            ];
            for w in list.iter().chain(&others) {
                assert_eq!(set.contains(w), list.contains(w), "{w:?}");
            }
        }
    }

    #[test]
    fn genre_runs() {
        assert_eq!(
            genre_run("romantic comedy that tells", 0).map(|g| g.2),
            Some("romantic comedy".into())
        );
        assert_eq!(
            genre_run("legal drama about", 0).map(|g| g.2),
            Some("legal drama".into())
        );
        assert_eq!(
            genre_run("mystery-thriller", 0).map(|g| g.2),
            Some("mystery-thriller".into())
        );
        assert_eq!(
            genre_run("crime drama about", 0).map(|g| g.2),
            Some("crime drama".into())
        );
        assert_eq!(
            genre_run("crime dramas", 0).map(|g| g.2),
            Some("crime".into())
        );
        assert_eq!(genre_run("humble lawyer", 0), None);
    }
}

//! Extraction: article text to raw facts, one grammar file per relation over shared atoms.
//!
//! Two passes over an article: the lexicon pass finds the show titles it names (quoted titles,
//! titles next to type words and verbs), then every relation grammar runs over every sentence
//! that is not quoted speech. Extraction never fails; nom types stay inside this module.

mod asides;
pub mod atoms;
mod cast;
mod context;
mod credits;
mod episodes;
pub mod fact;
mod genre;
mod lexicon;
mod metric;
pub(crate) mod network;
mod premiere;

use std::ops::Range;
use std::sync::LazyLock;

pub use context::{Ctx, Grams, PrevSentence, find_words, floor_boundary};
pub use fact::{Claim, Evidence, Fact, MetricKind, ShowType};

use crate::text::{Article, BlockKind, segment};

/// Which show a fact is about, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShowRef {
    /// Named in the sentence.
    Named(String),
    /// Referred to as `the drama`, `the series`, `it`, or left implicit: the show in focus.
    Focus,
}

/// A fact as a grammar found it: surface names, the matched span and the rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFact {
    /// The show.
    pub show: ShowRef,
    /// The claim, with names as written.
    pub claim: Claim,
    /// The rule's confidence, 0 to 1.
    pub confidence: f64,
    /// The rule id, `relation.construction`.
    pub rule: &'static str,
    /// Byte span of the matched text in the article.
    pub span: Range<usize>,
    /// Index of the block (paragraph, list item, labelled line) the fact is in.
    pub block: usize,
    /// The title heading the list item or section the fact is in, in listicles.
    pub section: Option<String>,
}

/// A name as it occurs in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The text of the name.
    pub text: String,
    /// Its byte span in the article.
    pub span: Range<usize>,
    /// Index of the block it is in.
    pub block: usize,
    /// Whether it opens its sentence (a subject, not an aside).
    pub leads: bool,
    /// Whether its sentence speaks of earlier works (`hits such as …`, `known for …`).
    pub past: bool,
}

/// What extraction found in one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// The facts, in text order.
    pub facts: Vec<RawFact>,
    /// Every mention of a known show title outside quoted speech, in text order.
    pub titles: Vec<Mention>,
    /// Every person-name mention the grammars used, in text order.
    pub people: Vec<Mention>,
}

/// The phrases that make a whole article a ratings report (bare percentages about shows are
/// household ratings), an audience report (bare head counts are viewers) and a chart report.
const REPORT_PHRASES: [&[&str]; 3] = [
    &[
        "nielsen",
        "viewership rating",
        "household rating",
        "nationwide rating",
        "tnms",
        // `the dramas with the highest ratings in 2021`: a year's ranking of ratings.
        "highest ratings",
        "highest viewership",
    ],
    &[
        "viewers",
        "barb",
        "overnight",
        "consolidated",
        "viewing figures",
        "audience figures",
        "watched by",
    ],
    &["top 10", "top ten", "chart", "ranking", "flixpatrol"],
];

/// Whether a lower-cased article holds a phrase of each of [`REPORT_PHRASES`]' lists:
/// `str::contains` of each, with one memmem searcher per phrase built once per process
/// instead of a Two-Way searcher per phrase per article.
fn report_kinds(lower: &str) -> [bool; 3] {
    use memchr::memmem::Finder;
    static FINDERS: LazyLock<[Vec<Finder<'static>>; 3]> =
        LazyLock::new(|| REPORT_PHRASES.map(|list| list.iter().map(Finder::new).collect()));
    FINDERS
        .each_ref()
        .map(|fs| fs.iter().any(|f| f.find(lower.as_bytes()).is_some()))
}

/// Extracts raw facts from an article.
pub fn extract(article: &Article) -> Extraction {
    let text = article.text.as_str();
    let (blocks, sentences) = segment(text, article.body_start);
    // Each sentence's byte pairs, made once: by the lexicon, or when first needed below.
    let mut sentence_grams: Vec<Option<Grams>> = vec![None; sentences.len()];
    // Items of a list of actors: names, not the titles a listicle's items are.
    let cast_list = cast::cast_list_items(text, &blocks);
    let lexicon =
        lexicon::Lexicon::build(text, &blocks, &sentences, &cast_list, &mut sentence_grams);
    let mut out = Extraction::default();
    let mut section: Option<String> = None;
    let mut section_row: Option<usize> = None;
    // The block of the heading or list item that opened the section.
    let mut section_block: Option<usize> = None;
    // A ratings report: bare percentages about shows are household ratings throughout.
    let lower = text.to_ascii_lowercase();
    let [ratings_report, audience, chart_report] = report_kinds(&lower);
    // An audience report: bare head counts about shows are viewers.
    let audience_report = ratings_report || audience;
    let mut prev: Option<PrevSentence> = None;
    for (sentence, grams) in sentences.iter().zip(sentence_grams) {
        let titles = lexicon.mentions_in(sentence.span.clone());
        // The sentence's byte pairs: the lexicon's, or made when first needed (past works, or
        // the `Ctx`).
        let mut grams: Option<Grams> = grams;
        let block = &blocks[sentence.block];
        if !sentence.quoted {
            let past = !titles.is_empty()
                && past_works(
                    &text[sentence.span.clone()],
                    grams.get_or_insert_with(|| Grams::of(&text[sentence.span.clone()])),
                );
            out.titles.extend(titles.iter().map(|(span, name)| Mention {
                past,
                text: name.clone(),
                span: span.clone(),
                block: sentence.block,
                leads: {
                    let rel = span.start - sentence.span.start;
                    let sent = &text[sentence.span.clone()];
                    let after = &text[span.end..sentence.span.end];
                    // `As a prequel to the 2020 drama “A”, “B” is a fantasy series`: a
                    // title its verb follows is the clause's subject, past an aside's cue.
                    lexicon::subject_title(after.trim_start_matches(['"', '”', '’', '\'']))
                        || (!context::aside_at(sent, rel, context::ASIDE_CUES)
                            && !context::aside_at(sent, rel, context::COMPARISON_CUES)
                            && !context::star_of(after))
                },
            }));
        }
        // A paragraph after a list item that was a data row (`1. "Harbor of Lies" – 5.1
        // million views`) is out of that item's section.
        if section_row.is_some_and(|b| b != sentence.block) && block.kind == BlockKind::Paragraph {
            section = None;
            section_row = None;
        }
        // A list item or heading that is a title opens that show's section: for what follows
        // when it is a heading (`1. Lovely Runner (2024)`), for itself when it is a data row.
        // The headline (block 0) names the article's subject, which the resolver already
        // weighs; it opens no section, so a later paragraph's own show keeps its facts.
        if (matches!(block.kind, BlockKind::ListItem | BlockKind::Heading)
            || lexicon::subtitled_heading(text, &blocks, sentence.block))
            && sentence.block > 0
            && let Some((span, name)) = titles.first()
            && opens_heading(&text[block.span.start..span.start])
        {
            section = Some(name.clone());
            section_block = Some(sentence.block);
            let rest = text[span.end..block.span.end].trim_start_matches(['"', '”', '\'', '’']);
            let heading_like = rest.trim().is_empty()
                || (rest.trim_start().starts_with('(') && rest.trim_end().ends_with(')'));
            section_row =
                (!heading_like && block.kind == BlockKind::ListItem).then_some(sentence.block);
        } else if block.kind == BlockKind::Heading
            && sentence.span.start == block.span.start
            && titles.is_empty()
            && section.is_some()
            // A line right under the section's heading is its photo's caption (`yoona lee
            // junho`, the title spelt otherwise), not the next section's heading.
            && section_block.is_none_or(|b| b + 1 != sentence.block)
            && !section_detail(text[block.span.clone()].trim_start())
            && !(sentence.block > 0
                && cast::runs_on_cast_field(
                    &text[blocks[sentence.block - 1].span.clone()],
                    &text[block.span.clone()],
                ))
        {
            // A heading without a title closes the section.
            section = None;
        }
        if sentence.quoted || noise(&text[sentence.span.clone()]) {
            continue;
        }
        let ctx = Ctx {
            text,
            span: sentence.span.clone(),
            kind: blocks[sentence.block].kind,
            date: article.date,
            titles: &titles,
            speech: &sentence.speech,
            ratings_report,
            chart_report,
            audience_report,
            cast_list: cast_list[sentence.block],
            prev: prev.as_ref(),
            grams: grams.unwrap_or_else(|| Grams::of(&text[sentence.span.clone()])),
            orgs: std::cell::OnceCell::new(),
        };
        let before = out.facts.len();
        asides::extract(&ctx, &mut out.facts);
        if rumour(&ctx) {
            cast::filmography(&ctx, &mut out.facts);
        } else {
            cast::extract(&ctx, &mut out.facts);
            premiere::extract(&ctx, &mut out.facts);
            network::extract(&ctx, &mut out.facts);
            episodes::extract(&ctx, &mut out.facts);
            genre::extract(&ctx, &mut out.facts);
            credits::extract(&ctx, &mut out.facts);
            metric::extract(&ctx, &mut out.facts);
            respectively(&ctx, &mut out.facts[before..]);
        }
        // Facts whose evidence lies in quoted speech are not the article's claims.
        let kept: Vec<RawFact> = out
            .facts
            .drain(before..)
            .filter(|f| !ctx.in_speech(&f.span))
            .map(|f| RawFact {
                block: sentence.block,
                section: section.clone(),
                ..f
            })
            .collect();
        out.facts.extend(kept);
        prev = Some(PrevSentence::new(sentence.span.clone(), titles));
    }
    for f in &out.facts {
        if let Claim::Cast { actor, .. }
        | Claim::Writer { person: actor }
        | Claim::Director { person: actor } = &f.claim
        {
            out.people.push(Mention {
                past: false,
                text: actor.clone(),
                span: f.span.clone(),
                block: f.block,
                leads: false,
            });
        }
    }
    out
}

/// The words of [`past_works`].
const PAST_CUES: &[&str] = &[
    "such as",
    "hits",
    "works",
    "known for",
    "starred in",
    "appeared in",
    "previous",
    "previously",
    "earlier",
    "last year",
    "credits",
    "filmography",
];

/// Whether a sentence speaks of earlier works (`hits, from “A” to “B”`, `series such as “C”`,
/// `best known for`): the shows it names are not the news.
///
/// Cues are whole words (`networks` is no `works`), ignoring case; `grams` are the sentence's
/// byte pairs, so a cue they cannot hold is not searched for.
fn past_works(sentence: &str, grams: &Grams) -> bool {
    static GATES: LazyLock<context::CueGates> = LazyLock::new(|| context::CueGates::new(PAST_CUES));
    GATES
        .allowed(grams)
        .any(|(_, c)| context::has_word(sentence, c))
}

/// Whether a short line under a show's heading still speaks of that show, so it does not
/// close the section: `Starring Kim Go-eun and Ahn Bo-hyun`, `Debuts Sept 18 on Viu`, and
/// `Oct. 11, 2006-Jan. 31, 2013, 7 seasons` (the show's run).
fn section_detail(line: &str) -> bool {
    const OPENERS: &[&str] = &[
        "Starring",
        "Stars",
        "Featuring",
        "With",
        "Debuts",
        "Premieres",
        "Airs",
        "Streams",
        "Streaming",
        "Available",
        "Watch",
        "Directed",
        "Written",
        "Released",
    ];
    let first = line.split_whitespace().next().unwrap_or("");
    OPENERS.contains(&first) || atoms::date::date(line).is_ok()
}

/// Whether what stands before a heading's first title leaves it the heading's subject: list
/// markers and numbers (`3. `), tags (`[NEW!] `), or a date and a dash (`September 23 – Dan
/// Raven`).
fn opens_heading(prefix: &str) -> bool {
    // `[NEW!] ` tags before the title, as a list marker.
    let prefix = lexicon::strip_tags(prefix);
    prefix.chars().all(|c| !c.is_alphabetic())
        || atoms::date::date(prefix.trim_start())
            .is_ok_and(|(r, _)| matches!(r.trim(), "–" | "—" | "-" | ":"))
}

/// The one person a sentence names (full names only, outside titles), if exactly one;
/// `starts_title(at)` says whether a known title starts at byte `at` of `s`.
fn sole_person(s: &str, starts_title: impl Fn(usize) -> bool) -> Option<String> {
    let mut found: Option<&str> = None;
    let mut at = 0;
    while at < s.len() {
        let c = s[at..].chars().next();
        // A name opens with a capital (`person` fails on anything else), so only a capital is
        // asked whether it starts a word.
        if c.is_some_and(char::is_uppercase)
            && (at == 0 || s[..at].ends_with([' ', '(', '"', '“']))
            && !starts_title(at)
            && let Ok((rest, name)) = atoms::names::person(&s[at..])
        {
            if found.is_some_and(|f| crate::resolve::name_key(f) != crate::resolve::name_key(name))
            {
                return None;
            }
            found = Some(name);
            at = s.len() - rest.len();
            continue;
        }
        at += c.map_or(1, char::len_utf8);
    }
    found.map(str::to_string)
}

/// `A and B drew 9.8 and 7.1 percent, respectively`: the n-th figure of one kind goes to the
/// n-th show named before the figures, when the counts agree.
fn respectively(ctx: &Ctx, facts: &mut [RawFact]) {
    let s = ctx.s();
    if facts.len() < 2 || !s.contains("respectively") {
        return;
    }
    // The shows named before a group's first figure, in order.
    let shows_before = |first: usize| -> Vec<String> {
        ctx.titles
            .iter()
            .filter(|(t, _)| t.end <= first)
            .map(|(_, n)| n.clone())
            .collect()
    };
    // Groups of the same relation (and metric kind), in text order.
    let kind = |c: &Claim| match c {
        Claim::Metric { kind, .. } => format!("metric {kind:?}"),
        Claim::Cast {
            character: Some(_), ..
        } => "role".to_string(),
        other => other.relation().to_string(),
    };
    let mut kinds: Vec<String> = facts.iter().map(|f| kind(&f.claim)).collect();
    kinds.sort();
    kinds.dedup();
    for k in kinds {
        let mut idx: Vec<usize> = (0..facts.len())
            .filter(|&i| kind(&facts[i].claim) == k)
            .collect();
        idx.sort_by_key(|&i| facts[i].span.start);
        let shows = shows_before(facts[idx[0]].span.start);
        if shows.len() >= 2 && idx.len() == shows.len() {
            for (i, show) in idx.into_iter().zip(&shows) {
                facts[i].show = ShowRef::Named(show.clone());
            }
        }
    }
}

/// Lines that are never the article's own statements: cross-links, captions, credits.
fn noise(sentence: &str) -> bool {
    let lower = sentence
        .trim_start_matches(['(', '[', '*', '-', ' '])
        .to_ascii_lowercase();
    [
        "also read",
        "read more",
        "related:",
        "related article",
        "photo:",
        "photo credit",
        "photos:",
        "(photo",
        "credit:",
        "source:",
        "watch:",
        "click here",
        "subscribe",
        "recommended:",
        "more from",
        "trending:",
        "sponsored",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// Whether a sentence reports a rumour or an offer (`is in talks`, `has been offered`): what
/// it says of the coming work is no fact, though its asides about earlier work are.
fn rumour(ctx: &Ctx) -> bool {
    ctx.has_any_of(context::gates![
        "reportedly in talks",
        "is in talks",
        "are in talks",
        "has been offered",
        "positively reviewing",
        "rumored to",
        "rumoured to",
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_kinds_are_the_contains() {
        for text in [
            "",
            "nielsen korea",
            "the drama drew 4 million viewers, per barb",
            "tops the flixpatrol ranking",
            "watched byt nationwide ratings",
            "viewership ratin",
            "top ten shows, household rating 5%",
        ] {
            let want = REPORT_PHRASES.map(|list| list.iter().any(|p| text.contains(p)));
            assert_eq!(report_kinds(text), want, "{text:?}");
        }
    }

    #[test]
    fn sole_person_asks_only_capitals() {
        // `sole_person` as first written: `person` tried at every word start.
        let by_scan = |ctx: &Ctx| -> Option<String> {
            let s = ctx.s();
            let mut found: Option<&str> = None;
            let mut at = 0;
            while at < s.len() {
                let starts = at == 0 || s[..at].ends_with([' ', '(', '"', '“']);
                if starts
                    && ctx.title_at(at).is_none()
                    && let Ok((rest, name)) = atoms::names::person(&s[at..])
                {
                    if found.is_some_and(|f| {
                        crate::resolve::name_key(f) != crate::resolve::name_key(name)
                    }) {
                        return None;
                    }
                    found = Some(name);
                    at = s.len() - rest.len();
                    continue;
                }
                at += s[at..].chars().next().map_or(1, char::len_utf8);
            }
            found.map(str::to_string)
        };
        for text in [
            "Kim Ha-neul plays Seo Yu-na in Moon Harbor.",
            "Moon Harbor stars Kim Ha-neul (Kim Ha-neul) and “Park Eun-bin”.",
            "\"Jonah Ellery\" returns; the drama airs on Friday. Élodie Martin-Roux joins.",
            "It premiered on Saturday on tvN, with 김 Lee Do-hyun.",
            "the series, written by ann lee, airs.",
            "",
        ] {
            let title = text
                .find("Moon Harbor")
                .map(|i| (i..i + 11, "Moon Harbor".to_string()));
            let titles: Vec<_> = title.into_iter().collect();
            let ctx = Ctx {
                text,
                span: 0..text.len(),
                kind: BlockKind::Paragraph,
                date: None,
                titles: &titles,
                speech: &[],
                ratings_report: false,
                chart_report: false,
                audience_report: false,
                cast_list: false,
                prev: None,
                grams: Grams::of(text),
                orgs: std::cell::OnceCell::new(),
            };
            let starts_title = |rel: usize| ctx.title_at(rel).is_some();
            assert_eq!(
                sole_person(ctx.s(), starts_title),
                by_scan(&ctx),
                "{text:?}"
            );
            // Asked of the sentence after it, lazily.
            let prev = PrevSentence::new(0..text.len(), titles.clone());
            let next = Ctx {
                prev: Some(&prev),
                ..ctx
            };
            assert_eq!(next.prev_person().map(str::to_string), by_scan(&next));
        }
    }

    #[test]
    fn past_works_is_a_whole_word_search() {
        // The byte-pair gate changes no answer.
        let plain = |s: &str| PAST_CUES.iter().any(|c| context::has_word(s, c));
        for s in [
            "Kim, best Known For \"Goblin,\" returns",
            "Her HITS include \"A\" and \"B\"",
            "The drama premieres on Friday on tvN.",
            "Previously, she led series such as “Dear Ex”.",
            "credits: filmography, last year’s earlier work",
            "",
        ] {
            assert_eq!(past_works(s, &Grams::of(s)), plain(s), "{s:?}");
        }
        assert!(past_works(
            "Her works include A.",
            &Grams::of("Her works include A.")
        ));
        let s = "It airs on both networks.";
        assert!(!past_works(s, &Grams::of(s)));
    }
}

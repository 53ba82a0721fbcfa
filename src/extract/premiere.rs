//! Premiere and finale dates: `premiered on March 9`, `aired from A to B`, `concluded its run on`, `Release Date:`.

use std::sync::LazyLock;

use super::atoms::date::{self, WrittenDate};
use super::context::{CueGates, find_all, find_str, find_words, gates, rfind_str};
use super::{Ctx, RawFact, ShowRef};
use crate::extract::fact::Claim;
use crate::text::{BlockKind, PartialDate};

/// Verbs after which a premiere date follows.
const PREMIERE_VERBS: &[&str] = &[
    "premiered",
    "premieres",
    "premiere",
    "premiering",
    "debuted",
    "debuts",
    "debut",
    "debuting",
    "first aired",
    "began airing",
    "started airing",
    "began its run",
    "aired",
    "airs",
    "air",
    "released",
    "hit screens",
    "landed",
    "arrived",
    "opened",
    "kicked off",
    "kicks off",
    "will kick off",
    "launched",
    "launches",
    "will launch",
    "lands",
    "will land",
    "bowed",
    "bows",
    "goes live",
    "dropped",
    "release",
    "was released",
    "will be released",
    "first broadcast",
    "went on air",
    "drop",
    "drops",
    "arrives",
    "hits",
    "opens",
    "returns",
    "will start",
    "starts",
    "starting",
    "will begin",
    "begins",
];

/// Verbs after which a finale date follows.
const FINALE_VERBS: &[&str] = &[
    "concluded",
    "concludes",
    "conclude",
    "ended",
    "ends",
    "end",
    "wrapped up",
    "wraps up",
    "came to an end",
    "comes to an end",
    "bid farewell",
    "signed off",
    "final episode",
    "last episode",
    "finale",
    "until",
];

/// Words right before a release verb whose subject is not the show.
const NOT_THE_SHOW: &[&str] = &[
    "filming",
    "shooting",
    "production",
    "principal photography",
    "casting",
    "list",
    "chart",
    "top 10",
    "data",
    "report",
    "figures",
    "rankings",
    "ranking",
    "ratings",
    "trailer",
    "teaser",
    "poster",
    "posters",
    "statement",
    "stills",
    "interview",
    "video",
    "photos",
    "pictorial",
    "episode",
    "episodes",
    "ost",
    "song",
    "single",
    "album",
    "script",
    "which was",
    "that was",
    "her",
    "his",
    "their",
    "acting",
    "directorial",
    "screen",
];

/// What may follow a transitive release verb: an object, so the date is the object's.
const OBJECTS: &[&str] = &[
    " a ",
    " an ",
    " the ",
    " its first",
    " new ",
    " first ",
    " later",
    " data",
    " figures",
    " a first",
    " stills",
    " photos",
    " posters",
    " teaser",
    " trailer",
    " details",
    " its ",
    // `unveiled its premiere dates on Friday`: the day they were announced.
    " dates",
    " schedule",
];

/// Words before an airing verb that make it the finale's: `the finale aired on`.
const FINALE_SUBJECTS: &[&str] = &[
    "finale",
    "final episode",
    "last episode",
    "final episodes",
    "last two episodes",
    "final two episodes",
];

/// Finds premiere and finale dates in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    if ctx.kind == BlockKind::Labelled && labelled(ctx, out) {
        return;
    }
    let s = ctx.s();
    let lower = s.to_ascii_lowercase();
    if listing(ctx, out) {
        return;
    }
    let mut used: Vec<usize> = Vec::new();
    // The date subject's titles are read whole; the verbs would read them again.
    let seen = date_sees(ctx, out) || set_for(ctx, out);
    // Both lists, in order, with their byte-pair gates worked out once.
    static VERBS: LazyLock<CueGates> =
        LazyLock::new(|| CueGates::new(&[PREMIERE_VERBS, FINALE_VERBS].concat()));
    for (_, verb) in VERBS.allowed(&ctx.grams).filter(|_| !seen) {
        // `ran for 50 episodes until September 1`: `until` ends a run, nothing else.
        if *verb == "until"
            && !ctx.has_any_of(gates![
                "ran",
                "aired",
                "airs",
                "runs",
                "broadcast",
                "continues"
            ])
        {
            continue;
        }
        for at in find_words(&lower, verb) {
            let after = at + verb.len();
            // What was released or aired was something else: a trailer, a chart, an episode.
            let head = lower[..at].trim_end();
            // `airs its final episode on June 6`: the object makes it the finale.
            let finale_object = [
                " its final",
                " its last",
                " the final",
                " the last",
                " its finale",
                " the finale",
            ]
            .iter()
            .any(|o| lower[after..].starts_with(o));
            // `would push its finale into May`: a hypothetical, not a date.
            let hypothetical = [
                " would ",
                " could ",
                " might ",
                "reportedly",
                "rumored",
                "rumoured",
            ]
            .iter()
            .any(|h| find_str(&lower[..at], h).is_some());
            // `by the end of the week`: a noun, not the verb.
            if *verb == "end" && (head.ends_with(" the") || lower[after..].starts_with(" of ")) {
                continue;
            }
            // `No new series premiered this week in 1950`: nothing did.
            let none = lower
                .trim_start_matches(['-', '*', '•', ' '])
                .starts_with("no ");
            if hypothetical
                || none
                || find_str(&lower, "for comparison").is_some()
                || NOT_THE_SHOW.iter().any(|w| head.ends_with(w))
                || (OBJECTS.iter().any(|o| lower[after..].starts_with(o))
                    && !finale_object
                    && ![
                        " its run",
                        " its original run",
                        " its broadcast",
                        " its airing",
                    ]
                    .iter()
                    .any(|o| lower[after..].starts_with(o))
                    && !first_episodes(&lower[after..]))
                || other_subject(ctx, &lower, at)
            {
                continue;
            }
            // `Season 4 Volume 2 debuted on July 1`, `the debut of Season 4`: a later
            // season's or part's start, not the show's first airing.
            let window = &lower[super::context::floor_boundary(&lower, at.saturating_sub(60))..at];
            let ahead = &lower[after..super::context::floor_boundary(&lower, after + 30)];
            // `Returning drama series 9-1-1, which …, will premiere`: a new season's start.
            let returning = lower.trim_start().starts_with("returning ");
            if later_season(window)
                || (ahead.starts_with(" of ") && later_season(ahead))
                || (returning && !FINALE_VERBS.contains(verb))
            {
                continue;
            }
            // `will begin streaming on Netflix on March 14`: a film's move to a service, not
            // its release; `starts filming`: not the show's start at all.
            let start_verb = matches!(
                *verb,
                "will start" | "starts" | "starting" | "will begin" | "begins"
            );
            // `starts falling for Geum Jan-di`: a story's turn, not an airing.
            let gerund = lower[after..]
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.']).next())
                .is_some_and(|w| {
                    w.len() > 4
                        && w.ends_with("ing")
                        && !["airing", "broadcasting", "showing", "running"].contains(&w)
                });
            if start_verb && gerund {
                continue;
            }
            if start_verb
                && [
                    " streaming",
                    " filming",
                    " shooting",
                    " production",
                    " its second",
                ]
                .iter()
                .any(|o| lower[after..].starts_with(o))
            {
                continue;
            }
            // A date opening the sentence serves a start verb close after it.
            let opening = || {
                date_opening(s, at)
                    .filter(|&(_, end, _, _)| !FINALE_VERBS.contains(verb) && at - end <= 90)
            };
            let Some((dstart, dend, first, second)) = date_after(s, after).or_else(opening) else {
                continue;
            };
            // `Debuting in second place was Lantern Street 1987`: a year inside a title;
            // `her debut "Paper Boats" (2021)`: an earlier work's year in brackets.
            let bracketed = s[..dstart].ends_with('(')
                && ctx.title_spans().any(|(t, _)| {
                    t.end <= dstart
                        && s[t.end..dstart - 1]
                            .trim_matches(|c: char| matches!(c, '"' | '”' | '’' | '\'' | ' '))
                            .is_empty()
                });
            if bracketed
                || ctx
                    .title_spans()
                    .any(|(t, _)| t.start <= dstart && dstart < t.end)
            {
                continue;
            }
            // `(… viewers for the finale) will premiere Sunday`: the date belongs to the verb
            // past the bracket, not to the noun inside it.
            let noun = matches!(*verb, "finale" | "final episode" | "last episode");
            if used.contains(&dstart)
                || (noun && dstart > after && lower[after..dstart].contains([')', ';']))
            {
                continue;
            }
            let finale_verb = FINALE_VERBS.contains(verb)
                || finale_object
                || FINALE_SUBJECTS.iter().any(|f| {
                    let window =
                        &lower[super::context::floor_boundary(&lower, at.saturating_sub(40))..at];
                    // `(… 1.5 million viewers for the finale) will premiere`: a bracket closed
                    // after the word leaves it out of the verb's subject.
                    lower[..at].trim_end().ends_with(f)
                        || rfind_str(window, f).is_some_and(|i| !window[i..].contains(')'))
                });
            // `the tenth episode of "Velvet Tide," which aired on Saturday`, `all programs aired
            // on Thursday`, `airs in the same Saturday slot`: an episode's or a slot's airing,
            // not the show's first.
            if matches!(*verb, "aired" | "airs" | "air") && !finale_verb {
                let window =
                    &lower[super::context::floor_boundary(&lower, at.saturating_sub(80))..at];
                // `the 16-episode series aired from`: a count, not an episode.
                let episode = find_all(window, "episode").any(|i| !window[..i].ends_with('-'))
                    && ![
                        "first episode",
                        "premiere episode",
                        "pilot",
                        "first two episodes",
                    ]
                    .iter()
                    .any(|f| window.contains(f));
                let slot = lower[after..].starts_with(" in the same");
                let programs = ["programs", "programmes", "shows", "dramas", "broadcasts"]
                    .iter()
                    .any(|w| head.ends_with(w));
                if episode || slot || programs {
                    continue;
                }
            }
            used.push(dstart);
            let found = Found {
                show: ctx.show_near(at),
                first,
                second,
                // A date opening the sentence comes before the verb.
                span: at.min(dstart)..dend.max(after),
            };
            let (p_rule, f_rule) = if found.second.is_some() {
                ("premiere.from_to", "finale.from_to")
            } else {
                ("premiere.verb", "finale.verb")
            };
            push_found(ctx, out, found, !finale_verb, (p_rule, f_rule));
        }
    }
    // `"Squid Game" (2021)`, `"It Takes Two" (ABC, 1982)`, `Paper Boats (2019–2021)`: the
    // year in a bracket after a title is the year it came out.
    for (t, name) in ctx.title_spans() {
        let after = s[t.end..].trim_start_matches(['"', '”', '’', '\'', '‘', '“']);
        let Some(inner) = after.strip_prefix(" (").or_else(|| after.strip_prefix('(')) else {
            continue;
        };
        let Some(close) = inner.find(')').filter(|&c| c <= 30) else {
            continue;
        };
        let inner = &inner[..close];
        let year_part = inner.rsplit(", ").next().unwrap_or(inner);
        let year_part = year_part
            .split(['–', '-', '—'])
            .next()
            .unwrap_or(year_part)
            .trim();
        let org_ok = inner
            .rsplit_once(", ")
            .is_none_or(|(o, _)| super::atoms::org::org(o).is_some_and(|(r, _)| r.is_empty()));
        if year_part.len() == 4
            && org_ok
            && let Ok((rest, y)) = date::year(year_part)
            && rest.is_empty()
            && (1900..=2100).contains(&y)
        {
            let end = s.len() - after.len() + close + 2;
            ctx.push(
                out,
                ShowRef::Named(name.to_string()),
                Claim::Premiere {
                    date: PartialDate::y(y).iso(),
                },
                0.7,
                "premiere.bracket_year",
                t.start..end.min(s.len()),
            );
        }
    }
    // `a 2023 South Korean television series`, `his 2024 hit drama`, `the 2023 hit "X"`.
    for (_, w) in gates![
        "series",
        "drama",
        "film",
        "movie",
        "k-drama",
        "sitcom",
        "miniseries",
        "hit",
    ]
    .allowed(&ctx.grams)
    {
        for at in find_words(&lower, w) {
            let head = lower[..at].trim_end();
            let words: Vec<&str> = head.rsplit(' ').take(5).collect();
            let Some(pos) = words
                .iter()
                .position(|t| t.len() == 4 && date::year(t).is_ok())
            else {
                continue;
            };
            let between = &words[..pos];
            let adjectives_ok = between.iter().all(|t| {
                matches!(
                    *t,
                    "hit"
                        | "south"
                        | "korean"
                        | "television"
                        | "tv"
                        | "web"
                        | "romantic"
                        | "comedy"
                        | "american"
                        | "british"
                        | "japanese"
                        | "chinese"
                        | "streaming"
                        | "original"
                        | "fantasy"
                        | "thriller"
                        | "mystery"
                        | "period"
                        | "historical"
                        | "legal"
                        | "medical"
                        | "action"
                        | "crime"
                        | "horror"
                        | "romance"
                        | "netflix"
                        | "tvn"
                        | "jtbc"
                        | "sbs"
                        | "mbc"
                        | "kbs2"
                )
            });
            // `X is a 2023 South Korean television series`, `X, a 2019 film`: said of the
            // subject. `his 2016 film`, `the 2020 series` name earlier works in passing.
            let lead_ok = words.get(pos + 1).is_some_and(|t| matches!(*t, "a" | "an"))
                && words
                    .get(pos + 2)
                    .is_some_and(|t| matches!(*t, "is" | "was" | "as") || t.ends_with(','));
            // `the 2023 hit "Pickled Hearts"`, `her 2021 film Paper Boats`: the year of the
            // work named right after, an earlier work or not.
            // Within a space and an opening quote (`“` is three bytes).
            let named = ctx
                .title_spans()
                .find(|(sp, _)| sp.start >= at + w.len() && sp.start <= at + w.len() + 4);
            if !adjectives_ok || !(lead_ok || named.is_some()) {
                continue;
            }
            let y: i32 = words[pos].parse().unwrap_or(0);
            let year_at = head.len() - words[..=pos].iter().map(|t| t.len() + 1).sum::<usize>() + 1;
            let show = match named {
                Some((_, name)) => ShowRef::Named(name.to_string()),
                None => {
                    // `X is a 2023 South Korean television series`: the subject.
                    match ctx.title_spans().filter(|(sp, _)| sp.end <= year_at).last() {
                        Some((_, name)) => ShowRef::Named(name.to_string()),
                        None => continue,
                    }
                }
            };
            ctx.push(
                out,
                show,
                Claim::Premiere {
                    date: PartialDate::y(y).iso(),
                },
                0.7,
                "premiere.year_adjective",
                year_at..at + w.len(),
            );
        }
    }
}

/// `October 9 will see the premiere of The Right Stuff`, `Oct. 1 brings the debuts of comedies
/// A and B`: a date opening the sentence as its subject dates each title of the run after the
/// cue (a type word may stand before the run).
fn date_sees(ctx: &Ctx, out: &mut Vec<RawFact>) -> bool {
    const CUES: &[&str] = &[
        " will see the premiere of ",
        " will see the premieres of ",
        " will see the debut of ",
        " will see the debuts of ",
        " sees the premiere of ",
        " sees the debut of ",
        " brings the premiere of ",
        " brings the premieres of ",
        " brings the debut of ",
        " marks the premiere of ",
        " marks the debut of ",
    ];
    let s = ctx.s();
    let Ok((rest, d)) = date::date(s) else {
        return false;
    };
    if d.month.is_none() || d.day.is_none() {
        return false;
    }
    let end = s.len() - rest.len();
    let Some(cue) = CUES.iter().find(|c| rest.starts_with(**c)) else {
        return false;
    };
    let mut from = end + cue.len();
    // `the premiere of comedies A and B`: past a lower-case type word or two.
    for _ in 0..2 {
        match s[from..].split_once(' ') {
            Some((w, _)) if w.starts_with(|c: char| c.is_lowercase()) => from += w.len() + 1,
            _ => break,
        }
    }
    let run = super::asides::title_run(ctx, from);
    for (t, name) in &run {
        push_date(
            ctx,
            out,
            ShowRef::Named(name.to_string()),
            d,
            true,
            "premiere.date_sees",
            0..t.end,
        );
    }
    !run.is_empty()
}

/// `AMC has set Sunday, September 10 at 9 PM for the premiere of The Walking Dead: Daryl
/// Dixon`, `Netflix has slated March 3 for the debut of X`: a date set for a premiere dates
/// the title after the cue.
fn set_for(ctx: &Ctx, out: &mut Vec<RawFact>) -> bool {
    const VERBS: &[&str] = &[" set ", " slated ", " scheduled ", " dated ", " locked in "];
    const CUES: &[&str] = &[
        " for the premiere of ",
        " for the series premiere of ",
        " for the debut of ",
        " for the launch of ",
    ];
    let s = ctx.s();
    if !ctx.has_any_of(gates!["premiere", "debut", "launch"]) {
        return false;
    }
    let mut found = false;
    static CUE_GATES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(CUES));
    for (_, cue) in CUE_GATES.allowed(&ctx.grams) {
        for at in find_all(s, cue) {
            let from = at + cue.len();
            let Some((t, name)) = ctx.title_spans().find(|(t, _)| t.start == from) else {
                continue;
            };
            // The verb, then the date right after it, within the clause before the cue.
            let head = &s[..at];
            let Some(v) = VERBS
                .iter()
                .filter_map(|v| rfind_str(head, v).map(|i| i + v.len()))
                .max()
            else {
                continue;
            };
            if at - v > 60 {
                continue;
            }
            let window = &s[v..at];
            // `Sunday, September 10`: past the weekday.
            let window = date::weekday(window)
                .ok()
                .and_then(|(r, _)| r.strip_prefix(", "))
                .unwrap_or(window);
            let Ok((_, d)) = date::date(window) else {
                continue;
            };
            if d.month.is_none() {
                continue;
            }
            push_date(
                ctx,
                out,
                ShowRef::Named(name.to_string()),
                d,
                true,
                "premiere.set_for",
                v..t.end,
            );
            found = true;
        }
    }
    found
}

/// Whether a verb's object is the first episodes (`will premiere the first two episodes
/// back-to-back on January 21`): that airing is the premiere.
fn first_episodes(after: &str) -> bool {
    [" the first", " its first"]
        .iter()
        .any(|o| after.starts_with(o))
        && find_str(
            &after[..super::context::floor_boundary(after, 30)],
            "episode",
        )
        .is_some()
}

/// Whether a window names a later season or part: `season 4`, `second season`, `volume 2`.
fn later_season(window: &str) -> bool {
    let clause = window.rsplit(['.', ';']).next().unwrap_or(window);
    let numbered = |word: &str| {
        find_all(clause, word).any(|i| {
            let n = clause[i + word.len()..]
                .split([' ', ',', ')'])
                .next()
                .unwrap_or("");
            n.parse::<u32>().is_ok_and(|n| n >= 2)
                || ["two", "three", "four", "five", "2's", "3's"].contains(&n)
        })
    };
    numbered("season ")
        || numbered("volume ")
        || numbered("vol. ")
        || numbered("part ")
        || [
            "second season",
            "third season",
            "fourth season",
            "new season",
            "final season",
        ]
        .iter()
        .any(|w| find_str(clause, w).is_some())
}

/// Whether the verb at `at` has a subject other than a show within its clause: `figures
/// the streaming giant released on Tuesday`, `an interview with Cine Weekly released on
/// Monday`. A title or an anaphor (`the drama`) after that noun makes the show the subject again.
fn other_subject(ctx: &Ctx, lower: &str, at: usize) -> bool {
    let clause_start = lower[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '(' | '—'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &lower[clause_start..at];
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for w in clause.split(' ') {
        if !w.is_empty() {
            words.push((
                clause_start + pos,
                w.trim_matches(|c: char| !c.is_ascii_alphanumeric()),
            ));
        }
        pos += w.len() + 1;
    }
    let Some(&(noun_at, _)) = words
        .iter()
        .rev()
        .take(6)
        .find(|(_, w)| NOT_THE_SHOW.contains(w) && !w.contains(' '))
    else {
        return false;
    };
    // `The seventh episode of X airs`: the title names whose episode it is, not the subject.
    let show_after = ctx.title_spans().any(|(t, _)| {
        t.start > noun_at
            && t.end <= at
            && !lower[..t.start]
                .trim_end_matches(['"', '“', '\'', '‘', ' '])
                .ends_with(" of")
    });
    let anaphor_after = ctx.last_anaphor_before(at).is_some_and(|a| a > noun_at);
    !show_after && !anaphor_after
}

/// Listing forms: `3/1 Spring Thaw (tvN)` (a dated line names its show), and a bare date as
/// a field of `Hulu | March 8 | Film` under a show's heading.
fn listing(ctx: &Ctx, out: &mut Vec<RawFact>) -> bool {
    let s = ctx.s();
    if let Ok((r, d)) = date::numeric_md(s)
        && r.starts_with(' ')
        && let Some((t, name)) = ctx.title_spans().next()
        && t.start >= s.len() - r.len()
        && s[s.len() - r.len()..t.start].trim().is_empty()
    {
        push_date(
            ctx,
            out,
            ShowRef::Named(name.to_string()),
            d,
            true,
            "premiere.listing",
            0..s.len() - r.len(),
        );
        return true;
    }
    // `3. Hollow Creek (2022)`, `Gangnam Lullaby (JTBC, 2025)`: a heading that dates its show.
    if matches!(ctx.kind, BlockKind::Heading | BlockKind::ListItem)
        && let Some((t, name)) = ctx.title_spans().next()
        && let Some(inner) = s[t.end..]
            .trim_start_matches(['"', '”', '’', '\''])
            .trim_end()
            .strip_prefix(" (")
            .and_then(|r| r.strip_suffix(')'))
        && !inner.contains(['(', ')'])
        && let Some(year) = inner.rsplit([' ', ',']).next()
        && year.len() == 4
        && let Ok((rest, y)) = date::year(year)
        && rest.is_empty()
    {
        push_date(
            ctx,
            out,
            ShowRef::Named(name.to_string()),
            WrittenDate {
                year: Some(y),
                month: None,
                day: None,
            },
            true,
            "premiere.heading_year",
            t.start..s.trim_end().len(),
        );
    }
    // `Oct. 11, 2006-Jan. 31, 2013, 7 seasons` on a line of its own under a show's heading:
    // the run, first and last airing.
    if matches!(ctx.kind, BlockKind::Heading | BlockKind::Paragraph)
        && let Some((first, last, end)) = run_line(s)
    {
        push_date(
            ctx,
            out,
            ShowRef::Focus,
            first,
            true,
            "premiere.run_line",
            0..end,
        );
        push_date(
            ctx,
            out,
            ShowRef::Focus,
            last,
            false,
            "finale.run_line",
            0..end,
        );
        return true;
    }
    let piped = ctx.text[..ctx.span.start].trim_end().ends_with('|')
        || ctx.text[ctx.span.end..].trim_start().starts_with('|');
    if piped
        && let Ok((r, d)) = date::date(s)
        && r.trim().is_empty()
        && d.month.is_some()
    {
        push_date(
            ctx,
            out,
            ShowRef::Focus,
            d,
            true,
            "premiere.listing",
            0..s.len(),
        );
        return true;
    }
    false
}

/// A date or a range found after a cue.
struct Found {
    show: ShowRef,
    first: WrittenDate,
    second: Option<WrittenDate>,
    span: std::ops::Range<usize>,
}

/// Pushes a found date as a premiere (or a finale), or a range as both ends; the first end
/// takes the second's year when it has none (`aired from March 9 to April 28, 2024`).
fn push_found(
    ctx: &Ctx,
    out: &mut Vec<RawFact>,
    f: Found,
    premiere: bool,
    (p_rule, f_rule): (&'static str, &'static str),
) {
    match f.second {
        Some(last) => {
            let first = WrittenDate {
                year: f.first.year.or(last.year),
                ..f.first
            };
            push_date(
                ctx,
                out,
                f.show.clone(),
                first,
                true,
                p_rule,
                f.span.clone(),
            );
            push_date(ctx, out, f.show, last, false, f_rule, f.span);
        }
        None => push_date(
            ctx,
            out,
            f.show,
            f.first,
            premiere,
            if premiere { p_rule } else { f_rule },
            f.span,
        ),
    }
}

/// A line that is a show's run and nothing more: two full dates joined by a dash or `to`,
/// perhaps followed by a count of seasons or episodes (`June 28, 2006-Sept. 12, 2013, 7
/// seasons`). Returns both dates and where the range ends.
fn run_line(s: &str) -> Option<(WrittenDate, WrittenDate, usize)> {
    let (r, first) = date::date(s).ok()?;
    let r = ["–", "—", "-", " – ", " — ", " - ", " to "]
        .iter()
        .find_map(|d| r.strip_prefix(d))?;
    let (rest, last) = date::date(r).ok()?;
    let end = s.len() - rest.len();
    let tail = rest.trim_end().trim_end_matches('.');
    let counted = tail.is_empty()
        || tail.strip_prefix(", ").is_some_and(|t| {
            t.split_once(' ').is_some_and(|(n, unit)| {
                n.bytes().all(|b| b.is_ascii_digit())
                    && ["season", "seasons", "episode", "episodes", "series"].contains(&unit)
            })
        });
    let full = |d: &WrittenDate| d.year.is_some() && d.month.is_some() && d.day.is_some();
    (counted && full(&first) && full(&last)).then_some((first, last, end))
}

/// Whether a date's sentence speaks of what is to come: `will`, `set to`, or a present tense
/// that announces (`premieres Friday`) at the date's cue, which starts `span`.
fn speaks_of_future(ctx: &Ctx, span: &std::ops::Range<usize>) -> bool {
    ctx.has_any_of(gates![
        "will",
        "set to",
        "scheduled",
        "slated",
        "upcoming",
        "next"
    ]) || {
        let cue = ctx.s()[span.start.min(ctx.s().len())..].to_ascii_lowercase();
        [
            "premieres",
            "debuts",
            "airs",
            "drops",
            "arrives",
            "lands",
            "launches",
            "kicks off",
            "bows",
            "opens",
            "returns",
            "concludes",
            "ends",
            "wraps up",
        ]
        .iter()
        .any(|v| cue.starts_with(v))
    }
}

fn push_date(
    ctx: &Ctx,
    out: &mut Vec<RawFact>,
    show: ShowRef,
    d: WrittenDate,
    premiere: bool,
    rule: &'static str,
    span: std::ops::Range<usize>,
) {
    let date = match d.day {
        // `last night`, `tonight`: the day before the article's, or its own.
        Some(day @ (LAST_NIGHT | TONIGHT)) => {
            // `aired last night`: an episode went out, the show did not begin.
            let cue = ctx.s()[span.start.min(ctx.s().len())..].to_ascii_lowercase();
            let Some(article) = ctx
                .date
                .filter(|a| a.day.is_some() && !cue.starts_with("air"))
            else {
                return;
            };
            article.add_days(if day == LAST_NIGHT { -1 } else { 0 })
        }
        // A weekday alone (`premiered Saturday`): the last such day up to the article's date,
        // or the next one when the sentence speaks of the future.
        Some(wd) if wd >= 100 => {
            let Some(article) = ctx.date.filter(|a| a.day.is_some()) else {
                return;
            };
            let Some(today) = article.weekday() else {
                return;
            };
            let future = speaks_of_future(ctx, &span);
            let target = i32::from(wd - 100);
            let back = (i32::from(today) - target).rem_euclid(7);
            let offset = if future {
                (target - i32::from(today)).rem_euclid(7)
            } else {
                -back
            };
            article.add_days(offset)
        }
        _ if d.year.is_none() && d.month.is_some() => {
            // `premiered last December` in June, `aired on November 28` in a January report:
            // a past date without a year lies before the article, in the year before when its
            // month is later than the article's.
            let written = &ctx.s()[span.start.min(ctx.s().len())..span.end.min(ctx.s().len())];
            let cue = written.to_ascii_lowercase();
            let last = find_all(written, "last ").any(|i| date::month(&written[i + 5..]).is_ok());
            let past_verb = [
                "premiered",
                "debuted",
                "aired",
                "ended",
                "concluded",
                "wrapped",
                "released",
                "opened",
                "launched",
                "bowed",
                "signed off",
                "came to an end",
            ]
            .iter()
            .any(|v| cue.starts_with(v));
            let past = past_verb
                && !ctx.has_any_of(gates!["will", "set to", "scheduled", "slated", "upcoming"]);
            // Against the article's month: `last July` in September is this year's July.
            let order = ctx
                .date
                .and_then(|a| a.month)
                .zip(d.month)
                .map(|(today, m)| m.cmp(&today));
            let year_before = match order {
                Some(std::cmp::Ordering::Greater) => last || past,
                Some(std::cmp::Ordering::Equal) => last,
                _ => false,
            };
            // `will air beginning on January 8` in a November article: next year's January. A
            // month just gone (`premieres in the week of Sept. 23` in October) is this year's.
            let months_back = ctx
                .date
                .and_then(|a| a.month)
                .zip(d.month)
                .map_or(0, |(today, m)| i32::from(today) - i32::from(m));
            let year_after = order == Some(std::cmp::Ordering::Less)
                && months_back >= 3
                && !past_verb
                && !last
                && speaks_of_future(ctx, &span);
            match ctx.date {
                Some(a) if year_before => WrittenDate {
                    year: Some(a.year - 1),
                    ..d
                }
                .resolve(ctx.date),
                Some(a) if year_after => WrittenDate {
                    year: Some(a.year + 1),
                    ..d
                }
                .resolve(ctx.date),
                _ => d.resolve(ctx.date),
            }
        }
        _ => d.resolve(ctx.date),
    };
    let Some(date) = date else { return };
    let claim = if premiere {
        Claim::Premiere { date: date.iso() }
    } else {
        Claim::Finale { date: date.iso() }
    };
    ctx.push(out, show, claim, 0.85, rule, span);
}

/// The first date (or `from A to B` range) after byte `from` within the clause:
/// (start, end, first, optional second).
fn date_after(s: &str, from: usize) -> Option<(usize, usize, WrittenDate, Option<WrittenDate>)> {
    let window_end = (from + 70).min(s.len());
    let mut at = from;
    while at < window_end {
        let rest = &s[at..];
        if rest.starts_with(['.', ';', '!', '?']) && at > from && !clock_dot(s, at)
            || rest.starts_with(" but ")
            || rest.starts_with(" while ")
            || rest.starts_with(" and was ")
        {
            return None;
        }
        // `airs every Saturday and Sunday`: a schedule, not a date.
        if rest.starts_with(" every ") {
            return None;
        }
        let word_start = at == 0 || s[..at].ends_with([' ', '(', ',']);
        if word_start {
            if let Ok((r, (a, b))) = date::day_range(rest) {
                return Some((at, s.len() - r.len(), a, Some(b)));
            }
            if let Ok((r, d)) = date::date(rest) {
                let end = s.len() - r.len();
                // `from March 9 to April 28, 2024`.
                for joiner in [" to ", " until ", " through ", " – ", " - ", "–", "-"] {
                    if let Some(r2) = r.strip_prefix(joiner)
                        && let Ok((r3, d2)) = date::date(r2)
                        && d2.month.is_some()
                    {
                        return Some((at, s.len() - r3.len(), d, Some(d2)));
                    }
                }
                if d.month.is_none() && d.year.is_none() {
                    return None;
                }
                return Some((at, end, d, None));
            }
            // `Tuesday, 3/12`, `Sunday, March 16`: the date after the weekday says it all.
            if let Ok((r, _)) = date::weekday(rest)
                && let Some(r2) = r.strip_prefix(", ")
                && let Ok((r3, d)) = date::date(r2)
                && d.day.is_some()
            {
                return Some((at, s.len() - r3.len(), d, None));
            }
            // `kicked off last night`, `premieres tonight`: a day counted from the article's.
            for (word, day) in [
                ("last night", LAST_NIGHT),
                ("yesterday", LAST_NIGHT),
                ("tonight", TONIGHT),
            ] {
                if rest.len() >= word.len()
                    && rest.is_char_boundary(word.len())
                    && rest[..word.len()].eq_ignore_ascii_case(word)
                    && !rest[word.len()..]
                        .starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')
                {
                    let written = WrittenDate {
                        year: None,
                        month: None,
                        day: Some(day),
                    };
                    return Some((at, at + word.len(), written, None));
                }
            }
            if let Ok((r, wd)) = date::weekday(rest)
                && !s[..at].trim_end().to_ascii_lowercase().ends_with("every")
                && !r.starts_with(['s', 'S'])
                // `Friday & Saturday 08:30 pm`, `Monday-Tuesday`: a time slot.
                && !in_slot(&s[..at], r)
            {
                return Some((
                    at,
                    s.len() - r.len(),
                    WrittenDate {
                        year: None,
                        month: None,
                        day: Some(100 + wd),
                    },
                    None,
                ));
            }
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The day of a [`WrittenDate`] that stands for `last night` or `yesterday` (weekdays alone
/// are 100 to 106).
const LAST_NIGHT: u8 = 200;
/// The day of a [`WrittenDate`] that stands for `tonight`.
const TONIGHT: u8 = 201;

/// Whether the dot at `at` belongs to a clock time (`at 8 p.m. on Oct. 7`, `9 a.m.`), which
/// does not end the clause.
fn clock_dot(s: &str, at: usize) -> bool {
    let head = &s.as_bytes()[..at];
    [&b" p"[..], b" a", b" p.m", b" a.m"].iter().any(|end| {
        head.len() >= end.len() && head[head.len() - end.len()..].eq_ignore_ascii_case(end)
    })
}

/// `On 2nd of September, "Fantastic" will start on JTBC`: a date opening the sentence before
/// the verb at `verb_at`, when nothing after the verb dates it.
fn date_opening(
    s: &str,
    verb_at: usize,
) -> Option<(usize, usize, WrittenDate, Option<WrittenDate>)> {
    let rest = ["On ", "Starting ", "From ", "Beginning "]
        .iter()
        .find_map(|p| s.strip_prefix(p))?;
    let start = s.len() - rest.len();
    let (r, d) = date::date(rest).ok()?;
    let end = s.len() - r.len();
    (r.starts_with(',') && end < verb_at && d.day.is_some() && d.month.is_some())
        .then_some((start, end, d, None))
}

/// Whether a weekday between `head` and `rest` is joined to another weekday (`Friday &
/// Saturday`, `Monday-Tuesday`) or names a slot (`the Thursday slot`): a time slot, not a date.
fn in_slot(head: &str, rest: &str) -> bool {
    const JOINERS: [&str; 6] = [" & ", " and ", "-", "–", " – ", "/"];
    // `in that Thursday slot`, `its Sunday night lineup`: the weekday names a slot.
    let r = rest.strip_prefix(" night").unwrap_or(rest);
    let slot = [
        " slot",
        " time slot",
        " timeslot",
        " lineup",
        " block",
        " schedule",
    ]
    .iter()
    .any(|w| r.starts_with(w) && !r[w.len()..].starts_with(|c: char| c.is_alphanumeric()));
    slot || JOINERS.iter().any(|j| {
        rest.strip_prefix(j)
            .is_some_and(|r| date::weekday(r).is_ok())
            || head.strip_suffix(j).is_some_and(|h| {
                let w = h.rsplit([' ', ',']).next().unwrap_or("");
                date::weekday(w).is_ok_and(|(r, _)| r.is_empty())
            })
    })
}

/// `Release Date: March 9, 2024`, `Air Dates: March 9 - April 28, 2024`.
fn labelled(ctx: &Ctx, out: &mut Vec<RawFact>) -> bool {
    let s = ctx.s();
    let Some((label, value)) = super::context::split_label(s) else {
        return false;
    };
    let l = label.trim().to_ascii_lowercase();
    let premiere = matches!(
        l.as_str(),
        "release date"
            | "release"
            | "premiere"
            | "premiere date"
            | "air date"
            | "air dates"
            | "airing date"
            | "aired"
            | "original release"
            | "broadcast date"
            | "release dates"
            | "premiered"
            | "first aired"
            | "airing dates"
            | "date"
            | "launch date"
            | "launch"
            | "launches"
            | "premieres"
            | "release day"
            | "streaming date"
            | "debut"
            | "debut date"
            | "airs from"
            | "on air"
            | "start date"
            | "released"
            | "out"
            | "in theaters"
            | "in cinemas"
    );
    let finale = matches!(
        l.as_str(),
        "finale" | "finale date" | "end date" | "last aired" | "ended"
    );
    if !premiere && !finale {
        return false;
    }
    if let Some((_, end, first, second)) = date_after(s, s.len() - value.len()) {
        let found = Found {
            show: ShowRef::Focus,
            first,
            second,
            span: 0..end,
        };
        push_found(
            ctx,
            out,
            found,
            premiere,
            ("premiere.label", "finale.label"),
        );
    }
    true
}

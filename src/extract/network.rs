//! Where a show airs and streams: `the tvN drama`, `MBC's X`, `aired on JTBC`, `available on Netflix`, `Network: tvN, Netflix`.

use super::atoms::number;
use super::atoms::org::{self, OrgKind};
use super::context::{find_all, gates};
use super::{Ctx, RawFact, ShowRef};
use crate::extract::fact::Claim;
use crate::text::BlockKind;

/// Words after an organisation that make it the show's home: `the tvN drama`, `a Netflix original`.
const TYPE_AFTER: &[&str] = &[
    " drama",
    " series",
    " show",
    " original",
    " sitcom",
    " miniseries",
    " k-drama",
    " film",
    " movie",
    " weekend drama",
    " mini-series",
    " romance",
    " thriller",
    " comedy",
    " production",
    " exclusive",
    " anime",
    " documentary",
    " mon-tue",
    " wed-thu",
    " fri-sat",
    " sat-sun",
    " monday-tuesday",
    " wednesday-thursday",
    " friday-saturday",
    " saturday-sunday",
    " new",
    " upcoming",
    " hit",
    " romantic",
    " fantasy",
    " mystery",
    " new drama",
    " weekend",
];

/// Text right before an organisation that makes it where the show airs or streams.
const BEFORE: &[&str] = &[
    "aired on ",
    "airs on ",
    "air on ",
    "airing on ",
    "broadcast on ",
    "broadcasts on ",
    "broadcasting on ",
    "premiered on ",
    "premieres on ",
    "premiere on ",
    "available on ",
    "available to stream on ",
    "available for streaming on ",
    "streaming on ",
    "streams on ",
    "stream on ",
    "streamed on ",
    "exclusively on ",
    "released on ",
    "debuted on ",
    "debuts on ",
    "landed on ",
    "arrived on ",
    "arrives on ",
    "drops on ",
    "dropped on ",
    "simulcast on ",
    "watch it on ",
    "watched on ",
    "watch on ",
    "via ",
    "through ",
    "only on ",
    "globally on ",
    "internationally on ",
    "also on ",
    "now on ",
    "out on ",
    "will air on ",
    "will premiere on ",
    "will stream on ",
    "is on ",
    "are on ",
    "go to ",
    "runs on ",
    "ran on ",
    "aired exclusively on ",
    "cable channel ",
    "cable network ",
    "on channel ",
];

/// Finds network and streaming facts in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    let piped = ctx.text[..ctx.span.start].trim_end().ends_with('|')
        || ctx.text[ctx.span.end..].trim_start().starts_with('|');
    if (ctx.kind == BlockKind::Labelled || piped) && labelled(ctx, out) {
        return;
    }
    // `666 Park Avenue ABC`: a heading that names a show and its channel.
    if ctx.kind == BlockKind::Heading
        && let Some((title, o)) = super::lexicon::titled_org_heading(s.trim())
    {
        let show = ShowRef::Named(title.to_string());
        push_org(ctx, out, show, &o, "network.heading", 0..s.len());
        return;
    }
    // `At ABC, Peter Krause has signed onto drama pilot Dirty Sexy Money`: the channel that
    // opens the sentence is the home of the shows it names.
    if let Some(r) = s.strip_prefix("At ").or_else(|| s.strip_prefix("Over at "))
        && let Some((after, o)) = org::org(r)
        && after.starts_with(',')
        && o.kind != OrgKind::Agency
    {
        let end = s.len() - after.len();
        for (t, name) in ctx.title_spans() {
            if !ctx.is_aside(t.start) {
                let show = ShowRef::Named(name.to_string());
                push_org(ctx, out, show, &o, "network.at", 0..end);
            }
        }
    }
    column(ctx, out);
    including(ctx, out);
    let lower = s.to_ascii_lowercase();
    let orgs = ctx.orgs().to_vec();
    // `KBS2 / Viki` as a field of a listing line under a show's heading: only organisations.
    let only_orgs = !orgs.is_empty() && orgs.iter().all(|(_, o)| o.kind != OrgKind::Agency) && {
        let mut rest = s.to_string();
        for (span, _) in orgs.iter().rev() {
            rest.replace_range(span.clone(), "");
        }
        rest.split(['/', ',', '&', ' ', '+'])
            .all(|w| w.is_empty() || w.eq_ignore_ascii_case("and"))
    };
    // `CBS | Leading out of 60 Minutes, …`: the channel heads a ratings column's paragraph
    // (see `column`), it is no field of the show in focus.
    let column_head = ctx.text[ctx.span.end..]
        .strip_prefix(" | ")
        .and_then(|r| r.lines().next())
        .is_some_and(|r| r.split_whitespace().count() >= 6);
    if only_orgs && ctx.kind != BlockKind::Heading && !column_head {
        for (span, o) in &orgs {
            push_org(ctx, out, ShowRef::Focus, o, "network.listing", span.clone());
        }
        return;
    }
    for (span, o) in orgs {
        if o.kind == OrgKind::Agency {
            continue;
        }
        let after = &lower[span.end..];
        let before = &lower[..span.start];
        // `JTBC announced the lineup for “X”`: the channel presents its own show's cast.
        let lineup = LINEUP_VERBS.iter().any(|v| after.starts_with(v));
        // Chart and company mentions are not where the show airs.
        if after.starts_with("'s top")
            || after.starts_with(" top 10")
            || after.starts_with("'s global")
            || after.starts_with(" korea") && !after.starts_with(" korea's")
            || before.ends_with("according to ")
            // `the only two non-CBS shows`.
            || before.ends_with("non-")
            || after.starts_with(" said")
            || (after.starts_with(" announced") || after.starts_with(" revealed")) && !lineup
            || after.starts_with(" reported")
            || after.starts_with(" ceo")
            || after.starts_with(" chart")
        {
            continue;
        }
        // `SBS’ Monday-Tuesday drama ‘Our Beloved Summer‘`: an owner ending in s may take a
        // bare apostrophe.
        let owner_mark = ["'s ", "’s ", "’ ", "' "]
            .iter()
            .find(|m| after.starts_with(*m) && (m.contains('s') || before_s(s, span.end)));
        let possessive_title = owner_mark.is_some_and(|m| {
            let at = span.end + m.len();
            ctx.title_spans().any(|(t, _)| {
                t.start == at
                    || (t.start > at
                        && t.start <= at + 40
                        && !s[at..t.start].contains(['.', ';'])
                        // `Fox’s 911, NBC’s Chicago PD`: the nearer owner's.
                        && !ctx
                            .orgs()
                            .iter()
                            .any(|(o, _)| o.start >= at && o.end <= t.start))
            })
        });
        // A show brought in for comparison (`ahead of tvN's X`) still airs where it airs; only
        // an organisation not owning a title there is skipped.
        if !possessive_title
            && super::context::aside_at(s, span.start, super::context::COMPARISON_CUES)
        {
            continue;
        }
        // `a KBS2 coming-of-age drama`: genre words may stand before the type noun.
        let unowned = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("’s"))
            .or_else(|| {
                before_s(s, span.end)
                    .then(|| after.strip_prefix('’'))
                    .flatten()
            })
            .unwrap_or(after);
        let typed = TYPE_AFTER
            .iter()
            .any(|t| after.starts_with(t) || unowned.starts_with(t))
            || typed_after_words(unowned);
        // `ORG will release "X"`, `Over on ORG, ...`, `X (ORG)`, `X, which ORG released`.
        let renews = RENEW_VERBS.iter().any(|v| after.starts_with(v));
        let subject = (renews || lineup || ORG_VERBS.iter().any(|v| after.starts_with(v)))
            && (before.trim().is_empty()
                || dated_opener(&s[..span.start])
                || ["meanwhile,", "exclusive:", "and", "while", "elsewhere,"]
                    .iter()
                    .any(|b| before.trim_end().ends_with(b)));
        let over_on = ["over on ", "on ", "meanwhile on ", "over at "]
            .iter()
            .any(|b| before.trim_start() == *b)
            && after.starts_with(',');
        // `X (Peacock)`, `"Heat Check" (Netflix, Wednesday)`.
        let bracketed = before.ends_with(" (")
            && (after.starts_with(')') || after.starts_with(", "))
            && ctx.title_spans().any(|(t, _)| {
                t.end <= span.start && {
                    let gap = &s[t.end..span.start];
                    gap.trim_matches(|c: char| matches!(c, '"' | '”' | '’' | '\'' | ' ' | '('))
                        .is_empty()
                }
            });
        let relative =
            before.ends_with("which ") && RELATIVE_VERBS.iter().any(|v| after.starts_with(v));
        // `with Viki carrying it internationally`, `Wavve will carry it inside Korea`.
        let carries = [
            " carrying it",
            " carries it",
            " will carry it",
            " streams it",
            " will stream it",
            " is carrying it",
        ]
        .iter()
        .any(|v| after.starts_with(v));
        let typed = typed || subject || over_on || bracketed || relative || carries;
        let cued = BEFORE.iter().any(|b| before.ends_with(b));
        let bare_on = before.ends_with(" on ")
            && ctx.has_any_of(gates![
                "aired",
                "airs",
                "air",
                "broadcast",
                "premiered",
                "premieres",
                "premiere",
                "season",
                "streaming",
                "available",
                "released",
                "debuted",
                "watch",
                "catch",
                "carry",
                "carries",
                "landed",
                "simulcast",
                "exclusively",
                "streams",
                "stream",
                "catch",
                "episode",
                "episodes",
                "find",
                "streaming",
                "viewers",
                "watched",
                "run",
                "ended",
                "concluded",
                "finale",
                "series",
                "drama",
                "show",
                "film",
                "movie",
                "start",
                "starts",
                "starting",
            ]);
        if !(possessive_title || typed || cued || bare_on) {
            continue;
        }
        if over_on {
            // `Over on Disney+, "A" and "B" land on ...`: every show of the sentence.
            for (_, n) in ctx.title_spans().filter(|(t, _)| t.start >= span.end) {
                push_org(
                    ctx,
                    out,
                    ShowRef::Named(n.to_string()),
                    &o,
                    "network.over_on",
                    span.start..span.end,
                );
            }
            continue;
        }
        if subject && renews {
            // `The CW previously renewed All American, Batwoman and Charmed`: every show it
            // renews (`previously` marks no aside here), up to a clause about something else.
            let clause_end = [" which ", " who ", "(", ";", " after ", " while "]
                .iter()
                .filter_map(|c| s[span.end..].find(c))
                .min()
                .map_or(s.len(), |i| span.end + i);
            for (t, n) in ctx.title_spans() {
                if t.start >= span.end && t.end <= clause_end {
                    let show = ShowRef::Named(n.to_string());
                    push_org(ctx, out, show, &o, "network.renewed", span.clone());
                }
            }
            continue;
        }
        let reach = if subject { 120 } else { 45 };
        // `after last year’s American Born Chinese, the Disney+ series in which`: an
        // appositive names the title right before it, aside or not.
        let appositive = [", the ", ", a ", ", an "]
            .iter()
            .find_map(|a| s[..span.start].strip_suffix(a))
            .map(|h| h.trim_end_matches(['"', '”', '’', '\'']))
            .and_then(|h| ctx.title_spans().find(|(t, _)| t.end == h.len()))
            .filter(|_| typed);
        // The show: a title right after the organisation, else the nearest one.
        let show = appositive
            .map(|(_, n)| ShowRef::Named(n.to_string()))
            .or_else(|| {
                ctx.title_spans()
                    .find(|(t, _)| {
                        !relative
                    && !bracketed
                    && t.start >= span.end
                    && t.start <= span.end + reach
                    && !s[span.end..t.start].contains(['.', ';', '('])
                    // `Fox’s 911, NBC’s Chicago PD`: the nearer owner's.
                    && !ctx
                        .orgs()
                        .iter()
                        .any(|(o, _)| o.start >= span.end && o.end <= t.start)
                    })
                    .map(|(_, n)| ShowRef::Named(n.to_string()))
            })
            .unwrap_or_else(|| ctx.show_near(span.start));
        let claim = match o.kind {
            OrgKind::Streaming => Claim::Streaming {
                org: o.name.to_string(),
            },
            // A broadcaster named as a stream (`streaming on HBO`) is still its network.
            _ => Claim::Network {
                org: o.name.to_string(),
            },
        };
        let rule = if possessive_title {
            "network.possessive"
        } else if typed {
            "network.typed"
        } else {
            "network.on"
        };
        let rule = match (&claim, rule) {
            (Claim::Streaming { .. }, "network.possessive") => "streaming.possessive",
            (Claim::Streaming { .. }, "network.typed") => "streaming.typed",
            (Claim::Streaming { .. }, _) => "streaming.on",
            (_, r) => r,
        };
        ctx.push(
            out,
            show,
            claim,
            0.85,
            rule,
            words_back(s, span.start, 2)..span.end,
        );
    }
}

/// Nouns that name a channel's line-up of shows.
const SCHEDULE_NOUNS: &[&str] = &[
    "schedule",
    "lineup",
    "line-up",
    "slate",
    "premiere dates",
    "season premieres",
    "premieres",
    "return dates",
];

/// Verbs by which a channel sets out its line-up: `CBS announced its fall premiere dates`.
const SCHEDULE_VERBS: &[&str] = &[
    "announced",
    "unveiled",
    "revealed",
    "released",
    "set",
    "dated",
    "shared",
    "confirmed",
    "announces",
    "unveils",
    "reveals",
    "sets",
];

/// `CBS launched shows including Young Sheldon, FBI and NCIS last week`: a channel or service
/// opening a clause, a verb, then `including` or `such as` and a list of titles, each of which
/// it airs or streams. Nothing else (no title, no other organisation) stands between the
/// organisation and the cue.
fn including(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    if !ctx.grams.may_contain("including")
        && !ctx.grams.may_contain("such as")
        && memchr::memchr(b':', s.as_bytes()).is_none()
    {
        return;
    }
    for cue in [" including ", " such as ", ": "] {
        for at in find_all(s, cue) {
            let clause_from = s[..at].rfind([',', ';', ':']).map_or(0, |i| i + 1);
            let head = &s[clause_from..at];
            let lead = head.trim_start();
            let Some((rest, o)) = org::org(lead) else {
                continue;
            };
            let from = at - head.len() + (lead.len() - rest.len());
            if o.kind == OrgKind::Agency
                || ctx
                    .orgs()
                    .iter()
                    .any(|(sp, _)| sp.start >= from && sp.end <= at)
                || ctx
                    .title_spans()
                    .any(|(t, _)| t.start >= clause_from && t.end <= at)
                || !rest.starts_with(' ')
                || !(owns_line_up(rest)
                    || (cue != ": "
                        && rest.split_whitespace().count() <= 4
                        && rest
                            .split_whitespace()
                            .all(|w| w.chars().all(|c| c.is_ascii_lowercase()))))
            {
                continue;
            }
            // The list runs to the clause's end, titles joined by commas and `and`.
            let list_from = at + cue.len();
            // A bracket ends it, unless it holds a show's audience (`60 MINUTES (10.86m),`).
            let list_end = s[list_from..]
                .match_indices([';', '.', '('])
                .find(|&(i, c)| match c {
                    "(" => number::bracket_audience(&s[list_from + i + 1..]).is_err(),
                    "." => !s[list_from + i + 1..].starts_with(|c: char| c.is_ascii_digit()),
                    _ => true,
                })
                .map_or(s.len(), |(i, _)| list_from + i);
            let mut last_end = list_from;
            for (t, name) in ctx.title_spans() {
                if t.start < list_from || t.end > list_end {
                    continue;
                }
                // `60 MINUTES (10.86m), BLUE BLOODS`: past the figure in brackets.
                let gap = s[last_end..t.start].trim_matches(['"', '“', '”', '\'', '‘', '’', ' ']);
                let gap = gap
                    .strip_prefix('(')
                    .and_then(|g| g.split_once(')'))
                    .map_or(gap, |(_, g)| g.trim());
                if !["", ",", "and", ", and", "or", ", or"].contains(&gap) {
                    break;
                }
                last_end = t.end;
                let show = ShowRef::Named(name.to_string());
                let span = at - lead.len()..t.end;
                push_org(ctx, out, show, &o, "network.including", span);
            }
        }
    }
}

/// `CBS | Leading out of 60 Minutes, The Equalizer (5.7 mil/0.3) returned`: a ratings
/// column's paragraph per channel, opened by the channel and a bar; every show its sentences
/// name airs there (not one another channel owns, `NBC’s Magnum`).
fn column(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let line_start = ctx.text[..ctx.span.start].rfind('\n').map_or(0, |i| i + 1);
    let line = &ctx.text[line_start..];
    let Some((rest, o)) = org::org(line) else {
        return;
    };
    if o.kind == OrgKind::Agency || !rest.starts_with(" | ") {
        return;
    }
    let s = ctx.s();
    // `an average grade of “A+”`: a grade in quotes is no show.
    let named = |n: &str| n.chars().filter(|c| c.is_alphanumeric()).count() >= 3;
    for (t, name) in ctx.title_spans().filter(|(_, n)| named(n)) {
        let owned = s[..t.start]
            .trim_end_matches(['"', '“', '‘', '\''])
            .rsplit(' ')
            .next()
            .is_some_and(|w| {
                let w = w.trim_end_matches("'s").trim_end_matches("’s");
                org::org(w).is_some_and(|(r, _)| r.is_empty())
            });
        if !owned {
            let show = ShowRef::Named(name.to_string());
            push_org(ctx, out, show, &o, "network.column", t.clone());
        }
    }
}

/// `CBS has five of the six premieres that have been seen by over 10 million viewers: A (x),
/// B (y)`, `CBS also has 15 of the top 25 premieres, including A, B`: a channel that has a
/// share of a ranking owns the shows listed after it.
fn owns_line_up(rest: &str) -> bool {
    [" has ", " also has ", " had ", " claimed ", " claims "]
        .iter()
        .find_map(|v| rest.strip_prefix(v))
        .is_some_and(|r| {
            let w = r.split(' ').next().unwrap_or("");
            (w.starts_with(|c: char| c.is_ascii_digit()) || number::count(w).is_ok())
                && [" of the ", " of top "].iter().any(|o| r.contains(o))
        })
}

/// The channel whose line-up a text sets out (an article's lede): `CBS announced its fall 2021
/// season premieres`, `NBC’s midseason 2026 schedule features`, `AMC unveiled its entire slate
/// of fall premiere dates`. Its span in `opening` and the organisation. The resolver's slate
/// rule asks it when the article names more than one channel.
pub fn schedule_owner<'a>(opening: &'a str) -> Option<(std::ops::Range<usize>, org::Org)> {
    org::find_orgs(opening).into_iter().find(|(span, o)| {
        if o.kind == OrgKind::Agency {
            return false;
        }
        let after = &opening[span.end..];
        // `NBC’s midseason schedule`: the owner's line-up.
        let owned = ["'s ", "’s ", "’ ", "' "]
            .iter()
            .find_map(|m| after.strip_prefix(m));
        // `CBS has announced its fall premiere dates`: the channel sets out its own.
        let announced = |after: &'a str| {
            let r = after.strip_prefix(' ')?;
            let r = r.strip_prefix("has ").unwrap_or(r);
            let r = r.strip_prefix("officially ").unwrap_or(r);
            let verb = SCHEDULE_VERBS
                .iter()
                .find(|v| r.starts_with(*v) && r[v.len()..].starts_with(' '))?;
            let r = &r[verb.len() + 1..];
            r.strip_prefix("its ").or_else(|| r.strip_prefix("their "))
        };
        // `Hulu is gearing up for spring and has announced its upcoming lineup`: the verb in
        // a second predicate of the same clause.
        let coordinated = || {
            let clause = &after[..after.find(['.', ';']).unwrap_or(after.len())];
            find_all(clause, " and")
                .filter(|&i| i <= 80)
                .find_map(|i| announced(&after[i + 4..]))
        };
        owned
            .or_else(|| announced(after))
            .or_else(coordinated)
            .is_some_and(schedule_noun_ahead)
    })
}

/// Whether a line-up noun comes within a few plain words (`midseason 2026 schedule`,
/// `entire slate`), before any punctuation.
fn schedule_noun_ahead(r: &str) -> bool {
    let mut rest = r;
    for _ in 0..5 {
        // `the lineup for the 12-episode romance` is a cast; a channel's line-up is its own.
        if SCHEDULE_NOUNS.iter().any(|n| {
            rest.starts_with(n)
                && !rest[n.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
                && !(n.starts_with("line") && rest[n.len()..].starts_with(" for "))
        }) {
            return true;
        }
        let word = rest.split(' ').next().unwrap_or("");
        if word.is_empty() || !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return false;
        }
        rest = rest[word.len()..].trim_start_matches(' ');
    }
    false
}

/// Whether the organisation name ending at `end` ends in `s` (`SBS`, `Channels`).
fn before_s(s: &str, end: usize) -> bool {
    s[..end].ends_with(['s', 'S'])
}

/// Verbs after an organisation that opens the sentence and acts on a show.
const ORG_VERBS: &[&str] = &[
    " will release",
    " will launch",
    " will air",
    " will premiere",
    " will stream",
    " will fill",
    " will also launch",
    " will also release",
    " will also air",
    " sets ",
    " has set ",
    " has renewed",
    " renewed",
    " has ordered",
    " ordered",
    " has greenlit",
    " greenlit",
    " has rounded out the cast",
    " has confirmed",
    " confirmed",
    " unveiled",
    " has unveiled",
    " released",
    " launched",
    " premiered",
    " is releasing",
    " is launching",
    " dropped",
    " debuted",
    " said goodbye to",
    " bid farewell to",
];

/// `JTBC announced the lineup for “Ferry Lights”`: a channel presenting the cast of its show.
const LINEUP_VERBS: &[&str] = &[
    " announced the lineup for",
    " announced the cast of",
    " announced the cast for",
    " revealed the lineup for",
    " revealed the cast of",
    " unveiled the lineup for",
    " unveiled the cast of",
    " confirmed the lineup for",
    " confirmed the cast of",
];

/// `On May 4, `: a date that opens a sentence before its subject.
fn dated_opener(before: &str) -> bool {
    let b = before.trim();
    b.strip_suffix(',').is_some_and(|d| {
        let d = d
            .strip_prefix("On ")
            .or_else(|| d.strip_prefix("on "))
            .unwrap_or(d);
        super::atoms::date::date(d).is_ok_and(|(rest, _)| rest.is_empty())
    })
}

/// `The CW previously announced it renewed`: a channel that renews (or cancels) shows, which
/// may be several.
const RENEW_VERBS: &[&str] = &[
    " renewed",
    " has renewed",
    " renews",
    " previously renewed",
    " also renewed",
    " has also renewed",
    " announced it renewed",
    " announced it has renewed",
    " previously announced it renewed",
    " has announced it renewed",
    " canceled",
    " cancelled",
    " has canceled",
    " has cancelled",
    " cancels",
];

/// Verbs after `which ORG`: `Midnight Clinic, which Coupang Play released on`.
const RELATIVE_VERBS: &[&str] = &[
    " released",
    " aired",
    " airs",
    " premiered",
    " launched",
    " streams",
    " streamed",
    " dropped",
    " will release",
    " will air",
    " commissioned",
    " produced",
];

/// `KBS2 coming-of-age drama`: up to three genre or slot words, then a type noun.
fn typed_after_words(after: &str) -> bool {
    let mut words = after.split_whitespace();
    for _ in 0..4 {
        match words.next() {
            Some(
                "drama" | "series" | "rom-com" | "sitcom" | "k-drama" | "film" | "movie" | "show"
                | "miniseries" | "romance" | "thriller" | "comedy" | "melodrama" | "mystery"
                | "comedy-drama" | "dramas",
            ) => return true,
            Some(w)
                if w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && ![
                        "is", "was", "has", "and", "the", "a", "of", "to", "in", "on", "for",
                        "with", "will", "said", "says",
                    ]
                    .contains(&w) => {}
            _ => return false,
        }
    }
    false
}

fn push_org(
    ctx: &Ctx,
    out: &mut Vec<RawFact>,
    show: ShowRef,
    o: &org::Org,
    rule: &'static str,
    span: std::ops::Range<usize>,
) {
    let (claim, rule) = match o.kind {
        OrgKind::Streaming => (
            Claim::Streaming {
                org: o.name.to_string(),
            },
            match rule {
                "network.over_on" => "streaming.over_on",
                "network.listing" => "streaming.listing",
                "network.renewed" => "streaming.renewed",
                "network.including" => "streaming.including",
                r => r,
            },
        ),
        _ => (
            Claim::Network {
                org: o.name.to_string(),
            },
            rule,
        ),
    };
    ctx.push(out, show, claim, 0.8, rule, span);
}

/// `Network: tvN, Netflix`, `Platform: Disney+`.
fn labelled(ctx: &Ctx, out: &mut Vec<RawFact>) -> bool {
    let s = ctx.s();
    let Some((label, value)) = super::context::split_label(s) else {
        return false;
    };
    let l = label.trim().to_ascii_lowercase();
    if !matches!(
        l.as_str(),
        "network"
            | "networks"
            | "broadcaster"
            | "channel"
            | "platform"
            | "platforms"
            | "streaming"
            | "where to watch"
            | "streaming on"
            | "available on"
            | "watch on"
            | "network/platform"
            | "original network"
            | "streaming platform"
            | "streaming service"
            | "where"
            | "watch"
            | "watch it on"
            | "stream"
            | "stream it on"
            | "available"
    ) {
        return false;
    }
    let base = s.len() - value.len();
    for (span, o) in org::find_orgs(value) {
        let claim = match o.kind {
            OrgKind::Streaming => Claim::Streaming {
                org: o.name.to_string(),
            },
            OrgKind::Network => Claim::Network {
                org: o.name.to_string(),
            },
            OrgKind::Agency => continue,
        };
        ctx.push(
            out,
            ShowRef::Focus,
            claim,
            0.85,
            if matches!(o.kind, OrgKind::Streaming) {
                "streaming.label"
            } else {
                "network.label"
            },
            base + span.start..base + span.end,
        );
    }
    true
}

/// The start of the word `n` words before byte `at`.
fn words_back(s: &str, at: usize, n: usize) -> usize {
    let mut from = at;
    for _ in 0..n {
        let head = s[..from].trim_end();
        from = head.rfind(' ').map_or(0, |i| i + 1);
    }
    from
}

//! Audience figures: hours viewed, views, viewers and household ratings, with elided units in lists.

use super::atoms::{date, number, org};
use super::context::find_words;
use super::{Ctx, RawFact};
use crate::extract::fact::{Claim, MetricKind};
use crate::text::BlockKind;

/// Unit phrases after a quantity, longest first among those that share a start.
const UNITS: &[(&str, MetricKind)] = &[
    (" hours viewed", MetricKind::HoursViewed),
    (" viewing hours", MetricKind::HoursViewed),
    (" hours watched", MetricKind::HoursViewed),
    (" hours of viewing", MetricKind::HoursViewed),
    (" hours of viewership", MetricKind::HoursViewed),
    (" watch hours", MetricKind::HoursViewed),
    (" cumulative viewing hours", MetricKind::HoursViewed),
    (" total viewing hours", MetricKind::HoursViewed),
    (" cumulative hours", MetricKind::HoursViewed),
    (" hours", MetricKind::HoursViewed),
    (" views", MetricKind::Views),
    (" viewers", MetricKind::Viewers),
    (" viewings", MetricKind::Views),
    // `9.5 million total viewers`, `8 million live viewers`: a qualifier before the unit.
    (" total viewers", MetricKind::Viewers),
    (" live viewers", MetricKind::Viewers),
    (" same-day viewers", MetricKind::Viewers),
    (" multiplatform viewers", MetricKind::Viewers),
    (" multi-platform viewers", MetricKind::Viewers),
    (" cross-platform viewers", MetricKind::Viewers),
    (" total views", MetricKind::Views),
];

/// Words in a sentence that make a percentage a household rating.
const RATING_CUES: &[&str] = &[
    "rating",
    "ratings",
    "viewership",
    "nationwide",
    "metropolitan",
    "nielsen",
    "household",
    "households",
    "audience share",
    "tnms",
    "seoul",
];

/// Words right after a percentage that make it something else.
const NOT_RATING_AFTER: &[&str] = &[
    " increase",
    " higher",
    " lower",
    " drop",
    " rise",
    " jump",
    " of ",
    " more",
    " less",
    " decrease",
    " growth",
    " off",
    " mark",
    " upvoted",
    " approval",
    " on rotten",
    " among viewers aged",
    " in the 20-49",
    " in the 2049",
    " among 20",
];

/// Words right before a percentage that make it a threshold, not a rating: `above 15 percent`.
const THRESHOLD_BEFORE: &[&str] = &[
    "above",
    "over",
    "below",
    "under",
    "broken",
    "break",
    "broke",
    "past",
    "exceed",
    "exceeded",
    "beyond",
    "than",
    "crossed",
    "cross",
    "hit the",
    "top",
    "passes",
    "passed",
    "surpasses",
    "surpassed",
    "tops",
    "crosses",
    "breaks",
    "exceeds",
];

/// What a figure may count instead of a show's audience: `The first teaser was viewed 1.2
/// million times`.
const CLIP_WORDS: &[&str] = &[
    "teaser",
    "trailer",
    "clip",
    "music video",
    "poster",
    "highlight",
];

/// Finds audience figures in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    let lower = s.to_ascii_lowercase();
    let source = ctx
        .orgs()
        .iter()
        .find(|(_, o)| {
            matches!(
                o.name,
                "Nielsen Korea" | "Nielsen" | "Netflix" | "TNmS" | "FlixPatrol"
            )
        })
        .cloned()
        .map(|(_, o)| {
            if o.name == "Netflix" && lower.contains("top 10") {
                "Netflix Top 10".to_string()
            } else {
                o.name.to_string()
            }
        });
    let period = period_of(ctx);
    if ctx.kind == BlockKind::Labelled && labelled(ctx, out, period.as_ref()) {
        return;
    }
    if table(ctx, out, period.as_ref()) || rating_rows(ctx, out, period.as_ref()) {
        return;
    }
    if ctx.chart_report {
        ranks(ctx, &lower, out, period.as_ref(), source.as_ref());
    }
    // `Titles in Korean (9 percent) … captured the largest shares of viewership`: a share of
    // a whole, not a household rating.
    // Asked for only at a percentage (most sentences hold none); a cue whose byte pairs the
    // sentence lacks is not searched for.
    let has = |cue: &str| ctx.grams.may_contain(cue) && lower.contains(cue);
    let rating_sentence = std::cell::OnceCell::new();
    let rating_sentence = || {
        *rating_sentence.get_or_init(|| {
            let share =
                (has("shares of") || has("share of")) && !has("audience share") && !has("rating");
            (RATING_CUES.iter().any(|c| has(c)) || ctx.ratings_report) && !share
        })
    };
    let mut last_kind: Option<MetricKind> = None;
    let mut at = 0;
    while at < s.len() {
        let Some(next) = next_figure(s, at) else {
            break;
        };
        at = next;
        let rest = &s[at..];
        let before = lower[..at].trim_end();
        if before.ends_with('$')
            || before.ends_with("no.")
            || before.ends_with('#')
            || before.ends_with("episode")
            || before.ends_with("top")
        {
            at += 1;
            continue;
        }
        // A household rating: `16.2%`, `5.853 percent`.
        if let Ok((r, pct)) = number::percent(rest) {
            let end = s.len() - r.len();
            let after = lower[end..].to_string();
            let ok = rating_sentence()
                && pct <= 100.0
                && !NOT_RATING_AFTER.iter().any(|n| after.starts_with(n))
                && !before.ends_with("up")
                && !before.ends_with("by")
                && !before.ends_with("down")
                && !THRESHOLD_BEFORE.iter().any(|t| before.ends_with(t))
                && ![
                    "aged 20 to 49",
                    "aged 20-49",
                    "aged 20~49",
                    "2049 rating",
                    "2049 (",
                ]
                .iter()
                .any(|d| lower.contains(d));
            if ok && !ctx.compared_at(at) {
                let unit = [
                    "nationwide",
                    "metropolitan",
                    "in the seoul",
                    "seoul metropolitan",
                    "in seoul",
                ]
                .iter()
                .find(|u| after.trim_start().starts_with(**u) || before.ends_with(**u))
                .map(|u| u.trim_start_matches("in the ").to_string());
                let show = ctx.show_near(at);
                let claim = Claim::Metric {
                    kind: MetricKind::RatingPct,
                    value: pct,
                    period: period.clone(),
                    source: source.clone().filter(|s| !s.starts_with("Netflix")),
                    unit,
                };
                ctx.push(out, show, claim, 0.85, "metric.rating", at..end);
            }
            at = end;
            continue;
        }
        // `The Equalizer (5.7 mil/0.3)`, `FBI (10.29m)`: a ratings column's audience in a
        // bracket right after the show, in an article that reports viewers.
        if ctx.audience_report
            && before.ends_with('(')
            && let Ok((r, value)) = number::bracket_audience(rest)
            && ctx.title_spans().any(|(t, _)| {
                t.end <= at && s[t.end..at].trim_start_matches(['"', '”', '’', '\'']) == " ("
            })
        {
            let end = s.len() - r.len();
            let claim = Claim::Metric {
                kind: MetricKind::Viewers,
                value,
                period: period.clone(),
                source: source.clone().filter(|s| !s.starts_with("Netflix")),
                unit: None,
            };
            ctx.push(
                out,
                ctx.show_near(at),
                claim,
                0.8,
                "metric.bracket",
                at..end,
            );
            at = end;
            continue;
        }
        let Ok((r, value)) = number::quantity(rest) else {
            at += 1;
            continue;
        };
        let end_num = s.len() - r.len();
        let after = &lower[end_num..];
        let scaled = value >= 1000.0;
        let unit = UNITS.iter().find(|(u, _)| {
            after.starts_with(u) && !after[u.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        });
        let times = after.starts_with(" times") && before.ends_with("viewed");
        let (kind, end, rule) = match (unit, times) {
            (Some(&(u, kind)), _) => {
                // `hours` alone counts only in a viewing context.
                if u == " hours"
                    && !(lower.contains("view")
                        || lower.contains("watch")
                        || lower.contains("netflix")
                        || lower.contains("top 10"))
                {
                    at = end_num;
                    continue;
                }
                (kind, end_num + u.len(), "metric.unit")
            }
            (None, true) => (MetricKind::Views, end_num + " times".len(), "metric.times"),
            // An elided unit in a list: `B in third with 293.5 million`.
            (None, false)
                if scaled
                    && s[at..end_num].contains(|c: char| c.is_ascii_alphabetic() || c == ',')
                    && last_kind.is_some()
                    // `(4.3 million to 6.5 million)`: a range, an average's bounds.
                    && !after
                        .strip_prefix(" to ")
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                    && (before.ends_with("with")
                        || before.ends_with("and")
                        || before.ends_with(",")
                        || before.ends_with("at")
                        // `started from 2.17 million same-day viewers ... growing to 4.31
                        // million`.
                        || (before.ends_with(" to") && !range_to(before))
                        || before.ends_with('(')) =>
            {
                (
                    last_kind.unwrap_or(MetricKind::Views),
                    end_num,
                    "metric.elided",
                )
            }
            // `bringing its seven-day, multi-platform audience to 6.3 million`.
            (None, false)
                if scaled
                    && s[at..end_num].contains(|c: char| c.is_ascii_alphabetic())
                    && ["audience to", "audience of", "audiences of", "audience at"]
                        .iter()
                        .any(|c| before.ends_with(c))
                    // Not `an audience of 17 million linear viewers`: a unit of its own.
                    && !after.trim_start().starts_with(|c: char| c.is_ascii_alphabetic()) =>
            {
                (MetricKind::Viewers, end_num, "metric.elided")
            }
            // `logging 33 million, 18.5 million and 18.3 million views`: the unit of the
            // run's last figure; `the highest views (121 million)`: the unit just named.
            (None, false)
                if scaled
                    && s[at..end_num].contains(|c: char| c.is_ascii_alphabetic())
                    && let Some(kind) = run_unit(&s[end_num..]).or_else(|| {
                        before
                            .strip_suffix('(')
                            .and_then(|b| unit_word_before(b.trim_end()))
                    }) =>
            {
                (kind, end_num, "metric.elided")
            }
            // `60 Minutes got 7.43M, NCIS took 7.3M, … and Fire Country extinguished blazes
            // for 5.7M viewers`: clauses of a verb and a figure, the last with its unit, in an
            // article that reports audiences.
            (None, false)
                if scaled
                    && ctx.audience_report
                    && s[at..end_num].contains(|c: char| c.is_ascii_alphabetic())
                    && verb_before(before)
                    && let Some(kind) = clause_run_unit(&s[end_num..]) =>
            {
                (kind, end_num, "metric.elided")
            }
            // `After the Flood launched with 8.8 million and`, `Vera averaged 7.6 million.`:
            // a lone audience in millions after a verb, in an article that reports viewers
            // and no chart (whose figures are views or hours), about a show the sentence names.
            (None, false)
                if scaled
                    && ctx.audience_report
                    && !ctx.chart_report
                    && s[at..end_num].contains(|c: char| c.is_ascii_alphabetic())
                    && verb_before(before)
                    && clause_ends(&s[end_num..])
                    && named_subject(ctx, at) =>
            {
                (MetricKind::Viewers, end_num, "metric.elided")
            }
            // `The Traitors returned with 9,163,000`: a head count written out in full, in
            // an article that reports audiences.
            (None, false) if bare_count(ctx, &s[at..], before) => {
                (MetricKind::Viewers, end_num, "metric.bare_count")
            }
            _ => {
                at = end_num.max(at + 1);
                continue;
            }
        };
        if !scaled
            && kind != MetricKind::Viewers
            && value < 1000.0
            && !lower[end_num..].starts_with(" hours viewed")
        {
            // Small bare numbers (`3 hours`) are durations, not audience figures.
            at = end;
            continue;
        }
        last_kind = Some(kind);
        // `approximately 100 billion hours`, `over 50 million views`: a round figure, not a
        // measurement.
        let hedged = [
            "approximately",
            "about",
            "around",
            "roughly",
            "nearly",
            "almost",
            "over",
            "more than",
            "upwards of",
            "close to",
            "some",
            "an estimated",
            "at least",
        ];
        // `added 1.9 million viewers over a week of delayed viewing`: a gain, not a total
        // (a chart's `added 19.1 million viewing hours` is the week's figure; a round one
        // stays a hedge).
        let gains = [
            "added",
            "gained",
            "an additional",
            "grew by",
            "rose by",
            "increased by",
        ];
        let ends_with_word = |h: &&str| {
            before.ends_with(*h)
                && !before[..before.len() - h.len()].ends_with(char::is_alphanumeric)
        };
        let gain = gains.iter().any(ends_with_word);
        let hedged = gain || hedged.iter().any(ends_with_word);
        let gain = gain && kind == MetricKind::Viewers;
        // `about 48.8 million viewing hours` converts a precise figure; it stays.
        if gain || (hedged && !s[at..end_num].contains('.')) {
            at = end;
            continue;
        }
        // `The first teaser for X was viewed 1.2 million times`: the clip's, not the show's.
        let clip = CLIP_WORDS.iter().any(|c| has(c) && lower[..at].contains(c));
        if clip
            || ctx.compared_at(at)
            || past_year_after(ctx, &lower[end..])
            || org_subject(ctx, at)
        {
            // Another show's figure, brought in for comparison.
            at = end;
            continue;
        }
        let show = ctx.show_near(at);
        let claim = Claim::Metric {
            kind,
            value,
            period: period.clone(),
            source: source.clone().filter(|s| s.starts_with("Netflix")),
            unit: None,
        };
        ctx.push(out, show, claim, 0.85, rule, at..end);
        at = end;
    }
}

/// Field names of a listicle item's ratings lines (its audience lines are named by
/// [`UNITS`]).
const RATING_LABELS: &[&str] = &[
    "rating",
    "ratings",
    "average rating",
    "peak rating",
    "highest rating",
    "viewership rating",
    "viewership ratings",
];

/// The kind of figure a field line holds by its name (lower case): `Hours watched`, `Total
/// views`, `Average viewers` as the units after a figure are written, `Peak rating`.
fn field_kind(label: &str) -> Option<MetricKind> {
    if RATING_LABELS.contains(&label) {
        return Some(MetricKind::RatingPct);
    }
    let unit = ["total ", "average "]
        .iter()
        .find_map(|p| label.strip_prefix(p))
        .unwrap_or(label);
    UNITS
        .iter()
        .find(|(u, _)| *u != " hours" && u.strip_prefix(' ') == Some(unit))
        .map(|&(_, kind)| kind)
}

/// `Hours watched: 2.2 billion`, `Total Views: 265,200,000`, `Peak rating: 16.2%`: a field
/// line under a listicle's item gives that item's figure. True when the line is such a field,
/// whether or not its value reads as a figure.
fn labelled(ctx: &Ctx, out: &mut Vec<RawFact>, period: Option<&String>) -> bool {
    let s = ctx.s();
    let Some((label, value)) = super::context::split_label(s) else {
        return false;
    };
    let l = label.trim().to_ascii_lowercase();
    let Some(kind) = field_kind(&l) else {
        return false;
    };
    let v = value.trim_start();
    let from = s.len() - v.len();
    let parsed = if kind == MetricKind::RatingPct {
        number::percent(v)
    } else {
        number::quantity(v)
    };
    if let Ok((rest, value)) = parsed
        && value > 0.0
    {
        let claim = listed(kind, value, period);
        let end = s.len() - rest.len();
        ctx.push(
            out,
            super::ShowRef::Focus,
            claim,
            0.85,
            "metric.label",
            from..end,
        );
    }
    true
}

/// A figure of a list, table or field line, which names no source or unit of its own.
fn listed(kind: MetricKind, value: f64, period: Option<&String>) -> Claim {
    Claim::Metric {
        kind,
        value,
        period: period.cloned(),
        source: None,
        unit: None,
    }
}

/// The first place at or after `at` where a figure may open: an ASCII digit at a word's start
/// (after a space, `(` or `~`). The bytes up to each digit (which always starts a char) are
/// passed over at once, not char by char.
fn next_figure(s: &str, mut at: usize) -> Option<usize> {
    loop {
        at += s
            .as_bytes()
            .get(at..)?
            .iter()
            .position(u8::is_ascii_digit)?;
        if at == 0 || s[..at].ends_with([' ', '(', '~']) {
            return Some(at);
        }
        at += 1;
    }
}

/// Whether `before` (lower case, ending in ` to`) closes the first figure of a range: `4.31
/// million to`, `0.7 to`.
fn range_to(before: &str) -> bool {
    let head = before.strip_suffix(" to").unwrap_or(before).trim_end();
    head.ends_with(|c: char| c.is_ascii_digit())
        || ["million", "billion", "thousand", "m", "k"]
            .iter()
            .any(|w| {
                head.strip_suffix(w)
                    .is_some_and(|h| h.ends_with(|c: char| c == ' ' || c.is_ascii_digit()))
            })
}

/// Whether a number with no unit is an audience head count: grouped in thousands in full
/// (`4,761,000`, at least 100,000), after `with`, `by`, `to` or a list's joint, before the
/// clause goes on (`on Sunday`, `respectively`, a comma), in an article about audiences.
fn bare_count(ctx: &Ctx, rest: &str, before: &str) -> bool {
    if !ctx.audience_report || before.ends_with(['$', '£', '€']) {
        return false;
    }
    let word_before = |w: &str| {
        before
            .strip_suffix(w)
            .is_some_and(|b| !b.ends_with(char::is_alphanumeric))
    };
    number::head_count(rest).is_ok()
        && (before.ends_with(',')
            || [
                "with",
                "by",
                "to",
                "and",
                "of",
                "averaged",
                "drew",
                "attracted",
            ]
            .iter()
            .any(|w| word_before(w)))
}

/// `Number Title Hours Watched 10 Love Island: Brazil: Season 4 15,600,000 9 Bridgerton:
/// Season 1 16,400,000 …`: a chart table that the page's text flattened into one line, a
/// header (rank, title, unit) and then rank, title and figure again and again. Whether the
/// sentence was such a table.
fn table(ctx: &Ctx, out: &mut Vec<RawFact>, period: Option<&String>) -> bool {
    const RANK: &[&str] = &["Number ", "Rank ", "Ranking ", "# ", "No. "];
    const TITLE: &[&str] = &[
        "Title ", "Show ", "TV Show ", "Series ", "Film ", "Movie ", "Program ",
    ];
    const UNIT: &[(&str, MetricKind)] = &[
        ("Hours Watched ", MetricKind::HoursViewed),
        ("Hours Viewed ", MetricKind::HoursViewed),
        ("Viewing Hours ", MetricKind::HoursViewed),
        ("Views ", MetricKind::Views),
        ("Viewers ", MetricKind::Viewers),
    ];
    let s = ctx.s();
    // Most sentences hold no table: the pair filter rules them out before any search.
    if !UNIT
        .iter()
        .any(|(u, _)| ctx.grams.may_contain(u.trim_end()))
        || !TITLE.iter().any(|t| ctx.grams.may_contain(t.trim_end()))
    {
        return false;
    }
    let header = RANK.iter().find_map(|r| {
        find_words(s, r.trim_end()).into_iter().find_map(|at| {
            let rest = s[at..].strip_prefix(r)?;
            let rest = TITLE.iter().find_map(|t| rest.strip_prefix(t))?;
            UNIT.iter()
                .find_map(|(u, k)| rest.strip_prefix(u).map(|r| (r, *k)))
        })
    });
    let Some((mut rest, kind)) = header else {
        return false;
    };
    let mut rows = 0;
    while let Ok((r, rank)) = number::count(rest)
        && (1..=100).contains(&rank)
        && let Some(r) = r.strip_prefix(' ')
    {
        // The title runs to the first figure grouped in thousands (`15,600,000`) or scaled
        // (`52.9M`); a number inside it (`Season 4`) is neither.
        let figure_at = r.char_indices().find_map(|(i, _)| {
            let word_start = i > 0 && r[..i].ends_with(' ');
            let w = r[i..].split(' ').next().unwrap_or("");
            let grouped = w.len() >= 5
                && w.starts_with(|c: char| c.is_ascii_digit())
                && w.contains(',')
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
            let scaled = w.starts_with(|c: char| c.is_ascii_digit())
                && (w.ends_with('M') || w.ends_with('K'))
                && w[..w.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.');
            (word_start && (grouped || scaled)).then_some(i)
        });
        let Some(at) = figure_at else { break };
        let title = r[..at].trim_end();
        let Ok((after, value)) = number::quantity(&r[at..]) else {
            break;
        };
        if !title.contains(char::is_alphabetic) || title.len() > 120 {
            break;
        }
        let start = s.len() - r.len();
        let end = s.len() - after.len();
        let claim = listed(kind, value, period);
        ctx.push(
            out,
            super::ShowRef::Named(title.to_string()),
            claim,
            0.8,
            "metric.table",
            start..end,
        );
        rows += 1;
        rest = after.trim_start();
    }
    rows > 0
}

/// `My Only Ally 10 KBS 27.1%`: the rows of a weekly ratings table (title, episode number,
/// channel, household rating), one to a line. Each row gives the show's rating and its
/// network. Whether the sentence held such rows.
fn rating_rows(ctx: &Ctx, out: &mut Vec<RawFact>, period: Option<&String>) -> bool {
    let s = ctx.s();
    if !s.contains('%') {
        return false;
    }
    let mut rows = 0;
    let mut start = 0;
    for line in s.split('\n') {
        let line_start = start;
        start += line.len() + 1;
        let Some((title, org, pct)) = rating_row(line.trim_end()) else {
            continue;
        };
        let span = line_start..line_start + line.trim_end().len();
        let show = super::ShowRef::Named(title.to_string());
        let claim = listed(MetricKind::RatingPct, pct, period);
        ctx.push(
            out,
            show.clone(),
            claim,
            0.8,
            "metric.rating_row",
            span.clone(),
        );
        if org.kind == org::OrgKind::Network {
            let claim = Claim::Network {
                org: org.name.to_string(),
            };
            ctx.push(out, show, claim, 0.8, "network.rating_row", span);
        }
        rows += 1;
    }
    rows > 0
}

/// One ratings-table row: a title, an optional episode number (`25`, `25-26`), a channel and
/// a percentage, and nothing else.
fn rating_row(line: &str) -> Option<(&str, org::Org, f64)> {
    let (head, last) = line.rsplit_once(' ')?;
    let (rest, pct) = number::percent(last).ok()?;
    if !rest.is_empty() || pct > 100.0 {
        return None;
    }
    // The channel: the longest organisation that ends the head.
    let (org_at, org) = head
        .char_indices()
        .filter(|&(i, _)| i > 0 && head[..i].ends_with(' '))
        .find_map(|(i, _)| {
            org::org(&head[i..])
                .filter(|(r, _)| r.is_empty())
                .map(|(_, o)| (i, o))
        })?;
    let before = head[..org_at].trim_end();
    let title = match before.rsplit_once(' ') {
        Some((t, ep))
            if ep.chars().all(|c| c.is_ascii_digit() || c == '-')
                && ep.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            t
        }
        _ => before,
    };
    let whole = super::atoms::title::bare_title(title).is_ok_and(|(r, _)| r.is_empty());
    (whole && title.contains(char::is_alphabetic)).then_some((title, org, pct))
}

/// Chart ranks: `at No. 3`, `#7`, `in third place`, `came second`, `topped the chart`, `the
/// top spot`; observations of `showkg:chartRank` with the chart's period and owner.
fn ranks(
    ctx: &Ctx,
    lower: &str,
    out: &mut Vec<RawFact>,
    period: Option<&String>,
    source: Option<&String>,
) {
    let mut found: Vec<(usize, usize, u32)> = Vec::new();
    for cue in [
        "at ",
        "to ",
        "in ",
        "reached ",
        "hit ",
        "ranked ",
        "came ",
        "took ",
        "finished ",
        "was ",
        "placed ",
        "claimed ",
        "secured ",
        "held ",
        "sits ",
        "landed ",
    ] {
        for at in ctx.find_in(lower, cue.trim_end()) {
            let from = at + cue.len();
            if from > lower.len() || !lower.is_char_boundary(from) {
                continue;
            }
            // `claimed the sixth spot`.
            let rest = &ctx.s()[from..];
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let Ok((r, n)) = number::rank(rest) else {
                continue;
            };
            let after = r.to_ascii_lowercase();
            let numbered = rest.starts_with(['#', 'N', 'n']);
            // An ordinal needs a chart word after it (`in third place`) or a ranking verb
            // before it (`came third`); `No. 3` and `#3` stand alone.
            let placed = after.starts_with(" place")
                || after.starts_with(" spot")
                || after.starts_with(" position")
                || after.starts_with(" with")
                || after.starts_with(',')
                || after.starts_with('.')
                || ["came", "took", "finished", "placed", "ranked", "was", "in"]
                    .contains(&cue.trim_end());
            if (numbered || placed) && (1..=100).contains(&n) && !lower[..at].ends_with("episode ")
            {
                found.push((at, ctx.s().len() - r.len(), n));
            }
        }
    }
    for cue in [
        "topped",
        "the top spot",
        "no. 1 spot",
        "number one",
        "first place",
        "the top of",
    ] {
        for at in ctx.find_in(lower, cue) {
            found.push((at, at + cue.len(), 1));
        }
    }
    found.sort_unstable();
    found.dedup_by_key(|f| f.0);
    for (start, end, n) in found {
        if ctx.compared_at(start) || ctx.in_speech(&(ctx.abs(start)..ctx.abs(end))) {
            continue;
        }
        let show = ctx.show_near(start);
        let claim = Claim::Metric {
            kind: MetricKind::ChartRank,
            value: f64::from(n),
            period: period.cloned(),
            source: source.cloned(),
            unit: None,
        };
        ctx.push(out, show, claim, 0.75, "metric.chart_rank", start..end);
    }
}

/// The unit that ends a run of scaled figures (`, 18.5 million and 18.3 million views`), read
/// from just after the run's first figure.
fn run_unit(mut rest: &str) -> Option<MetricKind> {
    for _ in 0..8 {
        rest = [", and ", ", ", " and ", " or "]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))?;
        let (r, unit) = scaled_figure(rest)?;
        if unit.is_some() {
            return unit;
        }
        rest = r;
    }
    None
}

/// A figure written with a scale word (`18.5 million`, `7.3M`) of a thousand or more at the
/// start of `rest`: what follows it and the unit it names (not bare `hours`), if any.
fn scaled_figure(rest: &str) -> Option<(&str, Option<MetricKind>)> {
    let (r, value) = number::quantity(rest).ok()?;
    let figure = &rest[..rest.len() - r.len()];
    if value < 1000.0 || !figure.contains(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let lower = r.to_ascii_lowercase();
    let unit = UNITS.iter().find(|(u, _)| {
        *u != " hours"
            && lower.starts_with(u)
            && !lower[u.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
    });
    Some((r, unit.map(|&(_, kind)| kind)))
}

/// Whether the clause of the figure at `at` has a channel or service as its subject and names
/// no show: `Per Nielsen, CBS averaged 5.08 million viewers compared to its 2022 premiere week
/// of 3.85 million` is the network's audience.
fn org_subject(ctx: &Ctx, at: usize) -> bool {
    let s = ctx.s();
    let from = s[..at].rfind([',', ';', ':']).map_or(0, |i| i + 1);
    let head = s[from..at].trim_start();
    let head_at = at - head.len();
    let Some((rest, o)) = org::org(head) else {
        return false;
    };
    // The organisation's own verb, not one that reports another's figure (`Tving said the
    // comedy drew 1.2 million`); `ITV drama reached 44 million viewers`: its output as a whole.
    let rest = [
        " drama",
        " dramas",
        " shows",
        " content",
        " programmes",
        " programming",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))
    .filter(|r| r.starts_with(' '))
    .unwrap_or(rest);
    let verb = rest
        .strip_prefix(' ')
        .and_then(|r| r.split(' ').next())
        .unwrap_or("");
    let own = (verb.ends_with("ed")
        && ![
            "reported",
            "announced",
            "revealed",
            "noted",
            "stated",
            "confirmed",
            "claimed",
        ]
        .contains(&verb))
        || [
            "drew", "had", "got", "saw", "hit", "won", "has", "drew", "led", "posted",
        ]
        .contains(&verb);
    o.kind != org::OrgKind::Agency
        && own
        && !ctx
            .title_spans()
            .any(|(t, _)| t.start >= head_at && t.end <= at)
}

/// Whether `before` (lower case) ends with a verb that takes an audience, perhaps with a
/// preposition after it: `got`, `scared`, `extinguished blazes for`.
fn verb_before(before: &str) -> bool {
    let mut words = before.rsplit(' ');
    let last = words.next().unwrap_or("");
    let verb = |w: &str| w.ends_with("ed") || super::lexicon::AUDIENCE_VERBS.contains(&w);
    verb(last) || (["for", "with", "to"].contains(&last) && words.take(2).any(verb))
}

/// Whether the figure at `at` is in the clause of a show the sentence names before it: not
/// after a new subject (`Dry Creek (920K) also slipped, while the network itself averaged
/// 5.2 mil`); `Vera, now in its 13th season, averaged 7.6 million` keeps its appositive.
fn named_subject(ctx: &Ctx, at: usize) -> bool {
    let s = ctx.s();
    let Some((t, _)) = ctx
        .title_spans()
        .filter(|(t, _)| t.end <= at && !ctx.is_aside(t.start))
        .last()
    else {
        return false;
    };
    let between = &s[t.end..at];
    ![" while ", " whereas ", " but ", ", and ", " itself ", "; "]
        .iter()
        .any(|w| between.contains(w))
}

/// Whether the clause ends right after a figure: at the sentence's end or a `,`, `;`, `.`, a
/// demo rating after `/`, or where `and`, `on`, `in` or `across` go on with something else.
fn clause_ends(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with(['.', ',', ';', ')'])
        // `did 1.3 mil/0.3`: the demo rating after the audience.
        || rest
            .strip_prefix('/')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        || [" and ", " on ", " in ", " across ", " for "]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// The unit of the first figure after a sentence's unitless scaled figures, each in a clause
/// of its own (`, NCIS took 7.3M, Ghosts scared 7.05M … for 5.7M viewers`): at most eight
/// figures, none of them a percentage or a unit other than the one found.
fn clause_run_unit(rest: &str) -> Option<MetricKind> {
    let mut rest = rest;
    for _ in 0..8 {
        let skip = rest.find(|c: char| c.is_ascii_digit() || matches!(c, '.' | '%' | ';'))?;
        if !rest[skip..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        rest = &rest[skip..];
        let (r, unit) = scaled_figure(rest)?;
        if unit.is_some() {
            return unit;
        }
        if r.starts_with(|c: char| c == '%' || c.is_ascii_alphabetic()) {
            return None;
        }
        rest = r;
    }
    None
}

/// A unit named as the last words before a bracket: `logged the highest views (121 million)`.
fn unit_word_before(before: &str) -> Option<MetricKind> {
    [
        ("hours viewed", MetricKind::HoursViewed),
        ("viewing hours", MetricKind::HoursViewed),
        ("views", MetricKind::Views),
        ("viewers", MetricKind::Viewers),
    ]
    .iter()
    .find(|(w, _)| before.ends_with(w))
    .map(|&(_, k)| k)
}

/// `opened with 1.2 million viewers in 2021` in an article of 2024: an old figure.
fn past_year_after(ctx: &Ctx, after: &str) -> bool {
    let Some(year) = ctx.date.map(|d| d.year) else {
        return false;
    };
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    rest.get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .is_some_and(|y| {
            (1950..year).contains(&y) && !rest[4..].starts_with(|c: char| c.is_ascii_digit())
        })
}

/// The period a chart sentence measures: `the week of March 11-17`, `from September 2 to September 8`.
fn period_of(ctx: &Ctx) -> Option<String> {
    let s = ctx.s();
    for (at, _) in s.char_indices() {
        // A range opens with a month, which opens with one of these capitals.
        if s.as_bytes()[at..]
            .first()
            .is_some_and(|b| b"JFMASOND".contains(b))
            && (at == 0 || s[..at].ends_with(' '))
            && let Ok((_, (a, b))) = date::day_range(&s[at..])
        {
            let (a, b) = (a.resolve(ctx.date)?, b.resolve(ctx.date)?);
            return Some(format!("{}/{}", a.iso(), b.iso()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Grams;

    #[test]
    fn field_kinds() {
        for (label, kind) in [
            ("hours watched", Some(MetricKind::HoursViewed)),
            ("total hours viewed", Some(MetricKind::HoursViewed)),
            ("viewing hours", Some(MetricKind::HoursViewed)),
            ("views", Some(MetricKind::Views)),
            ("total views", Some(MetricKind::Views)),
            ("average viewers", Some(MetricKind::Viewers)),
            ("peak rating", Some(MetricKind::RatingPct)),
            ("hours", None),
            ("cast", None),
            ("episodes", None),
        ] {
            assert_eq!(field_kind(label), kind, "{label}");
        }
    }

    #[test]
    fn next_figure_is_the_char_scan() {
        // The scan first written: every char start tested in turn.
        fn by_chars(s: &str, mut at: usize) -> Option<usize> {
            while at < s.len() {
                let rest = &s[at..];
                let word_start = at == 0 || s[..at].ends_with([' ', '(', '~']);
                if word_start && rest.starts_with(|c: char| c.is_ascii_digit()) {
                    return Some(at);
                }
                at += rest.chars().next().map_or(1, char::len_utf8);
            }
            None
        }
        for s in [
            "",
            "7",
            "x7 (8) ~9 a10 –11 12",
            "시청률 8.4% (2) 김 3",
            "Season 2's 4.31 million to 5,000,000 viewers",
            "no figures here",
            "a1b2 3",
        ] {
            for at in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                assert_eq!(next_figure(s, at), by_chars(s, at), "{s:?} {at}");
            }
        }
    }

    #[test]
    fn day_ranges_open_with_a_month_capital() {
        // `period_of` tries `day_range` only where one of `JFMASOND` stands.
        for s in [
            "the week of March 11-17, 2024 and Sept. 2 to September 8",
            "march 11-17, 11-17 March, 2024-03-11 to 2024-03-17, mid-March 1 - 7",
            "from November 18 to 24, Dec 1 – 7, Jan 3 through Feb 9, 김 March 4-5",
            "",
        ] {
            for (at, _) in s.char_indices() {
                let gated = s.as_bytes()[at..]
                    .first()
                    .is_some_and(|b| b"JFMASOND".contains(b));
                assert!(
                    gated || date::day_range(&s[at..]).is_err(),
                    "{:?}",
                    &s[at..]
                );
            }
        }
    }

    #[test]
    fn cue_tests_gated_by_byte_pairs_are_the_plain_searches() {
        // `extract` asks the byte pairs before each `contains` of the lower-cased sentence.
        let cues = RATING_CUES.iter().chain(CLIP_WORDS).chain(&[
            "shares of",
            "share of",
            // `ranks`' words, searched through `Ctx::find_in`.
            "reached",
            "ranked",
            "secured",
            "landed",
            "topped",
            "the top spot",
            "no. 1 spot",
            "number one",
            "first place",
        ]);
        for s in [
            "The finale drew a Nationwide RATING of 16.2 percent, per Nielsen Korea.",
            "Titles in Korean captured the largest shares of viewership (9 percent).",
            "The first Teaser was viewed 1.2 million times; the music video 3 million.",
            "TNmS put the Seoul metropolitan households at 5.1%.",
            "Squid Game Topped the chart; X ranked No. 2 and Y secured first place.",
            "",
        ] {
            let lower = s.to_ascii_lowercase();
            let grams = Grams::of(s);
            for c in cues.clone() {
                assert_eq!(
                    grams.may_contain(c) && lower.contains(c),
                    lower.contains(c),
                    "{s:?} {c:?}"
                );
            }
        }
    }
}

//! Episode counts: `the 16-episode drama`, `12-part series`, `a total of 14 episodes`, `Episodes: 14`.

use super::atoms::number;
use super::{Ctx, RawFact, ShowRef};
use crate::extract::fact::Claim;
use crate::text::BlockKind;

/// Words before `N episodes` that make N the show's total.
const TOTAL_BEFORE: &[&str] = &[
    "total of ",
    "consists of ",
    "consisting of ",
    "comprising ",
    "comprises ",
    "spans ",
    "spanning ",
    "with ",
    "has ",
    "had ",
    "runs for ",
    "ran for ",
    "all ",
    "containing ",
    "contains ",
    "across ",
    "over ",
    "will have ",
    "told in ",
    "in ",
    // `Through its 24 episodes, the new series`.
    "through its ",
    "over its ",
    "across its ",
    "in its ",
];

/// Words before `N episodes` that make N something else (a part of the run).
const NOT_TOTAL: &[&str] = &[
    "first",
    "last",
    "final",
    "remaining",
    "two more",
    "more",
    "new",
    "next",
    "previous",
    "latest",
    "only",
    "every",
    "each",
];

/// Finds episode counts in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    if ctx.kind == BlockKind::Labelled && labelled(ctx, out) {
        return;
    }
    let lower = s.to_ascii_lowercase();
    final_ordinal(ctx, &lower, out);
    for unit in ["-episode", " episode", "-part", "-episodes"] {
        for at in ctx.find_all_in(&lower, unit) {
            let after = &lower[at + unit.len()..];
            // Adjectives: `16-episode drama`; not `episode 16` nor `16 episode`s.
            if unit == " episode" && !after.starts_with(' ') && !after.starts_with("s") {
                continue;
            }
            let Some((start, n)) = count_before(s, at) else {
                continue;
            };
            // `Season 1 Episode 6`: a season's number before an episode's.
            if lower[..start].trim_end().ends_with("season") {
                continue;
            }
            // `12-part series`, `six-part British crime drama`: a type noun within four words;
            // `the five-parter` is one.
            let parter =
                after.starts_with("er") && !after[2..].starts_with(|c: char| c.is_alphabetic());
            if unit == "-part" && !type_noun_within(after, 4) && !parter {
                continue;
            }
            if unit == " episode" && after.starts_with('s') {
                continue;
            }
            // `A and B are both 16-episode dramas`: every show named before.
            let head = lower[..start].trim_end();
            if (head.ends_with("both") || head.ends_with("all")) && after.starts_with(" dramas") {
                for (t, name) in ctx.title_spans().filter(|(t, _)| t.end <= start) {
                    ctx.push(
                        out,
                        ShowRef::Named(name.to_string()),
                        Claim::Episodes { count: n },
                        0.8,
                        "episodes.adjective",
                        t.start..at + unit.len(),
                    );
                }
                continue;
            }
            push(ctx, out, n, start, at + unit.len(), "episodes.adjective");
        }
    }
    for at in ctx.find_in(&lower, "episodes") {
        // A count stands a space before the noun (`‘Episodes’` has none).
        if !lower[..at].ends_with(' ') {
            continue;
        }
        // `32 half-hour episodes`: a length between the count and the noun.
        let mut count_end = at - 1;
        for length in [
            "half-hour ",
            "hour-long ",
            "one-hour ",
            "30-minute ",
            "60-minute ",
            "70-minute ",
        ] {
            if lower[..at].ends_with(length) {
                count_end = at - length.len() - 1;
            }
        }
        let Some((start, n)) = count_before(s, count_end) else {
            continue;
        };
        let head = lower[..start].trim_end();
        // `Apple TV+ | Premieres 3/8 | 8 episodes`, `(8 episodes)`: the count alone.
        let alone = (start == 0 && lower[at + 8..].trim().is_empty())
            || (head.ends_with('(') && lower[at + 8..].starts_with(')'));
        let before_ok = alone
            || TOTAL_BEFORE.iter().any(|b| lower[..start].ends_with(b))
            || lower[at + 8..].starts_with(" in total")
            || lower[at + 8..].starts_with(" long");
        let blocked = NOT_TOTAL.iter().any(|w| head.ends_with(w));
        if before_ok && !blocked && n >= 2 {
            push(ctx, out, n, start, at + 8, "episodes.total");
        }
    }
}

/// Whether a type noun (`drama`, `series`) comes within `n` words, the words before it
/// lower case (`British` allowed): `six-part British crime drama`.
fn type_noun_within(after: &str, n: usize) -> bool {
    for w in after.split_whitespace().take(n) {
        let w = w.trim_end_matches([',', '.']);
        if [
            "series",
            "drama",
            "k-drama",
            "miniseries",
            "show",
            "thriller",
            "romance",
            "limited",
            "comedy",
            "docuseries",
            "documentary",
            "adaptation",
            "saga",
            "epic",
        ]
        .contains(&w)
        {
            return true;
        }
        if !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return false;
        }
    }
    false
}

fn push(ctx: &Ctx, out: &mut Vec<RawFact>, n: u32, start: usize, end: usize, rule: &'static str) {
    if !(1..=500).contains(&n) {
        return;
    }
    let show = ctx.show_near(start);
    ctx.push(
        out,
        show,
        Claim::Episodes { count: n },
        0.85,
        rule,
        start..end,
    );
}

/// The count that ends right before byte `end`: its start and value.
fn count_before(s: &str, end: usize) -> Option<(usize, u32)> {
    let head = &s[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '-' || *c == ',')
        .last()
        .map(|(i, _)| i)?;
    let (rest, n) = number::count(&s[start..end]).ok()?;
    rest.is_empty().then_some((start, n))
}

/// `Episodes: 16`, `No. of Episodes: 16`.
fn labelled(ctx: &Ctx, out: &mut Vec<RawFact>) -> bool {
    let s = ctx.s();
    let Some((label, value)) = super::context::split_label(s) else {
        return false;
    };
    let l = label.trim().to_ascii_lowercase();
    if !matches!(
        l.as_str(),
        "episodes" | "no. of episodes" | "number of episodes" | "episode count" | "total episodes"
    ) {
        return false;
    }
    let v = value.trim_start();
    let from = s.len() - v.len();
    if let Ok((_, n)) = number::count(v) {
        let end = from
            + v.find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(v.len());
        ctx.push(
            out,
            ShowRef::Focus,
            Claim::Episodes { count: n },
            0.9,
            "episodes.label",
            0..end,
        );
    }
    true
}

/// `its 50th and final episode`, `the twelfth and last episode`: the last episode's number is
/// the count.
fn final_ordinal(ctx: &Ctx, lower: &str, out: &mut Vec<RawFact>) {
    const WORDS: &[(&str, u32)] = &[
        ("sixth", 6),
        ("eighth", 8),
        ("tenth", 10),
        ("twelfth", 12),
        ("fourteenth", 14),
        ("sixteenth", 16),
        ("eighteenth", 18),
        ("twentieth", 20),
    ];
    for cue in [" and final episode", " and last episode"] {
        for at in ctx.find_all_in(lower, cue) {
            let word = lower[..at].rsplit(' ').next().unwrap_or("");
            let start = at - word.len();
            let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let n = if !digits.is_empty()
                && digits.len() < word.len()
                && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
            {
                digits.parse::<u32>().ok()
            } else {
                WORDS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n)
            };
            let Some(n) = n.filter(|n| (2..=300).contains(n)) else {
                continue;
            };
            ctx.push(
                out,
                ctx.show_near(start),
                Claim::Episodes { count: n },
                0.8,
                "episodes.final_ordinal",
                start..at + cue.len(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Grams;
    use crate::extract::context::{find_all, find_words};

    #[test]
    fn cues_ruled_out_by_byte_pairs_are_not_found() {
        // `extract` searches its cues through `Ctx::find_all_in` and `Ctx::find_in`, which
        // skip a cue the sentence's pairs rule out; the search would have found nothing.
        for s in [
            "The 16-Episode drama ends with its twelfth and final episode.",
            "A six-part series; 12 EPISODES in all",
            "No count here.",
            "",
        ] {
            let lower = s.to_ascii_lowercase();
            let grams = Grams::of(s);
            for cue in [
                "-episode",
                " episode",
                "-part",
                "-episodes",
                " and final episode",
                " and last episode",
            ] {
                if !grams.may_contain(cue) {
                    assert_eq!(find_all(&lower, cue).next(), None, "{s:?} {cue:?}");
                }
            }
            if !grams.may_contain("episodes") {
                assert!(find_words(&lower, "episodes").is_empty(), "{s:?}");
            }
        }
    }
}

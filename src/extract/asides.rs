//! Credit asides: a person's earlier works named in passing, as trade and K-drama news does.
//!
//! `Michael Gladis ("Mad Men")`, `Kim Moo-yul (Juvenile Justice) as Gook-ho's lawyer`,
//! `directed by Choi Kook-hee (Default)`, `"Almost Famous" star Patrick Fugit`, `"Casino
//! Royale" director Martin Campbell`, `writer Park Ji Eun of "Crash Landing on You"`, `Kang
//! Eun Kyung, whose other works include "A," "B," and "C."`. Each names the person's credit on
//! those works: cast, writer or director, after the role word or credit verb around the person.

use std::ops::Range;

use super::atoms::{names, org, title};
use super::cast::name_ending_at;
use super::context::{find_all, gates};
use super::{Ctx, RawFact, ShowRef};
use crate::extract::fact::Claim;

/// The credit a person has on the works an aside names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Credit {
    Cast,
    Writer,
    Director,
}

/// Words before a person that say which credit the person's works give; `None` for roles
/// that are no credit we record (`producer`, `author`).
fn credit_before(head: &str) -> Option<Credit> {
    // Only the last 30 bytes matter: lower-case those, not the whole sentence before.
    let from = (head.len().saturating_sub(30)..=head.len())
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(head.len());
    let lower = head[from..].to_ascii_lowercase();
    let tail = lower.rsplit([',', ';', '(']).next().unwrap_or(&lower);
    // `written and created by X (A)`, `with episodes by X (A)`: writing comes first.
    if ["written and", "episodes by", "episodes written"]
        .iter()
        .any(|w| tail.contains(w))
    {
        return Some(Credit::Writer);
    }
    if [
        "producer",
        "author",
        "novelist",
        "creator",
        "created by",
        "showrunner",
        "host",
    ]
    .iter()
    .any(|w| tail.contains(w))
    {
        return None;
    }
    if [
        "written by",
        "penned by",
        "scripted by",
        "writer",
        "screenwriter",
    ]
    .iter()
    .any(|w| tail.contains(w))
    {
        return Some(Credit::Writer);
    }
    if ["directed by", "helmed by", "director", "pd "]
        .iter()
        .any(|w| tail.contains(w))
    {
        return Some(Credit::Director);
    }
    Some(Credit::Cast)
}

/// The credit a verb right after a person's aside gives: `(A) penned the screenplay`, `(B)
/// directs`. `None` when no credit verb follows.
fn credit_after(after: &str) -> Option<Credit> {
    const WRITES: &[&str] = &[
        " penned",
        " pens",
        " wrote",
        " writes",
        " is writing",
        " will write",
        " will pen",
        " scripted",
        " scripts",
    ];
    const DIRECTS: &[&str] = &[
        " directed",
        " directs",
        " is directing",
        " will direct",
        " helmed",
        " helms",
        " will helm",
        " is helming",
    ];
    let verb = |vs: &[&str]| {
        vs.iter()
            .any(|v| after.starts_with(v) && !after[v.len()..].starts_with(char::is_alphanumeric))
    };
    if verb(WRITES) {
        Some(Credit::Writer)
    } else if verb(DIRECTS) {
        Some(Credit::Director)
    } else {
        None
    }
}

/// The works of a bracket that follows a person's name: `(Juvenile Justice)`, `("Ugly Betty,"
/// "Desperate Housewives")`. `after_person` is the text from the opening bracket; `cued` says
/// whether the person's role is clear from around the bracket (a credit verb before it, `as`
/// after it), which lets a single bare word (`Live`) be a work rather than a character.
/// Returns each work's span within `after_person` and its name.
pub fn bracket_works(after_person: &str, cued: bool) -> Vec<(Range<usize>, &str)> {
    let Some(inner_all) = after_person.strip_prefix('(') else {
        return Vec::new();
    };
    let Some(close) = inner_all.find(')') else {
        return Vec::new();
    };
    let inner = &inner_all[..close];
    if inner.len() > 160 || inner.trim().is_empty() {
        return Vec::new();
    }
    // Quoted works: nothing but quoted titles and separators in the bracket (not
    // `("Charlie's Angels" star Ramon Rodriguez)`).
    if inner.contains(['"', '“', '”', '‘']) {
        let mut works = Vec::new();
        let mut at = 0;
        while at < inner.len() {
            let rest = &inner[at..];
            let skip = rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_whitespace() || ",;”’".contains(c))
                    .trim_start_matches("and ")
                    .len();
            if skip > 0 {
                at += skip;
                continue;
            }
            let Ok((after, t)) = title::quoted_title(rest) else {
                return Vec::new();
            };
            let t = t.trim_end_matches([',', ';']);
            let open = rest.chars().next().map_or(1, char::len_utf8);
            let from = 1 + at + open + rest[open..].find(t).unwrap_or(0);
            works.push((from..from + t.len(), t));
            at = inner.len() - after.len();
        }
        return works;
    }
    let mut works = Vec::new();
    let mut at = 0;
    for raw in inner.split([',', ';']) {
        let start = at;
        at += raw.len() + 1;
        let part = raw.strip_prefix(" and ").unwrap_or(raw);
        let trimmed = part.trim_matches(|c: char| c.is_whitespace() || "\"“”‘’'".contains(c));
        if trimmed.is_empty() {
            continue;
        }
        let Some(offset) = part.find(trimmed) else {
            return Vec::new();
        };
        let words = trimmed.split_whitespace().count();
        let whole_title = title::bare_title(trimmed).is_ok_and(|(r, _)| r.is_empty());
        let person = names::person(trimmed).is_ok_and(|(r, _)| r.is_empty());
        let korean = names::korean_name(trimmed).is_ok_and(|(r, _)| r.is_empty())
            || (words == 1
                && trimmed
                    .split('-')
                    .all(|w| names::is_romanised_korean(&w.to_lowercase())));
        let is_org = org::org(trimmed).is_some_and(|(r, _)| r.trim().is_empty());
        let shouting = words == 1 && trimmed.chars().all(|c| !c.is_lowercase());
        // `(Parasite, 2019)`: a year beside the works is none of them.
        if trimmed.chars().all(|c| c.is_ascii_digit() || c == '-') {
            continue;
        }
        let ok =
            whole_title && !korean && !is_org && !shouting && (cued || (words >= 2 && !person));
        if !ok {
            return Vec::new();
        }
        // Offsets within `after_person`: past the bracket and this part's leading text.
        let from = 1 + start + (raw.len() - part.len()) + offset;
        works.push((from..from + trimmed.len(), trimmed));
    }
    works
}

/// Whether the text between two titles only joins them: commas, quotes, `and`; also a year in
/// brackets after the first and an owner before the second (`"The Fiery Priest" (2019) and
/// SBS's "Backstreet Rookie"`).
fn joins_titles(gap: &str) -> bool {
    let mut gap = gap;
    if let Some(r) = gap
        .trim_start_matches(|c: char| c.is_whitespace() || "\"”’'".contains(c))
        .strip_prefix('(')
        && r.len() >= 5
        && r.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && r[4..].starts_with(')')
    {
        gap = &r[5..];
    }
    let gap = gap.trim_end_matches(['"', '“', '‘', '\'']);
    let trimmed = gap.trim_end();
    let (head, owner) = trimmed
        .rsplit_once(' ')
        .map_or(("", trimmed), |(h, o)| (h, o));
    let owned = ["'s", "’s"].iter().any(|p| owner.ends_with(p))
        && org::org(owner).is_some_and(|(r, _)| r.len() <= "’s".len());
    let gap = if owned { head } else { gap };
    gap.len() <= 12
        && gap
            .trim()
            .trim_start_matches(|c: char| c.is_whitespace() || ",\"“”‘’'".contains(c))
            .trim_start_matches("and")
            .chars()
            .all(|c| c.is_whitespace() || ",\"“”‘’'".contains(c))
}

/// The titles that run on from sentence-relative `from`, separated only by commas, quotes and
/// `and`: `"Secret Garden" "A Gentleman's Dignity," and "Gu Family Book"`.
pub(super) fn title_run<'a>(ctx: &Ctx<'a>, from: usize) -> Vec<(Range<usize>, &'a str)> {
    let s = ctx.s();
    let mut run = Vec::new();
    let mut at = from;
    for (t, name) in ctx.title_spans().filter(|(t, _)| t.start >= from) {
        if !joins_titles(&s[at..t.start]) {
            break;
        }
        at = t.end;
        run.push((t, name));
    }
    run
}

fn push(
    ctx: &Ctx,
    out: &mut Vec<RawFact>,
    work: &str,
    credit: Credit,
    person: &str,
    span: Range<usize>,
) {
    let claim = match credit {
        Credit::Cast => Claim::Cast {
            actor: person.to_string(),
            character: None,
        },
        Credit::Writer => Claim::Writer {
            person: person.to_string(),
        },
        Credit::Director => Claim::Director {
            person: person.to_string(),
        },
    };
    let rule = match credit {
        Credit::Cast => "cast.credit_aside",
        Credit::Writer => "writer.credit_aside",
        Credit::Director => "director.credit_aside",
    };
    ctx.push(
        out,
        ShowRef::Named(work.to_string()),
        claim,
        0.75,
        rule,
        span,
    );
}

/// Every credit aside in the sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    // `Person (Work, Work)`; a person after another's aside (`by A (X) and B (Y)`) shares
    // that person's credit.
    let mut prev: Option<(usize, Option<Credit>)> = None;
    // Where the last bracket that held a person's name closed: the person listed after it
    // is a character's actor too, not a person with works.
    let mut person_closed: Option<usize> = None;
    for open in find_all(s, " (") {
        let Some((start, person)) = name_ending_at(s, open, names::person) else {
            continue;
        };
        if ctx.title_at(start).is_some() || ctx.in_speech(&(ctx.abs(start)..ctx.abs(open))) {
            continue;
        }
        let after = &s[open + 1..];
        let close = after.find(')').unwrap_or(0);
        // `Alicent Hightower (Cooke)`: an actor's surname, not a work.
        let inner = after.get(1..close).unwrap_or("");
        if super::cast::surname_word(inner) && super::cast::named_in_full(ctx.text, inner) {
            prev = None;
            continue;
        }
        let joined = s[..start].trim_end();
        let joined = joined
            .strip_suffix(" and")
            .or_else(|| joined.strip_suffix(','))
            .unwrap_or(joined)
            .trim_end();
        let credit = match prev {
            Some((close_end, c)) if close_end == joined.len() => c,
            _ => credit_before(&s[..start]),
        };
        // `Lim Sang-choon ("Fight for My Way") penned the screenplay`: the verb after the
        // bracket says the credit when nothing before it did.
        let credit = match credit {
            Some(Credit::Cast) => credit_after(after.get(close + 1..).unwrap_or("")).or(credit),
            c => c,
        };
        prev = after.find(')').map(|c| (open + 1 + c + 1, credit));
        // `(Juvenile Justice) as Gook-ho's lawyer`: a role follows; not `(Dana Whitlock) as
        // she goes home`.
        let as_after = after[close + 1..].strip_prefix(" as ").is_some_and(|r| {
            let w = r.split([' ', ',', '.']).next().unwrap_or("");
            !["she", "he", "they", "it", "we", "i", "you", "well"]
                .contains(&w.to_ascii_lowercase().as_str())
        });
        // `starring A (Shameless), B (Peep Show)`: an actor named in a cast list, or a
        // person after another person's aside of works, has works in brackets, not a
        // character (`Penelope (Nicola Coughlan) and Colin (Luke Newton)` are characters).
        let head = s[..start].trim_end();
        let after_works = |h: &str| h.ends_with(')') && person_closed != Some(h.len());
        // `Starring: Mark Ruffalo (Spotlight, The Avengers)` and the field's next line: a
        // list in the bracket is works (one name alone may be the role, `Lee Jung-jae (Seong
        // Gi-hun)`, and stays to the tests of `bracket_works`).
        let cast_field = || {
            inner.contains(',')
                && (super::context::split_label(s).is_some_and(|(l, _)| super::cast::cast_label(l))
                    || super::cast::continues_cast_field(ctx))
        };
        let listed = super::cast::opens_cast_list(head)
            || cast_field()
            || head.strip_suffix(',').is_some_and(after_works)
            || head
                .strip_suffix(" and")
                .is_some_and(|h| after_works(h.trim_end().trim_end_matches(',')));
        if names::person(inner).is_ok_and(|(r, _)| r.is_empty()) {
            person_closed = Some(open + 1 + close + 1);
        }
        let cued = as_after || listed || matches!(credit, Some(Credit::Writer | Credit::Director));
        let Some(credit) = credit else {
            continue;
        };
        for (span, work) in bracket_works(after, cued) {
            push(ctx, out, work, credit, person, start..open + 1 + span.end);
        }
    }
    // `"Almost Famous" star Patrick Fugit`, `"Casino Royale" director Martin Campbell`,
    // `"Crash Landing on You," "My Love From the Star," and "Producer" writer Park Ji Eun`.
    let spans: Vec<(Range<usize>, &str)> = ctx.title_spans().collect();
    for (i, (t, _)) in spans.iter().enumerate() {
        let after = s[t.end..].trim_start_matches(['"', '”', '’', '\'', ',', '“']);
        let words: &[(&str, Credit)] = &[
            (" star ", Credit::Cast),
            (" actor ", Credit::Cast),
            (" actress ", Credit::Cast),
            (" alum ", Credit::Cast),
            (" vet ", Credit::Cast),
            (" veteran ", Credit::Cast),
            (" writer ", Credit::Writer),
            (" screenwriter ", Credit::Writer),
            (" director ", Credit::Director),
            (" PD ", Credit::Director),
            (" lead ", Credit::Cast),
        ];
        // `Squid Game’s Lee Byung-hun`: a Korean actor's full name owned by the work.
        let owned = super::lexicon::listed_actor_at(&s[..t.start])
            .then(|| super::lexicon::korean_actor_owner(&s[t.start..]))
            .flatten()
            .filter(|w| w.len() == t.len())
            .map(|w| {
                s[t.start + w.len()..]
                    .split_once(' ')
                    .map_or("", |(_, r)| r)
            });
        let Some((rest, credit)) = owned.map(|r| (r, Credit::Cast)).or_else(|| {
            words
                .iter()
                .find_map(|(w, c)| after.strip_prefix(w).map(|r| (r, *c)))
        }) else {
            continue;
        };
        let person = if owned.is_some() {
            names::korean_name(rest)
        } else {
            names::person(rest)
        };
        let Ok((rest_after, person)) = person else {
            continue;
        };
        let end = s.len() - rest_after.len();
        // The run of titles that ends at this one.
        let mut first = i;
        while first > 0 {
            let gap = &s[spans[first - 1].0.end..spans[first].0.start];
            if joins_titles(gap) {
                first -= 1;
            } else {
                break;
            }
        }
        for (w, name) in &spans[first..=i] {
            push(ctx, out, name, credit, person, w.start..end);
        }
    }
    // `director Shin Woo Chul of "Secret Garden"`, `writer Kang Eun Kyung, whose other works
    // include "A," "B," and "C."`.
    // `directed by Lee Eung-bok, who's also behind "A," "B"`, `the Hong Sisters, the writers
    // behind hits like A, B and C`: the credit from the words before the person, or the cue's
    // own role word.
    for (_, &cue) in gates![
        " of ",
        ", whose other works include ",
        ", whose works include ",
        ", whose previous works include ",
        ", whose credits include ",
        ", whose other credits include ",
        " whose other works include ",
        " who’s also behind ",
        " who's also behind ",
        ", who’s also behind ",
        ", who's also behind ",
        ", who is also behind ",
        " who is also behind ",
        ", who is behind ",
        ", who’s behind ",
        ", who's behind ",
        ", also behind ",
        ", the writers behind ",
        ", the writer behind ",
        ", the writing duo behind ",
        ", the director behind ",
        ", the writers of ",
        ", the writer of ",
        ", the director of ",
        // `Directed by Yeon Sang Ho, renowned for "Train to Busan"`: the credit of the words
        // before the person.
        ", known for ",
        ", best known for ",
        ", renowned for ",
        ", famous for ",
    ]
    .allowed(&ctx.grams)
    {
        let own = if cue.contains("writ") {
            Some(Credit::Writer)
        } else if cue.contains("director") {
            Some(Credit::Director)
        } else {
            None
        };
        for at in find_all(s, cue) {
            let Some((start, person)) = name_ending_at(s, at, names::person) else {
                continue;
            };
            let credit = own.or_else(|| credit_before(&s[..start]));
            // `of` follows a role word only: `director X of "Y"`, not `the cast of`.
            if cue == " of " && !matches!(credit, Some(Credit::Writer | Credit::Director)) {
                continue;
            }
            let Some(credit) = credit else {
                continue;
            };
            let mut from = at + cue.len();
            // `behind hits like A`: past the words that introduce the works.
            for intro in [
                "hits like ",
                "hits such as ",
                "dramas like ",
                "such as ",
                "hits ",
            ] {
                if s[from..].starts_with(intro) {
                    from += intro.len();
                    break;
                }
            }
            let from = from
                + s[from..]
                    .len()
                    .saturating_sub(s[from..].trim_start_matches(['"', '“', '‘', '\'']).len());
            let run = title_run(ctx, from.min(s.len()));
            for (w, name) in run {
                push(ctx, out, name, credit, person, start..w.end);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracketed_works() {
        let works = |s: &str, cued: bool| -> Vec<String> {
            bracket_works(s, cued)
                .into_iter()
                .map(|(sp, w)| {
                    assert_eq!(&s[sp], w);
                    w.to_string()
                })
                .collect()
        };
        assert_eq!(works("(\"Mad Men\"), who", false), ["Mad Men"]);
        assert_eq!(
            works("(“Ugly Betty,” “Desperate Housewives”), who", false),
            ["Ugly Betty", "Desperate Housewives"]
        );
        assert_eq!(
            works("(The Good Detective), is", false),
            ["The Good Detective"]
        );
        assert_eq!(works("( Juvenile Justice ) as", true), ["Juvenile Justice"]);
        assert_eq!(works("(Live) as a butcher", true), ["Live"]);
        // A character, a group, a network, a year: no works.
        assert!(works("(Milo) and", false).is_empty());
        assert!(works("(Kim Soo Hyun)", true).is_empty());
        assert!(works("(BLACKPINK)", true).is_empty());
        assert!(works("(tvN)", true).is_empty());
        assert!(works("(2019)", true).is_empty());
        assert!(works("(Hyun-woo)", true).is_empty());
        assert!(works("(Shin Se Kyung)", false).is_empty());
        assert!(works("(“Charlie’s Angels” star Ramon Rodriguez)", false).is_empty());
    }
}

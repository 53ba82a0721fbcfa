//! Writers and directors: `written by`, `penned by writer X`, `screenwriter X`, `directed by`, `helmed by`, `PD X`.

use std::sync::LazyLock;

use super::atoms::names;
use super::cast::name_ending_at;
use super::context::{CueGates, find_all, find_words};
use super::{Ctx, RawFact, ShowRef};
use crate::extract::fact::Claim;
use crate::text::BlockKind;

/// Cues before a writer's name.
const WRITER_CUES: &[&str] = &[
    "writer-director",
    "writer/director",
    "written by",
    "penned by",
    "scripted by",
    "from a script by",
    "screenplay by",
    "script by",
    "screenwriter",
    "scriptwriter",
    "writer",
    "written and directed by",
    "from writer",
    "from screenwriter",
    "created and written by",
    "writers include",
    "writers are",
    "writing team includes",
    "writing staff includes",
    "scribe",
];

/// Cues before a director's name.
const DIRECTOR_CUES: &[&str] = &[
    "writer-director",
    "writer/director",
    "directed by",
    "helmed by",
    "director",
    "pd",
    "filmmaker",
    "written and directed by",
    "co-directed by",
    "producing director",
    "directors include",
    "directors are",
    "directing team includes",
];

/// Finds writer and director facts in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    if ctx.kind == BlockKind::Labelled && labelled(ctx, out) {
        return;
    }
    let lower = s.to_ascii_lowercase();
    relative_credits(ctx, &lower, out);
    subject_credits(ctx, &lower, out);
    episode_credits(ctx, &lower, out);
    // Both lists' byte-pair gates, worked out once.
    static WRITER_GATES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(WRITER_CUES));
    static DIRECTOR_GATES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(DIRECTOR_CUES));
    for (cues, writer) in [(&*WRITER_GATES, true), (&*DIRECTOR_GATES, false)] {
        let mut seen: Vec<usize> = Vec::new();
        for (_, cue) in cues.allowed(&ctx.grams) {
            for at in find_words(&lower, cue) {
                let head = lower[..at].trim_end();
                // A writer of the source material, or a title (`the Director`), is not the show's.
                if [
                    "webtoon",
                    "novel",
                    "original",
                    "web novel",
                    "book",
                    "music",
                    "art",
                    "casting",
                    "photography",
                    "the",
                    "managing",
                    "creative",
                    "executive",
                    "general",
                    "marketing",
                    "art",
                ]
                .iter()
                .any(|w| head.ends_with(w))
                {
                    continue;
                }
                let mut from = at + cue.len();
                let mut rest = &s[from..];
                for skip in [
                    " writer",
                    " director",
                    " pd",
                    " screenwriter",
                    " filmmaker",
                    " producer",
                ] {
                    if rest.to_ascii_lowercase().starts_with(skip) {
                        rest = &rest[skip.len()..];
                        from += skip.len();
                    }
                }
                if let Some(r) = rest.strip_prefix(',') {
                    rest = r;
                    from += 1;
                }
                let Some(r) = rest.strip_prefix(' ') else {
                    continue;
                };
                from += 1;
                // `by Bafta-winner James Strong`, `by Emmy-nominated writer Tom Edge`.
                let r_all = r;
                let r = skip_honours(r);
                // `written by ex-police officer Tony Schumacher`: past a short lower-case
                // description of the person.
                let r = match names::person(r) {
                    Ok(_) => r,
                    Err(_) => skip_description(r),
                };
                from += r_all.len() - r.len();
                let mut at_name = from;
                let mut r = r;
                while let Ok((after, name)) = names::person(r) {
                    let start = at_name;
                    let end = s.len() - after.len();
                    if !seen.contains(&start) {
                        seen.push(start);
                        let show = ctx.show_near(at);
                        let claim = credit(writer, name);
                        let rule = if writer { "writer.by" } else { "director.by" };
                        ctx.push(out, show, claim, 0.85, rule, at..end);
                    }
                    let _ = start;
                    // `by A (Broadchurch, Liar) and B`: past A's earlier works.
                    let (end, after) = match after
                        .strip_prefix(" (")
                        .and_then(|r| r.find(')').map(|c| &r[c + 1..]))
                    {
                        Some(past) => (s.len() - past.len(), past),
                        None => (end, after),
                    };
                    // `alongside writer Sara Lee Hess, Vince Gerardis and Ron Schmidt`: a
                    // role noun in the singular credits one person; `by` credits a list.
                    let singular = [
                        "writer",
                        "screenwriter",
                        "scriptwriter",
                        "director",
                        "pd",
                        "filmmaker",
                        "from writer",
                        "from screenwriter",
                        "scribe",
                    ]
                    .contains(cue);
                    match [" and ", ", and ", ", "]
                        .iter()
                        .find(|sep| after.starts_with(**sep))
                    {
                        Some(sep) if !singular && names::person(&after[sep.len()..]).is_ok() => {
                            at_name = end + sep.len();
                            r = &after[sep.len()..];
                        }
                        _ => break,
                    }
                }
            }
        }
    }
}

/// Past the honours before a credited name: `Bafta-winner`, `Emmy-nominated writer`,
/// `award-winning director`.
fn skip_honours(mut r: &str) -> &str {
    for _ in 0..3 {
        let Some((word, rest)) = r.split_once(' ') else {
            break;
        };
        let w = word.to_ascii_lowercase();
        let honour = ["-winner", "-winning", "-nominated", "-nominee"]
            .iter()
            .any(|e| w.ends_with(e))
            || ["acclaimed", "veteran", "writer", "director", "screenwriter"].contains(&w.as_str());
        if !honour {
            break;
        }
        r = rest;
    }
    r
}

/// Past one to three lower-case words before a name (`ex-police officer Tony Schumacher`,
/// `acclaimed playwright Ann Lee`); the input when no name follows them.
fn skip_description(r: &str) -> &str {
    let mut rest = r;
    for _ in 0..3 {
        let Some((word, after)) = rest.split_once(' ') else {
            return r;
        };
        // `written by the Hong Sisters`: a team's name takes `the`.
        if word == "the"
            && names::person(after)
                .is_ok_and(|(_, n)| n.ends_with("Sisters") || n.ends_with("Brothers"))
        {
            return after;
        }
        let plain = !word.is_empty()
            && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && ![
                "and", "or", "the", "a", "an", "his", "her", "their", "with", "for", "of", "to",
                "in", "at", "on", "from", "by",
            ]
            .contains(&word);
        if !plain {
            return r;
        }
        if names::person(after).is_ok() {
            return after;
        }
        rest = after;
    }
    r
}

/// `Lim Sang-choon ("Fight for My Way") penned the screenplay`, `Ann Lee wrote the script for
/// Salt Road`: a person as the subject of a writing or directing verb with the show's own
/// script or series as object. The show: a title after `for`, else the one in focus (a
/// title in the sentence is the person's earlier work).
fn subject_credits(ctx: &Ctx, lower: &str, out: &mut Vec<RawFact>) {
    const VERBS: &[(&str, bool)] = &[
        (" penned the screenplay", true),
        (" penned the script", true),
        (" wrote the screenplay", true),
        (" wrote the script", true),
        (" is writing the script", true),
        (" will pen the script", true),
        (" will write the script", true),
        (" directed the series", false),
        (" directs the series", false),
        (" is directing the series", false),
        (" helms the series", false),
        (" is helming the series", false),
    ];
    let s = ctx.s();
    for &(verb, writer) in VERBS {
        for at in ctx.find_all_in(lower, verb) {
            // Past an aside of the person's works: `Lim Sang-choon ("Fight for My Way")`.
            let head = s[..at].trim_end();
            let head = match head.strip_suffix(')').and_then(|h| h.rfind(" (")) {
                Some(open) => &head[..open],
                None => head,
            };
            let Some((start, person)) = name_ending_at(s, head.len(), names::person) else {
                continue;
            };
            // The subject opens its clause: not the object of an earlier verb.
            let before = s[..start].trim_end();
            if !(before.is_empty() || before.ends_with([',', ';', '.'])) {
                continue;
            }
            let end = at + verb.len();
            let r = &s[end..];
            let show = r
                .strip_prefix("s")
                .unwrap_or(r)
                .strip_prefix(" for ")
                .and_then(|_| {
                    ctx.title_spans()
                        .find(|(t, _)| t.start > end && t.start <= end + 8)
                })
                .map_or(ShowRef::Focus, |(_, n)| ShowRef::Named(n.to_string()));
            let rule = if writer {
                "writer.subject"
            } else {
                "director.subject"
            };
            ctx.push(out, show, credit(writer, person), 0.8, rule, start..end);
        }
    }
}

/// `Jin Soo-kyung, who wrote the 2019 hit Salt Road`: a credit for the title named after a
/// relative clause on a person.
fn relative_credits(ctx: &Ctx, lower: &str, out: &mut Vec<RawFact>) {
    const CUES: [(&str, bool); 8] = [
        (", who wrote ", true),
        (", who also wrote ", true),
        (", who penned ", true),
        (", who also penned ", true),
        (", who directed ", false),
        (", who also directed ", false),
        (", who helmed ", false),
        (", who also helmed ", false),
    ];
    static GATES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(&CUES.map(|(c, _)| c)));
    let s = ctx.s();
    for (k, cue) in GATES.allowed(&ctx.grams) {
        let writer = CUES[k].1;
        for at in find_all(lower, cue) {
            let Some((t, name)) = ctx
                .title_spans()
                .find(|(t, _)| t.start >= at + cue.len() && t.start <= at + cue.len() + 40)
            else {
                continue;
            };
            // The person right before the comma.
            let head = &s[..at];
            let person = head
                .char_indices()
                .filter(|&(i, _)| i == 0 || head[..i].ends_with(' '))
                .map(|(i, _)| i)
                .filter(|&i| head.len() - i <= 40)
                .find_map(|i| match names::person(&head[i..]) {
                    Ok(("", p)) => Some((i, p)),
                    _ => None,
                });
            let Some((start, person)) = person else {
                continue;
            };
            let rule = if writer {
                "writer.who_wrote"
            } else {
                "director.who_directed"
            };
            ctx.push(
                out,
                ShowRef::Named(name.to_string()),
                credit(writer, person),
                0.8,
                rule,
                start..t.end,
            );
        }
    }
}

/// `Farrell-Quist, who directed four of the six episodes herself`, `Lee directed all 12
/// episodes`, `Cho also wrote the pilot`: a credit for episodes of the show in focus.
fn episode_credits(ctx: &Ctx, lower: &str, out: &mut Vec<RawFact>) {
    const VERBS: [(&str, bool); 16] = [
        (" directed ", false),
        (" helmed ", false),
        (" wrote ", true),
        (" penned ", true),
        (" scripted ", true),
        (" will direct ", false),
        (" directs ", false),
        (" is directing ", false),
        (" will helm ", false),
        (" helms ", false),
        (" is helming ", false),
        (" will write ", true),
        (" writes ", true),
        (" is writing ", true),
        (" will pen ", true),
        (" pens ", true),
    ];
    static GATES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(&VERBS.map(|(v, _)| v)));
    let s = ctx.s();
    for (k, verb) in GATES.allowed(&ctx.grams) {
        let writer = VERBS[k].1;
        for at in find_all(lower, verb) {
            let object = &lower[at + verb.len()..];
            let episodes = object.split(['.', ',', ';']).next().unwrap_or("");
            let words: Vec<&str> = episodes.split_whitespace().take(8).collect();
            // `James Hawes will direct the show`: the show in focus, named by its type.
            let the_show = [
                "the show",
                "the series",
                "the film",
                "the movie",
                "the drama",
                "the miniseries",
                "the limited series",
                "the adaptation",
            ]
            .iter()
            .any(|a| {
                object.starts_with(a)
                    && !object[a.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
            let of_show = the_show
                || words.iter().take(6).any(|w| {
                    matches!(
                        *w,
                        "episodes" | "episode" | "pilot" | "finale" | "installments" | "premiere"
                    )
                }) && !words.iter().take(3).any(|w| matches!(*w, "by" | "for"));
            if !of_show {
                continue;
            }
            let mut name_end = at;
            for rel in [", who also", ", who", " also", " himself", " herself"] {
                if s[..name_end].ends_with(rel) {
                    name_end -= rel.len();
                }
            }
            let found = super::cast::name_ending_at(s, name_end, names::person).or_else(|| {
                super::cast::name_ending_at(s, name_end, names::character)
                    .filter(|(st, w)| !w.contains(' ') && (*st == 0 || s[..*st].ends_with(". ")))
            });
            let Some((start, person)) = found else {
                continue;
            };
            let rule = if writer {
                "writer.episodes"
            } else {
                "director.episodes"
            };
            let end = at + verb.len() + episodes.len();
            ctx.push(
                out,
                ctx.show_near(start),
                credit(writer, person),
                0.75,
                rule,
                start..end,
            );
        }
    }
}

/// The writer or director claim for a name.
fn credit(writer: bool, name: &str) -> Claim {
    let person = name.to_string();
    if writer {
        Claim::Writer { person }
    } else {
        Claim::Director { person }
    }
}

/// `Writer: X`, `Director: Y`, `Screenplay: Z`.
fn labelled(ctx: &Ctx, out: &mut Vec<RawFact>) -> bool {
    let s = ctx.s();
    let Some((label, value)) = super::context::split_label(s) else {
        return false;
    };
    let l = label.trim().to_ascii_lowercase();
    let writer = matches!(
        l.as_str(),
        "writer"
            | "writers"
            | "screenwriter"
            | "screenwriters"
            | "screenplay"
            | "script"
            | "written by"
    );
    let director = matches!(l.as_str(), "director" | "directors" | "directed by" | "pd");
    if !writer && !director {
        return false;
    }
    let mut at = s.len() - value.len();
    for part in value.split([',', '&', '/']).flat_map(|p| p.split(" and ")) {
        let start = s[at..].find(part).map_or(at, |i| at + i);
        at = start + part.len();
        let p = part.trim_start();
        let off = start + part.len() - p.len();
        if let Ok((_, name)) = names::person(p) {
            let claim = credit(writer, name);
            ctx.push(
                out,
                ShowRef::Focus,
                claim,
                0.9,
                if writer {
                    "writer.label"
                } else {
                    "director.label"
                },
                off..off + name.len(),
            );
        }
    }
    true
}

//! Cast and role: `stars A as B`, `A plays B`, `B, played by A`, `B (A)`, `starring A and B`, `Cast: A, B`.

use std::sync::LazyLock;

use super::atoms::{names, title};
use super::{Ctx, RawFact, ShowRef};
use crate::extract::context::{CueGates, CueSet, find_all, find_words, gates};
use crate::extract::fact::Claim;
use crate::text::{Block, BlockKind};

/// Words that put a sentence about casting: `PERSON as CHARACTER` counts only in such a sentence.
/// Only `has_any` reads the list, so its order is only cost: the words most sentences hold come
/// first, ending the test at the first word.
const CAST_CUES: &[&str] = &[
    "and",
    "with",
    "also",
    "stars",
    "star",
    "starring",
    "starred",
    "co-stars",
    "co-star",
    "features",
    "featuring",
    "cast",
    "casting",
    "lineup",
    "line-up",
    "led by",
    "headlined",
    "headlining",
    "joins",
    "joined",
    "join",
    "ensemble",
    "lead",
    "leads",
    "plays",
    "played",
    "portrays",
    "portrayed",
    "returns",
    "return",
    "reprise",
    "reprises",
    "appears",
    "appear",
    "appearing",
    "role",
    "roles",
    "paired",
    "opposite",
    // What the story does: `the season follows Mara (Dana Whitlock)`.
    "follows",
    "following",
    "centers on",
    "centres on",
];

/// Verbs between an actor and a character: `A plays B`.
const PLAYS: &[&str] = &[
    " plays the role of ",
    " played the role of ",
    " will play the role of ",
    " takes on the role of ",
    " took on the role of ",
    " will take on the role of ",
    " takes on the role ",
    " is playing ",
    " will play ",
    " plays ",
    " played ",
    " portrays ",
    " portrayed ",
    " will portray ",
    " is portraying ",
    " has been cast as ",
    " was cast as ",
    " is cast as ",
    " has been confirmed as ",
    " joins the cast as ",
    " joined the cast as ",
    " will join the cast as ",
    " stars as ",
    " starred as ",
    " will star as ",
    " co-stars as ",
    " returns as ",
    " will return as ",
    " will also return as ",
    " also returns as ",
    " returning as ",
    " reprising her role as ",
    " reprising his role as ",
    " reprising the role of ",
    " reprises her role as ",
    " reprises his role as ",
    " reprises the role of ",
    " appears as ",
    " joins as ",
    " will appear as ",
    " appear as ",
    " headlines as ",
    " will headline as ",
    " leads the ensemble as ",
    " leads the cast as ",
    " rounds out the core cast as ",
    " rounds out the main cast as ",
    " rounds out the cast as ",
    " has joined the cast as ",
    " also joins the cast as ",
    " also stars as ",
    " will join as ",
    " is set in a recurring role as ",
    " in a recurring role as ",
    " has a recurring role as ",
    " returned for a cameo as ",
    " makes a cameo as ",
    " cameo as ",
    " was confirmed to play ",
    " is set to play ",
    " has been tapped to play ",
    " transforms into ",
    " turns up as ",
    " leads the film as ",
    " leads the series as ",
    " leads the drama as ",
    " headlines the film as ",
    " headlines the series as ",
    " fronts the series as ",
    " shows up as ",
    " pops up as ",
    " starring as ",
    " will feature as ",
    " features as ",
    " will essay the role of ",
    " essays the role of ",
    " will essay ",
    " has been tapped as ",
    " has been cast in the role of ",
    " is set to star as ",
];

/// Whether a verb of [`PLAYS`] follows: what comes before it is an actor.
pub(crate) fn plays_follows(after: &str) -> bool {
    PLAYS.iter().any(|p| after.starts_with(p))
}

/// How a described role opens after a cast verb: `plays the surgical intern`.
const DESCRIBED: &[&str] = &[
    "a ",
    "an ",
    "the ",
    "his ",
    "her ",
    "their ",
    "one of ",
    "a pair of ",
    "two ",
    "twin ",
];

/// Passive cast verbs between a character and an actor: `B, played by A`.
const PLAYED_BY: &[&str] = &[
    ", is played by ",
    ", is portrayed by ",
    " is played by ",
    " is portrayed by ",
    " will be played by ",
    ", played by ",
    ", portrayed by ",
    " (played by ",
    " (portrayed by ",
    " played by ",
    " portrayed by ",
];

/// Cast verbs after a list of actors: `A, B and C also star as ...`.
const LISTED_VERBS: &[&str] = &[
    " also star",
    " co-star",
    " round out the cast",
    " rounds out the cast",
    " also appear",
    " join the cast",
    " joins the cast",
    " will also star",
    " also join",
    " complete the cast",
    " round out the ensemble",
    " round out the main cast",
    " play the ",
    " play a ",
    " play ",
    " star as ",
    " join as ",
    " joins as ",
    " is set in a ",
    " has a recurring role",
    " has been cast in",
    " have been cast in",
    " in a supporting role",
    " also got ",
    " played the ",
    " played ",
    // Casting news: `A and B will appear as the leads`, `will assume the major roles`.
    " will appear as ",
    " will appear in ",
    " will assume the ",
    " will take on the lead",
    " will take on the main",
    " will lead the ",
    " will headline ",
];

/// Cues that open a list of actors without roles.
const LIST_CUES: &[&str] = &[
    "starring ",
    "rounding out the cast are ",
    "rounding out the key cast are ",
    "rounding out the main cast are ",
    "also joining are ",
    "joining them are ",
    "also starring are ",
    "also starring ",
    "starring are ",
    "stars ",
    "also stars ",
    "co-stars ",
    // `The drama will also star A and B`: a show's future cast (`A will star in X` names no
    // list after the verb).
    "will star ",
    "will also star ",
    "will co-star ",
    "set to star ",
    "featuring ",
    "features ",
    "led by ",
    "headlined by ",
    "with the supporting cast of ",
    "supporting cast of ",
    "cast includes ",
    "for the cast are ",
    "the cast are ",
    "cast members include ",
    "cast also includes ",
    "ensemble cast of ",
    "ensemble, including ",
    "ensemble including ",
    "ensemble that includes ",
    "cast, including ",
    "a cast that includes ",
    "a cast including ",
    "the cast of ",
    "alongside ",
    "joined by ",
    "along with ",
    "which starred ",
    "reunites ",
    "previously announced leads ",
    "leads ",
    "series regulars ",
    "regulars ",
    "cast member ",
    "cast members ",
    "lead actors ",
    "the main cast of ",
    "main cast includes ",
    "added ",
    "includes ",
    "include ",
];

/// Each of [`LIST_CUES`] without its trailing space, as it is searched: trimmed once, not at
/// every sentence, with its byte-pair gate.
static LIST_WORDS: LazyLock<CueGates> =
    LazyLock::new(|| CueGates::new(&LIST_CUES.iter().map(|c| c.trim_end()).collect::<Vec<_>>()));

/// The gates of [`CAST_CUES`], worked out once.
static CAST_GATES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(CAST_CUES));

/// Finds cast facts in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    let labelled = ctx.kind == BlockKind::Labelled && labelled_cast(ctx, out);
    if labelled {
        return;
    }
    if continues_cast_field(ctx) {
        let from = s.len()
            - s.trim_start_matches(['-', '*', '•', '–', '—', '·', ' '])
                .len();
        for (start, end, actor) in person_list(s, from) {
            let claim = Claim::Cast {
                actor,
                character: None,
            };
            ctx.push(out, ShowRef::Focus, claim, 0.8, "cast.label", start..end);
        }
        return;
    }
    let cued = ctx.has_any_of(&CAST_GATES);
    let mut roles: Vec<(usize, usize)> = Vec::new();
    respectively_as(ctx, out, &mut roles);
    is_character(ctx, out, &mut roles);
    // `PERSON as CHARACTER`, anywhere in a casting sentence, or opening a cast-list line.
    let body = s.trim_start_matches(['-', '*', '•', '–', '—', '·', ' ']);
    // Asked only when no cue did, and only of a sentence whose byte pairs allow ` as `.
    let line_start = || {
        ctx.grams.may_contain(" as ")
            && names::person(body).is_ok_and(|(r, _)| r.starts_with(" as "))
    };
    if cued || line_start() {
        for at in find_words(s, "as") {
            // `Kristin Scott Thomas as well as Olivia Cooke`: a list, not a role.
            if roles.iter().any(|&(a, b)| a <= at && at < b) || s[at..].starts_with("as well as ") {
                continue;
            }
            if let Some((start, end, actor, character)) = person_as_character(ctx, at) {
                roles.push((start, end));
                let show = ctx.show_near(start);
                let claim = Claim::Cast {
                    actor,
                    character: Some(character),
                };
                ctx.push(out, show, claim, 0.9, "cast.as", start..end);
            } else if let Some((start, actor)) = at
                .checked_sub(1)
                .and_then(|e| name_ending_at(s, e, names::person))
                && ctx.title_at(start).is_none()
                && described_role(&s[at + 2..])
            {
                // `Hwang In-sook as Da-bin's fearless mother`: a role described, not named.
                let end = at + 2;
                roles.push((start, end));
                let show = ctx.show_near(start);
                let claim = Claim::Cast {
                    actor: actor.to_string(),
                    character: None,
                };
                ctx.push(out, show, claim, 0.8, "cast.as_described", start..end);
            }
        }
    }
    // `A plays B`.
    static PLAYS_SET: LazyLock<CueSet> = LazyLock::new(|| CueSet::new(PLAYS));
    let plays = PLAYS_SET.find_all_in(s, &ctx.grams);
    for (k, at) in plays.iter() {
        let verb = PLAYS[k];
        if roles.iter().any(|&(a, b)| a <= at && at < b) {
            continue;
        }
        // `Park Jin-seok, who takes on the role of`, `Jeong Ha-rin (also romanised as
        // Jung Ha Rin) stars as`: the actor stands before a relative pronoun or a bracket.
        let mut name_end = at;
        for rel in [", who", " who"] {
            if s[..name_end].ends_with(rel) {
                name_end -= rel.len();
            }
        }
        if s[..name_end].ends_with(')')
            && let Some(open) = s[..name_end].rfind(" (")
        {
            name_end = open;
        }
        // `He plays Yi Geon`: the one person the previous sentence named.
        let pronoun = ["He", "She"].contains(&s[..name_end].trim());
        // `Jang plays Seo Dae-gyun`: a surname or given name alone is kept for resolution
        // to map to the one full name the article gives (or to drop).
        let found = name_ending_at(s, name_end, names::person)
            .or_else(|| pronoun.then(|| ctx.prev_person()).flatten().map(|p| (0, p)))
            .or_else(|| subject_before_aside(s, name_end))
            .or_else(|| {
                name_ending_at(s, name_end, names::character)
                    .filter(|(_, w)| !w.contains(' ') && !pronoun)
            });
        let Some((start, actor)) = found else {
            continue;
        };
        let after = &s[at + verb.len()..];
        // `Kim Ji Hyuk played by Kang Ji Hwan`: the passive, read below.
        if after.starts_with("by ") {
            continue;
        }
        let after_t = after.strip_prefix("the role of ").unwrap_or(after);
        let after_t = skip_descriptor(after_t);
        // `starring as a Liverpudlian response officer`: a capitalised adjective of a
        // described role, not a name.
        let adjective = ["a ", "an "].iter().any(|d| after.starts_with(d))
            && names::character(after_t).is_ok_and(|(rest, c)| {
                !c.contains(' ')
                    && rest.starts_with(' ')
                    && rest[1..].starts_with(char::is_lowercase)
            });
        let named_role = if adjective {
            None
        } else {
            names::character(after_t).ok()
        };
        let Some((rest, character)) = named_role else {
            // `plays a disgraced agent named Cho Yeon-gyu`: the name after `named`.
            let named = after[..super::context::floor_boundary(after, 80)]
                .find(" named ")
                .and_then(|i| names::person(&after[i + 7..]).ok());
            if let Some((rest, character)) = named
                && DESCRIBED.iter().any(|d| after.starts_with(d))
            {
                let end = s.len() - rest.len();
                push_role(
                    ctx,
                    out,
                    &mut roles,
                    (start, end),
                    actor,
                    character,
                    0.85,
                    "cast.plays_named",
                );
                continue;
            }
            // `Song Ji-hoon stars as a grumpy pharmacist`: a role described, not named.
            if DESCRIBED.iter().any(|d| after.starts_with(d)) && verb.trim() != "played" {
                roles.push((start, at + verb.len()));
                let claim = Claim::Cast {
                    actor: actor.to_string(),
                    character: None,
                };
                let show = ctx.show_near(start);
                ctx.push(
                    out,
                    show,
                    claim,
                    0.8,
                    "cast.plays_described",
                    start..at + verb.len(),
                );
            }
            continue;
        };
        let Some((rest, character)) = settle(rest, character) else {
            continue;
        };
        let end = s.len() - rest.len();
        push_role(
            ctx,
            out,
            &mut roles,
            (start, end),
            actor,
            character,
            0.9,
            "cast.plays",
        );
    }
    // `B, played by A` and `B (played by A)`.
    static PLAYED_BY_SET: LazyLock<CueSet> = LazyLock::new(|| CueSet::new(PLAYED_BY));
    let played_by = PLAYED_BY_SET.find_all_in(s, &ctx.grams);
    for (k, at) in played_by.iter() {
        let cue = PLAYED_BY[k];
        let Ok((rest, actor)) = person_with_prefix(&s[at + cue.len()..]) else {
            continue;
        };
        let Some((start, character)) = name_ending_at(s, at, names::character) else {
            continue;
        };
        let end = s.len() - rest.len();
        if roles.iter().any(|&(a, b)| a <= start && end <= b) {
            continue;
        }
        push_role(
            ctx,
            out,
            &mut roles,
            (start, end),
            actor,
            character,
            0.9,
            "cast.played_by",
        );
    }
    // `B (A)`: a character with the actor in brackets, in casting sentences and lists, or
    // anywhere when both are full Korean names (`auditor Gu Min-chul (Namgoong Jin)`).
    let korean_pair = find_all(s, " (").any(|at| {
        names::korean_name(&s[at + 2..]).is_ok_and(|(r, _)| r.starts_with(')'))
            && name_ending_at(s, at, names::korean_name).is_some()
    });
    if cued || korean_pair || ctx.kind == BlockKind::ListItem {
        for at in ctx.find_all_in(s, " (") {
            let Ok((rest, actor)) = names::person(&s[at + 2..]) else {
                continue;
            };
            // `A (PREV)`: a title in brackets after an actor is an earlier work, not a role;
            // so is a Western-looking "name" after a Korean one (`Go Tae-hwan (Dear Ex)`).
            let western_after_korean = names::korean_name(&s[at + 2..]).is_err()
                && name_ending_at(s, at, names::korean_name).is_some();
            // `Nadia Brook (Harbor Lights) has joined`: whoever joins or signs is the actor,
            // so the bracket holds an earlier work.
            let actor_subject = rest.strip_prefix(") ").is_some_and(|r| {
                [
                    "has joined",
                    "have joined",
                    "joins",
                    "joined",
                    "will join",
                    "has signed",
                    "signed",
                    "has boarded",
                    "boards",
                    "has been cast",
                    "is set to",
                    "will play",
                    "plays",
                    "will star",
                    "stars as",
                    "is in talks",
                ]
                .iter()
                .any(|v| r.starts_with(v))
            });
            // `starring A (Peep Show)`: the credit asides read the bracket as A's work.
            // Only this sentence's facts (the last ones pushed) can hold it.
            let aside = out
                .iter()
                .rev()
                .take_while(|f| f.span.start >= ctx.abs(0))
                .any(|f| f.rule.ends_with("credit_aside") && f.span.contains(&ctx.abs(at + 2)));
            // `(Jeremy Allen White, left)`: a caption's place in the picture.
            let rest = [", left)", ", right)", ", center)", ", centre)"]
                .iter()
                .find(|p| rest.starts_with(**p))
                .map_or(rest, |p| &rest[p.len() - 1..]);
            if aside
                || !rest.starts_with(')')
                || ctx.title_at(at + 2).is_some()
                || western_after_korean
                || actor_subject
            {
                continue;
            }
            let Some((start, character)) = name_ending_at(s, at, names::character) else {
                continue;
            };
            let (start, character) = nicknamed(s, start, character);
            let end = s.len() - rest.len() + 1;
            if roles.iter().any(|&(a, b)| a <= start && end <= b) || ctx.title_at(start).is_some() {
                continue;
            }
            push_role(
                ctx,
                out,
                &mut roles,
                (start, end),
                actor,
                character,
                0.75,
                "cast.paren",
            );
        }
    }
    surname_brackets(ctx, out, &mut roles);
    filmography(ctx, out);
    // `A, B and C also star as ...`: a list of actors before a cast verb.
    static LISTED_SET: LazyLock<CueSet> = LazyLock::new(|| CueSet::new(LISTED_VERBS));
    let listed = LISTED_SET.find_all_in(s, &ctx.grams);
    for (k, at) in listed.iter() {
        let cue = LISTED_VERBS[k];
        // A clause opens the sentence, follows `,` or `;`, or is reported (`It is
        // reported that A and B will appear`); `Actors A and B` names the list.
        let starts = std::iter::once(0)
            .chain(s[..at].match_indices([',', ';']).map(|(i, _)| i + 2))
            .chain(s[..at].match_indices(" that ").map(|(i, _)| i + 6))
            .filter(|&i| i < at && s.is_char_boundary(i))
            .map(|i| {
                ["Actors ", "Actresses ", "Actor ", "Actress "]
                    .iter()
                    .find(|p| s[i..].starts_with(**p))
                    .map_or(i, |p| i + p.len())
            })
            .filter(|&i| i < at);
        for from in starts {
            if !s.is_char_boundary(from) {
                continue;
            }
            let list = person_list(s, from);
            // The last name may carry its earlier work: `and Gavin Spokes (Brexit) round
            // out the cast`.
            let ends_at_cue = |end: usize| {
                end == at
                    || s[end..at]
                        .strip_prefix(" (")
                        .is_some_and(|b| b.ends_with(')') && !b[..b.len() - 1].contains(')'))
            };
            if list.last().is_some_and(|(_, end, _)| ends_at_cue(*end))
                && list.first().is_some_and(|(st, _, _)| *st == from)
            {
                // `round out the cast of HBO's Game of Thrones prequel series House of the
                // Dragon`: the last title of the clause after `the cast of`; `has been
                // cast in a recurring role in Yellowstone`: after `cast in`.
                let after = &s[at + cue.len()..];
                let object = after
                    .strip_prefix(" of ")
                    .or_else(|| cue.ends_with(" in").then_some(after));
                let of_show = object.and_then(|r| {
                    let from = s.len() - r.len();
                    let clause_end = from + r.find(['.', ',', ';']).unwrap_or(r.len());
                    ctx.title_spans()
                        .filter(|(t, _)| t.start >= from && t.end <= clause_end)
                        .last()
                        .map(|(_, name)| ShowRef::Named(name.to_string()))
                });
                let show = of_show.unwrap_or_else(|| ctx.show_near(from));
                for (start, end, actor) in list {
                    if !roles.iter().any(|&(a, b)| a <= start && start < b) {
                        ctx.push(
                            out,
                            show.clone(),
                            Claim::Cast {
                                actor,
                                character: None,
                            },
                            0.8,
                            "cast.list_before_verb",
                            start..end,
                        );
                    }
                }
                break;
            }
        }
        // `Oh Ji-ae, who previously starred in "Glass Garden," joins the cast`: the
        // subject stands before a comma aside.
        let head = s[..at].trim_end_matches(['"', '”', '’', '\'']);
        if let Some(comma) = head.strip_suffix(',').and_then(|h| {
            [
                ", who ",
                ", known ",
                ", best known ",
                ", fresh off ",
                ", whose ",
            ]
            .iter()
            .filter_map(|c| h.rfind(c))
            .max()
        }) && let Some((start, actor)) = name_ending_at(s, comma, names::person)
            && ctx.title_at(start).is_none()
            && !roles.iter().any(|&(a, b)| a <= start && start < b)
        {
            ctx.push(
                out,
                ctx.show_near(at),
                Claim::Cast {
                    actor: actor.to_string(),
                    character: None,
                },
                0.75,
                "cast.list_before_verb",
                start..comma,
            );
        }
    }
    // `Moon Seo-yeon is chilling as Yoon Mi-ra`, `Pyo Dong-il delivers a slimy turn as`.
    for at in ctx.find_all_in(s, " as ") {
        if roles.iter().any(|&(a, b)| a <= at && at < b) {
            continue;
        }
        let head = &s[..at];
        let Some(verb_at) = [" is ", " was ", " delivers ", " gives ", " shines "]
            .iter()
            .filter_map(|v| head.rfind(v).map(|i| (i, v.len())))
            .max()
        else {
            continue;
        };
        let between = &head[verb_at.0 + verb_at.1..];
        let words = between.split_whitespace().count();
        if !(1..=5).contains(&words)
            || !between
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_lowercase()))
        {
            continue;
        }
        let Some((start, actor)) = name_ending_at(s, verb_at.0, names::person) else {
            continue;
        };
        let Some((rest, character)) = role_at(&s[at + 4..]) else {
            continue;
        };
        if ctx.title_at(start).is_none() {
            let end = s.len() - rest.len();
            let span = (start, end);
            push_role(
                ctx,
                out,
                &mut roles,
                span,
                actor,
                character,
                0.8,
                "cast.is_as",
            );
        }
    }
    // `newcomer Tobias Reyne-Okafor, as the ranch hand Eli, steals every scene`: a role in
    // a comma aside right after the actor.
    for at in ctx.find_all_in(s, ", as ") {
        if roles.iter().any(|&(a, b)| a <= at && at < b) {
            continue;
        }
        let Some((start, actor)) = name_ending_at(s, at, names::person) else {
            continue;
        };
        let Some((rest, character)) = role_at(&s[at + 5..]) else {
            continue;
        };
        if rest.starts_with(',') && ctx.title_at(start).is_none() {
            let end = s.len() - rest.len();
            let span = (start, end);
            push_role(
                ctx,
                out,
                &mut roles,
                span,
                actor,
                character,
                0.8,
                "cast.aside_as",
            );
        }
    }
    // `a grieving widower (Han Kyu-seok)`: an actor in brackets after a described role.
    for at in ctx.find_all_in(s, " (") {
        let Ok((rest, actor)) = names::person(&s[at + 2..]) else {
            continue;
        };
        let word = s[..at].rsplit(' ').next().unwrap_or("");
        let crew = [
            "director",
            "writer",
            "pd",
            "producer",
            "ceo",
            "screenwriter",
            "host",
            "creator",
            "showrunner",
            "spokesperson",
            "representative",
            "agency",
            "composer",
        ];
        if !rest.starts_with(')')
            || !word.starts_with(|c: char| c.is_ascii_lowercase())
            || crew.contains(&word)
            || roles.iter().any(|&(a, b)| a <= at && at < b)
        {
            continue;
        }
        let start = at + 2;
        let end = s.len() - rest.len();
        roles.push((start, end));
        let show = ctx.show_near(start);
        ctx.push(
            out,
            show,
            Claim::Cast {
                actor: actor.to_string(),
                character: None,
            },
            0.7,
            "cast.described_paren",
            start..end,
        );
    }
    // `Song Ha-yoon and Kang Min-gyu's 'Office Romance Rules'`, `the Lee Dong-ha starrer
    // 'Night Courier'`: the people who own or carry the show.
    for (t, name) in ctx.title_spans() {
        let head = s[..t.start].trim_end_matches(['"', '“', '\'', '‘', ' ']);
        let (list_end, rule) =
            if let Some(h) = head.strip_suffix("'s").or_else(|| head.strip_suffix("’s")) {
                (h.len(), "cast.possessive")
            } else if let Some(h) = head
                .strip_suffix(" starrer")
                .or_else(|| head.strip_suffix("-starrer"))
            {
                (h.len(), "cast.starrer")
            } else {
                continue;
            };
        // `Hugh Grant/Ben Whishaw-starrer A Very English Scandal`: names joined by slashes.
        let mut list = Vec::new();
        if rule == "cast.starrer" {
            let mut end = list_end;
            while let Some(slash) = s[..end].rfind('/').filter(|&i| end - i <= 40) {
                let name = &s[slash + 1..end];
                if !names::person(name).is_ok_and(|(r, _)| r.is_empty()) {
                    break;
                }
                list.insert(0, (slash + 1, end, name.to_string()));
                end = slash;
            }
            if !list.is_empty()
                && let Some((start, name)) = name_ending_at(&s[..end], end, names::person)
            {
                list.insert(0, (start, end, name.to_string()));
            }
        }
        if list.is_empty() {
            list = list_ending_at(s, list_end);
        }
        // `Neil Gaiman's The Sandman`, `J.J. Perry's Day Shift`: one Western name owning a
        // title is its creator as often as its star, so only a pair of stars or a Korean
        // name (which K-drama news gives to stars) counts.
        if rule == "cast.possessive"
            && list.len() == 1
            && list
                .first()
                .is_some_and(|(_, _, n)| names::korean_name(n).is_err())
        {
            continue;
        }
        push_unroled(
            ctx,
            out,
            &roles,
            list,
            ShowRef::Named(name.to_string()),
            rule,
            0,
        );
    }
    joins_title(ctx, out, &roles);
    opposite(ctx, out, &roles);
    paired_brackets(ctx, out);
    // `Veteran actress Min Yeon-ja also stars.`: a cast verb with no object, about the show
    // in focus.
    for (_, &cue) in gates![
        " also stars",
        " also star",
        " co-stars",
        " also appears",
        " also appear",
    ]
    .allowed(&ctx.grams)
    {
        for at in find_all(s, cue) {
            let tail = s[at + cue.len()..].trim_start_matches(['.', '!']).trim();
            if !tail.is_empty() {
                continue;
            }
            let list = list_ending_at(s, at);
            if let Some(&(start, _, _)) = list.first() {
                let show = ctx.show_near(start);
                push_unroled(ctx, out, &roles, list, show, "cast.also_stars", 0);
            }
        }
    }
    // Casting headlines: `A, B And C Confirmed For JTBC Thriller "X"`.
    let lower_all = s.to_ascii_lowercase();
    for (_, &cue) in gates![
        " confirmed for ",
        " confirmed to star in ",
        " to star in ",
        " cast in ",
        " join cast of ",
        " to lead ",
    ]
    .allowed(&ctx.grams)
    {
        for at in find_all(&lower_all, cue) {
            let head = s[..at].replace(" And ", " and ");
            let list = person_list(&head, 0);
            if list.last().is_none_or(|(_, end, _)| *end != head.len()) || list.is_empty() {
                continue;
            }
            let show = ctx
                .title_spans()
                .find(|(t, _)| t.start > at)
                .map_or(ShowRef::Focus, |(_, n)| ShowRef::Named(n.to_string()));
            for (start, end, actor) in list {
                ctx.push(
                    out,
                    show.clone(),
                    Claim::Cast {
                        actor,
                        character: None,
                    },
                    0.8,
                    "cast.headline",
                    start..end,
                );
            }
        }
    }
    // `starring A, B and C`: actors without roles.
    // The same copy as the headline cues' (the sentence is not changed between).
    let lower = &lower_all;
    for (k, word) in LIST_WORDS.allowed(&ctx.grams) {
        let cue = &LIST_CUES[k];
        for at in find_words(lower, word) {
            let from = at + cue.len();
            if from > s.len() || !s.is_char_boundary(from) {
                continue;
            }
            // `set for the starring role as Valery Legasov`: a character follows, not actors.
            // `stars in Slow Horses`: the show follows, the actor came before.
            if s[from..].starts_with("role") || s[from..].starts_with("in ") {
                continue;
            }
            // `stars rookie actors Woo Ga-eun and Baek Min-jae`: past a short description.
            let described = s.len() - skip_descriptor(skip_demonym(&s[from..])).len();
            let list = match person_list(s, from) {
                l if l.is_empty() && described > from => person_list(s, described),
                l => l,
            };
            // `serves as executive producer alongside Adam McKay`, `produced with`: the people
            // beside a producer or writer are no cast.
            let beside = ["alongside ", "along with ", "joined by "].contains(cue)
                && [
                    "producer",
                    "producers",
                    "writer",
                    "writers",
                    "director",
                    "directors",
                    "showrunner",
                    "creator",
                    "author",
                    // `Martin and Condal executive produce alongside`.
                    "produce",
                    "produces",
                    "co-produce",
                    "co-produces",
                    "showrunners",
                    "co-showrunner",
                    "creators",
                ]
                .iter()
                .any(|w| lower[..at].trim_end().ends_with(w));
            // `The cast for the first season of WESTWORLD includes`, `Co-stars include`:
            // `include` lists actors only after the cast is named in its clause.
            let include_ok = || {
                let window =
                    &lower[super::context::floor_boundary(lower, at.saturating_sub(70))..at];
                let clause = window.rsplit(['.', ';']).next().unwrap_or(window);
                ["cast", "co-star", "stars "]
                    .iter()
                    .any(|w| clause.contains(w))
                    && !clause.contains("credits")
                    && !clause.contains("works")
            };
            if beside || (matches!(*cue, "includes " | "include ") && !include_ok()) {
                continue;
            }
            // `added Marcus Oyelaran to the cast`: only with the cast named after the list.
            if *cue == "added "
                && !list
                    .last()
                    .is_some_and(|(_, end, _)| lower[*end..].starts_with(" to the cast"))
            {
                continue;
            }
            // `“Crash Landing on You,” which starred Hyun Bin`: a relative clause speaks of the
            // title right before it, even one named for comparison.
            let head = lower[..at].trim_end();
            let relative = cue
                .starts_with("which")
                .then_some(head)
                .or_else(|| head.strip_suffix("which"))
                .map(|h| h.trim_end_matches([' ', ',', '"', '”', '’', '\'']).len())
                .and_then(|end| ctx.title_spans().find(|(t, _)| t.end == end));
            let show = match relative {
                Some((_, name)) => ShowRef::Named(name.to_string()),
                None => ctx.show_near(at),
            };
            // `New K-dramas to catch … starring A, B, C`: the stars of several shows, none named.
            let plural = || {
                lower[..at]
                    .rsplit(' ')
                    .take(8)
                    .any(|w| PLURAL_WORKS.contains(&w.trim_matches([',', '"', '\''])))
            };
            if show == ShowRef::Focus && plural() {
                continue;
            }
            for (start, end, actor) in list {
                // `the cast of the spy drama Quiet Wolves`: a title, whatever its words.
                if roles.iter().any(|&(a, b)| a <= start && start < b)
                    || ctx.title_at(start).is_some()
                {
                    continue;
                }
                let show = show.clone();
                ctx.push(
                    out,
                    show,
                    Claim::Cast {
                        actor,
                        character: None,
                    },
                    0.8,
                    "cast.starring",
                    start..end,
                );
            }
        }
    }
}

/// Plural work nouns: a cast list after them names the stars of several shows.
const PLURAL_WORKS: &[&str] = &[
    "dramas", "k-dramas", "shows", "films", "movies", "titles", "releases", "sitcoms",
];

/// How a sentence that sets the scene opens (lower case): `In the drama, Kim is ...`.
const SCENE_OPENERS: &[&str] = &[
    "in the drama,",
    "in the series,",
    "in the film,",
    "in the show,",
    "in it,",
];

/// Whether `s` opens with the lower-case ASCII `prefix`, ignoring ASCII case: `starts_with`
/// of the lower-cased `s`, without lower-casing it.
fn opens_with(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `stars A and B as sisters C and D, respectively`: actors and characters paired in order.
fn respectively_as(ctx: &Ctx, out: &mut Vec<RawFact>, roles: &mut Vec<(usize, usize)>) {
    let s = ctx.s();
    let respectively = s.contains("respectively");
    if !respectively && !ctx.grams.may_contain(" and ") {
        return;
    }
    for at in find_words(s, "as") {
        // Without `respectively`, only `as C and D` pairs: asked first, as it is cheap.
        let pair = if respectively {
            Vec::new()
        } else {
            two_characters(s, at + 3)
        };
        if !respectively && pair.is_empty() {
            continue;
        }
        let actors = (at.saturating_sub(120)..at)
            .filter(|&i| s.is_char_boundary(i) && (i == 0 || s[..i].ends_with(' ')))
            // The list read on past the `as` (`A and B as C and D` lists D too): cut there.
            .map(|i| {
                let mut l = person_list(s, i);
                l.retain(|(_, end, _)| *end < at);
                l
            })
            .find(|l| l.len() >= 2 && l.last().is_some_and(|(_, end, _)| *end + 1 == at));
        let Some(actors) = actors else {
            continue;
        };
        // `… as` ends a cut sentence: nothing follows.
        let Some(tail) = s.get(at + 3..) else {
            continue;
        };
        let from = s.len() - skip_descriptor(tail).len();
        let characters = if respectively {
            person_list(s, from)
        } else {
            pair
        };
        if characters.len() != actors.len() {
            continue;
        }
        let end = characters.last().map_or(at, |c| c.1);
        for ((start, _, actor), (_, _, character)) in actors.iter().zip(&characters) {
            push_role(
                ctx,
                out,
                roles,
                (*start, end),
                actor,
                character,
                0.85,
                "cast.respectively",
            );
        }
    }
}

/// `Harrison Ford and Helen Mirren as Jacob and Cara Dutton`: two characters, each one word
/// or a full name, joined by `and` right after the `as` (without `respectively`, a pair).
fn two_characters(s: &str, from: usize) -> Vec<(usize, usize, String)> {
    let Ok((rest, a)) = names::character(s.get(from..).unwrap_or("")) else {
        return Vec::new();
    };
    let Some(r) = rest.strip_prefix(" and ") else {
        return Vec::new();
    };
    let Ok((rest, b)) = names::character(r) else {
        return Vec::new();
    };
    // `as Jacob and Cara Dutton, the heads of the ranch`: the pair ends the clause.
    if !(rest.is_empty() || rest.starts_with([',', '.', ';', ' ']))
        || rest.starts_with(" (")
        || names::person(a).is_ok() && a.split(' ').count() > 3
    {
        return Vec::new();
    }
    let b_start = s.len() - r.len();
    vec![
        (from, from + a.len(), a.to_string()),
        (b_start, b_start + b.len(), b.to_string()),
    ]
}

/// `In the drama, Kim Soo-a is Yeo Da-hye, a webtoon artist, while Byun Jae-won is her
/// editor, Cha Gun`: `A is B` names a role where the sentence sets the scene or pairs roles.
fn is_character(ctx: &Ctx, out: &mut Vec<RawFact>, roles: &mut Vec<(usize, usize)>) {
    let s = ctx.s();
    // Most sentences neither open on a scene nor hold ` while `: they are turned away before
    // the sentence is lower-cased.
    let scene = SCENE_OPENERS.iter().any(|p| opens_with(s, p));
    if !scene && !ctx.grams.may_contain(" while ") {
        return;
    }
    let lower = s.to_ascii_lowercase();
    if !scene && !lower.contains(" while ") {
        return;
    }
    for at in ctx.find_all_in(s, " is ") {
        let Some((start, actor)) = name_ending_at(s, at, names::person) else {
            continue;
        };
        let after = skip_descriptor(&s[at + 4..]);
        let Ok((rest, character)) = names::person(after) else {
            continue;
        };
        let Some((rest, character)) = settle(rest, character) else {
            continue;
        };
        if !rest.is_empty() && !rest.starts_with([',', '.', ';']) && !rest.starts_with(" while") {
            continue;
        }
        let end = s.len() - rest.len();
        push_role(
            ctx,
            out,
            roles,
            (start, end),
            actor,
            character,
            0.8,
            "cast.is",
        );
    }
}

/// A character's name with its nickname in quotes, `Carmen "Carmy" Berzatto`, when the
/// surname `character` starts at `start` after `Carmen "Carmy" `: the whole name.
fn nicknamed<'a>(s: &'a str, start: usize, character: &'a str) -> (usize, &'a str) {
    let head = &s[..start];
    let Some(quoted) = head.strip_suffix("\" ").or_else(|| head.strip_suffix("” ")) else {
        return (start, character);
    };
    let Some(open) = quoted.rfind(['"', '“']) else {
        return (start, character);
    };
    let nick = &quoted[open + quoted[open..].chars().next().map_or(1, char::len_utf8)..];
    let first = quoted[..open]
        .strip_suffix(' ')
        .and_then(|h| h.rsplit(' ').next());
    match first {
        Some(w)
            if !nick.is_empty()
                && !nick.contains(' ')
                && nick.starts_with(|c: char| c.is_uppercase())
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(char::is_alphabetic) =>
        {
            let from = open - 1 - w.len();
            (from, &s[from..start + character.len()])
        }
        _ => (start, character),
    }
}

/// Pushes `actor as character` found at `span` and remembers the span as taken.
#[expect(
    clippy::too_many_arguments,
    reason = "one call per construction, all arguments differ"
)]
fn push_role(
    ctx: &Ctx,
    out: &mut Vec<RawFact>,
    roles: &mut Vec<(usize, usize)>,
    span: (usize, usize),
    actor: &str,
    character: &str,
    confidence: f64,
    rule: &'static str,
) {
    roles.push(span);
    let claim = Claim::Cast {
        actor: actor.to_string(),
        character: Some(character.to_string()),
    };
    ctx.push(
        out,
        ctx.show_near(span.0),
        claim,
        confidence,
        rule,
        span.0..span.1,
    );
}

/// `Starring: Mark Ruffalo (Spotlight)` and on the next line `Jamie McShane (Bloodline,
/// 1923)`: a cast field that runs on to a line of names (and their works in brackets) alone;
/// or an item of a list of actors ([`cast_list_items`]).
pub(super) fn continues_cast_field(ctx: &Ctx) -> bool {
    if ctx.cast_list {
        return true;
    }
    let Some(prev) = ctx.prev else {
        return false;
    };
    if prev.span.end > ctx.span.start {
        return false;
    }
    let gap = &ctx.text[prev.span.end..ctx.span.start];
    gap.matches('\n').count() == 1
        && gap.trim().is_empty()
        && runs_on_cast_field(&ctx.text[prev.span.clone()], ctx.s())
}

/// Whether `line` continues the cast field `prev`, the line before it: `prev` is a cast field
/// (`Starring: A (X)`) and `line` holds names, their brackets and the joints between them.
pub(crate) fn runs_on_cast_field(prev: &str, line: &str) -> bool {
    super::context::split_label(prev).is_some_and(|(l, _)| cast_label(l)) && names_line(line)
}

/// Which blocks are items of a list of actors: list items that hold only names (and their
/// works in brackets) after a line that introduces a cast and ends with a colon (`Together,
/// they all join a cast that includes:` above `- Murray Bartlett (The White Lotus)`).
pub(crate) fn cast_list_items(text: &str, blocks: &[Block]) -> Vec<bool> {
    const INTRO_CUES: &[&str] = &[
        "cast",
        "starring",
        "stars",
        "joined by",
        "actors",
        "ensemble",
        "lineup",
        "line-up",
    ];
    let mut out = vec![false; blocks.len()];
    let mut open = false;
    for (i, b) in blocks.iter().enumerate() {
        let line = text[b.span.clone()].trim();
        let body = line.trim_start_matches(['-', '*', '•', '–', '—', '·', ' ']);
        if b.kind == BlockKind::ListItem && open && names_line(body) {
            out[i] = true;
            continue;
        }
        let lower = line.to_ascii_lowercase();
        open = line.ends_with(':') && INTRO_CUES.iter().any(|c| lower.contains(c));
    }
    out
}

/// Whether `line` holds only people's names, each perhaps with a bracket, and the joints
/// between them (`Jamie McShane (Bloodline, 1923)`, `A, B and C`).
fn names_line(line: &str) -> bool {
    let mut rest = line.trim_end();
    let mut names = 0;
    while let Ok((r, _)) = names::person(rest) {
        names += 1;
        rest = r;
        if let Some(inner) = rest.strip_prefix(" (")
            && let Some(close) = inner.find(')')
        {
            rest = &inner[close + 1..];
        }
        match [", and ", ", ", " and ", " & "]
            .iter()
            .find_map(|j| rest.strip_prefix(j))
        {
            Some(r) => rest = r,
            None => break,
        }
    }
    names > 0 && rest.is_empty()
}

/// Whether `head` (the text before a name) ends with a cue that opens a list of actors:
/// `Rounding out the key cast are`, `also starring`, `will star opposite`.
pub(crate) fn opens_cast_list(head: &str) -> bool {
    let from = (head.len().saturating_sub(40)..=head.len())
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(head.len());
    let tail = head[from..].to_ascii_lowercase();
    LIST_CUES.iter().any(|c| tail.ends_with(c.trim_end())) || tail.ends_with(" opposite")
}

/// Whether a field's label names a cast: `Cast`, `Starring`, `Main Cast`.
pub(super) fn cast_label(label: &str) -> bool {
    matches!(
        label.trim().to_ascii_lowercase().as_str(),
        "cast"
            | "lead cast"
            | "main cast"
            | "cast members"
            | "starring"
            | "stars"
            | "leads"
            | "lead actors"
            | "main actors"
            | "actors"
            | "supporting cast"
            | "guest cast"
            | "guest stars"
            | "recurring cast"
            | "voice cast"
            | "host"
            | "hosts"
    )
}

/// `Cast: A, B and C` lines of listicles.
fn labelled_cast(ctx: &Ctx, out: &mut Vec<RawFact>) -> bool {
    let s = ctx.s();
    let Some((label, value)) = super::context::split_label(s) else {
        return false;
    };
    if !cast_label(label) {
        return false;
    }
    let from = s.len() - value.len();
    let from = from + s[from..].len() - s[from..].trim_start().len();
    for (start, end, actor) in person_list(s, from) {
        // `A as B` inside a cast line.
        let rest = &s[end..];
        let character = rest
            .strip_prefix(" as ")
            .and_then(|r| names::character(r).ok())
            .map(|(_, c)| c.to_string())
            .or_else(|| {
                rest.strip_prefix(" (as ")
                    .or_else(|| rest.strip_prefix(" ("))
                    .and_then(|r| names::character(r).ok())
                    .filter(|(r, _)| r.starts_with(')'))
                    .map(|(_, c)| c.to_string())
            });
        ctx.push(
            out,
            ShowRef::Focus,
            Claim::Cast { actor, character },
            0.85,
            "cast.label",
            start..end,
        );
    }
    true
}

/// A person's name, possibly after a group prefix (`ASTRO's Cha Eun-woo`).
fn person_with_prefix(i: &str) -> nom::IResult<&str, &str> {
    if let Ok((rest, _)) = names::group_prefix(i) {
        // `VERTEX's Hyunsoo`: a stage name may be one word.
        return names::person(rest).or_else(|_| names::stage_name(rest));
    }
    names::person(i).or_else(|e| {
        // `played by veteran actress Seo Kum-soon`: past words that only say who an actor is.
        const WHO: &[&str] = &[
            "the",
            "actor",
            "actress",
            "actors",
            "veteran",
            "newcomer",
            "rookie",
            "singer",
            "singer-actress",
            "singer-actor",
            "idol",
            "comedian",
            "fellow",
            "child",
            "young",
            "seasoned",
            "acclaimed",
            "award-winning",
            "star",
            "model",
            "rapper",
            "co-star",
        ];
        let mut rest = i;
        let mut skipped = 0;
        // `Veteran actor X` opens a sentence; `comedian-turned-actor X`, `singer-turned-actress`.
        let who = |word: &str| {
            let word = word.to_lowercase();
            WHO.contains(&word.as_str())
                || word.contains("-turned-")
                || word.ends_with("-actor")
                || word.ends_with("-actress")
        };
        while let Some((word, after)) = rest.split_once(' ')
            && skipped < 3
            && who(word)
        {
            rest = after;
            skipped += 1;
        }
        if skipped == 0 || rest.starts_with("the ") {
            return Err(e);
        }
        names::person(rest)
    })
}

/// `Nadia Brook has joined Hulu's drama Tin Roof`, `A and B will join the cast of X`, `A
/// stars in X`: the actors before a joining or starring verb whose object is a show's title.
fn joins_title(ctx: &Ctx, out: &mut Vec<RawFact>, roles: &[(usize, usize)]) {
    const JOINS: &[&str] = &[
        " has joined ",
        " have joined ",
        " joined ",
        " joins ",
        " join ",
        " will join ",
        " is joining ",
        " are joining ",
        " has boarded ",
        " have boarded ",
        " boards ",
        " has signed on to ",
        " have signed on to ",
        " signed on to ",
        " has signed onto ",
        " have signed onto ",
        " signed onto ",
        " is set to star in ",
        " are set to star in ",
        " will star in ",
        " will also star in ",
        " will lead ",
        " stars in ",
        " star in ",
        " also stars in ",
        " is starring in ",
        " starred in ",
        " co-stars in ",
        " co-starred in ",
        " will guest star in ",
        " will guest-star in ",
        " guest stars in ",
        " guest-stars in ",
    ];
    static JOINS_SET: LazyLock<CueSet> = LazyLock::new(|| CueSet::new(JOINS));
    let s = ctx.s();
    let joins = JOINS_SET.find_all_in(s, &ctx.grams);
    for (k, at) in joins.iter() {
        let verb = &JOINS[k];
        let from = at + verb.len();
        let object = &s[from..];
        let object = object.strip_prefix("the cast of ").unwrap_or(object);
        let Some((t, name)) = ctx
            .title_spans()
            .find(|(t, _)| t.start >= s.len() - object.len())
        else {
            continue;
        };
        let between = &s[s.len() - object.len()..t.start];
        if between.len() > 60
                || between.contains([',', ';', '.', '(', ':'])
                || between.contains(" as ")
                // `Martin Freeman starred in Sherlock`: another work of his, but his all the
                // same.
                || (ctx.is_aside(t.start) && !verb.contains("starred"))
        {
            continue;
        }
        // The subject: a list of names that ends at the verb, past a bracket of earlier
        // works (`Neil Patrick Harris (Uncoupled) will guest star in`).
        let head = s[..at].trim_end();
        let subject_end = match head.strip_suffix(')').and_then(|h| h.rfind(" (")) {
            Some(open) => open,
            None => at,
        };
        let list = list_ending_at(s, subject_end);
        let show = ShowRef::Named(name.to_string());
        push_unroled(ctx, out, roles, list, show.clone(), "cast.joins", t.end);
        // `stars in Slow Horses with Jack Lowden and Olivia Cooke`: the co-stars.
        if verb.contains("star") {
            let after = s[t.end..].trim_start_matches(['"', '”', '’', '\'', ',']);
            if let Some(cue) = [" with ", " alongside ", " opposite "]
                .iter()
                .find(|c| after.starts_with(**c))
            {
                let from = s.len() - after.len() + cue.len();
                let costars = person_list(s, from);
                push_unroled(ctx, out, roles, costars, show, "cast.joins", t.end);
            }
        }
    }
}

/// `Ana de Armas ("Blade Runner 2049") will star opposite A, B and C in writer-director Rian
/// Johnson's "Knives Out"`: the subject and the actors opposite all star in the title after
/// `in`.
fn opposite(ctx: &Ctx, out: &mut Vec<RawFact>, roles: &[(usize, usize)]) {
    const CUES: &[&str] = &[
        " will star opposite ",
        " stars opposite ",
        " to star opposite ",
        " starring opposite ",
        " star opposite ",
    ];
    static GATES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(CUES));
    let s = ctx.s();
    for (_, cue) in GATES.allowed(&ctx.grams) {
        for at in find_all(s, cue) {
            let others = person_list(s, at + cue.len());
            let Some(&(_, last_end, _)) = others.last() else {
                continue;
            };
            // Past the last actor's bracket of works: `opposite Shanola Hampton (Shameless) in`.
            let last_end = match s[last_end..].strip_prefix(" (").and_then(|r| r.find(')')) {
                Some(close) => last_end + 2 + close + 1,
                None => last_end,
            };
            if !s[last_end..].starts_with(" in ") {
                continue;
            }
            let Some((t, name)) = ctx
                .title_spans()
                .find(|(t, _)| t.start > last_end && t.start <= last_end + 80)
            else {
                continue;
            };
            if s[last_end..t.start].contains([',', ';', '.']) {
                continue;
            }
            // The subject, past a bracket of its earlier works.
            let head = s[..at].trim_end();
            let subject_end = match head.strip_suffix(')').and_then(|h| h.rfind(" (")) {
                Some(open) => open,
                None => at,
            };
            let mut list = list_ending_at(s, subject_end);
            list.extend(others);
            let show = ShowRef::Named(name.to_string());
            push_unroled(ctx, out, roles, list, show, "cast.opposite", t.end);
        }
    }
}

/// `the story of Kate and Geoff (Charlotte Rampling and Tom Courtenay)`: characters listed
/// before a bracket that lists as many actors, paired in order.
fn paired_brackets(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    for open in memchr::memchr_iter(b'(', s.as_bytes()) {
        let actors = person_list(s, open + 1);
        let Some(&(_, end, _)) = actors.last() else {
            continue;
        };
        if actors.len() < 2 || !s[end..].starts_with(')') {
            continue;
        }
        // The characters: one-word or full names joined by `, ` and `and`, ending at the
        // bracket.
        let head = s[..open].trim_end();
        let mut chars: Vec<(usize, &str)> = Vec::new();
        let mut rest_end = head.len();
        while chars.len() < actors.len() {
            let Some((start, name)) = name_ending_at(s, rest_end, names::character) else {
                break;
            };
            chars.push((start, name));
            let before = s[..start].trim_end();
            rest_end = match before
                .strip_suffix(" and")
                .or_else(|| before.strip_suffix(','))
                .or_else(|| before.strip_suffix(", and"))
            {
                Some(b) if chars.len() < actors.len() => b.trim_end().len(),
                _ => break,
            };
        }
        if chars.len() != actors.len() || ctx.title_at(chars[chars.len() - 1].0).is_some() {
            continue;
        }
        chars.reverse();
        // A person read as a title (`Andrew Haigh tells the story of`) is the teller, not the
        // show: the show in focus then.
        let person = |n: &str| names::person(n).is_ok_and(|(r, _)| r.is_empty());
        // A bracketed title (`Andrew Haigh ("Weekend")`) is someone's earlier work.
        let bracketed = |at: usize| {
            s[..at]
                .trim_end_matches(['"', '“', '‘', '\''])
                .ends_with('(')
        };
        let own = ctx
            .title_spans()
            .filter(|(t, name)| {
                let quoted = s[..t.start].ends_with(['"', '“', '‘', '\'']);
                t.end <= chars[0].0 && (quoted || !person(name)) && !bracketed(t.start)
            })
            .last()
            .map(|(_, name)| ShowRef::Named(name.to_string()));
        let show = match own {
            Some(show) => show,
            None => match ctx.show_near(chars[0].0) {
                ShowRef::Named(n) if person(&n) => ShowRef::Focus,
                other => other,
            },
        };
        for ((start, character), (_, a_end, actor)) in chars.into_iter().zip(actors) {
            ctx.push(
                out,
                show.clone(),
                Claim::Cast {
                    actor,
                    character: Some(character.to_string()),
                },
                0.75,
                "cast.paired_brackets",
                start..a_end,
            );
        }
    }
}

/// The list of names (`A, B and C`) that ends exactly at byte `end`, starting within the
/// 90 bytes before it.
fn list_ending_at(s: &str, end: usize) -> Vec<(usize, usize, String)> {
    (end.saturating_sub(90)..end)
        .filter(|&i| s.is_char_boundary(i) && (i == 0 || s[..i].ends_with(' ')))
        .map(|i| person_list(s, i))
        .find(|l| l.last().is_some_and(|(_, e, _)| *e == end))
        .unwrap_or_default()
}

/// Cast facts without a character for each listed actor not already in a role, about
/// `show`; the evidence runs from the actor to `evidence_end` at least.
fn push_unroled(
    ctx: &Ctx,
    out: &mut Vec<RawFact>,
    roles: &[(usize, usize)],
    list: Vec<(usize, usize, String)>,
    show: ShowRef,
    rule: &'static str,
    evidence_end: usize,
) {
    for (start, end, actor) in list {
        if roles.iter().any(|&(a, b)| a <= start && start < b) {
            continue;
        }
        let claim = Claim::Cast {
            actor,
            character: None,
        };
        ctx.push(
            out,
            show.clone(),
            claim,
            0.8,
            rule,
            start..end.max(evidence_end),
        );
    }
}

/// `PERSON as CHARACTER` around the `as` at `at`: (start, end, actor, character).
fn person_as_character(ctx: &Ctx, at: usize) -> Option<(usize, usize, String, String)> {
    let s = ctx.s();
    let (start, actor) = name_ending_at(s, at.checked_sub(1)?, names::person).or_else(|| {
        // A surname alone after `stars`/`and` (`The film stars Ellery as Felix Moon`): kept
        // for resolution to map to the full name the article gives elsewhere.
        let (st, w) = name_ending_at(s, at.checked_sub(1)?, names::character)?;
        let head = s[..st].trim_end();
        (!w.contains(' ')
            && ["stars", "star", "starring", "and", ","]
                .iter()
                .any(|c| head.ends_with(c)))
        .then_some((st, w))
    })?;
    if ctx.title_at(start).is_some() {
        return None;
    }
    let mut after = &s[at + 2..];
    after = after.strip_prefix(' ')?;
    for skip in [
        "the female lead, ",
        "the male lead, ",
        "the lead, ",
        "the female lead ",
        "the male lead ",
        "the role of ",
        "the titular ",
        "the character ",
        "the character of ",
    ] {
        if let Some(r) = after.strip_prefix(skip) {
            after = r;
        }
    }
    let after = skip_descriptor(after);
    let (rest, character) = names::character(after).ok()?;
    let (rest, character) = apposition(rest, character)?;
    if character_blocked(character)
        || ctx.text[ctx.abs(s.len() - after.len())..].starts_with(|c: char| c.is_lowercase())
    {
        return None;
    }
    let end = s.len() - rest.len();
    Some((start, end, actor.to_string(), character.to_string()))
}

/// Whether the text after `as` describes a role without naming it: `a struggling webtoon
/// artist`, `Da-bin's fearless mother` (a determiner or a possessive, then lower-case words).
fn described_role(after: &str) -> bool {
    let Some(after) = after.strip_prefix(' ') else {
        return false;
    };
    let rest = DESCRIBED
        .iter()
        .find_map(|d| after.strip_prefix(d))
        .or_else(|| {
            let (word, rest) = after.split_once(' ')?;
            (word.ends_with("'s") || word.ends_with("’s")).then_some(rest)
        });
    rest.is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()))
}

/// Capitalised words that follow `as`/`plays` but are not characters.
fn character_blocked(c: &str) -> bool {
    matches!(
        c,
        "Well"
            | "Part"
            | "Netflix"
            | "Episode"
            | "Season"
            | "Both"
            | "The"
            | "One"
            | "Its"
            | "Korea"
            | "Korean"
    )
}

/// The name (per `parser`) that ends exactly at byte `end` of `s`: its start and text.
/// `Alicent Hightower (Cooke)`, `Hal Jordan (Chandler)`: a character with, in brackets, the
/// surname of an actor the article names in full (the resolver restores the full name).
fn surname_brackets(ctx: &Ctx, out: &mut Vec<RawFact>, roles: &mut Vec<(usize, usize)>) {
    let s = ctx.s();
    for at in ctx.find_all_in(s, " (") {
        let inner = &s[at + 2..];
        let Some(close) = inner.find(')') else {
            continue;
        };
        let surname = &inner[..close];
        if !surname_word(surname) || !named_in_full(ctx.text, surname) {
            continue;
        }
        let Some((start, character)) = name_ending_at(s, at, names::character) else {
            continue;
        };
        let end = at + 2 + close + 1;
        if character.ends_with(surname)
            || roles.iter().any(|&(a, b)| a <= start && end <= b)
            || ctx.title_at(start).is_some()
            || ctx.in_speech(&(ctx.abs(start)..ctx.abs(end)))
        {
            continue;
        }
        push_role(
            ctx,
            out,
            roles,
            (start, end),
            surname,
            character,
            0.75,
            "cast.paren_surname",
        );
    }
}

/// One capitalised word that can be a surname: `Cooke`, `D’Arcy`, `Smith-Jones`.
pub(super) fn surname_word(w: &str) -> bool {
    w.chars().count() >= 3
        && w.starts_with(|c: char| c.is_uppercase())
        && w.chars().any(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// Whether `text` names someone in full whose surname is `w` (`Olivia Cooke` for `Cooke`).
pub(super) fn named_in_full(text: &str, w: &str) -> bool {
    super::context::find_words_exact(text, w)
        .into_iter()
        .any(|at| {
            let end = at + w.len();
            let lo = super::context::floor_boundary(text, at.saturating_sub(60));
            name_ending_at(&text[lo..end], end - lo, names::person)
                .is_some_and(|(_, p)| p.len() > w.len() && p.ends_with(w) && p.contains(' '))
        })
}

pub(super) fn name_ending_at(
    s: &str,
    end: usize,
    parser: fn(&str) -> nom::IResult<&str, &str>,
) -> Option<(usize, &str)> {
    // A cue found right after a multi-byte quote (`“As soon as`) may point inside it.
    let end = super::context::floor_boundary(s, end.min(s.len()));
    let head = &s[..end];
    let head = head.trim_end();
    let end = head.len();
    // Candidate starts: the starts of the last five words, found from the end.
    let starts = last_word_starts(head);
    // The longest name that ends exactly at `end`.
    starts.iter().rev().find_map(|&st| match parser(&s[st..]) {
        Ok((rest, name)) if s.len() - rest.len() == end => Some((st, name)),
        Ok((_, name)) if st + name.len() > end && s[st..end].split_whitespace().count() >= 2 => {
            // The parser ran past the end: take what ends at the boundary if it parses alone.
            parser(&s[st..end])
                .ok()
                .filter(|(r, _)| r.is_empty())
                .map(|(_, n)| (st, n))
        }
        _ => None,
    })
}

/// The starts of the last five words of `head`, last first: offset 0 and every char boundary
/// after a space, newline, bracket, quote or comma that is not the end. What a scan from the
/// start collected and cut to its last five, found from the end.
fn last_word_starts(head: &str) -> Vec<usize> {
    let mut starts = Vec::with_capacity(5);
    for (i, c) in head.char_indices().rev() {
        if starts.len() == 5 {
            return starts;
        }
        let after = i + c.len_utf8();
        if after < head.len() && matches!(c, ' ' | '\n' | '(' | '"' | '“' | '\'' | ',') {
            starts.push(after);
        }
    }
    if starts.len() < 5 && !head.is_empty() {
        starts.push(0);
    }
    starts
}

/// `Garrett Voss, in his first TV role since "Copper County" wrapped, plays`: the person
/// before a short comma aside that ends at `end`.
fn subject_before_aside(s: &str, end: usize) -> Option<(usize, &str)> {
    let head = s[..end].trim_end().strip_suffix(',')?;
    let floor = head.len().saturating_sub(120);
    head.match_indices(", ")
        .filter(|&(at, _)| at >= floor)
        .last()
        .filter(|&(at, _)| {
            let aside = &head[at + 2..];
            !aside.starts_with("and ") && !aside.contains([';', ':']) && !aside.contains(". ")
        })
        .and_then(|(at, _)| name_ending_at(s, at, names::person))
}

/// A list of names from `from`: `A, B, and C` or `A and B`; each with its span.
fn person_list(s: &str, from: usize) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut at = from;
    loop {
        let mut rest = &s[at..];
        // `A and newcomer B`: a short description before a later name.
        if !out.is_empty() && person_with_prefix(rest).is_err() {
            let named = skip_descriptor(rest);
            let skipped = &rest[..rest.len() - named.len()];
            let words: Vec<&str> = skipped.split_whitespace().collect();
            // A role word or two (`newcomer`, `veteran actor`), not a clause (`was directed by`)
            // nor a crew member in apposition (`its writer, Yeom Ji-su`).
            const NOT_CAST: &[&str] = &[
                "by",
                "was",
                "is",
                "were",
                "are",
                "its",
                "writer",
                "director",
                "producer",
                "pd",
                "creator",
                "showrunner",
                "screenwriter",
                "composer",
                "ceo",
                "author",
            ];
            if words.len() <= 2
                && !skipped.contains(',')
                && words
                    .iter()
                    .all(|w| !w.ends_with("ed") && !NOT_CAST.contains(w))
            {
                rest = named;
            }
        }
        let credited = credited_by_work(rest);
        if let Some(r) = credited {
            rest = r;
        }
        let Some((after, name)) = person_with_prefix(rest)
            .ok()
            .or_else(|| listed_stage_name(rest, !out.is_empty()))
        else {
            break;
        };
        // The name's own start past a work that credits it; past a description, where the
        // description starts.
        let start = match credited {
            Some(_) => s.len() - after.len() - name.len(),
            None => at + (rest.len() - after.len()) - name.len(),
        };
        let end = s.len() - after.len();
        out.push((start, end, name.to_string()));
        // Skip `as CHARACTER` and bracketed notes, in either order (`A (Doctor Foster) as
        // DCI Amy Silva`).
        let mut next = after;
        if next.starts_with(" (")
            && let Some(close) = next.find(')')
            && next[close + 1..].starts_with(" as ")
        {
            next = &next[close + 1..];
        }
        if let Some(r) = next.strip_prefix(" as ") {
            // `as DCI Amy Silva`: a police rank in capitals before the character.
            let r = ["DCI ", "DCS ", "DI ", "DS ", "DC ", "PC ", "DSI "]
                .iter()
                .find_map(|p| r.strip_prefix(p))
                .unwrap_or(r);
            if let Ok((r2, _)) = names::character(r) {
                next = r2;
            } else if let Some(and) = r[..super::context::floor_boundary(r, 100)]
                .match_indices(" and ")
                .map(|(i, _)| i)
                .find(|&i| {
                    !r[..i].contains([',', ';', '.', '('])
                        && person_with_prefix(&r[i + 5..])
                            .is_ok_and(|(after, _)| after.starts_with(" as "))
                })
            {
                // `A as a struggling webtoon artist and B as ...`: a described role, then
                // the next actor.
                next = &r[and..];
            }
        }
        if next.starts_with(" (")
            && let Some(close) = next.find(')')
        {
            next = &next[close + 1..];
        }
        // `A (Doctor Foster) as DCI Amy Silva with B (Game Of Thrones), C`: `with` goes on.
        let sep = [", and ", ", ", " and ", " & ", " as well as ", " with "]
            .iter()
            .find(|sep| next.starts_with(**sep));
        match sep {
            Some(sep) => at = s.len() - next.len() + sep.len(),
            None => break,
        }
    }
    out
}

/// `Extreme Job lead Ryu Seung-ryong`, `Squid Game’s Lee Byung-hun`: an actor named by an
/// earlier work (a role noun after it, or a Korean full name it owns). Returns the text at
/// the name; the work's credit is the credit asides' to read.
fn credited_by_work(i: &str) -> Option<&str> {
    if let Some(work) = super::lexicon::korean_actor_owner(i) {
        return Some(i[work.len()..].split_once(' ').map_or("", |(_, r)| r));
    }
    let (after, t) = match title::quoted_title(i) {
        // The closing quote, and a comma American punctuation puts inside it.
        Ok((after, t)) => (after.trim_start_matches(['"', '”', '’', '\'', ',']), t),
        Err(_) => title::bare_title(i).ok()?,
    };
    if names::korean_name(t).is_ok() {
        return None;
    }
    [" lead ", " actor ", " actress ", " star "]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .filter(|r| names::person(r).is_ok())
}

/// `starring Jisoo and Park Jung Min`, `IU and Byeon Woo Seok`: a one-word stage name (a
/// romanised Korean word, or two to four capitals) in a list beside a full name, which comes
/// right after it or (`listed`) came before it.
fn listed_stage_name(i: &str, listed: bool) -> Option<(&str, &str)> {
    let (after, w) = names::stage_name(i).ok()?;
    let letters = w.chars().count();
    let stage = names::is_romanised_korean(&w.to_lowercase())
        || ((2..=4).contains(&letters) && w.chars().all(|c| c.is_ascii_uppercase()));
    let beside_full = listed
        || [", and ", ", ", " and "].iter().any(|sep| {
            after
                .strip_prefix(sep)
                .is_some_and(|r| names::person(r).is_ok())
        });
    (stage && beside_full && super::atoms::org::org(w).is_none()).then_some((after, w))
}

/// A description before a character's name: `the planner, Joo Ah-ra`, `her estranged brother,
/// Caleb Vance`, `prosecutor Ki Seon-ah`. Returns the text at the name, or the input when
/// no name follows a short lower-case description.
fn skip_descriptor(i: &str) -> &str {
    let mut at = 0;
    for _ in 0..6 {
        let rest = &i[at..];
        let end = rest.find([' ', ',']).unwrap_or(rest.len());
        let word = &rest[..end];
        // `as a struggling artist and Kwon Ji-yong as ...`: the name after `and` is the next
        // actor, with a role of their own.
        let next_actor = || {
            rest[end..]
                .strip_prefix(' ')
                .and_then(|r| names::person(r).ok())
                .is_some_and(|(r, _)| r.starts_with(" as ") || r.starts_with(" plays "))
        };
        // `a designer friend who helps Ji-yong`: a relative clause names someone else (not
        // `plays that ex, Cha Woo-sung`).
        if word.is_empty()
            || matches!(word, "who" | "whom" | "whose" | "which" | "where" | "when")
            || (word == "that" && at > 0)
            || (word == "and" && next_actor())
            || !word
                .chars()
                .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        {
            break;
        }
        at += end;
        if let Some(r) = i[at..]
            .strip_prefix(", ")
            .or_else(|| i[at..].strip_prefix(' '))
        {
            at = i.len() - r.len();
            if names::character(r).is_ok() && at > 0 {
                return r;
            }
        } else {
            break;
        }
    }
    i
}

/// Past a capitalised word that qualifies a noun for actors before a name: `British actors
/// Ben Miller`, `Australian stars Gia Carides`. The input when there is none.
fn skip_demonym(i: &str) -> &str {
    const PEOPLE: &[&str] = &[
        "actors",
        "actresses",
        "actor",
        "actress",
        "stars",
        "star",
        "comedians",
        "comedian",
        "newcomers",
        "newcomer",
        "veterans",
        "veteran",
        "talents",
    ];
    let mut words = i.splitn(3, ' ');
    let (Some(first), Some(noun), Some(rest)) = (words.next(), words.next(), words.next()) else {
        return i;
    };
    let demonym = first.len() >= 4
        && first.starts_with(|c: char| c.is_uppercase())
        && first.chars().skip(1).all(|c| c.is_lowercase());
    if demonym && PEOPLE.contains(&noun) && names::person(rest).is_ok() {
        rest
    } else {
        i
    }
}

/// The character named after `as`, past a short description (`the ranch hand Eli`): the
/// rest of the text and the name.
fn role_at(i: &str) -> Option<(&str, &str)> {
    let (rest, character) = names::character(skip_descriptor(i)).ok()?;
    settle(rest, character)
}

/// The character a role names after the apposition is settled, unless it is no character.
fn settle<'a>(rest: &'a str, character: &'a str) -> Option<(&'a str, &'a str)> {
    apposition(rest, character).filter(|(_, c)| !character_blocked(c))
}

/// `Bo-ra's younger sister, Choi Bo-mi`: a possessive before a name in apposition is not the
/// character; the name after the comma is. `None` when a possessive has no such name.
fn apposition<'a>(rest: &'a str, character: &'a str) -> Option<(&'a str, &'a str)> {
    let Some(tail) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("’s "))
    else {
        return Some((rest, character));
    };
    // `Jae-hyun's smooth-talking rival Kang Min-gyu`: the name after the description.
    let named = skip_descriptor(tail);
    if named.len() < tail.len()
        && let Ok((r, c)) = names::person(named)
    {
        return Some((r, c));
    }
    let comma = tail
        .find(", ")
        .filter(|&c| c <= 40 && !tail[..c].contains(['.', ';']))?;
    names::character(&tail[comma + 2..]).ok()
}

/// `Song Jae-min, known for his role in "Midnight Pharmacy Run,"`, `Lee, who previously
/// starred in tvN's "Cherry Blossom Syndrome," where she played Min Ha-yeon`: a filmography
/// aside states that its person was in the cast of the earlier work it names.
pub(super) fn filmography(ctx: &Ctx, out: &mut Vec<RawFact>) {
    const CUES: &[&str] = &[
        "previously starred in ",
        "also starred in ",
        "who starred in ",
        "after starring in ",
        "most recently starred in ",
        "most recently appeared in ",
        "previously appeared in ",
        "who appeared in ",
        "is currently starring in ",
        "known for his role in ",
        "known for her role in ",
        "known for their roles in ",
        "known for his roles in ",
        "known for her roles in ",
        "known for his turn in ",
        "known for her turn in ",
        "his breakout role in ",
        "her breakout role in ",
        "made his acting debut in ",
        "made her acting debut in ",
        "made his debut in ",
        "made her debut in ",
        "best known for ",
    ];
    let s = ctx.s();
    if !ctx.has_any_of(gates![
        "starred in",
        "appeared in",
        "starring in",
        "known for",
        "debut in",
        "role in",
    ]) {
        return;
    }
    static GATES: LazyLock<CueGates> = LazyLock::new(|| CueGates::new(CUES));
    for (_, cue) in GATES.allowed(&ctx.grams) {
        for at in find_all(s, cue) {
            if ctx.in_speech(&(ctx.abs(at)..ctx.abs(at + cue.len()))) {
                continue;
            }
            // The work: a title right after the cue, past an owner and a short description
            // (`tvN's`, `the 2022 hit`, `the SBS drama`).
            let from = at + cue.len();
            let Some((t, title)) = ctx.title_spans().find(|(t, _)| {
                t.start >= from
                    && t.start - from <= 40
                    && !s[from..t.start].contains([',', '.', ';', '('])
                    && s[from..t.start].split_whitespace().count() <= 5
            }) else {
                continue;
            };
            // `best known for Dexter`: the work right after the cue, not `best known for
            // writing Dexter`.
            if cue.starts_with("best") && s[from..t.start].split_whitespace().count() > 2 {
                continue;
            }
            // The person: just before the cue, past `, who previously` and kin.
            let mut head = s[..at].trim_end();
            for w in [
                "previously",
                "also",
                "most recently",
                "who",
                "best",
                "is",
                "has",
                "had",
                "after",
                "currently",
                ",",
            ] {
                head = head.strip_suffix(w).unwrap_or(head).trim_end();
                head = head.strip_suffix(',').unwrap_or(head).trim_end();
            }
            let end = head.len();
            let Some((start, actor)) = name_ending_at(s, end, names::person).or_else(|| {
                // `Lee, who previously starred in`: a surname, resolved to the full name the
                // article gives.
                name_ending_at(s, end, names::cap_word).filter(|(_, w)| names::is_korean_surname(w))
            }) else {
                continue;
            };
            // `director Bong Joon-ho, best known for Parasite`: a credit, not a role.
            let crew = [
                "director",
                "writer",
                "creator",
                "showrunner",
                "filmmaker",
                "producer",
            ]
            .iter()
            .any(|w| s[..start].trim_end().to_ascii_lowercase().ends_with(w));
            if ctx.title_at(start).is_some() || crew {
                continue;
            }
            // `, where she played the trainee doctor Min Ha-yeon`: the role in that work.
            let after = &s[t.end..];
            let after = after.trim_start_matches(['"', '”', '’', '\'', ',']);
            let character = [
                " where she played ",
                " where he played ",
                " in which she played ",
                " in which he played ",
                " as ",
            ]
            .iter()
            .find_map(|c| after.strip_prefix(c))
            .and_then(role_at)
            .map(|(_, c)| c.to_string());
            ctx.push(
                out,
                ShowRef::Named(title.to_string()),
                Claim::Cast {
                    actor: actor.to_string(),
                    character,
                },
                0.75,
                "cast.filmography",
                start..t.end,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Grams;

    #[test]
    fn person_lists() {
        let s = "starring Kim Soo-hyun, Kim Ji-won, and Park Sung-hoon in";
        let names: Vec<String> = person_list(s, 9).into_iter().map(|(_, _, n)| n).collect();
        assert_eq!(names, ["Kim Soo-hyun", "Kim Ji-won", "Park Sung-hoon"]);
    }

    #[test]
    fn plays_set_finds_what_each_verb_finds() {
        let set = CueSet::new(PLAYS);
        for s in [
            "Kim Soo-hyun plays Baek Hyun-woo, and Park stars as Hong Hae-in; Lee portrays Yoon",
            "Jeong Ha-rin (also romanised as Jung Ha Rin) stars as the heir, playing opposite Ha",
            "He will play the lead, who takes on the role of a doctor who plays plays played",
            "",
        ] {
            for hits in [set.find_all(s), set.find_all_in(s, &Grams::of(s))] {
                for (k, verb) in PLAYS.iter().enumerate() {
                    let want: Vec<usize> = find_all(s, verb).collect();
                    assert_eq!(hits.of(k).collect::<Vec<_>>(), want, "{s:?} {verb:?}");
                }
            }
        }
    }

    #[test]
    fn opens_with_is_starts_with_of_the_lower_cased_sentence() {
        for s in [
            "In the Drama, Kim is the heir",
            "IN IT, she plays",
            "in the series",
            "In thé drama,",
            "I",
            "",
            "김 in it,",
        ] {
            for p in SCENE_OPENERS.iter().chain(&["i", ""]) {
                assert_eq!(
                    opens_with(s, p),
                    s.to_ascii_lowercase().starts_with(p),
                    "{s:?} {p:?}"
                );
            }
        }
    }

    #[test]
    fn cast_cues_are_the_words_first_listed() {
        // The list before it was reordered; `has_any` reads it as a set.
        let first: &[&str] = &[
            "stars",
            "star",
            "starring",
            "starred",
            "co-stars",
            "co-star",
            "features",
            "featuring",
            "cast",
            "casting",
            "lineup",
            "line-up",
            "led by",
            "headlined",
            "headlining",
            "joins",
            "joined",
            "join",
            "ensemble",
            "lead",
            "leads",
            "plays",
            "played",
            "portrays",
            "portrayed",
            "returns",
            "return",
            "reprise",
            "reprises",
            "appears",
            "appear",
            "appearing",
            "also",
            "and",
            "role",
            "roles",
            "with",
            "paired",
            "opposite",
            // Added since the reordering.
            "follows",
            "following",
            "centers on",
            "centres on",
        ];
        let mut now = CAST_CUES.to_vec();
        let mut was = first.to_vec();
        now.sort_unstable();
        was.sort_unstable();
        assert_eq!(now, was);
    }

    #[test]
    fn cue_sets_find_what_each_cue_finds() {
        let texts = [
            "Baek Hyun-woo, played by Kim Soo-hyun, and Hong (portrayed by Kim Ji-won) is played by",
            "Lee, Park and Choi also star as the leads; Kim and Ha round out the cast, also appear",
            "Nadia Brook has joined Hulu's drama Tin Roof; A and B will join the cast of X, joins joins",
            " play  play the  play a ",
            "",
        ];
        for list in [PLAYED_BY, LISTED_VERBS] {
            let set = CueSet::new(list);
            for s in texts {
                let hits = set.find_all_in(s, &Grams::of(s));
                for (k, cue) in list.iter().enumerate() {
                    let want: Vec<usize> = find_all(s, cue).collect();
                    assert_eq!(hits.of(k).collect::<Vec<_>>(), want, "{s:?} {cue:?}");
                }
            }
        }
    }

    #[test]
    fn list_words_are_the_list_cues_trimmed() {
        assert_eq!(LIST_WORDS.cues().len(), LIST_CUES.len());
        for (cue, word) in LIST_CUES.iter().zip(LIST_WORDS.cues()) {
            assert_eq!(cue.trim_end(), *word);
        }
    }

    #[test]
    fn last_word_starts_are_the_last_five_of_a_scan() {
        // The scan first written: every word start from the beginning, the last five kept.
        let by_scan = |head: &str| {
            let mut starts: Vec<usize> = head
                .char_indices()
                .filter(|&(i, _)| {
                    i == 0 || head[..i].ends_with([' ', '\n', '(', '"', '“', '\'', ','])
                })
                .map(|(i, _)| i)
                .collect();
            starts.reverse();
            starts.truncate(5);
            starts
        };
        let texts = [
            "The series centers on Baek Hyun-woo, portrayed by Kim Soo-hyun",
            "“Kim” (Park), 'Lee' and\nHa ",
            "  a  b ",
            "one two",
            "김수현 ,(“",
            "",
            " ",
        ];
        for text in texts {
            for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let head = &text[..end];
                assert_eq!(last_word_starts(head), by_scan(head), "{head:?}");
            }
        }
    }

    #[test]
    fn names_ending_at() {
        let s = "The series centers on Baek Hyun-woo, portrayed by Kim Soo-hyun";
        let at = s.find(", portrayed").unwrap();
        assert_eq!(
            name_ending_at(s, at, names::character),
            Some((22, "Baek Hyun-woo"))
        );
    }
}

//! Where a show airs and streams: `the tvN drama`, `MBC's X`, `aired on JTBC`, `available on Netflix`, `Network: tvN, Netflix`.

use super::atoms::org::{self, OrgKind};
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
];

/// Finds network and streaming facts in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    if ctx.kind == BlockKind::Labelled && labelled(ctx, out) {
        return;
    }
    let lower = s.to_ascii_lowercase();
    for (span, o) in org::find_orgs(s) {
        if o.kind == OrgKind::Agency {
            continue;
        }
        let after = &lower[span.end..];
        let before = &lower[..span.start];
        // Chart and company mentions are not where the show airs.
        if after.starts_with("'s top")
            || after.starts_with(" top 10")
            || after.starts_with("'s global")
            || after.starts_with(" korea") && !after.starts_with(" korea's")
            || before.ends_with("according to ")
            || after.starts_with(" said")
            || after.starts_with(" announced")
            || after.starts_with(" revealed")
            || after.starts_with(" reported")
            || after.starts_with(" ceo")
            || after.starts_with(" chart")
            || super::context::aside_at(s, span.start, super::context::COMPARISON_CUES)
        {
            continue;
        }
        let possessive_title = (after.starts_with("'s ") || after.starts_with("’s ")) && {
            let at = span.end + 3;
            ctx.title_spans().any(|(t, _)| {
                t.start == at
                    || (t.start > at && t.start <= at + 40 && !s[at..t.start].contains(['.', ';']))
            })
        };
        let typed = TYPE_AFTER.iter().any(|t| {
            after.starts_with(t) || after.strip_prefix("'s").is_some_and(|a| a.starts_with(t))
        });
        let cued = BEFORE.iter().any(|b| before.ends_with(b));
        let bare_on = before.ends_with(" on ")
            && ctx.has_any(&[
                "aired",
                "airs",
                "air",
                "broadcast",
                "premiered",
                "premieres",
                "streaming",
                "available",
                "released",
                "debuted",
                "watch",
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
            ]);
        if !(possessive_title || typed || cued || bare_on) {
            continue;
        }
        // The show: a title right after the organisation, else the nearest one.
        let show = ctx
            .title_spans()
            .find(|(t, _)| {
                t.start >= span.end
                    && t.start <= span.end + 45
                    && !s[span.end..t.start].contains(['.', ';', '('])
            })
            .map(|(_, n)| ShowRef::Named(n.to_string()))
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
    ) {
        return false;
    }
    let base = label.len() + 1;
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

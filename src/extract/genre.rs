//! Genre: `is a romantic comedy`, `the mystery-thriller X`, `Genre: Romantic Fantasy / Suspense`.

use super::context::find_words;
use super::{Ctx, RawFact, ShowRef};
use crate::extract::fact::Claim;
use crate::text::BlockKind;

/// Genre words; a genre is a run of them (`romantic comedy`, `revenge thriller`).
const GENRE_WORDS: &[&str] = &[
    "romantic", "romance", "comedy", "rom-com", "romcom", "thriller", "mystery", "melodrama",
    "fantasy", "horror", "action", "crime", "legal", "medical", "historical", "period", "sageuk",
    "sci-fi", "science", "fiction", "coming-of-age", "slice-of-life", "family", "political",
    "psychological", "zombie", "youth", "sports", "suspense", "noir", "office", "black", "dark",
    "satire", "satirical", "musical", "documentary", "animated", "war", "disaster", "supernatural",
    "time-travel", "time-slip", "workplace", "business", "revenge", "healing", "teen", "school",
    "high", "investigative", "procedural", "spy", "heist", "adventure", "superhero", "dystopian",
    "apocalyptic", "post-apocalyptic", "survival", "occult", "fantasy-romance", "mystery-thriller",
    "action-thriller", "crime-thriller", "romantic-comedy", "dramedy", "mockumentary", "anthology",
    "western", "epic", "martial", "arts", "wuxia", "espionage", "detective", "courtroom", "hospital",
    "human", "character", "love", "story", "tragedy", "tragicomedy", "whodunit", "slasher",
    "monster", "creature", "vampire", "gothic", "cooking", "culinary", "idol", "music", "musical",
];

/// Genre heads that stand alone; a run must hold one of them to count.
const HEADS: &[&str] = &[
    "comedy", "rom-com", "romcom", "thriller", "mystery", "melodrama", "fantasy", "horror",
    "romance", "sageuk", "sci-fi", "fiction", "suspense", "noir", "satire", "musical",
    "documentary", "action", "crime", "dramedy", "mockumentary", "tragedy", "tragicomedy",
    "whodunit", "slasher", "mystery-thriller", "action-thriller", "crime-thriller",
    "romantic-comedy", "fantasy-romance", "adventure", "western", "procedural", "espionage",
    "coming-of-age", "slice-of-life", "heist", "zombie", "survival", "apocalyptic", "spy",
];

/// Finds genres in one sentence.
pub fn extract(ctx: &Ctx, out: &mut Vec<RawFact>) {
    let s = ctx.s();
    let lower = s.to_ascii_lowercase();
    if ctx.kind == BlockKind::Labelled {
        if let Some((label, value)) = lower.split_once(':')
            && matches!(label.trim(), "genre" | "genres" | "type")
        {
            let base = label.len() + 1;
            let mut at = 0;
            for part in value.split(['/', ',', '|', ';']).flat_map(|p| p.split(" and ")) {
                let start = value[at..].find(part).map_or(at, |i| at + i);
                at = start + part.len();
                let g = part.trim().trim_end_matches('.');
                if !g.is_empty() && g.split_whitespace().count() <= 4 {
                    let off = start + part.len() - part.trim_start().len();
                    ctx.push(out, ShowRef::Focus, Claim::Genre { genre: g.to_string() }, 0.9, "genre.label", base + off..base + off + g.len());
                }
            }
            return;
        }
        return;
    }
    // `is a romantic comedy`, `the mystery-thriller`, `a revenge thriller drama`.
    for article in ["a", "an", "the", "this", "its", "romantic", "new"] {
        for at in find_words(&lower, article) {
            let from = if ["romantic", "new"].contains(&article) { at } else { at + article.len() + 1 };
            if from >= lower.len() {
                continue;
            }
            let Some((start, end, genre)) = genre_run(&lower, from) else { continue };
            // The genre must describe a show: a copula before, or a type word/title after.
            let head = lower[..at].trim_end();
            let copula = ["is", "was", "as", "be", "it's", "a", "is also", "called", "described as", "billed as"].iter().any(|c| head.ends_with(c));
            let after = &lower[end..];
            let typed = [" drama", " series", " film", " movie", " k-drama", " show", " that ", " about ", " which ", ",", " following ", " starring ", " where ", " in which ", "."].iter().any(|t| after.starts_with(t));
            let titled = ctx.title_spans().any(|(t, _)| t.start >= end && t.start <= end + 12);
            if !(copula && typed || titled || copula && after.is_empty()) {
                continue;
            }
            if out.iter().any(|f| matches!(&f.claim, Claim::Genre { genre: g } if *g == genre) && f.span.start == ctx.abs(start)) {
                continue;
            }
            let show = if titled {
                ctx.title_spans().find(|(t, _)| t.start >= end).map_or(ShowRef::Focus, |(_, n)| ShowRef::Named(n.to_string()))
            } else {
                ctx.show_near(at)
            };
            ctx.push(out, show, Claim::Genre { genre }, 0.8, "genre.noun_phrase", start..end);
        }
    }
}

/// The longest run of genre words from byte `from` that holds a head; trailing `drama` kept
/// when the run names a kind of drama (`legal drama`).
fn genre_run(lower: &str, from: usize) -> Option<(usize, usize, String)> {
    let mut end = from;
    let mut words = Vec::new();
    let mut at = from;
    while at < lower.len() {
        let rest = &lower[at..];
        let w_end = rest.find(|c: char| !(c.is_ascii_alphabetic() || c == '-')).unwrap_or(rest.len());
        let w = &rest[..w_end];
        if w.is_empty() || !GENRE_WORDS.contains(&w) {
            break;
        }
        words.push(w);
        end = at + w_end;
        if !rest[w_end..].starts_with(' ') {
            break;
        }
        at += w_end + 1;
    }
    let has_head = words.iter().any(|w| HEADS.contains(w));
    let drama_kind = !words.is_empty() && lower[end..].starts_with(" drama") && words.iter().any(|w| ["legal", "medical", "historical", "period", "family", "political", "youth", "sports", "office", "human", "healing", "teen", "workplace", "revenge", "courtroom", "hospital", "business", "romance", "fantasy", "crime", "mystery", "romantic", "thriller", "action", "coming-of-age", "school", "high", "investigative", "cooking", "idol", "music"].contains(w));
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
    fn genre_runs() {
        assert_eq!(genre_run("romantic comedy that tells", 0).map(|g| g.2), Some("romantic comedy".into()));
        assert_eq!(genre_run("legal drama about", 0).map(|g| g.2), Some("legal drama".into()));
        assert_eq!(genre_run("mystery-thriller", 0).map(|g| g.2), Some("mystery-thriller".into()));
        assert_eq!(genre_run("humble lawyer", 0), None);
    }
}

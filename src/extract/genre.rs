//! Genre: `is a romantic comedy`, `the mystery-thriller X`, `Genre: Romantic Fantasy / Suspense`.

use super::context::find_words;
use super::{Ctx, RawFact, ShowRef};
use crate::extract::fact::Claim;
use crate::text::BlockKind;

/// Genre words; a genre is a run of them (`romantic comedy`, `revenge thriller`).
const GENRE_WORDS: &[&str] = &[
    "romantic",
    "romance",
    "comedy",
    "rom-com",
    "romcom",
    "thriller",
    "mystery",
    "melodrama",
    "fantasy",
    "horror",
    "action",
    "crime",
    "legal",
    "medical",
    "historical",
    "period",
    "sageuk",
    "sci-fi",
    "science",
    "fiction",
    "coming-of-age",
    "slice-of-life",
    "family",
    "political",
    "psychological",
    "zombie",
    "youth",
    "sports",
    "suspense",
    "noir",
    "office",
    "black",
    "dark",
    "satire",
    "satirical",
    "musical",
    "documentary",
    "animated",
    "war",
    "disaster",
    "supernatural",
    "time-travel",
    "time-slip",
    "workplace",
    "business",
    "revenge",
    "healing",
    "teen",
    "school",
    "high",
    "investigative",
    "procedural",
    "spy",
    "heist",
    "adventure",
    "superhero",
    "dystopian",
    "apocalyptic",
    "post-apocalyptic",
    "survival",
    "occult",
    "fantasy-romance",
    "mystery-thriller",
    "action-thriller",
    "crime-thriller",
    "romantic-comedy",
    "dramedy",
    "mockumentary",
    "anthology",
    "western",
    "epic",
    "martial",
    "arts",
    "wuxia",
    "espionage",
    "detective",
    "courtroom",
    "hospital",
    "human",
    "character",
    "love",
    "story",
    "tragedy",
    "tragicomedy",
    "whodunit",
    "slasher",
    "monster",
    "creature",
    "vampire",
    "gothic",
    "cooking",
    "culinary",
    "idol",
    "music",
    "musical",
];

/// Genre heads that stand alone; a run must hold one of them to count.
const HEADS: &[&str] = &[
    "comedy",
    "rom-com",
    "romcom",
    "thriller",
    "mystery",
    "melodrama",
    "fantasy",
    "horror",
    "romance",
    "sageuk",
    "sci-fi",
    "fiction",
    "suspense",
    "noir",
    "satire",
    "musical",
    "documentary",
    "action",
    "crime",
    "dramedy",
    "mockumentary",
    "tragedy",
    "tragicomedy",
    "whodunit",
    "slasher",
    "mystery-thriller",
    "action-thriller",
    "crime-thriller",
    "romantic-comedy",
    "fantasy-romance",
    "adventure",
    "western",
    "procedural",
    "espionage",
    "coming-of-age",
    "slice-of-life",
    "heist",
    "zombie",
    "survival",
    "apocalyptic",
    "spy",
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
            for part in value
                .split(['/', ',', '|', ';'])
                .flat_map(|p| p.split(" and "))
            {
                let start = value[at..].find(part).map_or(at, |i| at + i);
                at = start + part.len();
                let g = part.trim().trim_end_matches('.');
                if !g.is_empty() && g.split_whitespace().count() <= 4 {
                    let off = start + part.len() - part.trim_start().len();
                    ctx.push(
                        out,
                        ShowRef::Focus,
                        Claim::Genre {
                            genre: g.to_string(),
                        },
                        0.9,
                        "genre.label",
                        base + off..base + off + g.len(),
                    );
                }
            }
            return;
        }
        return;
    }
    // `is a romantic comedy`, `the mystery-thriller X`, `the kind of melodrama that`.
    for article in [
        "a", "an", "the", "this", "its", "kind of", "sort of", "type of", "romantic", "new",
    ] {
        for at in find_words(&lower, article) {
            let from = if ["romantic", "new"].contains(&article) {
                at
            } else {
                at + article.len() + 1
            };
            if from >= lower.len() {
                continue;
            }
            // Modifiers may stand between: `the eight-part British thriller`.
            let from = skip_modifiers(&lower, from);
            let Some((start, end, genre)) = genre_run(&lower, from) else {
                continue;
            };
            let head = lower[..at].trim_end();
            let copula = article.ends_with(" of")
                || [
                    "is",
                    "was",
                    "as",
                    "be",
                    "it's",
                    "is also",
                    "called",
                    "described as",
                    "billed as",
                    "remains",
                    "becomes",
                    "became",
                ]
                .iter()
                .any(|c| head.ends_with(c));
            let after = &lower[end..];
            let next_word: String = after
                .trim_start_matches([' ', '-'])
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            let not_genre = [
                "writer",
                "actor",
                "actress",
                "director",
                "fan",
                "fans",
                "star",
                "icon",
                "legend",
                "veteran",
                "specialist",
                "genius",
                "queen",
                "king",
                "club",
                "channel",
                "novel",
                "book",
                "webtoon",
                "scene",
                "scenes",
                "genre",
                "element",
                "elements",
                "vibe",
                "vibes",
                "between",
                "of",
                "line",
                "lines",
                "storyline",
                "plot",
            ];
            let titled = ctx
                .title_spans()
                .any(|(t, _)| t.start >= end && t.start <= end + 12);
            // `the thriller follows`: the genre names the show in focus.
            let anaphoric = matches!(article, "the" | "this" | "its")
                && (genre.contains(' ')
                    || STRONG_ANAPHORS.contains(&genre.as_str())
                    || TYPE_NOUNS.contains(&next_word.as_str()))
                && (ANAPHOR_VERBS.contains(&next_word.as_str())
                    || TYPE_NOUNS.contains(&next_word.as_str()));
            // `Lantern Street 1987, a period drama`: an appositive to a title.
            let appositive = head.ends_with(',')
                && ctx
                    .title_spans()
                    .any(|(t, _)| t.end <= at && lower[t.end..at].trim() == ",");
            if not_genre.contains(&next_word.as_str())
                || !(copula || titled || anaphoric || appositive)
            {
                continue;
            }
            if out.iter().any(|f| {
                matches!(&f.claim, Claim::Genre { genre: g } if *g == genre)
                    && f.span.start == ctx.abs(start)
            }) {
                continue;
            }
            let show = if titled {
                ctx.title_spans()
                    .find(|(t, _)| t.start >= end)
                    .map_or(ShowRef::Focus, |(_, n)| ShowRef::Named(n.to_string()))
            } else {
                ctx.show_near(at)
            };
            let confidence = if anaphoric && !copula && !titled && !appositive {
                0.7
            } else {
                0.8
            };
            ctx.push(
                out,
                show,
                Claim::Genre { genre },
                confidence,
                "genre.noun_phrase",
                start..end,
            );
        }
    }
}

/// Type nouns after a genre: `the coming-of-age drama, about`.
const TYPE_NOUNS: &[&str] = &[
    "drama",
    "series",
    "film",
    "movie",
    "show",
    "k-drama",
    "miniseries",
    "sitcom",
];

/// Genres that stand for the show on their own: `the melodrama drew`.
const STRONG_ANAPHORS: &[&str] = &[
    "thriller",
    "melodrama",
    "rom-com",
    "romcom",
    "sageuk",
    "mystery-thriller",
    "dramedy",
    "sitcom",
    "whodunit",
];

/// Verbs after `the GENRE` that make it the show in focus.
const ANAPHOR_VERBS: &[&str] = &[
    "follows",
    "airs",
    "comes",
    "came",
    "opens",
    "opened",
    "hits",
    "debuts",
    "debuted",
    "premieres",
    "draws",
    "tells",
    "stars",
    "centers",
    "centres",
    "revolves",
    "passed",
    "drew",
    "recorded",
    "topped",
    "premiered",
    "aired",
    "is",
    "was",
    "has",
    "had",
    "features",
    "became",
    "continues",
    "ranked",
    "surpassed",
    "amassed",
    "garnered",
    "earned",
    "reached",
    "depicts",
    "portrays",
    "marks",
    "will",
    "also",
    "concluded",
    "ended",
    "returns",
];

/// Words between an article and a genre that are not genres: counts of parts, nationalities,
/// `upcoming`, `new`. Returns the offset after them.
fn skip_modifiers(lower: &str, mut at: usize) -> usize {
    const MODIFIERS: &[&str] = &[
        "upcoming",
        "new",
        "hit",
        "latest",
        "acclaimed",
        "british",
        "korean",
        "south",
        "american",
        "spanish",
        "japanese",
        "chinese",
        "french",
        "german",
        "weekend",
        "original",
        "popular",
        "beloved",
        "critically",
        "gripping",
        "quirky",
        "charming",
        "dark",
        "twisty",
        "slow-burn",
        "award-winning",
        "star-studded",
        "cozy",
        "heartwarming",
        "netflix",
        "tvn",
        "jtbc",
        "sbs",
        "mbc",
        "kbs2",
        "ena",
        "hbo",
        "bbc",
        "disney+",
        "korean-language",
        "english-language",
    ];
    for _ in 0..4 {
        let rest = &lower[at..];
        let end = rest.find(' ').unwrap_or(rest.len());
        let w = &rest[..end];
        let counted = ["-part", "-episode", "-hour", "-minute"]
            .iter()
            .any(|u| w.ends_with(u));
        if (MODIFIERS.contains(&w) || counted) && end < rest.len() && !GENRE_WORDS.contains(&w) {
            at += end + 1;
        } else {
            break;
        }
    }
    at
}

/// The longest run of genre words from byte `from` that holds a head; trailing `drama` kept
/// when the run names a kind of drama (`legal drama`).
fn genre_run(lower: &str, from: usize) -> Option<(usize, usize, String)> {
    let mut end = from;
    let mut words = Vec::new();
    let mut at = from;
    while at < lower.len() {
        let rest = &lower[at..];
        let w_end = rest
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
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
    // `legal drama`: a kind of drama whose first word is no genre alone.
    let drama_kind = !has_head
        && lower[end..].starts_with(" drama")
        && words.iter().any(|w| {
            [
                "legal",
                "medical",
                "historical",
                "period",
                "family",
                "political",
                "youth",
                "sports",
                "office",
                "human",
                "healing",
                "teen",
                "workplace",
                "revenge",
                "courtroom",
                "hospital",
                "business",
                "school",
                "high",
                "investigative",
                "cooking",
                "idol",
                "music",
                "war",
                "disaster",
                "supernatural",
            ]
            .contains(w)
        });
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
        assert_eq!(
            genre_run("romantic comedy that tells", 0).map(|g| g.2),
            Some("romantic comedy".into())
        );
        assert_eq!(
            genre_run("legal drama about", 0).map(|g| g.2),
            Some("legal drama".into())
        );
        assert_eq!(
            genre_run("mystery-thriller", 0).map(|g| g.2),
            Some("mystery-thriller".into())
        );
        assert_eq!(genre_run("humble lawyer", 0), None);
    }
}

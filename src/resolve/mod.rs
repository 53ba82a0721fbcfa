//! Resolution within one article: mentions to entities, `the drama` to the show in focus, name variants to one name.
//!
//! Resolution is a pure function of one article, so extraction can be sharded across machines;
//! what needs other articles to decide is the graph's business.

mod json;
mod key;
mod record;

use std::collections::{BTreeMap, BTreeSet};

use key::push_name_key;

pub use json::write_record;
pub use key::{name_key, person_slug, slug};
pub use record::{ArticleInfo, ArticleRecord, EntityRecord, EntityType, into_record, record};

use crate::extract::{Claim, Evidence, Extraction, Fact, RawFact, ShowRef, ShowType};
use crate::text::{Article, CharIndex};

/// What kind of thing an entity is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    /// A TV series or film.
    Show(ShowType),
    /// A real person: actor, writer, director.
    Person,
    /// A fictional character of a show (the show's canonical name).
    Character(String),
    /// A network, streaming service or other organisation.
    Organization,
}

/// One entity of an article: its canonical name and the other forms seen.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entity {
    /// The kind.
    pub kind: EntityKind,
    /// The canonical name.
    pub name: String,
    /// Every other surface form seen for it.
    pub alternate_names: BTreeSet<String>,
}

/// An article's facts with canonical names, and the entities they name.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Facts, deduplicated, in text order.
    pub facts: Vec<Fact>,
    /// Entities, sorted by kind and name.
    pub entities: Vec<Entity>,
}

impl Resolved {
    /// Keeps the facts whose confidence is at least `min`, and the entities they still name.
    pub fn with_min_confidence(mut self, min: f64) -> Self {
        self.facts.retain(|f| f.confidence >= min);
        // The names the facts use, in a hash set (a sorted vector cost a sort of every name
        // of every fact, a show's once per fact). Only looked up: the hasher plays no part in
        // the output.
        let mut named: rustc_hash::FxHashSet<&str> =
            rustc_hash::FxHashSet::with_capacity_and_hasher(
                self.facts.len() * 2,
                Default::default(),
            );
        let mut last_show: Option<&str> = None;
        for f in &self.facts {
            match &f.claim {
                Claim::Cast { actor, character } => {
                    named.insert(actor);
                    named.extend(character.as_deref());
                }
                Claim::Writer { person } | Claim::Director { person } => {
                    named.insert(person);
                }
                Claim::Network { org } | Claim::Streaming { org } => {
                    named.insert(org);
                }
                _ => {}
            }
            // Facts come in runs of one show.
            if last_show != Some(f.show.as_str()) {
                named.insert(&f.show);
                last_show = Some(&f.show);
            }
        }
        let keep: Vec<bool> = self
            .entities
            .iter()
            .map(|e| named.contains(e.name.as_str()))
            .collect();
        let mut keep = keep.into_iter();
        self.entities.retain(|_| keep.next().unwrap_or(false));
        self
    }
}

/// Groups surface forms by a key; the canonical form is the most frequent, then the first seen.
#[derive(Debug, Default, Clone)]
struct Names {
    /// Key to form to (count, order of first sighting).
    groups: BTreeMap<String, BTreeMap<String, (usize, usize)>>,
    seen: usize,
    /// Keys folded into another group, as typos of it.
    folded: BTreeMap<String, String>,
}

/// Levenshtein distance over chars, capped at 3: `fold_typos` asks only whether it is 1 or 2.
/// Every cell more than two off the diagonal is at least 3, so only the five diagonals around
/// it are computed (a row of five cells per char of `a`), and the rows stop once every cell is
/// 3; ASCII keys (most) are compared byte by byte without collecting their chars.
fn edit_distance(a: &str, b: &str) -> usize {
    if a.is_ascii() && b.is_ascii() {
        capped_distance(a.as_bytes(), b.as_bytes())
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        capped_distance(&a, &b)
    }
}

/// [`edit_distance`] over two sequences: cell `k` of a row `i` is the distance from the first
/// `i` items of `a` to the first `i + k - 2` of `b`, capped at 3 (the value of every cell
/// outside the table or the band).
fn capped_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    const CAP: u8 = 3;
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    // Row 0: the distance from nothing to the first j items of b is j.
    let mut prev = [CAP, CAP, 0, 1, 2];
    for (k, cell) in prev.iter_mut().enumerate().skip(2) {
        if k - 2 > b.len() {
            *cell = CAP;
        }
    }
    for i in 1..=a.len() {
        let mut cur = [CAP; 5];
        for k in 0..5 {
            // The column, j = i + k - 2, inside the table.
            let Some(j) = (i + k).checked_sub(2).filter(|&j| j <= b.len()) else {
                continue;
            };
            cur[k] = if j == 0 {
                CAP.min(u8::try_from(i).unwrap_or(CAP))
            } else {
                let sub = prev[k] + u8::from(a[i - 1] != b[j - 1]);
                let del = prev.get(k + 1).map_or(CAP, |&d| d + 1);
                let ins = k.checked_sub(1).map_or(CAP, |l| cur[l] + 1);
                sub.min(del).min(ins).min(CAP)
            };
        }
        if cur.iter().all(|&d| d == CAP) {
            return 3;
        }
        prev = cur;
    }
    usize::from(prev[b.len() + 2 - a.len()])
}

impl Names {
    /// Counts a sighting of a form under its key. The key and the form are copied only when
    /// new (most sightings repeat a form).
    fn add(&mut self, key: &str, surface: &str) {
        self.seen += 1;
        let seen = self.seen;
        // One search of the groups: a new key's group is made with its first form.
        match self.groups.get_mut(key) {
            Some(forms) => match forms.get_mut(surface) {
                Some(entry) => entry.0 += 1,
                None => {
                    forms.insert(surface.to_string(), (1, seen));
                }
            },
            None => {
                self.groups.insert(
                    key.to_string(),
                    BTreeMap::from([(surface.to_string(), (1, seen))]),
                );
            }
        }
    }

    /// Number of sightings of a key.
    fn count(&self, key: &str) -> usize {
        self.groups
            .get(self.resolve_key(key))
            .map_or(0, |forms| forms.values().map(|c| c.0).sum())
    }

    /// Folds near-miss spellings into the form the article uses more: a typo of a name seen
    /// in the same article (`Heartbeat Hotine` for `Heartbeat Hotline`). `strict` (people)
    /// folds only a dropped last letter or a single slip against a name seen three times,
    /// since real names often differ by one letter (`Ji-won`, `Ji-woo`).
    fn fold_typos(&mut self, strict: bool) {
        if self.groups.len() > 400 {
            return;
        }
        // Each key with its count and its length in chars, counted once: the pairs below
        // counted both keys' chars again for each pair.
        let mut keys: Vec<(usize, String, usize)> = self
            .groups
            .keys()
            .map(|k| (self.count(k), k.clone(), k.chars().count()))
            .collect();
        keys.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.len().cmp(&a.1.len())));
        for i in (0..keys.len()).rev() {
            let (n, k, a) = (keys[i].0, keys[i].1.as_str(), keys[i].2);
            let target = keys[..i].iter().find(|(m, other, b)| {
                // The distance is computed last, only for pairs the cheap tests leave.
                let d = || edit_distance(k, other);
                let len = a.min(*b);
                // The distance is at least the difference in length: pairs further apart
                // than the distance sought are left without computing it.
                let apart = a.abs_diff(*b);
                if strict {
                    let truncated = other.starts_with(k) && other.len() == k.len() + 1;
                    len >= 9 && (truncated || (n == 1 && *m >= 3 && apart <= 1 && d() == 1))
                } else {
                    len >= 8
                        && apart <= 2
                        && match d() {
                            1 => true,
                            2 => len >= 14,
                            _ => false,
                        }
                }
            });
            if let Some((_, into, _)) = target {
                let into = into.clone();
                if let Some(forms) = self.groups.remove(k) {
                    let group = self.groups.entry(into.clone()).or_default();
                    for (form, c) in forms {
                        group.entry(form).or_insert((0, c.1)).0 += c.0;
                    }
                }
                self.folded.insert(k.to_string(), into);
            }
        }
    }

    /// The group a key ended in after folding.
    fn resolve_key<'a>(&'a self, key: &'a str) -> &'a str {
        self.folded.get(key).map_or(key, String::as_str)
    }

    fn canonical(&self, key: &str) -> Option<String> {
        self.canonical_ref(key).map(str::to_string)
    }

    /// [`Names::canonical`] without the copy: the names of a key ([`name_tails`],
    /// [`name_heads`]) are looked at, and most are not kept.
    fn canonical_ref(&self, key: &str) -> Option<&str> {
        let forms = self.groups.get(self.resolve_key(key))?;
        // A form with small letters over an upper-case heading's (`Harbor Ghosts`, not
        // `HARBOR GHOSTS`); then the most frequent; ties go to the hyphenated romanisation,
        // then to the first seen.
        let cased = |f: &str| f.chars().any(char::is_lowercase);
        forms
            .iter()
            .max_by(|a, b| {
                cased(a.0)
                    .cmp(&cased(b.0))
                    .then_with(|| a.1.0.cmp(&b.1.0))
                    .then_with(|| a.0.contains('-').cmp(&b.0.contains('-')))
                    .then(b.1.1.cmp(&a.1.1))
            })
            .map(|(f, _)| f.as_str())
    }

    fn alternates(&self, key: &str, canonical: &str) -> BTreeSet<String> {
        self.groups
            .get(self.resolve_key(key))
            .map(|forms| forms.keys().filter(|f| *f != canonical).cloned().collect())
            .unwrap_or_default()
    }
}

/// Resolves one article's raw facts.
pub fn resolve(article: &Article, ex: Extraction) -> Resolved {
    let chars = CharIndex::new(&article.text);
    // The show in focus for facts that do not name one: the last title mentioned before the
    // fact, else the article's most mentioned title.
    let mut titles = Names::default();
    // Each mention's key, made once (the salience below looks at every mention per title).
    let title_keys: Vec<String> = ex.titles.iter().map(|m| name_key(&m.text)).collect();
    for (m, k) in ex.titles.iter().zip(&title_keys) {
        titles.add(k, &m.text);
    }
    // The most salient title: most mentions, then earliest. A typo's mentions count for the
    // name it misspells (`Jeongnyoen` for `Jeongnyeon`).
    let mut salient = titles.clone();
    salient.fold_typos(false);
    let dominant = salient
        .groups
        .keys()
        .map(|k| {
            let first = title_keys
                .iter()
                .position(|m| salient.resolve_key(m) == k)
                .unwrap_or(usize::MAX);
            // A title in the headline or first paragraph counts twice.
            let early = ex
                .titles
                .iter()
                .zip(&title_keys)
                .any(|(m, mk)| salient.resolve_key(mk) == k && m.block <= 1);
            (
                salient.count(k) + if early { 2 } else { 0 },
                std::cmp::Reverse(first),
                k.clone(),
            )
        })
        .max()
        .map(|(_, _, k)| k);
    // Sentence-leading title mentions per block, in text order.
    let mut leading: BTreeMap<usize, Vec<&crate::extract::Mention>> = BTreeMap::new();
    for m in ex.titles.iter().filter(|m| m.leads) {
        leading.entry(m.block).or_default().push(m);
    }
    let mut people = Names::default();
    // Each fact with its show and the show's key.
    let mut raw: Vec<(String, String, RawFact)> = Vec::new();
    let mut show_keys = LastKey::default();
    // The season names stripped from each show (by the show's key): kept as alternate names,
    // so a catalogue that lists seasons apart still finds them.
    let mut seasons: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in ex.facts {
        let show = match &f.show {
            ShowRef::Named(n) => n.clone(),
            ShowRef::Focus => {
                // The list item's show, else the last title of the same paragraph, else the
                // article's most salient show.
                let in_block = leading.get(&f.block).and_then(|ms| {
                    ms[..ms.partition_point(|m| m.span.start < f.span.start)].last()
                });
                let chosen = f
                    .section
                    .clone()
                    .or_else(|| in_block.map(|m| m.text.clone()))
                    .or_else(|| dominant.as_ref().and_then(|k| titles.canonical(k)));
                match chosen {
                    Some(t) => t,
                    None => continue,
                }
            }
        };
        let whole = strip_season(&show);
        // A season's episodes and dates are not the show's.
        if whole.len() != show.len()
            && matches!(
                f.claim,
                Claim::Episodes { .. } | Claim::Premiere { .. } | Claim::Finale { .. }
            )
        {
            continue;
        }
        let stripped = (whole.len() != show.len()).then(|| show.clone());
        let show = whole.to_string();
        let key = show_keys.key(&show).to_string();
        titles.add(&key, &show);
        if let Some(season) = stripped {
            seasons.entry(key.clone()).or_default().insert(season);
        }
        match &f.claim {
            Claim::Cast { actor, .. }
            | Claim::Writer { person: actor }
            | Claim::Director { person: actor } => {
                people.add(&person_key(actor), actor);
            }
            _ => {}
        }
        raw.push((show, key, f));
    }
    titles.fold_typos(false);
    people.fold_typos(true);
    let mut characters = Names::default();
    let mut facts: Vec<Fact> = Vec::new();
    let tails = name_tails(&people);
    let heads = std::cell::OnceCell::new();
    for (show, key, f) in raw {
        let show_name = titles.canonical(&key).unwrap_or(show);
        let canon = |n: &String| {
            full_name(&people, &heads, &tails, n)
                .or_else(|| people.canonical(&person_key(n)))
                .filter(|c| c.contains(' '))
                .or_else(|| full_person(&article.text, n))
                .unwrap_or_else(|| n.clone())
        };
        let claim = match f.claim {
            Claim::Cast { actor, character } => {
                let actor = canon(&actor);
                // A one-word name that no full name of the article explains is too weak,
                // unless the article gives it as a stage name after its group.
                if !actor.contains(' ') && !stage_name_in(&article.text, &actor) {
                    continue;
                }
                // `takes on the role of Chae-rin` after `the story of Min Chae-rin`; `Sheriff
                // Wade Lutz` is Wade Lutz.
                let character = character
                    .map(|c| strip_rank(&c).to_string())
                    .map(|c| full_character(&article.text, &c).unwrap_or(c));
                if let Some(c) = &character {
                    characters.add(&pair_key(&show_name, c), c);
                }
                Claim::Cast { actor, character }
            }
            // A one-word credit that no full name of the article explains is too weak. The
            // name is made once (a guard made it and the arm again).
            Claim::Writer { person } => match canon(&person) {
                person if person.contains(' ') => Claim::Writer { person },
                _ => continue,
            },
            Claim::Director { person } => match canon(&person) {
                person if person.contains(' ') => Claim::Director { person },
                _ => continue,
            },
            Claim::Genre { genre } => Claim::Genre {
                genre: genre.to_lowercase(),
            },
            other => other,
        };
        let text = article.text[f.span.clone()].to_string();
        facts.push(Fact {
            show: show_name,
            claim,
            confidence: f.confidence,
            evidence: Evidence {
                rule: f.rule.to_string(),
                byte_start: f.span.start,
                byte_end: f.span.end,
                char_start: chars.char_offset(&article.text, f.span.start),
                char_end: chars.char_offset(&article.text, f.span.end),
                text,
            },
        });
    }
    // Canonical character names per show.
    for f in &mut facts {
        if let Claim::Cast {
            character: Some(c), ..
        } = &mut f.claim
        {
            let k = pair_key(&f.show, c);
            if let Some(canonical) = characters.canonical(&k) {
                *c = canonical;
            }
        }
    }
    let mut facts = dedupe(facts);
    chart_streaming(&article.text, &mut facts);
    // The shows the slate names as subjects, by canonical name, with where they are named.
    // Built only for an article the slate rule accepts.
    let named = || -> Vec<(String, Evidence)> {
        ex.titles
            .iter()
            .filter(|m| m.leads && !m.past)
            .map(|m| {
                let show = titles
                    .canonical(&name_key(&m.text))
                    .unwrap_or_else(|| m.text.clone());
                let evidence = Evidence {
                    rule: String::new(),
                    byte_start: m.span.start,
                    byte_end: m.span.end,
                    char_start: chars.char_offset(&article.text, m.span.start),
                    char_end: chars.char_offset(&article.text, m.span.end),
                    text: article.text[m.span.clone()].to_string(),
                };
                (strip_season(&show).to_string(), evidence)
            })
            .collect()
    };
    slate_owner(&article.text, &mut facts, named);
    let entities = entities(&facts, &titles, &people, &characters, &seasons);
    Resolved { facts, entities }
}

/// A show's name without the season a chart or list names (`One Piece: Season 1`, `Archer
/// Season 11`, `Bridgerton (Season 3)`): facts about a season are facts about the show.
fn strip_season(show: &str) -> &str {
    let t = show.trim_end_matches(')');
    // The season's number ends the name: most names end in a letter and are left without
    // looking for the three spellings of `Season` (about 600 instructions a name).
    if !t.ends_with(|c: char| c.is_ascii_digit()) {
        return show;
    }
    // `EXTRAORDINARY SEASON 2` as a listicle's upper-case heading too.
    // `Money Heist part 4`: a chart's part of a series, as a season.
    let Some(i) = rfind_spaced(t, " Season ")
        .or_else(|| rfind_spaced(t, " season "))
        .or_else(|| rfind_spaced(t, " SEASON "))
        .or_else(|| rfind_spaced(t, " part ").filter(|&i| t.len() - i <= " part 99".len()))
        .or_else(|| rfind_spaced(t, " Part ").filter(|&i| t.len() - i <= " Part 99".len()))
    else {
        return show;
    };
    let n = &t[t[i + 1..].find(' ').map_or(t.len(), |j| i + 1 + j + 1)..];
    if n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()) {
        return show;
    }
    let head = show[..i].trim_end_matches([':', ',', '-', '–', '(', ' ']);
    if head.is_empty() { show } else { head }
}

/// `hay.rfind(needle)` for a needle that opens with a space, without a Two-Way searcher per
/// call: the hay's spaces, last first (memrchr), tested for the needle.
fn rfind_spaced(hay: &str, needle: &str) -> Option<usize> {
    debug_assert!(needle.starts_with(' '));
    let h = hay.as_bytes();
    memchr::memrchr_iter(b' ', h).find(|&i| h[i..].starts_with(needle.as_bytes()))
}

/// The series a numbered season's name stands for (`Stranger Things 4`, `Taxi Driver 2`):
/// the name without a trailing season number from 2 to 12, kept as an alternate name, as news
/// calls the season by the series' name too. Not a number that belongs to the title (`Miracle
/// in Cell No. 7`, `Chapter 2`, `Route 66`).
fn season_stem(show: &str) -> Option<&str> {
    let (stem, n) = show.rsplit_once(' ')?;
    let n: u32 = n.parse().ok().filter(|_| n.len() <= 2)?;
    let last = stem.rsplit(' ').next().unwrap_or(stem);
    let numbered_word = [
        "No.", "No", "Number", "Part", "Chapter", "Vol.", "Volume", "Episode", "Cell", "Ward",
        "Room", "Apollo", "Juror", "Route", "Ocean's", "Super", "Class", "Year",
    ]
    .contains(&last)
        || crate::extract::atoms::title::is_function_word(&last.to_lowercase());
    ((2..=12).contains(&n) && !numbered_word && stem.chars().any(char::is_alphabetic))
        .then_some(stem)
}

/// A character's name without a rank or profession before it (`Dr. Amira Khan`), when a
/// full name remains.
fn strip_rank(c: &str) -> &str {
    const RANKS: &[&str] = &[
        "Dr. ",
        "Dr ",
        "Doctor ",
        "Sheriff ",
        "Detective ",
        "Det. ",
        "Officer ",
        "Captain ",
        "Capt. ",
        "Inspector ",
        "Agent ",
        "Professor ",
        "Prof. ",
        "Sergeant ",
        "Sgt. ",
        "Chief ",
        "Lieutenant ",
        "Superintendent ",
        "Constable ",
        "Lt. ",
        "Nurse ",
        "Judge ",
        "Deputy ",
        "Coach ",
        "Attorney ",
        "Prosecutor ",
        "Mr. ",
        "Mrs. ",
        "Ms. ",
    ];
    // `Detective Inspector Maud Fenwick`: ranks stack.
    let mut c = c;
    while let Some(rest) = RANKS
        .iter()
        .find_map(|r| c.strip_prefix(r))
        .filter(|rest| rest.contains(' '))
    {
        c = rest;
    }
    // `Grandma Gil-ja`, `Auntie Mi-ja`: a family word before a given name is a form of address.
    const KIN: &[&str] = &[
        "Grandma ",
        "Grandpa ",
        "Granny ",
        "Grandmother ",
        "Grandfather ",
        "Auntie ",
        "Aunt ",
        "Uncle ",
    ];
    if let Some(rest) = KIN.iter().find_map(|k| c.strip_prefix(k))
        && rest.chars().count() >= 2
        && rest.starts_with(char::is_uppercase)
        && !crate::extract::atoms::names::is_korean_surname(rest)
    {
        c = rest;
    }
    c
}

/// Whether the text names `name` after an idol group (`VERTEX's Hyunsoo`) or with its group
/// in brackets (`Yoona (SNSD)`): a stage name.
fn stage_name_in(text: &str, name: &str) -> bool {
    use crate::extract::atoms::names;
    crate::extract::find_words(text, name)
        .into_iter()
        .any(|at| {
            let bracketed = text[at + name.len()..]
                .strip_prefix(" (")
                .and_then(|r| r.split_once(')'))
                .is_some_and(|(group, _)| names::is_group(group));
            if bracketed {
                return true;
            }
            let head = &text[..at];
            let Some(head) = head
                .strip_suffix("'s ")
                .or_else(|| head.strip_suffix("’s "))
            else {
                return false;
            };
            let group = head.rsplit([' ', '\n', '(', '"', '“']).next().unwrap_or("");
            names::is_group(group)
                && names::stage_name(&text[at..]).is_ok_and(|(_, w)| w.len() == name.len())
        })
}

/// The one full name the article gives a character named by one word: `Min Chae-rin` for
/// `Chae-rin` (a Korean surname before it), `Nora Vance` for `Nora` (a surname after it).
fn full_character(text: &str, c: &str) -> Option<String> {
    if c.contains(' ') || c.chars().count() < 2 {
        return None;
    }
    let mut found: BTreeSet<String> = BTreeSet::new();
    for at in crate::extract::find_words(text, c) {
        let before = text[..at].trim_end_matches(' ');
        let surname = before.rsplit(' ').next().unwrap_or("");
        if at > before.len()
            && crate::extract::atoms::names::is_korean_surname(surname)
            && text[at + c.len()..]
                .chars()
                .next()
                .is_none_or(|n| !n.is_alphanumeric())
        {
            found.insert(format!("{surname} {c}"));
        }
        let after = &text[at..];
        if let Ok((_, full)) = crate::extract::atoms::names::western_name(after)
            && full.starts_with(c)
            && full.len() > c.len()
            && full.split_whitespace().count() == 2
        {
            found.insert(full.to_string());
        }
    }
    (found.len() == 1)
        .then(|| found.into_iter().next())
        .flatten()
}

/// The one full name the article gives a person named by a surname alone when no fact names
/// them in full: `Lena Marsh` for `Marsh` (`comes from Lena Marsh. Marsh, who directed`).
fn full_person(text: &str, surname: &str) -> Option<String> {
    if surname.contains(' ') || surname.chars().count() < 3 {
        return None;
    }
    let mut found: BTreeSet<String> = BTreeSet::new();
    for at in crate::extract::find_words(text, surname) {
        let end = at + surname.len();
        let head = &text[..at];
        // Up to two capitalised words right before the surname.
        for words in 1..=2 {
            let Some(start) = head
                .char_indices()
                .rev()
                .filter(|&(i, _)| i == 0 || head[..i].ends_with([' ', '\n', '(', '"', '“']))
                .nth(words - 1)
                .map(|(i, _)| i)
            else {
                break;
            };
            if let Ok((_, full)) = crate::extract::atoms::names::western_name(&text[start..])
                && start + full.len() == end
            {
                found.insert(full.to_string());
                break;
            }
        }
    }
    (found.len() == 1)
        .then(|| found.into_iter().next())
        .flatten()
}

/// Netflix's own list names: they say whose chart it is even when the article never names it.
const NETFLIX_LISTS: [&str; 4] = [
    "non-english tv list",
    "non-english films list",
    "english tv list",
    "english films list",
];

/// Words of a chart report.
const CHART_WORDS: [&str; 12] = [
    "top 10",
    "top ten",
    "top-10",
    "most popular list",
    "non-english tv",
    "non-english film",
    "english-language series",
    "english-language film",
    "netflix chart",
    "engagement report",
    "most-watched title",
    "most-viewed",
];

/// Whether a lower-cased text reports on Netflix's chart: it holds one of [`NETFLIX_LISTS`],
/// or `netflix` and one of [`CHART_WORDS`] or else `only_netflix()`. `str::contains` of each
/// phrase, with one memmem searcher per phrase built once per process instead of a Two-Way
/// searcher per phrase per article; the chart words are searched only in a text that holds
/// `netflix` (two in three generated articles do not), as the test of the answer asks them.
fn chart_report(lower: &str, only_netflix: impl FnOnce() -> bool) -> bool {
    use memchr::memmem::Finder;
    static FINDERS: std::sync::LazyLock<(Vec<Finder<'static>>, Vec<Finder<'static>>)> =
        std::sync::LazyLock::new(|| {
            (
                NETFLIX_LISTS.iter().map(Finder::new).collect(),
                CHART_WORDS.iter().map(Finder::new).collect(),
            )
        });
    let (lists, chart) = &*FINDERS;
    let any = |fs: &[Finder<'static>]| fs.iter().any(|f| f.find(lower.as_bytes()).is_some());
    any(lists)
        || (memchr::memmem::find(lower.as_bytes(), b"netflix").is_some()
            && (any(chart) || only_netflix()))
}

/// In a report on Netflix's Top 10, a show measured in views or hours viewed is on Netflix
/// (the chart ranks nothing else) unless the article puts it on another service.
fn chart_streaming(text: &str, facts: &mut Vec<Fact>) {
    let lower = text.to_ascii_lowercase();
    // An article about Netflix that names no other service: its views and hours are Netflix's.
    // Asked last, when the cheaper tests leave the answer open.
    let only_netflix = || {
        !crate::extract::atoms::org::find_orgs(text)
            .iter()
            .any(|(_, o)| {
                o.kind == crate::extract::atoms::org::OrgKind::Streaming && o.name != "Netflix"
            })
    };
    if !chart_report(&lower, only_netflix) {
        return;
    }
    // Measured in views or hours, or ranked on the chart (`which claimed the sixth spot`).
    let charted = |f: &Fact| {
        matches!(
            f.claim,
            Claim::Metric {
                kind: crate::extract::MetricKind::HoursViewed
                    | crate::extract::MetricKind::Views
                    | crate::extract::MetricKind::ChartRank,
                ..
            }
        )
    };
    let netflix = Claim::Streaming {
        org: "Netflix".to_string(),
    };
    let streamed = |c: &Claim| matches!(c, Claim::Streaming { .. });
    place_once(
        facts,
        charted,
        streamed,
        &netflix,
        "streaming.netflix_chart",
        0.7,
    );
}

/// Gives `claim` (a network or a service) to each show that has a fact `qualifies` accepts
/// and no fact `placed` accepts, once per show, with the evidence of its first such fact.
fn place_once(
    facts: &mut Vec<Fact>,
    qualifies: impl Fn(&Fact) -> bool,
    placed: impl Fn(&Claim) -> bool,
    claim: &Claim,
    rule: &str,
    confidence: f64,
) {
    let placed: BTreeSet<String> = facts
        .iter()
        .filter(|f| placed(&f.claim))
        .map(|f| name_key(&f.show))
        .collect();
    let mut added: BTreeSet<String> = BTreeSet::new();
    let mut new = Vec::new();
    for f in facts.iter().filter(|f| qualifies(f)) {
        let key = name_key(&f.show);
        if !placed.contains(&key) && added.insert(key) {
            new.push(Fact {
                show: f.show.clone(),
                claim: claim.clone(),
                confidence,
                evidence: Evidence {
                    rule: rule.to_string(),
                    ..f.evidence.clone()
                },
            });
        }
    }
    facts.extend(new);
}

/// Words of a lede that open on a channel's or service's slate.
const SLATE: [&str; 15] = [
    "slate",
    "lineup",
    "line-up",
    "premiere dates",
    "release dates",
    "upcoming series",
    "upcoming shows",
    "upcoming projects",
    "original programming",
    "new originals",
    "coming to",
    "new on ",
    "arriving on",
    "fall schedule",
    "schedule for",
];

/// Whether a lower-cased lede holds one of [`SLATE`], not as `the lineup for the drama` (a
/// cast, not a slate). One memmem searcher per phrase, built once per process: a Two-Way
/// searcher per phrase per article (`match_indices`) cost about 17M instructions on 600
/// articles. The same non-overlapping matches, left to right.
fn slate_lede(lede: &str) -> bool {
    use memchr::memmem::Finder;
    static FINDERS: std::sync::LazyLock<Vec<Finder<'static>>> =
        std::sync::LazyLock::new(|| SLATE.iter().map(Finder::new).collect());
    SLATE.iter().zip(FINDERS.iter()).any(|(c, f)| {
        f.find_iter(lede.as_bytes()).any(|i| {
            let after = &lede[i + c.len()..];
            !(c.starts_with("line")
                && after.starts_with(" for ")
                && !after[5..].starts_with(|c: char| c.is_ascii_digit()))
        })
    })
}

/// `Apple TV Plus has announced premiere dates for a slew of its upcoming series`, `Global
/// unveils fall premiere dates`: an article that opens on one channel's or service's slate and
/// names no other, or whose lede says whose line-up it is (`CBS announced its fall premiere
/// dates`). Each show it dates, casts or describes airs or streams there.
fn slate_owner(
    text: &str,
    facts: &mut Vec<Fact>,
    subjects: impl FnOnce() -> Vec<(String, Evidence)>,
) {
    use crate::extract::atoms::org::{OrgKind, find_orgs};
    // The lede: the first few hundred bytes past the date line.
    let lede_end = crate::extract::floor_boundary(text, text.len().min(600));
    let lede = text[..lede_end].to_ascii_lowercase();
    if !slate_lede(&lede) {
        return;
    }
    // One streaming service (channels may be named beside it), or else one channel.
    let orgs = find_orgs(text);
    let named = |kind: OrgKind| -> Vec<&str> {
        let set: BTreeSet<&str> = orgs
            .iter()
            .filter(|(_, o)| o.kind == kind)
            .map(|(_, o)| o.name)
            .collect();
        set.into_iter().collect()
    };
    let sole = match (&named(OrgKind::Streaming)[..], &named(OrgKind::Network)[..]) {
        ([service], _) => Some((*service, OrgKind::Streaming)),
        ([], [channel]) => Some((*channel, OrgKind::Network)),
        _ => None,
    };
    let in_lede = |owner: &str| {
        find_orgs(&text[..lede_end])
            .iter()
            .any(|(_, o)| o.name == owner)
    };
    // Else (several channels, or the one service not in the lede): the one whose line-up the
    // lede sets out (`CBS announced its fall premiere dates`, `NBC’s midseason schedule`).
    let Some((owner, kind)) = sole.filter(|(o, _)| in_lede(o)).or_else(|| {
        crate::extract::network::schedule_owner(&text[..lede_end]).map(|(_, o)| (o.name, o.kind))
    }) else {
        return;
    };
    let (claim, rule) = match kind {
        OrgKind::Network => (
            Claim::Network {
                org: owner.to_string(),
            },
            "network.slate",
        ),
        _ => (
            Claim::Streaming {
                org: owner.to_string(),
            },
            "streaming.slate",
        ),
    };
    // What the slate says of its own shows; not a credit aside about an earlier work or the
    // year of one (`Paper Lanterns (2020)`, `the 2019 hit Salt Road`).
    let own = |f: &Fact| {
        matches!(
            f.claim,
            Claim::Premiere { .. }
                | Claim::Cast { .. }
                | Claim::Genre { .. }
                | Claim::Episodes { .. }
        ) && !f.evidence.rule.contains("aside")
            && !["premiere.bracket_year", "premiere.year_adjective"]
                .contains(&f.evidence.rule.as_str())
    };
    let placed = |c: &Claim| matches!(c, Claim::Streaming { .. } | Claim::Network { .. });
    place_once(facts, own, placed, &claim, rule, 0.65);
    // Every other show the slate names as a subject (`Inside Pixar, a look into …`) is on it
    // too, with the mention as evidence.
    let done: BTreeSet<String> = facts
        .iter()
        .filter(|f| placed(&f.claim))
        .map(|f| name_key(&f.show))
        .collect();
    let mut added = BTreeSet::new();
    let subjects = subjects();
    // `Organized Crime` beside `Law & Order: Organized Crime`: a short form gets its home
    // through the full title.
    let short = |show: &str| {
        subjects
            .iter()
            .any(|(o, _)| o.len() > show.len() && o.ends_with(show))
    };
    for (show, evidence) in subjects.iter().cloned() {
        let key = name_key(&show);
        if !done.contains(&key) && !short(&show) && added.insert(key) {
            facts.push(Fact {
                show,
                claim: claim.clone(),
                confidence: 0.6,
                evidence: Evidence {
                    rule: rule.to_string(),
                    ..evidence
                },
            });
        }
    }
}

/// A person's key with the romanisation variants of one Korean syllable folded together
/// (`Kim Hye-soo` and `Kim Hye-su`, `Jeong`/`Jung`, `Hyeon`/`Hyun`, `Seok`/`Suk`), so that
/// one article's two spellings of one name resolve to one person.
fn person_key(name: &str) -> String {
    let key = name_key(name);
    // `contains("oo") || contains("eo")` without two searchers.
    if !key.as_bytes().windows(2).any(|w| w == b"oo" || w == b"eo") {
        return key;
    }
    replace_pair(&replace_pair(&key, *b"oo", 'u'), *b"eo", 'u')
}

/// `s.replace(pair, with)` for a pair of ASCII bytes, by a pass over the bytes instead of a
/// Two-Way searcher.
fn replace_pair(s: &str, pair: [u8; 2], with: char) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let (mut from, mut i) = (0, 0);
    while i + 1 < b.len() {
        if b[i] == pair[0] && b[i + 1] == pair[1] {
            // Both ends of the pair are ASCII, so char boundaries.
            out.push_str(&s[from..i]);
            out.push(with);
            i += 2;
            from = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[from..]);
    out
}

/// The one full name of the article that a single-word name stands for: a Western surname
/// (`Ellery` for `Jonah Ellery`) or a Korean given name (`Seo-yeon` for `Park Seo-yeon`).
/// The article's names and their keys are made once, on the first single-word name (`heads`):
/// they were made again for each.
fn full_name(
    people: &Names,
    heads: &std::cell::OnceCell<Vec<Head>>,
    tails: &[(String, String)],
    single: &str,
) -> Option<String> {
    if single.contains(' ') {
        return full_from_tail(tails, single);
    }
    let k = name_key(single);
    let heads = heads.get_or_init(|| name_heads(people));
    let mut found = heads.iter().filter(|h| {
        h.last == k || h.given.as_deref() == Some(&k) || h.surname.as_deref() == Some(&k)
    });
    let one = found.next()?;
    found.next().is_none().then(|| one.full.clone())
}

/// A full name of the article (two words or more) with the keys of the single words that
/// stand for it in [`full_name`].
#[derive(Debug)]
struct Head {
    /// The canonical name.
    full: String,
    /// The key of its last word.
    last: String,
    /// After a Korean surname, the key of the given name's words joined.
    given: Option<String>,
    /// A Korean surname of a hyphenated name (`Lee, who previously starred in`: a Korean
    /// surname alone, as news writes it on second mention), keyed.
    surname: Option<String>,
}

/// The [`Head`] of each of the article's names of two words or more, in key order.
fn name_heads(people: &Names) -> Vec<Head> {
    people
        .groups
        .keys()
        .filter_map(|key| {
            let full = people.canonical_ref(key)?;
            let mut words = full.split_whitespace();
            let first = words.next()?;
            let rest: Vec<&str> = words.collect();
            let last = name_key(rest.last()?);
            let korean = crate::extract::atoms::names::is_korean_surname(first);
            let given = korean.then(|| name_key(&rest.join("")));
            let surname = (korean && full.contains('-')).then(|| name_key(first));
            Some(Head {
                full: full.to_string(),
                last,
                given,
                surname,
            })
        })
        .collect()
}

/// The article's names of three words or more, keyed by their last two (`scottthomas` for
/// `Kristin Scott Thomas`), made once per article for [`full_from_tail`].
fn name_tails(people: &Names) -> Vec<(String, String)> {
    people
        .groups
        .keys()
        .filter_map(|key| {
            let full = people.canonical_ref(key)?;
            // Most names have two words: they are left before their words are collected.
            full.split_whitespace().nth(2)?;
            let words: Vec<&str> = full.split_whitespace().collect();
            let tail = name_key(&words[words.len() - 2..].join(" "));
            Some((tail, full.to_string()))
        })
        .collect()
}

/// The one longer name of the article that a two-word name ends: `Scott Thomas` for
/// `Kristin Scott Thomas`, `Bonham Carter` for `Helena Bonham Carter`.
fn full_from_tail(tails: &[(String, String)], two: &str) -> Option<String> {
    if tails.is_empty() || two.split_whitespace().count() != 2 {
        return None;
    }
    let k = name_key(two);
    let mut found = tails.iter().filter(|(tail, _)| *tail == k);
    let (_, one) = found.next()?;
    found.next().is_none().then(|| one.clone())
}

/// One fact per (show, claim): the most confident, then the first. A cast fact without a
/// character goes when the same actor has one with a character.
fn dedupe(facts: Vec<Fact>) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::with_capacity(facts.len());
    // Sized once: growing it rehashed every key at each doubling. Only looked up, so the
    // hasher plays no part in the output.
    let mut index: rustc_hash::FxHashMap<String, usize> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(facts.len(), Default::default());
    let mut shows = LastKey::default();
    for f in facts {
        let mut key = shows.key(&f.show).to_string();
        key.push('\0');
        key.push_str(&claim_key(&f.claim));
        match index.get(&key) {
            Some(&i) => {
                if f.confidence > out[i].confidence {
                    out[i] = f;
                }
            }
            None => {
                index.insert(key, out.len());
                out.push(f);
            }
        }
    }
    let with_roles: BTreeSet<(String, String)> = out
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::Cast {
                actor,
                character: Some(_),
            } => Some((f.show.clone(), actor.clone())),
            _ => None,
        })
        .collect();
    out.retain(|f| !matches!(&f.claim, Claim::Cast { actor, character: None } if with_roles.contains(&(f.show.clone(), actor.clone()))));
    // `a 2023 series` and `premiered on October 7, 2023`: the precise date says it all.
    let dates: BTreeSet<(String, &'static str, String)> = out
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::Premiere { date } => Some((name_key(&f.show), "p", date.clone())),
            Claim::Finale { date } => Some((name_key(&f.show), "f", date.clone())),
            _ => None,
        })
        .collect();
    let vaguer = |show: &str, which: &'static str, date: &str| {
        let show = name_key(show);
        dates.iter().any(|(s, w, d)| {
            *s == show && *w == which && d.len() > date.len() && d.starts_with(date)
        })
    };
    out.retain(|f| match &f.claim {
        Claim::Premiere { date } => !vaguer(&f.show, "p", date),
        Claim::Finale { date } => !vaguer(&f.show, "f", date),
        _ => true,
    });
    out
}

/// The [`name_key`] of the name last asked about, kept: facts come in runs of one show, so
/// most asks are the same name again and cost a comparison instead of an allocation.
#[derive(Default)]
struct LastKey {
    name: String,
    key: String,
}

impl LastKey {
    /// The name's key, made only when the name is not the last one's.
    fn key(&mut self, name: &str) -> &str {
        if self.name != name || self.name.is_empty() {
            self.key = name_key(name);
            name.clone_into(&mut self.name);
        }
        &self.key
    }
}

/// `{name_key(show)}\0{name_key(name)}`: the key of a character of a show, both keys written
/// into one buffer.
fn pair_key(show: &str, name: &str) -> String {
    let mut key = String::with_capacity(show.len() + name.len() + 9);
    push_name_key(&mut key, show);
    key.push('\u{0}');
    push_name_key(&mut key, name);
    key
}

/// What makes two claims state the same thing: metrics compare kind and value only, names
/// compare by key.
fn claim_key(c: &Claim) -> String {
    match c {
        // Kind and value as `metric {kind:?} {value}` told them apart, without the
        // formatting machinery: `Display` of an `f64` writes two values alike only when
        // their bits are alike or both are NaN.
        Claim::Metric { kind, value, .. } => {
            let bits = if value.is_nan() {
                f64::NAN.to_bits()
            } else {
                value.to_bits()
            };
            let mut key = String::with_capacity(24);
            key.push_str("metric\u{1}");
            key.push(char::from(b'a' + *kind as u8));
            for shift in (0..16).rev() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                key.push(char::from(HEX[((bits >> (shift * 4)) & 15) as usize]));
            }
            key
        }
        Claim::Cast { actor, character } => {
            let mut key =
                String::with_capacity(16 + actor.len() + character.as_ref().map_or(0, String::len));
            key.push_str("cast ");
            push_name_key(&mut key, actor);
            key.push(' ');
            if let Some(c) = character {
                push_name_key(&mut key, c);
            }
            key
        }
        // The claims of one string, as most are: their relation and the string, without the
        // formatting machinery (a `\0` never stands in a `Debug` key, which escapes it).
        Claim::Premiere { date: x }
        | Claim::Finale { date: x }
        | Claim::Network { org: x }
        | Claim::Streaming { org: x }
        | Claim::Genre { genre: x }
        | Claim::Writer { person: x }
        | Claim::Director { person: x } => {
            let relation = c.relation();
            let mut key = String::with_capacity(relation.len() + 1 + x.len());
            key.push_str(relation);
            key.push('\0');
            key.push_str(x);
            key
        }
        other => format!("{other:?}"),
    }
}

/// Adds a show's entity: a film if any fact types it so, with the other forms the article
/// used and, for a series, the name without its season.
fn add_show(
    add: &mut impl FnMut(EntityKind, &str, BTreeSet<String>),
    facts: &[Fact],
    titles: &Names,
    seasons: &BTreeMap<String, BTreeSet<String>>,
    show: &str,
) {
    let movie = facts.iter().any(|g| {
        g.show == show
            && matches!(
                g.claim,
                Claim::Type {
                    show_type: ShowType::Movie
                }
            )
    });
    let show_type = if movie {
        ShowType::Movie
    } else {
        ShowType::TvSeries
    };
    let key = name_key(show);
    let mut alts = titles.alternates(&key, show);
    if let Some(names) = seasons
        .get(titles.resolve_key(&key))
        .or_else(|| seasons.get(&key))
    {
        alts.extend(names.iter().cloned());
    }
    if show_type == ShowType::TvSeries
        && let Some(stem) = season_stem(show)
    {
        alts.insert(stem.to_string());
    }
    add(EntityKind::Show(show_type), show, alts);
}

fn entities(
    facts: &[Fact],
    titles: &Names,
    people: &Names,
    characters: &Names,
    seasons: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<Entity> {
    let mut out: BTreeMap<(EntityKind, String), Entity> = BTreeMap::new();
    let mut add = |kind: EntityKind, name: &str, alts: BTreeSet<String>| {
        out.entry((kind.clone(), name.to_string()))
            .or_insert_with(|| Entity {
                kind,
                name: name.to_string(),
                alternate_names: BTreeSet::new(),
            })
            .alternate_names
            .extend(alts);
    };
    // The show's entity depends on the show's name alone, and adding it again adds nothing:
    // it is added once per run of facts of one show (facts come in such runs).
    let mut last_show: Option<&str> = None;
    for f in facts {
        if last_show != Some(f.show.as_str()) {
            last_show = Some(&f.show);
            add_show(&mut add, facts, titles, seasons, &f.show);
        }
        match &f.claim {
            Claim::Cast { actor, character } => {
                add(
                    EntityKind::Person,
                    actor,
                    people.alternates(&person_key(actor), actor),
                );
                if let Some(c) = character {
                    let k = pair_key(&f.show, c);
                    add(
                        EntityKind::Character(f.show.clone()),
                        c,
                        characters.alternates(&k, c),
                    );
                }
            }
            Claim::Writer { person } | Claim::Director { person } => {
                add(
                    EntityKind::Person,
                    person,
                    people.alternates(&person_key(person), person),
                );
            }
            Claim::Network { org } | Claim::Streaming { org } => {
                add(EntityKind::Organization, org, BTreeSet::new())
            }
            _ => {}
        }
    }
    out.into_values().collect()
}

#[cfg(test)]
mod tests {
    /// [`strip_season`] as first written, without the test of the last char, for the test
    /// that keeps the two equal.
    fn strip_season_as_written(show: &str) -> &str {
        let t = show.trim_end_matches(')');
        let Some(i) = rfind_spaced(t, " Season ")
            .or_else(|| rfind_spaced(t, " season "))
            .or_else(|| rfind_spaced(t, " SEASON "))
        else {
            return show;
        };
        let n = &t[i + " Season ".len()..];
        if n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()) {
            return show;
        }
        let head = show[..i].trim_end_matches([':', ',', '-', '–', '(', ' ']);
        if head.is_empty() { show } else { head }
    }

    use super::*;

    #[test]
    fn min_confidence_keeps_the_entities_still_named() {
        // The filter as first written: a set of the names the kept facts use.
        let text = "The drama Moon Harbor stars Kim Ha-neul as Seo Yu-na and Lee Do-hyun. It \
                    premieres on March 9, 2024 on tvN and streams on Netflix. It was written by \
                    Park Ji-eun and directed by Ahn Pan-seok. Moon Harbor has 16 episodes.";
        let article = Article::new("t", text);
        let all = resolve(&article, crate::extract::extract(&article));
        assert!(all.entities.len() > 5, "{:?}", all.entities);
        for min in [0.0, 0.7, 0.8, 0.85, 0.9, 1.1] {
            let mut want = all.clone();
            want.facts.retain(|f| f.confidence >= min);
            let named: BTreeSet<&str> = want
                .facts
                .iter()
                .flat_map(|f| {
                    let other = match &f.claim {
                        Claim::Cast { actor, character } => {
                            vec![Some(actor.as_str()), character.as_deref()]
                        }
                        Claim::Writer { person } | Claim::Director { person } => {
                            vec![Some(person.as_str())]
                        }
                        Claim::Network { org } | Claim::Streaming { org } => {
                            vec![Some(org.as_str())]
                        }
                        _ => Vec::new(),
                    };
                    other.into_iter().flatten().chain([f.show.as_str()])
                })
                .collect();
            let entities: Vec<Entity> = want
                .entities
                .iter()
                .filter(|e| named.contains(e.name.as_str()))
                .cloned()
                .collect();
            let got = all.clone().with_min_confidence(min);
            assert_eq!(got.entities, entities, "{min}");
            assert_eq!(got.facts, want.facts, "{min}");
        }
    }

    #[test]
    fn edit_distance_is_the_full_table_capped_at_three() {
        // The distance as first written: a new row allocated per char.
        fn by_rows(a: &str, b: &str) -> usize {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            if a.len().abs_diff(b.len()) > 2 {
                return 3;
            }
            let mut prev: Vec<usize> = (0..=b.len()).collect();
            for (i, ca) in a.iter().enumerate() {
                let mut cur = vec![i + 1; b.len() + 1];
                for (j, cb) in b.iter().enumerate() {
                    cur[j + 1] = (prev[j] + usize::from(ca != cb))
                        .min(prev[j + 1] + 1)
                        .min(cur[j] + 1);
                }
                prev = cur;
            }
            prev[b.len()]
        }
        let keys = [
            "",
            "a",
            "kimsoohyun",
            "kimsuhyun",
            "kimsoohyunn",
            "parkseoyeon",
            "parkseoyoen",
            "queenoftears",
            "queenoftear",
            "queenoftearsx",
            "김수현",
            "김수형",
            "abcdefghijklmnop",
            "abcdefghijklmnopqr",
        ];
        // Pairs one, two and three slips apart in every position, and keys of every length.
        let mut forms: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        for base in ["heartbeathotline", "kimsoohyun", "김수현드라마", "ab"] {
            let chars: Vec<char> = base.chars().collect();
            for i in 0..chars.len() {
                let mut dropped = chars.clone();
                dropped.remove(i);
                forms.push(dropped.iter().collect());
                let mut changed = chars.clone();
                changed[i] = 'x';
                forms.push(changed.iter().collect());
                let mut twice = changed.clone();
                twice[(i + 3) % chars.len()] = 'y';
                forms.push(twice.iter().collect());
                let mut added = chars.clone();
                added.insert(i, 'z');
                forms.push(added.iter().collect());
                let mut swapped = chars.clone();
                swapped.swap(i, (i + 1) % chars.len());
                forms.push(swapped.iter().collect());
            }
        }
        for a in &forms {
            for b in &forms {
                let (a, b) = (a.as_str(), b.as_str());
                let d = edit_distance(a, b);
                assert_eq!(d, by_rows(a, b).min(3), "{a:?} {b:?}");
                // `fold_typos` leaves pairs further apart in length than the distance sought.
                assert!(d >= a.chars().count().abs_diff(b.chars().count()).min(3));
            }
        }
    }

    #[test]
    fn claim_keys_part_claims_as_their_debug_form_did() {
        // The key first written for every claim but metrics and cast: the `Debug` form.
        let s = |x: &str| x.to_string();
        let claims = [
            Claim::Premiere {
                date: s("2024-03-09"),
            },
            Claim::Premiere { date: s("2024-03") },
            Claim::Finale {
                date: s("2024-03-09"),
            },
            Claim::Network { org: s("tvN") },
            Claim::Streaming { org: s("tvN") },
            Claim::Streaming { org: s("Netflix") },
            Claim::Genre {
                genre: s("romantic comedy"),
            },
            Claim::Genre { genre: s("tvN") },
            Claim::Writer {
                person: s("Park Ji-eun"),
            },
            Claim::Director {
                person: s("Park Ji-eun"),
            },
            Claim::Director {
                person: s("Park Ji-eun\0x"),
            },
            Claim::Writer { person: s("") },
            Claim::Episodes { count: 16 },
            Claim::Type {
                show_type: ShowType::Movie,
            },
        ];
        for a in &claims {
            for b in &claims {
                let debug = |c: &Claim| match c {
                    Claim::Metric { .. } | Claim::Cast { .. } => claim_key(c),
                    other => format!("{other:?}"),
                };
                assert_eq!(
                    claim_key(a) == claim_key(b),
                    debug(a) == debug(b),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn metric_keys_part_metrics_as_their_format_did() {
        use crate::extract::MetricKind;
        let kinds = [
            MetricKind::HoursViewed,
            MetricKind::Views,
            MetricKind::Viewers,
            MetricKind::RatingPct,
            MetricKind::ChartRank,
        ];
        let values = [
            0.0,
            -0.0,
            1.0,
            1.5,
            16.2,
            16.200000000000003,
            1e20,
            1e-7,
            91_200_000.0,
            f64::NAN,
            -f64::NAN,
            f64::from_bits(f64::NAN.to_bits() | 1),
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        let metric = |kind: MetricKind, value: f64| Claim::Metric {
            kind,
            value,
            period: None,
            source: None,
            unit: None,
        };
        let claims: Vec<Claim> = kinds
            .iter()
            .flat_map(|&k| values.iter().map(move |&v| metric(k, v)))
            .chain([
                Claim::Episodes { count: 16 },
                Claim::Genre {
                    genre: "metric".into(),
                },
            ])
            .collect();
        let old = |c: &Claim| match c {
            Claim::Metric { kind, value, .. } => format!("metric {kind:?} {value}"),
            other => claim_key(other),
        };
        for a in &claims {
            for b in &claims {
                assert_eq!(
                    claim_key(a) == claim_key(b),
                    old(a) == old(b),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    /// [`full_name`] as first written: every name and its keys made for each single word.
    fn full_name_as_written(
        people: &Names,
        tails: &[(String, String)],
        single: &str,
    ) -> Option<String> {
        if single.contains(' ') {
            return full_from_tail(tails, single);
        }
        let k = name_key(single);
        let mut found = people.groups.keys().filter_map(|key| {
            let full = people.canonical(key)?;
            let mut words = full.split_whitespace();
            let first = words.next()?;
            let rest: Vec<&str> = words.collect();
            let last = rest.last()?;
            let korean_given = crate::extract::atoms::names::is_korean_surname(first)
                && name_key(&rest.join("")) == k;
            let korean_surname = crate::extract::atoms::names::is_korean_surname(first)
                && name_key(first) == k
                && full.contains('-');
            (name_key(last) == k || korean_given || korean_surname).then_some(full)
        });
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }

    #[test]
    fn full_names_as_first_found() {
        let lists: [&[&str]; 4] = [
            &[
                "Park Seo-yeon",
                "Jonah Ellery",
                "Kristin Scott Thomas",
                "Lee Min-ho",
                "Lee Ji-eun",
                "Kim Soo-hyun",
                "Kim Soohyun",
                "Ellery",
                "Ellery Jonah",
                "Helena Bonham Carter",
                "Lee Jung-jae",
                "Zoë Kim",
                "Kim 수현",
            ],
            &["Park Seo-yeon", "Choi Seo-yeon", "Seo Yeon"],
            &["Lee Min-ho", "Lee Jung-jae", "Lee"],
            &[],
        ];
        let singles = [
            "Ellery",
            "Seo-yeon",
            "Seoyeon",
            "Lee",
            "Kim",
            "Park",
            "Thomas",
            "Scott Thomas",
            "Bonham Carter",
            "Jonah",
            "Min-ho",
            "Minho",
            "Soo-hyun",
            "수현",
            "Zoë",
            "",
            "Yeon",
        ];
        for list in lists {
            let mut people = Names::default();
            for n in list {
                people.add(&person_key(n), n);
            }
            people.fold_typos(true);
            let tails = name_tails(&people);
            let heads = std::cell::OnceCell::new();
            for single in singles {
                assert_eq!(
                    full_name(&people, &heads, &tails, single),
                    full_name_as_written(&people, &tails, single),
                    "{list:?} {single:?}"
                );
            }
        }
    }

    /// [`Names::fold_typos`] as first written: both keys' chars counted for each pair.
    fn fold_typos_as_written(names: &mut Names, strict: bool) {
        if names.groups.len() > 400 {
            return;
        }
        let mut keys: Vec<(usize, String)> = names
            .groups
            .keys()
            .map(|k| (names.count(k), k.clone()))
            .collect();
        keys.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.len().cmp(&a.1.len())));
        for i in (0..keys.len()).rev() {
            let (n, k) = keys[i].clone();
            let target = keys[..i].iter().find(|(m, other)| {
                let d = || edit_distance(&k, other);
                let (a, b) = (k.chars().count(), other.chars().count());
                let len = a.min(b);
                let apart = a.abs_diff(b);
                if strict {
                    let truncated = other.starts_with(k.as_str()) && other.len() == k.len() + 1;
                    len >= 9 && (truncated || (n == 1 && *m >= 3 && apart <= 1 && d() == 1))
                } else {
                    len >= 8
                        && apart <= 2
                        && match d() {
                            1 => true,
                            2 => len >= 14,
                            _ => false,
                        }
                }
            });
            if let Some((_, into)) = target {
                let into = into.clone();
                if let Some(forms) = names.groups.remove(&k) {
                    let group = names.groups.entry(into.clone()).or_default();
                    for (form, c) in forms {
                        group.entry(form).or_insert((0, c.1)).0 += c.0;
                    }
                }
                names.folded.insert(k, into);
            }
        }
    }

    #[test]
    fn typos_fold_as_first_written() {
        let sightings = [
            "Heartbeat Hotline",
            "Heartbeat Hotline",
            "Heartbeat Hotine",
            "Queen of Tears",
            "Queen of Tear",
            "Jeongnyeon: The Star Is Born",
            "Jeongnyoen: The Star Is Born",
            "Jeongnyeon: The Star Is Born",
            "Park Ji-won",
            "Park Ji-woo",
            "Park Ji-won",
            "Park Ji-won",
            "Kim Soo-hyun",
            "Kim Soo-hyu",
            "눈물의 여왕",
            "눈물의 여앙",
            "Lovely Runner",
            "Lovely Runners",
            "Lovely Runner",
            "Extraordinary Attorney Woo",
            "Extraordinary Attorney Wu",
        ];
        for strict in [false, true] {
            for n in [3, 9, sightings.len()] {
                let mut names = Names::default();
                for s in &sightings[..n] {
                    let k = if strict { person_key(s) } else { name_key(s) };
                    names.add(&k, s);
                }
                let mut old = names.clone();
                names.fold_typos(strict);
                fold_typos_as_written(&mut old, strict);
                assert_eq!(names.groups, old.groups, "{strict} {n}");
                assert_eq!(names.folded, old.folded, "{strict} {n}");
            }
        }
    }

    #[test]
    fn names_count_as_first_added() {
        // `add` as first written: the group made empty, then looked up again.
        let mut old = Names::default();
        let mut new = Names::default();
        for (k, f) in [
            ("a", "A"),
            ("b", "B"),
            ("a", "A"),
            ("a", "a"),
            ("c", "C"),
            ("b", "B"),
        ] {
            new.add(k, f);
            old.seen += 1;
            let seen = old.seen;
            let forms = old.groups.entry(k.to_string()).or_default();
            forms.entry(f.to_string()).or_insert((0, seen)).0 += 1;
        }
        assert_eq!(new.groups, old.groups);
        assert_eq!(new.seen, old.seen);
    }

    #[test]
    fn chart_report_is_the_searches() {
        let texts = [
            "netflix's top 10 non-english tv list",
            "the non-english films listing, top-10, most-viewed",
            "english tv lis",
            "netflixnetflix chart engagement report",
            "most-watched titles of the non-english film list; english films list",
            "netflix and hulu",
            "top 10 on hulu",
            "",
        ];
        for lower in texts {
            for only in [false, true] {
                // As first written: every phrase searched, then the test.
                let any = |l: &[&str]| l.iter().any(|c| lower.contains(c));
                let (netflix_lists, chart, netflix) = (
                    any(&NETFLIX_LISTS),
                    any(&CHART_WORDS),
                    lower.contains("netflix"),
                );
                assert_eq!(
                    chart_report(lower, || only),
                    netflix_lists || (netflix && (chart || only)),
                    "{lower:?} {only}"
                );
            }
        }
    }

    #[test]
    fn slate_lede_is_match_indices() {
        // The test as first written, a Two-Way searcher per phrase.
        let old = |lede: &str| {
            SLATE.iter().any(|c| {
                lede.match_indices(c).any(|(i, _)| {
                    let after = &lede[i + c.len()..];
                    !(c.starts_with("line")
                        && after.starts_with(" for ")
                        && !after[5..].starts_with(|c: char| c.is_ascii_digit()))
                })
            })
        };
        for lede in [
            "",
            "cbs announced its fall premiere dates",
            "announced the lineup for the drama",
            "announced the lineup for 2025 and the line-up for the drama",
            "the line-up for the drama, and the lineup for the fall",
            "the lineup for the drama and the lineup for the film",
            "new on netflix this week",
            "new on",
            "apple tv plus has announced premiere dates for a slew of its upcoming series",
            "the slate of the slate",
            "global unveils fall schedule for 2025",
            "coming to disney+ in march: the schedule for",
            "the cast of moon harbor, 김하늘, lineup",
            "lineuplineup for x",
        ] {
            assert_eq!(slate_lede(lede), old(lede), "{lede:?}");
        }
    }

    #[test]
    fn replace_pair_is_replace() {
        for s in [
            "",
            "o",
            "oo",
            "ooo",
            "oooo",
            "eoo",
            "eooeo",
            "kimsoohyun",
            "jeongyeon",
            "김oo김eo",
        ] {
            for (pair, text) in [(*b"oo", "oo"), (*b"eo", "eo")] {
                assert_eq!(
                    replace_pair(s, pair, 'u'),
                    s.replace(text, "u"),
                    "{s:?} {text}"
                );
            }
        }
    }

    #[test]
    fn rfind_spaced_is_rfind() {
        for hay in [
            "Archer Season 11",
            "One Piece: Season 1 Season 2",
            " Season ",
            "Season 1",
            "A  Season  Season 3",
            "",
            "김 Season 2",
        ] {
            for needle in [" Season ", " season ", " ", "  Season"] {
                assert_eq!(
                    rfind_spaced(hay, needle),
                    hay.rfind(needle),
                    "{hay:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn a_season_in_the_name_is_the_series() {
        assert_eq!(strip_season("Bridgerton Season 3"), "Bridgerton");
        assert_eq!(strip_season("Bridgerton: season 3"), "Bridgerton");
        assert_eq!(strip_season("EXTRAORDINARY SEASON 2"), "EXTRAORDINARY");
        assert_eq!(strip_season("Season 3"), "Season 3");
        assert_eq!(strip_season("Money Heist part 4"), "Money Heist");
        assert_eq!(strip_season("Money Heist: Part 5"), "Money Heist");
        assert_eq!(strip_season("Dune: Part Two"), "Dune: Part Two");
        assert_eq!(strip_season("Part 2"), "Part 2");
        assert_eq!(strip_season("The Four Seasons"), "The Four Seasons");
        for show in [
            "Bridgerton Season 3",
            "Bridgerton (Season 3)",
            "Bridgerton (Season 3))",
            "One Piece: Season 1",
            "Archer Season 11",
            "Archer Season 11a",
            "Archer Season ",
            "Archer Season",
            "Season 3",
            " Season 3",
            "EXTRAORDINARY SEASON 2",
            "Lost season 2 Season x",
            "Lost Season x season 4",
            "The Four Seasons",
            "Route 66",
            "Taxi Driver 2",
            "Mr. Queen Season ２",
            "Queen Season 3 )",
            "",
            ")",
            "Season 3 (2024)",
        ] {
            assert_eq!(
                strip_season(show),
                strip_season_as_written(show),
                "{show:?}"
            );
        }
    }

    #[test]
    fn a_trailing_season_number_gives_the_series_name() {
        assert_eq!(season_stem("Stranger Things 4"), Some("Stranger Things"));
        assert_eq!(season_stem("Taxi Driver 2"), Some("Taxi Driver"));
        for kept in [
            "Miracle in Cell No. 7",
            "Route 66",
            "Reply 1988",
            "Chapter 2",
            "Back to 2",
            "Stranger Things",
            "Office 1",
        ] {
            assert_eq!(season_stem(kept), None, "{kept}");
        }
    }

    fn names(forms: &[(&str, usize)]) -> Names {
        let mut n = Names::default();
        for (form, times) in forms {
            for _ in 0..*times {
                n.add(&name_key(form), form);
            }
        }
        n
    }

    #[test]
    fn a_title_typo_folds_into_the_title() {
        let mut t = names(&[
            ("Heartbeat Hotline", 3),
            ("HEARTBEAT HOTINE", 1),
            ("Pit Stop", 1),
        ]);
        t.fold_typos(false);
        assert_eq!(
            t.canonical(&name_key("HEARTBEAT HOTINE")).as_deref(),
            Some("Heartbeat Hotline")
        );
        assert!(
            t.alternates("heartbeathotline", "Heartbeat Hotline")
                .contains("HEARTBEAT HOTINE")
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn people_one_letter_apart_stay_apart() {
        let mut p = names(&[
            ("Kim Ji-won", 1),
            ("Kim Ji-woo", 1),
            ("Park Seo-yeon", 2),
            ("Park Seo Yeo", 1),
        ]);
        p.fold_typos(true);
        assert_ne!(p.canonical("kimjiwon"), p.canonical("kimjiwoo"));
        assert_eq!(p.canonical("parkseoyeo").as_deref(), Some("Park Seo-yeon"));
    }
}

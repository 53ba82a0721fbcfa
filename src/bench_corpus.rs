//! A seeded generator of synthetic news articles, for benchmarks and scale measurements.
//!
//! Articles follow the styles of the fixtures (`fixtures/articles`, `fixtures/heldout`): a
//! premiere news report, a weekly streaming chart with several titles and figures, casting
//! news, a listicle with `Cast:`/`Network:` labels, and a Nielsen ratings report. Names are
//! drawn from syllable and word lists by a SplitMix64, so the same seed gives the same bytes on
//! every machine, and the vocabulary (about a hundred thousand show titles, a quarter of a
//! million people) grows with the corpus the way an archive's does.
//!
//! This module does no IO; `examples/gen_corpus.rs` writes the articles out and `benches/`
//! reads them from memory.

use crate::text::Article;

/// The seeded generator with the draws the styles need.
#[derive(Debug, Clone)]
struct Rng(crate::rng::SplitMix64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next()
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// A figure with one decimal, `lo.0..hi.9` (as in "14.2 million").
    fn tenths(&mut self, lo: usize, hi: usize) -> String {
        format!("{}.{}", self.range(lo, hi), self.below(10))
    }
}

const ADJECTIVES: &[&str] = &[
    "Silent",
    "Golden",
    "Hidden",
    "Midnight",
    "Crimson",
    "Paper",
    "Glass",
    "Salt",
    "Winter",
    "Neon",
    "Quiet",
    "Broken",
    "Silver",
    "Lantern",
    "Velvet",
    "Hollow",
    "Second",
    "Last",
    "Little",
    "Wild",
    "Bright",
    "Iron",
    "Northern",
    "Summer",
    "Lucky",
    "Distant",
    "Secret",
    "Burning",
    "Frozen",
    "Gentle",
    "Scarlet",
    "Copper",
    "Amber",
    "Sleepless",
    "Borrowed",
    "Restless",
    "Jade",
    "Faded",
    "Stolen",
    "Painted",
    "Crooked",
    "Lonely",
    "Emerald",
    "Rusty",
    "Sunken",
    "Endless",
    "Marble",
    "Tangled",
    "Wandering",
    "Blue",
];
const NOUNS: &[&str] = &[
    "Harbor",
    "Orchard",
    "Kitchen",
    "Ledger",
    "Tide",
    "Garden",
    "Station",
    "Alley",
    "Bridge",
    "Letter",
    "Signal",
    "Market",
    "Lighthouse",
    "Ferry",
    "Tailor",
    "Clinic",
    "Diary",
    "Empire",
    "Promise",
    "Courtroom",
    "Bakery",
    "Hotel",
    "Village",
    "Compass",
    "Orbit",
    "Canvas",
    "Melody",
    "Frontier",
    "Mirror",
    "Season",
    "Verdict",
    "Inn",
    "Courier",
    "Laundry",
    "Witness",
    "Heir",
    "Palace",
    "Rooftop",
    "Crossing",
    "Archive",
    "Tram",
    "Parlor",
    "Pharmacy",
    "Island",
    "Bookshop",
    "Greenhouse",
    "Dynasty",
    "Atelier",
    "Runway",
    "Boarding House",
];
const PLACES: &[&str] = &[
    "Busan",
    "Jeonju",
    "Incheon",
    "Gangneung",
    "Daegu",
    "Mokpo",
    "Sokcho",
    "Suwon",
    "Jeju",
    "Andong",
    "Gyeongju",
    "Tongyeong",
    "Yeosu",
    "Chuncheon",
    "Pohang",
    "Mapo",
    "Jongno",
    "Hannam",
    "Seongsu",
    "Itaewon",
];
const SURNAMES: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
    "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Baek", "Nam", "Jeon", "Ko", "Moon",
];
const SYLLABLES: &[&str] = &[
    "min", "seo", "ji", "hoon", "ha", "eun", "jae", "won", "soo", "yeon", "tae", "il", "na", "rae",
    "bo", "ra", "kyung", "hyun", "woo", "jin", "da", "hee", "sung", "ho", "young", "mi", "joon",
    "ah", "sol", "bin", "gyu", "chan", "yul", "dong", "hwa", "seul", "gun", "rin", "yoon", "kyu",
];
const FIRST_NAMES: &[&str] = &[
    "Helen", "Samuel", "Maya", "Theo", "Declan", "Ruth", "Dana", "Sofia", "Gavin", "Imogen",
    "Marcus", "Tariq", "Corinne", "Fiona", "Rhys", "Siobhan", "Gareth", "Ellie", "Colin", "Nadia",
    "Owen", "Priya", "Lucas", "Hannah", "Jonah", "Bridget", "Tomas", "Leila", "Callum", "Ingrid",
    "Felix", "Amara", "Hugo", "Clara", "Rafael", "Esme", "Dominic", "Yara", "Victor", "Moira",
];
const LAST_NAMES: &[&str] = &[
    "Marsh",
    "Okoro",
    "Ferreira",
    "Banks",
    "Moore",
    "Adeyemi",
    "Whitcombe",
    "Lindqvist",
    "Price",
    "Hartley",
    "Feld",
    "Bell",
    "Dufresne",
    "Gallacher",
    "Pemberton",
    "Darcy",
    "Wynne",
    "Ashworth",
    "Calloway",
    "Ashdown",
    "Keane",
    "Vance",
    "Pike",
    "Marr",
    "Holloway",
    "Brennan",
    "Castellano",
    "Novak",
    "Mensah",
    "Lindgren",
    "Abbott",
    "Quinlan",
    "Sorensen",
    "Achebe",
    "Rourke",
    "Delacroix",
    "Whitaker",
    "Osei",
    "Fairbairn",
    "Kowalski",
];
const GENRES: &[&str] = &[
    "romantic comedy",
    "legal drama",
    "medical drama",
    "revenge thriller",
    "fantasy romance",
    "crime thriller",
    "coming-of-age drama",
    "workplace comedy",
    "historical mystery",
    "psychological thriller",
];
const LIST_GENRES: &[&str] = &[
    "Romantic Comedy / Fantasy",
    "Legal Thriller",
    "Slice of Life / Comedy",
    "Historical / Romance",
    "Sci-Fi Romance",
    "Medical Drama",
    "Crime, Mystery",
    "Coming-of-Age / Romance",
];
const NETWORKS: &[&str] = &["tvN", "JTBC", "SBS", "KBS2", "MBC", "ENA"];
const WESTERN_NETWORKS: &[&str] = &["HBO", "BBC One", "Channel 4", "ITV", "Hulu", "Apple TV+"];
const SERVICES: &[&str] = &["Netflix", "Disney+", "Viki", "Prime Video", "TVING", "Max"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const JOBS: &[&str] = &[
    "a pastry chef",
    "a rookie lawyer",
    "a night-shift nurse",
    "a ferry captain",
    "a retired detective",
    "a struggling novelist",
    "a hotel concierge",
    "a village doctor",
    "a wedding planner",
    "a palace guard",
];
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
];

/// The kind of article, after the fixtures it imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A premiere announcement: cast with characters, date, network, streaming, episodes,
    /// genre, writer and director (like `fixtures/foundation`).
    News,
    /// A weekly streaming chart: several titles with views and hours viewed (like `a03`).
    Chart,
    /// Casting news: who will play whom, writer, director, premiere window (like `a05`).
    Casting,
    /// A listicle: numbered titles with `Cast:`, `Network:`, `Episodes:` labels (like `a02`).
    Listicle,
    /// A Nielsen ratings report: household ratings per show (like `a04`, `h01`).
    Ratings,
}

impl Style {
    /// Every style, in the order the generator cycles through them.
    pub const ALL: [Style; 5] = [
        Style::News,
        Style::Chart,
        Style::Casting,
        Style::Listicle,
        Style::Ratings,
    ];
}

/// One generated article.
#[derive(Debug, Clone)]
pub struct GenArticle {
    /// `gen-0000001`.
    pub id: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// The headline (also the first line of `text`).
    pub title: String,
    /// The article's text (headline, blank line, paragraphs), without a date header.
    pub text: String,
    /// Its style.
    pub style: Style,
}

impl GenArticle {
    /// The article as a plain-text file: a ` date YYYY-MM-DD` header, then the text.
    pub fn to_txt(&self) -> String {
        format!(" date {}\n{}", self.date, self.text)
    }

    /// The article as a JSON Lines record (`id`, `date`, `title`, `text`).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "text": self.text,
        })
    }

    /// The article as showkg reads its plain-text form.
    pub fn article(&self) -> Article {
        Article::new(format!("{}.txt", self.id), self.to_txt())
    }
}

/// An endless, deterministic stream of articles; the styles are mixed at random.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    n: usize,
}

impl Generator {
    /// A generator; the same seed gives the same articles.
    pub fn new(seed: u64) -> Self {
        Self {
            rng: Rng(crate::rng::SplitMix64(seed)),
            n: 0,
        }
    }

    /// The next article, in a given style.
    pub fn next_in(&mut self, style: Style) -> GenArticle {
        self.n += 1;
        let r = &mut self.rng;
        let year = r.range(2019, 2025);
        let month = r.range(1, 12);
        let day = r.range(1, 28);
        let (title, text) = match style {
            Style::News => news(r, month),
            Style::Chart => chart(r, month, day),
            Style::Casting => casting(r, year),
            Style::Listicle => listicle(r, year),
            Style::Ratings => ratings(r, month, day),
        };
        GenArticle {
            id: format!("gen-{:07}", self.n),
            date: format!("{year:04}-{month:02}-{day:02}"),
            title,
            text,
            style,
        }
    }

    /// Articles until their text holds at least `bytes` bytes.
    pub fn take_bytes(&mut self, bytes: usize) -> Vec<GenArticle> {
        let mut out = Vec::new();
        let mut total = 0;
        while total < bytes {
            let a = self.next().unwrap_or_else(|| self.next_in(Style::News));
            total += a.text.len();
            out.push(a);
        }
        out
    }
}

impl Iterator for Generator {
    type Item = GenArticle;

    fn next(&mut self) -> Option<GenArticle> {
        // News reports are the most common kind of article in an archive.
        let style = match self.rng.below(10) {
            0..=3 => Style::News,
            4 | 5 => Style::Chart,
            6 | 7 => Style::Casting,
            8 => Style::Listicle,
            _ => Style::Ratings,
        };
        Some(self.next_in(style))
    }
}

/// A show title: about a hundred thousand distinct forms.
fn show(r: &mut Rng) -> String {
    match r.below(8) {
        0..=2 => format!("{} {}", r.pick(ADJECTIVES), r.pick(NOUNS)),
        3 => format!(
            "{} {} of {}",
            r.pick(ADJECTIVES),
            r.pick(NOUNS),
            r.pick(PLACES)
        ),
        4 => format!("The {} {}", r.pick(ADJECTIVES), r.pick(NOUNS)),
        5 => format!("The {} of {}", r.pick(NOUNS), r.pick(PLACES)),
        6 => format!("Mr. {}'s {}", r.pick(SURNAMES), r.pick(NOUNS)),
        _ => format!("{} {}", r.pick(NOUNS), r.range(1900, 2099)),
    }
}

/// A Korean name, `Surname Given-name`: 25 × 1,600 forms.
fn person(r: &mut Rng) -> String {
    let given = format!("{}-{}", r.pick(SYLLABLES), r.pick(SYLLABLES));
    let mut chars = given.chars();
    let given: String = chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .chain(chars)
        .collect();
    format!("{} {given}", r.pick(SURNAMES))
}

/// A Western name, `First Last`: 1,600 forms.
fn western(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST_NAMES), r.pick(LAST_NAMES))
}

/// Paragraphs without facts, as real articles have between the ones with facts.
fn background(r: &mut Rng, text: &mut String) {
    for _ in 0..r.below(4) {
        text.push_str(&format!(
            "\nThe production filmed in {} over {} months. The director said the team wanted the {} to feel lived in, and the cast spent weeks rehearsing before the cameras rolled.\n",
            r.pick(PLACES),
            r.range(2, 10),
            r.pick(&["streets", "kitchen", "harbor", "courtroom", "station"]),
        ));
    }
}

fn news(r: &mut Rng, month: usize) -> (String, String) {
    let show = show(r);
    let cast: Vec<(String, String)> = (0..3).map(|_| (person(r), person(r))).collect();
    let (writer, director) = (person(r), person(r));
    let premiere_month = MONTHS[month % 12];
    let title = format!("{show} sets its premiere for {premiere_month}");
    let mut text = format!(
        "{title}\n\nThe new drama {show} is a {} about {} in {}. In the series, {} plays {}, {} who returns home after ten years.\n\n{} portrays {}, while {} appears as {}.\n\n{show} premieres on {premiere_month} {} on {} and will stream on {}. The drama has {} episodes. It was written by {writer} and directed by {director}.\n",
        r.pick(GENRES),
        r.pick(&["a family", "two rivals", "a small team", "three friends"]),
        r.pick(PLACES),
        cast[0].0,
        cast[0].1,
        r.pick(JOBS),
        cast[1].0,
        cast[1].1,
        cast[2].0,
        cast[2].1,
        r.range(1, 28),
        r.pick(NETWORKS),
        r.pick(SERVICES),
        r.range(4, 10) * 2,
    );
    background(r, &mut text);
    (title, text)
}

fn chart(r: &mut Rng, month: usize, day: usize) -> (String, String) {
    let shows: Vec<String> = (0..4).map(|_| show(r)).collect();
    let week = format!("{} {day}-{}", MONTHS[month - 1], day + 6);
    let list = r.pick(&["English-language", "non-English"]);
    let title = format!(
        "Netflix Top 10: '{}' keeps the crown for the week of {week}",
        shows[0]
    );
    let (writer, a1, c1, a2, c2) = (western(r), western(r), western(r), western(r), western(r));
    let text = format!(
        "{title}\n\n{} held on to the top spot on Netflix's {list} TV list for the week of {week}, according to the streamer's weekly Top 10 published Tuesday. The {}-part {} recorded {} million views and {} million hours viewed in its {} week.\n\nWritten by {writer}, the Netflix original stars {a1} as {c1}, a detective sent to {} after a ferry vanishes, and {a2} as {c2}, her reluctant partner.\n\nDebuting in second place was {}, a {} set in {}, with {} million views, ahead of the returning comedy {} in third with {} million and the limited series {} at No. 4 with {} million. {} also logged {} million hours viewed.\n\nALSO READ: The best crime shows you can stream right now\n",
        shows[0],
        r.range(6, 10),
        r.pick(GENRES),
        r.tenths(5, 30),
        r.tenths(40, 150),
        r.pick(ORDINALS),
        r.pick(PLACES),
        shows[1],
        r.pick(GENRES),
        r.pick(PLACES),
        r.tenths(4, 9),
        shows[2],
        r.tenths(3, 6),
        shows[3],
        r.tenths(1, 4),
        shows[1],
        r.tenths(20, 80),
    );
    (title, text)
}

fn casting(r: &mut Rng, year: usize) -> (String, String) {
    let show = show(r);
    let net = r.pick(WESTERN_NETWORKS);
    let title = format!("{net} rounds out the cast of '{show}'");
    let cast: Vec<(String, String)> = (0..3).map(|_| (western(r), western(r))).collect();
    let mut text = format!(
        "{title}\n\n{net} has filled out the ensemble of {show}, its upcoming {}-episode {} about {} in {}.\n\n{} will play {}, {}. {} has been cast as {}, {}, and {} joins the cast as {}, the station's long-serving cook.\n\nThe series is written by {}, who is adapting her own novel, and will be directed by {}.\n\n{show} is set to premiere on {net} in {} {} and will stream on {}.\n",
        r.range(6, 10),
        r.pick(GENRES),
        r.pick(&[
            "a research station",
            "a fishing town",
            "a hospital",
            "a law firm"
        ]),
        r.pick(PLACES),
        cast[0].0,
        cast[0].1,
        r.pick(JOBS),
        cast[1].0,
        cast[1].1,
        r.pick(JOBS),
        cast[2].0,
        cast[2].1,
        western(r),
        western(r),
        r.pick(&["early", "late", "spring", "autumn"]),
        year + 1,
        r.pick(SERVICES),
    );
    background(r, &mut text);
    (title, text)
}

fn listicle(r: &mut Rng, year: usize) -> (String, String) {
    let n = r.range(3, 6);
    let title = format!(
        "{n} K-dramas to watch this {}",
        r.pick(&["spring", "summer", "autumn", "winter"])
    );
    let mut text = format!(
        "{title}\n\nThis season's line-up mixes time loops, courtroom intrigue and at least one very hungry chef. Here are {n} new K-dramas worth adding to your watchlist.\n"
    );
    for i in 1..=n {
        let show = show(r);
        let cast: Vec<String> = (0..3).map(|_| person(r)).collect();
        let lead_character = person(r);
        let networks = if r.below(2) == 0 {
            r.pick(NETWORKS).to_string()
        } else {
            format!("{}, {}", r.pick(NETWORKS), r.pick(SERVICES))
        };
        text.push_str(&format!(
            "\n{i}. {show}\n\n{} is {} who keeps turning up in the wrong decade. {} plays {}, opposite {}.\n\nCast: {}, {} and {}\nNetwork: {networks}\nEpisodes: {}\nRelease Date: {} {}, {year}\nGenre: {}\n",
            cast[0],
            r.pick(JOBS),
            cast[0],
            lead_character,
            cast[1],
            cast[0],
            cast[1],
            cast[2],
            r.range(4, 10) * 2,
            r.pick(MONTHS),
            r.range(1, 28),
            r.pick(LIST_GENRES),
        ));
    }
    text.push_str("\nWhich one are you starting first?\n");
    (title, text)
}

fn ratings(r: &mut Rng, month: usize, day: usize) -> (String, String) {
    let (s1, s2, s3) = (show(r), show(r), show(r));
    let (n1, n2, n3) = (r.pick(NETWORKS), r.pick(NETWORKS), r.pick(NETWORKS));
    let title = format!("Weekend ratings: \"{s1}\" hits a new high");
    let text = format!(
        "{title}\n\nSEOUL, {} {day} -- {n1}'s \"{s1}\" reached a new high on Sunday, while {n2}'s \"{s2}\" kept climbing in its second weekend on air.\n\nAccording to Nielsen Korea, the {} episode of the {n1} weekend drama recorded a nationwide household rating of {} percent on Sunday, up from {} percent the night before. Starring {} and {}, \"{s1}\" airs every Saturday and Sunday at 8 p.m. KST.\n\n{s2}, the {} led by {}, averaged {} percent nationwide for its {} episode, a personal best for the series.\n\n{n3}'s \"{s3}\" also rose, scoring a viewership rating of {}% on Saturday.\n\nRatings for the week's cable variety shows, which are not covered here, will be published on Tuesday.\n",
        MONTHS[month - 1],
        r.pick(ORDINALS),
        r.tenths(8, 25),
        r.tenths(5, 20),
        person(r),
        person(r),
        r.pick(GENRES),
        person(r),
        r.tenths(3, 12),
        r.pick(ORDINALS),
        r.tenths(1, 9),
    );
    (title, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_articles() {
        let a: Vec<String> = Generator::new(7).take(50).map(|a| a.to_txt()).collect();
        let b: Vec<String> = Generator::new(7).take(50).map(|a| a.to_txt()).collect();
        assert_eq!(a, b);
        let c: Vec<String> = Generator::new(8).take(50).map(|a| a.to_txt()).collect();
        assert_ne!(a, c);
    }

    #[test]
    fn every_style_yields_facts() {
        let mut g = Generator::new(1);
        for style in Style::ALL {
            let a = g.next_in(style);
            let facts = crate::extract::extract(&a.article()).facts.len();
            assert!(facts >= 3, "{style:?} gave {facts} facts:\n{}", a.text);
        }
    }
}

//! Writes N generated news articles as JSON Lines, deterministically, for load and memory measurements.
//!
//! `cargo run --release --example gen_corpus -- N [SEED] > corpus.jsonl`
//!
//! Every article is built from templates with names drawn from small syllable lists by a
//! seeded SplitMix64, so the same N and seed give the same bytes on every machine. Show and
//! person names are drawn from tens of thousands of combinations, so the entity vocabulary
//! grows with the corpus the way an archive's does.

use std::io::{self, BufWriter, Write};

/// SplitMix64: a tiny, well-mixed generator; enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const ADJECTIVES: &[&str] = &[
    "Silent", "Golden", "Hidden", "Midnight", "Crimson", "Paper", "Glass", "Salt", "Winter",
    "Neon", "Quiet", "Broken", "Silver", "Lantern", "Velvet", "Hollow", "Second", "Last", "Little",
    "Wild", "Bright", "Iron", "Northern", "Summer", "Lucky", "Distant", "Secret", "Burning",
    "Frozen", "Gentle",
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
];
const SURNAMES: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
    "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong",
];
const SYLLABLES: &[&str] = &[
    "min", "seo", "ji", "hoon", "ha", "eun", "jae", "won", "soo", "yeon", "tae", "il", "na", "rae",
    "bo", "ra", "kyung", "hyun", "woo", "jin", "da", "hee", "sung", "ho", "young", "mi", "joon",
    "ah", "sol", "bin",
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
];
const NETWORKS: &[&str] = &["tvN", "JTBC", "SBS", "KBS2", "MBC", "ENA"];
const SERVICES: &[&str] = &["Netflix", "Disney+", "Viki", "Prime Video", "TVING"];
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
];

fn show(r: &mut Rng) -> String {
    let base = format!("{} {}", r.pick(ADJECTIVES), r.pick(NOUNS));
    if r.below(3) == 0 {
        format!("{base} of {}", r.pick(PLACES))
    } else {
        base
    }
}

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

fn article(r: &mut Rng, i: usize) -> serde_json::Value {
    let year = 2019 + r.below(7);
    let month = 1 + r.below(12);
    let day = 1 + r.below(28);
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
        1 + r.below(28),
        r.pick(NETWORKS),
        r.pick(SERVICES),
        8 + 2 * r.below(6),
    );
    // Background paragraphs of varying length, as real articles have.
    for _ in 0..r.below(4) {
        text.push_str(&format!(
            "\nThe production filmed in {} over {} months. The director said the team wanted the {} to feel lived in, and the cast spent weeks rehearsing before the cameras rolled.\n",
            r.pick(PLACES),
            2 + r.below(9),
            r.pick(&["streets", "kitchen", "harbor", "courtroom", "station"]),
        ));
    }
    serde_json::json!({
        "id": format!("gen-{i:07}"),
        "date": format!("{year:04}-{month:02}-{day:02}"),
        "title": title,
        "text": text,
    })
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(42);
    let mut r = Rng(seed);
    let mut out = BufWriter::new(io::stdout().lock());
    for i in 0..n {
        serde_json::to_writer(&mut out, &article(&mut r, i))?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

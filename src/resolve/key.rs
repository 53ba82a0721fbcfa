//! Name keys and slugs: pure functions of a name, so that every machine mints the same IRI for it.

use unicode_normalization::UnicodeNormalization;

use crate::extract::atoms::names;

/// What each ASCII byte adds to a name key: itself lower-cased (letters and digits), `plus`
/// or `and` (the markers [`PLUS`] and [`AND`]), or nothing (0). One table look-up a byte
/// instead of a chain of tests.
const ASCII_KEY: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else if c == b'+' {
            PLUS
        } else if c == b'&' {
            AND
        } else {
            0
        };
        b += 1;
    }
    table
};
/// [`ASCII_KEY`]'s marker for `+`.
const PLUS: u8 = 1;
/// [`ASCII_KEY`]'s marker for `&`.
const AND: u8 = 2;

/// The key two names must share to be one entity: NFKC, case-folded, `+` as `plus`, `&` as
/// `and`, only letters and digits. Blind to romanisation spacing: `Kim Soo-hyun`,
/// `Kim Soo Hyun` and `Kim Soohyun` share `kimsoohyun`.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len() + 8);
    push_name_key(&mut key, name);
    key
}

/// Appends [`name_key`] of a name to `key`: a key made of several (a show's and a
/// character's) is written into one buffer.
pub fn push_name_key(key: &mut String, name: &str) {
    // ASCII is its own NFKC form and lower-cases byte by byte: most names skip normalisation
    // and are keyed byte by byte.
    if name.is_ascii() {
        key.reserve(name.len());
        for &b in name.as_bytes() {
            match ASCII_KEY[usize::from(b)] {
                0 => {}
                PLUS => key.push_str("plus"),
                AND => key.push_str("and"),
                c => key.push(char::from(c)),
            }
        }
        return;
    }
    name.nfkc()
        .flat_map(char::to_lowercase)
        .for_each(|c| match c {
            '+' => key.push_str("plus"),
            '&' => key.push_str("and"),
            c if c.is_alphanumeric() => key.push(c),
            _ => {}
        });
}

/// A readable IRI-safe slug: lower-case words joined by `-`; ASCII letters and digits as they
/// are, other letters percent-encoded (UTF-8), everything else dropped.
pub fn slug(name: &str) -> String {
    // ASCII is its own NFKC form and lower-cases byte by byte: most names skip normalisation
    // and are written byte by byte.
    let text = if name.is_ascii() {
        ascii_slug(name, true)
    } else {
        let mut out = Slug::default();
        name.nfkc()
            .flat_map(char::to_lowercase)
            .for_each(|c| out.push(c));
        out.text
    };
    if text.is_empty() { "_".into() } else { text }
}

/// What [`Slug::push`] writes for an ASCII name, byte by byte (before an empty slug becomes
/// `_`); without the `-` between words unless `dashes`.
fn ascii_slug(name: &str, dashes: bool) -> String {
    let mut text = String::with_capacity(name.len() + 4);
    let mut open = false;
    for b in name.bytes() {
        let word: &str = match b {
            b'+' => "plus",
            b'&' => {
                open = false;
                "and"
            }
            b'\'' | b'.' => continue,
            b if b.is_ascii_alphanumeric() => "",
            _ => {
                open = false;
                continue;
            }
        };
        if !open {
            if dashes && !text.is_empty() {
                text.push('-');
            }
            open = true;
        }
        if word.is_empty() {
            text.push(char::from(b.to_ascii_lowercase()));
        } else {
            text.push_str(word);
        }
        if b == b'&' {
            open = false;
        }
    }
    text
}

/// A slug being written: its words joined by `-`, and whether a word is open.
#[derive(Default)]
struct Slug {
    text: String,
    open: bool,
}

impl Slug {
    /// Appends to the open word, opening one (after a `-`) if none is.
    fn word(&mut self, s: &str) {
        if !self.open {
            if !self.text.is_empty() {
                self.text.push('-');
            }
            self.open = true;
        }
        self.text.push_str(s);
    }

    /// One character of the normalised, lower-cased name.
    fn push(&mut self, c: char) {
        match c {
            '+' => self.word("plus"),
            '&' => {
                self.open = false;
                self.word("and");
                self.open = false;
            }
            '\'' | '’' | '.' => {}
            c if c.is_ascii_alphanumeric() => self.word(c.encode_utf8(&mut [0; 4])),
            c if c.is_alphanumeric() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    const HEX: &[u8; 16] = b"0123456789ABCDEF";
                    let esc = [b'%', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]];
                    self.word(std::str::from_utf8(&esc).unwrap_or_default());
                }
            }
            _ => self.open = false,
        }
    }
}

/// A person's slug: as [`slug`], except that a Korean given name is written as one word, so
/// that all three romanisations (`Soo-hyun`, `Soo Hyun`, `Soohyun`) give `kim-soohyun`.
pub fn person_slug(name: &str) -> String {
    // The first word (what `split_whitespace` gives first) and the words after it.
    let trimmed = name.trim_start();
    let (surname, rest) =
        trimmed.split_at(trimmed.find(char::is_whitespace).unwrap_or(trimmed.len()));
    match Some(surname).filter(|s| !s.is_empty()) {
        Some(surname) if names::is_korean_surname(surname) => {
            // The given name's slug without its `-`: for ASCII, its words written unjoined
            // (an empty one is `_`, as `slug` makes it). Without dashes, `ascii_slug` drops
            // every byte but letters, digits, `+` and `&`, so the words need no joining first.
            let given = if rest.is_ascii() {
                let g = ascii_slug(rest, false);
                if g.is_empty() { "_".into() } else { g }
            } else {
                let given: String = rest.split_whitespace().collect::<Vec<_>>().join("");
                if given.is_ascii() {
                    let g = ascii_slug(&given, false);
                    if g.is_empty() { "_".into() } else { g }
                } else {
                    slug(&given).replace('-', "")
                }
            };
            if given.is_empty() {
                slug(name)
            } else {
                let mut out = slug(surname);
                out.push('-');
                out.push_str(&given);
                out
            }
        }
        _ => slug(name),
    }
}

/// [`person_slug`] as first written, for the test that keeps the two equal.
#[cfg(test)]
fn person_slug_as_written(name: &str) -> String {
    let s = slug(name);
    let mut parts = name.split_whitespace();
    match parts.next() {
        Some(surname) if names::is_korean_surname(surname) => {
            let given: String = parts.collect::<Vec<_>>().join("");
            let given = slug(&given).replace('-', "");
            if given.is_empty() {
                s
            } else {
                format!("{}-{given}", slug(surname))
            }
        }
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_slugs() {
        assert_eq!(name_key("Kim Soo-hyun"), name_key("Kim Soohyun"));
        assert_eq!(name_key("Disney+"), "disneyplus");
        assert_eq!(slug("It's Okay to Not Be Okay"), "its-okay-to-not-be-okay");
        assert_eq!(
            slug("Harbor Lights: The Return"),
            "harbor-lights-the-return"
        );
        assert_eq!(slug("Disney+"), "disneyplus");
        assert_eq!(
            slug("눈물의 여왕"),
            "%EB%88%88%EB%AC%BC%EC%9D%98-%EC%97%AC%EC%99%95"
        );
        assert_eq!(slug("!!!"), "_");
        for n in ["Kim Soo-hyun", "Kim Soo Hyun", "Kim Soohyun"] {
            assert_eq!(person_slug(n), "kim-soohyun", "{n}");
        }
        assert_eq!(person_slug("Jenna Ortega"), "jenna-ortega");
    }

    /// The slug as first written: words collected, then joined.
    fn slug_by_words(name: &str) -> String {
        let mut words: Vec<String> = Vec::new();
        let mut cur = String::new();
        for c in name.nfkc().flat_map(char::to_lowercase) {
            match c {
                '+' => cur.push_str("plus"),
                '&' => {
                    words.extend((!cur.is_empty()).then(|| std::mem::take(&mut cur)));
                    words.push("and".into());
                }
                '\'' | '’' | '.' => {}
                c if c.is_ascii_alphanumeric() => cur.push(c),
                c if c.is_alphanumeric() => {
                    let mut buf = [0u8; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        cur.push_str(&format!("%{b:02X}"));
                    }
                }
                _ => words.extend((!cur.is_empty()).then(|| std::mem::take(&mut cur))),
            }
        }
        words.extend((!cur.is_empty()).then_some(cur));
        if words.is_empty() {
            "_".into()
        } else {
            words.join("-")
        }
    }

    #[test]
    fn person_slugs_as_first_written() {
        for n in [
            "Kim Soo-hyun",
            "Kim Soo Hyun",
            "Kim Soohyun",
            "Kim",
            "Kim !!",
            "Kim .-'",
            "Kim +",
            "Park A&B",
            "Lee Ji-eun Jr.",
            "Lee Zoë",
            "Lee 김",
            "Lee 。",
            "Jenna Ortega",
            "",
            "  Kim  Soo ",
            "Namgoong Min",
            "Kim\tSoo-hyun",
            "Kim\u{3000}Soo hyun",
            "Kim Soo\u{3000}hyun",
            "\u{3000}Kim Soo",
            "Kim\u{3000}",
            "Kim \u{3000} ",
            "Park Ji+Min & Co",
        ] {
            assert_eq!(person_slug(n), person_slug_as_written(n), "{n:?}");
        }
    }

    #[test]
    fn ascii_slugs_as_the_char_writer_does() {
        for n in [
            "Kim Soo-hyun",
            "AT&T",
            "&&a&",
            "+x+ & +",
            "Apple TV+",
            "O'Brien, Jr. 2",
            "",
            "  ",
            "Mr. & Mrs. Smith: Part 2!",
            "a--b__c",
            "&",
            "a&",
            "&a",
        ] {
            let mut out = Slug::default();
            n.chars().for_each(|c| out.push(c.to_ascii_lowercase()));
            assert_eq!(ascii_slug(n, true), out.text, "{n:?}");
            assert_eq!(ascii_slug(n, false), out.text.replace('-', ""), "{n:?}");
        }
    }

    #[test]
    fn slugs_are_written_as_the_word_list_joined() {
        for n in [
            "Kim Soo-hyun",
            "AT&T",
            "&&a&",
            "+x+ & +",
            "Apple TV+",
            "O'Brien, Jr. 2",
            "",
            "  ",
            "Zoë Ｋｉｍ",
            "눈물의 여왕",
            "It's Okay to Not Be Okay",
            "Mr. & Mrs. Smith: Part 2!",
        ] {
            assert_eq!(slug(n), slug_by_words(n), "{n:?}");
        }
    }

    #[test]
    fn ascii_names_key_as_the_normalised_path_does() {
        let full = |n: &str| -> String {
            n.nfkc()
                .flat_map(char::to_lowercase)
                .flat_map(|c| match c {
                    '+' => "plus".chars().collect::<Vec<_>>(),
                    '&' => "and".chars().collect(),
                    c if c.is_alphanumeric() => vec![c],
                    _ => Vec::new(),
                })
                .collect()
        };
        for n in [
            "Kim Soo-hyun",
            "AT&T",
            "Apple TV+",
            "O'Brien, Jr. 2",
            "",
            "Zoë",
            "Ｋｉｍ",
            "김수현",
        ] {
            assert_eq!(name_key(n), full(n), "{n}");
            // Appended to a key already written, as `pair_key` does.
            let mut pair = "queenoftears\0".to_string();
            push_name_key(&mut pair, n);
            assert_eq!(pair, format!("queenoftears\0{}", full(n)), "{n}");
        }
        // Every ASCII byte, as the table writes it.
        let ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(name_key(&ascii), full(&ascii));
        assert_eq!(name_key("Ｋｉｍ Soo"), "kimsoo");
    }
}

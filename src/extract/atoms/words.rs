//! Fixed word lists as hash sets: a membership test costs a hash of the word and one or two
//! probes, where `<[&str]>::contains` compares the word with every entry.

/// A set of words (or of any byte strings), built once from a list: open addressing with
/// linear probing in a table at most half full, each slot keeping its word's hash so that a
/// probe compares bytes only when the hashes agree.
#[derive(Debug)]
pub struct WordSet {
    slots: Box<[(u64, Box<[u8]>)]>,
    mask: usize,
    has_empty: bool,
}

impl WordSet {
    /// The set of `words`.
    pub fn new<W: AsRef<[u8]>>(words: impl IntoIterator<Item = W>) -> Self {
        let words: Vec<W> = words.into_iter().collect();
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mut set = Self {
            slots: vec![(0, Box::default()); size].into_boxed_slice(),
            mask: size - 1,
            has_empty: false,
        };
        for w in &words {
            let w = w.as_ref();
            if w.is_empty() {
                set.has_empty = true;
                continue;
            }
            let h = hash(w);
            let mut i = h as usize & set.mask;
            loop {
                let slot = &mut set.slots[i];
                if slot.1.is_empty() {
                    *slot = (h, w.into());
                    break;
                }
                if slot.0 == h && *slot.1 == *w {
                    break;
                }
                i = (i + 1) & set.mask;
            }
        }
        set
    }

    /// Whether `w` is in the set.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.contains_bytes(w.as_bytes())
    }

    /// Whether the bytes `w` are in the set.
    #[inline]
    pub fn contains_bytes(&self, w: &[u8]) -> bool {
        if w.is_empty() {
            return self.has_empty;
        }
        let h = hash(w);
        let mut i = h as usize & self.mask;
        loop {
            let (sh, sw) = &self.slots[i];
            if sw.is_empty() {
                return false;
            }
            if *sh == h && **sw == *w {
                return true;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// A list of prefixes grouped by their first two bytes, for "does the text start with any of
/// them": a test compares the text with the few prefixes sharing its first two bytes, not the
/// whole list (the lexicon's follower lists nearly all open with a space).
#[derive(Debug)]
pub struct PrefixSet {
    /// The prefixes of two bytes or more, in order of their first two bytes.
    prefixes: Vec<Box<[u8]>>,
    /// The first two bytes of each of `prefixes` (big-endian), for a binary search.
    keys: Vec<u16>,
    /// The one-byte prefixes.
    bytes: Vec<u8>,
    has_empty: bool,
}

impl PrefixSet {
    /// The set of `prefixes`.
    pub fn new<W: AsRef<[u8]>>(prefixes: impl IntoIterator<Item = W>) -> Self {
        let mut all: Vec<Box<[u8]>> = prefixes.into_iter().map(|p| p.as_ref().into()).collect();
        let has_empty = all.iter().any(|p| p.is_empty());
        let bytes = all.iter().filter(|p| p.len() == 1).map(|p| p[0]).collect();
        all.retain(|p| p.len() >= 2);
        all.sort_by_key(|p| key(p));
        Self {
            keys: all.iter().map(|p| key(p)).collect(),
            prefixes: all,
            bytes,
            has_empty,
        }
    }

    /// Whether `text` starts with one of the prefixes.
    #[inline]
    pub fn any_prefix_of(&self, text: &str) -> bool {
        let t = text.as_bytes();
        let Some(&b) = t.first() else {
            return self.has_empty;
        };
        if self.has_empty || self.bytes.contains(&b) {
            return true;
        }
        if t.len() < 2 {
            return false;
        }
        let k = key(t);
        let from = self.keys.partition_point(|&x| x < k);
        self.keys[from..]
            .iter()
            .take_while(|&&x| x == k)
            .zip(&self.prefixes[from..])
            .any(|(_, p)| t.starts_with(p))
    }
}

/// The first two bytes of a byte string of two bytes or more.
#[inline]
fn key(p: &[u8]) -> u16 {
    u16::from_be_bytes([p[0], p[1]])
}

/// FNV-1a over the bytes: words are short, so a byte loop beats a block hash.
#[inline]
fn hash(w: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in w {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    // The low bits index the table; fold the high bits in.
    h ^ h >> 29
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_exactly_its_words() {
        let list = ["Kim", "Lee", "", "Park", "Kim", "a", "Jr."];
        let set = WordSet::new(list);
        for w in list {
            assert!(set.contains(w), "{w:?}");
        }
        for w in ["kim", "Ki", "Kimm", "Park ", "b", "Jr", "김"] {
            assert!(!set.contains(w), "{w:?}");
        }
        assert!(!WordSet::new(["x"]).contains(""));
        // Many words: every one found, none of their variants.
        let many: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        let set = WordSet::new(&many);
        assert!(many.iter().all(|w| set.contains(w)));
        assert!((500..1000).all(|i| !set.contains(&format!("w{i}"))));
    }

    #[test]
    fn prefixes_as_a_scan_of_the_list() {
        let lists: [&[&str]; 4] = [
            &[" is ", " stars", ", the", " (20", "'s ", " é", "é"],
            &["", "x"],
            &[],
            &[" a", " ab", " b", "  ", " ", "ab", "a"],
        ];
        let texts = [
            " is a",
            " i",
            "",
            " stars as",
            ", th",
            ", the",
            " (2019)",
            "'s",
            "'s X",
            " é",
            "éa",
            "x",
            "y",
            "ÿ",
            " ",
            "  x",
            " abc",
            " bx",
            "ac",
        ];
        for list in lists {
            let set = PrefixSet::new(list);
            for t in texts {
                let scan = list.iter().any(|p| t.starts_with(p));
                assert_eq!(set.any_prefix_of(t), scan, "{list:?} {t:?}");
            }
        }
    }
}

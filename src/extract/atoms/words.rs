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

/// A list of prefixes grouped by first byte, for "does the text start with any of them": a
/// test compares the text with the few prefixes sharing its first byte, not the whole list.
#[derive(Debug)]
pub struct PrefixSet {
    /// The prefixes, in order of first byte.
    prefixes: Vec<Box<[u8]>>,
    /// Where each first byte's prefixes start in `prefixes` (and end, at the next byte's).
    starts: Box<[u16; 257]>,
    has_empty: bool,
}

impl PrefixSet {
    /// The set of `prefixes`.
    pub fn new<W: AsRef<[u8]>>(prefixes: impl IntoIterator<Item = W>) -> Self {
        let mut all: Vec<Box<[u8]>> = prefixes.into_iter().map(|p| p.as_ref().into()).collect();
        let has_empty = all.iter().any(|p| p.is_empty());
        all.retain(|p| !p.is_empty());
        all.sort_by_key(|p| p[0]);
        let mut starts = Box::new([0u16; 257]);
        for b in 0..=256usize {
            let at = all.partition_point(|p| usize::from(p[0]) < b);
            starts[b] = u16::try_from(at).unwrap_or(u16::MAX);
        }
        Self {
            prefixes: all,
            starts,
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
        let (from, to) = (
            usize::from(self.starts[usize::from(b)]),
            usize::from(self.starts[usize::from(b) + 1]),
        );
        self.has_empty || self.prefixes[from..to].iter().any(|p| t.starts_with(p))
    }
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
        let lists: [&[&str]; 3] = [
            &[" is ", " stars", ", the", " (20", "'s ", " é", "é"],
            &["", "x"],
            &[],
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

//! Text laid out in blocks, as a plain-text article is: blocks after blank lines, list items as `- ` lines.

/// Text being laid out in blocks.
#[derive(Debug, Default)]
pub struct Layout {
    out: String,
    line: String,
    /// Whether the last block written was a list item (consecutive items share a run of lines).
    item: bool,
}

impl Layout {
    /// Appends text with runs of whitespace collapsed to one space.
    pub fn text(&mut self, t: &str) {
        for (i, word) in t.split(char::is_whitespace).enumerate() {
            let at_space = self.line.is_empty() || self.line.ends_with([' ', '\n']);
            if i > 0 && !at_space {
                self.line.push(' ');
            }
            self.line.push_str(word);
        }
        if t.ends_with(char::is_whitespace) && !self.line.ends_with([' ', '\n']) {
            self.line.push(' ');
        }
    }

    /// Ends the current block: its lines trimmed, written after a blank line (a line break
    /// between consecutive list items).
    pub fn end_block(&mut self, list_item: bool) {
        let lines: Vec<&str> = self
            .line
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && *l != "-")
            .collect();
        if !lines.is_empty() {
            if !self.out.is_empty() {
                self.out
                    .push_str(if list_item && self.item { "\n" } else { "\n\n" });
            }
            self.out.push_str(&lines.join("\n"));
            self.item = list_item;
        }
        self.line.clear();
    }

    /// A line break inside the block.
    pub fn line_break(&mut self) {
        self.line.push('\n');
    }

    /// Opens a list item line.
    pub fn list_marker(&mut self) {
        self.line.push_str("- ");
    }

    /// The text laid out so far, the last block ended.
    pub fn finish(mut self) -> String {
        self.end_block(false);
        self.out
    }
}

//! The catalogue: which source each article graph was loaded from, so that loads are incremental and `--prune` knows what is gone.
//!
//! It is one named graph, [`showkg::CATALOGUE`], holding for each article graph
//! `<article> showkg:source "key"` (once per source that had this content: a path, `-`, or
//! `file#id` for a JSON Lines record) and `<article> showkg:extractedWith "settings"`. The
//! article IRI is minted from the content hash, so a source whose article IRI is unchanged
//! (and was extracted with the same settings) has not changed. Every change to one source,
//! its article graph and its catalogue entries is one transaction. Loads also put the
//! article's extraction record here (`showkg:extraction`, see `consolidate`), and
//! consolidation its marker (`showkg:consolidatedWith`); replacing the graph drops both.

use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term,
};

use super::{ShowStore, StoreError};
use crate::rdf::vocab::showkg;

/// What loading one article from one source did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadOutcome {
    /// The source was not in the store.
    New,
    /// The source was in the store with other content (or other settings); its graph was
    /// replaced.
    Changed,
    /// The source was in the store with this content and these settings; nothing was written.
    Unchanged,
}

const CATALOGUE: GraphNameRef<'static> = GraphNameRef::NamedNode(showkg::CATALOGUE);

fn named(subject: NamedOrBlankNode) -> Option<NamedNode> {
    match subject {
        NamedOrBlankNode::NamedNode(n) => Some(n),
        NamedOrBlankNode::BlankNode(_) => None,
    }
}

impl ShowStore {
    /// The article graphs the catalogue records for a source key.
    pub(super) fn articles_of(&self, key: &Literal) -> Result<Vec<NamedNode>, StoreError> {
        self.store
            .quads_for_pattern(
                None,
                Some(showkg::SOURCE),
                Some(key.as_ref().into()),
                Some(CATALOGUE),
            )
            .map(|q| q.map(|q| named(q.subject)).map_err(|e| self.storage(e)))
            .filter_map(Result::transpose)
            .collect()
    }

    /// The settings an article graph was extracted with.
    fn settings_of(&self, article: NamedNodeRef<'_>) -> Result<Option<Term>, StoreError> {
        self.store
            .quads_for_pattern(
                Some(article.into()),
                Some(showkg::EXTRACTED_WITH),
                None,
                Some(CATALOGUE),
            )
            .next()
            .transpose()
            .map(|q| q.map(|q| q.object))
            .map_err(|e| self.storage(e))
    }

    /// Whether `key` was loaded as `article` with `settings` (a string that changes when
    /// extraction would give other facts): then loading it again would change nothing, and
    /// the caller can skip extracting it.
    pub fn is_loaded(
        &self,
        key: &str,
        article: &NamedNode,
        settings: &str,
    ) -> Result<bool, StoreError> {
        let current = self.articles_of(&Literal::new_simple_literal(key))?;
        Ok(current == [article.clone()]
            && self.settings_of(article.as_ref())?
                == Some(Literal::new_simple_literal(settings).into()))
    }

    /// Loads one source's article graph in one transaction: the graph is replaced by
    /// `quads` (even when unchanged: callers skip those with [`ShowStore::is_loaded`] unless
    /// forced), the catalogue records the source and the settings, and the graph the source
    /// held before is removed unless another source still refers to it. Readers see the
    /// store before or after, never between; a failure leaves it as it was.
    pub fn load_article(
        &self,
        key: &str,
        article: &NamedNode,
        settings: &str,
        quads: &[Quad],
    ) -> Result<LoadOutcome, StoreError> {
        let key = Literal::new_simple_literal(key);
        let settings_literal = Literal::new_simple_literal(settings);
        let previous = self.articles_of(&key)?;
        let mut orphans = Vec::new();
        for old in previous.iter().filter(|old| *old != article) {
            if self.other_sources(old.as_ref(), &key)? == 0 {
                orphans.push(old.clone());
            }
        }
        let old_settings = self.settings_of(article.as_ref())?;
        let unchanged =
            previous == [article.clone()] && old_settings == Some(settings_literal.clone().into());
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        for old in previous.iter().filter(|old| *old != article) {
            t.remove(QuadRef::new(old, showkg::SOURCE, &key, CATALOGUE));
        }
        for old in &orphans {
            self.forget(&mut t, old.as_ref())?;
        }
        // The settings and whatever else the catalogue says of the article's graph (its
        // extraction record, the consolidation applied to it) describe the graph being
        // replaced; `quads` may bring new ones, so they go first.
        for q in self.annotations(article.as_ref())? {
            t.remove(&q);
        }
        t.remove_named_graph(article).map_err(|e| self.storage(e))?;
        t.insert_named_graph(article);
        t.extend(quads);
        t.insert(QuadRef::new(
            article,
            showkg::EXTRACTED_WITH,
            &settings_literal,
            CATALOGUE,
        ));
        t.insert(QuadRef::new(article, showkg::SOURCE, &key, CATALOGUE));
        t.commit().map_err(|e| self.storage(e))?;
        Ok(if previous.is_empty() {
            LoadOutcome::New
        } else if unchanged {
            LoadOutcome::Unchanged
        } else {
            LoadOutcome::Changed
        })
    }

    /// The catalogue's quads about an article graph other than its sources.
    fn annotations(&self, article: NamedNodeRef<'_>) -> Result<Vec<Quad>, StoreError> {
        self.store
            .quads_for_pattern(Some(article.into()), None, None, Some(CATALOGUE))
            .filter(|q| q.as_ref().map_or(true, |q| q.predicate != showkg::SOURCE))
            .collect::<Result<_, _>>()
            .map_err(|e| self.storage(e))
    }

    /// How many sources other than `key` the catalogue records for an article graph.
    fn other_sources(&self, article: NamedNodeRef<'_>, key: &Literal) -> Result<usize, StoreError> {
        let mut n = 0;
        for q in self.store.quads_for_pattern(
            Some(article.into()),
            Some(showkg::SOURCE),
            None,
            Some(CATALOGUE),
        ) {
            let q = q.map_err(|e| self.storage(e))?;
            n += usize::from(q.object != Term::Literal(key.clone()));
        }
        Ok(n)
    }

    /// Removes an article graph and its catalogue entries within a transaction.
    fn forget(
        &self,
        t: &mut oxigraph::store::Transaction<'_>,
        article: NamedNodeRef<'_>,
    ) -> Result<(), StoreError> {
        t.remove_named_graph(article).map_err(|e| self.storage(e))?;
        let entries: Vec<Quad> = self
            .store
            .quads_for_pattern(Some(article.into()), None, None, Some(CATALOGUE))
            .collect::<Result<_, _>>()
            .map_err(|e| self.storage(e))?;
        for q in &entries {
            t.remove(q);
        }
        Ok(())
    }

    /// Every source key in the catalogue with its article graph, sorted by key.
    pub fn sources(&self) -> Result<Vec<(String, NamedNode)>, StoreError> {
        let mut out: Vec<(String, NamedNode)> = self
            .store
            .quads_for_pattern(None, Some(showkg::SOURCE), None, Some(CATALOGUE))
            .filter_map(|q| match q {
                Ok(q) => match (named(q.subject), q.object) {
                    (Some(a), Term::Literal(l)) => Some(Ok((l.value().to_string(), a))),
                    _ => None,
                },
                Err(e) => Some(Err(self.storage(e))),
            })
            .collect::<Result<_, _>>()?;
        out.sort();
        Ok(out)
    }

    /// Removes every source for which `keep` is false, one transaction each, and the article
    /// graphs no remaining source refers to; returns the sources removed.
    pub fn prune(&self, keep: impl Fn(&str) -> bool) -> Result<usize, StoreError> {
        let mut removed = 0;
        for (key, article) in self.sources()? {
            if keep(&key) {
                continue;
            }
            let key = Literal::new_simple_literal(key);
            let orphan = self.other_sources(article.as_ref(), &key)? == 0;
            let mut t = self
                .store
                .start_transaction()
                .map_err(|e| self.storage(e))?;
            t.remove(QuadRef::new(&article, showkg::SOURCE, &key, CATALOGUE));
            if orphan {
                self.forget(&mut t, article.as_ref())?;
            }
            t.commit().map_err(|e| self.storage(e))?;
            removed += 1;
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use oxigraph::model::{GraphName, Quad};

    use super::*;
    use crate::rdf::vocab::schema;

    fn graph(n: &str) -> (NamedNode, Vec<Quad>) {
        let g = NamedNode::new_unchecked(format!("http://e.org/article/{n}"));
        let q = Quad::new(
            g.clone(),
            schema::NAME,
            Literal::new_simple_literal(n),
            GraphName::NamedNode(g.clone()),
        );
        (g, vec![q])
    }

    #[test]
    fn sources_are_new_unchanged_changed_and_pruned() {
        let s = ShowStore::in_memory().unwrap();
        let (a, qa) = graph("a");
        let (b, qb) = graph("b");
        assert_eq!(
            s.load_article("f1", &a, "v1", &qa).unwrap(),
            LoadOutcome::New
        );
        assert_eq!(
            s.load_article("f1", &a, "v1", &qa).unwrap(),
            LoadOutcome::Unchanged
        );
        assert_eq!(
            s.load_article("f1", &a, "v2", &qa).unwrap(),
            LoadOutcome::Changed
        );
        // Same content under a second source: one graph, two sources.
        assert_eq!(
            s.load_article("f2", &a, "v2", &qa).unwrap(),
            LoadOutcome::New
        );
        // f1 changes: graph a stays for f2.
        assert_eq!(
            s.load_article("f1", &b, "v2", &qb).unwrap(),
            LoadOutcome::Changed
        );
        assert_eq!(s.graphs().unwrap().len(), 3, "a, b and the catalogue");
        assert_eq!(s.prune(|k| k == "f1").unwrap(), 1);
        let names: Vec<String> = s.graphs().unwrap().iter().map(|g| g.to_string()).collect();
        assert!(!names.contains(&a.to_string()), "{names:?}");
        assert!(names.contains(&b.to_string()), "{names:?}");
        assert_eq!(s.sources().unwrap(), [("f1".to_string(), b)]);
    }
}

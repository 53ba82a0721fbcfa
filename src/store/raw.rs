//! Quad-level access for the passes over a whole store (consolidation, conflicts, statistics): pattern scans and multi-graph transactions.

use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, TermRef};

use super::{ShowStore, StoreError};

impl ShowStore {
    /// The quads matching a pattern (`None` matches anything), in the store's index order.
    pub fn pattern<'a>(
        &'a self,
        subject: Option<NamedOrBlankNodeRef<'a>>,
        predicate: Option<NamedNodeRef<'a>>,
        object: Option<TermRef<'a>>,
        graph: Option<GraphNameRef<'a>>,
    ) -> impl Iterator<Item = Result<Quad, StoreError>> + 'a {
        self.store
            .quads_for_pattern(subject, predicate, object, graph)
            .map(|q| q.map_err(|e| self.storage(e)))
    }

    /// In one transaction: empties the graphs `clear` (they stay in the store, empty), removes
    /// the quads `remove` and inserts the quads `insert`. Readers see the store before or
    /// after, never between; a failure leaves it as it was.
    pub fn apply(
        &self,
        clear: &[NamedNode],
        remove: &[Quad],
        insert: &[Quad],
    ) -> Result<(), StoreError> {
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        for g in clear {
            t.remove_named_graph(g).map_err(|e| self.storage(e))?;
            t.insert_named_graph(g);
        }
        for q in remove {
            t.remove(q);
        }
        t.extend(insert);
        t.commit().map_err(|e| self.storage(e))
    }
}

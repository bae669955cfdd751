// The first statement of a batch (graph/writer.py: several articles in one transaction): take the WriterLock
// (held until commit), then find the Person and Organization nodes any article of the batch may resolve to in
// the full-text index `resolution_keys` ($batch.lookups: exact keys OR-ed, up to 400 per query), before the
// transaction writes any of them: inside a transaction that wrote indexed nodes, the index does not answer
// reliably. The writer then follows these nodes and those the batch creates by element id (BatchNodes).
// One map parameter $batch (one cached plan); plans never follow statistics (replan=skip).
CYPHER replan=skip
MERGE (l:WriterLock {name: 'graph'})
SET l.version = coalesce(l.version, 0) + 1
WITH l
CALL (l) {
  UNWIND $batch.lookups AS q
  CALL db.index.fulltext.queryNodes('resolution_keys', q) YIELD node
  WITH DISTINCT node
  RETURN collect([elementId(node), node.match_keys]) AS found
}
RETURN found

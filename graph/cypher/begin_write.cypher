// The first statement of every write (graph/writer.py): compare the article's stored content hash with the new
// one ($props, or null for a removal); when the article changes, upsert it (and its Extraction node: the article
// graph it was loaded with, JSON in `graph`, kept off the Article so queries that return articles stay light) and take the WriterLock (held until
// commit, so writes resolve one after another), then read the block: the Person and Organization nodes the
// new article may resolve to (full-text index `resolution_keys`, $lookups: exact keys OR-ed, up to 400 per
// query; in a batch, $eids instead: see batch_lookups.cypher), those its old version
// mentions, the old version's MENTIONS, and the taxonomy links (BROADER: a handful, whatever the corpus size).
// One map parameter $article (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
OPTIONAL MATCH (old:Article {path: $article.path})
OPTIONAL MATCH (old)-[:HAS_EXTRACTION]->(old_x:Extraction)
WITH old.content_hash AS old_hash, old_x.graph AS old_extraction
WITH old_hash, old_extraction,
     CASE WHEN $article.props IS NULL THEN old_hash IS NOT NULL ELSE coalesce(old_hash, '') <> $article.props.content_hash END AS write
CALL (write) {
  WITH write WHERE write AND $article.props IS NOT NULL
  MERGE (a:Article {path: $article.path})
  SET a = $article.props
  MERGE (x:Extraction {path: $article.path})
  SET x.graph = $article.extraction
  MERGE (a)-[:HAS_EXTRACTION]->(x)
}
CALL (write) {
  WITH write WHERE write
  MERGE (l:WriterLock {name: 'graph'})
  SET l.version = coalesce(l.version, 0) + 1
}
CALL (write) {
  WITH write WHERE write
  UNWIND $article.lookups AS q
  CALL db.index.fulltext.queryNodes('resolution_keys', q) YIELD node
  RETURN collect(DISTINCT node) AS found
}
CALL (write) {
  // in a batch (graph/writer.py: several articles in one transaction) the candidates come by element id instead
  WITH write WHERE write
  UNWIND $article.eids AS id
  MATCH (n) WHERE elementId(n) = id
  RETURN collect(n) AS given
}
CALL (write) {
  WITH write WHERE write
  MATCH (:Article {path: $article.path})-[r:MENTIONS]->(n)
  RETURN collect({eid: elementId(r), end: elementId(n), label: labels(n)[0], key: coalesce(n.key, n.name),
                  props: properties(r)}) AS old_mentions,
         collect(DISTINCT CASE WHEN n:Person OR n:Organization THEN n END) AS old_nodes
}
CALL (found, given, old_nodes) {
  UNWIND found + given + old_nodes AS n
  WITH DISTINCT n
  RETURN collect({eid: elementId(n), label: CASE WHEN n:Person THEN 'Person' ELSE 'Organization' END,
                  props: properties(n),
                  works_for: [(n)-[w:WORKS_FOR]->(o:Organization) |
                              {eid: elementId(w), end: elementId(o), key: o.key, props: properties(w)}]}) AS entities
}
CALL (write) {
  WITH write WHERE write
  MATCH (a:Topic)-[r:BROADER]->(b:Topic)
  RETURN collect({eid: elementId(r), start: a.name, end: b.name, props: properties(r)}) AS broader
}
RETURN old_hash, old_extraction, write, entities, old_mentions, broader

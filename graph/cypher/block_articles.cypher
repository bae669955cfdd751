// The articles (but $exclude) that mention the nodes $eids, with their stored article graph and their MENTIONS of
// those nodes: what a rebuild of merging or splitting clusters reads (graph/block.py).
// One map parameter $block (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
UNWIND $block.eids AS id
MATCH (x) WHERE elementId(x) = id
MATCH (x)<-[r:MENTIONS]-(a:Article)
WHERE a.path <> $block.exclude
WITH a, collect({eid: elementId(r), end: id, label: labels(x)[0], key: x.key, props: properties(r)}) AS mentions
RETURN a.path AS path, a.content_hash AS content_hash, [(a)-[:HAS_EXTRACTION]->(x:Extraction) | x.graph][0] AS extraction,
       mentions

// Per Person node ($eids), the first article by path that mentions it (but $exclude) and the article-local ids
// of those mentions: the order in which namesakes sharing a key are given '#2', '#3', ...
// One map parameter $block (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
UNWIND $block.eids AS id
MATCH (p) WHERE elementId(p) = id
CALL (p) {
  MATCH (p)<-[r:MENTIONS]-(a:Article)
  WHERE a.path <> $block.exclude
  RETURN a.path AS path, r.ids AS ids
  ORDER BY path
  LIMIT 1
}
RETURN id, path, ids

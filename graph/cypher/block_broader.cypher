// Per taxonomy link $pairs[i] = [narrow, wide], the first $limit articles by path (but $exclude) whose topic
// MENTIONS give it (property `pairs`: narrow, wide, narrow, wide ...), with the sentences of those mentions.
// One map parameter $block (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
UNWIND $block.pairs AS pair
CALL (pair) {
  MATCH (t:Topic)-[:BROADER*0..8]->(:Topic {name: pair[0]})
  WITH DISTINCT t
  MATCH (t)<-[m:MENTIONS]-(a:Article)
  WHERE a.path <> $block.exclude
    AND any(i IN range(0, size(coalesce(m.pairs, [])) - 2, 2) WHERE m.pairs[i] = pair[0] AND m.pairs[i + 1] = pair[1])
  WITH a.path AS path, collect(m.sentences) AS sentences
  RETURN path, sentences
  ORDER BY path
  LIMIT $block.limit
}
RETURN pair, collect({path: path, sentences: sentences}) AS supporters

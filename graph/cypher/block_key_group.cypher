// The Person nodes whose key is one of $bases or one of them with a '#n' suffix (disambiguated namesakes).
// $deleted: element ids of nodes an earlier write of the same transaction deleted (a batch, graph/writer.py):
// the key index can still give a node created and deleted in the transaction, whose properties are gone.
// One map parameter $block (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
UNWIND $block.bases AS base
MATCH (n:Person)
WHERE (n.key = base OR n.key STARTS WITH base + '#') AND NOT elementId(n) IN $block.deleted
RETURN base, {eid: elementId(n), label: 'Person', props: properties(n),
              works_for: [(n)-[w:WORKS_FOR]->(o:Organization) |
                          {eid: elementId(w), end: elementId(o), key: o.key, props: properties(w)}]} AS entity

// The Person nodes whose key is one of $bases or one of them with a '#n' suffix (disambiguated namesakes).
// One map parameter $block (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
UNWIND $block.bases AS base
MATCH (n:Person)
WHERE n.key = base OR n.key STARTS WITH base + '#'
RETURN base, {eid: elementId(n), label: 'Person', props: properties(n),
              works_for: [(n)-[w:WORKS_FOR]->(o:Organization) |
                          {eid: elementId(w), end: elementId(o), key: o.key, props: properties(w)}]} AS entity

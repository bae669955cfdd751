// The people who work for the organizations $eids (element ids), as block entities (see begin_write.cypher).
// One map parameter $block (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
UNWIND $block.eids AS id
MATCH (o) WHERE elementId(o) = id
MATCH (n:Person)-[:WORKS_FOR]->(o)
WITH DISTINCT n
RETURN {eid: elementId(n), label: 'Person', props: properties(n),
        works_for: [(n)-[w:WORKS_FOR]->(o:Organization) |
                    {eid: elementId(w), end: elementId(o), key: o.key, props: properties(w)}]} AS entity

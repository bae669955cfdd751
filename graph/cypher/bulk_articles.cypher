// Article and Extraction nodes of a bulk load (graph/bulk.py), as graph/cypher/begin_write.cypher writes them:
// one row per article ({path, props, extraction}); a later row of the same path replaces an earlier one.
UNWIND $rows AS row
MERGE (a:Article {path: row.path})
SET a = row.props
MERGE (x:Extraction {path: row.path})
SET x.graph = row.extraction
MERGE (a)-[:HAS_EXTRACTION]->(x)

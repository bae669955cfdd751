// An Article node and its Extraction node, outside the writer (bench/bulk.py builds a graph in one pass).
MERGE (a:Article {path: $path})
SET a = $props
MERGE (x:Extraction {path: $path})
SET x.graph = $extraction
MERGE (a)-[:HAS_EXTRACTION]->(x)

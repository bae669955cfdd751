// Before a bulk load (graph/bulk.py): how many articles the database holds, and whether an interrupted bulk load
// left its marker (its graph is then partial).
RETURN COUNT { (:Article) } AS articles, COUNT { (:BulkLoad) } > 0 AS interrupted

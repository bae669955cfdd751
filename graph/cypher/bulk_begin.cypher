// The marker of a bulk load under way (graph/bulk.py): there until the load has written everything.
MERGE (b:BulkLoad {name: 'bulk'})
SET b.started_at = datetime()

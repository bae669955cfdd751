// The end of a bulk load (graph/bulk.py): its marker removed, the graph is whole.
MATCH (b:BulkLoad)
DELETE b

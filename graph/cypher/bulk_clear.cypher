// What an interrupted bulk load wrote (graph/bulk.py), deleted in transactions of 2,000 nodes: every node but the
// run lock, the writer lock and the bulk load's marker. Run in an auto-commit transaction.
MATCH (n)
WHERE NOT n:RunLock AND NOT n:WriterLock AND NOT n:BulkLoad
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS

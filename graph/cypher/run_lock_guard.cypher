// First statement of taking the run lock: create the lock node if needed and write to it, so that this
// transaction holds the node's write lock and the next statement reads the holder as committed by any other run.
MERGE (l:RunLock {name: $name})
SET l.claims = coalesce(l.claims, 0) + 1

MERGE (l:WriterLock {name: 'graph'})
SET l.version = coalesce(l.version, 0) + 1
RETURN l.version - 1 AS previous, l.version AS version

MERGE (l:WriterLock {name: 'graph'})
SET l.name = 'graph'

UNWIND $rows AS row
MATCH (a:Topic {name: row.start})
MATCH (b:Topic {name: row.end})
MERGE (a)-[r:BROADER]->(b)
SET r = row.props
RETURN row.i AS i, elementId(r) AS id

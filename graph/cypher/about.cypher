UNWIND $rows AS row
MATCH (a:Meeting {key: row.start})
MATCH (b:Topic {name: row.end})
MERGE (a)-[r:ABOUT]->(b)
SET r = row.props
RETURN row.i AS i, elementId(r) AS id

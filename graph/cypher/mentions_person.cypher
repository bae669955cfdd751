UNWIND $rows AS row
MATCH (a:Article {path: row.start})
MATCH (b:Person {key: row.end})
MERGE (a)-[r:MENTIONS]->(b)
SET r = row.props
RETURN row.i AS i, elementId(r) AS id

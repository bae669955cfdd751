UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Meeting {key: row.end})
MERGE (a)-[r:ATTENDED]->(b)
SET r = row.props
RETURN row.i AS i, elementId(r) AS id

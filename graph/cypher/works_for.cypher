UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Organization {key: row.end})
MERGE (a)-[r:WORKS_FOR]->(b)
SET r = row.props
RETURN row.i AS i, elementId(r) AS id

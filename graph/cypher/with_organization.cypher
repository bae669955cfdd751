UNWIND $rows AS row
MATCH (a:Meeting {key: row.start})
MATCH (b:Organization {key: row.end})
MERGE (a)-[r:WITH_ORGANIZATION]->(b)
SET r = row.props
RETURN row.i AS i, elementId(r) AS id

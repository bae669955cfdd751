UNWIND $rows AS row
MATCH (a:Meeting {key: row.start})
MATCH (b:Organization {key: row.end})
MERGE (a)-[r:WITH_ORGANIZATION]->(b)
SET r = row.props

UNWIND $rows AS row
MATCH (a:Person {key: row.start})
MATCH (b:Meeting {key: row.end})
MERGE (a)-[r:ATTENDED]->(b)
SET r = row.props
